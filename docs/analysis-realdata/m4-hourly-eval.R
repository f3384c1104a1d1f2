# M4 hourly subset: straja-cli forecast against the classical baselines.
#
# Data (not shipped; someone else's, used only for this check): the M4 competition's hourly
# set, https://github.com/Mcompetitions/M4-methods, files Dataset/Train/Hourly-train.csv
# (414 series, one per row: id, then the values, empty cells after the end) and
# Dataset/Test/Hourly-test.csv (48 values each). Put both in the working directory, or point
# M4_DIR at them. Only the first M4_N rows (default 25) are used.
#
# Run:  STRAJA_CLI=/path/to/straja-cli M4_DIR=/path/to/m4 Rscript m4-hourly-eval.R
# Needs R with the `forecast` package (Debian: r-cran-forecast).
#
# Measures per series (horizon 48, seasonal period 24, as in M4): sMAPE and MASE with the
# M4 definitions (MASE scaled by the in-sample MAE of the seasonal naive with m = 24),
# 95% interval coverage and MSIS (Gneiting & Raftery 2007 interval score, scaled as MASE;
# the M4 prediction-interval measure), for:
#   ours     straja-cli forecast, default --season auto (the data carry no timestamps: the
#            series are given an hourly clock from an arbitrary Monday 00:00)
#   snaive   seasonal naive, m = 24
#   naive2   M4's Naive2: naive on the series seasonally adjusted by classical multiplicative
#            decomposition when the lag-24 autocorrelation passes the 90% test
#   ets      forecast::ets on ts(frequency = 24)
#   stlf     forecast::stlf (STL + ETS on the adjusted series), frequency 24
#   mstl     forecast::mstl with periods 24 and 168, then ETS on the adjusted series
#   ours+sn  diagnostic only, not a product method: the mean of ours and seasonal naive
#            (point forecast only), to test whether combining with the last day would help
# Writes m4-hourly-results.csv (one row per series and method) and prints a summary.
suppressMessages(library(forecast))
cli <- Sys.getenv("STRAJA_CLI", "build/app/cli/straja-cli")
dir <- Sys.getenv("M4_DIR", ".")
nmax <- as.integer(Sys.getenv("M4_N", "25"))
h <- 48; m <- 24

train <- read.csv(file.path(dir, "Hourly-train.csv"), stringsAsFactors = FALSE)
test <- read.csv(file.path(dir, "Hourly-test.csv"), stringsAsFactors = FALSE)
n <- min(nmax, nrow(train))

smape <- function(y, f) mean(200 * abs(y - f) / (abs(y) + abs(f)))
msis <- function(y, lo, up, scale, a = 0.05)
  mean((up - lo) + (2 / a) * (lo - y) * (y < lo) + (2 / a) * (y - up) * (y > up)) / scale

ours <- function(x) {
  f <- tempfile(fileext = ".csv"); o <- tempfile(fileext = ".csv")
  t0 <- as.POSIXct("2026-01-05 00:00:00", tz = "UTC")
  ts <- format(t0 + 3600 * (seq_along(x) - 1), "%Y-%m-%d %H:%M:%S", tz = "UTC")
  write.csv(data.frame(timestamp = ts, value = x), f, row.names = FALSE, quote = FALSE)
  out <- system2(cli, c("forecast", "--input", f, "--horizon", h, "--output", o), stdout = TRUE)
  r <- read.csv(o)
  unlink(c(f, o))
  list(mean = r$forecast, lower = r$lower, upper = r$upper, note = paste(out, collapse = " | "))
}

naive2 <- function(x) {
  xs <- ts(x, frequency = m)
  # M4's seasonality test: lag-m autocorrelation beyond 1.645 standard errors (Bartlett).
  acfs <- acf(x, lag.max = m, plot = FALSE)$acf[-1]
  limit <- 1.645 * sqrt((1 + 2 * sum(acfs[1:(m - 1)]^2)) / length(x))
  si <- rep(1, m)
  if (abs(acfs[m]) > limit) si <- decompose(xs, type = "multiplicative")$figure
  phase <- (seq_along(x) - 1) %% m + 1
  adj <- x / si[phase]
  fphase <- (length(x) + seq_len(h) - 1) %% m + 1
  rep(tail(adj, 1), h) * si[fphase]
}

pi95 <- function(fc) list(mean = as.numeric(fc$mean), lower = as.numeric(fc$lower[, "95%"]),
                          upper = as.numeric(fc$upper[, "95%"]))

res <- data.frame()
for (i in seq_len(n)) {
  id <- train[i, 1]
  x <- as.numeric(unlist(train[i, -1])); x <- x[!is.na(x)]
  y <- as.numeric(unlist(test[test[, 1] == id, -1]))
  scale <- mean(abs(diff(x, lag = m)))
  xs <- ts(x, frequency = m)
  sn <- rep(tail(x, m), length.out = h)
  # Seasonal-naive interval from the in-sample lag-24 errors (normal, sqrt(k) growth).
  sds <- sd(diff(x, lag = m)) * sqrt(ceiling(seq_len(h) / m))
  o <- ours(x)
  methods <- list(
    ours = o,
    snaive = list(mean = sn, lower = sn - 1.96 * sds, upper = sn + 1.96 * sds),
    naive2 = list(mean = naive2(x), lower = NA, upper = NA),
    ets = pi95(forecast(ets(xs), h = h, level = 95)),
    stlf = pi95(stlf(xs, h = h, level = 95)),
    mstl = pi95(forecast(mstl(msts(x, seasonal.periods = c(24, 168))), h = h, method = "ets",
                         level = 95)),
    "ours+sn" = list(mean = (o$mean + sn) / 2, lower = NA, upper = NA))
  for (k in names(methods)) {
    f <- methods[[k]]
    has <- !all(is.na(f$lower))
    res <- rbind(res, data.frame(series = id, n = length(x), method = k,
      smape = smape(y, f$mean), mase = mean(abs(y - f$mean)) / scale,
      coverage = if (has) mean(y >= f$lower & y <= f$upper) else NA,
      msis = if (has) msis(y, f$lower, f$upper, scale) else NA,
      note = if (k == "ours") f$note else ""))
  }
  cat(sprintf("%-4s n=%d ours MASE %.3f  snaive %.3f  ets %.3f  stlf %.3f  mstl %.3f\n", id,
              length(x), res$mase[nrow(res) - 6], res$mase[nrow(res) - 5], res$mase[nrow(res) - 3],
              res$mase[nrow(res) - 2], res$mase[nrow(res) - 1]))
}
write.csv(res, "m4-hourly-results.csv", row.names = FALSE)

cat("\nMeans over", n, "series (coverage/MSIS of the 95% interval):\n")
agg <- aggregate(cbind(smape, mase, coverage, msis) ~ method, data = res, FUN = mean,
                 na.action = na.pass)
print(agg, digits = 4)
cat("\nMedian MASE:\n"); print(aggregate(mase ~ method, data = res, FUN = median), digits = 4)
w <- reshape(res[, c("series", "method", "mase")], idvar = "series", timevar = "method",
             direction = "wide")
for (k in c("snaive", "naive2", "ets", "stlf", "mstl", "ours+sn"))
  cat(sprintf("ours has lower MASE than %-7s on %d of %d series\n", k,
              sum(w$mase.ours < w[[paste0("mase.", k)]]), nrow(w)))
cat(sprintf("ours+sn has lower MASE than snaive on %d of %d series\n",
            sum(w[["mase.ours+sn"]] < w$mase.snaive), nrow(w)))
