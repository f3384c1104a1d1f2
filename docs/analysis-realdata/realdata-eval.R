suppressMessages(library(forecast))
cli <- Sys.getenv("STRAJA_CLI", "build/app/cli/straja-cli")
mine <- function(name, train, h, season="") {
  f <- tempfile(fileext=".csv"); o <- tempfile(fileext=".csv")
  d <- read.csv(paste0(name, ".csv"))
  write.csv(d[1:train,], f, row.names=FALSE, quote=FALSE)
  args <- c("forecast", "--input", f, "--horizon", h, "--output", o)
  if (season != "") args <- c(args, "--season", season)
  system2(cli, args, stdout=FALSE)
  r <- read.csv(o); list(mean=r$forecast, lower=r$lower, upper=r$upper)
}
mase <- function(y, f, scale) mean(abs(y - f)) / scale
smape <- function(y, f) mean(200 * abs(y - f) / (abs(y) + abs(f)))
res <- data.frame()
run <- function(name, x, m, h, origins, msts_periods=NULL) {
  n <- length(x)
  for (k in origins:1) {
    train <- n - k * h
    y <- as.numeric(x)[(train + 1):(train + h)]
    tr <- as.numeric(x)[1:train]
    scale <- mean(abs(diff(tr, lag=max(m,1))))
    sn <- rep(tail(tr, max(m,1)), length.out=h)
    my <- mine(name, train, h)
    if (!is.null(msts_periods)) {
      xs <- msts(tr, seasonal.periods=msts_periods)
      ref1 <- stlf(xs, h=h)$mean
      ref2 <- as.numeric(forecast(mstl(xs), h=h, method="ets")$mean)
      ref3 <- as.numeric(hw_like <- forecast(HoltWinters(ts(tr, frequency=m)), h=h)$mean)
    } else {
      xs <- ts(tr, frequency=max(m,1))
      ref1 <- as.numeric(forecast(ets(xs), h=h)$mean)
      ref2 <- tryCatch(as.numeric(forecast(auto.arima(xs), h=h)$mean), error=function(e) ref1)
      ref3 <- if (m > 1) tryCatch(as.numeric(forecast(HoltWinters(xs), h=h)$mean), error=function(e) ref1) else as.numeric(forecast(HoltWinters(xs, gamma=FALSE), h=h)$mean)
    }
    cov <- mean(y >= my$lower & y <= my$upper)
    res <<- rbind(res, data.frame(series=name, origin=k, mine=mase(y, my$mean, scale), snaive=mase(y, sn, scale),
       ref1=mase(y, ref1, scale), ref2=mase(y, ref2, scale), hw=mase(y, ref3, scale), cover=cov,
       smape_mine=smape(y, my$mean), smape_sn=smape(y, sn)))
  }
}
run("taylor", taylor, 48, 96, 4, c(48, 336))
run("airpassengers", AirPassengers, 12, 12, 3)
run("nottem", nottem, 12, 12, 3)
run("ukdriverdeaths", UKDriverDeaths, 12, 12, 3)
run("co2", co2, 12, 24, 3)
run("usaccdeaths", USAccDeaths, 12, 12, 2)
run("gas", gas, 12, 12, 3)
run("wineind", wineind, 12, 12, 3)
run("ldeaths", ldeaths, 12, 12, 2)
run("nile", Nile, 1, 10, 3)
run("eustox", EuStockMarkets[,1], 1, 20, 3)
run("lynx", lynx, 1, 10, 3)
agg <- aggregate(cbind(mine, snaive, ref1, ref2, hw, cover, smape_mine, smape_sn) ~ series, data=res, FUN=mean)
print(agg, digits=3)
cat("MEAN: mine", mean(res$mine), "snaive", mean(res$snaive), "ets/stlf", mean(res$ref1), "arima/tbats", mean(res$ref2), "hw", mean(res$hw), "coverage", mean(res$cover), "\n")
