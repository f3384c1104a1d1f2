#!/usr/bin/env python3
"""NAB-style scoring of `straja-cli anomalies` on real server metrics.

Data (not shipped; someone else's, used only for this check): the Numenta Anomaly Benchmark,
https://github.com/numenta/NAB. Data files are data/<category>/<name>.csv (timestamp,value at a
5-minute step); the label windows are labels/combined_windows.json. Put the data files you want
to score in one folder (file names as in NAB, e.g. ec2_request_latency_system_failure.csv) and
pass the windows file; only files named in both are scored. Files may be reduced to the two
columns timestamp,value; rows must be as in NAB (the scorer works on row positions).

Run:  STRAJA_CLI=/path/to/straja-cli python3 nab-eval.py DATA_DIR combined_windows.json

The scorer is written from the published description (Lavin & Ahmad 2015, "Evaluating
real-time anomaly detection algorithms - the Numenta Anomaly Benchmark", IEEE ICMLA), not from
NAB's code:
  * a detection is every row whose score is at or above the threshold; the first 15% of each
    file is a probationary period in which detections are ignored;
  * inside a label window only the earliest detection counts, worth A_TP * s(y) / s(-1) with
    s(y) = 2 / (1 + exp(5 y)) - 1 and y = -(rows from the detection to the window end,
    inclusive) / window length, so the window start earns A_TP and the end almost nothing;
  * a detection outside every window costs A_FP * s(y) with y = (rows since the end of the
    preceding window) / that window's length (s(y) < 0 there: a detection just after a window
    costs little, a far one A_FP), or A_FP when no window precedes it;
  * every window without a detection costs A_FN;
  * the summed raw score S is normalised as 100 (S - S_null) / (S_perfect - S_null), with
    S_null = -A_FN * windows (the detector that never fires) and S_perfect = A_TP * windows;
  * profiles (A_TP, A_FP, A_FN): standard (1, 0.11, 1), reward low FP (1, 0.22, 1),
    reward low FN (1, 0.11, 2); the threshold is chosen per detector and profile to maximise
    the summed score over all files scored together, as NAB does.
Also printed: alarm onsets (score crossing 0.5, the cockpit's alarm level) against the windows
(an onset inside a window is a hit, each window with a hit counts once for recall), and the same
for a simple reference detector (rolling Gaussian z-score of the last day) scored identically,
so the figures on this small subset have a like-for-like baseline; NAB's published scoreboard is
over all 58 files and is not comparable per file.

NAB's ec2_request_latency_system_failure.csv stamps 12 rows of 9 March 2014 with the same
'03:00:00' (a daylight-saving artefact). straja-cli used to reject duplicate timestamps; since
27 November 2026 `anomalies` scores them as more samples of the latest time, with a warning.
This script still re-times a run of equal timestamps backwards from the next distinct
timestamp at the file's step (here 02:01-02:56), which is what the row order implies, so the
figures stay comparable with the first run.
"""
import csv
import json
import math
import os
import subprocess
import sys
import tempfile
from datetime import datetime

PROFILES = {"standard": (1.0, 0.11, 1.0), "reward_low_FP": (1.0, 0.22, 1.0),
            "reward_low_FN": (1.0, 0.11, 2.0)}
PROBATION = 0.15
ALARM = 0.5


def sigma(y):
    return 2.0 / (1.0 + math.exp(5.0 * y)) - 1.0


def read_series(path):
    ts, vals = [], []
    with open(path) as f:
        for row in csv.DictReader(f):
            ts.append(datetime.strptime(row["timestamp"][:19], "%Y-%m-%d %H:%M:%S"))
            vals.append(float(row["value"]))
    # Re-time runs of equal timestamps backwards from the next distinct one (see above).
    steps = sorted((b - a) for a, b in zip(ts, ts[1:]) if b > a)
    step = steps[len(steps) // 2]
    i = 0
    while i < len(ts):
        j = i
        while j + 1 < len(ts) and ts[j + 1] == ts[i]:
            j += 1
        if j > i and j + 1 < len(ts):
            for k in range(i, j + 1):
                ts[k] = ts[j + 1] - step * (j + 1 - k)
        i = j + 1
    return ts, vals


def window_rows(ts, windows):
    out = []
    for a, b in windows:
        ta = datetime.strptime(a[:19], "%Y-%m-%d %H:%M:%S")
        tb = datetime.strptime(b[:19], "%Y-%m-%d %H:%M:%S")
        rows = [i for i, t in enumerate(ts) if ta <= t <= tb]
        if rows:
            out.append((rows[0], rows[-1]))
    return out


def ours(ts, vals, cli):
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "series.csv")
        with open(path, "w") as f:
            f.write("timestamp,value\n")
            for t, v in zip(ts, vals):
                f.write("%s,%r\n" % (t.strftime("%Y-%m-%d %H:%M:%S"), v))
        out = os.path.join(d, "scores.csv")
        subprocess.run([cli, "anomalies", "--input", path, "--output", out], check=True,
                       stdout=subprocess.DEVNULL)
        with open(out) as f:
            return [float(r["anomaly_score"]) for r in csv.DictReader(f)]


def rolling_gauss(vals, w=288):
    """Reference: z = |x - mean| / sd over the previous day, scored z / (1 + z) (monotone in z,
    so the threshold sweep can pick any z without saturating)."""
    scores, s, s2, hist = [], 0.0, 0.0, []
    for x in vals:
        n = len(hist)
        if n >= 24:
            m = s / n
            sd = math.sqrt(max(s2 / n - m * m, 1e-12))
            z = abs(x - m) / sd
            scores.append(z / (1.0 + z))
        else:
            scores.append(0.0)
        hist.append(x); s += x; s2 += x * x
        if len(hist) > w:
            y = hist.pop(0); s -= y; s2 -= y * y
    return scores


def raw_score(scores, wins, thr, prof):
    a_tp, a_fp, a_fn = prof
    n = len(scores)
    start = int(PROBATION * n)
    tp_max = sigma(-1.0)
    total, hit, fps = 0.0, [False] * len(wins), 0
    for i in range(start, n):
        if scores[i] < thr:
            continue
        inside = [k for k, (a, b) in enumerate(wins) if a <= i <= b]
        if inside:
            k = inside[0]
            if not hit[k]:
                a, b = wins[k]
                y = -(b - i + 1) / (b - a + 1)
                total += a_tp * sigma(y) / tp_max
                hit[k] = True
            continue
        prev = [(a, b) for (a, b) in wins if b < i]
        fps += 1
        if prev:
            a, b = prev[-1]
            total += a_fp * sigma((i - b) / (b - a + 1))
        else:
            total -= a_fp
    total -= a_fn * hit.count(False)
    return total, hit.count(True), fps


def onsets(scores, wins, thr=ALARM):
    ons = [i for i in range(len(scores)) if scores[i] >= thr and (i == 0 or scores[i - 1] < thr)]
    tp = [i for i in ons if any(a <= i <= b for a, b in wins)]
    found = sum(1 for a, b in wins if any(a <= i <= b for i in ons))
    return ons, len(tp), found


def main():
    data_dir, windows_file = sys.argv[1], sys.argv[2]
    cli = os.environ.get("STRAJA_CLI", "build/app/cli/straja-cli")
    labels = json.load(open(windows_file))
    files = []
    for key, wins in sorted(labels.items()):
        path = os.path.join(data_dir, os.path.basename(key))
        if os.path.exists(path):
            ts, vals = read_series(path)
            files.append((key, ts, vals, window_rows(ts, wins)))
    detectors = {"straja": lambda t, v: ours(t, v, cli), "rolling_gauss": lambda t, v: rolling_gauss(v)}
    results = {}
    for name, det in detectors.items():
        per_file = []
        for key, ts, vals, wins in files:
            sc = det(ts, vals)
            assert len(sc) == len(vals), (key, len(sc), len(vals))
            per_file.append((key, ts, sc, wins))
        results[name] = per_file
    n_win = sum(len(w) for _, _, _, w in files)
    print("files:", len(files), " windows:", n_win, " rows:", sum(len(v) for _, _, v, _ in files))
    for name, per_file in results.items():
        print("\n==", name)
        for pname, prof in PROFILES.items():
            best = None
            thresholds = sorted(set([ALARM] + [k / 400 for k in range(1, 400)] +
                                    [1 - 10 ** (-k / 4) for k in range(8, 29)]))
            for thr in thresholds:
                s = [raw_score(sc, w, thr, prof) for _, _, sc, w in per_file]
                tot = sum(x[0] for x in s)
                if best is None or tot > best[0]:
                    best = (tot, thr, sum(x[1] for x in s), sum(x[2] for x in s))
            null, perfect = -prof[2] * n_win, prof[0] * n_win
            norm = lambda t: 100 * (t - null) / (perfect - null)
            at_alarm = [raw_score(sc, w, ALARM, prof) for _, _, sc, w in per_file]
            t_alarm = sum(x[0] for x in at_alarm)
            print("  %-14s best threshold %.4f: NAB score %6.1f (windows hit %d/%d, FP rows %d)"
                  "   at 0.5: %6.1f (hit %d, FP rows %d)" % (
                      pname, best[1], norm(best[0]), best[2], n_win, best[3], norm(t_alarm),
                      sum(x[1] for x in at_alarm), sum(x[2] for x in at_alarm)))
        tot_on, tot_tp, tot_found = 0, 0, 0
        for key, ts, sc, wins in per_file:
            ons, tp, found = onsets(sc, wins)
            tot_on += len(ons); tot_tp += tp; tot_found += found
            print("  %s: onsets at 0.5: %d (in windows %d), windows found %d/%d" % (
                os.path.basename(key), len(ons), tp, found, len(wins)))
            for i in (ons if name == "straja" else []):
                where = "in window" if any(a <= i <= b for a, b in wins) else "FALSE"
                print("     %s score %.2f %s%s" % (ts[i], sc[i], where,
                      " (probation)" if i < PROBATION * len(sc) else ""))
        prec = tot_tp / tot_on if tot_on else float("nan")
        print("  onsets: precision %.2f (%d/%d), recall %.2f (%d/%d windows)" % (
            prec, tot_tp, tot_on, tot_found / n_win, tot_found, n_win))


if __name__ == "__main__":
    main()
