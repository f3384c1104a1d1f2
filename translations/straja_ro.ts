<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro_RO">
<context>
    <name>Analysis::CapacityPlanner</name>
    <message>
        <source>capacity planning needs samples at least daily</source>
        <translation>planificarea capacității are nevoie de valori cel puțin zilnice</translation>
    </message>
    <message>
        <source>the limit, replicas and horizon must be positive</source>
        <translation>limita, replicile și orizontul trebuie să fie pozitive</translation>
    </message>
    <message>
        <source>capacity planning needs at least %1 days of history</source>
        <translation>planificarea capacității are nevoie de cel puțin %1 zile de istoric</translation>
    </message>
    <message>
        <source>The peak</source>
        <translation>Vârful</translation>
    </message>
    <message>
        <source>%1 is already above %2 (%3/month); %4 replicas needed now.</source>
        <translation>%1 este deja peste %2 (%3/lună); sunt necesare %4 replici acum.</translation>
    </message>
    <message>
        <source>%1 crosses %2 around %3 (between %4 and %5) at %6/month; %7 replicas needed then.</source>
        <translation>%1 depășește %2 în jurul datei de %3 (între %4 și %5), cu %6/lună; atunci vor fi necesare %7 replici.</translation>
    </message>
    <message>
        <source>after the horizon</source>
        <translation>după orizont</translation>
    </message>
    <message>
        <source>%1 stays under %2 for the next %3 days (%4/month); %5 replicas suffice.</source>
        <translation>%1 rămâne sub %2 în următoarele %3 zile (%4/lună); %5 replici ajung.</translation>
    </message>
</context>
<context>
    <name>Analysis::CostForecaster</name>
    <message>
        <source>the price per replica-hour must not be negative</source>
        <translation>prețul pe oră-replică nu poate fi negativ</translation>
    </message>
    <message>
        <source>the replica series needs samples at least hourly</source>
        <translation>seria de replici are nevoie de valori cel puțin orare</translation>
    </message>
    <message>
        <source>Next 7 days: %1 (%2 to %3). Month end: %4 (%5 to %6), of which %7 already spent. Replica-hours x %8 per replica-hour.</source>
        <translation>Următoarele 7 zile: %1 (între %2 și %3). Sfârșitul lunii: %4 (între %5 și %6), din care %7 deja cheltuiți. Ore-replică x %8 pe oră-replică.</translation>
    </message>
    <message numerus="yes">
        <source>Sum of %n service(s).</source>
        <translation>
            <numerusform>Suma a %n serviciu.</numerusform>
            <numerusform>Suma a %n servicii.</numerusform>
            <numerusform>Suma a %n de servicii.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Analysis::Forecaster</name>
    <message>
        <source>the horizon must be between 1 and %1 steps</source>
        <translation>orizontul trebuie să fie între 1 și %1 pași</translation>
    </message>
    <message>
        <source>the series has no time step</source>
        <translation>seria nu are un pas de timp</translation>
    </message>
    <message>
        <source>the series has no numeric values</source>
        <translation>seria nu are valori numerice</translation>
    </message>
    <message>
        <source>The series is constant; the forecast repeats its value.</source>
        <translation>Seria este constantă; prognoza îi repetă valoarea.</translation>
    </message>
    <message>
        <source>No seasonality found.</source>
        <translation>Nu s-a găsit sezonalitate.</translation>
    </message>
    <message>
        <source>Seasonality: %1.</source>
        <translation>Sezonalitate: %1.</translation>
    </message>
    <message>
        <source>Seasonality: %1 and %2.</source>
        <translation>Sezonalitate: %1 și %2.</translation>
    </message>
    <message>
        <source>Less than two days of history, so daily seasonality cannot be estimated: the band is wider.</source>
        <translation>Mai puțin de două zile de istoric, deci sezonalitatea zilnică nu poate fi estimată: banda este mai largă.</translation>
    </message>
    <message>
        <source>Trend included, damped over the horizon.</source>
        <translation>Tendința este inclusă, atenuată pe orizont.</translation>
    </message>
    <message>
        <source>A recent level shift was found; the forecast starts from the new level.</source>
        <translation>S-a găsit o schimbare recentă de nivel; prognoza pornește de la noul nivel.</translation>
    </message>
    <message>
        <source>Fitted on a %1 scale because the spread grows with the level.</source>
        <translation>Ajustat pe o scară %1, deoarece dispersia crește odată cu nivelul.</translation>
    </message>
    <message>
        <source>logarithmic</source>
        <translation>logaritmică</translation>
    </message>
    <message>
        <source>square-root</source>
        <translation>radical</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>zilnică</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>săptămânală</translation>
    </message>
    <message numerus="yes">
        <source>every %n step(s)</source>
        <translation>
            <numerusform>la fiecare %n pas</numerusform>
            <numerusform>la fiecare %n pași</numerusform>
            <numerusform>la fiecare %n de pași</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %n point(s) of history: the forecast is the recent level with a wide band.</source>
        <translation>
            <numerusform>Doar %n punct de istoric: prognoza este nivelul recent, cu o bandă largă.</numerusform>
            <numerusform>Doar %n puncte de istoric: prognoza este nivelul recent, cu o bandă largă.</numerusform>
            <numerusform>Doar %n de puncte de istoric: prognoza este nivelul recent, cu o bandă largă.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing point(s) interpolated.</source>
        <translation>
            <numerusform>%n punct lipsă interpolat.</numerusform>
            <numerusform>%n puncte lipsă interpolate.</numerusform>
            <numerusform>%n de puncte lipsă interpolate.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Analysis::SeriesCsv</name>
    <message>
        <source>&apos;%1&apos; is not a timestamp</source>
        <translation>„%1” nu este un moment de timp</translation>
    </message>
    <message>
        <source>cannot read the input: %1</source>
        <translation>intrarea nu poate fi citită: %1</translation>
    </message>
    <message>
        <source>the line is longer than %1 bytes</source>
        <translation>linia este mai lungă de %1 octeți</translation>
    </message>
    <message>
        <source>cannot open &apos;%1&apos;: %2</source>
        <translation>nu se poate deschide „%1”: %2</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>nu se poate scrie „%1”: %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>linia %1: %2</translation>
    </message>
    <message>
        <source>expected %1 comma-separated fields, found %2</source>
        <translation>se așteptau %1 câmpuri separate prin virgulă, s-au găsit %2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>fișierul este gol</translation>
    </message>
    <message>
        <source>no data rows after the header</source>
        <translation>niciun rând de date după antet</translation>
    </message>
    <message>
        <source>expected the header &apos;timestamp,value&apos;, found &apos;%1&apos;</source>
        <translation>se aștepta antetul „timestamp,value”, s-a găsit „%1”</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a timestamp (YYYY-MM-DD HH:MM:SS or unix seconds)</source>
        <translation>„%1” nu este o marcă de timp (YYYY-MM-DD HH:MM:SS sau secunde unix)</translation>
    </message>
    <message>
        <source>timestamp &apos;%1&apos; is not written like the one on line %2</source>
        <translation>marca de timp „%1” nu este scrisă ca cea de pe linia %2</translation>
    </message>
    <message>
        <source>value &apos;%1&apos; is not a number</source>
        <translation>valoarea „%1” nu este un număr</translation>
    </message>
    <message>
        <source>duplicate timestamp &apos;%1&apos; (also on line %2)</source>
        <translation>marcă de timp duplicată „%1” (și pe linia %2)</translation>
    </message>
    <message>
        <source>timestamp &apos;%1&apos; is earlier than the one on line %2; rows must be in time order</source>
        <translation>marca de timp „%1” este anterioară celei de pe linia %2; rândurile trebuie să fie în ordine cronologică</translation>
    </message>
</context>
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
    <message>
        <source>&apos;%1&apos;: %2 source(s), %3 project(s), %4 service(s)</source>
        <translation>„%1”: surse: %2, proiecte: %3, servicii: %4</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>nu se poate citi %1: %2</translation>
    </message>
    <message>
        <source>export, import or validate a workspace file (no credentials)</source>
        <translation>exportă, importă sau validează un fișier de spațiu de lucru (fără date de autentificare)</translation>
    </message>
    <message>
        <source>Usage: straja-cli workspace export|import|validate --file FILE [--data-dir DIR]
  export    write the workspace stored in DIR to FILE
  import    check FILE and, if it is valid, replace the workspace stored in DIR with it
  validate  check FILE and list every problem with its place in the file
DIR defaults to Straja&apos;s data folder. Credentials are never written to or read from FILE.
Quit Straja before importing into the folder it is using.</source>
        <translation>Utilizare: straja-cli workspace export|import|validate --file FIȘIER [--data-dir DOSAR]
  export    scrie în FIȘIER spațiul de lucru stocat în DOSAR
  import    verifică FIȘIER și, dacă este valid, înlocuiește cu el spațiul de lucru stocat în DOSAR
  validate  verifică FIȘIER și enumeră fiecare problemă cu locul ei în fișier
Implicit, DOSAR este dosarul de date al Straja. Datele de autentificare nu sunt niciodată scrise în FIȘIER și nici citite din el.
Închideți Straja înainte de a importa în dosarul pe care îl folosește.</translation>
    </message>
    <message>
        <source>workspace: unexpected argument &apos;%1&apos;</source>
        <translation>workspace: argument neașteptat „%1”</translation>
    </message>
    <message>
        <source>workspace: --file is required</source>
        <translation>workspace: --file este obligatoriu</translation>
    </message>
    <message>
        <source>workspace: unknown action &apos;%1&apos; (expected export, import or validate)</source>
        <translation>workspace: acțiune necunoscută „%1” (se așteaptă export, import sau validate)</translation>
    </message>
    <message>
        <source>workspace export: cannot write %1: %2</source>
        <translation>workspace export: nu se poate scrie %1: %2</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>S-a exportat %1 în %2</translation>
    </message>
    <message>
        <source>Imported %1 into %2</source>
        <translation>S-a importat %1 în %2</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) need credentials: enter them in Straja under Workspace &gt; Edit workspace.</source>
        <translation>
            <numerusform>%n sursă are nevoie de date de autentificare: introduceți-le în Straja, la Spațiu de lucru &gt; Editează spațiul de lucru.</numerusform>
            <numerusform>%n surse au nevoie de date de autentificare: introduceți-le în Straja, la Spațiu de lucru &gt; Editează spațiul de lucru.</numerusform>
            <numerusform>%n de surse au nevoie de date de autentificare: introduceți-le în Straja, la Spațiu de lucru &gt; Editează spațiul de lucru.</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid: %1</source>
        <translation>Valid: %1</translation>
    </message>
    <message>
        <source>anomalies: option &apos;%1&apos; needs a value</source>
        <translation>anomalies: opțiunea „%1” are nevoie de o valoare</translation>
    </message>
    <message>
        <source>anomalies: unknown option &apos;%1&apos;</source>
        <translation>anomalies: opțiune necunoscută „%1”</translation>
    </message>
    <message>
        <source>anomalies: --input is required</source>
        <translation>anomalies: --input este obligatoriu</translation>
    </message>
    <message>
        <source>anomalies: --output is required</source>
        <translation>anomalies: --output este obligatoriu</translation>
    </message>
    <message>
        <source>forecast: option &apos;%1&apos; needs a value</source>
        <translation>forecast: opțiunea „%1” are nevoie de o valoare</translation>
    </message>
    <message>
        <source>forecast: --horizon must be a whole number from 1 to %1, not &apos;%2&apos;</source>
        <translation>forecast: --horizon trebuie să fie un număr întreg între 1 și %1, nu „%2”</translation>
    </message>
    <message>
        <source>forecast: --season takes &apos;auto&apos;, N or N,M</source>
        <translation>forecast: --season primește „auto”, N sau N,M</translation>
    </message>
    <message>
        <source>forecast: --season periods are whole numbers of steps, at least 2, not &apos;%1&apos;</source>
        <translation>forecast: perioadele pentru --season sunt numere întregi de pași, cel puțin 2, nu „%1”</translation>
    </message>
    <message>
        <source>forecast: unknown option &apos;%1&apos;</source>
        <translation>forecast: opțiune necunoscută „%1”</translation>
    </message>
    <message>
        <source>forecast: --input is required</source>
        <translation>forecast: --input este obligatoriu</translation>
    </message>
    <message>
        <source>forecast: --output is required</source>
        <translation>forecast: --output este obligatoriu</translation>
    </message>
    <message>
        <source>forecast: --horizon is required</source>
        <translation>forecast: --horizon este obligatoriu</translation>
    </message>
    <message>
        <source>score every row of a timestamp,value series for anomalies (0..1)</source>
        <translation>evaluează fiecare rând al unei serii timestamp,value pentru anomalii (0..1)</translation>
    </message>
    <message>
        <source>Writes &apos;timestamp,value,anomaly_score&apos;, one row per input row. Scores are causal:
a row&apos;s score uses only the rows up to it, so a prefix of the file scores the same.</source>
        <translation>Scrie „timestamp,value,anomaly_score”, un rând pentru fiecare rând de intrare. Scorurile sunt cauzale:
scorul unui rând folosește doar rândurile până la el, deci un prefix al fișierului primește aceleași scoruri.</translation>
    </message>
    <message>
        <source>anomalies: cannot write &apos;%1&apos;: %2</source>
        <translation>anomalies: „%1” nu poate fi scris: %2</translation>
    </message>
    <message>
        <source>anomalies: %1</source>
        <translation>anomalies: %1</translation>
    </message>
    <message>
        <source>time to forecast 14 days of 5-minute data 48 hours ahead</source>
        <translation>timpul de prognoză pentru 14 zile de date la 5 minute, cu 48 de ore înainte</translation>
    </message>
    <message>
        <source>streaming anomaly scoring throughput</source>
        <translation>debitul evaluării anomaliilor în flux</translation>
    </message>
    <message>
        <source>forecast and anomaly accuracy on the synthetic evaluation suite</source>
        <translation>acuratețea prognozei și a detecției de anomalii pe suita sintetică de evaluare</translation>
    </message>
    <message>
        <source>run benchmarks and print what they measure</source>
        <translation>rulează testele de performanță și afișează ce măsoară</translation>
    </message>
    <message>
        <source>Without a name every benchmark runs. Benchmarks:</source>
        <translation>Fără nume rulează toate testele de performanță. Teste:</translation>
    </message>
    <message>
        <source>bench: takes at most one benchmark name</source>
        <translation>bench: primește cel mult un nume de test</translation>
    </message>
    <message>
        <source>bench: unknown benchmark &apos;%1&apos;; see &apos;straja-cli bench --help&apos;</source>
        <translation>bench: test necunoscut „%1”; vedeți „straja-cli bench --help”</translation>
    </message>
    <message>
        <source>forecast a timestamp,value series with a 95% band</source>
        <translation>prognozează o serie timestamp,value cu o bandă de 95%</translation>
    </message>
    <message>
        <source>Reads &apos;timestamp,value&apos; (YYYY-MM-DD HH:MM:SS UTC or unix seconds; gaps and NaN allowed),
writes &apos;timestamp,forecast,lower,upper&apos;: H rows continuing the input at its step.
--season: seasonal periods in steps (default: detected from the data).
Prints the detected seasonality and the backtest accuracy on standard output.</source>
        <translation>Citește „timestamp,value” (YYYY-MM-DD HH:MM:SS UTC sau secunde unix; golurile și NaN sunt permise),
scrie „timestamp,forecast,lower,upper”: H rânduri care continuă intrarea cu pasul ei.
--season: perioadele sezoniere în pași (implicit: detectate din date).
Afișează la ieșirea standard sezonalitatea detectată și acuratețea din testul retrospectiv.</translation>
    </message>
    <message>
        <source>forecast: %1</source>
        <translation>forecast: %1</translation>
    </message>
    <message>
        <source>forecast: only one data row; at least two are needed to know the time step</source>
        <translation>forecast: un singur rând de date; sunt necesare cel puțin două pentru a afla pasul de timp</translation>
    </message>
    <message>
        <source>Backtest (%1 origins, %2 points): MASE %3 (seasonal naive %4), sMAPE %5%, 95% band coverage %6%</source>
        <translation>Test retrospectiv (%1 origini, %2 puncte): MASE %3 (naiv sezonier %4), sMAPE %5%, acoperirea benzii de 95% %6%</translation>
    </message>
    <message>
        <source>Backtest: not enough history to measure accuracy.</source>
        <translation>Test retrospectiv: istoric insuficient pentru a măsura acuratețea.</translation>
    </message>
    <message>
        <source>messages in LANG (en, ro); default: from LC_ALL / LANG, else English</source>
        <translation>mesaje în LANG (en, ro); implicit: după LC_ALL / LANG, altfel engleză</translation>
    </message>
    <message>
        <source>analysis work per refresh on the large demo preset (anomalies and forecasts of 4,000 series)</source>
        <translation>munca de analiză la fiecare actualizare pe varianta demo mare (anomalii și prognoze pentru 4.000 de serii)</translation>
    </message>
    <message>
        <source>--lang needs a language: %1</source>
        <translation>--lang are nevoie de o limbă: %1</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos;; available: %2</source>
        <translation>limbă necunoscută „%1”; disponibile: %2</translation>
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
    <message>
        <source>The workspace was not saved:</source>
        <translation>Spațiul de lucru nu a fost salvat:</translation>
    </message>
    <message>
        <source>The workspace is not open yet.</source>
        <translation>Spațiul de lucru nu este încă deschis.</translation>
    </message>
    <message>
        <source>%1 p95</source>
        <translation>%1 p95</translation>
    </message>
    <message numerus="yes">
        <source>no data in the last %n day(s)</source>
        <translation>
            <numerusform>nicio dată în ultima %n zi</numerusform>
            <numerusform>nicio dată în ultimele %n zile</numerusform>
            <numerusform>nicio dată în ultimele %n de zile</numerusform>
        </translation>
    </message>
    <message>
        <source>no limit set for this metric</source>
        <translation>nicio limită setată pentru această metrică</translation>
    </message>
    <message numerus="yes">
        <source>no replica counts in the last %n day(s)</source>
        <translation>
            <numerusform>niciun număr de replici în ultima %n zi</numerusform>
            <numerusform>niciun număr de replici în ultimele %n zile</numerusform>
            <numerusform>niciun număr de replici în ultimele %n de zile</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no project &apos;%1&apos; in this workspace.</source>
        <translation>Nu există proiectul „%1” în acest spațiu de lucru.</translation>
    </message>
</context>
<context>
    <name>Gui::AnomalyModel</name>
    <message>
        <source>%1 (ongoing)</source>
        <translation>%1 (în desfășurare)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>The most anomalous sample of the episode</source>
        <translation>Eșantionul cel mai anormal al episodului</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Când</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Serviciu</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrică</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valoare</translation>
    </message>
    <message>
        <source>What a forecast from the history before the anomaly expected at that time</source>
        <translation>Ce aștepta la acel moment o prognoză făcută din istoricul de dinaintea anomaliei</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Așteptat</translation>
    </message>
    <message>
        <source>The 95% band of that expectation</source>
        <translation>Banda de 95% a acelei așteptări</translation>
    </message>
    <message>
        <source>95% band</source>
        <translation>Banda de 95%</translation>
    </message>
    <message>
        <source>Anomaly score, 0 to 1</source>
        <translation>Scorul de anomalie, de la 0 la 1</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Scor</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Ce</translation>
    </message>
</context>
<context>
    <name>Gui::CapacityModel</name>
    <message>
        <source>already above the limit</source>
        <translation>deja peste limită</translation>
    </message>
    <message>
        <source>possibly from %1</source>
        <translation>posibil de la %1</translation>
    </message>
    <message numerus="yes">
        <source>no crossing within %n month(s)</source>
        <translation>
            <numerusform>nicio depășire în următoarea %n lună</numerusform>
            <numerusform>nicio depășire în următoarele %n luni</numerusform>
            <numerusform>nicio depășire în următoarele %n de luni</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 p95</source>
        <translation>%1 p95</translation>
    </message>
    <message>
        <source>band reaches it from %1</source>
        <translation>banda o atinge de la %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 or later</source>
        <translation>%1 sau mai târziu</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>The 48-hour forecast of the 5-minute history reaches the limit sooner than the daily peaks suggest (a change within the last days, or a weekly peak): the crossing shown is the forecast&apos;s.</source>
        <translation>Prognoza pe 48 de ore a istoricului la 5 minute atinge limita mai devreme decât arată vârfurile zilnice (o schimbare din ultimele zile sau un vârf săptămânal): depășirea afișată este cea a prognozei.</translation>
    </message>
    <message>
        <source>More replicas do not lower this metric: raise the limit or remove the growth.</source>
        <translation>Mai multe replici nu scad această metrică: ridicați limita sau eliminați creșterea.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Serviciu</translation>
    </message>
    <message>
        <source>Planned for each day&apos;s 95th percentile</source>
        <translation>Planificat pentru percentila 95 a fiecărei zile</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrică</translation>
    </message>
    <message>
        <source>The service&apos;s &apos;degraded&apos; limit for this metric</source>
        <translation>Limita „degradat” a serviciului pentru această metrică</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limită</translation>
    </message>
    <message>
        <source>The 95th percentile of the last 24 hours</source>
        <translation>Percentila 95 a ultimelor 24 de ore</translation>
    </message>
    <message>
        <source>Peak now</source>
        <translation>Vârf acum</translation>
    </message>
    <message>
        <source>Growth of the daily peak per 30 days</source>
        <translation>Creșterea vârfului zilnic la 30 de zile</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Creștere</translation>
    </message>
    <message>
        <source>When the projected peak reaches the limit</source>
        <translation>Când vârful proiectat atinge limita</translation>
    </message>
    <message>
        <source>Crosses limit</source>
        <translation>Depășește limita</translation>
    </message>
    <message>
        <source>95% interval of the crossing</source>
        <translation>Intervalul de 95% al depășirii</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Interval</translation>
    </message>
    <message>
        <source>Replicas now</source>
        <translation>Replici acum</translation>
    </message>
    <message>
        <source>Replicas that keep the band&apos;s upper edge under the limit at the crossing</source>
        <translation>Replicile care țin marginea de sus a benzii sub limită la depășire</translation>
    </message>
    <message>
        <source>Replicas needed</source>
        <translation>Replici necesare</translation>
    </message>
</context>
<context>
    <name>Gui::Charts::ChartOverlay</name>
    <message>
        <source>Anomaly score %1 at %2: %3</source>
        <translation>Scor de anomalie %1 la %2: %3</translation>
    </message>
</context>
<context>
    <name>Gui::Charts::TimeSeriesChart</name>
    <message>
        <source>no data in this range</source>
        <translation>nu există date în acest interval</translation>
    </message>
    <message>
        <source>Anomaly score %1</source>
        <translation>Scor de anomalie %1</translation>
    </message>
</context>
<context>
    <name>Gui::CostModel</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Project total</source>
        <translation>Totalul proiectului</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Serviciu</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>Replici</translation>
    </message>
    <message>
        <source>Spent since the first of the month (UTC)</source>
        <translation>Cheltuit de la începutul lunii (UTC)</translation>
    </message>
    <message>
        <source>Month to date</source>
        <translation>Luna până acum</translation>
    </message>
    <message>
        <source>Forecast cost of the next 7 days</source>
        <translation>Costul prognozat pentru următoarele 7 zile</translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation>Următoarele 7 zile</translation>
    </message>
    <message>
        <source>95% band of the next 7 days&apos; cost</source>
        <translation>Banda de 95% a costului pe următoarele 7 zile</translation>
    </message>
    <message>
        <source>7-day band</source>
        <translation>Banda pe 7 zile</translation>
    </message>
    <message>
        <source>Month to date plus the forecast to the end of the month</source>
        <translation>Luna până acum plus prognoza până la sfârșitul lunii</translation>
    </message>
    <message>
        <source>Month end</source>
        <translation>Sfârșitul lunii</translation>
    </message>
    <message>
        <source>95% band of the month-end cost</source>
        <translation>Banda de 95% a costului la sfârșitul lunii</translation>
    </message>
    <message>
        <source>Month-end band</source>
        <translation>Banda la sfârșitul lunii</translation>
    </message>
</context>
<context>
    <name>Gui::EmptyWorkspacePage</name>
    <message>
        <source>This workspace has no services yet</source>
        <translation>Acest spațiu de lucru nu are încă servicii</translation>
    </message>
    <message>
        <source>Add a source (the Prometheus that holds your metrics), a project, and the services it runs. Tokens and passwords go to the system keychain, never to Straja&apos;s files.</source>
        <translation>Adăugați o sursă (serverul Prometheus care vă păstrează metricile), un proiect și serviciile lui. Tokenurile și parolele ajung în portcheiul sistemului, niciodată în fișierele Straja.</translation>
    </message>
    <message>
        <source>&amp;Edit workspace…</source>
        <translation>&amp;Editează spațiul de lucru…</translation>
    </message>
    <message>
        <source>Back to the &amp;demo</source>
        <translation>Înapoi la &amp;demo</translation>
    </message>
</context>
<context>
    <name>Gui::ForecastModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>fără limită</translation>
    </message>
    <message>
        <source>band: %1 from %2</source>
        <translation>banda: %1 de la %2</translation>
    </message>
    <message>
        <source>stays under %1</source>
        <translation>rămâne sub %1</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Serviciu</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrică</translation>
    </message>
    <message>
        <source>The newest 5-minute value</source>
        <translation>Cea mai nouă valoare la 5 minute</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Acum</translation>
    </message>
    <message>
        <source>The highest point of the forecast for the next 48 hours</source>
        <translation>Punctul cel mai înalt al prognozei pentru următoarele 48 de ore</translation>
    </message>
    <message>
        <source>Peak, next 48 h</source>
        <translation>Vârf, următoarele 48 h</translation>
    </message>
    <message>
        <source>The 95% prediction interval at that peak</source>
        <translation>Intervalul de predicție de 95% la acel vârf</translation>
    </message>
    <message>
        <source>95% band</source>
        <translation>Banda de 95%</translation>
    </message>
    <message>
        <source>When the forecast reaches the service&apos;s limit for this metric</source>
        <translation>Când prognoza atinge limita serviciului pentru această metrică</translation>
    </message>
    <message>
        <source>Reaches limit</source>
        <translation>Atinge limita</translation>
    </message>
    <message>
        <source>Mean absolute scaled error in backtests: below 1 beats repeating the last cycle</source>
        <translation>Eroarea absolută medie scalată în testele retrospective: sub 1 e mai bună decât repetarea ultimului ciclu</translation>
    </message>
    <message>
        <source>MASE</source>
        <translation>MASE</translation>
    </message>
    <message>
        <source>Symmetric mean absolute percentage error in backtests</source>
        <translation>Eroarea procentuală absolută medie simetrică în testele retrospective</translation>
    </message>
    <message>
        <source>sMAPE</source>
        <translation>sMAPE</translation>
    </message>
    <message>
        <source>Share of actual values that fell inside the 95% band in backtests</source>
        <translation>Proporția valorilor reale care au căzut în banda de 95% în testele retrospective</translation>
    </message>
    <message>
        <source>In band</source>
        <translation>În bandă</translation>
    </message>
    <message>
        <source>How much to trust this forecast, from its backtests</source>
        <translation>Cât vă puteți baza pe această prognoză, după testele retrospective</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Încredere</translation>
    </message>
</context>
<context>
    <name>Gui::ItemDialog</name>
    <message>
        <source>The id cannot change: history, references and stored credentials use it.</source>
        <translation>Identificatorul nu se poate schimba: istoricul, referințele și datele de autentificare stocate îl folosesc.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nume:</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Identificator:</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Introduceți un nume.</translation>
    </message>
    <message>
        <source>The id may use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>Identificatorul poate avea între 1 și 64 de litere, cifre, „.”, „_” sau „-” și începe cu o literă sau o cifră.</translation>
    </message>
    <message>
        <source>The id &apos;%1&apos; is already used.</source>
        <translation>Identificatorul „%1” este deja folosit.</translation>
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
    <message>
        <source>Keychain: %1</source>
        <translation>Portchei: %1</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>&amp;Spațiu de lucru</translation>
    </message>
    <message>
        <source>&amp;Edit workspace…</source>
        <translation>&amp;Editează spațiul de lucru…</translation>
    </message>
    <message>
        <source>&amp;Import workspace…</source>
        <translation>&amp;Importă spațiul de lucru…</translation>
    </message>
    <message>
        <source>E&amp;xport workspace…</source>
        <translation>E&amp;xportă spațiul de lucru…</translation>
    </message>
    <message>
        <source>&amp;New empty workspace…</source>
        <translation>Spațiu de lucru &amp;nou, gol…</translation>
    </message>
    <message>
        <source>Back to the &amp;demo…</source>
        <translation>Înapoi la &amp;demo…</translation>
    </message>
    <message>
        <source>&amp;Predictions of this project</source>
        <translation>&amp;Predicțiile acestui proiect</translation>
    </message>
    <message>
        <source>Show or hide the &amp;forecast on the charts</source>
        <translation>Arată sau ascunde &amp;prognoza pe grafice</translation>
    </message>
    <message>
        <source>%1: predictions</source>
        <translation>%1: predicții</translation>
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
    <message numerus="yes">
        <source>%n with an anomaly</source>
        <translation>
            <numerusform>%n cu o anomalie</numerusform>
            <numerusform>%n cu anomalii</numerusform>
            <numerusform>%n cu anomalii</numerusform>
        </translation>
    </message>
    <message>
        <source>anomaly: %1</source>
        <translation>anomalie: %1</translation>
    </message>
    <message>
        <source>forecast: %1</source>
        <translation>prognoză: %1</translation>
    </message>
    <message>
        <source>Anomaly: %1</source>
        <translation>Anomalie: %1</translation>
    </message>
    <message>
        <source>Forecast: %1</source>
        <translation>Prognoză: %1</translation>
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
    <message>
        <source>Open &amp;charts</source>
        <translation>Deschide &amp;graficele</translation>
    </message>
    <message>
        <source>Open &amp;predictions</source>
        <translation>Deschide &amp;predicțiile</translation>
    </message>
</context>
<context>
    <name>Gui::PredictionsView</name>
    <message>
        <source>Predictions are not available from this engine.</source>
        <translation>Acest motor nu oferă predicții.</translation>
    </message>
    <message>
        <source>How much to trust it: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Câtă încredere merită: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Computing forecasts, capacity and cost from the stored history…</source>
        <translation>Se calculează prognozele, capacitatea și costul din istoricul stocat…</translation>
    </message>
    <message>
        <source>No predictions yet.</source>
        <translation>Încă nu există predicții.</translation>
    </message>
    <message>
        <source>Some sources could not be asked, so part of it is stored data only: %1</source>
        <translation>Unele surse nu au putut fi interogate, așa că o parte provine doar din datele stocate: %1</translation>
    </message>
    <message>
        <source>%1 — predictions</source>
        <translation>%1 — predicții</translation>
    </message>
    <message>
        <source>&amp;Recompute</source>
        <translation>&amp;Recalculează</translation>
    </message>
    <message>
        <source>Compute the predictions again from the newest history</source>
        <translation>Calculează din nou predicțiile din cel mai nou istoric</translation>
    </message>
    <message>
        <source>Project &amp;charts</source>
        <translation>&amp;Graficele proiectului</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <source>The next 48 hours with 95% bands. Beside each forecast: how it did on the series&apos; own history. Select a row to see it drawn.</source>
        <translation>Următoarele 48 de ore, cu benzi de 95%. Lângă fiecare prognoză: cum s-a descurcat pe istoricul propriu al seriei. Selectați un rând pentru a o vedea desenată.</translation>
    </message>
    <message>
        <source>Forecasts</source>
        <translation>Prognoze</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacitate</translation>
    </message>
    <message>
        <source>Cost forecast</source>
        <translation>Prognoza costului</translation>
    </message>
    <message>
        <source>Anomalies (%1)</source>
        <translation>Anomalii (%1)</translation>
    </message>
    <message>
        <source>Cost = replica-hours × %1 per replica-hour, a default price until each provider&apos;s price list is set up. Bands are 95% intervals; the total is the sum of the services.</source>
        <translation>Cost = ore-replică × %1 pe oră-replică, un preț implicit până când se configurează lista de prețuri a fiecărui furnizor. Benzile sunt intervale de 95%; totalul este suma serviciilor.</translation>
    </message>
    <message>
        <source>Computed from the 5-minute history (days: %1) and the hourly history (days: %2) up to %3, in %4 s.</source>
        <translation>Calculat din istoricul la 5 minute (zile: %1) și din cel orar (zile: %2), până la %3, în %4 s.</translation>
    </message>
</context>
<context>
    <name>Gui::ProjectDialog</name>
    <message>
        <source>Add project</source>
        <translation>Adaugă proiect</translation>
    </message>
    <message>
        <source>Edit project</source>
        <translation>Editează proiectul</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descriere:</translation>
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
    <message>
        <source>Computing the forecast…</source>
        <translation>Se calculează prognoza…</translation>
    </message>
    <message>
        <source>Show &amp;forecast</source>
        <translation>Arată &amp;prognoza</translation>
    </message>
    <message>
        <source>Continue every chart with its forecast and 95% band, and mark anomalies (Ctrl+Shift+F)</source>
        <translation>Continuă fiecare grafic cu prognoza și banda ei de 95% și marchează anomaliile (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>&amp;Predictions</source>
        <translation>&amp;Predicții</translation>
    </message>
    <message>
        <source>Forecasts, capacity, cost and anomalies of the whole project (Ctrl+Shift+P)</source>
        <translation>Prognoze, capacitate, cost și anomalii pentru întregul proiect (Ctrl+Shift+P)</translation>
    </message>
</context>
<context>
    <name>Gui::ServiceDialog</name>
    <message>
        <source>Add service</source>
        <translation>Adaugă serviciu</translation>
    </message>
    <message>
        <source>Edit service</source>
        <translation>Editează serviciul</translation>
    </message>
    <message>
        <source>e.g. eu-west-1, us-east-1</source>
        <translation>de ex. eu-west-1, us-east-1</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Proiect:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>Metrics &amp;source:</source>
        <translation>&amp;Sursa metricilor:</translation>
    </message>
    <message>
        <source>Pro&amp;vider (runs actions):</source>
        <translation>&amp;Furnizor (execută acțiunile):</translation>
    </message>
    <message>
        <source>Re&amp;gions:</source>
        <translation>Re&amp;giuni:</translation>
    </message>
    <message>
        <source>Mi&amp;nimum replicas:</source>
        <translation>Replici mi&amp;nime:</translation>
    </message>
    <message>
        <source>Ma&amp;ximum replicas:</source>
        <translation>Replici ma&amp;xime:</translation>
    </message>
    <message>
        <source>Health limits</source>
        <translation>Praguri de sănătate</translation>
    </message>
    <message>
        <source>Add a project first: every service belongs to one.</source>
        <translation>Adăugați mai întâi un proiect: fiecare serviciu aparține unuia.</translation>
    </message>
    <message>
        <source>Add a source first: it is where the service&apos;s metrics come from.</source>
        <translation>Adăugați mai întâi o sursă: de acolo vin metricile serviciului.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a region name: use letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>„%1” nu este un nume de regiune: folosiți litere, cifre, „.”, „_” sau „-”.</translation>
    </message>
    <message>
        <source>The maximum number of replicas must not be below the minimum.</source>
        <translation>Numărul maxim de replici nu poate fi sub cel minim.</translation>
    </message>
    <message>
        <source>%1: the degraded limit must not be above the down limit.</source>
        <translation>%1: pragul de degradare nu poate fi peste pragul de cădere.</translation>
    </message>
</context>
<context>
    <name>Gui::SourceDialog</name>
    <message>
        <source>Add source</source>
        <translation>Adaugă sursă</translation>
    </message>
    <message>
        <source>Edit source</source>
        <translation>Editează sursa</translation>
    </message>
    <message>
        <source>The demo fleet is simulated inside Straja: it has no address and needs no credentials.</source>
        <translation>Flota demo este simulată în Straja: nu are adresă și nu are nevoie de date de autentificare.</translation>
    </message>
    <message>
        <source>Stored in the keychain; type a new one to replace it</source>
        <translation>Păstrat în portchei; tastați unul nou pentru a-l înlocui</translation>
    </message>
    <message>
        <source>Goes to the system keychain</source>
        <translation>Ajunge în portcheiul sistemului</translation>
    </message>
    <message>
        <source>Reading from the keychain…</source>
        <translation>Se citește din portchei…</translation>
    </message>
    <message>
        <source>Could not read the keychain</source>
        <translation>Portcheiul nu a putut fi citit</translation>
    </message>
    <message>
        <source>Optional: a PEM file with an extra certificate authority to trust</source>
        <translation>Opțional: un fișier PEM cu o autoritate de certificare suplimentară de încredere</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Răsfoiește…</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Certificat CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificate (*.pem *.crt);;Toate fișierele (*)</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tip:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresă:</translation>
    </message>
    <message>
        <source>A&amp;uthentication:</source>
        <translation>A&amp;utentificare:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nume de &amp;utilizator:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Parolă:</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>&amp;Certificat CA:</translation>
    </message>
    <message>
        <source>Tokens and passwords are kept in the system keychain, never in the workspace, its exports or Straja&apos;s files.</source>
        <translation>Tokenurile și parolele sunt păstrate în portcheiul sistemului, niciodată în spațiul de lucru, în exporturile lui sau în fișierele Straja.</translation>
    </message>
    <message>
        <source>Enter the address, starting with http:// or https://.</source>
        <translation>Introduceți adresa, începând cu http:// sau https://.</translation>
    </message>
    <message>
        <source>Enter the token.</source>
        <translation>Introduceți tokenul.</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>Introduceți numele de utilizator.</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>Introduceți parola.</translation>
    </message>
    <message>
        <source>The CA certificate needs a full path, like /etc/ssl/my-ca.pem.</source>
        <translation>Certificatul CA are nevoie de o cale completă, de exemplu /etc/ssl/my-ca.pem.</translation>
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
    <name>Gui::ThresholdsEditor</name>
    <message>
        <source>Metric</source>
        <translation>Metrică</translation>
    </message>
    <message>
        <source>Degraded at</source>
        <translation>Degradat de la</translation>
    </message>
    <message>
        <source>Down at</source>
        <translation>Căzut de la</translation>
    </message>
    <message>
        <source>off</source>
        <translation>oprit</translation>
    </message>
    <message>
        <source>Stale when the newest sample is older than</source>
        <translation>Învechit când cea mai nouă valoare e mai veche de</translation>
    </message>
    <message>
        <source>s</source>
        <comment>seconds</comment>
        <translation>s</translation>
    </message>
    <message>
        <source>&quot;off&quot; (the lowest value) disables a limit. Limits that match the defaults follow them if a later version of Straja changes a default.</source>
        <translation>„oprit” (cea mai mică valoare) dezactivează un prag. Pragurile egale cu cele implicite le urmează dacă o versiune ulterioară Straja schimbă o valoare implicită.</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Revino la valorile implicite</translation>
    </message>
    <message>
        <source>degraded must not be above down</source>
        <translation>degradarea nu poate fi peste cădere</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modificat</translation>
    </message>
</context>
<context>
    <name>Gui::WorkspaceController</name>
    <message>
        <source>Workspace saved.</source>
        <translation>Spațiul de lucru a fost salvat.</translation>
    </message>
    <message>
        <source>Workspace not changed</source>
        <translation>Spațiul de lucru nu a fost schimbat</translation>
    </message>
    <message>
        <source>Export workspace</source>
        <translation>Exportă spațiul de lucru</translation>
    </message>
    <message>
        <source>Straja workspace (*.json);;All files (*)</source>
        <translation>Spațiu de lucru Straja (*.json);;Toate fișierele (*)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exportul a eșuat</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nu se poate scrie %1: %2</translation>
    </message>
    <message>
        <source>Workspace exported to %1 (without credentials).</source>
        <translation>Spațiul de lucru a fost exportat în %1 (fără date de autentificare).</translation>
    </message>
    <message>
        <source>Import workspace</source>
        <translation>Importă spațiul de lucru</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Importul a eșuat</translation>
    </message>
    <message>
        <source>%1 was not imported: nothing changed.</source>
        <translation>%1 nu a fost importat: nu s-a schimbat nimic.</translation>
    </message>
    <message>
        <source>Replace the workspace %1 with %2 from %3? Services that are not in the imported workspace lose their cached history. Credentials stay in the keychain.</source>
        <translation>Înlocuiți spațiul de lucru %1 cu %2 din %3? Serviciile care nu sunt în spațiul de lucru importat își pierd istoricul din memoria locală. Datele de autentificare rămân în portchei.</translation>
    </message>
    <message>
        <source>Replace workspace</source>
        <translation>Înlocuiește spațiul de lucru</translation>
    </message>
    <message>
        <source>Workspace %1 imported.</source>
        <translation>Spațiul de lucru %1 a fost importat.</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Date de autentificare</translation>
    </message>
    <message>
        <source>Workspace files carry no credentials. If the keychain does not hold them yet, enter them under Workspace › Edit workspace for: %1.</source>
        <translation>Fișierele de spațiu de lucru nu conțin date de autentificare. Dacă portcheiul nu le are încă, introduceți-le la Spațiu de lucru › Editează spațiul de lucru pentru: %1.</translation>
    </message>
    <message>
        <source>Start a new, empty workspace? The workspace %1 and the cached history of its services are removed from this computer. Export it first if you want to keep it.</source>
        <translation>Începeți un spațiu de lucru nou, gol? Spațiul de lucru %1 și istoricul serviciilor lui sunt șterse de pe acest calculator. Exportați-l mai întâi dacă vreți să-l păstrați.</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Spațiu de lucru nou</translation>
    </message>
    <message>
        <source>Start empty workspace</source>
        <translation>Începe spațiul de lucru gol</translation>
    </message>
    <message>
        <source>My workspace</source>
        <translation>Spațiul meu de lucru</translation>
    </message>
    <message>
        <source>New workspace started. Add a source, then projects and services.</source>
        <translation>S-a început un spațiu de lucru nou. Adăugați o sursă, apoi proiecte și servicii.</translation>
    </message>
    <message>
        <source>Replace the workspace %1 with the demo fleet? Its services and their cached history are removed from this computer; credentials stay in the keychain. Export it first if you want to keep it.</source>
        <translation>Înlocuiți spațiul de lucru %1 cu flota demo? Serviciile lui și istoricul lor sunt șterse de pe acest calculator; datele de autentificare rămân în portchei. Exportați-l mai întâi dacă vreți să-l păstrați.</translation>
    </message>
    <message>
        <source>Back to the demo</source>
        <translation>Înapoi la demo</translation>
    </message>
    <message>
        <source>Switch to the demo</source>
        <translation>Treci la demo</translation>
    </message>
    <message>
        <source>Back on the demo fleet.</source>
        <translation>Din nou pe flota demo.</translation>
    </message>
</context>
<context>
    <name>Gui::WorkspaceEditor</name>
    <message>
        <source>Edit workspace</source>
        <translation>Editează spațiul de lucru</translation>
    </message>
    <message>
        <source>Workspace &amp;name:</source>
        <translation>&amp;Numele spațiului de lucru:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identificator</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sursă</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>Replici</translation>
    </message>
    <message>
        <source>Health limits</source>
        <translation>Praguri de sănătate</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresă</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autentificare</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicii</translation>
    </message>
    <message>
        <source>Add &amp;project…</source>
        <translation>Adaugă &amp;proiect…</translation>
    </message>
    <message>
        <source>Add &amp;service…</source>
        <translation>Adaugă &amp;serviciu…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editează…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>Ște&amp;rge…</translation>
    </message>
    <message>
        <source>Add s&amp;ource…</source>
        <translation>Adaugă s&amp;ursă…</translation>
    </message>
    <message>
        <source>Projects and services</source>
        <translation>Proiecte și servicii</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Surse</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvează</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <source>Start with a source: where the metrics come from. Then add a project and its services.</source>
        <translation>Începeți cu o sursă: de acolo vin metricile. Apoi adăugați un proiect și serviciile lui.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 până la %2</translation>
    </message>
    <message>
        <source>defaults</source>
        <translation>implicite</translation>
    </message>
    <message numerus="yes">
        <source>%n limit(s) changed</source>
        <translation>
            <numerusform>%n prag modificat</numerusform>
            <numerusform>%n praguri modificate</numerusform>
            <numerusform>%n de praguri modificate</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the project &apos;%1&apos;? It has no services.</source>
        <translation>Ștergeți proiectul „%1”? Nu are servicii.</translation>
    </message>
    <message numerus="yes">
        <source>Remove the project &apos;%1&apos; and its %n service(s) (%2)? Their cached history is deleted when you save.</source>
        <translation>
            <numerusform>Ștergeți proiectul „%1” și %n serviciu al lui (%2)? Istoricul lui din memoria locală se șterge la salvare.</numerusform>
            <numerusform>Ștergeți proiectul „%1” și cele %n servicii ale lui (%2)? Istoricul lor din memoria locală se șterge la salvare.</numerusform>
            <numerusform>Ștergeți proiectul „%1” și cele %n de servicii ale lui (%2)? Istoricul lor din memoria locală se șterge la salvare.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove project</source>
        <translation>Ștergere proiect</translation>
    </message>
    <message>
        <source>Remove project and services</source>
        <translation>Șterge proiectul și serviciile</translation>
    </message>
    <message>
        <source>Remove the service &apos;%1&apos; from &apos;%2&apos;? Its cached history is deleted when you save.</source>
        <translation>Ștergeți serviciul „%1” din „%2”? Istoricul lui din memoria locală se șterge la salvare.</translation>
    </message>
    <message>
        <source>Remove service</source>
        <translation>Șterge serviciul</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>Șterge sursa</translation>
    </message>
    <message numerus="yes">
        <source>The source &apos;%1&apos; feeds %n service(s) (%2). Give them another source, or remove them, first.</source>
        <translation>
            <numerusform>Sursa „%1” alimentează %n serviciu (%2). Dați-i mai întâi altă sursă sau ștergeți-l.</numerusform>
            <numerusform>Sursa „%1” alimentează %n servicii (%2). Dați-le mai întâi altă sursă sau ștergeți-le.</numerusform>
            <numerusform>Sursa „%1” alimentează %n de servicii (%2). Dați-le mai întâi altă sursă sau ștergeți-le.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the source &apos;%1&apos;?</source>
        <translation>Ștergeți sursa „%1”?</translation>
    </message>
    <message>
        <source>Remove the source &apos;%1&apos;? Its credentials are deleted from the keychain when you save.</source>
        <translation>Ștergeți sursa „%1”? Datele ei de autentificare se șterg din portchei la salvare.</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Renunță la modificări</translation>
    </message>
    <message>
        <source>Discard your changes to the workspace?</source>
        <translation>Renunțați la modificările spațiului de lucru?</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nesalvat: %1</translation>
    </message>
    <message>
        <source>Workspace not saved</source>
        <translation>Spațiul de lucru nu a fost salvat</translation>
    </message>
    <message numerus="yes">
        <source>The workspace has %n problem(s) to fix before it can be saved.</source>
        <translation>
            <numerusform>Spațiul de lucru are %n problemă de rezolvat înainte de a putea fi salvat.</numerusform>
            <numerusform>Spațiul de lucru are %n probleme de rezolvat înainte de a putea fi salvat.</numerusform>
            <numerusform>Spațiul de lucru are %n de probleme de rezolvat înainte de a putea fi salvat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving the workspace…</source>
        <translation>Se salvează spațiul de lucru…</translation>
    </message>
    <message>
        <source>Saving credentials to the keychain…</source>
        <translation>Se salvează datele de autentificare în portchei…</translation>
    </message>
    <message>
        <source>Not saved: Straja&apos;s keychain access is gone.</source>
        <translation>Nesalvat: Straja nu mai are acces la portchei.</translation>
    </message>
    <message>
        <source>Keychain not available</source>
        <translation>Portcheiul nu este disponibil</translation>
    </message>
    <message>
        <source>The system keychain cannot store this secret:

%1

Straja never writes secrets to its own files. It can keep the secret in memory until you quit, and you would enter it again next time.</source>
        <translation>Portcheiul sistemului nu poate păstra acest secret:

%1

Straja nu scrie niciodată secrete în propriile fișiere. Poate păstra secretul în memorie până închideți aplicația, iar data viitoare îl veți introduce din nou.</translation>
    </message>
    <message>
        <source>Keep for this session only</source>
        <translation>Păstrează doar pentru această sesiune</translation>
    </message>
    <message>
        <source>Not saved: the keychain is not available.</source>
        <translation>Nesalvat: portcheiul nu este disponibil.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvat.</translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) are kept in memory for this session only: enter them again after restarting Straja.</source>
        <translation>
            <numerusform>%n secret este păstrat în memorie doar pentru această sesiune: introduceți-l din nou după repornirea Straja.</numerusform>
            <numerusform>%n secrete sunt păstrate în memorie doar pentru această sesiune: introduceți-le din nou după repornirea Straja.</numerusform>
            <numerusform>%n de secrete sunt păstrate în memorie doar pentru această sesiune: introduceți-le din nou după repornirea Straja.</numerusform>
        </translation>
    </message>
    <message>
        <source>Old credentials that are no longer used could not be removed from the keychain.</source>
        <translation>Datele de autentificare vechi, care nu mai sunt folosite, nu au putut fi șterse din portchei.</translation>
    </message>
    <message>
        <source>Workspace saved</source>
        <translation>Spațiul de lucru a fost salvat</translation>
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
    <name>MessageBox</name>
    <message>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Închide</translation>
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
    <name>Model</name>
    <message>
        <source>Demo fleet (simulated)</source>
        <translation>Flotă demo (simulată)</translation>
    </message>
    <message>
        <source>Prometheus</source>
        <translation>Prometheus</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Fără</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Token de tip bearer</translation>
    </message>
    <message>
        <source>User name and password</source>
        <translation>Nume de utilizator și parolă</translation>
    </message>
</context>
<context>
    <name>Predictions</name>
    <message>
        <source>High: plan with it</source>
        <translation>Mare: planificați cu ea</translation>
    </message>
    <message>
        <source>Medium: a rough guide</source>
        <translation>Medie: un reper aproximativ</translation>
    </message>
    <message>
        <source>Low: trust the band, not the line</source>
        <translation>Mică: bazați-vă pe bandă, nu pe linie</translation>
    </message>
    <message>
        <source>Unchecked: too little history</source>
        <translation>Neverificată: istoric prea scurt</translation>
    </message>
    <message>
        <source>Not enough history yet to check this forecast against what happened.</source>
        <translation>Încă nu există destul istoric pentru a verifica această prognoză față de ce s-a întâmplat.</translation>
    </message>
    <message numerus="yes">
        <source>Checked on this series&apos; own history (%n backtest(s)): MASE %1</source>
        <translation>
            <numerusform>Verificată pe istoricul propriu al seriei (%n test retrospectiv): MASE %1</numerusform>
            <numerusform>Verificată pe istoricul propriu al seriei (%n teste retrospective): MASE %1</numerusform>
            <numerusform>Verificată pe istoricul propriu al seriei (%n de teste retrospective): MASE %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(repeating the last cycle: %1)</source>
        <translation>(repetarea ultimului ciclu: %1)</translation>
    </message>
    <message>
        <source>sMAPE %1%</source>
        <translation>sMAPE %1%</translation>
    </message>
    <message>
        <source>%1% of actual values inside the 95% band</source>
        <translation>%1% din valorile reale în banda de 95%</translation>
    </message>
    <message>
        <source>%1 %2× its usual at this hour</source>
        <translation>%1 de %2× valoarea obișnuită la această oră</translation>
    </message>
    <message>
        <source>%1 at %2% of its usual at this hour</source>
        <translation>%1 la %2% din valoarea obișnuită la această oră</translation>
    </message>
    <message>
        <source>%1 above its usual band at this hour</source>
        <translation>%1 peste banda obișnuită la această oră</translation>
    </message>
    <message>
        <source>%1 below its usual band at this hour</source>
        <translation>%1 sub banda obișnuită la această oră</translation>
    </message>
    <message>
        <source>%1 behaves unusually</source>
        <translation>%1 se comportă neobișnuit</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 la %2</translation>
    </message>
    <message>
        <source>expected %1 (95% band %2–%3)</source>
        <translation>așteptat %1 (banda de 95% %2–%3)</translation>
    </message>
    <message>
        <source>anomaly score %1</source>
        <translation>scor de anomalie %1</translation>
    </message>
    <message>
        <source>unusual from %1 to %2</source>
        <translation>neobișnuit între %1 și %2</translation>
    </message>
    <message>
        <source>%1 may reach %2 from %3 on (the upper edge of the 95% band)</source>
        <translation>%1 poate atinge %2 de la %3 (marginea de sus a benzii de 95%)</translation>
    </message>
    <message>
        <source>%1 reaches %2 around %3</source>
        <translation>%1 atinge %2 pe la %3</translation>
    </message>
    <message>
        <source>(between %1 and %2)</source>
        <translation>(între %1 și %2)</translation>
    </message>
    <message>
        <source>(from %1 on)</source>
        <translation>(de la %1)</translation>
    </message>
    <message>
        <source>%1 points/month</source>
        <translation>%1 puncte/lună</translation>
    </message>
    <message>
        <source>%1/month</source>
        <translation>%1/lună</translation>
    </message>
    <message>
        <source>%1 is already above %2 (%3).</source>
        <translation>%1 este deja peste %2 (%3).</translation>
    </message>
    <message>
        <source>%1 crosses %2 around %3 at %4.</source>
        <translation>%1 depășește %2 în jurul datei de %3, la %4.</translation>
    </message>
    <message numerus="yes">
        <source>%1 stays under %2 for the next %n day(s) (%3).</source>
        <translation>
            <numerusform>%1 rămâne sub %2 în următoarea %n zi (%3).</numerusform>
            <numerusform>%1 rămâne sub %2 în următoarele %n zile (%3).</numerusform>
            <numerusform>%1 rămâne sub %2 în următoarele %n de zile (%3).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>Straja is shutting down; credentials are no longer available.</source>
        <translation>Straja se închide; datele de autentificare nu mai sunt disponibile.</translation>
    </message>
    <message>
        <source>(The keychain said: %1)</source>
        <translation>(Portcheiul a răspuns: %1)</translation>
    </message>
    <message>
        <source>The keyring is locked. Unlock it (logging in to the desktop usually does) and try again.</source>
        <translation>Inelul de chei este blocat. Deblocați-l (de obicei o face autentificarea în sesiunea grafică) și încercați din nou.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused.</source>
        <translation>Accesul la portchei a fost refuzat.</translation>
    </message>
    <message>
        <source>The keychain refused access.</source>
        <translation>Portcheiul a refuzat accesul.</translation>
    </message>
    <message>
        <source>No keychain is available on this system. Install and start a Secret Service such as GNOME Keyring or KeePassXC.</source>
        <translation>Niciun portchei nu este disponibil pe acest sistem. Instalați și porniți un Secret Service, de exemplu GNOME Keyring sau KeePassXC.</translation>
    </message>
    <message>
        <source>There is no D-Bus session bus, so the keychain cannot be reached. Start Straja from a desktop session.</source>
        <translation>Nu există o magistrală D-Bus de sesiune, deci portcheiul nu poate fi accesat. Porniți Straja dintr-o sesiune grafică.</translation>
    </message>
    <message>
        <source>No Secret Service is running (no program provides org.freedesktop.secrets). Install and start GNOME Keyring, or KeePassXC with its Secret Service integration.</source>
        <translation>Nu rulează niciun Secret Service (niciun program nu oferă org.freedesktop.secrets). Instalați și porniți GNOME Keyring sau KeePassXC cu integrarea Secret Service.</translation>
    </message>
    <message>
        <source>The Secret Service has no usable keyring: it could not ask for the password to create or unlock one. Create or unlock your login keyring from the desktop and try again.</source>
        <translation>Secret Service nu are un inel de chei utilizabil: nu a putut cere parola pentru a crea sau a debloca unul. Creați sau deblocați inelul de chei de autentificare din sesiunea grafică și încercați din nou.</translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>Portcheiul a raportat o eroare.</translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s). It may be waiting for a password prompt that cannot be shown.</source>
        <translation>
            <numerusform>Portcheiul nu a răspuns în %n secundă. Poate așteaptă o cerere de parolă care nu poate fi afișată.</numerusform>
            <numerusform>Portcheiul nu a răspuns în %n secunde. Poate așteaptă o cerere de parolă care nu poate fi afișată.</numerusform>
            <numerusform>Portcheiul nu a răspuns în %n de secunde. Poate așteaptă o cerere de parolă care nu poate fi afișată.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The keychain has left an earlier request unanswered for more than %n second(s); Straja asks again once it answers.</source>
        <translation>
            <numerusform>Portcheiul a lăsat o cerere anterioară fără răspuns mai mult de %n secundă; Straja întreabă din nou după ce răspunde.</numerusform>
            <numerusform>Portcheiul a lăsat o cerere anterioară fără răspuns mai mult de %n secunde; Straja întreabă din nou după ce răspunde.</numerusform>
            <numerusform>Portcheiul a lăsat o cerere anterioară fără răspuns mai mult de %n de secunde; Straja întreabă din nou după ce răspunde.</numerusform>
        </translation>
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
    <message>
        <source>The local store is not open.</source>
        <translation>Stocarea locală nu este deschisă.</translation>
    </message>
</context>
<context>
    <name>WorkspaceCheck</name>
    <message>
        <source>must not be empty</source>
        <translation>nu poate fi gol</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid id: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>„%1” nu este un identificator valid: folosiți între 1 și 64 de litere, cifre, „.”, „_” sau „-”, începând cu o literă sau o cifră</translation>
    </message>
    <message>
        <source>duplicate id &apos;%1&apos; (also at %2)</source>
        <translation>identificator duplicat „%1” (există și la %2)</translation>
    </message>
    <message>
        <source>must be a number of 0 or more, got %1</source>
        <translation>trebuie să fie un număr mai mare sau egal cu 0, s-a primit %1</translation>
    </message>
    <message>
        <source>the degraded limit (%1) must not be above the down limit (%2)</source>
        <translation>pragul de degradare (%1) nu poate fi peste pragul de cădere (%2)</translation>
    </message>
    <message>
        <source>must be from %1 to %2 seconds, got %3</source>
        <translation>trebuie să fie între %1 și %2 secunde, s-a primit %3</translation>
    </message>
    <message>
        <source>expected an http:// or https:// address, got &apos;%1&apos;</source>
        <translation>se așteaptă o adresă http:// sau https://, s-a primit „%1”</translation>
    </message>
    <message>
        <source>expected an absolute path, got &apos;%1&apos;</source>
        <translation>se așteaptă o cale absolută, s-a primit „%1”</translation>
    </message>
    <message>
        <source>no project &apos;%1&apos;</source>
        <translation>nu există proiectul „%1”</translation>
    </message>
    <message>
        <source>no source &apos;%1&apos;</source>
        <translation>nu există sursa „%1”</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a region name: use letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>„%1” nu este un nume de regiune: folosiți litere, cifre, „.”, „_” sau „-”</translation>
    </message>
    <message>
        <source>must be from 0 to %1, got %2</source>
        <translation>trebuie să fie între 0 și %1, s-a primit %2</translation>
    </message>
    <message>
        <source>must be from 1 to %1, got %2</source>
        <translation>trebuie să fie între 1 și %1, s-a primit %2</translation>
    </message>
    <message>
        <source>must not be below minReplicas (%1), got %2</source>
        <translation>nu poate fi sub minReplicas (%1), s-a primit %2</translation>
    </message>
</context>
<context>
    <name>WorkspaceController</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Nu se poate citi %1: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (%2, %3)</source>
        <translation>„%1” (%2, %3)</translation>
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
</context>
<context>
    <name>WorkspaceFile</name>
    <message>
        <source>a list</source>
        <translation>o listă</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un obiect</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nimic</translation>
    </message>
    <message>
        <source>missing; expected a text</source>
        <translation>lipsește; se așteaptă un text</translation>
    </message>
    <message>
        <source>expected a text, got %1</source>
        <translation>se așteaptă un text, s-a primit %1</translation>
    </message>
    <message>
        <source>expected a whole number, got %1</source>
        <translation>se așteaptă un număr întreg, s-a primit %1</translation>
    </message>
    <message>
        <source>missing; expected a list</source>
        <translation>lipsește; se așteaptă o listă</translation>
    </message>
    <message>
        <source>expected a list, got %1</source>
        <translation>se așteaptă o listă, s-a primit %1</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation>se așteaptă un obiect, s-a primit %1</translation>
    </message>
    <message>
        <source>credentials are never read from a workspace file; remove it and enter the secret in Straja, which keeps it in the keychain</source>
        <translation>datele de autentificare nu sunt citite niciodată dintr-un fișier de spațiu de lucru; ștergeți-le de acolo și introduceți secretul în Straja, care îl păstrează în portchei</translation>
    </message>
    <message>
        <source>unknown key (expected one of: %1)</source>
        <translation>cheie necunoscută (se așteaptă una dintre: %1)</translation>
    </message>
    <message>
        <source>expected a number, or null for no limit, got %1</source>
        <translation>se așteaptă un număr sau null pentru niciun prag, s-a primit %1</translation>
    </message>
    <message>
        <source>unknown source type &apos;%1&apos; (expected one of: %2)</source>
        <translation>tip de sursă necunoscut „%1” (se așteaptă unul dintre: %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid address: %2</source>
        <translation>„%1” nu este o adresă validă: %2</translation>
    </message>
    <message>
        <source>unknown authentication &apos;%1&apos; (expected one of: none, bearer, basic)</source>
        <translation>autentificare necunoscută „%1” (se așteaptă una dintre: none, bearer, basic)</translation>
    </message>
    <message>
        <source>reserved; write it one level up, as %1</source>
        <translation>rezervat; scrieți-l un nivel mai sus, ca %1</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>linia %1, coloana %2: %3</translation>
    </message>
    <message>
        <source>The workspace file is not valid JSON: %1</source>
        <translation>Fișierul de spațiu de lucru nu este JSON valid: %1</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation>se așteaptă un obiect JSON la nivelul de sus</translation>
    </message>
    <message>
        <source>expected a schema version (a whole number from 1 to %1), got %2</source>
        <translation>se așteaptă o versiune de schemă (un număr întreg între 1 și %1), s-a primit %2</translation>
    </message>
    <message>
        <source>this file was written by a newer Straja (schema %1); this version reads schema %2 and older. Update Straja to import it.</source>
        <translation>acest fișier a fost scris de o versiune Straja mai nouă (schema %1); această versiune citește schema %2 și mai vechi. Actualizați Straja pentru a-l importa.</translation>
    </message>
    <message numerus="yes">
        <source>The workspace file has %n problem(s):</source>
        <translation>
            <numerusform>Fișierul de spațiu de lucru are %n problemă:</numerusform>
            <numerusform>Fișierul de spațiu de lucru are %n probleme:</numerusform>
            <numerusform>Fișierul de spațiu de lucru are %n de probleme:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…și încă %n.</numerusform>
            <numerusform>…și încă %n.</numerusform>
            <numerusform>…și încă %n.</numerusform>
        </translation>
    </message>
</context>
</TS>
