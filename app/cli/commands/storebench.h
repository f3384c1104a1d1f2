#pragma once

class QTextStream;

namespace Cli {

// `straja-cli bench store-write`: the store half of `bench refresh` without the lab:
// 1,000 series of 24 h at a 1-minute step (1,441 samples each) written by
// Store::SampleStore into a fresh database, then the next refresh (the window moved
// by 5 minutes, mostly unchanged), then reading one day back, on this thread.
int benchStoreWrite(QTextStream &out);

} // namespace Cli
