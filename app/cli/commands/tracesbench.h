#pragma once

class QTextStream;

namespace Cli {

// `straja-cli bench traces`: a 10,000-span trace (the demo's large-trace
// generator) written as Jaeger's /api/traces/{id} JSON, then parsed, built into a
// tree with its critical path, and laid out as waterfall rows: the work between
// Jaeger's answer and the first paint, all of it off the GUI thread in the app.
int benchTraces(QTextStream &out);

} // namespace Cli
