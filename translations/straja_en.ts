<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Analysis::CapacityPlanner</name>
    <message>
        <source>capacity planning needs samples at least daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the limit, replicas and horizon must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capacity planning needs at least %1 days of history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already above %2 (%3/month); %4 replicas needed now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 crosses %2 around %3 (between %4 and %5) at %6/month; %7 replicas needed then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after the horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stays under %2 for the next %3 days (%4/month); %5 replicas suffice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Analysis::CostForecaster</name>
    <message>
        <source>the price per replica-hour must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the replica series needs samples at least hourly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next 7 days: %1 (%2 to %3). Month end: %4 (%5 to %6), of which %7 already spent. Replica-hours x %8 per replica-hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sum of %n service(s).</source>
        <translation>
            <numerusform>Sum of %n service.</numerusform>
            <numerusform>Sum of %n services.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Analysis::Forecaster</name>
    <message>
        <source>the horizon must be between 1 and %1 steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the series has no time step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the series has no numeric values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The series is constant; the forecast repeats its value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No seasonality found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seasonality: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seasonality: %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less than two days of history, so daily seasonality cannot be estimated: the band is wider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend included, damped over the horizon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recent level shift was found; the forecast starts from the new level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fitted on a %1 scale because the spread grows with the level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logarithmic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>square-root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>every %n step(s)</source>
        <translation>
            <numerusform>every %n step</numerusform>
            <numerusform>every %n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %n point(s) of history: the forecast is the recent level with a wide band.</source>
        <translation>
            <numerusform>Only %n point of history: the forecast is the recent level with a wide band.</numerusform>
            <numerusform>Only %n points of history: the forecast is the recent level with a wide band.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing point(s) interpolated.</source>
        <translation>
            <numerusform>%n missing point interpolated.</numerusform>
            <numerusform>%n missing points interpolated.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Analysis::SeriesCsv</name>
    <message>
        <source>&apos;%1&apos; is not a timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the input: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line is longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 comma-separated fields, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data rows after the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the header &apos;timestamp,value&apos;, found &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a timestamp (YYYY-MM-DD HH:MM:SS or unix seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timestamp &apos;%1&apos; is not written like the one on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value &apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate timestamp &apos;%1&apos; (also on line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timestamp &apos;%1&apos; is earlier than the one on line %2; rows must be in time order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: straja-cli &lt;command&gt; [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headless Straja: the same engine as the desktop app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;straja-cli &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>straja-cli: unknown command &apos;%1&apos;; see &apos;straja-cli --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the version of Straja and of Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version: takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 source(s), %3 project(s), %4 service(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export, import or validate a workspace file (no credentials)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: straja-cli workspace export|import|validate --file FILE [--data-dir DIR]
  export    write the workspace stored in DIR to FILE
  import    check FILE and, if it is valid, replace the workspace stored in DIR with it
  validate  check FILE and list every problem with its place in the file
DIR defaults to Straja&apos;s data folder. Credentials are never written to or read from FILE.
Quit Straja before importing into the folder it is using.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace: unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace: --file is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace: unknown action &apos;%1&apos; (expected export, import or validate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace export: cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) need credentials: enter them in Straja under Workspace &gt; Edit workspace.</source>
        <translation>
            <numerusform>%n source needs credentials: enter it in Straja under Workspace &gt; Edit workspace.</numerusform>
            <numerusform>%n sources need credentials: enter them in Straja under Workspace &gt; Edit workspace.</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anomalies: option &apos;%1&apos; needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anomalies: unknown option &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anomalies: --input is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anomalies: --output is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forecast: option &apos;%1&apos; needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forecast: --horizon must be a whole number from 1 to %1, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forecast: --season takes &apos;auto&apos;, N or N,M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forecast: --season periods are whole numbers of steps, at least 2, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forecast: unknown option &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forecast: --input is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forecast: --output is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forecast: --horizon is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score every row of a timestamp,value series for anomalies (0..1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes &apos;timestamp,value,anomaly_score&apos;, one row per input row. Scores are causal:
a row&apos;s score uses only the rows up to it, so a prefix of the file scores the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anomalies: cannot write &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anomalies: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time to forecast 14 days of 5-minute data 48 hours ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>streaming anomaly scoring throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forecast and anomaly accuracy on the synthetic evaluation suite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run benchmarks and print what they measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a name every benchmark runs. Benchmarks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bench: takes at most one benchmark name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bench: unknown benchmark &apos;%1&apos;; see &apos;straja-cli bench --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forecast a timestamp,value series with a 95% band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads &apos;timestamp,value&apos; (YYYY-MM-DD HH:MM:SS UTC or unix seconds; gaps and NaN allowed),
writes &apos;timestamp,forecast,lower,upper&apos;: H rows continuing the input at its step.
--season: seasonal periods in steps (default: detected from the data).
Prints the detected seasonality and the backtest accuracy on standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forecast: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forecast: only one data row; at least two are needed to know the time step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backtest (%1 origins, %2 points): MASE %3 (seasonal naive %4), sMAPE %5%, 95% band coverage %6%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backtest: not enough history to measure accuracy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messages in LANG (en, ro); default: from LC_ALL / LANG, else English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>analysis work per refresh on the large demo preset (anomalies and forecasts of 4,000 series)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang needs a language: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos;; available: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticketing API, web front end and a voice line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEO sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thirty small content sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL primary every project uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo source&apos;s seed or origin is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown demo preset &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>No answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source &apos;%1&apos;: this kind of source is not supported by this version of Straja.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace was not saved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is not open yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>no data in the last %n day(s)</source>
        <translation>
            <numerusform>no data in the last day</numerusform>
            <numerusform>no data in the last %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>no limit set for this metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>no replica counts in the last %n day(s)</source>
        <translation>
            <numerusform>no replica counts in the last day</numerusform>
            <numerusform>no replica counts in the last %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no project &apos;%1&apos; in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::AnomalyModel</name>
    <message>
        <source>%1 (ongoing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most anomalous sample of the episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a forecast from the history before the anomaly expected at that time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 95% band of that expectation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95% band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anomaly score, 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::CapacityModel</name>
    <message>
        <source>already above the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>possibly from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>no crossing within %n month(s)</source>
        <translation>
            <numerusform>no crossing within %n month</numerusform>
            <numerusform>no crossing within %n months</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>band reaches it from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 48-hour forecast of the 5-minute history reaches the limit sooner than the daily peaks suggest (a change within the last days, or a weekly peak): the crossing shown is the forecast&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More replicas do not lower this metric: raise the limit or remove the growth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned for each day&apos;s 95th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service&apos;s &apos;degraded&apos; limit for this metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 95th percentile of the last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth of the daily peak per 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the projected peak reaches the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crosses limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95% interval of the crossing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicas now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicas that keep the band&apos;s upper edge under the limit at the crossing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicas needed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::Charts::ChartOverlay</name>
    <message>
        <source>Anomaly score %1 at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::Charts::TimeSeriesChart</name>
    <message>
        <source>no data in this range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anomaly score %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::CostModel</name>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent since the first of the month (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast cost of the next 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95% band of the next 7 days&apos; cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7-day band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month to date plus the forecast to the end of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95% band of the month-end cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month-end band</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::EmptyWorkspacePage</name>
    <message>
        <source>This workspace has no services yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a source (the Prometheus that holds your metrics), a project, and the services it runs. Tokens and passwords go to the system keychain, never to Straja&apos;s files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the &amp;demo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::ForecastModel</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>band: %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stays under %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest 5-minute value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The highest point of the forecast for the next 48 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak, next 48 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 95% prediction interval at that peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95% band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the forecast reaches the service&apos;s limit for this metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaches limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean absolute scaled error in backtests: below 1 beats repeating the last cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symmetric mean absolute percentage error in backtests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sMAPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of actual values that fell inside the 95% band in backtests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much to trust this forecast, from its backtests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::ItemDialog</name>
    <message>
        <source>The id cannot change: history, references and stored credentials use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id may use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id &apos;%1&apos; is already used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::MainWindow</name>
    <message>
        <source>Straja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Straja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(demo: simulated data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find project or service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close project tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Straja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straja could not open its workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving to the local store failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Straja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator&apos;s cockpit: every project&apos;s health, predictions and actions that run only when you approve them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with Qt %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New empty workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the &amp;demo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Predictions of this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the &amp;forecast on the charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: predictions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::OverviewModel</name>
    <message numerus="yes">
        <source>%n service(s), all healthy</source>
        <translation>
            <numerusform>%n service, healthy</numerusform>
            <numerusform>%n services, all healthy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n service(s) need attention</source>
        <translation>
            <numerusform>%1 of %n service needs attention</numerusform>
            <numerusform>%1 of %n services need attention</numerusform>
        </translation>
    </message>
    <message>
        <source>Worst service of the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per second over the last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n with an anomaly</source>
        <translation>
            <numerusform>%n with an anomaly</numerusform>
            <numerusform>%n with anomalies</numerusform>
        </translation>
    </message>
    <message>
        <source>anomaly: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forecast: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anomaly: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::OverviewView</name>
    <message>
        <source>Waiting for the first refresh…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n needs attention</numerusform>
            <numerusform>%n need attention</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter projects and services (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;predictions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::PredictionsView</name>
    <message>
        <source>Predictions are not available from this engine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much to trust it: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing forecasts, capacity and cost from the stored history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No predictions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some sources could not be asked, so part of it is stored data only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — predictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recompute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute the predictions again from the newest history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project &amp;charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next 48 hours with 95% bands. Beside each forecast: how it did on the series&apos; own history. Select a row to see it drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecasts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anomalies (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost = replica-hours × %1 per replica-hour, a default price until each provider&apos;s price list is set up. Bands are 95% intervals; the total is the sum of the services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed from the 5-minute history (days: %1) and the hourly history (days: %2) up to %3, in %4 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::ProjectDialog</name>
    <message>
        <source>Add project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::ProjectView</name>
    <message>
        <source>1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1 of history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing stored data only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the last %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the forecast…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue every chart with its forecast and 95% band, and mark anomalies (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Predictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecasts, capacity, cost and anomalies of the whole project (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::ServiceDialog</name>
    <message>
        <source>Add service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. eu-west-1, us-east-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics &amp;source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;vider (runs actions):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mi&amp;nimum replicas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ma&amp;ximum replicas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a project first: every service belongs to one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a source first: it is where the service&apos;s metrics come from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a region name: use letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum number of replicas must not be below the minimum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the degraded limit must not be above the down limit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::SourceDialog</name>
    <message>
        <source>Add source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo fleet is simulated inside Straja: it has no address and needs no credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the keychain; type a new one to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes to the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: a PEM file with an extra certificate authority to trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;uthentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens and passwords are kept in the system keychain, never in the workspace, its exports or Straja&apos;s files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address, starting with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate needs a full path, like /etc/ssl/my-ca.pem.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::SourceStatusBar</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated fleet: nothing here is a real service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: OK, data %2 old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: OK, no data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unreachable, stale since %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::ThresholdsEditor</name>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degraded at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale when the newest sample is older than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s</source>
        <comment>seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;off&quot; (the lowest value) disables a limit. Limits that match the defaults follow them if a later version of Straja changes a default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>degraded must not be above down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::WorkspaceController</name>
    <message>
        <source>Workspace saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straja workspace (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace exported to %1 (without credentials).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported: nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the workspace %1 with %2 from %3? Services that are not in the imported workspace lose their cached history. Credentials stay in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace %1 imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace files carry no credentials. If the keychain does not hold them yet, enter them under Workspace › Edit workspace for: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new, empty workspace? The workspace %1 and the cached history of its services are removed from this computer. Export it first if you want to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start empty workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workspace started. Add a source, then projects and services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the workspace %1 with the demo fleet? Its services and their cached history are removed from this computer; credentials stay in the keychain. Export it first if you want to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back on the demo fleet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::WorkspaceEditor</name>
    <message>
        <source>Edit workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add s&amp;ource…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects and services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with a source: where the metrics come from. Then add a project and its services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n limit(s) changed</source>
        <translation>
            <numerusform>%n limit changed</numerusform>
            <numerusform>%n limits changed</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the project &apos;%1&apos;? It has no services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove the project &apos;%1&apos; and its %n service(s) (%2)? Their cached history is deleted when you save.</source>
        <translation>
            <numerusform>Remove the project &apos;%1&apos; and its %n service (%2)? Its cached history is deleted when you save.</numerusform>
            <numerusform>Remove the project &apos;%1&apos; and its %n services (%2)? Their cached history is deleted when you save.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove project and services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the service &apos;%1&apos; from &apos;%2&apos;? Its cached history is deleted when you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The source &apos;%1&apos; feeds %n service(s) (%2). Give them another source, or remove them, first.</source>
        <translation>
            <numerusform>The source &apos;%1&apos; feeds %n service (%2). Give it another source, or remove it, first.</numerusform>
            <numerusform>The source &apos;%1&apos; feeds %n services (%2). Give them another source, or remove them, first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the source &apos;%1&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the source &apos;%1&apos;? Its credentials are deleted from the keychain when you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard your changes to the workspace?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The workspace has %n problem(s) to fix before it can be saved.</source>
        <translation>
            <numerusform>The workspace has %n problem to fix before it can be saved.</numerusform>
            <numerusform>The workspace has %n problems to fix before it can be saved.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving the workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving credentials to the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: Straja&apos;s keychain access is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain cannot store this secret:

%1

Straja never writes secrets to its own files. It can keep the secret in memory until you quit, and you would enter it again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the keychain is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) are kept in memory for this session only: enter them again after restarting Straja.</source>
        <translation>
            <numerusform>%n secret is kept in memory for this session only: enter it again after restarting Straja.</numerusform>
            <numerusform>%n secrets are kept in memory for this session only: enter them again after restarting Straja.</numerusform>
        </translation>
    </message>
    <message>
        <source>Old credentials that are no longer used could not be removed from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All metrics within limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source unreachable; stale since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new samples; stale since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No replicas running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is over %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>Keep data in &lt;dir&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo fleet to simulate: standard or large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the demo fleet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the demo fleet &lt;n&gt; times faster than real time (1 to 10000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds between refreshes (1 to 3600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language: en or ro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straja: the operator&apos;s cockpit for many web projects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid value &apos;%1&apos; for --%2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;straja --help&apos; for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;. Run &apos;straja --help&apos; for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number from 1 to 10000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole seconds from 1 to 3600</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Metric</name>
    <message>
        <source>/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95 latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarts/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP 429/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Model</name>
    <message>
        <source>Demo fleet (simulated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name and password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Predictions</name>
    <message>
        <source>High: plan with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium: a rough guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low: trust the band, not the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchecked: too little history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough history yet to check this forecast against what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checked on this series&apos; own history (%n backtest(s)): MASE %1</source>
        <translation>
            <numerusform>Checked on this series&apos; own history (%n backtest): MASE %1</numerusform>
            <numerusform>Checked on this series&apos; own history (%n backtests): MASE %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(repeating the last cycle: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sMAPE %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% of actual values inside the 95% band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2× its usual at this hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2% of its usual at this hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 above its usual band at this hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 below its usual band at this hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 behaves unusually</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 (95% band %2–%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anomaly score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unusual from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may reach %2 from %3 on (the upper edge of the 95% band)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reaches %2 around %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(between %1 and %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(from %1 on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points/month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already above %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 crosses %2 around %3 at %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 stays under %2 for the next %n day(s) (%3).</source>
        <translation>
            <numerusform>%1 stays under %2 for the next day (%3).</numerusform>
            <numerusform>%1 stays under %2 for the next %n days (%3).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>Straja is shutting down; credentials are no longer available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(The keychain said: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring is locked. Unlock it (logging in to the desktop usually does) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the keychain was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available on this system. Install and start a Secret Service such as GNOME Keyring or KeePassXC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no D-Bus session bus, so the keychain cannot be reached. Start Straja from a desktop session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Secret Service is running (no program provides org.freedesktop.secrets). Install and start GNOME Keyring, or KeePassXC with its Secret Service integration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Secret Service has no usable keyring: it could not ask for the password to create or unlock one. Create or unlock your login keyring from the desktop and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s). It may be waiting for a password prompt that cannot be shown.</source>
        <translation>
            <numerusform>The keychain did not answer within %n second. It may be waiting for a password prompt that cannot be shown.</numerusform>
            <numerusform>The keychain did not answer within %n seconds. It may be waiting for a password prompt that cannot be shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The keychain has left an earlier request unanswered for more than %n second(s); Straja asks again once it answers.</source>
        <translation>
            <numerusform>The keychain has left an earlier request unanswered for more than %n second; Straja asks again once it answers.</numerusform>
            <numerusform>The keychain has left an earlier request unanswered for more than %n seconds; Straja asks again once it answers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The database %1 is damaged (%2). Straja has not changed it: restore a backup or move it away, or start with --data-dir on another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straja cannot write to %1 (permission denied). Choose a writable folder with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was written by a newer Straja (schema %1). Update Straja to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was written by a newer Straja (schema %1; this version understands up to %2). Update Straja to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source &apos;%1&apos; has an unknown type &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local store is not open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceCheck</name>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid id: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate id &apos;%1&apos; (also at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number of 0 or more, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the degraded limit (%1) must not be above the down limit (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be from %1 to %2 seconds, got %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an http:// or https:// address, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an absolute path, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no project &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no source &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a region name: use letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be from 0 to %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be from 1 to %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be below minReplicas (%1), got %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceController</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceFile</name>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing; expected a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a text, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing; expected a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credentials are never read from a workspace file; remove it and enter the secret in Straja, which keeps it in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key (expected one of: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number, or null for no limit, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown source type &apos;%1&apos; (expected one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid address: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown authentication &apos;%1&apos; (expected one of: none, bearer, basic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reserved; write it one level up, as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The workspace file has %n problem(s):</source>
        <translation>
            <numerusform>The workspace file has %n problem:</numerusform>
            <numerusform>The workspace file has %n problems:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…and %n more.</numerusform>
            <numerusform>…and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a schema version (a whole number from 1 to %1), got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this file was written by a newer Straja (schema %1); this version reads schema %2 and older. Update Straja to import it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
