<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
</context>
<context>
    <name>Gui::Charts::TimeSeriesChart</name>
    <message>
        <source>no data in this range</source>
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
</context>
</TS>
