<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Actions</name>
    <message>
        <source>Superseded by a newer proposal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto-approve rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired without a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer needed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pattern is no longer observed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A forecast-only proposal cannot be approved: turn on predictive scaling for %1 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected by the operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry-run mode: the request was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual fix, applied by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It did not help; scaled back to %1 replicas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It did not help, and scaling back failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider shows the change (confirmed by reading it back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The provider did not apply the change after %n attempt(s).</source>
        <translation>
            <numerusform>The provider did not apply the change after %n attempt.</numerusform>
            <numerusform>The provider did not apply the change after %n attempts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The service was changed outside Straja meanwhile (%n replica(s) now); nothing was sent.</source>
        <translation>
            <numerusform>The service was changed outside Straja meanwhile (%n replica now); nothing was sent.</numerusform>
            <numerusform>The service was changed outside Straja meanwhile (%n replicas now); nothing was sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>No source reports %1, so the outcome could not be measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data arrived for the verification window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It worked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It did not help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No traffic data to score the forecast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast-only: the forecast was right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast-only: the forecast was wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run (not sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving or reading actions failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1 has already moved on; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action cannot go from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1 is %2, not %3; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an open proposal can be snoozed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no action %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log cannot be read or written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 is missing (the log jumps from %2 to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 appears out of order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 does not follow the record before it: a record was removed, inserted or reordered there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 was changed after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log ends at record %1, but record %2 had been written: records were removed from the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log&apos;s last record does not match the head recorded with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo fleet has no service &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo fleet applied the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straja has no executor for the provider &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough traffic history to forecast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped by a guardrail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 replicas is under the minimum of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 replicas is over the maximum of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service now runs %1 replicas, not the %2 this proposal was made for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a change of %1 replicas is more than the maximum step of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service was scaled %1 s ago; the cooldown is %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 replicas cost %2 a month, over the cap of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving or reading outcomes failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tried %n time(s), never verified as working.</source>
        <translation>
            <numerusform>Tried %n time, never verified as working.</numerusform>
            <numerusform>Tried %n times, never verified as working.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Worked %1 of %n time(s), on %2.</source>
        <translation>
            <numerusform>Worked %1 of %n time, on %2.</numerusform>
            <numerusform>Worked %1 of %n times, on %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>kubeconfig line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected indentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;key: value&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the kubeconfig %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig has no context &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The context &apos;%1&apos; names no cluster with a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Kubernetes API server is configured for %1: give a kubeconfig or a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credentials for the Kubernetes API: put a token in the keychain or a client certificate in the kubeconfig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Kubernetes API did not answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Kubernetes API refused the credentials (401): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed by the cluster&apos;s RBAC (403): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deployment does not exist (404): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict with another change (409): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API server rejected the change (422): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API server asks to slow down (429): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Kubernetes API failed (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes accepted it (HTTP %1, resourceVersion %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no earlier revision to roll back to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes rolled back to revision %1 (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no usable forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the forecast needs no more replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held by a guardrail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too early: the peak is still far off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confidence under the threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the current load still needs the replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale up before the peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale down after the peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back to the previous deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back off and retry later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue calls to the dependency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspect the crash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspect the slow queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand the volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean up the disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise the pool size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift traffic away from the region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straja changes the replica count at the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straja restarts the service at the provider (a rolling restart where the provider has one); open a ticket for the root cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straja rolls the service back to its previous deploy at the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower the client&apos;s call rate to the dependency and retry with exponential backoff and jitter; honour its Retry-After. Approve once it is applied: Straja then checks the 429 rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put calls to the dependency behind a queue with a fixed rate. Approve once it is applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the logs of the crashing container and fix the cause. Approve once it is applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the queries that got slower (pg_stat_statements, the slow query log) and fix their plan or index. Approve once it is applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grow the volume at the provider. Approve once it is done: Straja then checks the usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove old logs, temporary files or dead rows (VACUUM). Approve once it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew and deploy the certificate (or fix the automatic renewal). Approve once it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm the cache and check its eviction settings. Approve once it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise the connection pool size, or find the code that holds connections. Approve once it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the region&apos;s users to the nearest healthy region (DNS or load balancer weights) and check the region&apos;s edge. Approve once it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-scale %1 from %2 to %3 replicas before the peak at %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale %1 from %2 to %3 replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back %1 to its previous deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target tracking (as a Kubernetes HPA): desired = ceil(%1 × %2 / %3) = %4, tolerance %5 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, over its target of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, under its target of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limited by a guardrail: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The traffic forecast peaks at %1 around %2 (95 % band %3 to %4); %5 replicas carry it at the target. Starting %6 min ahead covers the provider&apos;s start-up time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 about %2 afterwards (now %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 / month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−%1 / month</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Succeeds if %1 averages below %2 over %n min, starting %3 min after the change.</source>
        <translation>
            <numerusform>Succeeds if %1 averages below %2 over %n min, starting %3 min after the change.</numerusform>
            <numerusform>Succeeds if %1 averages below %2 over %n min, starting %3 min after the change.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Succeeds if %1 averages above %2 over %n min, starting %3 min after the change.</source>
        <translation>
            <numerusform>Succeeds if %1 averages above %2 over %n min, starting %3 min after the change.</numerusform>
            <numerusform>Succeeds if %1 averages above %2 over %n min, starting %3 min after the change.</numerusform>
        </translation>
    </message>
    <message>
        <source>Otherwise Straja scales back to %1 replicas (part of this approval).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Railway request budget of &apos;%1&apos; is spent; waiting until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Railway token for &apos;%1&apos; in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Railway answered HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Railway knows no such service instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Railway did not answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Railway&apos;s rate limit was reached (429).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Railway refused (HTTP %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Railway answered that nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Railway accepted it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Railway&apos;s %1 plan allows at most %2 replicas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service has no running deployment to restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no earlier deployment that can be rolled back to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>at most %n replica(s) per step</source>
        <translation>
            <numerusform>at most %n replica per step</numerusform>
            <numerusform>at most %n replicas per step</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>maximum %n replica(s)</source>
        <translation>
            <numerusform>maximum %n replica</numerusform>
            <numerusform>maximum %n replicas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>minimum %n replica(s)</source>
        <translation>
            <numerusform>minimum %n replica</numerusform>
            <numerusform>minimum %n replicas</numerusform>
        </translation>
    </message>
    <message>
        <source>monthly spend cap %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no current value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting out the scale-down stabilization window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within tolerance of the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cooling down after the last scaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the flag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recorded flag change cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no flag %2 in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read back: the flag holds the new state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flag was changed outside Straja meanwhile; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No flag source &quot;%1&quot; is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual change, applied by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as done by %1; Straja has no metric to check this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scale for this edge was raised before a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: %1 is no longer in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing to do: already at %n replica(s).</source>
        <translation>
            <numerusform>Nothing to do: already at %n replica.</numerusform>
            <numerusform>Nothing to do: already at %n replicas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scaling to %n replica(s) was raised.</source>
        <translation>
            <numerusform>Scaling to %n replica was raised.</numerusform>
            <numerusform>Scaling to %n replicas was raised.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scaling to %1 replicas was raised (%2 wanted: the guardrails allow one step per action).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right-size the allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consolidate into a shared deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy a replica in the region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked for by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the window starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the window ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off-peak schedule %1 (%2:00-%3:00 %4, approved by %5): %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost recommendation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardrails of %1: %2 to %3 replicas, at most %4 replicas per action, %5 min between scalings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 replicas is outside these limits: the target is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This change needs %n actions: Straja now scales from %1 to %2; apply the recommendation again after the cooldown for the next step.</source>
        <translation>
            <numerusform>This change needs %n action: Straja now scales from %1 to %2; apply the recommendation again after the cooldown for the next step.</numerusform>
            <numerusform>This change needs %n actions: Straja now scales from %1 to %2; apply the recommendation again after the cooldown for the next step.</numerusform>
        </translation>
    </message>
    <message>
        <source>Straja scales from %1 to %2 in one action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing to change: it already runs %n replica(s).</source>
        <translation>
            <numerusform>Nothing to change: it already runs %n replica.</numerusform>
            <numerusform>Nothing to change: it already runs %n replicas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving or reading schedules failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no schedule %1 (removed meanwhile?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n earlier edge(s), missed while Straja was not running, were skipped: this one sets the replicas for now.</source>
        <translation>
            <numerusform>%n earlier edge, missed while Straja was not running, was skipped: this one sets the replicas for now.</numerusform>
            <numerusform>%n earlier edges, missed while Straja was not running, were skipped: this one sets the replicas for now.</numerusform>
        </translation>
    </message>
    <message>
        <source>The schedule for %1 is not valid: hours %2-%3 in zone &apos;%4&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy a replica of the service in the region by hand (for Railway: the service&apos;s settings, Regions). Straja records it as done by you, then checks the region&apos;s p95 latency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy closer to users: %1 % of %2&apos;s traffic comes from %3, where the p95 latency is %4 ms against %5 ms in %6; a replica there should cut about %7 ms for those users, for about %8 a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only Kubernetes and Railway targets can be tested; the demo fleet needs no target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider gave no answer for this target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the Certificate resource of %1: kubectl describe certificate -n &lt;namespace&gt;; cert-manager&apos;s events say why the renewal failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the service&apos;s Settings, Networking: Railway renews the certificates of its domains itself; a custom domain needs its DNS record still pointing at Railway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find why the automatic renewal of %1&apos;s certificate failed (ACME client logs, DNS or HTTP challenge).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew the certificate and deploy it where TLS ends (ingress, load balancer, proxy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the served certificate: openssl s_client -connect &lt;host&gt;:443 shows the new expiry date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find what emptied or bypassed the cache of %1: a flush, a restart of the cache, a deploy that changed the keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm it: replay the most requested keys, or let traffic refill it with the backend watched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the eviction settings (maxmemory, maxmemory-policy) so the hot keys stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find what holds the connections of %1: long transactions, leaked connections (HikariCP leakDetectionThreshold), slow queries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise the pool size in the service&apos;s configuration (ConfigMap or environment), within the database&apos;s max_connections for every replica, and roll it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise the pool size in the service&apos;s variables, within the database&apos;s max_connections for every replica; Railway redeploys on the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise the pool size in the service&apos;s configuration, within the database&apos;s max_connections for every replica, and deploy it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve here once it is done: the approval records that you did it. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Alertmanager</name>
    <message>
        <source>The answer is not an Alertmanager alert list: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent a web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an alert is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an alert has no labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alertmanager: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alertmanager refused the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <source>Slow or failing requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running out of resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by Alertmanager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no incident %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1 is already resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A silence must end in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the alerts are silenced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no webhook &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test message from Straja: this webhook works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a failed delivery can be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain: the webhook&apos;s address cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook&apos;s address could not be read from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook has no valid address (http or https) in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n attempt(s): %1</source>
        <translation>
            <numerusform>Gave up after %n attempt: %1</numerusform>
            <numerusform>Gave up after %n attempts: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>New incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (Alertmanager) %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is %3 and heading for %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is unusual at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is %3 (limit %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 #%2 – %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open since %1; %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving or reading alerts failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted: Straja stopped while sending it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the rule an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id may hold letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; only, and starts with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This service already has a rule &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An anomaly score lies between 0 and 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The limit must lie between %1 and %2 for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clear level must not be above the limit: the alert could never clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clear level must not be below the limit: the alert could never clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duration cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A forecast rule needs a horizon.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Alerts::AlertWorker</name>
    <message>
        <source>Sent to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A maintenance window must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Analysis::CapacityPlanner</name>
    <message numerus="yes">
        <source>The crossing lies beyond what %n day(s) of history can support; the replica figure assumes the growth seen so far continues.</source>
        <translation>
            <numerusform>The crossing lies beyond what %n day of history can support; the replica figure assumes the growth seen so far continues.</numerusform>
            <numerusform>The crossing lies beyond what %n days of history can support; the replica figure assumes the growth seen so far continues.</numerusform>
        </translation>
    </message>
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
        <source>after the horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already above %2 (%3/month); %4 needed now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 crosses %2 around %3 (between %4 and %5) at %6/month; %7 needed then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stays under %2 for the next %3 days (%4/month); %5 suffice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n replica(s) (%1–%2)</source>
        <translation>
            <numerusform>%n replica (%1–%2)</numerusform>
            <numerusform>%n replicas (%1–%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replica(s)</source>
        <translation>
            <numerusform>%n replica</numerusform>
            <numerusform>%n replicas</numerusform>
        </translation>
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
    <message>
        <source>Weekday levels from less than two weeks of history: the band is wider on the days seen only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last cycle repeated (seasonal naive) weighs %1% of the forecast on average: in this series&apos; own history, blending it in forecast better than the model alone.</source>
        <translation type="unfinished"></translation>
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
    <name>Business</name>
    <message>
        <source>The project has no business queries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source %1 is not a running Prometheus connector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine is not running yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Business::BusinessCsv</name>
    <message>
        <source>a quote inside a field that does not start with one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text after the closing quote of a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column &apos;%2&apos;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty: it needs a header line naming the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column; the columns are: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this column appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this required column is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no figure columns: name at least one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s), but the header names %1</source>
        <translation>
            <numerusform>%n field, but the header names %1</numerusform>
            <numerusform>%n fields, but the header names %1</numerusform>
        </translation>
    </message>
    <message>
        <source>empty; write the month as YYYY-MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a day; the figures are monthly: write the month as YYYY-MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a month (YYYY-MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty; name a project of the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown project &apos;%1&apos;; the workspace has: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no figures: every figure cell is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project &apos;%1&apos;, month %2 is already given on line %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header is not followed by any row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>... and more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the file has more than %n problem(s); the first ones:</source>
        <translation>
            <numerusform>Nothing was imported: the file has more than %n problem; the first ones:</numerusform>
            <numerusform>Nothing was imported: the file has more than %n problems; the first ones:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the file has %n problem(s):</source>
        <translation>
            <numerusform>Nothing was imported: the file has %n problem:</numerusform>
            <numerusform>Nothing was imported: the file has %n problems:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Business::BusinessMetrics</name>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue per user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LTV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No business figures yet: import a CSV file (File &gt; Import business figures).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated by the demo fleet; imported figures replace them month by month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported figures, with the demo&apos;s where none were imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the projects&apos; business PromQL queries; a month imported from CSV replaces the queried one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From PromQL: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the CSV import: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated by the demo: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Business::BusinessQueries</name>
    <message>
        <source>Visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churned customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the figure as of each day, e.g. max_over_time(app_paying_customers[1d])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each day&apos;s amount, e.g. sum(increase(shop_revenue_total[1d]))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each day&apos;s count, e.g. sum(increase(signups_total[1d]))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The business queries need a Prometheus source in the workspace; there is none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no data (the query is valid but returned no series in the period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n day(s) of data</source>
        <translation>
            <numerusform>%1: %n day of data</numerusform>
            <numerusform>%1: %n days of data</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Business::BusinessService</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be business figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This engine cannot run PromQL queries.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Business::BusinessStore</name>
    <message>
        <source>Reading business figures failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving business figures failed: %1</source>
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
        <source>analyse an A/B test from a CSV of exposures and conversions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COUNTS.csv has the columns timestamp (optional), variant, exposures, conversions,
one row per variant and period. Prints the verdict and, per variant, conversion with
its 95% interval, lift, the always-valid p-value (mSPRT), the probability to beat
control and the expected loss. --mde is the relative effect worth detecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>experiments: expected &apos;analyze&apos;; see &apos;straja-cli experiments --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>experiments: option &apos;%1&apos; needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>experiments: unknown option &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>experiments: &apos;%1&apos; is not a number for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>experiments: --input is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>experiments: no variant &apos;%1&apos; in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluate a feature flag for a user as Unleash&apos;s SDKs do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FEATURES.json is what an SDK downloads (GET /api/client/features) or a client
specification file&apos;s state. Prints &apos;enabled&apos; or &apos;disabled&apos;, the variant, and the
strategies that decided. Context keys userId, sessionId, remoteAddress, environment,
appName and currentTime are standard fields; any other key is a custom property.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flags: expected &apos;evaluate&apos;; see &apos;straja-cli flags --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flags: option &apos;%1&apos; needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flags: --context takes KEY=VALUE, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flags: unknown option &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flags: --state and --flag are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flags: cannot read &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flags: &apos;%1&apos; is not JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flags: no flag named &apos;%1&apos; in &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetch, parse and store 1,000 series of 24 h from the lab&apos;s Prometheus (scripts/lab.sh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo-fleet: --listen takes HOST:PORT, e.g. 127.0.0.1:19101</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo-fleet: refusing to listen on %1: only loopback addresses (127.0.0.1, ::1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo-fleet: cannot listen on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>demo-fleet: serving %n service(s) on http://%1/metrics</source>
        <translation>
            <numerusform>demo-fleet: serving %n service on http://%1/metrics</numerusform>
            <numerusform>demo-fleet: serving %n services on http://%1/metrics</numerusform>
        </translation>
    </message>
    <message>
        <source>demo-fleet: --days takes a number of days from 0 to 400</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo-fleet: --step takes whole seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo-fleet: --end takes milliseconds since the epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo-fleet: --scrape-labels takes NAME=VALUE,...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo-fleet: unknown metric &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo-fleet: cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo-fleet: cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo-fleet: wrote %1 samples to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo-fleet: --write-workspace needs --prometheus URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab Prometheus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo-fleet: wrote a workspace reading %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo fleet for a real Prometheus: metrics endpoint, backfill, lab workspace</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo-fleet: --seed takes a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo-fleet: --origin takes milliseconds since the epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo-fleet: unknown preset &apos;%1&apos; (use %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo-fleet: give exactly one of --listen, --backfill, --write-workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo-fleet: --backfill needs --days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backfill step must be whole seconds and the range must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within 120 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refresh: needs the lab with its benchmark data (%1 not found or without it): run scripts/lab.sh up --with-bench-data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refresh: %1 series, 24 h at 1 min, from %2 (3 runs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refresh: failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  run %1: %2 samples; fetched and parsed in %3 ms, stored by %4 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refresh: median %1 ms wall for fetch + parse + store (budget 2000 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refresh: main-thread stall p50 %1 ms, p99 %2 ms, max %3 ms over %4 ticks (budget p99 16 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list proposed, running and decided actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: straja-cli actions list [--database FILE | --data-dir DIR] [--state open|active|all|STATE]
                               [--format text|csv]
       straja-cli actions target SERVICE [KEY=VALUE ...] [--database FILE | --data-dir DIR]
list -- open: proposals waiting for a decision (default); active: approved and running; all: everything.
target -- where a service&apos;s actions go at its provider, e.g. kubeconfig=PATH context=NAME namespace=NS
deployment=NAME (Kubernetes) or serviceId=ID environmentId=ID account=NAME plan=hobby|pro|enterprise
(Railway); KEY= removes a key. Tokens go to the keychain, never here. Read at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not KEY=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens belong in the keychain, not in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no database at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no service &apos;%1&apos; in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format is text or csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown state &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  [shadow]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify that the audit log was not edited, cut or reordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: straja-cli audit verify [--database FILE | --data-dir DIR] [--expect-head HASH]
Checks every record&apos;s hash and its link to the record before it. --expect-head compares the
newest record&apos;s hash with one you kept elsewhere, which also catches records cut from the end.
Exit code 0: intact; 1: broken or unreadable; 2: usage error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit log BROKEN at record %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit log BROKEN: its newest record (%1) has hash %2, not the expected %3; records were cut from the end or the log was rewritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>audit log intact: %n record(s)</source>
        <translation>
            <numerusform>audit log intact: %n record</numerusform>
            <numerusform>audit log intact: %n records</numerusform>
        </translation>
    </message>
    <message>
        <source>head: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --database or --data-dir, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost per project, service and resource from the local store (CSV)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost: unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost: --period takes today, month or monthend, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost: unknown time zone &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost: --at takes &quot;YYYY-MM-DD HH:MM&quot; (UTC), not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost: cannot write %1: %2</source>
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
    <message>
        <source>parse, build and lay out a 10,000-span Jaeger trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a PDF, HTML or CSV report of a project or the whole workspace, offline</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: --seed must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: --workspace, --project and --output are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: unknown format &apos;%1&apos; (expected pdf, html or csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: unknown language &apos;%1&apos; (expected ro or en)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: --period must look like 48h or 7d, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: --until must be a date, a date and time, or unix seconds, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: unknown time zone &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: cannot create a temporary folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: no local store at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: the workspace has no project &apos;%1&apos; (it has: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alert evaluation of 1,000 services x 10 rules per refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store 1,000 series of 24 h at 1 min in the sample cache, without the lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store-write: %1 series x %2 samples (24 h at 1 min), 3 runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store-write: failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  run %1: first write %2 ms (%6 ms CPU), next refresh %3 ms, read back %4 points in %5 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store-write: median first write %1 ms wall (%4 ms CPU), next refresh %2 ms, read back %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes &apos;timestamp,value,anomaly_score&apos;, one row per input row. Scores are causal:
a row&apos;s score uses only the rows up to it, so a prefix of the file scores the same.
Rows must be in time order; a row not later than an earlier one (a clock set back)
is scored as another sample of the latest time, with a warning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>anomalies: warning: %n row(s) not later than an earlier row (first on line %1); each was scored as another sample of the latest time</source>
        <translation>
            <numerusform>anomalies: warning: %n row not later than an earlier row (first on line %1); it was scored as another sample of the latest time</numerusform>
            <numerusform>anomalies: warning: %n rows not later than an earlier row (first on line %1); each was scored as another sample of the latest time</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cost::CostAnalyzer</name>
    <message numerus="yes">
        <source>%n service(s) have no price table and are not counted.</source>
        <translation>
            <numerusform>%n service have no price table and are not counted.</numerusform>
            <numerusform>%n services have no price table and are not counted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cost::CostModel</name>
    <message>
        <source>no price table chosen for this service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown price table &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cost::CostService</name>
    <message>
        <source>The workspace is not open yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some usage could not be fetched (%1); the figures use what the store had.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cost::Money</name>
    <message>
        <source>&apos;%1&apos; is not a valid %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than one decimal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use a dot as the decimal separator and no thousands separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>more than %n decimal(s)</source>
        <translation>
            <numerusform>more than %n decimal</numerusform>
            <numerusform>more than %n decimals</numerusform>
        </translation>
    </message>
    <message>
        <source>too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount of money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cost::PriceCatalog</name>
    <message>
        <source>Price table %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number above zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write amounts as strings (&quot;20.00&quot;), so no digit is lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object like {&quot;price&quot;: &quot;0.01&quot;, &quot;per&quot;: &quot;hour&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write prices as strings (&quot;0.000463&quot;), so no digit is lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of second, minute, hour, month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this price is per unit only; remove &quot;per&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file must hold one JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 1 (the only format this Straja reads)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use lower-case letters, digits, &apos;-&apos; and &apos;_&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only USD is supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;usage&quot; or &quot;allocation&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-empty list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every version after the first needs the date it applies from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not YYYY-MM or YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node prices are per hour: {&quot;price&quot;: &quot;0.134&quot;, &quot;per&quot;: &quot;hour&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>versions must be in date order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a resource&apos;s price must be per the same time unit in every version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No built-in price tables (:/prices is empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1; the built-in prices are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in prices are used instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cost::Recommendation</name>
    <message numerus="yes">
        <source>Sleep %1: no traffic for %n day(s)</source>
        <translation>
            <numerusform>Sleep %1: no traffic for %n day</numerusform>
            <numerusform>Sleep %1: no traffic for %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1 on %2 instead of %3 replicas from %4 to %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right-size %1 to %2 vCPU and %3 GB per replica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale %1 from %2 to %3 replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Serve %n small %1 services from one shared deployment</source>
        <translation>
            <numerusform>Serve %n small %1 services from one shared deployment</numerusform>
            <numerusform>Serve %n small %1 services from one shared deployment</numerusform>
        </translation>
    </message>
    <message>
        <source>Deploy a replica of %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At most %1 requests/s in the last %n day(s); replicas running: %2. Scaling it to zero saves about %3 a month; volumes and their cost stay.</source>
        <translation>
            <numerusform>At most %1 requests/s in the last %n day; replicas running: %2. Scaling it to zero saves about %3 a month; volumes and their cost stay.</numerusform>
            <numerusform>At most %1 requests/s in the last %n days; replicas running: %2. Scaling it to zero saves about %3 a month; volumes and their cost stay.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Learned from the daily profile of the last %n day(s): from %1 to %2 (%3) the 95th percentile load fits in fewer replicas (needed: %4, at a %5 CPU target). Saves about %6 a month.</source>
        <translation>
            <numerusform>Learned from the daily profile of the last %n day: from %1 to %2 (%3) the 95th percentile load fits in fewer replicas (needed: %4, at a %5 CPU target). Saves about %6 a month.</numerusform>
            <numerusform>Learned from the daily profile of the last %n days: from %1 to %2 (%3) the 95th percentile load fits in fewer replicas (needed: %4, at a %5 CPU target). Saves about %6 a month.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>95th percentile use over %n day(s): CPU %1 of %2 vCPU, memory %3 of %4 GB. The new allocation keeps them near the %5 target and saves about %6 a month.</source>
        <translation>
            <numerusform>95th percentile use over %n day: CPU %1 of %2 vCPU, memory %3 of %4 GB. The new allocation keeps them near the %5 target and saves about %6 a month.</numerusform>
            <numerusform>95th percentile use over %n days: CPU %1 of %2 vCPU, memory %3 of %4 GB. The new allocation keeps them near the %5 target and saves about %6 a month.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over %n day(s) the 95th percentile load was %1 of one replica; replicas needed at that load: %2, each at about %3 CPU. Saves about %4 a month.</source>
        <translation>
            <numerusform>Over %n day the 95th percentile load was %1 of one replica; replicas needed at that load: %2, each at about %3 CPU. Saves about %4 a month.</numerusform>
            <numerusform>Over %n days the 95th percentile load was %1 of one replica; replicas needed at that load: %2, each at about %3 CPU. Saves about %4 a month.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) (projects: %1) each use little of their own replica. Together their 95th percentile use fits in one multi-tenant deployment (replicas: %2). Saves about %3 a month.</source>
        <translation>
            <numerusform>%n service (projects: %1) each use little of their own replica. Together their 95th percentile use fits in one multi-tenant deployment (replicas: %2). Saves about %3 a month.</numerusform>
            <numerusform>%n services (projects: %1) each use little of their own replica. Together their 95th percentile use fits in one multi-tenant deployment (replicas: %2). Saves about %3 a month.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of its traffic comes from %2, where the p95 latency is %3 ms against %4 ms in %5. A replica there should cut about %6 ms for those users, for about %7 a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first request after it sleeps waits for a cold start; scheduled jobs inside the service stop while it sleeps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A spike inside the window waits for the scale-up; the profile can drift, so the schedule is re-learned every time the figures refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less memory headroom: a burst above the 95th percentile can get the container killed (OOM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less CPU headroom: bursts are throttled, so latency can rise at peaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less headroom and less redundancy: losing one replica puts more load on the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One failure then affects every service in the group, and the sites must be migrated into one multi-tenant deployment by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan&apos;s replica cap is reached: this needs a larger plan. Writes still go to the database in the home region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes and uncached reads still go to the database in the home region, so the gain is smaller for pages that need them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cost::Resource</name>
    <message>
        <source>vCPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Egress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cost::Risk</name>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
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
    <name>Diagnosis</name>
    <message>
        <source>Memory leak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU saturation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow database after a deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5xx spike after a deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>429s from a dependency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crash loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk filling up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate expiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache hit ratio drop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue backlog growing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection pool exhausted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency regression in one region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory grows steadily by %1 %/h (now %2 %); the limit is reached in about %3 h, then the container is killed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU has averaged %1 % for %2 min and p95 latency is %3× its usual level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query latency rose from %1 ms to %2 ms (%3×) %4 min after %5 was deployed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 5xx rate rose from %1 % to %2 % %3 min after a deploy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dependency answers %1 requests/s with HTTP 429 (%2 % of calls) for %3 min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 restarts in the last hour, starting %2 min after a deploy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 restarts in the last hour, with no deploy before them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The volume is %1 % full and grows %2 % a day: full in about %3 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate expires in %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache hit ratio fell from %1 % to %2 % for %3 min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 messages wait (%2× the usual) and the backlog grows by %3 a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % of the connection pool has been in use for %2 min; requests wait for a connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95 latency in %1 rose from %2 ms to %3 ms (%4×) while the other regions stayed within %5×.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory rising in a straight line for hours, not with traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU at or above 90 % for 10 min with latency up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a database&apos;s latency doubling within 30 min after a client&apos;s deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the 5xx rate tripling (and +1 point) within 30 min after a deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>429 answers above 1/s and 2 % of calls for 5 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 or more restarts within an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steady disk growth reaching 100 % within 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fewer than 14 days before the certificate expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hit ratio 15 points under its usual level for 15 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue depth growing for 30 min to 3× its usual level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pool usage at 95 % or more for 5 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one region&apos;s p95 at 1.5× its usual level while the others are steady</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory falls back by half of its rise within 10 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU under 85 % within 10 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database latency within 1.3× of before the deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5xx rate back under 1.5× of before the deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>429 answers under 0.5/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no restart in the hour after the fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disk usage under 80 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than 30 days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hit ratio within 5 points of its usual level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue depth back under 2× its usual level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pool usage under 80 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the region&apos;s p95 within 1.2× of its usual level</source>
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
        <source>%1 alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace changed while the logs were read; refresh them.</source>
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
    <message>
        <source>between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reaches %2 around %3 (%4) in the 48-hour forecast, sooner than the growth of its daily peaks (%5) suggests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may reach %2 from %3 on: the upper edge of the 48-hour forecast&apos;s band reaches it (daily peaks: %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needed for the peak of those 48 hours.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Experiments</name>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header must name the columns variant, exposures and conversions (and optionally timestamp); found &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 fields like the header, found %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the variant name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exposures must be a whole number from 0 to 10^12, found &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversions must be a whole number from 0 to 10^12, found &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 conversions exceed %2 exposures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable timestamp &quot;%1&quot; (use YYYY-MM-DD, YYYY-MM-DD HH:MM:SS or Unix seconds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has a header but no data rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach Prometheus at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus answered HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus sent unreadable JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus refused the query (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus answered a %1, not a matrix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data yet: nobody has been exposed to the experiment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample ratio mismatch (p = %1): the variants did not get the share of users the flag assigns. Fix the assignment before trusting any result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough data yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not enough data yet: about %1 more users per variant.</source>
        <translation>
            <numerusform>Not enough data yet: about %1 more user per variant.</numerusform>
            <numerusform>Not enough data yet: about %1 more users per variant.</numerusform>
        </translation>
    </message>
    <message>
        <source>Variant %1 wins: %2% conversion, %3% probability to beat control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant %1 loses: %2% conversion, %3% probability that control is better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No difference found: at the planned size no variant changes conversion by the effect the experiment was built to detect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by an always-valid sequential test (mSPRT) at %1% false positives, however often the results are looked at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned size: %L1 users per variant to detect %2% at %3% power (baseline %4%).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlagText</name>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kill switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of users matching the constraints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of users</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n listed user(s)</source>
        <translation>
            <numerusform>%n listed user</numerusform>
            <numerusform>%n listed users</numerusform>
        </translation>
    </message>
    <message>
        <source>listed addresses or hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On · everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>On · %n user(s)</source>
        <translation>
            <numerusform>On · %n user</numerusform>
            <numerusform>On · %n users</numerusform>
        </translation>
    </message>
    <message>
        <source>On · %1, targeted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradual rollout %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradual rollout %1, random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradual rollout %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP addresses: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom strategy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n constraint(s)</source>
        <translation>
            <numerusform>%n constraint</numerusform>
            <numerusform>%n constraints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segments</numerusform>
        </translation>
    </message>
    <message>
        <source>(paused) %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone (no strategy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turned on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turned off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strategy changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strategy added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strategy removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>details changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no recent error rate or latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: errors %2 (limit %3), p95 %4 ms (limit %5 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simulated (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metrics source (PromQL counters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported CSV</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flags</name>
    <message>
        <source>Demo flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo has no such flag or environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo has no such strategy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flag was changed after Straja read it, so nothing was changed. Refresh and review the change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you (Straja)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done and verified in the demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the rollout of %1 in %2 from %3% to %4% of users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the rollout of %1 in %2 to %3% of users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split the users of %1 in %2 as %3 (was %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags are not connected yet; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n point(s) in time for &quot;%1&quot;.</source>
        <translation>
            <numerusform>Imported %n point in time for &quot;%1&quot;.</numerusform>
            <numerusform>Imported %n points in time for &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown delta event type &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flag state has no list of features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace has no Prometheus source to read the counters from; import a CSV instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No flag source &quot;%1&quot; is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach Unleash at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiment &quot;%1&quot;: variant %2 won.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unleash refused the admin token (HTTP %1): %2. Store an admin token for this source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unleash has no %1 (HTTP 404): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flag was changed in Unleash after Straja read it, so nothing was changed. Refresh and review the change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unleash answered HTTP %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No admin token is stored for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unleash sent unreadable JSON for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change is incomplete and was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent, but reading the flag back failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done and verified: Unleash now has the new state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unleash accepted the request, but reading the flag back shows a different state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the flags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the CA file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::ActionTargetDialog</name>
    <message>
        <source>Action target of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Railway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>~/.kube/config when empty and no server is given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. prod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kubeconfig&apos;s when empty, e.g. https://10.0.0.1:6443</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kubeconfig file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Context:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Namespace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deployment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Railway&apos;s service id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Railway&apos;s environment id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hobby (up to 10 replicas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro (up to 40 replicas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise (up to 50 replicas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account or team token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;vice id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token t&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo fleet is simulated inside Straja: its services need no target and no token. Only the guardrails below apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave empty to keep the token in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardrails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> USD/month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;inimum replicas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ma&amp;ximum replicas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lar&amp;gest step (replicas per action):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coo&amp;ldown after scaling:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Monthly spend cap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the current replicas from the provider. Nothing is changed.</source>
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
        <source>P&amp;rovider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;oken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the kubeconfig context or the API server: the keychain entry of the token is named after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an API server address: use https://host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give Railway&apos;s service id and environment id (Railway&apos;s discovery shows them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum number of replicas must not be below the minimum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the keychain as %1, never in the workspace or Straja&apos;s files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This engine cannot test targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the target from the provider…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected: the provider reports %n replica(s) now. Nothing was changed.</source>
        <translation>
            <numerusform>Connected: the provider reports %n replica now. Nothing was changed.</numerusform>
            <numerusform>Connected: the provider reports %n replicas now. Nothing was changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Test failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the Railway token first: the keychain cannot be read here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::AlertBadgeDelegate</name>
    <message numerus="yes">
        <source>%n firing alert(s):</source>
        <translation>
            <numerusform>%n firing alert:</numerusform>
            <numerusform>%n firing alerts:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::AlertsView</name>
    <message>
        <source>Fired, incident opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert fired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open incidents. Alerts of one project and cause make one incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No resolved incidents yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1: %2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firing now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Alertmanager): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2: %3 is %4, limit %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silence until %1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance of %1, %2 – %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generic JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledged in Straja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no keychain to keep the webhook&apos;s address in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook&apos;s address could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) watched; %1 alert(s) kept out by silences</source>
        <translation>
            <numerusform>%n rule watched; %1 alert(s) kept out by silences</numerusform>
            <numerusform>%n rules watched; %1 alert(s) kept out by silences</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the first refresh…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Silence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;project view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silences and maintenance windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan maintenance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert r&amp;ules…</source>
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
    <name>Gui::AutomationDialog</name>
    <message>
        <source>Target tracking on CPU (scale up and down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target tracking on requests/s per replica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target tracking on p95 latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predictive pre-scaling (services out of forecast-only mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: approved actions show the exact request and are not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule ticked here runs its proposals at once, without anyone clicking Approve. Guardrails still apply and every run is in the audit log. All rules are off by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predictive scaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast-based proposals start forecast-only for every service: shown, recorded and scored against what then happened, never executed. Tick a service to let its proposals be approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — forecasts right %2 of the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise proposals from a confidence of</source>
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
</context>
<context>
    <name>Gui::BusinessView</name>
    <message numerus="yes">
        <source>Imported %n month(s) of figures.</source>
        <translation>
            <numerusform>Imported %n month of figures.</numerusform>
            <numerusform>Imported %n months of figures.</numerusform>
        </translation>
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trend of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV columns (header line first, any order): %1. One row per project and month (YYYY-MM); amounts with a dot, counts as whole numbers, empty cells for what is not known. A file with any bad row is refused whole, with the line of each problem. * = the month&apos;s infrastructure cost is partial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import business figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business PromQL queries of this project:</source>
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
    <message>
        <source>%1 (%2–%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peak projected for that date lies in a 95% band that needs %1 to %2 replicas; the figure provisions for the band&apos;s upper edge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The highest point of the 48-hour forecast lies in a 95% band that needs %1 to %2 replicas; the figure provisions for the band&apos;s upper edge.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::Charts::ChartOverlay</name>
    <message>
        <source>Anomaly score %1 at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaced by a later one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sleeping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no commit message)</source>
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
    <message numerus="yes">
        <source>%n deployment(s) marked; use the left and right arrow keys to read them</source>
        <translation>
            <numerusform>%n deployment marked; use the left and right arrow keys to read it</numerusform>
            <numerusform>%n deployments marked; use the left and right arrow keys to read them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::ConversionChart</name>
    <message>
        <source>Conversion over time (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (control)</source>
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
    <name>Gui::CostTableModel</name>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n seat(s))</source>
        <translation>
            <numerusform>%1 (%n seat)</numerusform>
            <numerusform>%1 (%n seats)</numerusform>
        </translation>
    </message>
    <message>
        <source>Priced by %1; %2 per replica-hour; replicas: %3; data for %4 of the month so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project / service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total ($)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::CostView</name>
    <message>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast to month end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Savings recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figures yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95% band %1 to %2, by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 prices %2, taken %3 from %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices: %1. Months and days in %2. Each figure is rounded to the cent so that the table adds up exactly as shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Savings recommendations (%n)</source>
        <translation>
            <numerusform>Savings recommendations (%n)</numerusform>
            <numerusform>Savings recommendations (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a recommendation to see why it is made and what it risks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On approval: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After you confirm, the actions engine scales the service; the change is recorded in the audit log and verified like an approved proposal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After you confirm, the schedule is stored: at each edge of the window the actions engine scales the service, approved by this schedule, audited and verified. Pause or remove it in the inbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straja cannot make this change at the provider: make it by hand, then confirm here. It is recorded as done by you, audited, and checked where a metric exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to apply: this is information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day from %1:00 to %2:00 (%3) Straja scales %4 to %5 replicas, and back to %6 at the end. Each change is approved by this schedule on your behalf, recorded in the audit log under its name and verified; it acts from the next edge on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guardrails (%1 to %2 replicas, at most %3 per action) limit each edge to %4 replicas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straja cannot do this at the provider. Confirm only once you have made the change: it is recorded in the audit log as done by you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no metric Straja can check it with: the record is the outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have done it</source>
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
    <name>Gui::ExperimentModel</name>
    <message>
        <source>Probability that this variant converts better than control (Bayesian, uniform prior)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion lost on average, in percentage points, if this variant is shipped and is in fact worse than control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference in conversion: %1 to %2 percentage points (95% interval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always-valid p-value of the sequential test (mSPRT); the fixed-horizon z-test gives %1, which is only valid when looked at once at a planned size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (control)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% (%2–%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion (95% CI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beats control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p (always valid)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::ExperimentPanel</name>
    <message>
        <source>Experiment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import counts from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file with the columns timestamp, variant, exposures, conversions (one row per variant and period).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review and approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No experiment in this project. Import counts from a CSV file to analyse one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag %1 in %2 · counts: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample ratio: MISMATCH (chi-square %1, p = %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample ratio: as assigned (p = %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sample size: %Ln more user(s) per variant for the planned size.</source>
        <translation>
            <numerusform>Sample size: %Ln more user per variant for the planned size.</numerusform>
            <numerusform>Sample size: %Ln more users per variant for the planned size.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sample size: planned size reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal: %1. Guardrails are healthy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal held: %1 waits until the guardrails are healthy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No guardrail services are set for this experiment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::FlagChangeDialog</name>
    <message>
        <source>Approve a flag change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardrails are healthy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardrails are NOT healthy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straja will send this request to %1, then read the flag back to verify it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve and apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::FlagsModel</name>
    <message>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::FlagsView</name>
    <message>
        <source>Import experiment counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set rollout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate for a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user id, e.g. 42</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more context, e.g. country=RO, appName=web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading flags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: read %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(demo: simulated flags)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No flag source is connected. Add an Unleash server to the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · approved by %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No flag selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 — %3. Reaches %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depends on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by the experiment &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not name=value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a user without an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ON for %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OFF for %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A flag it depends on is not in the required state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flag is off in this environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown to SDKs, never matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>constraints not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bucket %1 is within the rollout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bucket %1 is outside the rollout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2: %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ← decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not approved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying: %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag changes run as actions (also in the inbox&apos;s history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change through Straja: %1, approved by %2, %3 — %4.</source>
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
    <name>Gui::GeoView</name>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic by region (last 7 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By service and region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicas closer to users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A replica is proposed where a region has at least %1 of a service&apos;s traffic and a p95 latency at least %2 times and %3 ms above its home region. The gain assumes users there would see what users near the home region see today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95 latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services hosted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home region latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>home region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a replica: about −%1 ms for %2, %3 a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straja cannot add a region to a service at the provider: deploy the replica by hand, then confirm here. It is recorded in the inbox and the audit log as done by you, and the region&apos;s latency is checked afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straja cannot add a region to a service at the provider. Deploy the replica in %1 by hand (for Railway: the service&apos;s settings, Regions), then confirm here: it is recorded in the audit log as done by you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy closer to users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have done it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::InboxModel</name>
    <message>
        <source>Requested by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target tracking: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (snoozed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost / month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by the operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollout advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost: idle service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost: replicas above need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost: off-peak schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost: right-sizing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost: shared resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closer to users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::InboxView</name>
    <message>
        <source>Approve all %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve all of this kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-approve: &lt;b&gt;off&lt;/b&gt; — nothing runs without your approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-approve is &lt;b&gt;ON&lt;/b&gt; for: %1. These run without a click.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run is &lt;b&gt;ON&lt;/b&gt;: approved actions show their request and are not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 API requests left this hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast only (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the selected proposals; Straja then executes them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the selected proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the selected proposals for an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Snooze %n minute(s)</source>
        <translation>
            <numerusform>Snooze %n minute</numerusform>
            <numerusform>Snooze %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snooze %n hour(s)</source>
        <translation>
            <numerusform>Snooze %n hour</numerusform>
            <numerusform>Snooze %n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>Automation settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-approve rules, dry run, predictive scaling per service</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Straja cannot carry out %n of these fixes at the provider: do them yourself first, then confirm. The approval is recorded in the audit log as done by you.</source>
        <translation>
            <numerusform>Straja cannot carry out this fix at the provider: do it yourself first, then confirm. The approval is recorded in the audit log as done by you.</numerusform>
            <numerusform>Straja cannot carry out %n of these fixes at the provider: do them yourself first, then confirm. The approval is recorded in the audit log as done by you.</numerusform>
        </translation>
    </message>
    <message>
        <source>Manual fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have done it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::IncidentModel</name>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no project)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
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
    <name>Gui::JaegerSettingsPage</name>
    <message>
        <source>Give the address of Jaeger&apos;s query service, e.g. http://jaeger.example.org:16686 (the one its UI uses).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Jaeger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected. Jaeger knows %n service(s): %1</source>
        <translation>
            <numerusform>Connected. Jaeger knows %n service: %1</numerusform>
            <numerusform>Connected. Jaeger knows %n services: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in Jaeger (no traces within its retention, or another name): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name each service has in Jaeger. Leave a row empty when Jaeger knows the service by its Straja id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straja service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jaeger service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Test connection&quot; lists Jaeger&apos;s services (/api/services) into the rows&apos; pick-lists. It uses the token or password already in the keychain: save the source first after changing them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The services Jaeger has traces of appear here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::KpiTableModel</name>
    <message>
        <source>The infrastructure cost covers %1 of this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 against the month before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::LogExcerpt</name>
    <message>
        <source>Reading logs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No log source is configured for this service: add Loki to its Prometheus source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No log line in the last hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent logs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the last hour of log lines again</source>
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
        <source>F&amp;lags and experiments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags &amp;&amp; experiments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions &amp;inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business &amp;&amp; geography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Business and geography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import business figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Scaling %1 to %n replica(s).</source>
        <translation>
            <numerusform>Scaling %1 to %n replica.</numerusform>
            <numerusform>Scaling %1 to %n replicas.</numerusform>
        </translation>
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
    <message>
        <source>&amp;Alerts and incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New incident: %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved: %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Traces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule for %1 stored: it acts from the next window edge; see the inbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as done by you: %1. The inbox shows how it is checked.</source>
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
    <message numerus="yes">
        <source>%n firing alert(s)</source>
        <translation>
            <numerusform>%n firing alert</numerusform>
            <numerusform>%n firing alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n not matched to a project)</source>
        <translation>
            <numerusform>(%n not matched to a project)</numerusform>
            <numerusform>(%n not matched to a project)</numerusform>
        </translation>
    </message>
    <message>
        <source>alerts stale since %1</source>
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
        <source>Computed from the 5-minute history (days: %1) and the hourly history (days: %2) up to %3, in %4 s.</source>
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
</context>
<context>
    <name>Gui::ProjectAlerts</name>
    <message>
        <source>critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(project)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Alertmanager is configured for this workspace&apos;s sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unreachable, alerts stale since %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alert is firing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
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
    <message>
        <source>&lt;b&gt;Business figures from PromQL&lt;/b&gt; (one value a day; empty: from a CSV import)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the queries as written here over the last two months on the saved workspace&apos;s Prometheus source, and shows what each gave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a query first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot test: the engine is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot test: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot test: this engine cannot run PromQL queries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Running %n query(ies)…</source>
        <translation>
            <numerusform>Running %n query…</numerusform>
            <numerusform>Running %n queries…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n series, last day %1</source>
        <translation>
            <numerusform>%n series, last day %1</numerusform>
            <numerusform>%n series, last day %1</numerusform>
        </translation>
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
    <message>
        <source>Traces for this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traces…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slowest and the failing traces of this service in the range shown; right-click the latency or error chart for the traces of one moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alert rules of this service: thresholds, anomaly scores and forecasts (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::PrometheusSettingsPage</name>
    <message>
        <source>Cannot test: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the %1 query…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PromQL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No series: the query is valid but nothing matched. Check the metric names and the service label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n series in %1 ms:</source>
        <translation>
            <numerusform>%n series in %1 ms:</numerusform>
            <numerusform>%n series in %1 ms:</numerusform>
        </translation>
    </message>
    <message>
        <source>no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  …and %n more</source>
        <translation>
            <numerusform>  …and %n more</numerusform>
            <numerusform>  …and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n series carry no service this source knows (label &apos;%1&apos;).</source>
        <translation>
            <numerusform>%n series carries no service this source knows (label &apos;%1&apos;).</numerusform>
            <numerusform>%n series carry no service this source knows (label &apos;%1&apos;).</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use preset queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Service label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PromQL (empty: not collected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In queries, $services matches the services asked for, $label is the service label, $window a rate() window and $step the step. Each query must return one series per service, carrying the service label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test &amp;with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test &amp;query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the selected metric&apos;s query now and show what Prometheus answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts and logs (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert&amp;manager:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Loki:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::ProposalDetail</name>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected effect and cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show (dry run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the exact request the executor would send, without sending it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an action to see why it was proposed, what it will do and how it will be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confidence %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forecast only: recorded and scored, never executed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen on %1; the fix applies to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also suggested by: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternatives: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decided by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Measured %1 over %n sample(s), against %2.</source>
        <translation>
            <numerusform>Measured %1 over %n sample, against %2.</numerusform>
            <numerusform>Measured %1 over %n samples, against %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not rendered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a manual fix:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::RailwayDiscoveryDialog</name>
    <message>
        <source>Discover from Railway — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply and save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace has no source &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Railway what the token can see…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Railway could not be asked: %1
Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked removed (kept with their history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back on Railway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In projects the token no longer sees (left as they are)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Railway lists %n service(s).</source>
        <translation>
            <numerusform>Railway lists %n service.</numerusform>
            <numerusform>Railway lists %n services.</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply to add %1, mark %2 removed and bring back %3; your own settings for each service are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is already in step: nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Railway warned: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::RailwayIdPicker</name>
    <message>
        <source>&amp;Load from Railway…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the projects, environments and services the token can see, and pick the service (one request per 100 projects, from the account&apos;s hourly budget)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project / environment / service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Railway what the token can see…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 Railway requests left this hour for &apos;%3&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Railway could not be asked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token sees no service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) found: pick one to fill in its ids.</source>
        <translation>
            <numerusform>%n service found: pick it to fill in its ids.</numerusform>
            <numerusform>%n services found: pick one to fill in its ids.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::RailwaySettingsPage</name>
    <message>
        <source>Name the token&apos;s account (its keychain entry).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the environment to watch, e.g. production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Railway…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  %1 — %n replica(s)</source>
        <translation>
            <numerusform>  %1 — %n replica</numerusform>
            <numerusform>  %1 — %n replicas</numerusform>
        </translation>
    </message>
    <message>
        <source>, region %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, sleeps when idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Found %n service(s)</source>
        <translation>
            <numerusform>Found %n service</numerusform>
            <numerusform>Found %n services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n project(s):</source>
        <translation>
            <numerusform>in %n project:</numerusform>
            <numerusform>in %n projects:</numerusform>
        </translation>
    </message>
    <message>
        <source>The token sees no service in environment &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Railway warned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API requests left this hour: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is kept in the keychain as &quot;railway:&lt;account&gt;&quot;; the Railway actions use the same entry and the same hourly request budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account or team token (Bearer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project token (Project-Access-Token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU limit per service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> vCPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory limit per service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the token above as a Bearer token: it is stored only in the keychain. Railway allows about 1,000 API requests an hour per token; refreshes slow down when few are left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discover projects and services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the token can see appears here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::RailwayUsagePanel</name>
    <message>
        <source>not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not priced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Railway shows none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Railway estimates %1 for this month; Straja forecasts %2 for the services it watches in this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Railway counted %1 so far this month; Straja&apos;s month to date is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They differ by more than 5%: one of the two has a wrong price or misses usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last read failed (%1); these are the figures read before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Railway&apos;s usage beside Straja&apos;s cost model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Railway project / service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Railway (month estimate / so far)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straja (month end / to date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read at</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::RecommendationModel</name>
    <message>
        <source>Scale %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saves %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>costs %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule %1 → %2, %3:00-%4:00</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::ReportDialog</name>
    <message>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports are made from the local store only; no source is contacted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no local store to report from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports (*.%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file in an existing folder to write the report to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::RuleEditorDialog</name>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anomaly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anomaly score of %1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reaches %2 within %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (clears at %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the de&amp;faults</source>
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
        <source>This service has its own rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This service follows the default rules; a change makes them its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::RuleFormDialog</name>
    <message>
        <source>Add an alert rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the alert rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. error-rate-high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold: the value is past the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anomaly: the anomaly score is past the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast: the trend reaches the limit within the horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fires when:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clears only at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For at &amp;least:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Horizon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
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
</context>
<context>
    <name>Gui::SchedulePanel</name>
    <message>
        <source>%1:00-%2:00 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the schedule of %1 (%2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straja stops changing the replicas at the window&apos;s edges. The replicas stay as they are now: if the window is running, scale the service back yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Off-peak schedules (%n)</source>
        <translation>
            <numerusform>Off-peak schedules (%n)</numerusform>
            <numerusform>Off-peak schedules (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the window, %2 outside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active, approved by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet: acts from the next edge</source>
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
    <message>
        <source>%1: the degraded limit must not be below the down limit (lower is worse here).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::SilenceDialog</name>
    <message>
        <source>Plan a maintenance window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silence the incident&apos;s alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve the incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What fixed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why, for whoever looks later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>Expires after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lasts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reason is required: it goes into the incident&apos;s timeline.</source>
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
    <message>
        <source>Railway %1: %2/%3 API requests left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Railway allows about 1,000 API requests an hour per token; refreshes slow down when few are left.</source>
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
    <message>
        <source>%1 (at or below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>degraded must not be below down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::TraceListModel</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::TracesView</name>
    <message>
        <source>All operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a service first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching the traces of %1 from %2 to %3 UTC…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trace could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No traces of %1 from %2 to %3 UTC match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n trace(s) from %1 to %2 UTC, %3 failing; slowest first.</source>
        <translation>
            <numerusform>%n trace from %1 to %2 UTC, %3 failing; slowest first.</numerusform>
            <numerusform>%n traces from %1 to %2 UTC, %3 failing; slowest first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opening trace %1 (%n span(s))…</source>
        <translation>
            <numerusform>Opening trace %1 (%n span)…</numerusform>
            <numerusform>Opening trace %1 (%n spans)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trace %1: %n span(s), %2 failing; critical path %3 ms of %4 ms.</source>
        <translation>
            <numerusform>Trace %1: %n span, %2 failing; critical path %3 ms of %4 ms.</numerusform>
            <numerusform>Trace %1: %n spans, %2 failing; critical path %3 ms of %4 ms.</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo traces (simulated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jaeger: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trace source: add a Jaeger source to the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Operation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Longer than:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Failing only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searc&amp;h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 UTC</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::TrayNotifier</name>
    <message numerus="yes">
        <source>Straja: %n new proposal(s)</source>
        <translation>
            <numerusform>Straja: %n new proposal</numerusform>
            <numerusform>Straja: %n new proposals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Straja: %n incident update(s)</source>
        <translation>
            <numerusform>Straja: %n incident update</numerusform>
            <numerusform>Straja: %n incident updates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui::UnleashSettingsPage</name>
    <message>
        <source>Give the Unleash server&apos;s address, e.g. https://unleash.example.com (without /api).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unleash needs an admin token: choose &quot;Bearer token&quot; and enter it (it is kept only in the keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Unleash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected. %n project(s):</source>
        <translation>
            <numerusform>Connected. %n project:</numerusform>
            <numerusform>Connected. %n projects:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %1 (%2) — %n flag(s)</source>
        <translation>
            <numerusform>  %1 (%2) — %n flag</numerusform>
            <numerusform>  %1 (%2) — %n flags</numerusform>
        </translation>
    </message>
    <message>
        <source>Environments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Projects to show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all projects; or a comma-separated list, e.g. default, checkout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an Unleash admin token (or a personal access token) above as a Bearer token: it is stored only in the keychain, never in the workspace file. &quot;Test connection&quot; uses the token already stored: save the source first after changing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The projects the token can see appear here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::WaterfallView</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n characters)</source>
        <translation>
            <numerusform>(%n character)</numerusform>
            <numerusform>(%n characters)</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick a trace in the list to see its spans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n span(s), %1</source>
        <translation>
            <numerusform>%n span, %1</numerusform>
            <numerusform>%n spans, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(trace root)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace root: spans without a usable parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(+%n hidden)</source>
        <translation>
            <numerusform>(+%n hidden)</numerusform>
            <numerusform>(+%n hidden)</numerusform>
        </translation>
    </message>
    <message>
        <source>Trace root (added by Straja): holds the spans whose parent is missing or was cut from a cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts at +%1, lasts %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received with a negative duration (%1 µs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved by %1 for clock skew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Span %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log at +%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui::WebhookDialog</name>
    <message>
        <source>Add a webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generic JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is kept in the system keychain only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the webhook a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the webhook&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must start with https:// (or http://) and name a host.</source>
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
    <message>
        <source>The provider tokens of its action targets (%1) are deleted from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens of the old workspace&apos;s action targets could not be removed from the keychain.</source>
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
    <message>
        <source>Discover from Rail&amp;way…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask Railway which projects and services the source&apos;s token sees, and add new services to the workspace (you confirm first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action &amp;target…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a service: action targets belong to services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider token their action targets use (%1) is deleted from the keychain when you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider token of its action target (%1) is deleted from the keychain when you save.</source>
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
    <message>
        <source>%1 %2 is down to %3 or below</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Http</name>
    <message>
        <source>Option &apos;%1&apos; must be a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http:// or https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the user name and password in the keychain, not in the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown auth &apos;%1&apos;: use none, bearer or basic.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jaeger</name>
    <message>
        <source>Jaeger answered in an unexpected format: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object with &quot;data&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a trace without &quot;traceID&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a span without &quot;spanID&quot; in trace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;data&quot; is not a list of traces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;data&quot; is not a list of names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jaeger: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jaeger refused the search: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jaeger does not have this trace (any more): it may have been removed by retention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jaeger returned no trace: %1</source>
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
    <name>Loki</name>
    <message>
        <source>The answer is not a Loki answer: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent a web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loki refused the query (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no success status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result type &apos;%1&apos; instead of streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no result list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stream has no values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a log entry is not a [time, line] pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a log entry&apos;s time is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no label list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loki: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loki: the log query must start with a stream selector such as {service=&quot;$service&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loki refused the query: %1</source>
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
    <message>
        <source>Cache hit ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d</source>
        <extracomment>Unit of certificate expiry, short for days</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>msg</source>
        <extracomment>Unit of queue depth, short for messages</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool usage</source>
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
    <message>
        <source>Railway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jaeger (traces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unleash (feature flags)</source>
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
    <name>Prometheus</name>
    <message>
        <source>Option &apos;%1&apos; must be a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is not valid Prometheus JSON (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sample is not a [time, value] pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;data&quot; is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a scalar result has more than two items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an empty answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a web page instead of Prometheus JSON: is this the address of the Prometheus API?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is JSON but not a Prometheus answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is not a Prometheus query result: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer has data after its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus refused the query (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer has no success status: not a Prometheus query answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer has no result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown result type &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No query is set for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP server metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node_exporter (hosts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straja demo fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node_exporter&apos;s CPU, memory, disk and boot time, one host per instance label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gauges &apos;straja-cli demo-fleet --listen&apos; exposes (the lab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown query preset &apos;%1&apos;: use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Prometheus label name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serviceMap: the label value of service &apos;%1&apos; must be a non-empty text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queries: unknown metric &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queries: the query of &apos;%1&apos; must be a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No query to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http_requests_total with a code label, http_request_duration_seconds histogram and process_* metrics, one series set per service label; where present, blackbox_exporter certificate expiry, Redis cache hits, RabbitMQ queue depth and HikariCP pool usage with the same label.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Railway</name>
    <message>
        <source>The workspace has no Railway source &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Railway request budget of &apos;%1&apos; is spent; waiting until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Railway token for &apos;%1&apos; in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Railway did not answer within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Railway could not be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Railway&apos;s rate limit was reached (429); asking again after %n s.</source>
        <translation>
            <numerusform>Railway&apos;s rate limit was reached (429); asking again after %n s.</numerusform>
            <numerusform>Railway&apos;s rate limit was reached (429); asking again after %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Railway did not say which project this token belongs to: is it an account token?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address must be an http(s) URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token&apos;s account name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown token kind &apos;%1&apos; (account, team or project).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service &apos;%1&apos; has no Railway service or environment id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step, refresh interval, batch size and limits must be positive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is it a project token? The source is set to send it as Project-Access-Token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is it an account or team token? The source is set to send it as a Bearer token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Railway refused the token (%1): it may be expired, revoked, of the wrong kind, or not allowed to see this project. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Railway&apos;s rate limit was reached (429).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Railway answered HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Railway&apos;s answer is not GraphQL JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Railway: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Railway&apos;s project list has no edges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Railway answered %n of the figures asked for: %1</source>
        <translation>
            <numerusform>Railway answered %n of the figures asked for: %1</numerusform>
            <numerusform>Railway answered %n of the figures asked for: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Discovery postponed at %1: only %2 of %3 API requests left this hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovery failed at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovery at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) added (%1)</source>
        <translation>
            <numerusform>%n service added (%1)</numerusform>
            <numerusform>%n services added (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n marked removed (%1)</source>
        <translation>
            <numerusform>%n marked removed (%1)</numerusform>
            <numerusform>%n marked removed (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n back (%1)</source>
        <translation>
            <numerusform>%n back (%1)</numerusform>
            <numerusform>%n back (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Deployments and usage postponed at %1: only %2 of %3 API requests left this hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovery at %1 waits until the workspace editor is closed, so that your unsaved edits stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period start (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period end (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bucket (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health at end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buckets OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buckets degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buckets down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anomalies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions and outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost change per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto-approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecasts and capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak requests/s, next 48 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower (95%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper (95%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU limit (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU daily peak (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth per month (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crossing (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicas now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicas needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service was degraded or down in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s): stretches in which a service was degraded or down.</source>
        <translation>
            <numerusform>%n incident: a stretch in which a service was degraded or down.</numerusform>
            <numerusform>%n incidents: stretches in which a service was degraded or down.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more in the CSV export.</source>
        <translation>
            <numerusform>%n more in the CSV export.</numerusform>
            <numerusform>%n more in the CSV export.</numerusform>
        </translation>
    </message>
    <message>
        <source>No anomalies in requests, latency or errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak requests/s, next 48 h (95% band)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU daily peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crosses the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicas now / needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too little history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>around %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not within 180 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capacity needs a period of at least 14 days of CPU data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action was decided in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store has no actions log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straja report: project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straja report: workspace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Figures computed from %n-minute buckets of the local store; no source was contacted.</source>
        <translation>
            <numerusform>Figures computed from %n-minute buckets of the local store; no source was contacted.</numerusform>
            <numerusform>Figures computed from %n-minute buckets of the local store; no source was contacted.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report&apos;s period is empty: its end is not after its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace has no project &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run (not sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale from %1 to %2 replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back the last deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual fix (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the local store %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo fleet (seed %1), simulated offline for this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month-end forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollout (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With constraints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost and recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service of this project has a price table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not priced (no price table): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saving to recommend at the period&apos;s end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(with constraints)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State per environment (rollout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags and experiments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store keeps no flags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straja has read no flag of this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As last read from the flag sources and kept in the local store; &quot;as of&quot; says when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost of the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charges computed from the stored usage and the price tables (%1); month figures for %2 as of the period&apos;s end, plan fees in the month figures only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags of other projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a feature flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo&apos;s flags could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicas needed, low (95%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicas needed, high (95%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation type="unfinished"></translation>
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
    <name>Sources::Http::HttpClient</name>
    <message>
        <source>Cannot read the CA file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to send credentials to %1 over unencrypted http: use https, or allow it explicitly with the allowInsecureAuth option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This source needs credentials but no keychain is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials of this source could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bearer token is stored for this source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user name and password are stored for this source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from %1 is larger than %2 MB and was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirected more than %2 times (a redirect loop?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirected from https to an unencrypted address; refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complete answer from %1 within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS certificate of %1 is not trusted (%2). If your own CA signed it, give that CA&apos;s file in the source&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection: is the server running?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host of %1 was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection before answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error talking to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 failed %n time(s) in a row; not asking again before %2.</source>
        <translation>
            <numerusform>%1 failed %n time in a row; not asking again before %2.</numerusform>
            <numerusform>%1 failed %n times in a row; not asking again before %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 refused the credentials (HTTP 401): the token or password is wrong or has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 denied access (HTTP 403): the credentials lack a permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is on %1, not on the configured server %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP 404 (not found): is the address right?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sources::Railway::UsageCheck</name>
    <message>
        <source>Railway&apos;s estimate (%1) agrees with Straja&apos;s forecast (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Railway estimates %1 for this month, Straja forecasts %2 (%3% apart): check the price table or the usage Straja sees.</source>
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
    <message>
        <source>The local store is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deployments could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Traces</name>
    <message>
        <source>No trace with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace changed; search again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace has no trace source: add a Jaeger source in Workspace › Edit workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n span(s) name a parent that is not in the trace; they are shown under the trace root.</source>
        <translation>
            <numerusform>%n span names a parent that is not in the trace; it is shown under the trace root.</numerusform>
            <numerusform>%n spans name a parent that is not in the trace; they are shown under the trace root.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The parent references form %n cycle(s); each was cut at its earliest span.</source>
        <translation>
            <numerusform>The parent references form %n cycle; each was cut at its earliest span.</numerusform>
            <numerusform>The parent references form %n cycles; each was cut at its earliest span.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n span(s) have a negative duration; shown as 0.</source>
        <translation>
            <numerusform>%n span has a negative duration; shown as 0.</numerusform>
            <numerusform>%n spans have a negative duration; shown as 0.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clock skew between services: %n span(s) moved into their parent, by up to %1.</source>
        <translation>
            <numerusform>Clock skew between services: %n span moved into its parent, by up to %1.</numerusform>
            <numerusform>Clock skew between services: %n spans moved into their parent, by up to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n span(s) repeat the id of an earlier span.</source>
        <translation>
            <numerusform>%n span repeats the id of an earlier span.</numerusform>
            <numerusform>%n spans repeat the id of an earlier span.</numerusform>
        </translation>
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
    <message>
        <source>the degraded limit (%1) must not be below the down limit (%2): lower is worse for this metric</source>
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
    <message>
        <source>expected a number of at least 0, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing; expected a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown rule type &apos;%1&apos; (expected one of: threshold, anomaly, forecast)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown metric &apos;%1&apos; (expected one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;above&quot; or &quot;below&quot;, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a forecast rule needs a horizon of at least one second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;warning&quot; or &quot;critical&quot;, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing; expected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alert rules of version %1 are not understood by this Straja (it reads version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule id &apos;%1&apos; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
