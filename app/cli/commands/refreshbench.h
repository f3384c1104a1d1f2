#pragma once

class QTextStream;

namespace Cli {

// `straja-cli bench refresh` (DESIGN §9): 1,000 series of 24 h at a 1-minute step
// fetched from the lab's Prometheus, parsed and stored, with the connector and the
// store writer on their own threads as in the app, while this (the "GUI") thread
// measures how late a 4 ms timer fires. Needs `scripts/lab.sh up --with-bench-data`;
// finds it through $STRAJA_LAB_ENV, $STRAJA_LAB_DIR or ./build/lab.
int benchRefresh(QTextStream &out);

} // namespace Cli
