#pragma once

class QTextStream;

namespace Cli {

// `straja-cli bench alerts`: issue 10's budget, alert evaluation of 1,000
// services x 10 rules per refresh (<= 50 ms on one core), and the same with one
// anomaly score per service; the code path of tests/bench/bench_alerts
// (Alerts::AlertBench), timed in CPU time of this thread.
int benchAlerts(QTextStream &out);

} // namespace Cli
