<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro_RO">
<context>
    <name>Cli</name>
    <message>
        <source>Usage: straja-cli &lt;command&gt; [options]</source>
        <translation>Utilizare: straja-cli &lt;comandă&gt; [opțiuni]</translation>
    </message>
    <message>
        <source>Headless Straja: the same engine as the desktop app.</source>
        <translation>Straja fără interfață grafică: același motor ca aplicația desktop.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comenzi:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opțiuni:</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>afișează acest ajutor</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>afișează versiunea</translation>
    </message>
    <message>
        <source>Run &apos;straja-cli &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation>Rulați „straja-cli &lt;comandă&gt; --help” pentru opțiunile unei comenzi.</translation>
    </message>
    <message>
        <source>straja-cli: unknown command &apos;%1&apos;; see &apos;straja-cli --help&apos;</source>
        <translation>straja-cli: comandă necunoscută „%1”; vedeți „straja-cli --help”</translation>
    </message>
    <message>
        <source>print the version of Straja and of Qt</source>
        <translation>afișează versiunea Straja și a Qt</translation>
    </message>
    <message>
        <source>version: takes no arguments</source>
        <translation>version: nu primește argumente</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Demo fleet</source>
        <translation>Flotă demo</translation>
    </message>
    <message>
        <source>Events platform</source>
        <translation>Platformă de evenimente</translation>
    </message>
    <message>
        <source>Ticketing API, web front end and a voice line</source>
        <translation>API de bilete, interfață web și o linie vocală</translation>
    </message>
    <message>
        <source>SEO sites</source>
        <translation>Site-uri SEO</translation>
    </message>
    <message>
        <source>Thirty small content sites</source>
        <translation>Treizeci de site-uri mici de conținut</translation>
    </message>
    <message>
        <source>Shared database</source>
        <translation>Bază de date comună</translation>
    </message>
    <message>
        <source>The PostgreSQL primary every project uses</source>
        <translation>Instanța principală PostgreSQL folosită de toate proiectele</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>Proiectul %1</translation>
    </message>
    <message>
        <source>The demo source&apos;s seed or origin is not a number.</source>
        <translation>Sămânța sau originea sursei demo nu este un număr.</translation>
    </message>
    <message>
        <source>Unknown demo preset &apos;%1&apos;.</source>
        <translation>Configurație demo necunoscută „%1”.</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>No answer within %1 s</source>
        <translation>Niciun răspuns în %1 s</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos;: this kind of source is not supported by this version of Straja.</source>
        <translation>Sursa „%1”: acest tip de sursă nu este suportat de această versiune Straja.</translation>
    </message>
</context>
<context>
    <name>Gui::Charts::TimeSeriesChart</name>
    <message>
        <source>no data in this range</source>
        <translation>nu există date în acest interval</translation>
    </message>
</context>
<context>
    <name>Gui::MainWindow</name>
    <message>
        <source>Straja</source>
        <translation>Straja</translation>
    </message>
    <message>
        <source>%1 — Straja</source>
        <translation>%1 — Straja</translation>
    </message>
    <message>
        <source>(demo: simulated data)</source>
        <translation>(demo: date simulate)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Prezentare generală</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fișier</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>&amp;Actualizează acum</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Înc&amp;hide</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vizualizare</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Prezentare generală</translation>
    </message>
    <message>
        <source>&amp;Find project or service</source>
        <translation>&amp;Caută proiect sau serviciu</translation>
    </message>
    <message>
        <source>&amp;Close project tab</source>
        <translation>În&amp;chide fila proiectului</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Limbă</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;jutor</translation>
    </message>
    <message>
        <source>&amp;About Straja</source>
        <translation>&amp;Despre Straja</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Despre &amp;Qt</translation>
    </message>
    <message>
        <source>Opening the workspace…</source>
        <translation>Se deschide spațiul de lucru…</translation>
    </message>
    <message>
        <source>Straja could not open its workspace.</source>
        <translation>Straja nu a putut deschide spațiul de lucru.</translation>
    </message>
    <message>
        <source>Saving to the local store failed: %1</source>
        <translation>Salvarea în stocarea locală a eșuat: %1</translation>
    </message>
    <message>
        <source>About Straja</source>
        <translation>Despre Straja</translation>
    </message>
    <message>
        <source>The operator&apos;s cockpit: every project&apos;s health, predictions and actions that run only when you approve them.</source>
        <translation>Cabina operatorului: sănătatea fiecărui proiect, predicții și acțiuni care rulează doar când le aprobați.</translation>
    </message>
    <message>
        <source>Built with Qt %1.</source>
        <translation>Construit cu Qt %1.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Închide</translation>
    </message>
</context>
<context>
    <name>Gui::OverviewModel</name>
    <message numerus="yes">
        <source>%n service(s), all healthy</source>
        <translation>
            <numerusform>%n serviciu, sănătos</numerusform>
            <numerusform>%n servicii, toate sănătoase</numerusform>
            <numerusform>%n de servicii, toate sănătoase</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n service(s) need attention</source>
        <translation>
            <numerusform>%1 din %n serviciu necesită atenție</numerusform>
            <numerusform>%1 din %n servicii necesită atenție</numerusform>
            <numerusform>%1 din %n de servicii necesită atenție</numerusform>
        </translation>
    </message>
    <message>
        <source>Worst service of the project</source>
        <translation>Cel mai slab serviciu al proiectului</translation>
    </message>
    <message>
        <source>Requests per second over the last hour</source>
        <translation>Cereri pe secundă în ultima oră</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motiv</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Ultima oră</translation>
    </message>
</context>
<context>
    <name>Gui::OverviewView</name>
    <message>
        <source>Waiting for the first refresh…</source>
        <translation>Se așteaptă prima actualizare…</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n proiect</numerusform>
            <numerusform>%n proiecte</numerusform>
            <numerusform>%n de proiecte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n serviciu</numerusform>
            <numerusform>%n servicii</numerusform>
            <numerusform>%n de servicii</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n necesită atenție</numerusform>
            <numerusform>%n necesită atenție</numerusform>
            <numerusform>%n necesită atenție</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter projects and services (Ctrl+F)</source>
        <translation>Filtrează proiecte și servicii (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>Gui::ProjectView</name>
    <message>
        <source>1 h</source>
        <translation>1 h</translation>
    </message>
    <message>
        <source>6 h</source>
        <translation>6 h</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <source>7 d</source>
        <translation>7 z</translation>
    </message>
    <message>
        <source>30 d</source>
        <translation>30 z</translation>
    </message>
    <message>
        <source>Loading %1 of history…</source>
        <translation>Se încarcă istoricul pe %1…</translation>
    </message>
    <message>
        <source>Showing stored data only: %1</source>
        <translation>Se afișează doar datele stocate: %1</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Serviciu:</translation>
    </message>
    <message>
        <source>Show the last %1</source>
        <translation>Arată ultimele %1</translation>
    </message>
</context>
<context>
    <name>Gui::SourceStatusBar</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 z</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <source>Simulated fleet: nothing here is a real service.</source>
        <translation>Flotă simulată: nimic de aici nu este un serviciu real.</translation>
    </message>
    <message>
        <source>%1: connecting…</source>
        <translation>%1: se conectează…</translation>
    </message>
    <message>
        <source>%1: OK, data %2 old</source>
        <translation>%1: OK, date vechi de %2</translation>
    </message>
    <message>
        <source>%1: OK, no data yet</source>
        <translation>%1: OK, încă fără date</translation>
    </message>
    <message>
        <source>%1: unreachable, stale since %2</source>
        <translation>%1: inaccesibilă, date învechite din %2</translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Necunoscut</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Învechit</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Degradat</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Căzut</translation>
    </message>
    <message>
        <source>All metrics within limits</source>
        <translation>Toate metricile în limite</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Încă nu există date</translation>
    </message>
    <message>
        <source>Source unreachable; stale since %1</source>
        <translation>Sursă inaccesibilă; date învechite din %1</translation>
    </message>
    <message>
        <source>No new samples; stale since %1</source>
        <translation>Nicio valoare nouă; date învechite din %1</translation>
    </message>
    <message>
        <source>No replicas running</source>
        <translation>Nicio replică nu rulează</translation>
    </message>
    <message>
        <source>%1 %2 is over %3</source>
        <translation>%1 %2 depășește %3</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>Keep data in &lt;dir&gt;.</source>
        <translation>Păstrează datele în &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>Demo fleet to simulate: standard or large.</source>
        <translation>Flota demo de simulat: standard sau large.</translation>
    </message>
    <message>
        <source>Seed of the demo fleet.</source>
        <translation>Sămânța flotei demo.</translation>
    </message>
    <message>
        <source>Run the demo fleet &lt;n&gt; times faster than real time (1 to 10000).</source>
        <translation>Rulează flota demo de &lt;n&gt; ori mai repede decât timpul real (1 până la 10000).</translation>
    </message>
    <message>
        <source>Seconds between refreshes (1 to 3600).</source>
        <translation>Secunde între actualizări (1 până la 3600).</translation>
    </message>
    <message>
        <source>Interface language: en or ro.</source>
        <translation>Limba interfeței: en sau ro.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afișează acest ajutor.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afișează versiunea.</translation>
    </message>
    <message>
        <source>Straja: the operator&apos;s cockpit for many web projects.</source>
        <translation>Straja: cabina operatorului pentru multe proiecte web.</translation>
    </message>
    <message>
        <source>Invalid value &apos;%1&apos; for --%2: %3.</source>
        <translation>Valoare nevalidă „%1” pentru --%2: %3.</translation>
    </message>
    <message>
        <source>Run &apos;straja --help&apos; for the options.</source>
        <translation>Rulați „straja --help” pentru opțiuni.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;. Run &apos;straja --help&apos; for the options.</source>
        <translation>Argument neașteptat „%1”. Rulați „straja --help” pentru opțiuni.</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un număr întreg</translation>
    </message>
    <message>
        <source>a number from 1 to 10000</source>
        <translation>un număr între 1 și 10000</translation>
    </message>
    <message>
        <source>whole seconds from 1 to 3600</source>
        <translation>secunde întregi între 1 și 3600</translation>
    </message>
</context>
<context>
    <name>Metric</name>
    <message>
        <source>/s</source>
        <translation>/s</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>Requests/s</source>
        <translation>Cereri/s</translation>
    </message>
    <message>
        <source>p95 latency</source>
        <translation>Latență p95</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Rată de erori</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memorie</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>Replici</translation>
    </message>
    <message>
        <source>Restarts/h</source>
        <translation>Reporniri/h</translation>
    </message>
    <message>
        <source>HTTP 429/s</source>
        <translation>HTTP 429/s</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Disc</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The database %1 is damaged (%2). Straja has not changed it: restore a backup or move it away, or start with --data-dir on another folder.</source>
        <translation>Baza de date %1 este deteriorată (%2). Straja nu a modificat-o: restaurați o copie de rezervă sau mutați-o, ori porniți cu --data-dir în alt dosar.</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>Nu se poate crea dosarul de date %1.</translation>
    </message>
    <message>
        <source>Straja cannot write to %1 (permission denied). Choose a writable folder with --data-dir.</source>
        <translation>Straja nu poate scrie în %1 (permisiune refuzată). Alegeți un dosar în care se poate scrie, cu --data-dir.</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>Baza de date %1 nu există.</translation>
    </message>
    <message>
        <source>not an SQLite database</source>
        <translation>nu este o bază de date SQLite</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Nu se poate deschide baza de date %1: %2</translation>
    </message>
    <message>
        <source>The database was written by a newer Straja (schema %1). Update Straja to open it.</source>
        <translation>Baza de date a fost scrisă de o versiune Straja mai nouă (schema %1). Actualizați Straja pentru a o deschide.</translation>
    </message>
    <message>
        <source>The database cannot be read: %1</source>
        <translation>Baza de date nu poate fi citită: %1</translation>
    </message>
    <message>
        <source>The database was written by a newer Straja (schema %1; this version understands up to %2). Update Straja to open it.</source>
        <translation>Baza de date a fost scrisă de o versiune Straja mai nouă (schema %1; această versiune înțelege până la %2). Actualizați Straja pentru a o deschide.</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Nu se poate începe o tranzacție: %1</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed: %2</source>
        <translation>Actualizarea bazei de date la schema %1 a eșuat: %2</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Eroare de bază de date: %1</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos; has an unknown type &apos;%2&apos;.</source>
        <translation>Sursa „%1” are un tip necunoscut „%2”.</translation>
    </message>
</context>
</TS>
