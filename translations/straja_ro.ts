<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro_RO">
<context>
    <name>Actions</name>
    <message>
        <source>Superseded by a newer proposal.</source>
        <translation>Înlocuită de o propunere mai nouă.</translation>
    </message>
    <message>
        <source>auto-approve rule %1</source>
        <translation>regula de aprobare automată %1</translation>
    </message>
    <message>
        <source>Expired without a decision.</source>
        <translation>A expirat fără o decizie.</translation>
    </message>
    <message>
        <source>No longer needed: %1.</source>
        <translation>Nu mai este necesară: %1.</translation>
    </message>
    <message>
        <source>The pattern is no longer observed.</source>
        <translation>Tiparul nu mai este observat.</translation>
    </message>
    <message>
        <source>A forecast-only proposal cannot be approved: turn on predictive scaling for %1 first.</source>
        <translation>O propunere doar de prognoză nu poate fi aprobată: porniți mai întâi scalarea predictivă pentru %1.</translation>
    </message>
    <message>
        <source>Rejected by the operator.</source>
        <translation>Respinsă de operator.</translation>
    </message>
    <message>
        <source>Dry-run mode: the request was not sent.</source>
        <translation>Mod de probă: cererea nu a fost trimisă.</translation>
    </message>
    <message>
        <source>Manual fix, applied by %1.</source>
        <translation>Remediere manuală, aplicată de %1.</translation>
    </message>
    <message>
        <source>The provider could not be read: %1</source>
        <translation>Furnizorul nu a putut fi citit: %1</translation>
    </message>
    <message>
        <source>It did not help; scaled back to %1 replicas.</source>
        <translation>Nu a ajutat; s-a revenit la %1 replici.</translation>
    </message>
    <message>
        <source>It did not help, and scaling back failed: %1</source>
        <translation>Nu a ajutat, iar revenirea a eșuat: %1</translation>
    </message>
    <message>
        <source>The provider refused: %1</source>
        <translation>Furnizorul a refuzat: %1</translation>
    </message>
    <message>
        <source>The provider shows the change (confirmed by reading it back).</source>
        <translation>Furnizorul arată schimbarea (confirmată prin recitire).</translation>
    </message>
    <message numerus="yes">
        <source>The provider did not apply the change after %n attempt(s).</source>
        <translation>
            <numerusform>Furnizorul nu a aplicat schimbarea după %n încercare.</numerusform>
            <numerusform>Furnizorul nu a aplicat schimbarea după %n încercări.</numerusform>
            <numerusform>Furnizorul nu a aplicat schimbarea după %n de încercări.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The service was changed outside Straja meanwhile (%n replica(s) now); nothing was sent.</source>
        <translation>
            <numerusform>Serviciul a fost schimbat între timp în afara Straja (acum %n replică); nu s-a trimis nimic.</numerusform>
            <numerusform>Serviciul a fost schimbat între timp în afara Straja (acum %n replici); nu s-a trimis nimic.</numerusform>
            <numerusform>Serviciul a fost schimbat între timp în afara Straja (acum %n de replici); nu s-a trimis nimic.</numerusform>
        </translation>
    </message>
    <message>
        <source>No source reports %1, so the outcome could not be measured.</source>
        <translation>Nicio sursă nu raportează %1, deci rezultatul nu a putut fi măsurat.</translation>
    </message>
    <message>
        <source>No data arrived for the verification window.</source>
        <translation>Nu au sosit date pentru fereastra de verificare.</translation>
    </message>
    <message>
        <source>It worked.</source>
        <translation>A funcționat.</translation>
    </message>
    <message>
        <source>It did not help.</source>
        <translation>Nu a ajutat.</translation>
    </message>
    <message>
        <source>No traffic data to score the forecast.</source>
        <translation>Nu există date de trafic pentru evaluarea prognozei.</translation>
    </message>
    <message>
        <source>Forecast-only: the forecast was right.</source>
        <translation>Doar prognoză: prognoza a fost corectă.</translation>
    </message>
    <message>
        <source>Forecast-only: the forecast was wrong.</source>
        <translation>Doar prognoză: prognoza a fost greșită.</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Propusă</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobată</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Respinsă</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirată</translation>
    </message>
    <message>
        <source>Executing</source>
        <translation>În execuție</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>În verificare</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Reușită</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Eșuată</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Anulată (revenire)</translation>
    </message>
    <message>
        <source>Dry run (not sent)</source>
        <translation>Probă (netrimisă)</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Scalare</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Repornire</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Revenire la versiunea anterioară</translation>
    </message>
    <message>
        <source>Manual fix</source>
        <translation>Remediere manuală</translation>
    </message>
    <message>
        <source>Target tracking</source>
        <translation>Urmărirea țintei</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognoză</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>Saving or reading actions failed: %1</source>
        <translation>Salvarea sau citirea acțiunilor a eșuat: %1</translation>
    </message>
    <message>
        <source>Action %1 has already moved on; nothing was changed.</source>
        <translation>Acțiunea %1 a trecut deja mai departe; nu s-a schimbat nimic.</translation>
    </message>
    <message>
        <source>An action cannot go from %1 to %2.</source>
        <translation>O acțiune nu poate trece din %1 în %2.</translation>
    </message>
    <message>
        <source>Action %1 is %2, not %3; nothing was changed.</source>
        <translation>Acțiunea %1 este %2, nu %3; nu s-a schimbat nimic.</translation>
    </message>
    <message>
        <source>Only an open proposal can be snoozed.</source>
        <translation>Doar o propunere deschisă poate fi amânată.</translation>
    </message>
    <message>
        <source>There is no action %1.</source>
        <translation>Nu există acțiunea %1.</translation>
    </message>
    <message>
        <source>The audit log cannot be read or written: %1</source>
        <translation>Jurnalul de audit nu poate fi citit sau scris: %1</translation>
    </message>
    <message>
        <source>Record %1 is missing (the log jumps from %2 to %3).</source>
        <translation>Înregistrarea %1 lipsește (jurnalul sare de la %2 la %3).</translation>
    </message>
    <message>
        <source>Record %1 appears out of order.</source>
        <translation>Înregistrarea %1 apare în altă ordine.</translation>
    </message>
    <message>
        <source>Record %1 does not follow the record before it: a record was removed, inserted or reordered there.</source>
        <translation>Înregistrarea %1 nu urmează înregistrarea dinaintea ei: acolo o înregistrare a fost ștearsă, inserată sau mutată.</translation>
    </message>
    <message>
        <source>Record %1 was changed after it was written.</source>
        <translation>Înregistrarea %1 a fost modificată după ce a fost scrisă.</translation>
    </message>
    <message>
        <source>The log ends at record %1, but record %2 had been written: records were removed from the end.</source>
        <translation>Jurnalul se termină la înregistrarea %1, dar fusese scrisă înregistrarea %2: au fost șterse înregistrări de la sfârșit.</translation>
    </message>
    <message>
        <source>The log&apos;s last record does not match the head recorded with it.</source>
        <translation>Ultima înregistrare a jurnalului nu se potrivește cu capătul salvat odată cu ea.</translation>
    </message>
    <message>
        <source>The demo fleet has no service &apos;%1&apos;.</source>
        <translation>Flota demo nu are serviciul „%1”.</translation>
    </message>
    <message>
        <source>The demo fleet applied the change.</source>
        <translation>Flota demo a aplicat schimbarea.</translation>
    </message>
    <message>
        <source>Straja has no executor for the provider &apos;%1&apos;.</source>
        <translation>Straja nu are un executor pentru furnizorul „%1”.</translation>
    </message>
    <message>
        <source>Not enough traffic history to forecast.</source>
        <translation>Istoricul de trafic nu ajunge pentru o prognoză.</translation>
    </message>
    <message>
        <source>Stopped by a guardrail: %1</source>
        <translation>Oprită de o limită de siguranță: %1</translation>
    </message>
    <message>
        <source>%1 replicas is under the minimum of %2.</source>
        <translation>%1 replici înseamnă sub minimul de %2.</translation>
    </message>
    <message>
        <source>%1 replicas is over the maximum of %2.</source>
        <translation>%1 replici înseamnă peste maximul de %2.</translation>
    </message>
    <message>
        <source>the service now runs %1 replicas, not the %2 this proposal was made for.</source>
        <translation>serviciul rulează acum %1 replici, nu cele %2 pentru care a fost făcută propunerea.</translation>
    </message>
    <message>
        <source>a change of %1 replicas is more than the maximum step of %2.</source>
        <translation>o schimbare de %1 replici depășește pasul maxim de %2.</translation>
    </message>
    <message>
        <source>the service was scaled %1 s ago; the cooldown is %2 s.</source>
        <translation>serviciul a fost scalat acum %1 s; pauza obligatorie este de %2 s.</translation>
    </message>
    <message>
        <source>%1 replicas cost %2 a month, over the cap of %3.</source>
        <translation>%1 replici costă %2 pe lună, peste plafonul de %3.</translation>
    </message>
    <message>
        <source>Saving or reading outcomes failed: %1</source>
        <translation>Salvarea sau citirea rezultatelor a eșuat: %1</translation>
    </message>
    <message numerus="yes">
        <source>Tried %n time(s), never verified as working.</source>
        <translation>
            <numerusform>%n încercare, niciuna verificată ca reușită.</numerusform>
            <numerusform>%n încercări, niciuna verificată ca reușită.</numerusform>
            <numerusform>%n de încercări, niciuna verificată ca reușită.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Worked %1 of %n time(s), on %2.</source>
        <translation>
            <numerusform>A reușit în %1 din %n încercare, pe %2.</numerusform>
            <numerusform>A reușit în %1 din %n încercări, pe %2.</numerusform>
            <numerusform>A reușit în %1 din %n de încercări, pe %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>kubeconfig line %1: %2</source>
        <translation>kubeconfig, linia %1: %2</translation>
    </message>
    <message>
        <source>unexpected indentation</source>
        <translation>indentare neașteptată</translation>
    </message>
    <message>
        <source>expected &apos;key: value&apos;</source>
        <translation>se aștepta „cheie: valoare”</translation>
    </message>
    <message>
        <source>Cannot read the kubeconfig %1: %2</source>
        <translation>Fișierul kubeconfig %1 nu poate fi citit: %2</translation>
    </message>
    <message>
        <source>The kubeconfig has no context &apos;%1&apos;.</source>
        <translation>Fișierul kubeconfig nu are contextul „%1”.</translation>
    </message>
    <message>
        <source>The context &apos;%1&apos; names no cluster with a server.</source>
        <translation>Contextul „%1” nu numește niciun cluster cu server.</translation>
    </message>
    <message>
        <source>No Kubernetes API server is configured for %1: give a kubeconfig or a server.</source>
        <translation>Niciun server API Kubernetes nu este configurat pentru %1: indicați un kubeconfig sau un server.</translation>
    </message>
    <message>
        <source>No credentials for the Kubernetes API: put a token in the keychain or a client certificate in the kubeconfig.</source>
        <translation>Nu există date de autentificare pentru API-ul Kubernetes: puneți un token în portchei sau un certificat de client în kubeconfig.</translation>
    </message>
    <message>
        <source>The Kubernetes API did not answer: %1</source>
        <translation>API-ul Kubernetes nu a răspuns: %1</translation>
    </message>
    <message>
        <source>The Kubernetes API refused the credentials (401): %1</source>
        <translation>API-ul Kubernetes a refuzat datele de autentificare (401): %1</translation>
    </message>
    <message>
        <source>Not allowed by the cluster&apos;s RBAC (403): %1</source>
        <translation>Nepermis de RBAC-ul clusterului (403): %1</translation>
    </message>
    <message>
        <source>The deployment does not exist (404): %1</source>
        <translation>Implementarea (deployment) nu există (404): %1</translation>
    </message>
    <message>
        <source>Conflict with another change (409): %1</source>
        <translation>Conflict cu o altă schimbare (409): %1</translation>
    </message>
    <message>
        <source>The API server rejected the change (422): %1</source>
        <translation>Serverul API a respins schimbarea (422): %1</translation>
    </message>
    <message>
        <source>The API server asks to slow down (429): %1</source>
        <translation>Serverul API cere încetinirea ritmului (429): %1</translation>
    </message>
    <message>
        <source>The Kubernetes API failed (%1): %2</source>
        <translation>API-ul Kubernetes a eșuat (%1): %2</translation>
    </message>
    <message>
        <source>Kubernetes accepted it (HTTP %1, resourceVersion %2).</source>
        <translation>Kubernetes a acceptat-o (HTTP %1, resourceVersion %2).</translation>
    </message>
    <message>
        <source>There is no earlier revision to roll back to.</source>
        <translation>Nu există o revizie anterioară la care să se revină.</translation>
    </message>
    <message>
        <source>Kubernetes rolled back to revision %1 (HTTP %2).</source>
        <translation>Kubernetes a revenit la revizia %1 (HTTP %2).</translation>
    </message>
    <message>
        <source>no usable forecast</source>
        <translation>nicio prognoză utilizabilă</translation>
    </message>
    <message>
        <source>the forecast needs no more replicas</source>
        <translation>prognoza nu cere mai multe replici</translation>
    </message>
    <message>
        <source>held by a guardrail: %1</source>
        <translation>reținută de o limită de siguranță: %1</translation>
    </message>
    <message>
        <source>too early: the peak is still far off</source>
        <translation>prea devreme: vârful este încă departe</translation>
    </message>
    <message>
        <source>confidence under the threshold</source>
        <translation>încredere sub prag</translation>
    </message>
    <message>
        <source>the current load still needs the replicas</source>
        <translation>încărcarea actuală încă are nevoie de replici</translation>
    </message>
    <message>
        <source>Scale up</source>
        <translation>Scalare în sus</translation>
    </message>
    <message>
        <source>Scale down</source>
        <translation>Scalare în jos</translation>
    </message>
    <message>
        <source>Scale up before the peak</source>
        <translation>Scalare în sus înainte de vârf</translation>
    </message>
    <message>
        <source>Scale down after the peak</source>
        <translation>Scalare în jos după vârf</translation>
    </message>
    <message>
        <source>Roll back to the previous deploy</source>
        <translation>Revenire la implementarea anterioară</translation>
    </message>
    <message>
        <source>Back off and retry later</source>
        <translation>Reducere a ritmului și reîncercare mai târziu</translation>
    </message>
    <message>
        <source>Queue calls to the dependency</source>
        <translation>Apeluri către dependență puse la coadă</translation>
    </message>
    <message>
        <source>Inspect the crash</source>
        <translation>Investigarea căderii</translation>
    </message>
    <message>
        <source>Inspect the slow queries</source>
        <translation>Investigarea interogărilor lente</translation>
    </message>
    <message>
        <source>Expand the volume</source>
        <translation>Mărirea volumului</translation>
    </message>
    <message>
        <source>Clean up the disk</source>
        <translation>Curățarea discului</translation>
    </message>
    <message>
        <source>Renew the certificate</source>
        <translation>Reînnoirea certificatului</translation>
    </message>
    <message>
        <source>Warm the cache</source>
        <translation>Încălzirea cache-ului</translation>
    </message>
    <message>
        <source>Raise the pool size</source>
        <translation>Mărirea grupului de conexiuni</translation>
    </message>
    <message>
        <source>Shift traffic away from the region</source>
        <translation>Mutarea traficului din regiune</translation>
    </message>
    <message>
        <source>Straja changes the replica count at the provider.</source>
        <translation>Straja schimbă numărul de replici la furnizor.</translation>
    </message>
    <message>
        <source>Straja restarts the service at the provider (a rolling restart where the provider has one); open a ticket for the root cause.</source>
        <translation>Straja repornește serviciul la furnizor (repornire eșalonată, unde furnizorul o are); deschideți un tichet pentru cauza de fond.</translation>
    </message>
    <message>
        <source>Straja rolls the service back to its previous deploy at the provider.</source>
        <translation>Straja readuce serviciul la implementarea anterioară, la furnizor.</translation>
    </message>
    <message>
        <source>Lower the client&apos;s call rate to the dependency and retry with exponential backoff and jitter; honour its Retry-After. Approve once it is applied: Straja then checks the 429 rate.</source>
        <translation>Reduceți ritmul apelurilor clientului către dependență și reîncercați cu așteptare exponențială și variație aleatoare; respectați antetul Retry-After. Aprobați după ce ați aplicat: Straja verifică apoi rata de 429.</translation>
    </message>
    <message>
        <source>Put calls to the dependency behind a queue with a fixed rate. Approve once it is applied.</source>
        <translation>Puneți apelurile către dependență într-o coadă cu ritm fix. Aprobați după ce ați aplicat.</translation>
    </message>
    <message>
        <source>Read the logs of the crashing container and fix the cause. Approve once it is applied.</source>
        <translation>Citiți jurnalele containerului care cade și remediați cauza. Aprobați după ce ați aplicat.</translation>
    </message>
    <message>
        <source>Find the queries that got slower (pg_stat_statements, the slow query log) and fix their plan or index. Approve once it is applied.</source>
        <translation>Găsiți interogările care au devenit mai lente (pg_stat_statements, jurnalul interogărilor lente) și reparați-le planul sau indexul. Aprobați după ce ați aplicat.</translation>
    </message>
    <message>
        <source>Grow the volume at the provider. Approve once it is done: Straja then checks the usage.</source>
        <translation>Măriți volumul la furnizor. Aprobați după ce ați terminat: Straja verifică apoi gradul de ocupare.</translation>
    </message>
    <message>
        <source>Remove old logs, temporary files or dead rows (VACUUM). Approve once it is done.</source>
        <translation>Ștergeți jurnalele vechi, fișierele temporare sau rândurile moarte (VACUUM). Aprobați după ce ați terminat.</translation>
    </message>
    <message>
        <source>Renew and deploy the certificate (or fix the automatic renewal). Approve once it is done.</source>
        <translation>Reînnoiți și instalați certificatul (sau reparați reînnoirea automată). Aprobați după ce ați terminat.</translation>
    </message>
    <message>
        <source>Warm the cache and check its eviction settings. Approve once it is done.</source>
        <translation>Încălziți cache-ul și verificați setările de evacuare. Aprobați după ce ați terminat.</translation>
    </message>
    <message>
        <source>Raise the connection pool size, or find the code that holds connections. Approve once it is done.</source>
        <translation>Măriți grupul de conexiuni sau găsiți codul care reține conexiunile. Aprobați după ce ați terminat.</translation>
    </message>
    <message>
        <source>Send the region&apos;s users to the nearest healthy region (DNS or load balancer weights) and check the region&apos;s edge. Approve once it is done.</source>
        <translation>Trimiteți utilizatorii regiunii către cea mai apropiată regiune sănătoasă (DNS sau ponderi în echilibrorul de încărcare) și verificați punctul de acces al regiunii. Aprobați după ce ați terminat.</translation>
    </message>
    <message>
        <source>Pre-scale %1 from %2 to %3 replicas before the peak at %4</source>
        <translation>Prescalare %1 de la %2 la %3 replici înainte de vârful de la %4</translation>
    </message>
    <message>
        <source>Scale %1 from %2 to %3 replicas</source>
        <translation>Scalare %1 de la %2 la %3 replici</translation>
    </message>
    <message>
        <source>Restart %1</source>
        <translation>Repornire %1</translation>
    </message>
    <message>
        <source>Roll back %1 to its previous deploy</source>
        <translation>Revenire %1 la implementarea anterioară</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 pe %2</translation>
    </message>
    <message>
        <source>Target tracking (as a Kubernetes HPA): desired = ceil(%1 × %2 / %3) = %4, tolerance %5 %.</source>
        <translation>Urmărirea țintei (ca un HPA Kubernetes): dorit = ceil(%1 × %2 / %3) = %4, toleranță %5 %.</translation>
    </message>
    <message>
        <source>%1 is %2, over its target of %3.</source>
        <translation>%1 este %2, peste ținta de %3.</translation>
    </message>
    <message>
        <source>%1 is %2, under its target of %3.</source>
        <translation>%1 este %2, sub ținta de %3.</translation>
    </message>
    <message>
        <source>Limited by a guardrail: %1.</source>
        <translation>Limitată de o limită de siguranță: %1.</translation>
    </message>
    <message>
        <source>The traffic forecast peaks at %1 around %2 (95 % band %3 to %4); %5 replicas carry it at the target. Starting %6 min ahead covers the provider&apos;s start-up time.</source>
        <translation>Prognoza de trafic atinge vârful de %1 în jurul orei %2 (interval 95 % între %3 și %4); %5 replici îl duc la nivelul țintei. Pornirea cu %6 min înainte acoperă timpul de pornire al furnizorului.</translation>
    </message>
    <message>
        <source>%1 about %2 afterwards (now %3).</source>
        <translation>%1 în jur de %2 după aceea (acum %3).</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>nicio schimbare</translation>
    </message>
    <message>
        <source>+%1 / month</source>
        <translation>+%1 / lună</translation>
    </message>
    <message>
        <source>−%1 / month</source>
        <translation>−%1 / lună</translation>
    </message>
    <message numerus="yes">
        <source>Succeeds if %1 averages below %2 over %n min, starting %3 min after the change.</source>
        <translation>
            <numerusform>Reușește dacă %1 are media sub %2 timp de %n min, începând la %3 min după schimbare.</numerusform>
            <numerusform>Reușește dacă %1 are media sub %2 timp de %n min, începând la %3 min după schimbare.</numerusform>
            <numerusform>Reușește dacă %1 are media sub %2 timp de %n min, începând la %3 min după schimbare.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Succeeds if %1 averages above %2 over %n min, starting %3 min after the change.</source>
        <translation>
            <numerusform>Reușește dacă %1 are media peste %2 timp de %n min, începând la %3 min după schimbare.</numerusform>
            <numerusform>Reușește dacă %1 are media peste %2 timp de %n min, începând la %3 min după schimbare.</numerusform>
            <numerusform>Reușește dacă %1 are media peste %2 timp de %n min, începând la %3 min după schimbare.</numerusform>
        </translation>
    </message>
    <message>
        <source>Otherwise Straja scales back to %1 replicas (part of this approval).</source>
        <translation>Altfel Straja revine la %1 replici (parte din această aprobare).</translation>
    </message>
    <message>
        <source>The Railway request budget of &apos;%1&apos; is spent; waiting until %2.</source>
        <translation>Bugetul de cereri Railway al lui „%1” este epuizat; se așteaptă până la %2.</translation>
    </message>
    <message>
        <source>No Railway token for &apos;%1&apos; in the keychain.</source>
        <translation>Nu există un token Railway pentru „%1” în portchei.</translation>
    </message>
    <message>
        <source>Railway answered HTTP %1: %2</source>
        <translation>Railway a răspuns HTTP %1: %2</translation>
    </message>
    <message>
        <source>Railway knows no such service instance.</source>
        <translation>Railway nu cunoaște această instanță de serviciu.</translation>
    </message>
    <message>
        <source>Railway did not answer: %1</source>
        <translation>Railway nu a răspuns: %1</translation>
    </message>
    <message>
        <source>Railway&apos;s rate limit was reached (429).</source>
        <translation>A fost atinsă limita de cereri a Railway (429).</translation>
    </message>
    <message>
        <source>Railway refused (HTTP %1): %2</source>
        <translation>Railway a refuzat (HTTP %1): %2</translation>
    </message>
    <message>
        <source>Railway answered that nothing was changed.</source>
        <translation>Railway a răspuns că nu s-a schimbat nimic.</translation>
    </message>
    <message>
        <source>Railway accepted it: %1</source>
        <translation>Railway a acceptat-o: %1</translation>
    </message>
    <message>
        <source>Railway&apos;s %1 plan allows at most %2 replicas.</source>
        <translation>Planul %1 al Railway permite cel mult %2 replici.</translation>
    </message>
    <message>
        <source>The service has no running deployment to restart.</source>
        <translation>Serviciul nu are o implementare activă care să fie repornită.</translation>
    </message>
    <message>
        <source>There is no earlier deployment that can be rolled back to.</source>
        <translation>Nu există o implementare anterioară la care să se poată reveni.</translation>
    </message>
    <message numerus="yes">
        <source>at most %n replica(s) per step</source>
        <translation>
            <numerusform>cel mult %n replică pe pas</numerusform>
            <numerusform>cel mult %n replici pe pas</numerusform>
            <numerusform>cel mult %n de replici pe pas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>maximum %n replica(s)</source>
        <translation>
            <numerusform>maximum %n replică</numerusform>
            <numerusform>maximum %n replici</numerusform>
            <numerusform>maximum %n de replici</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>minimum %n replica(s)</source>
        <translation>
            <numerusform>minimum %n replică</numerusform>
            <numerusform>minimum %n replici</numerusform>
            <numerusform>minimum %n de replici</numerusform>
        </translation>
    </message>
    <message>
        <source>monthly spend cap %1</source>
        <translation>plafon lunar de cheltuieli %1</translation>
    </message>
    <message>
        <source>no current value</source>
        <translation>nicio valoare curentă</translation>
    </message>
    <message>
        <source>waiting out the scale-down stabilization window</source>
        <translation>se așteaptă trecerea ferestrei de stabilizare pentru scalarea în jos</translation>
    </message>
    <message>
        <source>within tolerance of the target</source>
        <translation>în toleranța țintei</translation>
    </message>
    <message>
        <source>cooling down after the last scaling</source>
        <translation>pauză după ultima scalare</translation>
    </message>
    <message>
        <source>Flag change</source>
        <translation>Schimbare de indicator</translation>
    </message>
    <message>
        <source>Change the flag %1</source>
        <translation>Schimbă indicatorul %1</translation>
    </message>
    <message>
        <source>The recorded flag change cannot be read.</source>
        <translation>Schimbarea de indicator înregistrată nu poate fi citită.</translation>
    </message>
    <message>
        <source>%1 has no flag %2 in %3.</source>
        <translation>%1 nu are indicatorul %2 în %3.</translation>
    </message>
    <message>
        <source>Read back: the flag holds the new state.</source>
        <translation>Recitit: indicatorul are noua stare.</translation>
    </message>
    <message>
        <source>The flag was changed outside Straja meanwhile; nothing was sent.</source>
        <translation>Indicatorul a fost schimbat între timp în afara Straja; nu s-a trimis nimic.</translation>
    </message>
    <message>
        <source>No flag source &quot;%1&quot; is connected.</source>
        <translation>Nicio sursă de indicatoare „%1” nu este conectată.</translation>
    </message>
    <message>
        <source>Manual change, applied by %1.</source>
        <translation>Schimbare manuală, aplicată de %1.</translation>
    </message>
    <message>
        <source>Recorded as done by %1; Straja has no metric to check this change.</source>
        <translation>Înregistrată ca făcută de %1; Straja nu are nicio metrică cu care să verifice această schimbare.</translation>
    </message>
    <message>
        <source>The scale for this edge was raised before a restart.</source>
        <translation>Scalarea pentru acest capăt al ferestrei a fost cerută înainte de o repornire.</translation>
    </message>
    <message>
        <source>Skipped: %1 is no longer in the workspace.</source>
        <translation>Sărit: %1 nu mai este în spațiul de lucru.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to do: already at %n replica(s).</source>
        <translation>
            <numerusform>Nimic de făcut: are deja %n replică.</numerusform>
            <numerusform>Nimic de făcut: are deja %n replici.</numerusform>
            <numerusform>Nimic de făcut: are deja %n de replici.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scaling to %n replica(s) was raised.</source>
        <translation>
            <numerusform>Scalarea la %n replică a fost cerută.</numerusform>
            <numerusform>Scalarea la %n replici a fost cerută.</numerusform>
            <numerusform>Scalarea la %n de replici a fost cerută.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scaling to %1 replicas was raised (%2 wanted: the guardrails allow one step per action).</source>
        <translation>Scalarea la %1 replici a fost cerută (se doreau %2: limitele de siguranță permit un singur pas pe acțiune).</translation>
    </message>
    <message>
        <source>Right-size the allocation</source>
        <translation>Ajustează alocarea la necesar</translation>
    </message>
    <message>
        <source>Consolidate into a shared deployment</source>
        <translation>Consolidează într-o instalare comună</translation>
    </message>
    <message>
        <source>Deploy a replica in the region</source>
        <translation>Instalează o replică în regiune</translation>
    </message>
    <message>
        <source>Asked for by %1.</source>
        <translation>Cerută de %1.</translation>
    </message>
    <message>
        <source>the window starts</source>
        <translation>începe fereastra</translation>
    </message>
    <message>
        <source>the window ends</source>
        <translation>se încheie fereastra</translation>
    </message>
    <message>
        <source>Off-peak schedule %1 (%2:00-%3:00 %4, approved by %5): %6.</source>
        <translation>Programarea în afara orelor de vârf %1 (%2:00-%3:00 %4, aprobată de %5): %6.</translation>
    </message>
    <message>
        <source>Cost recommendation: %1</source>
        <translation>Recomandare de cost: %1</translation>
    </message>
    <message>
        <source>Guardrails of %1: %2 to %3 replicas, at most %4 replicas per action, %5 min between scalings.</source>
        <translation>Limitele de siguranță pentru %1: între %2 și %3 replici, cel mult %4 replici pe acțiune, %5 min între scalări.</translation>
    </message>
    <message>
        <source>%1 replicas is outside these limits: the target is %2.</source>
        <translation>%1 replici este în afara acestor limite: ținta este %2.</translation>
    </message>
    <message numerus="yes">
        <source>This change needs %n actions: Straja now scales from %1 to %2; apply the recommendation again after the cooldown for the next step.</source>
        <translation>
            <numerusform>Această schimbare necesită %n acțiune: Straja scalează acum de la %1 la %2; aplicați din nou recomandarea după pauza obligatorie pentru pasul următor.</numerusform>
            <numerusform>Această schimbare necesită %n acțiuni: Straja scalează acum de la %1 la %2; aplicați din nou recomandarea după pauza obligatorie pentru pasul următor.</numerusform>
            <numerusform>Această schimbare necesită %n de acțiuni: Straja scalează acum de la %1 la %2; aplicați din nou recomandarea după pauza obligatorie pentru pasul următor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Straja scales from %1 to %2 in one action.</source>
        <translation>Straja scalează de la %1 la %2 într-o singură acțiune.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to change: it already runs %n replica(s).</source>
        <translation>
            <numerusform>Nimic de schimbat: rulează deja %n replică.</numerusform>
            <numerusform>Nimic de schimbat: rulează deja %n replici.</numerusform>
            <numerusform>Nimic de schimbat: rulează deja %n de replici.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving or reading schedules failed: %1</source>
        <translation>Salvarea sau citirea programărilor a eșuat: %1</translation>
    </message>
    <message>
        <source>There is no schedule %1 (removed meanwhile?).</source>
        <translation>Nu există programarea %1 (a fost ștearsă între timp?).</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier edge(s), missed while Straja was not running, were skipped: this one sets the replicas for now.</source>
        <translation>
            <numerusform>%n capăt anterior al ferestrei, ratat cât timp Straja nu rula, a fost sărit: acesta stabilește replicile de acum.</numerusform>
            <numerusform>%n capete anterioare ale ferestrei, ratate cât timp Straja nu rula, au fost sărite: acesta stabilește replicile de acum.</numerusform>
            <numerusform>%n de capete anterioare ale ferestrei, ratate cât timp Straja nu rula, au fost sărite: acesta stabilește replicile de acum.</numerusform>
        </translation>
    </message>
    <message>
        <source>The schedule for %1 is not valid: hours %2-%3 in zone &apos;%4&apos;.</source>
        <translation>Programarea pentru %1 nu este validă: orele %2-%3 în zona „%4”.</translation>
    </message>
    <message>
        <source>Deploy a replica of the service in the region by hand (for Railway: the service&apos;s settings, Regions). Straja records it as done by you, then checks the region&apos;s p95 latency.</source>
        <translation>Implementați manual o replică a serviciului în regiune (pentru Railway: setările serviciului, Regions). Straja o înregistrează ca făcută de dumneavoastră, apoi verifică latența p95 a regiunii.</translation>
    </message>
    <message>
        <source>Deploy closer to users: %1 % of %2&apos;s traffic comes from %3, where the p95 latency is %4 ms against %5 ms in %6; a replica there should cut about %7 ms for those users, for about %8 a month.</source>
        <translation>Mai aproape de utilizatori: %1 % din traficul lui %2 vine din %3, unde latența p95 este de %4 ms față de %5 ms în %6; o replică acolo ar scădea-o cu aproximativ %7 ms pentru acești utilizatori, pentru circa %8 pe lună.</translation>
    </message>
    <message>
        <source>Only Kubernetes and Railway targets can be tested; the demo fleet needs no target.</source>
        <translation>Se pot testa doar ținte Kubernetes și Railway; flota demo nu are nevoie de țintă.</translation>
    </message>
    <message>
        <source>The provider gave no answer for this target.</source>
        <translation>Furnizorul nu a dat niciun răspuns pentru această țintă.</translation>
    </message>
    <message>
        <source>Check the Certificate resource of %1: kubectl describe certificate -n &lt;namespace&gt;; cert-manager&apos;s events say why the renewal failed.</source>
        <translation>Verificați resursa Certificate a lui %1: kubectl describe certificate -n &lt;namespace&gt;; evenimentele cert-manager spun de ce a eșuat reînnoirea.</translation>
    </message>
    <message>
        <source>Open the service&apos;s Settings, Networking: Railway renews the certificates of its domains itself; a custom domain needs its DNS record still pointing at Railway.</source>
        <translation>Deschideți Settings, Networking ale serviciului: Railway reînnoiește singur certificatele domeniilor sale; un domeniu propriu are nevoie ca înregistrarea DNS să indice în continuare spre Railway.</translation>
    </message>
    <message>
        <source>Find why the automatic renewal of %1&apos;s certificate failed (ACME client logs, DNS or HTTP challenge).</source>
        <translation>Aflați de ce a eșuat reînnoirea automată a certificatului lui %1 (jurnalele clientului ACME, provocarea DNS sau HTTP).</translation>
    </message>
    <message>
        <source>Renew the certificate and deploy it where TLS ends (ingress, load balancer, proxy).</source>
        <translation>Reînnoiți certificatul și instalați-l acolo unde se termină TLS (ingress, echilibrator de încărcare, proxy).</translation>
    </message>
    <message>
        <source>Check the served certificate: openssl s_client -connect &lt;host&gt;:443 shows the new expiry date.</source>
        <translation>Verificați certificatul servit: openssl s_client -connect &lt;host&gt;:443 arată noua dată de expirare.</translation>
    </message>
    <message>
        <source>Find what emptied or bypassed the cache of %1: a flush, a restart of the cache, a deploy that changed the keys.</source>
        <translation>Aflați ce a golit sau a ocolit memoria cache a lui %1: o golire, o repornire a cache-ului, o lansare care a schimbat cheile.</translation>
    </message>
    <message>
        <source>Warm it: replay the most requested keys, or let traffic refill it with the backend watched.</source>
        <translation>Încălziți-o: reluați cheile cele mai cerute sau lăsați traficul s-o reumple, cu backendul sub observație.</translation>
    </message>
    <message>
        <source>Check the eviction settings (maxmemory, maxmemory-policy) so the hot keys stay.</source>
        <translation>Verificați setările de evacuare (maxmemory, maxmemory-policy), ca să rămână cheile folosite des.</translation>
    </message>
    <message>
        <source>Find what holds the connections of %1: long transactions, leaked connections (HikariCP leakDetectionThreshold), slow queries.</source>
        <translation>Aflați ce ține ocupate conexiunile lui %1: tranzacții lungi, conexiuni pierdute (HikariCP leakDetectionThreshold), interogări lente.</translation>
    </message>
    <message>
        <source>Raise the pool size in the service&apos;s configuration (ConfigMap or environment), within the database&apos;s max_connections for every replica, and roll it out.</source>
        <translation>Măriți dimensiunea poolului în configurația serviciului (ConfigMap sau variabile de mediu), în limita max_connections a bazei de date pentru toate replicile, și lansați schimbarea.</translation>
    </message>
    <message>
        <source>Raise the pool size in the service&apos;s variables, within the database&apos;s max_connections for every replica; Railway redeploys on the change.</source>
        <translation>Măriți dimensiunea poolului în variabilele serviciului, în limita max_connections a bazei de date pentru toate replicile; Railway relansează serviciul la schimbare.</translation>
    </message>
    <message>
        <source>Raise the pool size in the service&apos;s configuration, within the database&apos;s max_connections for every replica, and deploy it.</source>
        <translation>Măriți dimensiunea poolului în configurația serviciului, în limita max_connections a bazei de date pentru toate replicile, și lansați-o.</translation>
    </message>
    <message>
        <source>Approve here once it is done: the approval records that you did it. %1</source>
        <translation>Aprobați aici după ce ați terminat: aprobarea consemnează că ați făcut-o dumneavoastră. %1</translation>
    </message>
</context>
<context>
    <name>Alertmanager</name>
    <message>
        <source>The answer is not an Alertmanager alert list: %1.</source>
        <translation>Răspunsul nu este o listă de alerte Alertmanager: %1.</translation>
    </message>
    <message>
        <source>the server sent a web page</source>
        <translation>serverul a trimis o pagină web</translation>
    </message>
    <message>
        <source>expected a JSON array</source>
        <translation>se aștepta o listă JSON</translation>
    </message>
    <message>
        <source>an alert is not an object</source>
        <translation>o alertă nu este un obiect</translation>
    </message>
    <message>
        <source>an alert has no labels</source>
        <translation>o alertă nu are etichete</translation>
    </message>
    <message>
        <source>Alertmanager: %1</source>
        <translation>Alertmanager: %1</translation>
    </message>
    <message>
        <source>Alertmanager refused the request: %1</source>
        <translation>Alertmanager a refuzat cererea: %1</translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <source>Slow or failing requests</source>
        <translation>Cereri lente sau eșuate</translation>
    </message>
    <message>
        <source>Running out of resources</source>
        <translation>Resurse pe terminate</translation>
    </message>
    <message>
        <source>Reported by Alertmanager</source>
        <translation>Raportat de Alertmanager</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Deschis</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Preluat</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Rezolvat</translation>
    </message>
    <message>
        <source>There is no incident %1.</source>
        <translation>Nu există incidentul %1.</translation>
    </message>
    <message>
        <source>Incident %1 is already resolved.</source>
        <translation>Incidentul %1 este deja rezolvat.</translation>
    </message>
    <message>
        <source>A silence must end in the future.</source>
        <translation>O amuțire trebuie să se încheie în viitor.</translation>
    </message>
    <message>
        <source>Say why the alerts are silenced.</source>
        <translation>Spuneți de ce sunt amuțite alertele.</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Se trimite</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livrat</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Eșuat</translation>
    </message>
    <message>
        <source>There is no webhook &apos;%1&apos;.</source>
        <translation>Nu există webhook-ul „%1”.</translation>
    </message>
    <message>
        <source>Test message from Straja: this webhook works.</source>
        <translation>Mesaj de test de la Straja: acest webhook funcționează.</translation>
    </message>
    <message>
        <source>Only a failed delivery can be sent again.</source>
        <translation>Doar o livrare eșuată poate fi trimisă din nou.</translation>
    </message>
    <message>
        <source>No keychain: the webhook&apos;s address cannot be read.</source>
        <translation>Nu există un portofel de chei: adresa webhook-ului nu poate fi citită.</translation>
    </message>
    <message>
        <source>The webhook&apos;s address could not be read from the keychain: %1</source>
        <translation>Adresa webhook-ului nu a putut fi citită din portofelul de chei: %1</translation>
    </message>
    <message>
        <source>The webhook has no valid address (http or https) in the keychain.</source>
        <translation>Webhook-ul nu are o adresă validă (http sau https) în portofelul de chei.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 a răspuns HTTP %2.</translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n attempt(s): %1</source>
        <translation>
            <numerusform>Renunțat după %n încercare: %1</numerusform>
            <numerusform>Renunțat după %n încercări: %1</numerusform>
            <numerusform>Renunțat după %n de încercări: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Incident nou</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Încă deschis</translation>
    </message>
    <message>
        <source>%1: %2 (Alertmanager) %3</source>
        <translation>%1: %2 (Alertmanager) %3</translation>
    </message>
    <message>
        <source>%1: %2 is %3 and heading for %4</source>
        <translation>%1: %2 este %3 și se îndreaptă spre %4</translation>
    </message>
    <message>
        <source>%1: %2 is unusual at %3</source>
        <translation>%1: %2 este neobișnuit: %3</translation>
    </message>
    <message>
        <source>%1: %2 is %3 (limit %4)</source>
        <translation>%1: %2 este %3 (limita %4)</translation>
    </message>
    <message>
        <source>%1 #%2 – %3: %4</source>
        <translation>%1 #%2 – %3: %4</translation>
    </message>
    <message>
        <source>Open from %1 to %2.</source>
        <translation>Deschis de la %1 până la %2.</translation>
    </message>
    <message>
        <source>Open since %1; %2.</source>
        <translation>Deschis din %1; %2.</translation>
    </message>
    <message>
        <source>Saving or reading alerts failed: %1</source>
        <translation>Salvarea sau citirea alertelor a eșuat: %1</translation>
    </message>
    <message>
        <source>Interrupted: Straja stopped while sending it.</source>
        <translation>Întrerupt: Straja s-a oprit în timp ce îl trimitea.</translation>
    </message>
    <message>
        <source>Give the rule an id.</source>
        <translation>Dați regulii un id.</translation>
    </message>
    <message>
        <source>The id may hold letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; only, and starts with a letter or digit.</source>
        <translation>Id-ul poate conține doar litere, cifre, „.”, „_” și „-” și începe cu o literă sau o cifră.</translation>
    </message>
    <message>
        <source>This service already has a rule &apos;%1&apos;.</source>
        <translation>Serviciul are deja o regulă „%1”.</translation>
    </message>
    <message>
        <source>Set the limit.</source>
        <translation>Stabiliți limita.</translation>
    </message>
    <message>
        <source>An anomaly score lies between 0 and 1.</source>
        <translation>Un scor de anomalie este între 0 și 1.</translation>
    </message>
    <message>
        <source>The limit must lie between %1 and %2 for %3.</source>
        <translation>Pentru %3, limita trebuie să fie între %1 și %2.</translation>
    </message>
    <message>
        <source>The clear level must not be above the limit: the alert could never clear.</source>
        <translation>Nivelul de revenire nu poate fi peste limită: alerta nu s-ar mai stinge niciodată.</translation>
    </message>
    <message>
        <source>The clear level must not be below the limit: the alert could never clear.</source>
        <translation>Nivelul de revenire nu poate fi sub limită: alerta nu s-ar mai stinge niciodată.</translation>
    </message>
    <message>
        <source>The duration cannot be negative.</source>
        <translation>Durata nu poate fi negativă.</translation>
    </message>
    <message>
        <source>A forecast rule needs a horizon.</source>
        <translation>O regulă de prognoză are nevoie de un orizont.</translation>
    </message>
</context>
<context>
    <name>Alerts::AlertWorker</name>
    <message>
        <source>Sent to %1</source>
        <translation>Trimis către %1</translation>
    </message>
    <message>
        <source>Not sent to %1: %2</source>
        <translation>Netrimis către %1: %2</translation>
    </message>
    <message>
        <source>A maintenance window must end after it starts.</source>
        <translation>O fereastră de mentenanță trebuie să se încheie după ce începe.</translation>
    </message>
</context>
<context>
    <name>Analysis::CapacityPlanner</name>
    <message numerus="yes">
        <source>The crossing lies beyond what %n day(s) of history can support; the replica figure assumes the growth seen so far continues.</source>
        <translation>
            <numerusform>Depășirea se află dincolo de ce poate susține %n zi de istoric; numărul de replici presupune că creșterea observată până acum continuă.</numerusform>
            <numerusform>Depășirea se află dincolo de ce pot susține %n zile de istoric; numărul de replici presupune că creșterea observată până acum continuă.</numerusform>
            <numerusform>Depășirea se află dincolo de ce pot susține %n de zile de istoric; numărul de replici presupune că creșterea observată până acum continuă.</numerusform>
        </translation>
    </message>
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
        <source>after the horizon</source>
        <translation>după orizont</translation>
    </message>
    <message>
        <source>%1 is already above %2 (%3/month); %4 needed now.</source>
        <translation>%1 este deja peste %2 (%3/lună); necesar acum: %4.</translation>
    </message>
    <message>
        <source>%1 crosses %2 around %3 (between %4 and %5) at %6/month; %7 needed then.</source>
        <translation>%1 depășește %2 în jurul datei de %3 (între %4 și %5), cu %6/lună; necesar atunci: %7.</translation>
    </message>
    <message>
        <source>%1 stays under %2 for the next %3 days (%4/month); %5 suffice.</source>
        <translation>%1 rămâne sub %2 în următoarele %3 zile (%4/lună); necesar: %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n replica(s) (%1–%2)</source>
        <translation>
            <numerusform>%n replică (%1–%2)</numerusform>
            <numerusform>%n replici (%1–%2)</numerusform>
            <numerusform>%n de replici (%1–%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replica(s)</source>
        <translation>
            <numerusform>%n replică</numerusform>
            <numerusform>%n replici</numerusform>
            <numerusform>%n de replici</numerusform>
        </translation>
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
    <message>
        <source>Weekday levels from less than two weeks of history: the band is wider on the days seen only once.</source>
        <translation>Nivelurile zilelor săptămânii provin din mai puțin de două săptămâni de istoric: banda este mai largă în zilele văzute o singură dată.</translation>
    </message>
    <message>
        <source>The last cycle repeated (seasonal naive) weighs %1% of the forecast on average: in this series&apos; own history, blending it in forecast better than the model alone.</source>
        <translation>Ultimul ciclu repetat (naiv sezonier) cântărește în medie %1% din prognoză: în istoricul propriu al acestei serii, combinarea cu el a prognozat mai bine decât modelul singur.</translation>
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
    <name>Business</name>
    <message>
        <source>The project has no business queries.</source>
        <translation>Proiectul nu are interogări de business.</translation>
    </message>
    <message>
        <source>Source %1 is not a running Prometheus connector.</source>
        <translation>Sursa %1 nu este un conector Prometheus pornit.</translation>
    </message>
    <message>
        <source>The engine is not running yet.</source>
        <translation>Motorul nu rulează încă.</translation>
    </message>
</context>
<context>
    <name>Business::BusinessCsv</name>
    <message>
        <source>a quote inside a field that does not start with one</source>
        <translation>ghilimele în interiorul unui câmp care nu începe cu ghilimele</translation>
    </message>
    <message>
        <source>text after the closing quote of a field</source>
        <translation>text după ghilimelele de închidere ale unui câmp</translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation>un câmp între ghilimele nu este închis niciodată</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>linia %1: %2</translation>
    </message>
    <message>
        <source>line %1, column &apos;%2&apos;: %3</source>
        <translation>linia %1, coloana „%2”: %3</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>fișierul are mai mult de %1 MB</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>fișierul nu este text UTF-8</translation>
    </message>
    <message>
        <source>the file is empty: it needs a header line naming the columns</source>
        <translation>fișierul este gol: are nevoie de o linie de antet care numește coloanele</translation>
    </message>
    <message>
        <source>unknown column; the columns are: %1</source>
        <translation>coloană necunoscută; coloanele sunt: %1</translation>
    </message>
    <message>
        <source>this column appears twice</source>
        <translation>această coloană apare de două ori</translation>
    </message>
    <message>
        <source>this required column is missing</source>
        <translation>această coloană obligatorie lipsește</translation>
    </message>
    <message>
        <source>no figure columns: name at least one of %1</source>
        <translation>nicio coloană de cifre: numiți cel puțin una dintre %1</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s), but the header names %1</source>
        <translation>
            <numerusform>un câmp, dar antetul numește %1</numerusform>
            <numerusform>%n câmpuri, dar antetul numește %1</numerusform>
            <numerusform>%n de câmpuri, dar antetul numește %1</numerusform>
        </translation>
    </message>
    <message>
        <source>empty; write the month as YYYY-MM</source>
        <translation>gol; scrieți luna ca YYYY-MM</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a day; the figures are monthly: write the month as YYYY-MM</source>
        <translation>„%1” este o zi; cifrele sunt lunare: scrieți luna ca YYYY-MM</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a month (YYYY-MM)</source>
        <translation>„%1” nu este o lună (YYYY-MM)</translation>
    </message>
    <message>
        <source>empty; name a project of the workspace</source>
        <translation>gol; numiți un proiect din spațiul de lucru</translation>
    </message>
    <message>
        <source>unknown project &apos;%1&apos;; the workspace has: %2</source>
        <translation>proiect necunoscut „%1”; spațiul de lucru are: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is negative</source>
        <translation>„%1” este negativ</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>„%1” nu este un număr întreg</translation>
    </message>
    <message>
        <source>no figures: every figure cell is empty</source>
        <translation>nicio cifră: toate celulele cu cifre sunt goale</translation>
    </message>
    <message>
        <source>project &apos;%1&apos;, month %2 is already given on line %3</source>
        <translation>proiectul „%1”, luna %2 este deja dat pe linia %3</translation>
    </message>
    <message>
        <source>the header is not followed by any row</source>
        <translation>antetul nu este urmat de niciun rând</translation>
    </message>
    <message>
        <source>... and more.</source>
        <translation>... și altele.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the file has more than %n problem(s); the first ones:</source>
        <translation>
            <numerusform>Nu s-a importat nimic: fișierul are mai mult de o problemă; primele:</numerusform>
            <numerusform>Nu s-a importat nimic: fișierul are mai mult de %n probleme; primele:</numerusform>
            <numerusform>Nu s-a importat nimic: fișierul are mai mult de %n de probleme; primele:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the file has %n problem(s):</source>
        <translation>
            <numerusform>Nu s-a importat nimic: fișierul are o problemă:</numerusform>
            <numerusform>Nu s-a importat nimic: fișierul are %n probleme:</numerusform>
            <numerusform>Nu s-a importat nimic: fișierul are %n de probleme:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Business::BusinessMetrics</name>
    <message>
        <source>Revenue</source>
        <translation>Venituri</translation>
    </message>
    <message>
        <source>Revenue per user</source>
        <translation>Venit pe utilizator</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversie</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Rata de abandon</translation>
    </message>
    <message>
        <source>LTV</source>
        <translation>LTV</translation>
    </message>
    <message>
        <source>CAC</source>
        <translation>CAC</translation>
    </message>
    <message>
        <source>Cost per user</source>
        <translation>Cost pe utilizator</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marjă</translation>
    </message>
    <message>
        <source>No business figures yet: import a CSV file (File &gt; Import business figures).</source>
        <translation>Încă nu există cifre de afaceri: importați un fișier CSV (Fișier &gt; Importă cifrele de afaceri).</translation>
    </message>
    <message>
        <source>Simulated by the demo fleet; imported figures replace them month by month.</source>
        <translation>Simulate de flota demonstrativă; cifrele importate le înlocuiesc lună de lună.</translation>
    </message>
    <message>
        <source>Imported figures.</source>
        <translation>Cifre importate.</translation>
    </message>
    <message>
        <source>Imported figures, with the demo&apos;s where none were imported.</source>
        <translation>Cifre importate, cu cele ale demonstrației acolo unde nu s-a importat nimic.</translation>
    </message>
    <message>
        <source>From the projects&apos; business PromQL queries; a month imported from CSV replaces the queried one.</source>
        <translation>Din interogările PromQL de business ale proiectelor; o lună importată din CSV o înlocuiește pe cea interogată.</translation>
    </message>
    <message>
        <source>From PromQL: %1.</source>
        <translation>Din PromQL: %1.</translation>
    </message>
    <message>
        <source>From the CSV import: %1.</source>
        <translation>Din importul CSV: %1.</translation>
    </message>
    <message>
        <source>Simulated by the demo: %1.</source>
        <translation>Simulate de demo: %1.</translation>
    </message>
</context>
<context>
    <name>Business::BusinessQueries</name>
    <message>
        <source>Visitors</source>
        <translation>Vizitatori</translation>
    </message>
    <message>
        <source>Active users</source>
        <translation>Utilizatori activi</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Clienți noi</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clienți</translation>
    </message>
    <message>
        <source>Churned customers</source>
        <translation>Clienți pierduți</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Venituri</translation>
    </message>
    <message>
        <source>Marketing spend</source>
        <translation>Cheltuieli de marketing</translation>
    </message>
    <message>
        <source>the figure as of each day, e.g. max_over_time(app_paying_customers[1d])</source>
        <translation>valoarea din fiecare zi, de ex. max_over_time(app_paying_customers[1d])</translation>
    </message>
    <message>
        <source>each day&apos;s amount, e.g. sum(increase(shop_revenue_total[1d]))</source>
        <translation>suma fiecărei zile, de ex. sum(increase(shop_revenue_total[1d]))</translation>
    </message>
    <message>
        <source>each day&apos;s count, e.g. sum(increase(signups_total[1d]))</source>
        <translation>numărul din fiecare zi, de ex. sum(increase(signups_total[1d]))</translation>
    </message>
    <message>
        <source>The business queries need a Prometheus source in the workspace; there is none.</source>
        <translation>Interogările de business au nevoie de o sursă Prometheus în spațiul de lucru; nu există niciuna.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: no data (the query is valid but returned no series in the period)</source>
        <translation>%1: fără date (interogarea este validă, dar nu a întors nicio serie în perioadă)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n day(s) of data</source>
        <translation>
            <numerusform>%1: %n zi de date</numerusform>
            <numerusform>%1: %n zile de date</numerusform>
            <numerusform>%1: %n de zile de date</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Business::BusinessService</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 nu poate fi citit: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be business figures.</source>
        <translation>%1 este prea mare pentru a fi cifre de afaceri.</translation>
    </message>
    <message>
        <source>This engine cannot run PromQL queries.</source>
        <translation>Acest motor nu poate rula interogări PromQL.</translation>
    </message>
</context>
<context>
    <name>Business::BusinessStore</name>
    <message>
        <source>Reading business figures failed: %1</source>
        <translation>Citirea cifrelor de afaceri a eșuat: %1</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Nu se poate începe o tranzacție: %1</translation>
    </message>
    <message>
        <source>Saving business figures failed: %1</source>
        <translation>Salvarea cifrelor de afaceri a eșuat: %1</translation>
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
        <source>analyse an A/B test from a CSV of exposures and conversions</source>
        <translation>analizează un test A/B dintr-un CSV cu expuneri și conversii</translation>
    </message>
    <message>
        <source>COUNTS.csv has the columns timestamp (optional), variant, exposures, conversions,
one row per variant and period. Prints the verdict and, per variant, conversion with
its 95% interval, lift, the always-valid p-value (mSPRT), the probability to beat
control and the expected loss. --mde is the relative effect worth detecting.</source>
        <translation>COUNTS.csv are coloanele timestamp (opțional), variant, exposures, conversions,
o linie pe variantă și perioadă. Afișează verdictul și, pentru fiecare variantă, conversia cu
intervalul de 95%, creșterea, valoarea p valabilă oricând (mSPRT), probabilitatea de a depăși
controlul și pierderea așteptată. --mde este efectul relativ care merită detectat.</translation>
    </message>
    <message>
        <source>experiments: expected &apos;analyze&apos;; see &apos;straja-cli experiments --help&apos;</source>
        <translation>experiments: se aștepta „analyze”; vedeți „straja-cli experiments --help”</translation>
    </message>
    <message>
        <source>experiments: option &apos;%1&apos; needs a value</source>
        <translation>experiments: opțiunea „%1” are nevoie de o valoare</translation>
    </message>
    <message>
        <source>experiments: unknown option &apos;%1&apos;</source>
        <translation>experiments: opțiune necunoscută „%1”</translation>
    </message>
    <message>
        <source>experiments: &apos;%1&apos; is not a number for %2</source>
        <translation>experiments: „%1” nu este un număr pentru %2</translation>
    </message>
    <message>
        <source>experiments: --input is required</source>
        <translation>experiments: --input este obligatoriu</translation>
    </message>
    <message>
        <source>experiments: no variant &apos;%1&apos; in the file</source>
        <translation>experiments: fișierul nu are varianta „%1”</translation>
    </message>
    <message>
        <source>evaluate a feature flag for a user as Unleash&apos;s SDKs do</source>
        <translation>evaluează un indicator de funcționalitate pentru un utilizator, ca SDK-urile Unleash</translation>
    </message>
    <message>
        <source>FEATURES.json is what an SDK downloads (GET /api/client/features) or a client
specification file&apos;s state. Prints &apos;enabled&apos; or &apos;disabled&apos;, the variant, and the
strategies that decided. Context keys userId, sessionId, remoteAddress, environment,
appName and currentTime are standard fields; any other key is a custom property.</source>
        <translation>FEATURES.json este ce descarcă un SDK (GET /api/client/features) sau starea dintr-un fișier
al specificației clientului. Afișează „enabled” sau „disabled”, varianta și strategiile
care au decis. Cheile de context userId, sessionId, remoteAddress, environment, appName și
currentTime sunt câmpuri standard; orice altă cheie este o proprietate proprie.</translation>
    </message>
    <message>
        <source>flags: expected &apos;evaluate&apos;; see &apos;straja-cli flags --help&apos;</source>
        <translation>flags: se aștepta „evaluate”; vedeți „straja-cli flags --help”</translation>
    </message>
    <message>
        <source>flags: option &apos;%1&apos; needs a value</source>
        <translation>flags: opțiunea „%1” are nevoie de o valoare</translation>
    </message>
    <message>
        <source>flags: --context takes KEY=VALUE, not &apos;%1&apos;</source>
        <translation>flags: --context primește CHEIE=VALOARE, nu „%1”</translation>
    </message>
    <message>
        <source>flags: unknown option &apos;%1&apos;</source>
        <translation>flags: opțiune necunoscută „%1”</translation>
    </message>
    <message>
        <source>flags: --state and --flag are required</source>
        <translation>flags: --state și --flag sunt obligatorii</translation>
    </message>
    <message>
        <source>flags: cannot read &apos;%1&apos;: %2</source>
        <translation>flags: nu se poate citi „%1”: %2</translation>
    </message>
    <message>
        <source>flags: &apos;%1&apos; is not JSON: %2</source>
        <translation>flags: „%1” nu este JSON: %2</translation>
    </message>
    <message>
        <source>flags: no flag named &apos;%1&apos; in &apos;%2&apos;</source>
        <translation>flags: niciun indicator numit „%1” în „%2”</translation>
    </message>
    <message>
        <source>fetch, parse and store 1,000 series of 24 h from the lab&apos;s Prometheus (scripts/lab.sh)</source>
        <translation>aduce, analizează și stochează 1.000 de serii de 24 h din Prometheus-ul laboratorului (scripts/lab.sh)</translation>
    </message>
    <message>
        <source>demo-fleet: --listen takes HOST:PORT, e.g. 127.0.0.1:19101</source>
        <translation>demo-fleet: --listen primește GAZDĂ:PORT, de exemplu 127.0.0.1:19101</translation>
    </message>
    <message>
        <source>demo-fleet: refusing to listen on %1: only loopback addresses (127.0.0.1, ::1)</source>
        <translation>demo-fleet: refuz să ascult pe %1: doar adrese loopback (127.0.0.1, ::1)</translation>
    </message>
    <message>
        <source>demo-fleet: cannot listen on %1: %2</source>
        <translation>demo-fleet: nu se poate asculta pe %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>demo-fleet: serving %n service(s) on http://%1/metrics</source>
        <translation>
            <numerusform>demo-fleet: se servește %n serviciu la http://%1/metrics</numerusform>
            <numerusform>demo-fleet: se servesc %n servicii la http://%1/metrics</numerusform>
            <numerusform>demo-fleet: se servesc %n de servicii la http://%1/metrics</numerusform>
        </translation>
    </message>
    <message>
        <source>demo-fleet: --days takes a number of days from 0 to 400</source>
        <translation>demo-fleet: --days primește un număr de zile între 0 și 400</translation>
    </message>
    <message>
        <source>demo-fleet: --step takes whole seconds</source>
        <translation>demo-fleet: --step primește secunde întregi</translation>
    </message>
    <message>
        <source>demo-fleet: --end takes milliseconds since the epoch</source>
        <translation>demo-fleet: --end primește milisecunde de la epoca Unix</translation>
    </message>
    <message>
        <source>demo-fleet: --scrape-labels takes NAME=VALUE,...</source>
        <translation>demo-fleet: --scrape-labels primește NUME=VALOARE,...</translation>
    </message>
    <message>
        <source>demo-fleet: unknown metric &apos;%1&apos;</source>
        <translation>demo-fleet: metrică necunoscută „%1”</translation>
    </message>
    <message>
        <source>demo-fleet: cannot create %1</source>
        <translation>demo-fleet: nu se poate crea %1</translation>
    </message>
    <message>
        <source>demo-fleet: cannot write %1: %2</source>
        <translation>demo-fleet: nu se poate scrie %1: %2</translation>
    </message>
    <message>
        <source>demo-fleet: wrote %1 samples to %2</source>
        <translation>demo-fleet: s-au scris %1 eșantioane în %2</translation>
    </message>
    <message>
        <source>demo-fleet: --write-workspace needs --prometheus URL</source>
        <translation>demo-fleet: --write-workspace are nevoie de --prometheus URL</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>Laborator</translation>
    </message>
    <message>
        <source>Lab Prometheus</source>
        <translation>Prometheus de laborator</translation>
    </message>
    <message>
        <source>demo-fleet: wrote a workspace reading %1 to %2</source>
        <translation>demo-fleet: s-a scris în %2 un spațiu de lucru care citește %1</translation>
    </message>
    <message>
        <source>the demo fleet for a real Prometheus: metrics endpoint, backfill, lab workspace</source>
        <translation>flota demo pentru un Prometheus real: punct de acces pentru metrici, istoric, spațiu de lucru de laborator</translation>
    </message>
    <message>
        <source>straja-cli demo-fleet [--preset standard|large] [--seed N] [--origin MS] ACTION
Actions:
  --listen 127.0.0.1:PORT      serve the fleet&apos;s current values at /metrics (Prometheus text format)
  --backfill FILE|DIR/ --days N   write OpenMetrics history for &apos;promtool tsdb create-blocks-from
     [--step SECONDS] [--end MS] [--metrics rps,cpu,...]   openmetrics&apos; (default step 300 s);
                               a folder gets one file per UTC day, which promtool reads much faster
     [--scrape-labels job=J,instance=HOST:PORT]   labels the scrape will add
  --write-workspace DIR --prometheus URL [--alertmanager URL] [--loki URL]
                               a data folder for &apos;straja --data-dir DIR&apos; reading that Prometheus
The same preset, seed and origin give the same values in every action.</source>
        <translation>straja-cli demo-fleet [--preset standard|large] [--seed N] [--origin MS] ACȚIUNE
Acțiuni:
  --listen 127.0.0.1:PORT      servește valorile curente ale flotei la /metrics (format text Prometheus)
  --backfill FIȘIER|DOSAR/ --days N   scrie istoric OpenMetrics pentru „promtool tsdb create-blocks-from
     [--step SECUNDE] [--end MS] [--metrics rps,cpu,...]   openmetrics” (pas implicit 300 s);
                               un dosar primește câte un fișier pe zi UTC, pe care promtool îl citește mult mai repede
     [--scrape-labels job=J,instance=GAZDĂ:PORT]   etichetele pe care le va adăuga colectarea
  --write-workspace DOSAR --prometheus URL [--alertmanager URL] [--loki URL]
                               un dosar de date pentru „straja --data-dir DOSAR” care citește acel Prometheus
Aceleași valori pentru preset, seed și origine dau aceleași valori în fiecare acțiune.</translation>
    </message>
    <message>
        <source>demo-fleet: --seed takes a whole number</source>
        <translation>demo-fleet: --seed primește un număr întreg</translation>
    </message>
    <message>
        <source>demo-fleet: --origin takes milliseconds since the epoch</source>
        <translation>demo-fleet: --origin primește milisecunde de la epoca Unix</translation>
    </message>
    <message>
        <source>demo-fleet: unknown preset &apos;%1&apos; (use %2)</source>
        <translation>demo-fleet: preset necunoscut „%1” (folosiți %2)</translation>
    </message>
    <message>
        <source>demo-fleet: give exactly one of --listen, --backfill, --write-workspace</source>
        <translation>demo-fleet: dați exact una dintre --listen, --backfill, --write-workspace</translation>
    </message>
    <message>
        <source>demo-fleet: --backfill needs --days</source>
        <translation>demo-fleet: --backfill are nevoie de --days</translation>
    </message>
    <message>
        <source>The backfill step must be whole seconds and the range must not be empty.</source>
        <translation>Pasul istoricului trebuie să fie în secunde întregi, iar intervalul nu poate fi gol.</translation>
    </message>
    <message>
        <source>no answer within 120 s</source>
        <translation>niciun răspuns în 120 s</translation>
    </message>
    <message>
        <source>refresh: needs the lab with its benchmark data (%1 not found or without it): run scripts/lab.sh up --with-bench-data</source>
        <translation>refresh: are nevoie de laborator cu datele de benchmark (%1 lipsește sau nu le are): rulați scripts/lab.sh up --with-bench-data</translation>
    </message>
    <message>
        <source>refresh: %1 series, 24 h at 1 min, from %2 (3 runs)</source>
        <translation>refresh: %1 serii, 24 h la 1 min, din %2 (3 rulări)</translation>
    </message>
    <message>
        <source>refresh: failed: %1</source>
        <translation>refresh: eșuat: %1</translation>
    </message>
    <message>
        <source>  run %1: %2 samples; fetched and parsed in %3 ms, stored by %4 ms</source>
        <translation>  rularea %1: %2 eșantioane; aduse și analizate în %3 ms, stocate până la %4 ms</translation>
    </message>
    <message>
        <source>refresh: median %1 ms wall for fetch + parse + store (budget 2000 ms)</source>
        <translation>refresh: mediana %1 ms timp real pentru aducere + analiză + stocare (buget 2000 ms)</translation>
    </message>
    <message>
        <source>refresh: main-thread stall p50 %1 ms, p99 %2 ms, max %3 ms over %4 ticks (budget p99 16 ms)</source>
        <translation>refresh: blocarea firului principal p50 %1 ms, p99 %2 ms, max %3 ms în %4 tacturi (buget p99 16 ms)</translation>
    </message>
    <message>
        <source>list proposed, running and decided actions</source>
        <translation>listează acțiunile propuse, în desfășurare și decise</translation>
    </message>
    <message>
        <source>Usage: straja-cli actions list [--database FILE | --data-dir DIR] [--state open|active|all|STATE]
                               [--format text|csv]
       straja-cli actions target SERVICE [KEY=VALUE ...] [--database FILE | --data-dir DIR]
list -- open: proposals waiting for a decision (default); active: approved and running; all: everything.
target -- where a service&apos;s actions go at its provider, e.g. kubeconfig=PATH context=NAME namespace=NS
deployment=NAME (Kubernetes) or serviceId=ID environmentId=ID account=NAME plan=hobby|pro|enterprise
(Railway); KEY= removes a key. Tokens go to the keychain, never here. Read at the next start.</source>
        <translation>Utilizare: straja-cli actions list [--database FIȘIER | --data-dir DIR] [--state open|active|all|STARE]
                                   [--format text|csv]
           straja-cli actions target SERVICIU [CHEIE=VALOARE ...] [--database FIȘIER | --data-dir DIR]
list -- open: propuneri care așteaptă o decizie (implicit); active: aprobate și în desfășurare; all: toate.
target -- unde merg acțiunile unui serviciu la furnizorul lui, de exemplu kubeconfig=CALE context=NUME namespace=NS
deployment=NUME (Kubernetes) sau serviceId=ID environmentId=ID account=NUME plan=hobby|pro|enterprise
(Railway); CHEIE= șterge o cheie. Token-urile merg în portchei, niciodată aici. Citite la următoarea pornire.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not KEY=VALUE</source>
        <translation>„%1” nu este de forma CHEIE=VALOARE</translation>
    </message>
    <message>
        <source>tokens belong in the keychain, not in the workspace</source>
        <translation>token-urile se păstrează în portchei, nu în spațiul de lucru</translation>
    </message>
    <message>
        <source>no database at %1</source>
        <translation>nu există o bază de date la %1</translation>
    </message>
    <message>
        <source>no service &apos;%1&apos; in the workspace</source>
        <translation>nu există serviciul „%1” în spațiul de lucru</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>opțiune necunoscută „%1”</translation>
    </message>
    <message>
        <source>--format is text or csv</source>
        <translation>--format este text sau csv</translation>
    </message>
    <message>
        <source>unknown state &apos;%1&apos;</source>
        <translation>stare necunoscută „%1”</translation>
    </message>
    <message>
        <source>  [shadow]</source>
        <translation>  [doar prognoză]</translation>
    </message>
    <message>
        <source>no actions</source>
        <translation>nicio acțiune</translation>
    </message>
    <message>
        <source>verify that the audit log was not edited, cut or reordered</source>
        <translation>verifică faptul că jurnalul de audit nu a fost modificat, tăiat sau reordonat</translation>
    </message>
    <message>
        <source>Usage: straja-cli audit verify [--database FILE | --data-dir DIR] [--expect-head HASH]
Checks every record&apos;s hash and its link to the record before it. --expect-head compares the
newest record&apos;s hash with one you kept elsewhere, which also catches records cut from the end.
Exit code 0: intact; 1: broken or unreadable; 2: usage error.</source>
        <translation>Utilizare: straja-cli audit verify [--database FIȘIER | --data-dir DIR] [--expect-head HASH]
Verifică hash-ul fiecărei înregistrări și legătura ei cu înregistrarea anterioară. --expect-head compară
hash-ul celei mai noi înregistrări cu unul păstrat în altă parte, ceea ce prinde și înregistrările tăiate de la sfârșit.
Cod de ieșire 0: intact; 1: deteriorat sau ilizibil; 2: eroare de utilizare.</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 necesită o valoare</translation>
    </message>
    <message>
        <source>audit log BROKEN at record %1: %2</source>
        <translation>jurnalul de audit este COMPROMIS la înregistrarea %1: %2</translation>
    </message>
    <message>
        <source>audit log BROKEN: its newest record (%1) has hash %2, not the expected %3; records were cut from the end or the log was rewritten</source>
        <translation>jurnalul de audit este COMPROMIS: cea mai nouă înregistrare (%1) are hash-ul %2, nu %3 cum era de așteptat; au fost tăiate înregistrări de la sfârșit sau jurnalul a fost rescris</translation>
    </message>
    <message numerus="yes">
        <source>audit log intact: %n record(s)</source>
        <translation>
            <numerusform>jurnalul de audit este intact: %n înregistrare</numerusform>
            <numerusform>jurnalul de audit este intact: %n înregistrări</numerusform>
            <numerusform>jurnalul de audit este intact: %n de înregistrări</numerusform>
        </translation>
    </message>
    <message>
        <source>head: %1</source>
        <translation>capăt: %1</translation>
    </message>
    <message>
        <source>give either --database or --data-dir, not both</source>
        <translation>dați fie --database, fie --data-dir, nu amândouă</translation>
    </message>
    <message>
        <source>cost per project, service and resource from the local store (CSV)</source>
        <translation>costul pe proiect, serviciu și resursă din stocarea locală (CSV)</translation>
    </message>
    <message>
        <source>Usage: straja-cli cost [--data-dir DIR] [--period today|month|monthend] [--tz ZONE]
                       [--at &quot;YYYY-MM-DD HH:MM&quot;] [--prices DIR] [--recommendations] [--output FILE]
Reads the workspace and its cached usage from DIR (default: Straja&apos;s data folder), prices it with
the built-in price tables (or those in --prices), and writes CSV: one row per service and plan,
then a total row; amounts in dollars, rounded so that the rows add up to the total exactly.
--period  today, month (month to date, the default) or monthend (forecast)
--tz      the time zone of days and months (default: the system&apos;s), e.g. Europe/Bucharest
--at      the moment to compute for, UTC (default: now)
--recommendations  the savings and region recommendations instead of the table</source>
        <translation>Utilizare: straja-cli cost [--data-dir DIR] [--period today|month|monthend] [--tz ZONE]
                           [--at &quot;YYYY-MM-DD HH:MM&quot;] [--prices DIR] [--recommendations] [--output FILE]
Citește spațiul de lucru și consumul lui din stocarea locală din DIR (implicit: dosarul de date Straja),
îl tarifează cu tabelele de prețuri încorporate (sau cu cele din --prices) și scrie CSV: câte un rând
pe serviciu și plan, apoi un rând de total; sume în dolari, rotunjite astfel încât rândurile să dea exact totalul.
--period  today (azi), month (luna până acum, implicit) sau monthend (prognoza la sfârșitul lunii)
--tz      fusul orar al zilelor și lunilor (implicit: al sistemului), de exemplu Europe/Bucharest
--at      momentul pentru care se calculează, UTC (implicit: acum)
--recommendations  recomandările de economisire și de regiuni în locul tabelului</translation>
    </message>
    <message>
        <source>cost: unexpected argument &apos;%1&apos;</source>
        <translation>cost: argument neașteptat „%1”</translation>
    </message>
    <message>
        <source>cost: --period takes today, month or monthend, not &apos;%1&apos;</source>
        <translation>cost: --period acceptă today, month sau monthend, nu „%1”</translation>
    </message>
    <message>
        <source>cost: unknown time zone &apos;%1&apos;</source>
        <translation>cost: fus orar necunoscut „%1”</translation>
    </message>
    <message>
        <source>cost: --at takes &quot;YYYY-MM-DD HH:MM&quot; (UTC), not &apos;%1&apos;</source>
        <translation>cost: --at acceptă &quot;YYYY-MM-DD HH:MM&quot; (UTC), nu „%1”</translation>
    </message>
    <message>
        <source>cost: cannot write %1: %2</source>
        <translation>cost: %1 nu poate fi scris: %2</translation>
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
    <message>
        <source>parse, build and lay out a 10,000-span Jaeger trace</source>
        <translation>citește, construiește și așază o urmă Jaeger de 10.000 de segmente</translation>
    </message>
    <message>
        <source>write a PDF, HTML or CSV report of a project or the whole workspace, offline</source>
        <translation>scrie un raport PDF, HTML sau CSV al unui proiect sau al întregului spațiu de lucru, offline</translation>
    </message>
    <message>
        <source>Usage: straja-cli report --workspace FILE|demo --project NAME|all --format pdf|html|csv
                         --lang ro|en --output PATH [--period 7d] [--until WHEN]
                         [--data-dir DIR] [--tz ZONE] [--seed N]
  --workspace  a workspace file (.json: figures from the store in DIR), a Straja
               database (.sqlite), or &apos;demo&apos;: the demo fleet simulated offline
  --project    a project&apos;s id or name, or &apos;all&apos; for the whole workspace
  --period     length of the period, in hours (48h) or days (7d); default 7d
  --until      end of the period: &apos;YYYY-MM-DD&apos;, &apos;YYYY-MM-DD HH:MM&apos; (UTC) or unix
               seconds; default now
  --tz         time zone of the dates in the report (e.g. Europe/Bucharest)
No source is contacted: a report reads the local store only.</source>
        <translation>Utilizare: straja-cli report --workspace FIȘIER|demo --project NUME|all --format pdf|html|csv
                            --lang ro|en --output CALE [--period 7d] [--until CÂND]
                            [--data-dir DIR] [--tz ZONĂ] [--seed N]
  --workspace  un fișier de spațiu de lucru (.json: cifrele din stocarea din DIR), o bază
               de date Straja (.sqlite) sau „demo”: flota demonstrativă simulată offline
  --project    id-ul sau numele unui proiect, ori „all” pentru întregul spațiu de lucru
  --period     durata perioadei, în ore (48h) sau zile (7d); implicit 7d
  --until      sfârșitul perioadei: „AAAA-LL-ZZ”, „AAAA-LL-ZZ HH:MM” (UTC) sau secunde
               unix; implicit acum
  --tz         fusul orar al datelor din raport (de ex. Europe/Bucharest)
Nicio sursă nu este contactată: un raport citește doar stocarea locală.</translation>
    </message>
    <message>
        <source>report: unexpected argument &apos;%1&apos;</source>
        <translation>report: argument neașteptat „%1”</translation>
    </message>
    <message>
        <source>report: --seed must be a whole number</source>
        <translation>report: --seed trebuie să fie un număr întreg</translation>
    </message>
    <message>
        <source>report: --workspace, --project and --output are required</source>
        <translation>report: --workspace, --project și --output sunt obligatorii</translation>
    </message>
    <message>
        <source>report: unknown format &apos;%1&apos; (expected pdf, html or csv)</source>
        <translation>report: format necunoscut „%1” (se așteaptă pdf, html sau csv)</translation>
    </message>
    <message>
        <source>report: unknown language &apos;%1&apos; (expected ro or en)</source>
        <translation>report: limbă necunoscută „%1” (se așteaptă ro sau en)</translation>
    </message>
    <message>
        <source>report: --period must look like 48h or 7d, not &apos;%1&apos;</source>
        <translation>report: --period trebuie să arate ca 48h sau 7d, nu „%1”</translation>
    </message>
    <message>
        <source>report: --until must be a date, a date and time, or unix seconds, not &apos;%1&apos;</source>
        <translation>report: --until trebuie să fie o dată, o dată cu oră sau secunde unix, nu „%1”</translation>
    </message>
    <message>
        <source>report: unknown time zone &apos;%1&apos;</source>
        <translation>report: fus orar necunoscut „%1”</translation>
    </message>
    <message>
        <source>report: cannot create a temporary folder: %1</source>
        <translation>report: nu se poate crea un dosar temporar: %1</translation>
    </message>
    <message>
        <source>report: cannot read %1: %2</source>
        <translation>report: nu se poate citi %1: %2</translation>
    </message>
    <message>
        <source>report: no local store at %1</source>
        <translation>report: nu există o stocare locală la %1</translation>
    </message>
    <message>
        <source>report: the workspace has no project &apos;%1&apos; (it has: %2)</source>
        <translation>report: spațiul de lucru nu are proiectul „%1” (are: %2)</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Scris: %1</translation>
    </message>
    <message>
        <source>alert evaluation of 1,000 services x 10 rules per refresh</source>
        <translation>evaluarea alertelor pentru 1.000 de servicii x 10 reguli la fiecare reîmprospătare</translation>
    </message>
    <message>
        <source>store 1,000 series of 24 h at 1 min in the sample cache, without the lab</source>
        <translation>stochează 1.000 de serii de 24 h la 1 min în memoria de eșantioane, fără laborator</translation>
    </message>
    <message>
        <source>store-write: %1 series x %2 samples (24 h at 1 min), 3 runs</source>
        <translation>store-write: %1 serii x %2 eșantioane (24 h la 1 min), 3 rulări</translation>
    </message>
    <message>
        <source>store-write: failed: %1</source>
        <translation>store-write: eșuat: %1</translation>
    </message>
    <message>
        <source>  run %1: first write %2 ms (%6 ms CPU), next refresh %3 ms, read back %4 points in %5 ms</source>
        <translation>  rularea %1: prima scriere %2 ms (%6 ms CPU), reîmprospătarea următoare %3 ms, %4 puncte citite înapoi în %5 ms</translation>
    </message>
    <message>
        <source>store-write: median first write %1 ms wall (%4 ms CPU), next refresh %2 ms, read back %3 ms</source>
        <translation>store-write: mediana primei scrieri %1 ms reali (%4 ms CPU), reîmprospătarea următoare %2 ms, citirea înapoi %3 ms</translation>
    </message>
    <message>
        <source>Writes &apos;timestamp,value,anomaly_score&apos;, one row per input row. Scores are causal:
a row&apos;s score uses only the rows up to it, so a prefix of the file scores the same.
Rows must be in time order; a row not later than an earlier one (a clock set back)
is scored as another sample of the latest time, with a warning.</source>
        <translation>Scrie „timestamp,value,anomaly_score”, un rând pentru fiecare rând de intrare. Scorurile sunt cauzale:
scorul unui rând folosește doar rândurile până la el, deci un prefix al fișierului primește aceleași scoruri.
Rândurile trebuie să fie în ordinea timpului; un rând care nu e mai târziu decât unul anterior (un ceas dat înapoi)
este evaluat ca încă o măsurătoare a celui mai recent moment, cu un avertisment.</translation>
    </message>
    <message numerus="yes">
        <source>anomalies: warning: %n row(s) not later than an earlier row (first on line %1); each was scored as another sample of the latest time</source>
        <translation>
            <numerusform>anomalies: avertisment: %n rând nu e mai târziu decât un rând anterior (primul pe linia %1); fiecare a fost evaluat ca încă o măsurătoare a celui mai recent moment</numerusform>
            <numerusform>anomalies: avertisment: %n rânduri nu sunt mai târziu decât un rând anterior (primul pe linia %1); fiecare a fost evaluat ca încă o măsurătoare a celui mai recent moment</numerusform>
            <numerusform>anomalies: avertisment: %n de rânduri nu sunt mai târziu decât un rând anterior (primul pe linia %1); fiecare a fost evaluat ca încă o măsurătoare a celui mai recent moment</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cost::CostAnalyzer</name>
    <message numerus="yes">
        <source>%n service(s) have no price table and are not counted.</source>
        <translation>
            <numerusform>Un serviciu nu are tabel de prețuri și nu este socotit.</numerusform>
            <numerusform>%n servicii nu au tabel de prețuri și nu sunt socotite.</numerusform>
            <numerusform>%n de servicii nu au tabel de prețuri și nu sunt socotite.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cost::CostModel</name>
    <message>
        <source>no price table chosen for this service</source>
        <translation>niciun tabel de prețuri ales pentru acest serviciu</translation>
    </message>
    <message>
        <source>unknown price table &apos;%1&apos;</source>
        <translation>tabel de prețuri necunoscut „%1”</translation>
    </message>
</context>
<context>
    <name>Cost::CostService</name>
    <message>
        <source>The workspace is not open yet.</source>
        <translation>Spațiul de lucru nu este încă deschis.</translation>
    </message>
    <message>
        <source>Some usage could not be fetched (%1); the figures use what the store had.</source>
        <translation>O parte din consum nu a putut fi adusă (%1); cifrele folosesc ce avea stocarea locală.</translation>
    </message>
</context>
<context>
    <name>Cost::Money</name>
    <message>
        <source>&apos;%1&apos; is not a valid %2: %3</source>
        <translation>„%1” nu este %2 valid: %3</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>este gol</translation>
    </message>
    <message>
        <source>more than one decimal point</source>
        <translation>mai mult de un separator zecimal</translation>
    </message>
    <message>
        <source>use a dot as the decimal separator and no thousands separator</source>
        <translation>folosiți punctul ca separator zecimal și niciun separator de mii</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>caracter neașteptat „%1”</translation>
    </message>
    <message numerus="yes">
        <source>more than %n decimal(s)</source>
        <translation>
            <numerusform>mai mult de o zecimală</numerusform>
            <numerusform>mai mult de %n zecimale</numerusform>
            <numerusform>mai mult de %n de zecimale</numerusform>
        </translation>
    </message>
    <message>
        <source>too large</source>
        <translation>prea mare</translation>
    </message>
    <message>
        <source>no digits</source>
        <translation>nicio cifră</translation>
    </message>
    <message>
        <source>amount of money</source>
        <translation>un număr de bani</translation>
    </message>
    <message>
        <source>price</source>
        <translation>un preț</translation>
    </message>
</context>
<context>
    <name>Cost::PriceCatalog</name>
    <message>
        <source>Price table %1: %2</source>
        <translation>Tabelul de prețuri %1: %2</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>lipsește</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>trebuie să fie un șir de caractere</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>nu poate fi gol</translation>
    </message>
    <message>
        <source>must be a number above zero</source>
        <translation>trebuie să fie un număr mai mare decât zero</translation>
    </message>
    <message>
        <source>write amounts as strings (&quot;20.00&quot;), so no digit is lost</source>
        <translation>scrieți sumele ca șiruri (&quot;20.00&quot;), ca să nu se piardă nicio cifră</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>nu poate fi negativ</translation>
    </message>
    <message>
        <source>must be an object like {&quot;price&quot;: &quot;0.01&quot;, &quot;per&quot;: &quot;hour&quot;}</source>
        <translation>trebuie să fie un obiect ca {&quot;price&quot;: &quot;0.01&quot;, &quot;per&quot;: &quot;hour&quot;}</translation>
    </message>
    <message>
        <source>write prices as strings (&quot;0.000463&quot;), so no digit is lost</source>
        <translation>scrieți prețurile ca șiruri (&quot;0.000463&quot;), ca să nu se piardă nicio cifră</translation>
    </message>
    <message>
        <source>must be one of second, minute, hour, month</source>
        <translation>trebuie să fie unul dintre second, minute, hour, month</translation>
    </message>
    <message>
        <source>this price is per unit only; remove &quot;per&quot;</source>
        <translation>acest preț este doar pe unitate; eliminați &quot;per&quot;</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>JSON nevalid la poziția %1: %2</translation>
    </message>
    <message>
        <source>the file must hold one JSON object</source>
        <translation>fișierul trebuie să conțină un singur obiect JSON</translation>
    </message>
    <message>
        <source>must be 1 (the only format this Straja reads)</source>
        <translation>trebuie să fie 1 (singurul format pe care îl citește această versiune Straja)</translation>
    </message>
    <message>
        <source>use lower-case letters, digits, &apos;-&apos; and &apos;_&apos;</source>
        <translation>folosiți litere mici, cifre, „-” și „_”</translation>
    </message>
    <message>
        <source>only USD is supported</source>
        <translation>doar USD este acceptat</translation>
    </message>
    <message>
        <source>must be &quot;usage&quot; or &quot;allocation&quot;</source>
        <translation>trebuie să fie &quot;usage&quot; sau &quot;allocation&quot;</translation>
    </message>
    <message>
        <source>must be a non-empty list</source>
        <translation>trebuie să fie o listă nevidă</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>trebuie să fie un obiect</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>„%1” nu este o dată (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>every version after the first needs the date it applies from</source>
        <translation>fiecare versiune după prima are nevoie de data de la care se aplică</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not YYYY-MM or YYYY-MM-DD</source>
        <translation>„%1” nu este YYYY-MM sau YYYY-MM-DD</translation>
    </message>
    <message>
        <source>&apos;%1&apos; appears twice</source>
        <translation>„%1” apare de două ori</translation>
    </message>
    <message>
        <source>node prices are per hour: {&quot;price&quot;: &quot;0.134&quot;, &quot;per&quot;: &quot;hour&quot;}</source>
        <translation>prețurile nodurilor sunt pe oră: {&quot;price&quot;: &quot;0.134&quot;, &quot;per&quot;: &quot;hour&quot;}</translation>
    </message>
    <message>
        <source>versions must be in date order</source>
        <translation>versiunile trebuie să fie în ordinea datelor</translation>
    </message>
    <message>
        <source>a resource&apos;s price must be per the same time unit in every version</source>
        <translation>prețul unei resurse trebuie să fie pe aceeași unitate de timp în fiecare versiune</translation>
    </message>
    <message>
        <source>No built-in price tables (:/prices is empty).</source>
        <translation>Nu există tabele de prețuri încorporate (:/prices este gol).</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 nu poate fi citit.</translation>
    </message>
    <message>
        <source>Cannot read %1; the built-in prices are used.</source>
        <translation>%1 nu poate fi citit; se folosesc prețurile încorporate.</translation>
    </message>
    <message>
        <source>The built-in prices are used instead.</source>
        <translation>Se folosesc în schimb prețurile încorporate.</translation>
    </message>
</context>
<context>
    <name>Cost::Recommendation</name>
    <message numerus="yes">
        <source>Sleep %1: no traffic for %n day(s)</source>
        <translation>
            <numerusform>Suspendați %1: fără trafic de o zi</numerusform>
            <numerusform>Suspendați %1: fără trafic de %n zile</numerusform>
            <numerusform>Suspendați %1: fără trafic de %n de zile</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1 on %2 instead of %3 replicas from %4 to %5</source>
        <translation>Rulați %1 pe %2 în loc de %3 replici între %4 și %5</translation>
    </message>
    <message>
        <source>Right-size %1 to %2 vCPU and %3 GB per replica</source>
        <translation>Redimensionați %1 la %2 vCPU și %3 GB pe replică</translation>
    </message>
    <message>
        <source>Scale %1 from %2 to %3 replicas</source>
        <translation>Scalați %1 de la %2 la %3 replici</translation>
    </message>
    <message numerus="yes">
        <source>Serve %n small %1 services from one shared deployment</source>
        <translation>
            <numerusform>Serviți un serviciu mic %1 dintr-o implementare comună</numerusform>
            <numerusform>Serviți %n servicii mici %1 dintr-o implementare comună</numerusform>
            <numerusform>Serviți %n de servicii mici %1 dintr-o implementare comună</numerusform>
        </translation>
    </message>
    <message>
        <source>Deploy a replica of %1 in %2</source>
        <translation>Implementați o replică a %1 în %2</translation>
    </message>
    <message numerus="yes">
        <source>At most %1 requests/s in the last %n day(s); replicas running: %2. Scaling it to zero saves about %3 a month; volumes and their cost stay.</source>
        <translation>
            <numerusform>Cel mult %1 cereri/s în ultima zi; replici în funcțiune: %2. Scalarea la zero economisește circa %3 pe lună; volumele și costul lor rămân.</numerusform>
            <numerusform>Cel mult %1 cereri/s în ultimele %n zile; replici în funcțiune: %2. Scalarea la zero economisește circa %3 pe lună; volumele și costul lor rămân.</numerusform>
            <numerusform>Cel mult %1 cereri/s în ultimele %n de zile; replici în funcțiune: %2. Scalarea la zero economisește circa %3 pe lună; volumele și costul lor rămân.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Learned from the daily profile of the last %n day(s): from %1 to %2 (%3) the 95th percentile load fits in fewer replicas (needed: %4, at a %5 CPU target). Saves about %6 a month.</source>
        <translation>
            <numerusform>Învățat din profilul zilnic al ultimei zile: între %1 și %2 (%3) sarcina de la percentila 95 încape în mai puține replici (necesare: %4, la o țintă CPU de %5). Economisește circa %6 pe lună.</numerusform>
            <numerusform>Învățat din profilul zilnic al ultimelor %n zile: între %1 și %2 (%3) sarcina de la percentila 95 încape în mai puține replici (necesare: %4, la o țintă CPU de %5). Economisește circa %6 pe lună.</numerusform>
            <numerusform>Învățat din profilul zilnic al ultimelor %n de zile: între %1 și %2 (%3) sarcina de la percentila 95 încape în mai puține replici (necesare: %4, la o țintă CPU de %5). Economisește circa %6 pe lună.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>95th percentile use over %n day(s): CPU %1 of %2 vCPU, memory %3 of %4 GB. The new allocation keeps them near the %5 target and saves about %6 a month.</source>
        <translation>
            <numerusform>Utilizarea la percentila 95 într-o zi: CPU %1 din %2 vCPU, memorie %3 din %4 GB. Noua alocare le ține aproape de ținta de %5 și economisește circa %6 pe lună.</numerusform>
            <numerusform>Utilizarea la percentila 95 în %n zile: CPU %1 din %2 vCPU, memorie %3 din %4 GB. Noua alocare le ține aproape de ținta de %5 și economisește circa %6 pe lună.</numerusform>
            <numerusform>Utilizarea la percentila 95 în %n de zile: CPU %1 din %2 vCPU, memorie %3 din %4 GB. Noua alocare le ține aproape de ținta de %5 și economisește circa %6 pe lună.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over %n day(s) the 95th percentile load was %1 of one replica; replicas needed at that load: %2, each at about %3 CPU. Saves about %4 a month.</source>
        <translation>
            <numerusform>Într-o zi, sarcina la percentila 95 a fost %1 dintr-o replică; replici necesare la această sarcină: %2, fiecare la circa %3 CPU. Economisește circa %4 pe lună.</numerusform>
            <numerusform>În %n zile, sarcina la percentila 95 a fost %1 dintr-o replică; replici necesare la această sarcină: %2, fiecare la circa %3 CPU. Economisește circa %4 pe lună.</numerusform>
            <numerusform>În %n de zile, sarcina la percentila 95 a fost %1 dintr-o replică; replici necesare la această sarcină: %2, fiecare la circa %3 CPU. Economisește circa %4 pe lună.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) (projects: %1) each use little of their own replica. Together their 95th percentile use fits in one multi-tenant deployment (replicas: %2). Saves about %3 a month.</source>
        <translation>
            <numerusform>Un serviciu (proiecte: %1) folosește puțin din propria replică. Utilizarea lui la percentila 95 încape într-o implementare comună (replici: %2). Economisește circa %3 pe lună.</numerusform>
            <numerusform>%n servicii (proiecte: %1) folosesc fiecare puțin din propria replică. Împreună, utilizarea lor la percentila 95 încape într-o singură implementare comună (replici: %2). Economisește circa %3 pe lună.</numerusform>
            <numerusform>%n de servicii (proiecte: %1) folosesc fiecare puțin din propria replică. Împreună, utilizarea lor la percentila 95 încape într-o singură implementare comună (replici: %2). Economisește circa %3 pe lună.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of its traffic comes from %2, where the p95 latency is %3 ms against %4 ms in %5. A replica there should cut about %6 ms for those users, for about %7 a month.</source>
        <translation>%1 din traficul său vine din %2, unde latența p95 este de %3 ms față de %4 ms în %5. O replică acolo ar reduce latența cu circa %6 ms pentru acești utilizatori, pentru circa %7 pe lună.</translation>
    </message>
    <message>
        <source>The first request after it sleeps waits for a cold start; scheduled jobs inside the service stop while it sleeps.</source>
        <translation>Prima cerere după adormire așteaptă o pornire la rece; sarcinile programate din serviciu se opresc cât timp acesta doarme.</translation>
    </message>
    <message>
        <source>A spike inside the window waits for the scale-up; the profile can drift, so the schedule is re-learned every time the figures refresh.</source>
        <translation>Un vârf în acest interval așteaptă scalarea în sus; profilul se poate schimba, așa că programul este reînvățat la fiecare reîmprospătare a cifrelor.</translation>
    </message>
    <message>
        <source>Less memory headroom: a burst above the 95th percentile can get the container killed (OOM).</source>
        <translation>Mai puțină rezervă de memorie: o creștere peste percentila 95 poate duce la oprirea forțată a containerului (OOM).</translation>
    </message>
    <message>
        <source>Less CPU headroom: bursts are throttled, so latency can rise at peaks.</source>
        <translation>Mai puțină rezervă de CPU: creșterile bruște sunt limitate, deci latența poate crește la vârfuri.</translation>
    </message>
    <message>
        <source>Less headroom and less redundancy: losing one replica puts more load on the others.</source>
        <translation>Mai puțină rezervă și mai puțină redundanță: pierderea unei replici pune mai multă sarcină pe celelalte.</translation>
    </message>
    <message>
        <source>One failure then affects every service in the group, and the sites must be migrated into one multi-tenant deployment by hand.</source>
        <translation>O singură defecțiune afectează atunci toate serviciile din grup, iar site-urile trebuie mutate manual într-o implementare comună.</translation>
    </message>
    <message>
        <source>The plan&apos;s replica cap is reached: this needs a larger plan. Writes still go to the database in the home region.</source>
        <translation>Limita de replici a planului este atinsă: este nevoie de un plan mai mare. Scrierile merg în continuare la baza de date din regiunea de bază.</translation>
    </message>
    <message>
        <source>Writes and uncached reads still go to the database in the home region, so the gain is smaller for pages that need them.</source>
        <translation>Scrierile și citirile fără cache merg în continuare la baza de date din regiunea de bază, deci câștigul este mai mic pentru paginile care au nevoie de ele.</translation>
    </message>
</context>
<context>
    <name>Cost::Resource</name>
    <message>
        <source>vCPU</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memorie</translation>
    </message>
    <message>
        <source>Node share</source>
        <translation>Cotă de nod</translation>
    </message>
    <message>
        <source>Egress</source>
        <translation>Trafic de ieșire</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Planuri</translation>
    </message>
</context>
<context>
    <name>Cost::Risk</name>
    <message>
        <source>Low</source>
        <translation>Scăzut</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mediu</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Ridicat</translation>
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
    <name>Diagnosis</name>
    <message>
        <source>Memory leak</source>
        <translation>Scurgere de memorie</translation>
    </message>
    <message>
        <source>CPU saturation</source>
        <translation>Saturarea procesorului</translation>
    </message>
    <message>
        <source>Slow database after a deploy</source>
        <translation>Bază de date lentă după o implementare</translation>
    </message>
    <message>
        <source>5xx spike after a deploy</source>
        <translation>Val de erori 5xx după o implementare</translation>
    </message>
    <message>
        <source>429s from a dependency</source>
        <translation>Răspunsuri 429 de la o dependență</translation>
    </message>
    <message>
        <source>Crash loop</source>
        <translation>Bucla de căderi</translation>
    </message>
    <message>
        <source>Disk filling up</source>
        <translation>Discul se umple</translation>
    </message>
    <message>
        <source>Certificate expiring</source>
        <translation>Certificat pe cale să expire</translation>
    </message>
    <message>
        <source>Cache hit ratio drop</source>
        <translation>Scăderea ratei de reușită a cache-ului</translation>
    </message>
    <message>
        <source>Queue backlog growing</source>
        <translation>Coada de mesaje crește</translation>
    </message>
    <message>
        <source>Connection pool exhausted</source>
        <translation>Grupul de conexiuni epuizat</translation>
    </message>
    <message>
        <source>Latency regression in one region</source>
        <translation>Creșterea latenței într-o singură regiune</translation>
    </message>
    <message>
        <source>Memory grows steadily by %1 %/h (now %2 %); the limit is reached in about %3 h, then the container is killed.</source>
        <translation>Memoria crește constant cu %1 %/h (acum %2 %); limita este atinsă în circa %3 h, apoi containerul este oprit forțat.</translation>
    </message>
    <message>
        <source>CPU has averaged %1 % for %2 min and p95 latency is %3× its usual level.</source>
        <translation>Procesorul a avut în medie %1 % timp de %2 min, iar latența p95 este de %3× nivelul obișnuit.</translation>
    </message>
    <message>
        <source>Query latency rose from %1 ms to %2 ms (%3×) %4 min after %5 was deployed.</source>
        <translation>Latența interogărilor a crescut de la %1 ms la %2 ms (%3×) la %4 min după implementarea lui %5.</translation>
    </message>
    <message>
        <source>The 5xx rate rose from %1 % to %2 % %3 min after a deploy.</source>
        <translation>Rata de erori 5xx a crescut de la %1 % la %2 % la %3 min după o implementare.</translation>
    </message>
    <message>
        <source>A dependency answers %1 requests/s with HTTP 429 (%2 % of calls) for %3 min.</source>
        <translation>O dependență răspunde la %1 cereri/s cu HTTP 429 (%2 % din apeluri) de %3 min.</translation>
    </message>
    <message>
        <source>%1 restarts in the last hour, starting %2 min after a deploy.</source>
        <translation>%1 reporniri în ultima oră, începând la %2 min după o implementare.</translation>
    </message>
    <message>
        <source>%1 restarts in the last hour, with no deploy before them.</source>
        <translation>%1 reporniri în ultima oră, fără nicio implementare înaintea lor.</translation>
    </message>
    <message>
        <source>The volume is %1 % full and grows %2 % a day: full in about %3 days.</source>
        <translation>Volumul este plin în proporție de %1 % și crește cu %2 % pe zi: se umple în circa %3 zile.</translation>
    </message>
    <message>
        <source>The certificate expires in %1 days.</source>
        <translation>Certificatul expiră în %1 zile.</translation>
    </message>
    <message>
        <source>The cache hit ratio fell from %1 % to %2 % for %3 min.</source>
        <translation>Rata de reușită a cache-ului a scăzut de la %1 % la %2 % timp de %3 min.</translation>
    </message>
    <message>
        <source>%1 messages wait (%2× the usual) and the backlog grows by %3 a minute.</source>
        <translation>%1 mesaje așteaptă (%2× față de obișnuit), iar coada crește cu %3 pe minut.</translation>
    </message>
    <message>
        <source>%1 % of the connection pool has been in use for %2 min; requests wait for a connection.</source>
        <translation>%1 % din grupul de conexiuni este ocupat de %2 min; cererile așteaptă o conexiune.</translation>
    </message>
    <message>
        <source>p95 latency in %1 rose from %2 ms to %3 ms (%4×) while the other regions stayed within %5×.</source>
        <translation>Latența p95 în %1 a crescut de la %2 ms la %3 ms (%4×), în timp ce celelalte regiuni au rămas sub %5×.</translation>
    </message>
    <message>
        <source>memory rising in a straight line for hours, not with traffic</source>
        <translation>memorie care crește liniar ore în șir, nu odată cu traficul</translation>
    </message>
    <message>
        <source>CPU at or above 90 % for 10 min with latency up</source>
        <translation>procesor la 90 % sau peste timp de 10 min, cu latența în creștere</translation>
    </message>
    <message>
        <source>a database&apos;s latency doubling within 30 min after a client&apos;s deploy</source>
        <translation>latența unei baze de date se dublează în 30 min după implementarea unui client</translation>
    </message>
    <message>
        <source>the 5xx rate tripling (and +1 point) within 30 min after a deploy</source>
        <translation>rata de erori 5xx se triplează (și crește cu 1 punct) în 30 min după o implementare</translation>
    </message>
    <message>
        <source>429 answers above 1/s and 2 % of calls for 5 min</source>
        <translation>răspunsuri 429 peste 1/s și 2 % din apeluri timp de 5 min</translation>
    </message>
    <message>
        <source>3 or more restarts within an hour</source>
        <translation>3 sau mai multe reporniri într-o oră</translation>
    </message>
    <message>
        <source>steady disk growth reaching 100 % within 7 days</source>
        <translation>creștere constantă a discului care atinge 100 % în 7 zile</translation>
    </message>
    <message>
        <source>fewer than 14 days before the certificate expires</source>
        <translation>mai puțin de 14 zile până la expirarea certificatului</translation>
    </message>
    <message>
        <source>hit ratio 15 points under its usual level for 15 min</source>
        <translation>rata de reușită cu 15 puncte sub nivelul obișnuit timp de 15 min</translation>
    </message>
    <message>
        <source>queue depth growing for 30 min to 3× its usual level</source>
        <translation>coada crește timp de 30 min până la de 3× nivelul obișnuit</translation>
    </message>
    <message>
        <source>pool usage at 95 % or more for 5 min</source>
        <translation>grupul de conexiuni ocupat 95 % sau mai mult timp de 5 min</translation>
    </message>
    <message>
        <source>one region&apos;s p95 at 1.5× its usual level while the others are steady</source>
        <translation>p95 într-o regiune la 1,5× nivelul obișnuit, în timp ce celelalte sunt stabile</translation>
    </message>
    <message>
        <source>memory falls back by half of its rise within 10 min</source>
        <translation>memoria coboară cu jumătate din creștere în 10 min</translation>
    </message>
    <message>
        <source>CPU under 85 % within 10 min</source>
        <translation>procesorul sub 85 % în 10 min</translation>
    </message>
    <message>
        <source>database latency within 1.3× of before the deploy</source>
        <translation>latența bazei de date sub 1,3× față de dinainte de implementare</translation>
    </message>
    <message>
        <source>5xx rate back under 1.5× of before the deploy</source>
        <translation>rata de erori 5xx din nou sub 1,5× față de dinainte de implementare</translation>
    </message>
    <message>
        <source>429 answers under 0.5/s</source>
        <translation>răspunsuri 429 sub 0,5/s</translation>
    </message>
    <message>
        <source>no restart in the hour after the fix</source>
        <translation>nicio repornire în ora de după remediere</translation>
    </message>
    <message>
        <source>disk usage under 80 %</source>
        <translation>ocuparea discului sub 80 %</translation>
    </message>
    <message>
        <source>more than 30 days left</source>
        <translation>mai mult de 30 de zile rămase</translation>
    </message>
    <message>
        <source>hit ratio within 5 points of its usual level</source>
        <translation>rata de reușită la cel mult 5 puncte de nivelul obișnuit</translation>
    </message>
    <message>
        <source>queue depth back under 2× its usual level</source>
        <translation>coada din nou sub 2× nivelul obișnuit</translation>
    </message>
    <message>
        <source>pool usage under 80 %</source>
        <translation>grupul de conexiuni ocupat sub 80 %</translation>
    </message>
    <message>
        <source>the region&apos;s p95 within 1.2× of its usual level</source>
        <translation>p95 al regiunii sub 1,2× nivelul obișnuit</translation>
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
        <source>%1 alerts</source>
        <translation>Alerte %1</translation>
    </message>
    <message>
        <source>The workspace changed while the logs were read; refresh them.</source>
        <translation>Spațiul de lucru s-a schimbat în timp ce se citeau jurnalele; reîmprospătați-le.</translation>
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
    <message>
        <source>between %1 and %2</source>
        <translation>între %1 și %2</translation>
    </message>
    <message>
        <source>from %1 on</source>
        <translation>de la %1 încolo</translation>
    </message>
    <message>
        <source>%1 reaches %2 around %3 (%4) in the 48-hour forecast, sooner than the growth of its daily peaks (%5) suggests.</source>
        <translation>%1 atinge %2 în jurul orei %3 (%4) în prognoza pe 48 de ore, mai devreme decât ar sugera creșterea vârfurilor zilnice (%5).</translation>
    </message>
    <message>
        <source>%1 may reach %2 from %3 on: the upper edge of the 48-hour forecast&apos;s band reaches it (daily peaks: %4).</source>
        <translation>%1 poate atinge %2 de la %3 încolo: marginea superioară a benzii prognozei pe 48 de ore ajunge acolo (vârfuri zilnice: %4).</translation>
    </message>
    <message>
        <source>%1 needed for the peak of those 48 hours.</source>
        <translation>Pentru vârful acestor 48 de ore sunt necesare: %1.</translation>
    </message>
</context>
<context>
    <name>Experiments</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Linia %1: %2</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Fișierul este gol.</translation>
    </message>
    <message>
        <source>the header must name the columns variant, exposures and conversions (and optionally timestamp); found &quot;%1&quot;.</source>
        <translation>antetul trebuie să numească coloanele variant, exposures și conversions (și, opțional, timestamp); s-a găsit „%1”.</translation>
    </message>
    <message>
        <source>a quoted field is not closed.</source>
        <translation>un câmp între ghilimele nu este închis.</translation>
    </message>
    <message>
        <source>expected %1 fields like the header, found %2.</source>
        <translation>se așteptau %1 câmpuri, ca în antet, s-au găsit %2.</translation>
    </message>
    <message>
        <source>the variant name is empty.</source>
        <translation>numele variantei este gol.</translation>
    </message>
    <message>
        <source>exposures must be a whole number from 0 to 10^12, found &quot;%1&quot;.</source>
        <translation>expunerile trebuie să fie un număr întreg de la 0 la 10^12, s-a găsit „%1”.</translation>
    </message>
    <message>
        <source>conversions must be a whole number from 0 to 10^12, found &quot;%1&quot;.</source>
        <translation>conversiile trebuie să fie un număr întreg de la 0 la 10^12, s-a găsit „%1”.</translation>
    </message>
    <message>
        <source>%1 conversions exceed %2 exposures.</source>
        <translation>%1 conversii depășesc %2 expuneri.</translation>
    </message>
    <message>
        <source>unreadable timestamp &quot;%1&quot; (use YYYY-MM-DD, YYYY-MM-DD HH:MM:SS or Unix seconds).</source>
        <translation>moment de timp ilizibil „%1” (folosiți AAAA-LL-ZZ, AAAA-LL-ZZ HH:MM:SS sau secunde Unix).</translation>
    </message>
    <message>
        <source>The file has a header but no data rows.</source>
        <translation>Fișierul are antet, dar nicio linie de date.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Nu se poate citi %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 are mai mult de %2 MB.</translation>
    </message>
    <message>
        <source>Cannot reach Prometheus at %1: %2</source>
        <translation>Prometheus nu poate fi contactat la %1: %2</translation>
    </message>
    <message>
        <source>Prometheus answered HTTP %1.</source>
        <translation>Prometheus a răspuns HTTP %1.</translation>
    </message>
    <message>
        <source>Prometheus sent unreadable JSON: %1</source>
        <translation>Prometheus a trimis JSON ilizibil: %1</translation>
    </message>
    <message>
        <source>Prometheus refused the query (%1): %2</source>
        <translation>Prometheus a refuzat interogarea (%1): %2</translation>
    </message>
    <message>
        <source>Prometheus answered a %1, not a matrix.</source>
        <translation>Prometheus a răspuns cu %1, nu cu o matrice.</translation>
    </message>
    <message>
        <source>No data yet: nobody has been exposed to the experiment.</source>
        <translation>Încă nu sunt date: nimeni nu a fost expus experimentului.</translation>
    </message>
    <message>
        <source>Sample ratio mismatch (p = %1): the variants did not get the share of users the flag assigns. Fix the assignment before trusting any result.</source>
        <translation>Împărțire dezechilibrată a eșantionului (p = %1): variantele nu au primit partea de utilizatori pe care o atribuie indicatorul. Corectați atribuirea înainte de a vă baza pe vreun rezultat.</translation>
    </message>
    <message>
        <source>Not enough data yet.</source>
        <translation>Încă nu sunt destule date.</translation>
    </message>
    <message numerus="yes">
        <source>Not enough data yet: about %1 more users per variant.</source>
        <translation>
            <numerusform>Încă nu sunt destule date: mai trebuie aproximativ %1 utilizator pe variantă.</numerusform>
            <numerusform>Încă nu sunt destule date: mai trebuie aproximativ %1 utilizatori pe variantă.</numerusform>
            <numerusform>Încă nu sunt destule date: mai trebuie aproximativ %1 de utilizatori pe variantă.</numerusform>
        </translation>
    </message>
    <message>
        <source>Variant %1 wins: %2% conversion, %3% probability to beat control.</source>
        <translation>Varianta %1 câștigă: %2 % conversie, probabilitate de %3 % să depășească varianta de control.</translation>
    </message>
    <message>
        <source>Variant %1 loses: %2% conversion, %3% probability that control is better.</source>
        <translation>Varianta %1 pierde: %2 % conversie, probabilitate de %3 % ca varianta de control să fie mai bună.</translation>
    </message>
    <message>
        <source>No difference found: at the planned size no variant changes conversion by the effect the experiment was built to detect.</source>
        <translation>Nicio diferență: la dimensiunea planificată nicio variantă nu schimbă conversia cu efectul pe care experimentul a fost construit să-l detecteze.</translation>
    </message>
    <message>
        <source>Decided by an always-valid sequential test (mSPRT) at %1% false positives, however often the results are looked at.</source>
        <translation>Decis de un test secvențial valabil oricând (mSPRT), cu %1 % rezultate fals pozitive, oricât de des sunt privite rezultatele.</translation>
    </message>
    <message>
        <source>Planned size: %L1 users per variant to detect %2% at %3% power (baseline %4%).</source>
        <translation>Dimensiune planificată: %L1 utilizatori pe variantă pentru a detecta %2 % cu o putere de %3 % (conversie de bază %4 %).</translation>
    </message>
</context>
<context>
    <name>FlagText</name>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>release</source>
        <translation>lansare</translation>
    </message>
    <message>
        <source>experiment</source>
        <translation>experiment</translation>
    </message>
    <message>
        <source>operational</source>
        <translation>operațional</translation>
    </message>
    <message>
        <source>kill switch</source>
        <translation>întrerupător de urgență</translation>
    </message>
    <message>
        <source>permission</source>
        <translation>permisiune</translation>
    </message>
    <message>
        <source>%1 of users matching the constraints</source>
        <translation>%1 dintre utilizatorii care îndeplinesc condițiile</translation>
    </message>
    <message>
        <source>%1 of users</source>
        <translation>%1 dintre utilizatori</translation>
    </message>
    <message numerus="yes">
        <source>%n listed user(s)</source>
        <translation>
            <numerusform>%n utilizator din listă</numerusform>
            <numerusform>%n utilizatori din listă</numerusform>
            <numerusform>%n de utilizatori din listă</numerusform>
        </translation>
    </message>
    <message>
        <source>listed addresses or hosts</source>
        <translation>adrese sau gazde din listă</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Inactiv</translation>
    </message>
    <message>
        <source>On · everyone</source>
        <translation>Activ · toți</translation>
    </message>
    <message numerus="yes">
        <source>On · %n user(s)</source>
        <translation>
            <numerusform>Activ · %n utilizator</numerusform>
            <numerusform>Activ · %n utilizatori</numerusform>
            <numerusform>Activ · %n de utilizatori</numerusform>
        </translation>
    </message>
    <message>
        <source>On · %1, targeted</source>
        <translation>Activ · %1, țintit</translation>
    </message>
    <message>
        <source>On · %1</source>
        <translation>Activ · %1</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Toți utilizatorii</translation>
    </message>
    <message>
        <source>Gradual rollout %1</source>
        <translation>Lansare treptată %1</translation>
    </message>
    <message>
        <source>Gradual rollout %1, random</source>
        <translation>Lansare treptată %1, aleatorie</translation>
    </message>
    <message>
        <source>Gradual rollout %1 by %2</source>
        <translation>Lansare treptată %1 după %2</translation>
    </message>
    <message>
        <source>Users: %1</source>
        <translation>Utilizatori: %1</translation>
    </message>
    <message>
        <source>IP addresses: %1</source>
        <translation>Adrese IP: %1</translation>
    </message>
    <message>
        <source>Hosts: %1</source>
        <translation>Gazde: %1</translation>
    </message>
    <message>
        <source>Custom strategy %1</source>
        <translation>Strategie proprie %1</translation>
    </message>
    <message numerus="yes">
        <source>%n constraint(s)</source>
        <translation>
            <numerusform>%n condiție</numerusform>
            <numerusform>%n condiții</numerusform>
            <numerusform>%n de condiții</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segmente</numerusform>
            <numerusform>%n de segmente</numerusform>
        </translation>
    </message>
    <message>
        <source>(paused) %1</source>
        <translation>(suspendată) %1</translation>
    </message>
    <message>
        <source>Everyone (no strategy)</source>
        <translation>Toți utilizatorii (nicio strategie)</translation>
    </message>
    <message>
        <source>No strategy</source>
        <translation>Nicio strategie</translation>
    </message>
    <message>
        <source>turned on</source>
        <translation>activat</translation>
    </message>
    <message>
        <source>turned off</source>
        <translation>dezactivat</translation>
    </message>
    <message>
        <source>strategy changed</source>
        <translation>strategie modificată</translation>
    </message>
    <message>
        <source>strategy added</source>
        <translation>strategie adăugată</translation>
    </message>
    <message>
        <source>strategy removed</source>
        <translation>strategie eliminată</translation>
    </message>
    <message>
        <source>created</source>
        <translation>creat</translation>
    </message>
    <message>
        <source>details changed</source>
        <translation>detalii modificate</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>arhivat</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>chiar acum</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>acum %n minut</numerusform>
            <numerusform>acum %n minute</numerusform>
            <numerusform>acum %n de minute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>acum %n oră</numerusform>
            <numerusform>acum %n ore</numerusform>
            <numerusform>acum %n de ore</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>acum %n zi</numerusform>
            <numerusform>acum %n zile</numerusform>
            <numerusform>acum %n de zile</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 în %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1: no recent error rate or latency</source>
        <translation>%1: nicio rată de erori sau latență recentă</translation>
    </message>
    <message>
        <source>%1: errors %2 (limit %3), p95 %4 ms (limit %5 ms)</source>
        <translation>%1: erori %2 (limită %3), p95 %4 ms (limită %5 ms)</translation>
    </message>
    <message>
        <source>simulated (demo)</source>
        <translation>simulate (demonstrație)</translation>
    </message>
    <message>
        <source>metrics source (PromQL counters)</source>
        <translation>sursa de metrici (contoare PromQL)</translation>
    </message>
    <message>
        <source>imported CSV</source>
        <translation>CSV importat</translation>
    </message>
</context>
<context>
    <name>Flags</name>
    <message>
        <source>Demo flags</source>
        <translation>Indicatoare demonstrative</translation>
    </message>
    <message>
        <source>The demo has no such flag or environment.</source>
        <translation>Demonstrația nu are acest indicator sau mediu.</translation>
    </message>
    <message>
        <source>The demo has no such strategy.</source>
        <translation>Demonstrația nu are această strategie.</translation>
    </message>
    <message>
        <source>The flag was changed after Straja read it, so nothing was changed. Refresh and review the change again.</source>
        <translation>Indicatorul a fost schimbat după ce Straja l-a citit, așa că nu s-a modificat nimic. Reîmprospătați și revedeți schimbarea.</translation>
    </message>
    <message>
        <source>you (Straja)</source>
        <translation>dumneavoastră (Straja)</translation>
    </message>
    <message>
        <source>Done and verified in the demo.</source>
        <translation>Făcut și verificat în demonstrație.</translation>
    </message>
    <message>
        <source>Turn on %1 in %2</source>
        <translation>Activează %1 în %2</translation>
    </message>
    <message>
        <source>Turn off %1 in %2</source>
        <translation>Dezactivează %1 în %2</translation>
    </message>
    <message>
        <source>Change the rollout of %1 in %2 from %3% to %4% of users</source>
        <translation>Schimbă lansarea lui %1 în %2 de la %3 % la %4 % dintre utilizatori</translation>
    </message>
    <message>
        <source>Set the rollout of %1 in %2 to %3% of users</source>
        <translation>Stabilește lansarea lui %1 în %2 la %3 % dintre utilizatori</translation>
    </message>
    <message>
        <source>Split the users of %1 in %2 as %3 (was %4)</source>
        <translation>Împarte utilizatorii lui %1 în %2 astfel: %3 (era %4)</translation>
    </message>
    <message>
        <source>Flags are not connected yet; nothing was changed.</source>
        <translation>Indicatoarele nu sunt încă conectate; nu s-a modificat nimic.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n point(s) in time for &quot;%1&quot;.</source>
        <translation>
            <numerusform>S-a importat %n moment pentru „%1”.</numerusform>
            <numerusform>S-au importat %n momente pentru „%1”.</numerusform>
            <numerusform>S-au importat %n de momente pentru „%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown delta event type &quot;%1&quot;.</source>
        <translation>Tip necunoscut de eveniment delta „%1”.</translation>
    </message>
    <message>
        <source>The flag state has no list of features.</source>
        <translation>Starea indicatoarelor nu are o listă de funcționalități.</translation>
    </message>
    <message>
        <source>The workspace has no Prometheus source to read the counters from; import a CSV instead.</source>
        <translation>Spațiul de lucru nu are o sursă Prometheus din care să citească contoarele; importați un CSV în schimb.</translation>
    </message>
    <message>
        <source>No flag source &quot;%1&quot; is connected.</source>
        <translation>Nicio sursă de indicatoare „%1” nu este conectată.</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>niciun răspuns în %1 s</translation>
    </message>
    <message>
        <source>Cannot reach Unleash at %1: %2</source>
        <translation>Unleash nu poate fi contactat la %1: %2</translation>
    </message>
    <message>
        <source>Experiment &quot;%1&quot;: variant %2 won.</source>
        <translation>Experimentul „%1”: varianta %2 a câștigat.</translation>
    </message>
    <message>
        <source>Unleash refused the admin token (HTTP %1): %2. Store an admin token for this source.</source>
        <translation>Unleash a refuzat jetonul de administrare (HTTP %1): %2. Salvați un jeton de administrare pentru această sursă.</translation>
    </message>
    <message>
        <source>Unleash has no %1 (HTTP 404): %2</source>
        <translation>Unleash nu are %1 (HTTP 404): %2</translation>
    </message>
    <message>
        <source>The flag was changed in Unleash after Straja read it, so nothing was changed. Refresh and review the change again.</source>
        <translation>Indicatorul a fost schimbat în Unleash după ce Straja l-a citit, așa că nu s-a modificat nimic. Reîmprospătați și revedeți schimbarea.</translation>
    </message>
    <message>
        <source>Unleash answered HTTP %1 to %2: %3</source>
        <translation>Unleash a răspuns HTTP %1 la %2: %3</translation>
    </message>
    <message>
        <source>No admin token is stored for %1.</source>
        <translation>Niciun jeton de administrare nu este salvat pentru %1.</translation>
    </message>
    <message>
        <source>Unleash sent unreadable JSON for %1: %2</source>
        <translation>Unleash a trimis JSON ilizibil pentru %1: %2</translation>
    </message>
    <message>
        <source>The change is incomplete and was not sent.</source>
        <translation>Schimbarea este incompletă și nu a fost trimisă.</translation>
    </message>
    <message>
        <source>Sent, but reading the flag back failed: %1</source>
        <translation>Trimisă, dar recitirea indicatorului a eșuat: %1</translation>
    </message>
    <message>
        <source>Done and verified: Unleash now has the new state.</source>
        <translation>Făcut și verificat: Unleash are acum noua stare.</translation>
    </message>
    <message>
        <source>Unleash accepted the request, but reading the flag back shows a different state.</source>
        <translation>Unleash a acceptat cererea, dar recitirea indicatorului arată altă stare.</translation>
    </message>
    <message>
        <source>Cannot store the flags: %1</source>
        <translation>Indicatoarele nu pot fi salvate: %1</translation>
    </message>
    <message>
        <source>Cannot read the CA file %1: %2.</source>
        <translation>Fișierul CA %1 nu poate fi citit: %2.</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>Fișierul CA %1 nu conține niciun certificat PEM.</translation>
    </message>
</context>
<context>
    <name>Gui::ActionTargetDialog</name>
    <message>
        <source>Action target of %1</source>
        <translation>Ținta acțiunilor pentru %1</translation>
    </message>
    <message>
        <source>Kubernetes</source>
        <translation>Kubernetes</translation>
    </message>
    <message>
        <source>Railway</source>
        <translation>Railway</translation>
    </message>
    <message>
        <source>Demo fleet</source>
        <translation>Flotă demo</translation>
    </message>
    <message>
        <source>~/.kube/config when empty and no server is given</source>
        <translation>~/.kube/config dacă e gol și nu se dă un server</translation>
    </message>
    <message>
        <source>e.g. prod</source>
        <translation>de ex. prod</translation>
    </message>
    <message>
        <source>the kubeconfig&apos;s when empty, e.g. https://10.0.0.1:6443</source>
        <translation>cel din kubeconfig dacă e gol, de ex. https://10.0.0.1:6443</translation>
    </message>
    <message>
        <source>default</source>
        <translation>default</translation>
    </message>
    <message>
        <source>&amp;Kubeconfig file:</source>
        <translation>Fișier &amp;kubeconfig:</translation>
    </message>
    <message>
        <source>&amp;Context:</source>
        <translation>&amp;Context:</translation>
    </message>
    <message>
        <source>API &amp;server:</source>
        <translation>&amp;Server API:</translation>
    </message>
    <message>
        <source>&amp;Namespace:</source>
        <translation>&amp;Namespace:</translation>
    </message>
    <message>
        <source>&amp;Deployment:</source>
        <translation>&amp;Deployment:</translation>
    </message>
    <message>
        <source>Railway&apos;s service id</source>
        <translation>id-ul serviciului în Railway</translation>
    </message>
    <message>
        <source>Railway&apos;s environment id</source>
        <translation>id-ul mediului în Railway</translation>
    </message>
    <message>
        <source>Hobby (up to 10 replicas)</source>
        <translation>Hobby (până la 10 replici)</translation>
    </message>
    <message>
        <source>Pro (up to 40 replicas)</source>
        <translation>Pro (până la 40 de replici)</translation>
    </message>
    <message>
        <source>Enterprise (up to 50 replicas)</source>
        <translation>Enterprise (până la 50 de replici)</translation>
    </message>
    <message>
        <source>Account or team token</source>
        <translation>Token de cont sau de echipă</translation>
    </message>
    <message>
        <source>Project token</source>
        <translation>Token de proiect</translation>
    </message>
    <message>
        <source>Ser&amp;vice id:</source>
        <translation>Id ser&amp;viciu:</translation>
    </message>
    <message>
        <source>&amp;Environment id:</source>
        <translation>Id m&amp;ediu:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Cont:</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Plan:</translation>
    </message>
    <message>
        <source>Token t&amp;ype:</source>
        <translation>Tip to&amp;ken:</translation>
    </message>
    <message>
        <source>The demo fleet is simulated inside Straja: its services need no target and no token. Only the guardrails below apply.</source>
        <translation>Flota demo este simulată în Straja: serviciile ei nu au nevoie de țintă și nici de token. Se aplică doar limitele de siguranță de mai jos.</translation>
    </message>
    <message>
        <source>leave empty to keep the token in the keychain</source>
        <translation>lăsați gol pentru a păstra tokenul din portchei</translation>
    </message>
    <message>
        <source>Guardrails</source>
        <translation>Limite de siguranță</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> USD/month</source>
        <translation> USD/lună</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>fără plafon</translation>
    </message>
    <message>
        <source>M&amp;inimum replicas:</source>
        <translation>Replici m&amp;inime:</translation>
    </message>
    <message>
        <source>Ma&amp;ximum replicas:</source>
        <translation>Replici ma&amp;xime:</translation>
    </message>
    <message>
        <source>Lar&amp;gest step (replicas per action):</source>
        <translation>Pasul cel mai m&amp;are (replici pe acțiune):</translation>
    </message>
    <message>
        <source>Coo&amp;ldown after scaling:</source>
        <translation>Pa&amp;uză după scalare:</translation>
    </message>
    <message>
        <source>&amp;Monthly spend cap:</source>
        <translation>Plafon de cheltuieli &amp;lunare:</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testează</translation>
    </message>
    <message>
        <source>Reads the current replicas from the provider. Nothing is changed.</source>
        <translation>Citește replicile actuale de la furnizor. Nu se schimbă nimic.</translation>
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
        <source>P&amp;rovider:</source>
        <translation>&amp;Furnizor:</translation>
    </message>
    <message>
        <source>T&amp;oken:</source>
        <translation>T&amp;oken:</translation>
    </message>
    <message>
        <source>Give the kubeconfig context or the API server: the keychain entry of the token is named after it.</source>
        <translation>Dați contextul din kubeconfig sau serverul API: intrarea tokenului în portchei poartă numele lui.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an API server address: use https://host:port.</source>
        <translation>„%1” nu este adresa unui server API: folosiți https://gazdă:port.</translation>
    </message>
    <message>
        <source>Give Railway&apos;s service id and environment id (Railway&apos;s discovery shows them).</source>
        <translation>Dați id-ul serviciului și id-ul mediului din Railway (descoperirea Railway le arată).</translation>
    </message>
    <message>
        <source>The maximum number of replicas must not be below the minimum.</source>
        <translation>Numărul maxim de replici nu poate fi sub cel minim.</translation>
    </message>
    <message>
        <source>Kept in the keychain as %1, never in the workspace or Straja&apos;s files.</source>
        <translation>Păstrat în portchei ca %1, niciodată în spațiul de lucru sau în fișierele Straja.</translation>
    </message>
    <message>
        <source>This engine cannot test targets.</source>
        <translation>Acest motor nu poate testa ținte.</translation>
    </message>
    <message>
        <source>Reading the target from the provider…</source>
        <translation>Se citește ținta de la furnizor…</translation>
    </message>
    <message numerus="yes">
        <source>Connected: the provider reports %n replica(s) now. Nothing was changed.</source>
        <translation>
            <numerusform>Conectat: furnizorul raportează acum %n replică. Nu s-a schimbat nimic.</numerusform>
            <numerusform>Conectat: furnizorul raportează acum %n replici. Nu s-a schimbat nimic.</numerusform>
            <numerusform>Conectat: furnizorul raportează acum %n de replici. Nu s-a schimbat nimic.</numerusform>
        </translation>
    </message>
    <message>
        <source>Test failed: %1</source>
        <translation>Testul a eșuat: %1</translation>
    </message>
    <message>
        <source>Type the Railway token first: the keychain cannot be read here.</source>
        <translation>Introduceți mai întâi tokenul Railway: portcheiul nu poate fi citit aici.</translation>
    </message>
</context>
<context>
    <name>Gui::AlertBadgeDelegate</name>
    <message numerus="yes">
        <source>%n firing alert(s):</source>
        <translation>
            <numerusform>%n alertă activă:</numerusform>
            <numerusform>%n alerte active:</numerusform>
            <numerusform>%n de alerte active:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…și încă %n</numerusform>
            <numerusform>…și încă %n</numerusform>
            <numerusform>…și încă %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::AlertsView</name>
    <message>
        <source>Fired, incident opened</source>
        <translation>Declanșată, incident deschis</translation>
    </message>
    <message>
        <source>Alert fired</source>
        <translation>Alertă declanșată</translation>
    </message>
    <message>
        <source>Alert cleared</source>
        <translation>Alertă încheiată</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Preluat</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Rezolvat</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Redeschis</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notificare</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>No open incidents. Alerts of one project and cause make one incident.</source>
        <translation>Niciun incident deschis. Alertele unui proiect cu aceeași cauză formează un singur incident.</translation>
    </message>
    <message>
        <source>No resolved incidents yet.</source>
        <translation>Încă niciun incident rezolvat.</translation>
    </message>
    <message>
        <source>Incident %1: %2 – %3</source>
        <translation>Incidentul %1: %2 – %3</translation>
    </message>
    <message>
        <source>Services: %1</source>
        <translation>Servicii: %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Stare: %1</translation>
    </message>
    <message>
        <source>Firing now</source>
        <translation>Active acum</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nimic</translation>
    </message>
    <message>
        <source>%1 (Alertmanager): %2</source>
        <translation>%1 (Alertmanager): %2</translation>
    </message>
    <message>
        <source>%1 on %2: %3 is %4, limit %5</source>
        <translation>%1 pe %2: %3 este %4, limita %5</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronologie</translation>
    </message>
    <message>
        <source>Silence until %1: %2 (%3)</source>
        <translation>Amuțire până la %1: %2 (%3)</translation>
    </message>
    <message>
        <source>all rules</source>
        <translation>toate regulile</translation>
    </message>
    <message>
        <source>Maintenance of %1, %2 – %3 (%4)</source>
        <translation>Mentenanță %1, %2 – %3 (%4)</translation>
    </message>
    <message>
        <source>Discord</source>
        <translation>Discord</translation>
    </message>
    <message>
        <source>Slack</source>
        <translation>Slack</translation>
    </message>
    <message>
        <source>Generic JSON</source>
        <translation>JSON generic</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>test message</source>
        <translation>mesaj de test</translation>
    </message>
    <message>
        <source>incident %1</source>
        <translation>incidentul %1</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2: %3</translation>
    </message>
    <message>
        <source>acknowledged in Straja</source>
        <translation>preluat în Straja</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhook-uri</translation>
    </message>
    <message>
        <source>There is no keychain to keep the webhook&apos;s address in.</source>
        <translation>Nu există un portofel de chei în care să fie păstrată adresa webhook-ului.</translation>
    </message>
    <message>
        <source>The webhook&apos;s address could not be saved: %1</source>
        <translation>Adresa webhook-ului nu a putut fi salvată: %1</translation>
    </message>
    <message>
        <source>Open (%1)</source>
        <translation>Deschise (%1)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Istoric</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) watched; %1 alert(s) kept out by silences</source>
        <translation>
            <numerusform>%n regulă urmărită; %1 alerte oprite de amuțiri</numerusform>
            <numerusform>%n reguli urmărite; %1 alerte oprite de amuțiri</numerusform>
            <numerusform>%n de reguli urmărite; %1 alerte oprite de amuțiri</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the first refresh…</source>
        <translation>Se așteaptă prima reîmprospătare…</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Preia</translation>
    </message>
    <message>
        <source>&amp;Silence…</source>
        <translation>&amp;Amuțește…</translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation>&amp;Rezolvă…</translation>
    </message>
    <message>
        <source>Show in &amp;project view</source>
        <translation>Arată în vederea &amp;proiectului</translation>
    </message>
    <message>
        <source>Silences and maintenance windows</source>
        <translation>Amuțiri și ferestre de mentenanță</translation>
    </message>
    <message>
        <source>Plan maintenance…</source>
        <translation>Planifică mentenanță…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Elimină</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Adaugă…</translation>
    </message>
    <message>
        <source>Send test</source>
        <translation>Trimite test</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Livrări</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Trimite din nou</translation>
    </message>
    <message>
        <source>Set by %1</source>
        <translation>Setat de %1</translation>
    </message>
    <message>
        <source>Alert r&amp;ules…</source>
        <translation>Reguli de a&amp;lertă…</translation>
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
    <name>Gui::AutomationDialog</name>
    <message>
        <source>Target tracking on CPU (scale up and down)</source>
        <translation>Urmărirea țintei pe procesor (scalare în sus și în jos)</translation>
    </message>
    <message>
        <source>Target tracking on requests/s per replica</source>
        <translation>Urmărirea țintei pe cereri/s per replică</translation>
    </message>
    <message>
        <source>Target tracking on p95 latency</source>
        <translation>Urmărirea țintei pe latența p95</translation>
    </message>
    <message>
        <source>Predictive pre-scaling (services out of forecast-only mode)</source>
        <translation>Prescalare predictivă (servicii ieșite din modul doar prognoză)</translation>
    </message>
    <message>
        <source>Diagnosis: %1</source>
        <translation>Diagnostic: %1</translation>
    </message>
    <message>
        <source>Automation</source>
        <translation>Automatizare</translation>
    </message>
    <message>
        <source>Dry run: approved actions show the exact request and are not sent</source>
        <translation>Probă: acțiunile aprobate arată cererea exactă și nu sunt trimise</translation>
    </message>
    <message>
        <source>Auto-approve</source>
        <translation>Aprobare automată</translation>
    </message>
    <message>
        <source>A rule ticked here runs its proposals at once, without anyone clicking Approve. Guardrails still apply and every run is in the audit log. All rules are off by default.</source>
        <translation>O regulă bifată aici își execută imediat propunerile, fără ca cineva să apese Aprobă. Limitele de siguranță se aplică în continuare și fiecare execuție apare în jurnalul de audit. Toate regulile sunt oprite implicit.</translation>
    </message>
    <message>
        <source>Predictive scaling</source>
        <translation>Scalare predictivă</translation>
    </message>
    <message>
        <source>Forecast-based proposals start forecast-only for every service: shown, recorded and scored against what then happened, never executed. Tick a service to let its proposals be approved.</source>
        <translation>Propunerile bazate pe prognoză pornesc în modul doar prognoză pentru fiecare serviciu: sunt afișate, înregistrate și evaluate față de ce s-a întâmplat apoi, dar nu sunt executate niciodată. Bifați un serviciu ca propunerile lui să poată fi aprobate.</translation>
    </message>
    <message>
        <source>%1 — forecasts right %2 of the time</source>
        <translation>%1 — prognoze corecte în %2 din cazuri</translation>
    </message>
    <message>
        <source>Raise proposals from a confidence of</source>
        <translation>Propuneri de la o încredere de</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvează</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
</context>
<context>
    <name>Gui::BusinessView</name>
    <message numerus="yes">
        <source>Imported %n month(s) of figures.</source>
        <translation>
            <numerusform>S-au importat cifrele pentru o lună.</numerusform>
            <numerusform>S-au importat cifrele pentru %n luni.</numerusform>
            <numerusform>S-au importat cifrele pentru %n de luni.</numerusform>
        </translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Afaceri</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Proiect:</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importă CSV…</translation>
    </message>
    <message>
        <source>&amp;Trend of:</source>
        <translation>&amp;Evoluția pentru:</translation>
    </message>
    <message>
        <source>CSV columns (header line first, any order): %1. One row per project and month (YYYY-MM); amounts with a dot, counts as whole numbers, empty cells for what is not known. A file with any bad row is refused whole, with the line of each problem. * = the month&apos;s infrastructure cost is partial.</source>
        <translation>Coloanele CSV (întâi linia de antet, în orice ordine): %1. Câte un rând pe proiect și lună (YYYY-MM); sumele cu punct zecimal, numărătorile ca numere întregi, celule goale pentru ce nu se știe. Un fișier cu orice rând greșit este refuzat în întregime, cu linia fiecărei probleme. * = costul de infrastructură al lunii este parțial.</translation>
    </message>
    <message>
        <source>Import business figures</source>
        <translation>Importă cifrele de afaceri</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fișiere CSV (*.csv);;Toate fișierele (*)</translation>
    </message>
    <message>
        <source>Business PromQL queries of this project:</source>
        <translation>Interogările PromQL de business ale acestui proiect:</translation>
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
    <message>
        <source>%1 (%2–%3)</source>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <source>The peak projected for that date lies in a 95% band that needs %1 to %2 replicas; the figure provisions for the band&apos;s upper edge.</source>
        <translation>Vârful proiectat pentru acea dată se află într-o bandă de 95% care cere între %1 și %2 replici; cifra este calculată pentru marginea superioară a benzii.</translation>
    </message>
    <message>
        <source>The highest point of the 48-hour forecast lies in a 95% band that needs %1 to %2 replicas; the figure provisions for the band&apos;s upper edge.</source>
        <translation>Punctul cel mai înalt al prognozei pe 48 de ore se află într-o bandă de 95% care cere între %1 și %2 replici; cifra acoperă marginea superioară a benzii.</translation>
    </message>
</context>
<context>
    <name>Gui::Charts::ChartOverlay</name>
    <message>
        <source>Anomaly score %1 at %2: %3</source>
        <translation>Scor de anomalie %1 la %2: %3</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>reușită</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>eșuată</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>căzută</translation>
    </message>
    <message>
        <source>replaced by a later one</source>
        <translation>înlocuită de una ulterioară</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>în curs</translation>
    </message>
    <message>
        <source>sleeping</source>
        <translation>în repaus</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omisă</translation>
    </message>
    <message>
        <source>Deployment %1</source>
        <translation>Implementare %1</translation>
    </message>
    <message>
        <source>(no commit message)</source>
        <translation>(fără mesaj de commit)</translation>
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
    <message numerus="yes">
        <source>%n deployment(s) marked; use the left and right arrow keys to read them</source>
        <translation>
            <numerusform>%n implementare marcată; folosiți săgețile stânga și dreapta pentru a o citi</numerusform>
            <numerusform>%n implementări marcate; folosiți săgețile stânga și dreapta pentru a le citi</numerusform>
            <numerusform>%n de implementări marcate; folosiți săgețile stânga și dreapta pentru a le citi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::ConversionChart</name>
    <message>
        <source>Conversion over time (%)</source>
        <translation>Conversia în timp (%)</translation>
    </message>
    <message>
        <source>%1 (control)</source>
        <translation>%1 (control)</translation>
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
    <name>Gui::CostTableModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Provider plans</source>
        <translation>Planuri ale furnizorilor</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n seat(s))</source>
        <translation>
            <numerusform>%1 (un loc)</numerusform>
            <numerusform>%1 (%n locuri)</numerusform>
            <numerusform>%1 (%n de locuri)</numerusform>
        </translation>
    </message>
    <message>
        <source>Priced by %1; %2 per replica-hour; replicas: %3; data for %4 of the month so far</source>
        <translation>Tarifat după %1; %2 pe replică-oră; replici: %3; date pentru %4 din luna de până acum</translation>
    </message>
    <message>
        <source>Project / service</source>
        <translation>Proiect / serviciu</translation>
    </message>
    <message>
        <source>Total ($)</source>
        <translation>Total ($)</translation>
    </message>
</context>
<context>
    <name>Gui::CostView</name>
    <message>
        <source>Computing…</source>
        <translation>Se calculează…</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Costuri</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Perioadă:</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Azi</translation>
    </message>
    <message>
        <source>Month to date</source>
        <translation>Luna până acum</translation>
    </message>
    <message>
        <source>Forecast to month end</source>
        <translation>Prognoză până la sfârșitul lunii</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;împrospătează</translation>
    </message>
    <message>
        <source>Savings recommendations</source>
        <translation>Recomandări de economisire</translation>
    </message>
    <message>
        <source>&amp;Apply…</source>
        <translation>&amp;Aplică…</translation>
    </message>
    <message>
        <source>No figures yet</source>
        <translation>Încă nu există cifre</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source>95% band %1 to %2, by %3</source>
        <translation>banda de 95%: între %1 și %2, până la %3</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>de la %1</translation>
    </message>
    <message>
        <source>%1 prices %2, taken %3 from %4</source>
        <translation>prețurile %1 %2, preluate în %3 de la %4</translation>
    </message>
    <message>
        <source>Prices: %1. Months and days in %2. Each figure is rounded to the cent so that the table adds up exactly as shown.</source>
        <translation>Prețuri: %1. Lunile și zilele în fusul %2. Fiecare cifră este rotunjită la cent astfel încât tabelul să se adune exact cum este afișat.</translation>
    </message>
    <message numerus="yes">
        <source>Savings recommendations (%n)</source>
        <translation>
            <numerusform>Recomandări de economisire (%n)</numerusform>
            <numerusform>Recomandări de economisire (%n)</numerusform>
            <numerusform>Recomandări de economisire (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a recommendation to see why it is made and what it risks.</source>
        <translation>Selectați o recomandare pentru a vedea de ce este făcută și ce riscă.</translation>
    </message>
    <message>
        <source>Risk (%1):</source>
        <translation>Risc (%1):</translation>
    </message>
    <message>
        <source>On approval: %1</source>
        <translation>La aprobare: %1</translation>
    </message>
    <message>
        <source>After you confirm, the actions engine scales the service; the change is recorded in the audit log and verified like an approved proposal.</source>
        <translation>După ce confirmați, motorul de acțiuni scalează serviciul; schimbarea este înregistrată în jurnalul de audit și verificată ca o propunere aprobată.</translation>
    </message>
    <message>
        <source>Apply recommendation</source>
        <translation>Aplică recomandarea</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplică</translation>
    </message>
    <message>
        <source>Risk: %1</source>
        <translation>Risc: %1</translation>
    </message>
    <message>
        <source>After you confirm, the schedule is stored: at each edge of the window the actions engine scales the service, approved by this schedule, audited and verified. Pause or remove it in the inbox.</source>
        <translation>După confirmare, programarea este salvată: la fiecare capăt al ferestrei, motorul de acțiuni scalează serviciul, cu aprobarea acestei programări, înregistrat în jurnalul de audit și verificat. O puteți suspenda sau șterge în inbox.</translation>
    </message>
    <message>
        <source>Straja cannot make this change at the provider: make it by hand, then confirm here. It is recorded as done by you, audited, and checked where a metric exists.</source>
        <translation>Straja nu poate face această schimbare la furnizor: faceți-o manual, apoi confirmați aici. Este înregistrată ca făcută de dumneavoastră, în jurnalul de audit, și verificată acolo unde există o metrică.</translation>
    </message>
    <message>
        <source>Nothing to apply: this is information.</source>
        <translation>Nimic de aplicat: este doar o informație.</translation>
    </message>
    <message>
        <source>Every day from %1:00 to %2:00 (%3) Straja scales %4 to %5 replicas, and back to %6 at the end. Each change is approved by this schedule on your behalf, recorded in the audit log under its name and verified; it acts from the next edge on.</source>
        <translation>În fiecare zi, între %1:00 și %2:00 (%3), Straja scalează %4 la %5 replici și înapoi la %6 la final. Fiecare schimbare este aprobată de această programare în numele dumneavoastră, înregistrată în jurnalul de audit sub numele ei și verificată; acționează începând cu următorul capăt al ferestrei.</translation>
    </message>
    <message>
        <source>The guardrails (%1 to %2 replicas, at most %3 per action) limit each edge to %4 replicas.</source>
        <translation>Limitele de siguranță (între %1 și %2 replici, cel mult %3 pe acțiune) limitează fiecare capăt la %4 replici.</translation>
    </message>
    <message>
        <source>Straja cannot do this at the provider. Confirm only once you have made the change: it is recorded in the audit log as done by you.</source>
        <translation>Straja nu poate face asta la furnizor. Confirmați doar după ce ați făcut schimbarea: este înregistrată în jurnalul de audit ca făcută de dumneavoastră.</translation>
    </message>
    <message>
        <source>There is no metric Straja can check it with: the record is the outcome.</source>
        <translation>Nu există nicio metrică cu care Straja să o verifice: înregistrarea este rezultatul.</translation>
    </message>
    <message>
        <source>I have done it</source>
        <translation>Am făcut-o</translation>
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
    <name>Gui::ExperimentModel</name>
    <message>
        <source>Probability that this variant converts better than control (Bayesian, uniform prior)</source>
        <translation>Probabilitatea ca această variantă să aibă o conversie mai bună decât controlul (bayesian, cu distribuție a priori uniformă)</translation>
    </message>
    <message>
        <source>Conversion lost on average, in percentage points, if this variant is shipped and is in fact worse than control</source>
        <translation>Conversia pierdută în medie, în puncte procentuale, dacă această variantă este lansată și de fapt e mai slabă decât controlul</translation>
    </message>
    <message>
        <source>Difference in conversion: %1 to %2 percentage points (95% interval)</source>
        <translation>Diferența de conversie: între %1 și %2 puncte procentuale (interval de 95 %)</translation>
    </message>
    <message>
        <source>Always-valid p-value of the sequential test (mSPRT); the fixed-horizon z-test gives %1, which is only valid when looked at once at a planned size.</source>
        <translation>Valoarea p valabilă oricând a testului secvențial (mSPRT); testul z cu orizont fix dă %1, valabil doar dacă e privit o singură dată, la o dimensiune planificată.</translation>
    </message>
    <message>
        <source>%1 (control)</source>
        <translation>%1 (control)</translation>
    </message>
    <message>
        <source>%1% (%2–%3)</source>
        <translation>%1 % (%2–%3)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <translation>%1 p.p.</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variantă</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilizatori</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Conversii</translation>
    </message>
    <message>
        <source>Conversion (95% CI)</source>
        <translation>Conversie (IÎ 95 %)</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Creștere</translation>
    </message>
    <message>
        <source>Beats control</source>
        <translation>Depășește controlul</translation>
    </message>
    <message>
        <source>Expected loss</source>
        <translation>Pierdere așteptată</translation>
    </message>
    <message>
        <source>p (always valid)</source>
        <translation>p (valabil oricând)</translation>
    </message>
</context>
<context>
    <name>Gui::ExperimentPanel</name>
    <message>
        <source>Experiment:</source>
        <translation>Experiment:</translation>
    </message>
    <message>
        <source>Import counts from CSV…</source>
        <translation>Importă numărători din CSV…</translation>
    </message>
    <message>
        <source>A file with the columns timestamp, variant, exposures, conversions (one row per variant and period).</source>
        <translation>Un fișier cu coloanele timestamp, variant, exposures, conversions (o linie pe variantă și perioadă).</translation>
    </message>
    <message>
        <source>Review and approve…</source>
        <translation>Revedeți și aprobați…</translation>
    </message>
    <message>
        <source>No experiment in this project. Import counts from a CSV file to analyse one.</source>
        <translation>Niciun experiment în acest proiect. Importați numărători dintr-un fișier CSV pentru a analiza unul.</translation>
    </message>
    <message>
        <source>Flag %1 in %2 · counts: %3</source>
        <translation>Indicatorul %1 în %2 · numărători: %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(niciunul)</translation>
    </message>
    <message>
        <source>data up to %1</source>
        <translation>date până la %1</translation>
    </message>
    <message>
        <source>Counts could not be read: %1</source>
        <translation>Numărătorile nu au putut fi citite: %1</translation>
    </message>
    <message>
        <source>Sample ratio: MISMATCH (chi-square %1, p = %2).</source>
        <translation>Împărțirea eșantionului: DEZECHILIBRATĂ (hi-pătrat %1, p = %2).</translation>
    </message>
    <message>
        <source>Sample ratio: as assigned (p = %1).</source>
        <translation>Împărțirea eșantionului: conform atribuirii (p = %1).</translation>
    </message>
    <message numerus="yes">
        <source>Sample size: %Ln more user(s) per variant for the planned size.</source>
        <translation>
            <numerusform>Dimensiunea eșantionului: mai trebuie %Ln utilizator pe variantă pentru dimensiunea planificată.</numerusform>
            <numerusform>Dimensiunea eșantionului: mai trebuie %Ln utilizatori pe variantă pentru dimensiunea planificată.</numerusform>
            <numerusform>Dimensiunea eșantionului: mai trebuie %Ln de utilizatori pe variantă pentru dimensiunea planificată.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sample size: planned size reached.</source>
        <translation>Dimensiunea eșantionului: dimensiunea planificată a fost atinsă.</translation>
    </message>
    <message>
        <source>Proposal: %1. Guardrails are healthy.</source>
        <translation>Propunere: %1. Metricile de siguranță sunt în regulă.</translation>
    </message>
    <message>
        <source>Proposal held: %1 waits until the guardrails are healthy.</source>
        <translation>Propunere amânată: %1 așteaptă ca metricile de siguranță să fie în regulă.</translation>
    </message>
    <message>
        <source>No guardrail services are set for this experiment.</source>
        <translation>Acest experiment nu are servicii de siguranță stabilite.</translation>
    </message>
</context>
<context>
    <name>Gui::FlagChangeDialog</name>
    <message>
        <source>Approve a flag change</source>
        <translation>Aprobați o schimbare de indicator</translation>
    </message>
    <message>
        <source>Guardrails are healthy:</source>
        <translation>Metricile de siguranță sunt în regulă:</translation>
    </message>
    <message>
        <source>Guardrails are NOT healthy:</source>
        <translation>Metricile de siguranță NU sunt în regulă:</translation>
    </message>
    <message>
        <source>Straja will send this request to %1, then read the flag back to verify it:</source>
        <translation>Straja va trimite această cerere către %1, apoi va reciti indicatorul pentru a verifica:</translation>
    </message>
    <message>
        <source>Approve and apply</source>
        <translation>Aprobă și aplică</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
</context>
<context>
    <name>Gui::FlagsModel</name>
    <message>
        <source>Flag</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Strategy in %1</source>
        <translation>Strategia în %1</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Ultima schimbare</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>Experimente</translation>
    </message>
</context>
<context>
    <name>Gui::FlagsView</name>
    <message>
        <source>Import experiment counts</source>
        <translation>Importă numărătorile unui experiment</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fișiere CSV (*.csv);;Toate fișierele (*)</translation>
    </message>
    <message>
        <source>Applied: %1. %2</source>
        <translation>Aplicat: %1. %2</translation>
    </message>
    <message>
        <source>Not applied: %1. %2</source>
        <translation>Neaplicat: %1. %2</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Proiect:</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Mediu:</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Reîmprospătează</translation>
    </message>
    <message>
        <source>Set rollout…</source>
        <translation>Stabilește lansarea…</translation>
    </message>
    <message>
        <source>Evaluate for a user</source>
        <translation>Evaluare pentru un utilizator</translation>
    </message>
    <message>
        <source>user id, e.g. 42</source>
        <translation>id-ul utilizatorului, de ex. 42</translation>
    </message>
    <message>
        <source>more context, e.g. country=RO, appName=web</source>
        <translation>alt context, de ex. country=RO, appName=web</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Evaluează</translation>
    </message>
    <message>
        <source>Reading flags…</source>
        <translation>Se citesc indicatoarele…</translation>
    </message>
    <message>
        <source>%1: read %2</source>
        <translation>%1: citit %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>se citește…</translation>
    </message>
    <message>
        <source>(demo: simulated flags)</source>
        <translation>(demonstrație: indicatoare simulate)</translation>
    </message>
    <message>
        <source>No flag source is connected. Add an Unleash server to the workspace.</source>
        <translation>Nicio sursă de indicatoare nu este conectată. Adăugați un server Unleash în spațiul de lucru.</translation>
    </message>
    <message>
        <source>%1 · %2 · approved by %3 · %4</source>
        <translation>%1 · %2 · aprobat de %3 · %4</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verificat</translation>
    </message>
    <message>
        <source>done</source>
        <translation>făcut</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>eșuat: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No flag selected</source>
        <translation>Niciun indicator selectat</translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation>Activează</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Tip: %1</translation>
    </message>
    <message>
        <source>%1: %2 — %3. Reaches %4.</source>
        <translation>%1: %2 — %3. Ajunge la %4.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activ</translation>
    </message>
    <message>
        <source>off</source>
        <translation>inactiv</translation>
    </message>
    <message>
        <source>Last change: %1.</source>
        <translation>Ultima schimbare: %1.</translation>
    </message>
    <message>
        <source>not %1</source>
        <translation>nu %1</translation>
    </message>
    <message>
        <source>Depends on: %1</source>
        <translation>Depinde de: %1</translation>
    </message>
    <message>
        <source>Used by the experiment &quot;%1&quot;.</source>
        <translation>Folosit de experimentul „%1”.</translation>
    </message>
    <message>
        <source>Turn off in %1</source>
        <translation>Dezactivează în %1</translation>
    </message>
    <message>
        <source>Turn on in %1</source>
        <translation>Activează în %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not name=value.</source>
        <translation>„%1” nu este nume=valoare.</translation>
    </message>
    <message>
        <source>a user without an id</source>
        <translation>un utilizator fără id</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>utilizatorul %1</translation>
    </message>
    <message>
        <source>ON for %1 in %2.</source>
        <translation>ACTIV pentru %1 în %2.</translation>
    </message>
    <message>
        <source>OFF for %1 in %2.</source>
        <translation>INACTIV pentru %1 în %2.</translation>
    </message>
    <message>
        <source>A flag it depends on is not in the required state.</source>
        <translation>Un indicator de care depinde nu este în starea cerută.</translation>
    </message>
    <message>
        <source>The flag is off in this environment.</source>
        <translation>Indicatorul este inactiv în acest mediu.</translation>
    </message>
    <message>
        <source>unknown to SDKs, never matches</source>
        <translation>necunoscută SDK-urilor, nu se potrivește niciodată</translation>
    </message>
    <message>
        <source>constraints not met</source>
        <translation>condiții neîndeplinite</translation>
    </message>
    <message>
        <source>bucket %1 is within the rollout</source>
        <translation>grupa %1 este în lansare</translation>
    </message>
    <message>
        <source>bucket %1 is outside the rollout</source>
        <translation>grupa %1 este în afara lansării</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>se potrivește</translation>
    </message>
    <message>
        <source>does not match</source>
        <translation>nu se potrivește</translation>
    </message>
    <message>
        <source>%1. %2: %3%4</source>
        <translation>%1. %2: %3%4</translation>
    </message>
    <message>
        <source> ← decides</source>
        <translation> ← decide</translation>
    </message>
    <message>
        <source>Variant: %1.</source>
        <translation>Varianta: %1.</translation>
    </message>
    <message>
        <source>Not approved: %1.</source>
        <translation>Neaprobat: %1.</translation>
    </message>
    <message>
        <source>Applying: %1…</source>
        <translation>Se aplică: %1…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Se importă %1…</translation>
    </message>
    <message>
        <source>Flag changes run as actions (also in the inbox&apos;s history)</source>
        <translation>Schimbări de indicatoare executate ca acțiuni (și în istoricul acțiunilor)</translation>
    </message>
    <message>
        <source>running</source>
        <translation>în curs</translation>
    </message>
    <message>
        <source>Last change through Straja: %1, approved by %2, %3 — %4.</source>
        <translation>Ultima schimbare prin Straja: %1, aprobată de %2, %3 — %4.</translation>
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
    <name>Gui::GeoView</name>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>Geography</source>
        <translation>Geografie</translation>
    </message>
    <message>
        <source>Traffic by region (last 7 days)</source>
        <translation>Traficul pe regiuni (ultimele 7 zile)</translation>
    </message>
    <message>
        <source>By service and region</source>
        <translation>Pe servicii și regiuni</translation>
    </message>
    <message>
        <source>Replicas closer to users</source>
        <translation>Replici mai aproape de utilizatori</translation>
    </message>
    <message>
        <source>A replica is proposed where a region has at least %1 of a service&apos;s traffic and a p95 latency at least %2 times and %3 ms above its home region. The gain assumes users there would see what users near the home region see today.</source>
        <translation>Se propune o replică acolo unde o regiune are cel puțin %1 din traficul unui serviciu și o latență p95 de cel puțin %2 ori și cu %3 ms peste regiunea de bază. Câștigul presupune că utilizatorii de acolo ar avea ce au astăzi utilizatorii din apropierea regiunii de bază.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regiune</translation>
    </message>
    <message>
        <source>Traffic share</source>
        <translation>Cota de trafic</translation>
    </message>
    <message>
        <source>p95 latency</source>
        <translation>Latență p95</translation>
    </message>
    <message>
        <source>Services hosted</source>
        <translation>Servicii găzduite</translation>
    </message>
    <message>
        <source>Services served</source>
        <translation>Servicii deservite</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Serviciu</translation>
    </message>
    <message>
        <source>Home region latency</source>
        <translation>Latența în regiunea de bază</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Sfat</translation>
    </message>
    <message>
        <source>home region</source>
        <translation>regiunea de bază</translation>
    </message>
    <message>
        <source>add a replica: about −%1 ms for %2, %3 a month</source>
        <translation>adăugați o replică: circa −%1 ms pentru %2, %3 pe lună</translation>
    </message>
    <message>
        <source>&amp;Apply…</source>
        <translation>&amp;Aplică…</translation>
    </message>
    <message>
        <source>Straja cannot add a region to a service at the provider: deploy the replica by hand, then confirm here. It is recorded in the inbox and the audit log as done by you, and the region&apos;s latency is checked afterwards.</source>
        <translation>Straja nu poate adăuga o regiune unui serviciu la furnizor: implementați replica manual, apoi confirmați aici. Este înregistrată în inbox și în jurnalul de audit ca făcută de dumneavoastră, iar latența regiunii este verificată după aceea.</translation>
    </message>
    <message>
        <source>Straja cannot add a region to a service at the provider. Deploy the replica in %1 by hand (for Railway: the service&apos;s settings, Regions), then confirm here: it is recorded in the audit log as done by you.</source>
        <translation>Straja nu poate adăuga o regiune unui serviciu la furnizor. Implementați manual replica în %1 (pentru Railway: setările serviciului, Regions), apoi confirmați aici: este înregistrată în jurnalul de audit ca făcută de dumneavoastră.</translation>
    </message>
    <message>
        <source>Deploy closer to users</source>
        <translation>Mai aproape de utilizatori</translation>
    </message>
    <message>
        <source>I have done it</source>
        <translation>Am făcut-o</translation>
    </message>
    <message>
        <source>Risk: %1</source>
        <translation>Risc: %1</translation>
    </message>
</context>
<context>
    <name>Gui::InboxModel</name>
    <message>
        <source>Requested by %1</source>
        <translation>Cerută de %1</translation>
    </message>
    <message>
        <source>Target tracking: %1</source>
        <translation>Urmărirea țintei: %1</translation>
    </message>
    <message>
        <source>Forecast peak</source>
        <translation>Vârf prognozat</translation>
    </message>
    <message>
        <source>%1 (snoozed)</source>
        <translation>%1 (amânată)</translation>
    </message>
    <message>
        <source>Forecast right</source>
        <translation>Prognoză corectă</translation>
    </message>
    <message>
        <source>Forecast wrong</source>
        <translation>Prognoză greșită</translation>
    </message>
    <message>
        <source>Forecast only</source>
        <translation>Doar prognoză</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acțiune</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Serviciu</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>De ce</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Încredere</translation>
    </message>
    <message>
        <source>Expected effect</source>
        <translation>Efect așteptat</translation>
    </message>
    <message>
        <source>Cost / month</source>
        <translation>Cost / lună</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Requested by the operator</source>
        <translation>Cerută de operator</translation>
    </message>
    <message>
        <source>Rollout advice</source>
        <translation>Recomandare de lansare</translation>
    </message>
    <message>
        <source>Cost: idle service</source>
        <translation>Cost: serviciu inactiv</translation>
    </message>
    <message>
        <source>Cost: replicas above need</source>
        <translation>Cost: replici peste necesar</translation>
    </message>
    <message>
        <source>Cost: off-peak schedule</source>
        <translation>Cost: program în afara orelor de vârf</translation>
    </message>
    <message>
        <source>Cost: right-sizing</source>
        <translation>Cost: dimensionare corectă</translation>
    </message>
    <message>
        <source>Cost: shared resource</source>
        <translation>Cost: resursă partajată</translation>
    </message>
    <message>
        <source>Cost recommendation</source>
        <translation>Recomandare de cost</translation>
    </message>
    <message>
        <source>Closer to users</source>
        <translation>Mai aproape de utilizatori</translation>
    </message>
    <message>
        <source>Flag %1</source>
        <translation>Indicatorul %1</translation>
    </message>
</context>
<context>
    <name>Gui::InboxView</name>
    <message>
        <source>Approve all %1 “%2”</source>
        <translation>Aprobă toate cele %1 „%2”</translation>
    </message>
    <message>
        <source>Approve all of this kind</source>
        <translation>Aprobă toate de acest fel</translation>
    </message>
    <message>
        <source>Auto-approve: &lt;b&gt;off&lt;/b&gt; — nothing runs without your approval.</source>
        <translation>Aprobare automată: &lt;b&gt;oprită&lt;/b&gt; — nimic nu rulează fără aprobarea dumneavoastră.</translation>
    </message>
    <message>
        <source>Auto-approve is &lt;b&gt;ON&lt;/b&gt; for: %1. These run without a click.</source>
        <translation>Aprobarea automată este &lt;b&gt;PORNITĂ&lt;/b&gt; pentru: %1. Acestea rulează fără niciun clic.</translation>
    </message>
    <message>
        <source>Dry run is &lt;b&gt;ON&lt;/b&gt;: approved actions show their request and are not sent.</source>
        <translation>Modul de probă este &lt;b&gt;PORNIT&lt;/b&gt;: acțiunile aprobate își arată cererea și nu sunt trimise.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 API requests left this hour</source>
        <translation>%1: %2 din %3 cereri API rămase în această oră</translation>
    </message>
    <message>
        <source>Open (%1)</source>
        <translation>Deschise (%1)</translation>
    </message>
    <message>
        <source>Running (%1)</source>
        <translation>În desfășurare (%1)</translation>
    </message>
    <message>
        <source>Forecast only (%1)</source>
        <translation>Doar prognoză (%1)</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>Istoric (%1)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Aprobă</translation>
    </message>
    <message>
        <source>Approve the selected proposals; Straja then executes them</source>
        <translation>Aprobă propunerile selectate; Straja le execută apoi</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Respinge</translation>
    </message>
    <message>
        <source>Reject the selected proposals</source>
        <translation>Respinge propunerile selectate</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Amână</translation>
    </message>
    <message>
        <source>Hide the selected proposals for an hour</source>
        <translation>Ascunde propunerile selectate timp de o oră</translation>
    </message>
    <message numerus="yes">
        <source>Snooze %n minute(s)</source>
        <translation>
            <numerusform>Amână %n minut</numerusform>
            <numerusform>Amână %n minute</numerusform>
            <numerusform>Amână %n de minute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snooze %n hour(s)</source>
        <translation>
            <numerusform>Amână %n oră</numerusform>
            <numerusform>Amână %n ore</numerusform>
            <numerusform>Amână %n de ore</numerusform>
        </translation>
    </message>
    <message>
        <source>Automation settings…</source>
        <translation>Setări de automatizare…</translation>
    </message>
    <message>
        <source>Automation…</source>
        <translation>Automatizare…</translation>
    </message>
    <message>
        <source>Auto-approve rules, dry run, predictive scaling per service</source>
        <translation>Reguli de aprobare automată, mod de probă, scalare predictivă pe serviciu</translation>
    </message>
    <message numerus="yes">
        <source>Straja cannot carry out %n of these fixes at the provider: do them yourself first, then confirm. The approval is recorded in the audit log as done by you.</source>
        <translation>
            <numerusform>Straja nu poate efectua %n dintre aceste remedieri la furnizor: faceți-o mai întâi dumneavoastră, apoi confirmați. Aprobarea se consemnează în jurnalul de audit ca făcută de dumneavoastră.</numerusform>
            <numerusform>Straja nu poate efectua %n dintre aceste remedieri la furnizor: faceți-le mai întâi dumneavoastră, apoi confirmați. Aprobarea se consemnează în jurnalul de audit ca făcută de dumneavoastră.</numerusform>
            <numerusform>Straja nu poate efectua %n dintre aceste remedieri la furnizor: faceți-le mai întâi dumneavoastră, apoi confirmați. Aprobarea se consemnează în jurnalul de audit ca făcută de dumneavoastră.</numerusform>
        </translation>
    </message>
    <message>
        <source>Manual fix</source>
        <translation>Remediere manuală</translation>
    </message>
    <message>
        <source>I have done it</source>
        <translation>Am făcut-o</translation>
    </message>
</context>
<context>
    <name>Gui::IncidentModel</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 z %2 h</translation>
    </message>
    <message>
        <source>(no project)</source>
        <translation>(fără proiect)</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critic</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertisment</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravitate</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proiect</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cauză</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicii</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Deschis la</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durată</translation>
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
    <name>Gui::JaegerSettingsPage</name>
    <message>
        <source>Give the address of Jaeger&apos;s query service, e.g. http://jaeger.example.org:16686 (the one its UI uses).</source>
        <translation>Dați adresa serviciului de interogare Jaeger, de exemplu http://jaeger.example.org:16686 (cea pe care o folosește interfața sa).</translation>
    </message>
    <message>
        <source>Asking Jaeger…</source>
        <translation>Se întreabă Jaeger…</translation>
    </message>
    <message numerus="yes">
        <source>Connected. Jaeger knows %n service(s): %1</source>
        <translation>
            <numerusform>Conectat. Jaeger cunoaște %n serviciu: %1</numerusform>
            <numerusform>Conectat. Jaeger cunoaște %n servicii: %1</numerusform>
            <numerusform>Conectat. Jaeger cunoaște %n de servicii: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in Jaeger (no traces within its retention, or another name): %1</source>
        <translation>Lipsesc din Jaeger (nicio urmă în perioada păstrată sau alt nume): %1</translation>
    </message>
    <message>
        <source>The name each service has in Jaeger. Leave a row empty when Jaeger knows the service by its Straja id.</source>
        <translation>Numele fiecărui serviciu în Jaeger. Lăsați rândul gol când Jaeger cunoaște serviciul după id-ul său din Straja.</translation>
    </message>
    <message>
        <source>Straja service</source>
        <translation>Serviciu Straja</translation>
    </message>
    <message>
        <source>Jaeger service</source>
        <translation>Serviciu Jaeger</translation>
    </message>
    <message>
        <source>&quot;Test connection&quot; lists Jaeger&apos;s services (/api/services) into the rows&apos; pick-lists. It uses the token or password already in the keychain: save the source first after changing them.</source>
        <translation>„Testează conexiunea” pune serviciile din Jaeger (/api/services) în listele de alegere ale rândurilor. Folosește tokenul sau parola deja aflate în portcheiul sistemului: după ce le schimbați, salvați întâi sursa.</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Testează conexiunea</translation>
    </message>
    <message>
        <source>The services Jaeger has traces of appear here.</source>
        <translation>Aici apar serviciile pentru care Jaeger are urme.</translation>
    </message>
</context>
<context>
    <name>Gui::KpiTableModel</name>
    <message>
        <source>The infrastructure cost covers %1 of this month.</source>
        <translation>Costul de infrastructură acoperă %1 din această lună.</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>%1 against the month before</source>
        <translation>%1 față de luna anterioară</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Luna</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>Infrastructură</translation>
    </message>
</context>
<context>
    <name>Gui::LogExcerpt</name>
    <message>
        <source>Reading logs…</source>
        <translation>Se citesc jurnalele…</translation>
    </message>
    <message>
        <source>No log source is configured for this service: add Loki to its Prometheus source.</source>
        <translation>Nicio sursă de jurnale nu este configurată pentru acest serviciu: adăugați Loki la sursa lui Prometheus.</translation>
    </message>
    <message>
        <source>Logs could not be read: %1</source>
        <translation>Jurnalele nu au putut fi citite: %1</translation>
    </message>
    <message>
        <source>No log line in the last hour.</source>
        <translation>Nicio linie de jurnal în ultima oră.</translation>
    </message>
    <message>
        <source>Recent logs</source>
        <translation>Jurnale recente</translation>
    </message>
    <message>
        <source>Recent logs: %1</source>
        <translation>Jurnale recente: %1</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Reîmprospătează</translation>
    </message>
    <message>
        <source>Read the last hour of log lines again</source>
        <translation>Citește din nou liniile de jurnal din ultima oră</translation>
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
        <source>F&amp;lags and experiments</source>
        <translation>&amp;Indicatoare și experimente</translation>
    </message>
    <message>
        <source>Flags &amp;&amp; experiments</source>
        <translation>Indicatoare și experimente</translation>
    </message>
    <message>
        <source>Actions &amp;inbox</source>
        <translation>&amp;Inbox de acțiuni</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>A&amp;cțiuni</translation>
    </message>
    <message>
        <source>Inbox (%1)</source>
        <translation>Inbox (%1)</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Costuri</translation>
    </message>
    <message>
        <source>Business &amp;&amp; geography</source>
        <translation>Afaceri și geografie</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Afaceri</translation>
    </message>
    <message>
        <source>Geography</source>
        <translation>Geografie</translation>
    </message>
    <message>
        <source>&amp;Cost</source>
        <translation>&amp;Costuri</translation>
    </message>
    <message>
        <source>&amp;Business and geography</source>
        <translation>&amp;Afaceri și geografie</translation>
    </message>
    <message>
        <source>&amp;Import business figures…</source>
        <translation>&amp;Importă cifrele de afaceri…</translation>
    </message>
    <message numerus="yes">
        <source>Scaling %1 to %n replica(s).</source>
        <translation>
            <numerusform>Se scalează %1 la o replică.</numerusform>
            <numerusform>Se scalează %1 la %n replici.</numerusform>
            <numerusform>Se scalează %1 la %n de replici.</numerusform>
        </translation>
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
    <message>
        <source>&amp;Alerts and incidents</source>
        <translation>&amp;Alerte și incidente</translation>
    </message>
    <message>
        <source>Alerts (%1)</source>
        <translation>Alerte (%1)</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>New incident: %1 – %2</source>
        <translation>Incident nou: %1 – %2</translation>
    </message>
    <message>
        <source>Resolved: %1 – %2</source>
        <translation>Rezolvat: %1 – %2</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Raportul a fost scris în %1</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Exportă raportul…</translation>
    </message>
    <message>
        <source>&amp;Traces</source>
        <translation>&amp;Urme</translation>
    </message>
    <message>
        <source>Traces</source>
        <translation>Urme</translation>
    </message>
    <message>
        <source>Schedule for %1 stored: it acts from the next window edge; see the inbox.</source>
        <translation>Programarea pentru %1 a fost salvată: acționează de la următorul capăt al ferestrei; vedeți inbox-ul.</translation>
    </message>
    <message>
        <source>Recorded as done by you: %1. The inbox shows how it is checked.</source>
        <translation>Înregistrată ca făcută de dumneavoastră: %1. Inbox-ul arată cum este verificată.</translation>
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
    <message numerus="yes">
        <source>%n firing alert(s)</source>
        <translation>
            <numerusform>%n alertă activă</numerusform>
            <numerusform>%n alerte active</numerusform>
            <numerusform>%n de alerte active</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n not matched to a project)</source>
        <translation>
            <numerusform>(%n fără proiect)</numerusform>
            <numerusform>(%n fără proiect)</numerusform>
            <numerusform>(%n fără proiect)</numerusform>
        </translation>
    </message>
    <message>
        <source>alerts stale since %1</source>
        <translation>alerte învechite din %1</translation>
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
        <source>Computed from the 5-minute history (days: %1) and the hourly history (days: %2) up to %3, in %4 s.</source>
        <translation>Calculat din istoricul la 5 minute (zile: %1) și din cel orar (zile: %2), până la %3, în %4 s.</translation>
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
</context>
<context>
    <name>Gui::ProjectAlerts</name>
    <message>
        <source>critical</source>
        <translation>critică</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertisment</translation>
    </message>
    <message>
        <source>info</source>
        <translation>informativă</translation>
    </message>
    <message>
        <source>none</source>
        <translation>fără</translation>
    </message>
    <message>
        <source>(project)</source>
        <translation>(proiect)</translation>
    </message>
    <message>
        <source>Alerts (%1)</source>
        <translation>Alerte (%1)</translation>
    </message>
    <message>
        <source>No Alertmanager is configured for this workspace&apos;s sources.</source>
        <translation>Niciun Alertmanager nu este configurat pentru sursele acestui spațiu de lucru.</translation>
    </message>
    <message>
        <source>%1 unreachable, alerts stale since %2: %3</source>
        <translation>%1 inaccesibil, alerte învechite din %2: %3</translation>
    </message>
    <message>
        <source>No alert is firing.</source>
        <translation>Nicio alertă activă.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravitate</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alertă</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Serviciu</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>De la</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Rezumat</translation>
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
    <message>
        <source>&lt;b&gt;Business figures from PromQL&lt;/b&gt; (one value a day; empty: from a CSV import)</source>
        <translation>&lt;b&gt;Cifre de business din PromQL&lt;/b&gt; (o valoare pe zi; gol: dintr-un import CSV)</translation>
    </message>
    <message>
        <source>&amp;Test queries</source>
        <translation>&amp;Testează interogările</translation>
    </message>
    <message>
        <source>Runs the queries as written here over the last two months on the saved workspace&apos;s Prometheus source, and shows what each gave.</source>
        <translation>Rulează interogările așa cum sunt scrise aici pe ultimele două luni, pe sursa Prometheus a spațiului de lucru salvat, și arată ce a dat fiecare.</translation>
    </message>
    <message>
        <source>Write a query first.</source>
        <translation>Scrieți mai întâi o interogare.</translation>
    </message>
    <message>
        <source>Cannot test: the engine is not running.</source>
        <translation>Nu se poate testa: motorul nu rulează.</translation>
    </message>
    <message>
        <source>Cannot test: %1</source>
        <translation>Nu se poate testa: %1</translation>
    </message>
    <message>
        <source>Cannot test: this engine cannot run PromQL queries.</source>
        <translation>Nu se poate testa: acest motor nu poate rula interogări PromQL.</translation>
    </message>
    <message numerus="yes">
        <source>Running %n query(ies)…</source>
        <translation>
            <numerusform>Rulează %n interogare…</numerusform>
            <numerusform>Rulează %n interogări…</numerusform>
            <numerusform>Rulează %n de interogări…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n series, last day %1</source>
        <translation>
            <numerusform>%n serie, ultima zi %1</numerusform>
            <numerusform>%n serii, ultima zi %1</numerusform>
            <numerusform>%n de serii, ultima zi %1</numerusform>
        </translation>
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
    <message>
        <source>Traces for this window</source>
        <translation>Urme pentru această fereastră</translation>
    </message>
    <message>
        <source>Traces…</source>
        <translation>Urme…</translation>
    </message>
    <message>
        <source>The slowest and the failing traces of this service in the range shown; right-click the latency or error chart for the traces of one moment</source>
        <translation>Cele mai lente urme și cele eșuate ale acestui serviciu în intervalul afișat; clic dreapta pe graficul de latență sau de erori pentru urmele unui anumit moment</translation>
    </message>
    <message>
        <source>Alert rules…</source>
        <translation>Reguli de alertă…</translation>
    </message>
    <message>
        <source>The alert rules of this service: thresholds, anomaly scores and forecasts (Ctrl+Shift+A)</source>
        <translation>Regulile de alertă ale acestui serviciu: praguri, scoruri de anomalie și prognoze (Ctrl+Shift+A)</translation>
    </message>
</context>
<context>
    <name>Gui::PrometheusSettingsPage</name>
    <message>
        <source>Cannot test: %1</source>
        <translation>Nu se poate testa: %1</translation>
    </message>
    <message>
        <source>Running the %1 query…</source>
        <translation>Se rulează interogarea pentru %1…</translation>
    </message>
    <message>
        <source>PromQL: %1</source>
        <translation>PromQL: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Eroare: %1</translation>
    </message>
    <message>
        <source>No series: the query is valid but nothing matched. Check the metric names and the service label.</source>
        <translation>Nicio serie: interogarea este validă, dar nu a găsit nimic. Verificați numele metricilor și eticheta serviciului.</translation>
    </message>
    <message numerus="yes">
        <source>%n series in %1 ms:</source>
        <translation>
            <numerusform>%n serie în %1 ms:</numerusform>
            <numerusform>%n serii în %1 ms:</numerusform>
            <numerusform>%n de serii în %1 ms:</numerusform>
        </translation>
    </message>
    <message>
        <source>no value</source>
        <translation>nicio valoare</translation>
    </message>
    <message numerus="yes">
        <source>  …and %n more</source>
        <translation>
            <numerusform>  …și încă %n</numerusform>
            <numerusform>  …și încă %n</numerusform>
            <numerusform>  …și încă %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n series carry no service this source knows (label &apos;%1&apos;).</source>
        <translation>
            <numerusform>%n serie nu poartă niciun serviciu cunoscut de această sursă (eticheta „%1”).</numerusform>
            <numerusform>%n serii nu poartă niciun serviciu cunoscut de această sursă (eticheta „%1”).</numerusform>
            <numerusform>%n de serii nu poartă niciun serviciu cunoscut de această sursă (eticheta „%1”).</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertisment: %1</translation>
    </message>
    <message>
        <source>Prometheus</source>
        <translation>Prometheus</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Timp de așteptare:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Metric queries</source>
        <translation>Interogări pentru metrici</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Presetare:</translation>
    </message>
    <message>
        <source>Use preset queries</source>
        <translation>Folosește interogările presetării</translation>
    </message>
    <message>
        <source>&amp;Service label:</source>
        <translation>Eticheta &amp;serviciului:</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrică</translation>
    </message>
    <message>
        <source>PromQL (empty: not collected)</source>
        <translation>PromQL (gol: nu se colectează)</translation>
    </message>
    <message>
        <source>In queries, $services matches the services asked for, $label is the service label, $window a rate() window and $step the step. Each query must return one series per service, carrying the service label.</source>
        <translation>În interogări, $services se potrivește cu serviciile cerute, $label este eticheta serviciului, $window o fereastră pentru rate(), iar $step pasul. Fiecare interogare trebuie să întoarcă o serie pe serviciu, purtând eticheta serviciului.</translation>
    </message>
    <message>
        <source>Test &amp;with:</source>
        <translation>Testează &amp;cu:</translation>
    </message>
    <message>
        <source>all services</source>
        <translation>toate serviciile</translation>
    </message>
    <message>
        <source>Test &amp;query</source>
        <translation>Testează &amp;interogarea</translation>
    </message>
    <message>
        <source>Run the selected metric&apos;s query now and show what Prometheus answers</source>
        <translation>Rulează acum interogarea metricii selectate și arată ce răspunde Prometheus</translation>
    </message>
    <message>
        <source>Alerts and logs (optional)</source>
        <translation>Alerte și jurnale (opțional)</translation>
    </message>
    <message>
        <source>Alert&amp;manager:</source>
        <translation>Alert&amp;manager:</translation>
    </message>
    <message>
        <source>&amp;Loki:</source>
        <translation>&amp;Loki:</translation>
    </message>
</context>
<context>
    <name>Gui::ProposalDetail</name>
    <message>
        <source>Why</source>
        <translation>De ce</translation>
    </message>
    <message>
        <source>Expected effect and cost</source>
        <translation>Efect așteptat și cost</translation>
    </message>
    <message>
        <source>The fix</source>
        <translation>Remedierea</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verificare</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Rezultat</translation>
    </message>
    <message>
        <source>Exact request</source>
        <translation>Cererea exactă</translation>
    </message>
    <message>
        <source>Show (dry run)</source>
        <translation>Arată (probă)</translation>
    </message>
    <message>
        <source>Render the exact request the executor would send, without sending it</source>
        <translation>Afișează cererea exactă pe care ar trimite-o executorul, fără a o trimite</translation>
    </message>
    <message>
        <source>Select an action to see why it was proposed, what it will do and how it will be checked.</source>
        <translation>Selectați o acțiune ca să vedeți de ce a fost propusă, ce va face și cum va fi verificată.</translation>
    </message>
    <message>
        <source>confidence %1</source>
        <translation>încredere %1</translation>
    </message>
    <message>
        <source>proposed %1</source>
        <translation>propusă %1</translation>
    </message>
    <message>
        <source>forecast only: recorded and scored, never executed</source>
        <translation>doar prognoză: înregistrată și evaluată, niciodată executată</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>expiră %1</translation>
    </message>
    <message>
        <source>Pattern: %1.</source>
        <translation>Tipar: %1.</translation>
    </message>
    <message>
        <source>Seen on %1; the fix applies to %2.</source>
        <translation>Observat pe %1; remedierea se aplică pe %2.</translation>
    </message>
    <message>
        <source>Also suggested by: %1.</source>
        <translation>Sugerată și de: %1.</translation>
    </message>
    <message>
        <source>Cost: %1.</source>
        <translation>Cost: %1.</translation>
    </message>
    <message>
        <source>Learned: %1</source>
        <translation>Învățat: %1</translation>
    </message>
    <message>
        <source>Alternatives: %1.</source>
        <translation>Alternative: %1.</translation>
    </message>
    <message>
        <source>decided by %1</source>
        <translation>decisă de %1</translation>
    </message>
    <message>
        <source>Applied at %1: %2</source>
        <translation>Aplicată la %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Measured %1 over %n sample(s), against %2.</source>
        <translation>
            <numerusform>Măsurat %1 pe %n eșantion, față de %2.</numerusform>
            <numerusform>Măsurat %1 pe %n eșantioane, față de %2.</numerusform>
            <numerusform>Măsurat %1 pe %n de eșantioane, față de %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not rendered yet.</source>
        <translation>Încă nu a fost generată.</translation>
    </message>
    <message>
        <source>a manual fix:</source>
        <translation>remediere manuală:</translation>
    </message>
</context>
<context>
    <name>Gui::RailwayDiscoveryDialog</name>
    <message>
        <source>Discover from Railway — %1</source>
        <translation>Descoperire din Railway — %1</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Serviciu</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proiect</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regiune</translation>
    </message>
    <message>
        <source>Apply and save</source>
        <translation>Aplică și salvează</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <source>The workspace has no source &apos;%1&apos;.</source>
        <translation>Spațiul de lucru nu are sursa „%1”.</translation>
    </message>
    <message>
        <source>Asking Railway what the token can see…</source>
        <translation>Se întreabă Railway ce vede tokenul…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Railway could not be asked: %1
Nothing was changed.</source>
        <translation>Railway nu a putut fi întrebat: %1
Nu s-a schimbat nimic.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>niciun răspuns</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Adăugate</translation>
    </message>
    <message>
        <source>Marked removed (kept with their history)</source>
        <translation>Marcate ca eliminate (păstrate cu istoricul lor)</translation>
    </message>
    <message>
        <source>Back on Railway</source>
        <translation>Din nou pe Railway</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Păstrate</translation>
    </message>
    <message>
        <source>Still removed</source>
        <translation>Încă eliminate</translation>
    </message>
    <message>
        <source>In projects the token no longer sees (left as they are)</source>
        <translation>În proiecte pe care tokenul nu le mai vede (lăsate neschimbate)</translation>
    </message>
    <message numerus="yes">
        <source>Railway lists %n service(s).</source>
        <translation>
            <numerusform>Railway listează %n serviciu.</numerusform>
            <numerusform>Railway listează %n servicii.</numerusform>
            <numerusform>Railway listează %n de servicii.</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply to add %1, mark %2 removed and bring back %3; your own settings for each service are kept.</source>
        <translation>Aplicați pentru a adăuga %1, a marca %2 ca eliminate și a readuce %3; setările dvs. pentru fiecare serviciu se păstrează.</translation>
    </message>
    <message>
        <source>The workspace is already in step: nothing to change.</source>
        <translation>Spațiul de lucru este deja la zi: nimic de schimbat.</translation>
    </message>
    <message>
        <source>Railway warned: %1</source>
        <translation>Railway a avertizat: %1</translation>
    </message>
</context>
<context>
    <name>Gui::RailwayIdPicker</name>
    <message>
        <source>&amp;Load from Railway…</source>
        <translation>&amp;Încarcă din Railway…</translation>
    </message>
    <message>
        <source>List the projects, environments and services the token can see, and pick the service (one request per 100 projects, from the account&apos;s hourly budget)</source>
        <translation>Listează proiectele, mediile și serviciile pe care le vede tokenul și alegeți serviciul (o cerere la fiecare 100 de proiecte, din bugetul orar al contului)</translation>
    </message>
    <message>
        <source>Project / environment / service</source>
        <translation>Proiect / mediu / serviciu</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identificator</translation>
    </message>
    <message>
        <source>Asking Railway what the token can see…</source>
        <translation>Se întreabă Railway ce vede tokenul…</translation>
    </message>
    <message>
        <source>%1 of %2 Railway requests left this hour for &apos;%3&apos;.</source>
        <translation>Au mai rămas %1 din %2 cereri Railway în această oră pentru „%3”.</translation>
    </message>
    <message>
        <source>Railway could not be asked: %1</source>
        <translation>Railway nu a putut fi întrebat: %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>niciun răspuns</translation>
    </message>
    <message>
        <source>The token sees no service.</source>
        <translation>Tokenul nu vede niciun serviciu.</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) found: pick one to fill in its ids.</source>
        <translation>
            <numerusform>%n serviciu găsit: alegeți-l pentru a-i completa identificatorii.</numerusform>
            <numerusform>%n servicii găsite: alegeți unul pentru a-i completa identificatorii.</numerusform>
            <numerusform>%n de servicii găsite: alegeți unul pentru a-i completa identificatorii.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::RailwaySettingsPage</name>
    <message>
        <source>Name the token&apos;s account (its keychain entry).</source>
        <translation>Numiți contul tokenului (intrarea lui din portchei).</translation>
    </message>
    <message>
        <source>Name the environment to watch, e.g. production.</source>
        <translation>Numiți mediul urmărit, de exemplu production.</translation>
    </message>
    <message>
        <source>Asking Railway…</source>
        <translation>Se întreabă Railway…</translation>
    </message>
    <message numerus="yes">
        <source>  %1 — %n replica(s)</source>
        <translation>
            <numerusform>  %1 — %n replică</numerusform>
            <numerusform>  %1 — %n replici</numerusform>
            <numerusform>  %1 — %n de replici</numerusform>
        </translation>
    </message>
    <message>
        <source>, region %1</source>
        <translation>, regiunea %1</translation>
    </message>
    <message>
        <source>, sleeps when idle</source>
        <translation>, adoarme când nu are trafic</translation>
    </message>
    <message numerus="yes">
        <source>Found %n service(s)</source>
        <translation>
            <numerusform>S-a găsit %n serviciu</numerusform>
            <numerusform>S-au găsit %n servicii</numerusform>
            <numerusform>S-au găsit %n de servicii</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n project(s):</source>
        <translation>
            <numerusform>în %n proiect:</numerusform>
            <numerusform>în %n proiecte:</numerusform>
            <numerusform>în %n de proiecte:</numerusform>
        </translation>
    </message>
    <message>
        <source>The token sees no service in environment &apos;%1&apos;.</source>
        <translation>Tokenul nu vede niciun serviciu în mediul „%1”.</translation>
    </message>
    <message>
        <source>Railway warned: %1</source>
        <translation>Avertisment de la Railway: %1</translation>
    </message>
    <message>
        <source>API requests left this hour: %1 of %2</source>
        <translation>Cereri API rămase în această oră: %1 din %2</translation>
    </message>
    <message>
        <source>Token account:</source>
        <translation>Contul tokenului:</translation>
    </message>
    <message>
        <source>The token is kept in the keychain as &quot;railway:&lt;account&gt;&quot;; the Railway actions use the same entry and the same hourly request budget.</source>
        <translation>Tokenul este păstrat în portchei ca „railway:&lt;cont&gt;”; acțiunile Railway folosesc aceeași intrare și același buget orar de cereri.</translation>
    </message>
    <message>
        <source>Token kind:</source>
        <translation>Tipul tokenului:</translation>
    </message>
    <message>
        <source>Account or team token (Bearer)</source>
        <translation>Token de cont sau de echipă (Bearer)</translation>
    </message>
    <message>
        <source>Project token (Project-Access-Token)</source>
        <translation>Token de proiect (Project-Access-Token)</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Mediu:</translation>
    </message>
    <message>
        <source>Refresh every:</source>
        <translation>Reîmprospătare la fiecare:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>CPU limit per service:</source>
        <translation>Limită CPU per serviciu:</translation>
    </message>
    <message>
        <source> vCPU</source>
        <translation> vCPU</translation>
    </message>
    <message>
        <source>Memory limit per service:</source>
        <translation>Limită de memorie per serviciu:</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Enter the token above as a Bearer token: it is stored only in the keychain. Railway allows about 1,000 API requests an hour per token; refreshes slow down when few are left.</source>
        <translation>Introduceți tokenul mai sus, ca token Bearer: este păstrat doar în portchei. Railway permite circa 1.000 de cereri API pe oră pentru fiecare token; reîmprospătările se răresc când rămân puține.</translation>
    </message>
    <message>
        <source>Discover projects and services</source>
        <translation>Descoperă proiectele și serviciile</translation>
    </message>
    <message>
        <source>What the token can see appears here.</source>
        <translation>Aici apare ce poate vedea tokenul.</translation>
    </message>
</context>
<context>
    <name>Gui::RailwayUsagePanel</name>
    <message>
        <source>not read: %1</source>
        <translation>necitit: %1</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>neraportat</translation>
    </message>
    <message>
        <source>not priced</source>
        <translation>fără preț</translation>
    </message>
    <message>
        <source>⚠ %1%</source>
        <translation>⚠ %1%</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>⚠ Railway shows none</source>
        <translation>⚠ Railway nu arată nimic</translation>
    </message>
    <message>
        <source>Railway estimates %1 for this month; Straja forecasts %2 for the services it watches in this project.</source>
        <translation>Railway estimează %1 pentru luna aceasta; Straja prognozează %2 pentru serviciile pe care le urmărește în acest proiect.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nimic</translation>
    </message>
    <message>
        <source>Railway counted %1 so far this month; Straja&apos;s month to date is %2.</source>
        <translation>Railway a numărat %1 până acum în luna aceasta; Straja are %2 de la începutul lunii.</translation>
    </message>
    <message>
        <source>They differ by more than 5%: one of the two has a wrong price or misses usage.</source>
        <translation>Diferă cu peste 5%: unul dintre ele are un preț greșit sau nu vede tot consumul.</translation>
    </message>
    <message>
        <source>The last read failed (%1); these are the figures read before.</source>
        <translation>Ultima citire a eșuat (%1); acestea sunt cifrele citite anterior.</translation>
    </message>
    <message>
        <source>Railway&apos;s usage beside Straja&apos;s cost model</source>
        <translation>Consumul raportat de Railway alături de modelul de costuri Straja</translation>
    </message>
    <message>
        <source>Railway project / service</source>
        <translation>Proiect / serviciu Railway</translation>
    </message>
    <message>
        <source>Railway (month estimate / so far)</source>
        <translation>Railway (estimare lunară / până acum)</translation>
    </message>
    <message>
        <source>Straja (month end / to date)</source>
        <translation>Straja (sfârșit de lună / până acum)</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferență</translation>
    </message>
    <message>
        <source>Read at</source>
        <translation>Citit la</translation>
    </message>
</context>
<context>
    <name>Gui::RecommendationModel</name>
    <message>
        <source>Scale %1 → %2</source>
        <translation>Scalare %1 → %2</translation>
    </message>
    <message>
        <source>Manual change</source>
        <translation>Schimbare manuală</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informație</translation>
    </message>
    <message>
        <source>saves %1</source>
        <translation>economisește %1</translation>
    </message>
    <message>
        <source>costs %1</source>
        <translation>costă %1</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomandare</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Pe lună</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risc</translation>
    </message>
    <message>
        <source>On approval</source>
        <translation>La aprobare</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Schedule %1 → %2, %3:00-%4:00</source>
        <translation>Programare %1 → %2, %3:00-%4:00</translation>
    </message>
</context>
<context>
    <name>Gui::ReportDialog</name>
    <message>
        <source>Export report</source>
        <translation>Exportă raportul</translation>
    </message>
    <message>
        <source>Whole workspace</source>
        <translation>Întregul spațiu de lucru</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>Proiectul %1</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Ultimele 24 de ore</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Ultimele 7 zile</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Ultimele 30 de zile</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Ultimele 90 de zile</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation>Pagină HTML</translation>
    </message>
    <message>
        <source>CSV tables</source>
        <translation>Tabele CSV</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Alege…</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Acoperire:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Perioada:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Limba:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fișier:</translation>
    </message>
    <message>
        <source>Reports are made from the local store only; no source is contacted.</source>
        <translation>Rapoartele se fac doar din stocarea locală; nicio sursă nu este contactată.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportă</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Închide</translation>
    </message>
    <message>
        <source>There is no local store to report from.</source>
        <translation>Nu există o stocare locală din care să se facă raportul.</translation>
    </message>
    <message>
        <source>Reports (*.%1)</source>
        <translation>Rapoarte (*.%1)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <source>Choose a file in an existing folder to write the report to.</source>
        <translation>Alegeți un fișier într-un dosar existent în care să se scrie raportul.</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Se scrie raportul…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Se anulează…</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Scris în %1.</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>Anulat; niciun fișier nu a fost scris.</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>Raportul nu a putut fi scris: %1</translation>
    </message>
</context>
<context>
    <name>Gui::RuleEditorDialog</name>
    <message>
        <source>Threshold</source>
        <translation>Prag</translation>
    </message>
    <message>
        <source>Anomaly</source>
        <translation>Anomalie</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognoză</translation>
    </message>
    <message>
        <source>at once</source>
        <translation>imediat</translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n oră</numerusform>
            <numerusform>%n ore</numerusform>
            <numerusform>%n de ore</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n minut</numerusform>
            <numerusform>%n minute</numerusform>
            <numerusform>%n de minute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n secundă</numerusform>
            <numerusform>%n secunde</numerusform>
            <numerusform>%n de secunde</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>anomaly score of %1 %2 %3</source>
        <translation>scorul de anomalie pentru %1 %2 %3</translation>
    </message>
    <message>
        <source>%1 reaches %2 within %3</source>
        <translation>%1 atinge %2 în cel mult %3</translation>
    </message>
    <message>
        <source> (clears at %1)</source>
        <translation> (se stinge la %1)</translation>
    </message>
    <message>
        <source>Alert rules</source>
        <translation>Reguli de alertă</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Serviciu:</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regulă</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condiție</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Durată</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravitate</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activă</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Adaugă…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifică…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Dezactivează</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ște&amp;rge</translation>
    </message>
    <message>
        <source>Back to the de&amp;faults</source>
        <translation>Înapoi la regulile im&amp;plicite</translation>
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
        <source>This service has its own rules.</source>
        <translation>Serviciul are regulile lui proprii.</translation>
    </message>
    <message>
        <source>This service follows the default rules; a change makes them its own.</source>
        <translation>Serviciul urmează regulile implicite; o schimbare le face regulile lui proprii.</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critică</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertisment</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>da</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nu</translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation>Acti&amp;vează</translation>
    </message>
</context>
<context>
    <name>Gui::RuleFormDialog</name>
    <message>
        <source>Add an alert rule</source>
        <translation>Adăugați o regulă de alertă</translation>
    </message>
    <message>
        <source>Edit the alert rule</source>
        <translation>Modificați regula de alertă</translation>
    </message>
    <message>
        <source>e.g. error-rate-high</source>
        <translation>de exemplu error-rate-high</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Id:</translation>
    </message>
    <message>
        <source>Threshold: the value is past the limit</source>
        <translation>Prag: valoarea a trecut de limită</translation>
    </message>
    <message>
        <source>Anomaly: the anomaly score is past the limit</source>
        <translation>Anomalie: scorul de anomalie a trecut de limită</translation>
    </message>
    <message>
        <source>Forecast: the trend reaches the limit within the horizon</source>
        <translation>Prognoză: tendința atinge limita în orizontul dat</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tip:</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Metrică:</translation>
    </message>
    <message>
        <source>above the limit</source>
        <translation>peste limită</translation>
    </message>
    <message>
        <source>below the limit</source>
        <translation>sub limită</translation>
    </message>
    <message>
        <source>&amp;Fires when:</source>
        <translation>Se de&amp;clanșează când este:</translation>
    </message>
    <message>
        <source>&amp;Limit:</source>
        <translation>&amp;Limită:</translation>
    </message>
    <message>
        <source>Clears only at</source>
        <translation>Se stinge doar la</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>For at &amp;least:</source>
        <translation>Timp de &amp;cel puțin:</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>&amp;Horizon:</source>
        <translation>&amp;Orizont:</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertisment</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critică</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Gravitate:</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>Acti&amp;vă</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adaugă</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvează</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
</context>
<context>
    <name>Gui::SchedulePanel</name>
    <message>
        <source>%1:00-%2:00 %3</source>
        <translation>%1:00-%2:00 %3</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reia</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Suspendă</translation>
    </message>
    <message>
        <source>Remove schedule</source>
        <translation>Șterge programarea</translation>
    </message>
    <message>
        <source>Remove the schedule of %1 (%2)?</source>
        <translation>Ștergeți programarea pentru %1 (%2)?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <source>Straja stops changing the replicas at the window&apos;s edges. The replicas stay as they are now: if the window is running, scale the service back yourself.</source>
        <translation>Straja nu mai schimbă replicile la capetele ferestrei. Replicile rămân cum sunt acum: dacă fereastra este în desfășurare, readuceți singur serviciul la numărul anterior.</translation>
    </message>
    <message numerus="yes">
        <source>Off-peak schedules (%n)</source>
        <translation>
            <numerusform>Programări în afara orelor de vârf (%n)</numerusform>
            <numerusform>Programări în afara orelor de vârf (%n)</numerusform>
            <numerusform>Programări în afara orelor de vârf (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Șterge…</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Serviciu</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fereastră</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>Replici</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Ultima schimbare</translation>
    </message>
    <message>
        <source>%1 in the window, %2 outside</source>
        <translation>%1 în fereastră, %2 în afara ei</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>suspendată</translation>
    </message>
    <message>
        <source>active, approved by %1</source>
        <translation>activă, aprobată de %1</translation>
    </message>
    <message>
        <source>none yet: acts from the next edge</source>
        <translation>niciuna încă: acționează de la următorul capăt</translation>
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
    <message>
        <source>%1: the degraded limit must not be below the down limit (lower is worse here).</source>
        <translation>%1: pragul de degradare nu poate fi sub pragul de cădere (aici, mai puțin înseamnă mai rău).</translation>
    </message>
</context>
<context>
    <name>Gui::SilenceDialog</name>
    <message>
        <source>Plan a maintenance window</source>
        <translation>Planificați o fereastră de mentenanță</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Proiect:</translation>
    </message>
    <message>
        <source>Starts:</source>
        <translation>Începe:</translation>
    </message>
    <message>
        <source>Silence the incident&apos;s alerts</source>
        <translation>Amuțiți alertele incidentului</translation>
    </message>
    <message>
        <source>Resolve the incident</source>
        <translation>Rezolvați incidentul</translation>
    </message>
    <message>
        <source>What fixed it</source>
        <translation>Ce a rezolvat problema</translation>
    </message>
    <message>
        <source>Why, for whoever looks later</source>
        <translation>De ce, pentru cine se uită mai târziu</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motiv:</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n oră</numerusform>
            <numerusform>%n ore</numerusform>
            <numerusform>%n de ore</numerusform>
        </translation>
    </message>
    <message>
        <source>Expires after:</source>
        <translation>Expiră după:</translation>
    </message>
    <message>
        <source>Lasts:</source>
        <translation>Durează:</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Rezolvă</translation>
    </message>
    <message>
        <source>Silence</source>
        <translation>Amuțește</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Planifică</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <source>A reason is required: it goes into the incident&apos;s timeline.</source>
        <translation>Motivul este obligatoriu: intră în cronologia incidentului.</translation>
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
    <message>
        <source>Railway %1: %2/%3 API requests left</source>
        <translation>Railway %1: %2/%3 cereri API rămase</translation>
    </message>
    <message>
        <source>Railway allows about 1,000 API requests an hour per token; refreshes slow down when few are left.</source>
        <translation>Railway permite circa 1.000 de cereri API pe oră pentru fiecare token; reîmprospătările se răresc când rămân puține.</translation>
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
    <message>
        <source>%1 (at or below)</source>
        <translation>%1 (la sau sub)</translation>
    </message>
    <message>
        <source>degraded must not be below down</source>
        <translation>pragul de degradare nu poate fi sub cel de cădere</translation>
    </message>
</context>
<context>
    <name>Gui::TraceListModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Started (UTC)</source>
        <translation>Început (UTC)</translation>
    </message>
    <message>
        <source>Root span</source>
        <translation>Segment rădăcină</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durată</translation>
    </message>
    <message>
        <source>Spans</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erori</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicii</translation>
    </message>
</context>
<context>
    <name>Gui::TracesView</name>
    <message>
        <source>All operations</source>
        <translation>Toate operațiile</translation>
    </message>
    <message>
        <source>Pick a service first.</source>
        <translation>Alege mai întâi un serviciu.</translation>
    </message>
    <message>
        <source>Searching the traces of %1 from %2 to %3 UTC…</source>
        <translation>Se caută urmele serviciului %1 între %2 și %3 UTC…</translation>
    </message>
    <message>
        <source>The trace could not be opened: %1</source>
        <translation>Urma nu a putut fi deschisă: %1</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Căutarea a eșuat: %1</translation>
    </message>
    <message>
        <source>No traces of %1 from %2 to %3 UTC match these filters.</source>
        <translation>Nicio urmă a serviciului %1 între %2 și %3 UTC nu corespunde acestor filtre.</translation>
    </message>
    <message numerus="yes">
        <source>%n trace(s) from %1 to %2 UTC, %3 failing; slowest first.</source>
        <translation>
            <numerusform>%n urmă între %1 și %2 UTC, %3 eșuate; cele mai lente primele.</numerusform>
            <numerusform>%n urme între %1 și %2 UTC, %3 eșuate; cele mai lente primele.</numerusform>
            <numerusform>%n de urme între %1 și %2 UTC, %3 eșuate; cele mai lente primele.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opening trace %1 (%n span(s))…</source>
        <translation>
            <numerusform>Se deschide urma %1 (%n segment)…</numerusform>
            <numerusform>Se deschide urma %1 (%n segmente)…</numerusform>
            <numerusform>Se deschide urma %1 (%n de segmente)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trace %1: %n span(s), %2 failing; critical path %3 ms of %4 ms.</source>
        <translation>
            <numerusform>Urma %1: %n segment, %2 eșuate; drum critic %3 ms din %4 ms.</numerusform>
            <numerusform>Urma %1: %n segmente, %2 eșuate; drum critic %3 ms din %4 ms.</numerusform>
            <numerusform>Urma %1: %n de segmente, %2 eșuate; drum critic %3 ms din %4 ms.</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo traces (simulated)</source>
        <translation>Urme demo (simulate)</translation>
    </message>
    <message>
        <source>Jaeger: %1</source>
        <translation>Jaeger: %1</translation>
    </message>
    <message>
        <source>No trace source: add a Jaeger source to the workspace.</source>
        <translation>Nicio sursă de urme: adaugă o sursă Jaeger în spațiul de lucru.</translation>
    </message>
    <message>
        <source>Traces</source>
        <translation>Urme</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Serviciu:</translation>
    </message>
    <message>
        <source>&amp;Operation:</source>
        <translation>&amp;Operație:</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>Fe&amp;reastră:</translation>
    </message>
    <message>
        <source>&amp;Longer than:</source>
        <translation>Mai &amp;lungi de:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>&amp;Failing only</source>
        <translation>Doar &amp;eșuate</translation>
    </message>
    <message>
        <source>Searc&amp;h</source>
        <translation>&amp;Caută</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>Ultimele 15 minute</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Ultima oră</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>Ultimele 6 ore</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Ultimele 24 de ore</translation>
    </message>
    <message>
        <source>%1 – %2 UTC</source>
        <translation>%1 – %2 UTC</translation>
    </message>
</context>
<context>
    <name>Gui::TrayNotifier</name>
    <message numerus="yes">
        <source>Straja: %n new proposal(s)</source>
        <translation>
            <numerusform>Straja: %n propunere nouă</numerusform>
            <numerusform>Straja: %n propuneri noi</numerusform>
            <numerusform>Straja: %n de propuneri noi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>și încă %n</numerusform>
            <numerusform>și încă %n</numerusform>
            <numerusform>și încă %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Straja: %n incident update(s)</source>
        <translation>
            <numerusform>Straja: %n noutate despre incidente</numerusform>
            <numerusform>Straja: %n noutăți despre incidente</numerusform>
            <numerusform>Straja: %n de noutăți despre incidente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::UnleashSettingsPage</name>
    <message>
        <source>Give the Unleash server&apos;s address, e.g. https://unleash.example.com (without /api).</source>
        <translation>Introduceți adresa serverului Unleash, de ex. https://unleash.example.com (fără /api).</translation>
    </message>
    <message>
        <source>Unleash needs an admin token: choose &quot;Bearer token&quot; and enter it (it is kept only in the keychain).</source>
        <translation>Unleash are nevoie de un token de administrator: alegeți „Token Bearer” și introduceți-l (este păstrat doar în portchei).</translation>
    </message>
    <message>
        <source>Asking Unleash…</source>
        <translation>Se interoghează Unleash…</translation>
    </message>
    <message numerus="yes">
        <source>Connected. %n project(s):</source>
        <translation>
            <numerusform>Conectat. %n proiect:</numerusform>
            <numerusform>Conectat. %n proiecte:</numerusform>
            <numerusform>Conectat. %n de proiecte:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %1 (%2) — %n flag(s)</source>
        <translation>
            <numerusform>  %1 (%2) — %n indicator</numerusform>
            <numerusform>  %1 (%2) — %n indicatoare</numerusform>
            <numerusform>  %1 (%2) — %n de indicatoare</numerusform>
        </translation>
    </message>
    <message>
        <source>Environments: %1</source>
        <translation>Medii: %1</translation>
    </message>
    <message>
        <source>&amp;Projects to show:</source>
        <translation>&amp;Proiecte afișate:</translation>
    </message>
    <message>
        <source>all projects; or a comma-separated list, e.g. default, checkout</source>
        <translation>toate proiectele; sau o listă separată prin virgule, de ex. default, checkout</translation>
    </message>
    <message>
        <source>Enter an Unleash admin token (or a personal access token) above as a Bearer token: it is stored only in the keychain, never in the workspace file. &quot;Test connection&quot; uses the token already stored: save the source first after changing it.</source>
        <translation>Introduceți mai sus un token de administrator Unleash (sau un token personal de acces) ca token Bearer: este păstrat doar în portchei, niciodată în fișierul spațiului de lucru. „Testează conexiunea” folosește tokenul deja salvat: după ce îl schimbați, salvați întâi sursa.</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Testează conexiunea</translation>
    </message>
    <message>
        <source>The projects the token can see appear here.</source>
        <translation>Proiectele pe care le vede tokenul apar aici.</translation>
    </message>
</context>
<context>
    <name>Gui::WaterfallView</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message numerus="yes">
        <source>(%n characters)</source>
        <translation>
            <numerusform>(%n caracter)</numerusform>
            <numerusform>(%n caractere)</numerusform>
            <numerusform>(%n de caractere)</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick a trace in the list to see its spans.</source>
        <translation>Alege o urmă din listă pentru a-i vedea segmentele.</translation>
    </message>
    <message numerus="yes">
        <source>%n span(s), %1</source>
        <translation>
            <numerusform>%n segment, %1</numerusform>
            <numerusform>%n segmente, %1</numerusform>
            <numerusform>%n de segmente, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(trace root)</source>
        <translation>(rădăcina urmei)</translation>
    </message>
    <message>
        <source>Trace root: spans without a usable parent</source>
        <translation>Rădăcina urmei: segmente fără un părinte utilizabil</translation>
    </message>
    <message numerus="yes">
        <source>(+%n hidden)</source>
        <translation>
            <numerusform>(+%n ascuns)</numerusform>
            <numerusform>(+%n ascunse)</numerusform>
            <numerusform>(+%n de ascunse)</numerusform>
        </translation>
    </message>
    <message>
        <source>Trace root (added by Straja): holds the spans whose parent is missing or was cut from a cycle.</source>
        <translation>Rădăcina urmei (adăugată de Straja): cuprinde segmentele al căror părinte lipsește sau a fost tăiat dintr-un ciclu.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Starts at +%1, lasts %2</source>
        <translation>Începe la +%1, durează %2</translation>
    </message>
    <message>
        <source>Received with a negative duration (%1 µs)</source>
        <translation>Primit cu o durată negativă (%1 µs)</translation>
    </message>
    <message>
        <source>Moved by %1 for clock skew</source>
        <translation>Mutat cu %1 din cauza decalajului de ceas</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Eșuat</translation>
    </message>
    <message>
        <source>Span %1</source>
        <translation>Segmentul %1</translation>
    </message>
    <message>
        <source>log at +%1: %2</source>
        <translation>jurnal la +%1: %2</translation>
    </message>
</context>
<context>
    <name>Gui::WebhookDialog</name>
    <message>
        <source>Add a webhook</source>
        <translation>Adăugați un webhook</translation>
    </message>
    <message>
        <source>Discord</source>
        <translation>Discord</translation>
    </message>
    <message>
        <source>Slack</source>
        <translation>Slack</translation>
    </message>
    <message>
        <source>Generic JSON</source>
        <translation>JSON generic</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nume:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresă:</translation>
    </message>
    <message>
        <source>The address is kept in the system keychain only.</source>
        <translation>Adresa este păstrată doar în portofelul de chei al sistemului.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adaugă</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <source>Give the webhook a name.</source>
        <translation>Dați un nume webhook-ului.</translation>
    </message>
    <message>
        <source>Paste the webhook&apos;s address.</source>
        <translation>Lipiți adresa webhook-ului.</translation>
    </message>
    <message>
        <source>The address must start with https:// (or http://) and name a host.</source>
        <translation>Adresa trebuie să înceapă cu https:// (sau http://) și să numească o gazdă.</translation>
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
    <message>
        <source>The provider tokens of its action targets (%1) are deleted from the keychain.</source>
        <translation>Tokenurile furnizorilor folosite de țintele acțiunilor sale (%1) se șterg din portchei.</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Portchei</translation>
    </message>
    <message>
        <source>Tokens of the old workspace&apos;s action targets could not be removed from the keychain.</source>
        <translation>Tokenurile țintelor acțiunilor din vechiul spațiu de lucru nu au putut fi șterse din portchei.</translation>
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
    <message>
        <source>Discover from Rail&amp;way…</source>
        <translation>Descoperă din Rail&amp;way…</translation>
    </message>
    <message>
        <source>Ask Railway which projects and services the source&apos;s token sees, and add new services to the workspace (you confirm first).</source>
        <translation>Întreabă Railway ce proiecte și servicii vede tokenul sursei și adaugă serviciile noi în spațiul de lucru (confirmați mai întâi).</translation>
    </message>
    <message>
        <source>Action &amp;target…</source>
        <translation>Ținta &amp;acțiunilor…</translation>
    </message>
    <message>
        <source>Select a service: action targets belong to services.</source>
        <translation>Selectați un serviciu: țintele acțiunilor aparțin serviciilor.</translation>
    </message>
    <message>
        <source>The provider token their action targets use (%1) is deleted from the keychain when you save.</source>
        <translation>Tokenul furnizorului folosit de țintele acțiunilor lor (%1) se șterge din portchei la salvare.</translation>
    </message>
    <message>
        <source>The provider token of its action target (%1) is deleted from the keychain when you save.</source>
        <translation>Tokenul furnizorului pentru ținta acțiunilor sale (%1) se șterge din portchei la salvare.</translation>
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
    <message>
        <source>%1 %2 is down to %3 or below</source>
        <translation>%1 %2 a scăzut la %3 sau mai jos</translation>
    </message>
</context>
<context>
    <name>Http</name>
    <message>
        <source>Option &apos;%1&apos; must be a whole number from %2 to %3.</source>
        <translation>Opțiunea „%1” trebuie să fie un număr întreg între %2 și %3.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http:// or https:// address.</source>
        <translation>„%1” nu este o adresă http:// sau https://.</translation>
    </message>
    <message>
        <source>Put the user name and password in the keychain, not in the address.</source>
        <translation>Puneți numele de utilizator și parola în portcheiul sistemului, nu în adresă.</translation>
    </message>
    <message>
        <source>Unknown auth &apos;%1&apos;: use none, bearer or basic.</source>
        <translation>Autentificare necunoscută „%1”: folosiți none, bearer sau basic.</translation>
    </message>
</context>
<context>
    <name>Jaeger</name>
    <message>
        <source>Jaeger answered in an unexpected format: %1</source>
        <translation>Jaeger a răspuns într-un format neașteptat: %1</translation>
    </message>
    <message>
        <source>not JSON (%1 at byte %2)</source>
        <translation>nu este JSON (%1 la octetul %2)</translation>
    </message>
    <message>
        <source>expected an object with &quot;data&quot;</source>
        <translation>se aștepta un obiect cu „data”</translation>
    </message>
    <message>
        <source>a trace without &quot;traceID&quot;</source>
        <translation>o urmă fără „traceID”</translation>
    </message>
    <message>
        <source>a span without &quot;spanID&quot; in trace %1</source>
        <translation>un segment fără „spanID” în urma %1</translation>
    </message>
    <message>
        <source>&quot;data&quot; is not a list of traces</source>
        <translation>„data” nu este o listă de urme</translation>
    </message>
    <message>
        <source>&quot;data&quot; is not a list of names</source>
        <translation>„data” nu este o listă de nume</translation>
    </message>
    <message>
        <source>Jaeger: %1</source>
        <translation>Jaeger: %1</translation>
    </message>
    <message>
        <source>Jaeger refused the search: %1</source>
        <translation>Jaeger a refuzat căutarea: %1</translation>
    </message>
    <message>
        <source>Jaeger does not have this trace (any more): it may have been removed by retention.</source>
        <translation>Jaeger nu (mai) are această urmă: poate a fost ștearsă de politica de păstrare a datelor.</translation>
    </message>
    <message>
        <source>Jaeger returned no trace: %1</source>
        <translation>Jaeger nu a returnat nicio urmă: %1</translation>
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
    <name>Loki</name>
    <message>
        <source>The answer is not a Loki answer: %1.</source>
        <translation>Răspunsul nu este un răspuns Loki: %1.</translation>
    </message>
    <message>
        <source>the server sent a web page</source>
        <translation>serverul a trimis o pagină web</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>se aștepta un obiect JSON</translation>
    </message>
    <message>
        <source>Loki refused the query (%1): %2</source>
        <translation>Loki a refuzat interogarea (%1): %2</translation>
    </message>
    <message>
        <source>no success status</source>
        <translation>lipsește starea de succes</translation>
    </message>
    <message>
        <source>result type &apos;%1&apos; instead of streams</source>
        <translation>tip de rezultat „%1” în loc de streams</translation>
    </message>
    <message>
        <source>no result list</source>
        <translation>lipsește lista de rezultate</translation>
    </message>
    <message>
        <source>a stream has no values</source>
        <translation>un flux nu are valori</translation>
    </message>
    <message>
        <source>a log entry is not a [time, line] pair</source>
        <translation>o intrare de jurnal nu este o pereche [timp, linie]</translation>
    </message>
    <message>
        <source>a log entry&apos;s time is not a number</source>
        <translation>timpul unei intrări de jurnal nu este un număr</translation>
    </message>
    <message>
        <source>no label list</source>
        <translation>lipsește lista de etichete</translation>
    </message>
    <message>
        <source>Loki: %1</source>
        <translation>Loki: %1</translation>
    </message>
    <message>
        <source>Loki: the log query must start with a stream selector such as {service=&quot;$service&quot;}.</source>
        <translation>Loki: interogarea de jurnale trebuie să înceapă cu un selector de flux, de exemplu {service=&quot;$service&quot;}.</translation>
    </message>
    <message>
        <source>Loki refused the query: %1</source>
        <translation>Loki a refuzat interogarea: %1</translation>
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
    <message>
        <source>Cache hit ratio</source>
        <translation>Rata de reușită a cache-ului</translation>
    </message>
    <message>
        <source>B/s</source>
        <translation>B/s</translation>
    </message>
    <message>
        <source>kB/s</source>
        <translation>kB/s</translation>
    </message>
    <message>
        <source>MB/s</source>
        <translation>MB/s</translation>
    </message>
    <message>
        <source>GB/s</source>
        <translation>GB/s</translation>
    </message>
    <message>
        <source>Network in</source>
        <translation>Rețea (intrare)</translation>
    </message>
    <message>
        <source>Network out</source>
        <translation>Rețea (ieșire)</translation>
    </message>
    <message>
        <source>d</source>
        <extracomment>Unit of certificate expiry, short for days</extracomment>
        <translation>z</translation>
    </message>
    <message>
        <source>msg</source>
        <extracomment>Unit of queue depth, short for messages</extracomment>
        <translation>mesaje</translation>
    </message>
    <message>
        <source>Certificate expiry</source>
        <translation>Expirarea certificatului</translation>
    </message>
    <message>
        <source>Queue depth</source>
        <translation>Lungimea cozii</translation>
    </message>
    <message>
        <source>Pool usage</source>
        <translation>Utilizarea poolului</translation>
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
    <message>
        <source>Railway</source>
        <translation>Railway</translation>
    </message>
    <message>
        <source>Jaeger (traces)</source>
        <translation>Jaeger (urme)</translation>
    </message>
    <message>
        <source>Unleash (feature flags)</source>
        <translation>Unleash (indicatoare de funcționalități)</translation>
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
    <name>Prometheus</name>
    <message>
        <source>Option &apos;%1&apos; must be a whole number from %2 to %3.</source>
        <translation>Opțiunea „%1” trebuie să fie un număr întreg între %2 și %3.</translation>
    </message>
    <message>
        <source>The answer is not valid Prometheus JSON (%1).</source>
        <translation>Răspunsul nu este JSON Prometheus valid (%1).</translation>
    </message>
    <message>
        <source>a sample is not a [time, value] pair</source>
        <translation>un eșantion nu este o pereche [timp, valoare]</translation>
    </message>
    <message>
        <source>&quot;data&quot; is not an object</source>
        <translation>„data” nu este un obiect</translation>
    </message>
    <message>
        <source>a scalar result has more than two items</source>
        <translation>un rezultat scalar are mai mult de două elemente</translation>
    </message>
    <message>
        <source>The server sent an empty answer.</source>
        <translation>Serverul a trimis un răspuns gol.</translation>
    </message>
    <message>
        <source>The server sent a web page instead of Prometheus JSON: is this the address of the Prometheus API?</source>
        <translation>Serverul a trimis o pagină web în loc de JSON Prometheus: este aceasta adresa API-ului Prometheus?</translation>
    </message>
    <message>
        <source>The answer is JSON but not a Prometheus answer.</source>
        <translation>Răspunsul este JSON, dar nu un răspuns Prometheus.</translation>
    </message>
    <message>
        <source>The answer is not a Prometheus query result: %1.</source>
        <translation>Răspunsul nu este rezultatul unei interogări Prometheus: %1.</translation>
    </message>
    <message>
        <source>The answer has data after its end.</source>
        <translation>Răspunsul are date după sfârșitul lui.</translation>
    </message>
    <message>
        <source>Prometheus refused the query (%1): %2</source>
        <translation>Prometheus a refuzat interogarea (%1): %2</translation>
    </message>
    <message>
        <source>The answer has no success status: not a Prometheus query answer.</source>
        <translation>Răspunsul nu are starea de succes: nu este un răspuns la o interogare Prometheus.</translation>
    </message>
    <message>
        <source>The answer has no result.</source>
        <translation>Răspunsul nu are rezultat.</translation>
    </message>
    <message>
        <source>Unknown result type &apos;%1&apos;.</source>
        <translation>Tip de rezultat necunoscut „%1”.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No query is set for %1.</source>
        <translation>Nu este setată nicio interogare pentru %1.</translation>
    </message>
    <message>
        <source>HTTP server metrics</source>
        <translation>Metrici de server HTTP</translation>
    </message>
    <message>
        <source>node_exporter (hosts)</source>
        <translation>node_exporter (gazde)</translation>
    </message>
    <message>
        <source>Straja demo fleet</source>
        <translation>Flota demo Straja</translation>
    </message>
    <message>
        <source>node_exporter&apos;s CPU, memory, disk and boot time, one host per instance label.</source>
        <translation>CPU, memorie, disc și ora pornirii din node_exporter, câte o gazdă pentru fiecare etichetă instance.</translation>
    </message>
    <message>
        <source>The gauges &apos;straja-cli demo-fleet --listen&apos; exposes (the lab).</source>
        <translation>Indicatorii expuși de „straja-cli demo-fleet --listen” (laboratorul).</translation>
    </message>
    <message>
        <source>Unknown query preset &apos;%1&apos;: use one of %2.</source>
        <translation>Presetare de interogări necunoscută „%1”: folosiți una dintre %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Prometheus label name.</source>
        <translation>„%1” nu este un nume de etichetă Prometheus.</translation>
    </message>
    <message>
        <source>serviceMap: the label value of service &apos;%1&apos; must be a non-empty text.</source>
        <translation>serviceMap: valoarea etichetei serviciului „%1” trebuie să fie un text nevid.</translation>
    </message>
    <message>
        <source>queries: unknown metric &apos;%1&apos;.</source>
        <translation>queries: metrică necunoscută „%1”.</translation>
    </message>
    <message>
        <source>queries: the query of &apos;%1&apos; must be a text.</source>
        <translation>queries: interogarea pentru „%1” trebuie să fie un text.</translation>
    </message>
    <message>
        <source>No query to run.</source>
        <translation>Nicio interogare de rulat.</translation>
    </message>
    <message>
        <source>http_requests_total with a code label, http_request_duration_seconds histogram and process_* metrics, one series set per service label; where present, blackbox_exporter certificate expiry, Redis cache hits, RabbitMQ queue depth and HikariCP pool usage with the same label.</source>
        <translation>http_requests_total cu eticheta code, histograma http_request_duration_seconds și metricile process_*, câte un set de serii pentru fiecare valoare a etichetei de serviciu; unde există, expirarea certificatului din blackbox_exporter, reușitele din cache Redis, lungimea cozilor RabbitMQ și utilizarea poolului HikariCP, cu aceeași etichetă.</translation>
    </message>
</context>
<context>
    <name>Railway</name>
    <message>
        <source>The workspace has no Railway source &apos;%1&apos;.</source>
        <translation>Spațiul de lucru nu are sursa Railway „%1”.</translation>
    </message>
    <message>
        <source>The Railway request budget of &apos;%1&apos; is spent; waiting until %2.</source>
        <translation>Bugetul de cereri Railway al contului „%1” s-a epuizat; se așteaptă până la %2.</translation>
    </message>
    <message>
        <source>No Railway token for &apos;%1&apos; in the keychain.</source>
        <translation>Nu există token Railway pentru „%1” în portchei.</translation>
    </message>
    <message>
        <source>Railway did not answer within %1 s.</source>
        <translation>Railway nu a răspuns în %1 s.</translation>
    </message>
    <message>
        <source>Railway could not be reached: %1</source>
        <translation>Railway nu a putut fi contactat: %1</translation>
    </message>
    <message numerus="yes">
        <source>Railway&apos;s rate limit was reached (429); asking again after %n s.</source>
        <translation>
            <numerusform>S-a atins limita de cereri a Railway (429); se întreabă din nou după %n s.</numerusform>
            <numerusform>S-a atins limita de cereri a Railway (429); se întreabă din nou după %n s.</numerusform>
            <numerusform>S-a atins limita de cereri a Railway (429); se întreabă din nou după %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Railway did not say which project this token belongs to: is it an account token?</source>
        <translation>Railway nu a spus cărui proiect îi aparține acest token: este un token de cont?</translation>
    </message>
    <message>
        <source>Source &apos;%1&apos;: %2</source>
        <translation>Sursa „%1”: %2</translation>
    </message>
    <message>
        <source>the address must be an http(s) URL.</source>
        <translation>adresa trebuie să fie un URL http(s).</translation>
    </message>
    <message>
        <source>the token&apos;s account name is empty.</source>
        <translation>numele contului tokenului este gol.</translation>
    </message>
    <message>
        <source>unknown token kind &apos;%1&apos; (account, team or project).</source>
        <translation>tip de token necunoscut „%1” (account, team sau project).</translation>
    </message>
    <message>
        <source>service &apos;%1&apos; has no Railway service or environment id.</source>
        <translation>serviciul „%1” nu are id de serviciu sau de mediu Railway.</translation>
    </message>
    <message>
        <source>step, refresh interval, batch size and limits must be positive.</source>
        <translation>pasul, intervalul de reîmprospătare, mărimea lotului și limitele trebuie să fie pozitive.</translation>
    </message>
    <message>
        <source>Is it a project token? The source is set to send it as Project-Access-Token.</source>
        <translation>Este un token de proiect? Sursa este setată să-l trimită ca Project-Access-Token.</translation>
    </message>
    <message>
        <source>Is it an account or team token? The source is set to send it as a Bearer token.</source>
        <translation>Este un token de cont sau de echipă? Sursa este setată să-l trimită ca token Bearer.</translation>
    </message>
    <message>
        <source>Railway refused the token (%1): it may be expired, revoked, of the wrong kind, or not allowed to see this project. %2</source>
        <translation>Railway a refuzat tokenul (%1): poate fi expirat, revocat, de alt tip sau fără acces la acest proiect. %2</translation>
    </message>
    <message>
        <source>Railway&apos;s rate limit was reached (429).</source>
        <translation>S-a atins limita de cereri a Railway (429).</translation>
    </message>
    <message>
        <source>Railway answered HTTP %1: %2</source>
        <translation>Railway a răspuns HTTP %1: %2</translation>
    </message>
    <message>
        <source>Railway&apos;s answer is not GraphQL JSON.</source>
        <translation>Răspunsul Railway nu este JSON GraphQL.</translation>
    </message>
    <message>
        <source>Railway: %1</source>
        <translation>Railway: %1</translation>
    </message>
    <message>
        <source>Railway&apos;s project list has no edges.</source>
        <translation>Lista de proiecte Railway nu are „edges”.</translation>
    </message>
    <message numerus="yes">
        <source>Railway answered %n of the figures asked for: %1</source>
        <translation>
            <numerusform>Railway a trimis %n dintre valorile cerute: %1</numerusform>
            <numerusform>Railway a trimis %n dintre valorile cerute: %1</numerusform>
            <numerusform>Railway a trimis %n dintre valorile cerute: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Discovery postponed at %1: only %2 of %3 API requests left this hour.</source>
        <translation>Descoperire amânată la %1: au mai rămas doar %2 din %3 cereri API în această oră.</translation>
    </message>
    <message>
        <source>Discovery failed at %1: %2</source>
        <translation>Descoperirea a eșuat la %1: %2</translation>
    </message>
    <message>
        <source>Discovery at %1: %2</source>
        <translation>Descoperire la %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) added (%1)</source>
        <translation>
            <numerusform>%n serviciu adăugat (%1)</numerusform>
            <numerusform>%n servicii adăugate (%1)</numerusform>
            <numerusform>%n de servicii adăugate (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n marked removed (%1)</source>
        <translation>
            <numerusform>%n serviciu marcat ca eliminat (%1)</numerusform>
            <numerusform>%n servicii marcate ca eliminate (%1)</numerusform>
            <numerusform>%n de servicii marcate ca eliminate (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n back (%1)</source>
        <translation>
            <numerusform>%n serviciu revenit (%1)</numerusform>
            <numerusform>%n servicii revenite (%1)</numerusform>
            <numerusform>%n de servicii revenite (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Deployments and usage postponed at %1: only %2 of %3 API requests left this hour.</source>
        <translation>Implementările și consumul au fost amânate la %1: au mai rămas doar %2 din %3 cereri API în această oră.</translation>
    </message>
    <message>
        <source>Discovery at %1 waits until the workspace editor is closed, so that your unsaved edits stay as they are.</source>
        <translation>Descoperirea de la %1 așteaptă închiderea editorului spațiului de lucru, ca modificările nesalvate să rămână neatinse.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Report</source>
        <translation>Raport</translation>
    </message>
    <message>
        <source>Period start (UTC)</source>
        <translation>Începutul perioadei (UTC)</translation>
    </message>
    <message>
        <source>Period end (UTC)</source>
        <translation>Sfârșitul perioadei (UTC)</translation>
    </message>
    <message>
        <source>Generated (UTC)</source>
        <translation>Generat (UTC)</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Bucket (minutes)</source>
        <translation>Interval (minute)</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proiect</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Serviciu</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Health summary</source>
        <translation>Rezumatul sănătății</translation>
    </message>
    <message>
        <source>Health at end</source>
        <translation>Starea la final</translation>
    </message>
    <message>
        <source>Availability (%)</source>
        <translation>Disponibilitate (%)</translation>
    </message>
    <message>
        <source>Buckets OK</source>
        <translation>Intervale OK</translation>
    </message>
    <message>
        <source>Buckets degraded</source>
        <translation>Intervale degradate</translation>
    </message>
    <message>
        <source>Buckets down</source>
        <translation>Intervale căzute</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Cereri</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>Start (UTC)</source>
        <translation>Început (UTC)</translation>
    </message>
    <message>
        <source>End (UTC)</source>
        <translation>Sfârșit (UTC)</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minute</translation>
    </message>
    <message>
        <source>Worst</source>
        <translation>Cel mai grav</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrică</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Vârf</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limită</translation>
    </message>
    <message>
        <source>Anomalies</source>
        <translation>Anomalii</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valoare</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Scor</translation>
    </message>
    <message>
        <source>Actions and outcomes</source>
        <translation>Acțiuni și rezultate</translation>
    </message>
    <message>
        <source>Decided (UTC)</source>
        <translation>Decisă (UTC)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acțiune</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Remediere</translation>
    </message>
    <message>
        <source>From replicas</source>
        <translation>De la replici</translation>
    </message>
    <message>
        <source>To replicas</source>
        <translation>La replici</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Rezultat</translation>
    </message>
    <message>
        <source>By</source>
        <translation>De către</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Înainte</translation>
    </message>
    <message>
        <source>After</source>
        <translation>După</translation>
    </message>
    <message>
        <source>Cost change per month</source>
        <translation>Variația costului pe lună</translation>
    </message>
    <message>
        <source>auto-approved</source>
        <translation>aprobată automat</translation>
    </message>
    <message>
        <source>Forecasts and capacity</source>
        <translation>Prognoze și capacitate</translation>
    </message>
    <message>
        <source>Peak requests/s, next 48 h</source>
        <translation>Vârf cereri/s, următoarele 48 h</translation>
    </message>
    <message>
        <source>Lower (95%)</source>
        <translation>Minim (95%)</translation>
    </message>
    <message>
        <source>Upper (95%)</source>
        <translation>Maxim (95%)</translation>
    </message>
    <message>
        <source>CPU limit (%)</source>
        <translation>Limită CPU (%)</translation>
    </message>
    <message>
        <source>CPU daily peak (%)</source>
        <translation>Vârf zilnic CPU (%)</translation>
    </message>
    <message>
        <source>Growth per month (%)</source>
        <translation>Creștere pe lună (%)</translation>
    </message>
    <message>
        <source>Crossing (UTC)</source>
        <translation>Depășire (UTC)</translation>
    </message>
    <message>
        <source>Replicas now</source>
        <translation>Replici acum</translation>
    </message>
    <message>
        <source>Replicas needed</source>
        <translation>Replici necesare</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n oră</numerusform>
            <numerusform>%n ore</numerusform>
            <numerusform>%n de ore</numerusform>
        </translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilitate</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Grafice</translation>
    </message>
    <message>
        <source>No service was degraded or down in this period.</source>
        <translation>Niciun serviciu nu a fost degradat sau căzut în această perioadă.</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s): stretches in which a service was degraded or down.</source>
        <translation>
            <numerusform>%n incident: un interval în care un serviciu a fost degradat sau căzut.</numerusform>
            <numerusform>%n incidente: intervale în care un serviciu a fost degradat sau căzut.</numerusform>
            <numerusform>%n de incidente: intervale în care un serviciu a fost degradat sau căzut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Început</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durată</translation>
    </message>
    <message numerus="yes">
        <source>%n more in the CSV export.</source>
        <translation>
            <numerusform>Încă %n în exportul CSV.</numerusform>
            <numerusform>Încă %n în exportul CSV.</numerusform>
            <numerusform>Încă %n de rânduri în exportul CSV.</numerusform>
        </translation>
    </message>
    <message>
        <source>No anomalies in requests, latency or errors.</source>
        <translation>Nicio anomalie în cereri, latență sau erori.</translation>
    </message>
    <message>
        <source>Peak requests/s, next 48 h (95% band)</source>
        <translation>Vârf cereri/s, următoarele 48 h (bandă 95%)</translation>
    </message>
    <message>
        <source>CPU daily peak</source>
        <translation>Vârf zilnic CPU</translation>
    </message>
    <message>
        <source>Growth per month</source>
        <translation>Creștere pe lună</translation>
    </message>
    <message>
        <source>Crosses the limit</source>
        <translation>Depășește limita</translation>
    </message>
    <message>
        <source>Replicas now / needed</source>
        <translation>Replici acum / necesare</translation>
    </message>
    <message>
        <source>too little history</source>
        <translation>istoric prea scurt</translation>
    </message>
    <message>
        <source>already above</source>
        <translation>deja peste</translation>
    </message>
    <message>
        <source>around %1</source>
        <translation>în jurul datei de %1</translation>
    </message>
    <message>
        <source>not within 180 days</source>
        <translation>nu în 180 de zile</translation>
    </message>
    <message>
        <source>capacity needs a period of at least 14 days of CPU data</source>
        <translation>capacitatea cere o perioadă de cel puțin 14 zile de date CPU</translation>
    </message>
    <message>
        <source>No action was decided in this period.</source>
        <translation>Nicio acțiune nu a fost decisă în această perioadă.</translation>
    </message>
    <message>
        <source>This store has no actions log.</source>
        <translation>Această stocare nu are un jurnal de acțiuni.</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decisă</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>Înainte → după</translation>
    </message>
    <message>
        <source>Straja report: project %1</source>
        <translation>Raport Straja: proiectul %1</translation>
    </message>
    <message>
        <source>Straja report: workspace %1</source>
        <translation>Raport Straja: spațiul de lucru %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Perioada: %1</translation>
    </message>
    <message>
        <source>Generated: %1</source>
        <translation>Generat: %1</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Date: %1</translation>
    </message>
    <message numerus="yes">
        <source>Figures computed from %n-minute buckets of the local store; no source was contacted.</source>
        <translation>
            <numerusform>Cifre calculate din intervale de %n minut ale stocării locale; nicio sursă nu a fost contactată.</numerusform>
            <numerusform>Cifre calculate din intervale de %n minute ale stocării locale; nicio sursă nu a fost contactată.</numerusform>
            <numerusform>Cifre calculate din intervale de %n de minute ale stocării locale; nicio sursă nu a fost contactată.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF could not be started: %1</source>
        <translation>PDF-ul nu a putut fi început: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 din %2</translation>
    </message>
    <message>
        <source>The PDF could not be finished.</source>
        <translation>PDF-ul nu a putut fi încheiat.</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>Raportul a fost anulat.</translation>
    </message>
    <message>
        <source>The report&apos;s period is empty: its end is not after its start.</source>
        <translation>Perioada raportului este goală: sfârșitul nu este după început.</translation>
    </message>
    <message>
        <source>The workspace has no project &apos;%1&apos;.</source>
        <translation>Spațiul de lucru nu are proiectul „%1”.</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Propusă</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobată</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Respinsă</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirată</translation>
    </message>
    <message>
        <source>Executing</source>
        <translation>În execuție</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>În verificare</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Reușită</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Eșuată</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Anulată (revenire)</translation>
    </message>
    <message>
        <source>Dry run (not sent)</source>
        <translation>Simulare (netrimisă)</translation>
    </message>
    <message>
        <source>Scale from %1 to %2 replicas</source>
        <translation>Scalare de la %1 la %2 replici</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Repornire</translation>
    </message>
    <message>
        <source>Roll back the last deploy</source>
        <translation>Revenire la versiunea anterioară</translation>
    </message>
    <message>
        <source>Manual fix (%1)</source>
        <translation>Remediere manuală (%1)</translation>
    </message>
    <message>
        <source>the local store %1</source>
        <translation>stocarea locală %1</translation>
    </message>
    <message>
        <source>the demo fleet (seed %1), simulated offline for this period</source>
        <translation>flota demonstrativă (sămânța %1), simulată offline pentru această perioadă</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nu se poate scrie %1: %2</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Perioada</translation>
    </message>
    <message>
        <source>Month to date</source>
        <translation>Luna până acum</translation>
    </message>
    <message>
        <source>Month-end forecast</source>
        <translation>Prognoză la sfârșitul lunii</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recomandări</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomandare</translation>
    </message>
    <message>
        <source>Saving per month</source>
        <translation>Economie pe lună</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risc</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Indicatoare</translation>
    </message>
    <message>
        <source>Flag source</source>
        <translation>Sursa indicatoarelor</translation>
    </message>
    <message>
        <source>Flag project</source>
        <translation>Proiectul indicatorului</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Mediu</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activat</translation>
    </message>
    <message>
        <source>Rollout (%)</source>
        <translation>Lansare (%)</translation>
    </message>
    <message>
        <source>With constraints</source>
        <translation>Cu constrângeri</translation>
    </message>
    <message>
        <source>Last change (UTC)</source>
        <translation>Ultima schimbare (UTC)</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Schimbat de</translation>
    </message>
    <message>
        <source>As of (UTC)</source>
        <translation>La data de (UTC)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>da</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nu</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>Experimente</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variantă</translation>
    </message>
    <message>
        <source>Lift (%)</source>
        <translation>Creștere (%)</translation>
    </message>
    <message>
        <source>Probability (%)</source>
        <translation>Probabilitate (%)</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilizatori</translation>
    </message>
    <message>
        <source>Month to %1</source>
        <translation>Luna până la %1</translation>
    </message>
    <message>
        <source>Cost and recommendations</source>
        <translation>Costuri și recomandări</translation>
    </message>
    <message>
        <source>No service of this project has a price table.</source>
        <translation>Niciun serviciu al acestui proiect nu are un tabel de prețuri.</translation>
    </message>
    <message>
        <source>Not priced (no price table): %1</source>
        <translation>Fără preț (niciun tabel de prețuri): %1</translation>
    </message>
    <message>
        <source>No saving to recommend at the period&apos;s end.</source>
        <translation>Nicio economie de recomandat la sfârșitul perioadei.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>dezactivat</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activat</translation>
    </message>
    <message>
        <source>(with constraints)</source>
        <translation>(cu constrângeri)</translation>
    </message>
    <message>
        <source>State per environment (rollout)</source>
        <translation>Starea pe medii (lansare)</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Ultima schimbare</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>La data de</translation>
    </message>
    <message>
        <source>Flags and experiments</source>
        <translation>Indicatoare și experimente</translation>
    </message>
    <message>
        <source>This store keeps no flags.</source>
        <translation>Această stocare nu păstrează indicatoare.</translation>
    </message>
    <message>
        <source>Straja has read no flag of this project.</source>
        <translation>Straja nu a citit niciun indicator al acestui proiect.</translation>
    </message>
    <message>
        <source>As last read from the flag sources and kept in the local store; &quot;as of&quot; says when.</source>
        <translation>Așa cum au fost citite ultima dată din sursele de indicatoare și păstrate în stocarea locală; „la data de” arată când.</translation>
    </message>
    <message>
        <source>Cost of the workspace</source>
        <translation>Costul spațiului de lucru</translation>
    </message>
    <message>
        <source>Charges computed from the stored usage and the price tables (%1); month figures for %2 as of the period&apos;s end, plan fees in the month figures only.</source>
        <translation>Costuri calculate din consumul stocat și din tabelele de prețuri (%1); cifrele lunii %2 la sfârșitul perioadei, abonamentele doar în cifrele lunii.</translation>
    </message>
    <message>
        <source>Flags of other projects</source>
        <translation>Indicatoarele altor proiecte</translation>
    </message>
    <message>
        <source>Change a feature flag</source>
        <translation>Schimbarea unui indicator de funcționalitate</translation>
    </message>
    <message>
        <source>The demo&apos;s flags could not be read.</source>
        <translation>Indicatoarele demonstrației nu au putut fi citite.</translation>
    </message>
    <message>
        <source>Replicas needed, low (95%)</source>
        <translation>Replici necesare, minim (95%)</translation>
    </message>
    <message>
        <source>Replicas needed, high (95%)</source>
        <translation>Replici necesare, maxim (95%)</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation>%1 (%2–%3)</translation>
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
    <name>Sources::Http::HttpClient</name>
    <message>
        <source>Cannot read the CA file %1: %2.</source>
        <translation>Fișierul CA %1 nu poate fi citit: %2.</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>Fișierul CA %1 nu conține niciun certificat PEM.</translation>
    </message>
    <message>
        <source>Refusing to send credentials to %1 over unencrypted http: use https, or allow it explicitly with the allowInsecureAuth option.</source>
        <translation>Datele de autentificare nu se trimit către %1 prin http necriptat: folosiți https sau permiteți explicit acest lucru cu opțiunea allowInsecureAuth.</translation>
    </message>
    <message>
        <source>This source needs credentials but no keychain is available.</source>
        <translation>Această sursă are nevoie de date de autentificare, dar niciun portchei nu este disponibil.</translation>
    </message>
    <message>
        <source>The credentials of this source could not be read: %1</source>
        <translation>Datele de autentificare ale acestei surse nu au putut fi citite: %1</translation>
    </message>
    <message>
        <source>No bearer token is stored for this source.</source>
        <translation>Niciun token nu este stocat pentru această sursă.</translation>
    </message>
    <message>
        <source>No user name and password are stored for this source.</source>
        <translation>Niciun nume de utilizator și nicio parolă nu sunt stocate pentru această sursă.</translation>
    </message>
    <message>
        <source>The answer from %1 is larger than %2 MB and was refused.</source>
        <translation>Răspunsul de la %1 depășește %2 MB și a fost refuzat.</translation>
    </message>
    <message>
        <source>%1 redirected more than %2 times (a redirect loop?).</source>
        <translation>%1 a redirecționat de mai mult de %2 ori (o buclă de redirecționări?).</translation>
    </message>
    <message>
        <source>%1 redirected from https to an unencrypted address; refused.</source>
        <translation>%1 a redirecționat de la https la o adresă necriptată; refuzat.</translation>
    </message>
    <message>
        <source>No complete answer from %1 within %2 s.</source>
        <translation>Niciun răspuns complet de la %1 în %2 s.</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 is not trusted (%2). If your own CA signed it, give that CA&apos;s file in the source&apos;s settings.</source>
        <translation>Certificatul TLS al %1 nu este de încredere (%2). Dacă l-a semnat propria dumneavoastră autoritate de certificare, indicați fișierul ei în setările sursei.</translation>
    </message>
    <message>
        <source>%1 refused the connection: is the server running?</source>
        <translation>%1 a refuzat conexiunea: rulează serverul?</translation>
    </message>
    <message>
        <source>The host of %1 was not found.</source>
        <translation>Gazda %1 nu a fost găsită.</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering.</source>
        <translation>%1 a închis conexiunea înainte de a răspunde.</translation>
    </message>
    <message>
        <source>Network error talking to %1: %2</source>
        <translation>Eroare de rețea în comunicarea cu %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 failed %n time(s) in a row; not asking again before %2.</source>
        <translation>
            <numerusform>%1 a eșuat de %n dată la rând; nu se mai întreabă înainte de %2.</numerusform>
            <numerusform>%1 a eșuat de %n ori la rând; nu se mai întreabă înainte de %2.</numerusform>
            <numerusform>%1 a eșuat de %n de ori la rând; nu se mai întreabă înainte de %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 refused the credentials (HTTP 401): the token or password is wrong or has expired.</source>
        <translation>%1 a refuzat datele de autentificare (HTTP 401): tokenul sau parola sunt greșite sau au expirat.</translation>
    </message>
    <message>
        <source>%1 denied access (HTTP 403): the credentials lack a permission.</source>
        <translation>%1 a refuzat accesul (HTTP 403): datele de autentificare nu au o permisiune necesară.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 a răspuns HTTP %2.</translation>
    </message>
    <message>
        <source>The address is on %1, not on the configured server %2.</source>
        <translation>Adresa este pe %1, nu pe serverul configurat %2.</translation>
    </message>
    <message>
        <source>%1 answered HTTP 404 (not found): is the address right?</source>
        <translation>%1 a răspuns HTTP 404 (negăsit): este adresa corectă?</translation>
    </message>
</context>
<context>
    <name>Sources::Railway::UsageCheck</name>
    <message>
        <source>Railway&apos;s estimate (%1) agrees with Straja&apos;s forecast (%2).</source>
        <translation>Estimarea Railway (%1) se potrivește cu prognoza Straja (%2).</translation>
    </message>
    <message>
        <source>Railway estimates %1 for this month, Straja forecasts %2 (%3% apart): check the price table or the usage Straja sees.</source>
        <translation>Railway estimează %1 pentru luna aceasta, Straja prognozează %2 (diferență de %3%): verificați tabelul de prețuri sau consumul pe care îl vede Straja.</translation>
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
    <message>
        <source>The deployments could not be stored: %1</source>
        <translation>Implementările nu au putut fi salvate: %1</translation>
    </message>
</context>
<context>
    <name>Traces</name>
    <message>
        <source>No trace with id %1.</source>
        <translation>Nu există nicio urmă cu id-ul %1.</translation>
    </message>
    <message>
        <source>The workspace changed; search again.</source>
        <translation>Spațiul de lucru s-a schimbat; caută din nou.</translation>
    </message>
    <message>
        <source>This workspace has no trace source: add a Jaeger source in Workspace › Edit workspace.</source>
        <translation>Acest spațiu de lucru nu are nicio sursă de urme: adaugă o sursă Jaeger din Spațiu de lucru › Editează spațiul de lucru.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message numerus="yes">
        <source>%n span(s) name a parent that is not in the trace; they are shown under the trace root.</source>
        <translation>
            <numerusform>%n segment numește un părinte care nu este în urmă; este afișat sub rădăcina urmei.</numerusform>
            <numerusform>%n segmente numesc un părinte care nu este în urmă; sunt afișate sub rădăcina urmei.</numerusform>
            <numerusform>%n de segmente numesc un părinte care nu este în urmă; sunt afișate sub rădăcina urmei.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The parent references form %n cycle(s); each was cut at its earliest span.</source>
        <translation>
            <numerusform>Referințele la părinți formează %n ciclu; a fost tăiat la cel mai timpuriu segment al său.</numerusform>
            <numerusform>Referințele la părinți formează %n cicluri; fiecare a fost tăiat la cel mai timpuriu segment al său.</numerusform>
            <numerusform>Referințele la părinți formează %n de cicluri; fiecare a fost tăiat la cel mai timpuriu segment al său.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n span(s) have a negative duration; shown as 0.</source>
        <translation>
            <numerusform>%n segment are o durată negativă; afișată ca 0.</numerusform>
            <numerusform>%n segmente au o durată negativă; afișată ca 0.</numerusform>
            <numerusform>%n de segmente au o durată negativă; afișată ca 0.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clock skew between services: %n span(s) moved into their parent, by up to %1.</source>
        <translation>
            <numerusform>Decalaj de ceas între servicii: %n segment mutat în părintele său, cu până la %1.</numerusform>
            <numerusform>Decalaj de ceas între servicii: %n segmente mutate în părinții lor, cu până la %1.</numerusform>
            <numerusform>Decalaj de ceas între servicii: %n de segmente mutate în părinții lor, cu până la %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n span(s) repeat the id of an earlier span.</source>
        <translation>
            <numerusform>%n segment repetă id-ul unui segment anterior.</numerusform>
            <numerusform>%n segmente repetă id-ul unui segment anterior.</numerusform>
            <numerusform>%n de segmente repetă id-ul unui segment anterior.</numerusform>
        </translation>
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
    <message>
        <source>the degraded limit (%1) must not be below the down limit (%2): lower is worse for this metric</source>
        <translation>pragul de degradare (%1) nu poate fi sub pragul de cădere (%2): la această metrică, mai puțin înseamnă mai rău</translation>
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
    <message>
        <source>expected a number of at least 0, got %1</source>
        <translation>se așteaptă un număr de cel puțin 0, s-a primit %1</translation>
    </message>
    <message>
        <source>expected at least 1</source>
        <translation>se așteaptă cel puțin 1</translation>
    </message>
    <message>
        <source>missing; expected a number</source>
        <translation>lipsește; se aștepta un număr</translation>
    </message>
    <message>
        <source>expected a number, got %1</source>
        <translation>se aștepta un număr, s-a primit %1</translation>
    </message>
    <message>
        <source>unknown rule type &apos;%1&apos; (expected one of: threshold, anomaly, forecast)</source>
        <translation>tip de regulă necunoscut „%1” (se aștepta unul dintre: threshold, anomaly, forecast)</translation>
    </message>
    <message>
        <source>unknown metric &apos;%1&apos; (expected one of: %2)</source>
        <translation>metrică necunoscută „%1” (se aștepta una dintre: %2)</translation>
    </message>
    <message>
        <source>expected &quot;above&quot; or &quot;below&quot;, got &apos;%1&apos;</source>
        <translation>se aștepta „above” sau „below”, s-a primit „%1”</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>nu poate fi negativ</translation>
    </message>
    <message>
        <source>a forecast rule needs a horizon of at least one second</source>
        <translation>o regulă de prognoză are nevoie de un orizont de cel puțin o secundă</translation>
    </message>
    <message>
        <source>expected &quot;warning&quot; or &quot;critical&quot;, got &apos;%1&apos;</source>
        <translation>se aștepta „warning” sau „critical”, s-a primit „%1”</translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation>se aștepta true sau false, s-a primit %1</translation>
    </message>
    <message>
        <source>missing; expected %1</source>
        <translation>lipsește; se aștepta %1</translation>
    </message>
    <message>
        <source>alert rules of version %1 are not understood by this Straja (it reads version %2)</source>
        <translation>regulile de alertare în versiunea %1 nu sunt înțelese de această versiune Straja (citește versiunea %2)</translation>
    </message>
    <message>
        <source>the rule id &apos;%1&apos; is used twice</source>
        <translation>id-ul de regulă „%1” este folosit de două ori</translation>
    </message>
</context>
</TS>
