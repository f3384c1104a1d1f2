#!/usr/bin/env python3
"""Experiment counters for the Prometheus fixture: OpenMetrics to backfill, and the
cumulative counts a reader must find, as CSV.

usage: gen_counters.py END_SECONDS HOURS OUT.om EXPECTED.csv
Two flags: straja.it.pricing (control, annual-first) and a flag with a quote in
its name (label escaping). Counters are cumulative, one sample an hour; one
exporter restart halfway (a counter reset) that readers must bridge; the
expected file has the true cumulative counts.
"""
import sys

end, hours, om_path, csv_path = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]
start = end - (hours - 1) * 3600
flags = {
    'straja.it.pricing': {'control': (400, 0.040), 'annual-first': (395, 0.047)},
    'straja.it.quote"d': {'control': (50, 0.1), 'B': (50, 0.1)},
}
lines_e, lines_c, expected = [], [], []
for flag, arms in flags.items():
    label_flag = flag.replace('\\', '\\\\').replace('"', '\\"')
    for variant, (per_hour, rate) in arms.items():
        exposures = conversions = 0
        raw_e = raw_c = 0
        for h in range(hours):
            t = start + h * 3600
            n = per_hour + (h * 7 + len(variant)) % 23           # deterministic wobble
            x = int(n * rate + ((h * 13 + len(variant)) % 5) - 2)
            x = max(0, min(n, x))
            exposures += n
            conversions += x
            raw_e += n
            raw_c += x
            if h == hours // 2:          # exporter restart: the counter starts again
                raw_e, raw_c = n, x
            lines_e.append(f'straja_experiment_exposures_total{{flag="{label_flag}",variant="{variant}"}} {raw_e} {t}')
            lines_c.append(f'straja_experiment_conversions_total{{flag="{label_flag}",variant="{variant}"}} {raw_c} {t}')
            expected.append((flag, t * 1000, variant, exposures, conversions))
with open(om_path, 'w') as f:
    f.write('# TYPE straja_experiment_exposures counter\n')
    f.write('\n'.join(lines_e) + '\n')
    f.write('# TYPE straja_experiment_conversions counter\n')
    f.write('\n'.join(lines_c) + '\n')
    f.write('# EOF\n')
with open(csv_path, 'w') as f:
    f.write('flag,t_ms,variant,exposures,conversions\n')
    for row in expected:
        f.write(','.join(str(v) for v in row) + '\n')
