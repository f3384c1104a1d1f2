#!/usr/bin/env python3
"""Reference values for Straja's experiment statistics, computed independently.

Run:  python3 tests/data/experiments/reference_stats.py > tests/data/experiments/reference.json

Only the Python standard library is used, and wherever a closed form or a
different algorithm exists it is used instead of the one in core/experiments/:

* Wilson interval: the two roots of the score equation (p_hat - p)^2 = z^2 p (1 - p) / n,
  found by bisection (C++ uses the closed-form centre and half-width).
* Newcombe hybrid score interval for a difference: from those roots.
* Two-proportion z-test: pooled standard error, p-value with math.erfc.
* Bayesian probability to beat control: Evan Miller's exact finite sum for
  Beta posteriors with integer parameters,
      P(X_{a,b} > X_{c,d}) = sum_{i=0}^{a-1} B(c+i, b+d) / ((b+i) B(1+i, b) B(c, d)),
  with its terms built by exact ratios from the first one, which is itself a
  product, so no log-gamma of large arguments is ever subtracted (C++ integrates
  a density against an incomplete beta by Gauss-Legendre quadrature).
* Expected loss: the closed form of Stucchio (VWO whitepaper, 2015),
      E[max(A - B, 0)] = a/(a+b) h(a+1, b, c, d) - c/(c+d) h(a, b, c+1, d),
  with h the probability above (C++ integrates numerically).
* Chi-square survival for the sample-ratio check: the exact finite series for
  integer degrees of freedom (C++ uses the incomplete gamma continued fraction).
* Normal quantiles for the sample size: bisection on math.erfc to 1e-15
  (C++ uses Acklam's approximation with Halley refinement).
* mSPRT always-valid p-value and confidence sequence: the formulas of Johari,
  Pekelis & Walsh (2017) written out again here; this checks the arithmetic, the
  method itself is cited in core/experiments/sequentialtest.h.
"""
import json
import math

Z95 = 1.959963984540054


def bisect(f, neg, pos, iters=400):
    """Root of f between `neg` (where f < 0 just inside) and `pos` (f > 0)."""
    for _ in range(iters):
        mid = (neg + pos) / 2
        if mid == neg or mid == pos:
            break
        if f(mid) < 0:
            neg = mid
        else:
            pos = mid
    return (neg + pos) / 2


def wilson(x, n, z=Z95):
    if n <= 0:
        return None
    ph = x / n
    f = lambda p: (ph - p) ** 2 - z * z * p * (1 - p) / n
    # f > 0 outside the interval, f < 0 strictly inside it.
    lower = 0.0 if x == 0 else bisect(f, ph, 0.0)
    upper = 1.0 if x == n else bisect(f, ph, 1.0)
    return [lower, upper]


def newcombe(xt, nt, xc, nc):
    t, c = wilson(xt, nt), wilson(xc, nc)
    if t is None or c is None:
        return None
    pt, pc = xt / nt, xc / nc
    d = pt - pc
    return [d - math.sqrt((pt - t[0]) ** 2 + (c[1] - pc) ** 2),
            d + math.sqrt((t[1] - pt) ** 2 + (pc - c[0]) ** 2)]


def ztest(xt, nt, xc, nc):
    if nt <= 0 or nc <= 0:
        return None
    pooled = (xt + xc) / (nt + nc)
    se = math.sqrt(pooled * (1 - pooled) * (1 / nt + 1 / nc))
    if se == 0:
        return [0.0, 1.0]
    z = (xt / nt - xc / nc) / se
    return [z, min(1.0, math.erfc(abs(z) / math.sqrt(2)))]


def h(a, b, c, d):
    """P(X > Y), X ~ Beta(a, b), Y ~ Beta(c, d), a and b positive integers.

    Evan Miller's sum  sum_{i<a} B(c+i, b+d) / ((b+i) B(1+i, b) B(c, d))  evaluated
    without lgamma: the first term is the product prod_{j<b} (d+j)/(c+d+j) (a sum
    of logs) and each next term is the previous one times
    (c+i)(b+i) / ((1+i)(b+c+d+i)), so nothing cancels."""
    a, b = int(a), int(b)
    log_term = math.fsum(math.log(d + j) - math.log(c + d + j) for j in range(b))
    logs = [log_term]
    for i in range(a - 1):
        log_term += math.log(c + i) + math.log(b + i) - math.log(1 + i) - math.log(b + c + d + i)
        logs.append(log_term)
    top = max(logs)
    return math.exp(top) * math.fsum(math.exp(l - top) for l in logs)


def bayes(xt, nt, xc, nc):
    at, bt = 1 + xt, 1 + nt - xt
    ac, bc = 1 + xc, 1 + nc - xc
    prob = h(at, bt, ac, bc)
    # Loss of shipping the variant: E[max(control - variant, 0)].
    loss = ac / (ac + bc) * h(ac + 1, bc, at, bt) - at / (at + bt) * h(ac, bc, at + 1, bt)
    loss_control = at / (at + bt) * h(at + 1, bt, ac, bc) - ac / (ac + bc) * h(at, bt, ac + 1, bc)
    return prob, max(0.0, loss), max(0.0, loss_control)


def chi2_survival(x, df):
    """Exact series for integer df."""
    half = x / 2
    if df % 2 == 0:
        k = df // 2
        return math.fsum(math.exp(-half + j * math.log(half) - math.lgamma(j + 1)) if half > 0 else (1.0 if j == 0 else 0.0)
                         for j in range(k))
    base = math.erfc(math.sqrt(half))
    k = (df - 1) // 2
    extra = math.fsum(math.exp(-half + (j - 0.5) * math.log(half) - math.lgamma(j + 0.5)) for j in range(1, k + 1)) if half > 0 else 0.0
    return base + extra


def srm(exposures, weights):
    total = sum(exposures)
    arms = [(o, w) for o, w in zip(exposures, weights) if w > 0]
    if total <= 0 or len(arms) < 2:
        return None
    tw = sum(w for _, w in arms)
    chi2 = math.fsum((o - total * w / tw) ** 2 / (total * w / tw) for o, w in arms)
    df = len(arms) - 1
    return [chi2, df, chi2_survival(chi2, df)]


def norm_quantile(p):
    return bisect(lambda x: 0.5 * math.erfc(-x / math.sqrt(2)) - p, -40.0, 40.0)


def sample_size(p1, mde, alpha, power):
    p2 = p1 * (1 + mde)
    if not (0 < p1 < 1 and 0 < p2 < 1) or p1 == p2:
        return 0
    za, zb = norm_quantile(1 - alpha / 2), norm_quantile(power)
    pbar = (p1 + p2) / 2
    num = za * math.sqrt(2 * pbar * (1 - pbar)) + zb * math.sqrt(p1 * (1 - p1) + p2 * (1 - p2))
    return math.ceil(num * num / (p2 - p1) ** 2 - 1e-9)


def msprt(looks, tau, alpha):
    tau2 = tau * tau
    p, lo, hi, informative = 1.0, -math.inf, math.inf, 0
    for xt, nt, xc, nc in looks:
        if nt <= 0 or nc <= 0:
            continue
        informative += 1
        pt, pc = xt / nt, xc / nc
        d = pt - pc
        v = pt * (1 - pt) / nt + pc * (1 - pc) / nc
        if v == 0:
            if d != 0:
                p, lo, hi = 0.0, max(lo, d), min(hi, d)
            continue
        log_lambda = 0.5 * math.log(v / (v + tau2)) + d * d * tau2 / (2 * v * (v + tau2))
        p = min(p, min(1.0, math.exp(-log_lambda)))
        half = math.sqrt(v * (v + tau2) / tau2 * (-2 * math.log(alpha) - math.log(v / (v + tau2))))
        lo, hi = max(lo, d - half), min(hi, d + half)
    if informative == 0:
        return None
    # An unbounded side (no spread at any look) is written as null.
    return [p, lo if math.isfinite(lo) else None, hi if math.isfinite(hi) else None]


# name, control (x, n), variant (x, n), looks of (xt, nt, xc, nc) for the mSPRT
CASES = [
    ("typical", (480, 12000), (552, 12000), None),
    ("small counts", (3, 10), (7, 12), None),
    ("zero conversions", (0, 1000), (0, 1000), None),
    ("all conversions", (1000, 1000), (1000, 1000), None),
    ("zero against some", (0, 1000), (10, 1000), None),
    ("variant empty", (50, 1000), (0, 0), None),
    ("control empty", (0, 0), (50, 1000), None),
    ("very unequal split", (4, 100), (4100, 100000), None),
    ("large", (40000, 1000000), (41000, 1000000), None),
    ("variant worse", (600, 10000), (520, 10000), None),
    ("daily looks, winner", (2200, 50000), (2550, 50000),
     [(110 * k, 2500 * k, 95 * k, 2500 * k) for k in range(1, 21)]),
    ("daily looks, null", (1000, 20000), (1010, 20000),
     [(k * 50 + (k % 3), k * 1000, k * 50 + (k % 2), k * 1000) for k in range(1, 21)]),
]

SRM_CASES = [
    ("balanced", [5012, 4988], [1, 1]),
    ("mismatch", [5300, 4700], [1, 1]),
    ("three arms", [3400, 3300, 3300], [1, 1, 1]),
    ("unequal weights honoured", [9000, 1000], [900, 100]),
    ("one arm empty", [0, 1000], [1, 1]),
    ("four arms drift", [2600, 2500, 2500, 2400], [1, 1, 1, 1]),
]

SIZE_CASES = [
    ("5% baseline, +10%", 0.05, 0.10, 0.05, 0.8),
    ("4% baseline, +12%, Bonferroni 2", 0.04, 0.12, 0.025, 0.8),
    ("20% baseline, -5%", 0.20, -0.05, 0.05, 0.9),
    ("tiny baseline", 0.001, 0.5, 0.05, 0.8),
    ("baseline zero: undefined", 0.0, 0.1, 0.05, 0.8),
]

TAU = 0.04 * 0.10
ALPHA = 0.05


def main():
    out = {"tau": TAU, "alpha": ALPHA, "comparisons": [], "srm": [], "sampleSize": []}
    for name, (xc, nc), (xt, nt), looks in CASES:
        row = {"name": name, "control": [xc, nc], "variant": [xt, nt]}
        row["wilsonControl"] = wilson(xc, nc)
        row["wilsonVariant"] = wilson(xt, nt)
        row["newcombe"] = newcombe(xt, nt, xc, nc)
        row["ztest"] = ztest(xt, nt, xc, nc)
        prob, loss, loss_control = bayes(xt, nt, xc, nc)
        row["probabilityToBeat"] = prob
        row["expectedLoss"] = loss
        row["expectedLossControl"] = loss_control
        looks = looks or [(xt, nt, xc, nc)]
        row["looks"] = [list(l) for l in looks]
        row["msprt"] = msprt(looks, TAU, ALPHA)
        out["comparisons"].append(row)
    for name, exposures, weights in SRM_CASES:
        out["srm"].append({"name": name, "exposures": exposures, "weights": weights, "result": srm(exposures, weights)})
    for name, p, mde, alpha, power in SIZE_CASES:
        out["sampleSize"].append({"name": name, "baseline": p, "mde": mde, "alpha": alpha, "power": power,
                                  "perVariant": sample_size(p, mde, alpha, power)})
    print(json.dumps(out, indent=1, allow_nan=False))


if __name__ == "__main__":
    main()
