#include "app/cli/commandregistry.h"
#include "core/actions/actionjson.h"
#include "core/actions/actionstatemachine.h"
#include "core/actions/actionstore.h"
#include "core/actions/auditlog.h"
#include "core/actions/flagactions.h"
#include "core/actions/guardrailchecker.h"
#include "core/actions/knowledgebase.h"
#include "core/actions/prescaleplanner.h"
#include "core/actions/proposalfactory.h"
#include "core/actions/proposaltext.h"
#include "core/actions/reconciler.h"
#include "core/actions/scalingpolicy.h"
#include "core/actions/verifier.h"
#include "core/store/database.h"
#include "core/store/workspacestore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace Qt::StringLiterals;
using Actions::ActionState;

namespace {

constexpr qint64 kNow = 1772712000000LL; // 2026-03-05 12:00 UTC

Actions::Proposal scaleProposal(const QString &service = u"events-api"_s, int from = 3, int to = 5)
{
    Actions::Proposal p;
    p.serviceId = service;
    p.projectId = u"events"_s;
    p.provider = u"demo"_s;
    p.kind = Actions::ActionKind::Scale;
    p.trigger = Actions::Trigger::TargetTracking;
    p.rule = u"hpa.cpu"_s;
    p.fix = u"scale_up"_s;
    p.fromReplicas = from;
    p.toReplicas = to;
    p.confidence = 0.9;
    p.facts = QJsonObject{{u"metric"_s, u"cpu"_s}, {u"observed"_s, 96.0}, {u"target"_s, 65.0}, {u"desired"_s, to},
                          {u"tolerance"_s, 0.1}};
    p.evidence.append({Model::MetricKind::Cpu, QString(), {{kNow - 60'000, 95.0}, {kNow, 96.0}}, 65.0});
    p.effectMetric = Model::MetricKind::Cpu;
    p.effectBefore = 96.0;
    p.effectAfter = 58.0;
    p.costDeltaPerMonth = 40.0;
    p.verification.metric = Model::MetricKind::Cpu;
    p.verification.threshold = 77.0;
    p.verification.revertOnFailure = true;
    return p;
}

int runCli(const QStringList &args, QString *out = nullptr, QString *err = nullptr)
{
    QString o;
    QString e;
    QTextStream os(&o);
    QTextStream es(&e);
    Cli::CommandIo io{os, es};
    const int code = Cli::runCommandLine(args, io);
    os.flush();
    es.flush();
    if (out)
        *out = o;
    if (err)
        *err = e;
    return code;
}

} // namespace

// The action state machine, its persistence and the hash-chained audit log,
// including `straja-cli audit verify` on a log that was tampered with.
class TestActions : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void transitions_data();
    void transitions();
    void idsRoundTrip();
    void proposalSurvivesJson();
    void proposalLifecycleIsPersistedAndAudited();
    void aStepCanBeTakenOnlyOnce();
    void forbiddenTransitionIsRefused();
    void snoozeKeepsProposalOpen();
    void settingsChangesAreAudited();
    void auditLogRefusesUpdateAndDelete();
    void auditVerifyDetectsTampering_data();
    void auditVerifyDetectsTampering();
    void cliAuditVerify();
    void cliActionsList();
    void cliActionsTarget();
    void proposalTextsAreComplete();
    void manualFixesGetAChecklist_data();
    void manualFixesGetAChecklist();
    void flagRecordReplaysOnlyWhenVerified();

    void hpaFormula_data();
    void hpaFormula();
    void scaleDownWaitsForTheStabilizationWindow();
    void cooldownAndGuardrailsLimitScaling_data();
    void cooldownAndGuardrailsLimitScaling();
    void guardrailCheckerRefusesAtExecution_data();
    void guardrailCheckerRefusesAtExecution();
    void reconcilerTellsAppliedFromNot_data();
    void reconcilerTellsAppliedFromNot();
    void verifierJudgesTheWindow();
    void preScaleRaisesAheadOfThePeak();
    void preScaleRespectsConfidenceAndCurrentLoad();
    void knowledgeRanksFixesAcrossProjects();

private:
    void fillLog();
    QString dbPath() const { return m_dir->filePath(u"ws.sqlite"_s); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store::Database> m_db;
};

void TestActions::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Store::Database>();
    QVERIFY(m_db->open(dbPath(), u"tst-actions"_s, Store::Database::Mode::ReadWrite).ok());
}

void TestActions::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestActions::transitions_data()
{
    QTest::addColumn<ActionState>("from");
    QTest::addColumn<ActionState>("to");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("approve") << ActionState::Proposed << ActionState::Approved << true;
    QTest::newRow("reject") << ActionState::Proposed << ActionState::Rejected << true;
    QTest::newRow("expire") << ActionState::Proposed << ActionState::Expired << true;
    QTest::newRow("execute") << ActionState::Approved << ActionState::Executing << true;
    QTest::newRow("guardrail refuses") << ActionState::Approved << ActionState::Failed << true;
    QTest::newRow("dry run") << ActionState::Approved << ActionState::DryRun << true;
    QTest::newRow("applied") << ActionState::Executing << ActionState::Verifying << true;
    QTest::newRow("provider refuses") << ActionState::Executing << ActionState::Failed << true;
    QTest::newRow("verified") << ActionState::Verifying << ActionState::Succeeded << true;
    QTest::newRow("did not help") << ActionState::Verifying << ActionState::Failed << true;
    QTest::newRow("reverted") << ActionState::Verifying << ActionState::RolledBack << true;
    QTest::newRow("skip approval") << ActionState::Proposed << ActionState::Executing << false;
    QTest::newRow("execute a rejected one") << ActionState::Rejected << ActionState::Executing << false;
    QTest::newRow("run twice") << ActionState::Succeeded << ActionState::Executing << false;
    QTest::newRow("back to proposed") << ActionState::Approved << ActionState::Proposed << false;
    QTest::newRow("skip verification") << ActionState::Executing << ActionState::Succeeded << false;
    QTest::newRow("expire approved") << ActionState::Approved << ActionState::Expired << false;
}

void TestActions::transitions()
{
    QFETCH(ActionState, from);
    QFETCH(ActionState, to);
    QFETCH(bool, allowed);
    QCOMPARE(Actions::ActionStateMachine::canTransition(from, to), allowed);
}

void TestActions::idsRoundTrip()
{
    using SM = Actions::ActionStateMachine;
    for (ActionState s : {ActionState::Proposed, ActionState::Approved, ActionState::Rejected, ActionState::Expired,
                          ActionState::Executing, ActionState::Verifying, ActionState::Succeeded, ActionState::Failed,
                          ActionState::RolledBack, ActionState::DryRun}) {
        QCOMPARE(SM::stateFromId(SM::stateId(s)), s);
        QVERIFY(!SM::stateLabel(s).isEmpty());
        QCOMPARE(SM::isTerminal(s), !SM::needsReconciliation(s) && s != ActionState::Proposed);
    }
    QVERIFY(!SM::stateFromId(u"bogus"));
}

void TestActions::proposalSurvivesJson()
{
    Actions::Proposal p = scaleProposal();
    p.forecast.startMs = kNow;
    p.forecast.stepMs = 300'000;
    p.forecast.point = {1.0, 2.0};
    p.forecast.lower = {0.5, 1.0};
    p.forecast.upper = {1.5, 3.0};
    p.forecast.accuracy = 0.8;
    p.alternatives = {u"restart"_s};
    const Actions::Proposal back = Actions::proposalFromJson(Actions::proposalToJson(p));
    QCOMPARE(back.dedupKey(), p.dedupKey());
    QCOMPARE(back.toReplicas, 5);
    QCOMPARE(back.evidence.size(), 1);
    QCOMPARE(back.evidence.first().points.last().v, 96.0);
    QCOMPARE(back.evidence.first().reference, 65.0);
    QCOMPARE(back.forecast.upper, p.forecast.upper);
    QCOMPARE(back.verification.threshold, 77.0);
    QVERIFY(back.verification.revertOnFailure);
    QCOMPARE(back.alternatives, p.alternatives);
    QVERIFY(std::isnan(Actions::proposalFromJson(QJsonObject()).effectBefore));
}

void TestActions::proposalLifecycleIsPersistedAndAudited()
{
    Actions::ActionStore store(m_db->handle());
    auto inserted = store.insertProposal(scaleProposal(), kNow, kNow + 1'800'000, false, u"straja"_s);
    QVERIFY2(inserted.ok(), qPrintable(inserted.error().message));
    const qint64 id = inserted->id;
    QVERIFY(!inserted->idempotencyKey.isEmpty());

    auto approved = store.transition(id, ActionState::Proposed, ActionState::Approved, kNow + 1000, u"ana"_s);
    QVERIFY(approved.ok());
    QCOMPARE(approved->decidedBy, u"ana"_s);
    auto executing = store.transition(id, ActionState::Approved, ActionState::Executing, kNow + 2000, u"straja"_s,
                                      [](Actions::ActionRecord &r) {
                                          r.execution.request = u"PATCH /scale {\"spec\":{\"replicas\":5}}"_s;
                                          r.execution.startedMs = kNow + 2000;
                                      });
    QVERIFY(executing.ok());
    QVERIFY(store.transition(id, ActionState::Executing, ActionState::Verifying, kNow + 3000, u"straja"_s,
                             [](Actions::ActionRecord &r) { r.execution.appliedMs = kNow + 3000; })
                .ok());
    QVERIFY(store.transition(id, ActionState::Verifying, ActionState::Succeeded, kNow + 400'000, u"straja"_s,
                             [](Actions::ActionRecord &r) {
                                 r.outcome.before = 96.0;
                                 r.outcome.after = 61.0;
                             })
                .ok());

    // What was stored is what comes back, idempotency key included.
    auto loaded = store.load(id);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->state, ActionState::Succeeded);
    QCOMPARE(loaded->idempotencyKey, inserted->idempotencyKey);
    QCOMPARE(loaded->execution.request, u"PATCH /scale {\"spec\":{\"replicas\":5}}"_s);
    QCOMPARE(loaded->execution.appliedMs, kNow + 3000);
    QCOMPARE(loaded->outcome.after, 61.0);
    QCOMPARE(loaded->decidedBy, u"ana"_s);
    QCOMPARE(store.lastScaleAppliedMs(u"events-api"_s).value(), kNow + 3000);
    QCOMPARE(store.history(10)->size(), 1);
    QVERIFY(store.loadInStates({ActionState::Proposed})->isEmpty());

    auto entries = store.audit().recent(10, id);
    QVERIFY(entries.ok());
    QStringList events;
    for (const Actions::AuditEntry &e : *entries)
        events.prepend(e.event);
    QCOMPARE(events, (QStringList{u"proposed"_s, u"approved"_s, u"executing"_s, u"verifying"_s, u"succeeded"_s}));
    QCOMPARE(entries->at(3).actor, u"ana"_s); // newest first: approved is the 4th newest
    QVERIFY(entries->at(2).payload.contains(u"replicas"_s));
    auto report = store.audit().verify();
    QVERIFY(report.ok());
    QVERIFY2(report->intact, qPrintable(report->problem));
    QCOMPARE(report->records, qint64(5));
}

void TestActions::aStepCanBeTakenOnlyOnce()
{
    Actions::ActionStore store(m_db->handle());
    const qint64 id = store.insertProposal(scaleProposal(), kNow, kNow + 1000, false, u"straja"_s)->id;
    QVERIFY(store.transition(id, ActionState::Proposed, ActionState::Approved, kNow, u"ana"_s).ok());
    // A second approval (another window, a double click) changes nothing.
    auto again = store.transition(id, ActionState::Proposed, ActionState::Approved, kNow, u"bob"_s);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, u"action.state"_s);
    QVERIFY(store.transition(id, ActionState::Approved, ActionState::Executing, kNow, u"straja"_s).ok());
    QCOMPARE(store.transition(id, ActionState::Approved, ActionState::Executing, kNow, u"straja"_s).error().code,
             u"action.state"_s);
    QCOMPARE(store.load(id)->decidedBy, u"ana"_s);
    QCOMPARE(store.audit().recent(100, id)->size(), 3);
}

void TestActions::forbiddenTransitionIsRefused()
{
    Actions::ActionStore store(m_db->handle());
    const qint64 id = store.insertProposal(scaleProposal(), kNow, kNow + 1000, false, u"straja"_s)->id;
    auto skipped = store.transition(id, ActionState::Proposed, ActionState::Executing, kNow, u"straja"_s);
    QVERIFY(!skipped.ok());
    QCOMPARE(skipped.error().code, u"action.transition"_s);
    QCOMPARE(store.load(id)->state, ActionState::Proposed);
    QCOMPARE(store.load(424242).error().code, u"action.missing"_s);
}

void TestActions::snoozeKeepsProposalOpen()
{
    Actions::ActionStore store(m_db->handle());
    const qint64 id = store.insertProposal(scaleProposal(), kNow, kNow + 60'000, false, u"straja"_s)->id;
    auto snoozed = store.snooze(id, kNow + 3'600'000, kNow, u"ana"_s);
    QVERIFY(snoozed.ok());
    QCOMPARE(snoozed->state, ActionState::Proposed);
    QCOMPARE(store.load(id)->snoozedUntilMs, kNow + 3'600'000);
    QVERIFY(store.load(id)->expiresMs > kNow + 3'600'000);
    QVERIFY(store.openWithDedupKey(scaleProposal().dedupKey())->has_value());
    QVERIFY(store.transition(id, ActionState::Proposed, ActionState::Rejected, kNow, u"ana"_s).ok());
    QVERIFY(!store.snooze(id, kNow, kNow, u"ana"_s).ok());
    QVERIFY(!store.openWithDedupKey(scaleProposal().dedupKey())->has_value());
}

void TestActions::settingsChangesAreAudited()
{
    Actions::ActionStore store(m_db->handle());
    QVERIFY(store.setSetting(u"automation"_s, u"settings"_s, QJsonObject{{u"dryRun"_s, true}}, kNow, u"ana"_s).ok());
    QCOMPARE(store.setting(u"automation"_s, u"settings"_s)->value(u"dryRun"_s).toBool(), true);
    QVERIFY(store.setting(u"automation"_s, u"absent"_s)->isEmpty());
    auto entries = store.audit().recent(1);
    QCOMPARE(entries->first().event, u"settings"_s);
    QCOMPARE(entries->first().actor, u"ana"_s);
    QVERIFY(entries->first().payload.contains(u"dryRun"_s));
}

void TestActions::auditLogRefusesUpdateAndDelete()
{
    fillLog();
    QSqlQuery q(m_db->handle());
    QVERIFY(!q.exec(u"UPDATE audit_log SET actor = 'mallory' WHERE seq = 2"_s));
    QVERIFY(q.lastError().text().contains(u"append-only"_s));
    QVERIFY(!q.exec(u"DELETE FROM audit_log WHERE seq = 2"_s));
    QVERIFY(Actions::AuditLog(m_db->handle()).verify()->intact);
}

void TestActions::fillLog()
{
    Actions::ActionStore store(m_db->handle());
    for (int i = 0; i < 3; ++i) {
        const qint64 id = store.insertProposal(scaleProposal(u"svc-%1"_s.arg(i)), kNow + i, kNow + 100'000, false,
                                               u"straja"_s)->id;
        QVERIFY(store.transition(id, ActionState::Proposed, ActionState::Approved, kNow + 10 + i, u"ana"_s).ok());
    }
    QCOMPARE(store.audit().verify()->records, qint64(6));
}

void TestActions::auditVerifyDetectsTampering_data()
{
    QTest::addColumn<QStringList>("sql");
    QTest::addColumn<qint64>("badSeq");
    QTest::addColumn<QString>("problem");
    QTest::newRow("intact") << QStringList() << qint64(0) << QString();
    QTest::newRow("payload edited") << QStringList{u"UPDATE audit_log SET payload = replace(payload, '5', '9')"
                                                   " WHERE seq = 3"_s}
                                    << qint64(3) << u"changed"_s;
    QTest::newRow("actor edited") << QStringList{u"UPDATE audit_log SET actor = 'mallory' WHERE seq = 4"_s} << qint64(4)
                                  << u"changed"_s;
    QTest::newRow("record removed") << QStringList{u"DELETE FROM audit_log WHERE seq = 2"_s} << qint64(3)
                                    << u"missing"_s;
    QTest::newRow("removed and renumbered")
        << QStringList{u"DELETE FROM audit_log WHERE seq = 2"_s,
                       u"UPDATE audit_log SET seq = seq - 1 WHERE seq > 2"_s}
        << qint64(2) << u"does not follow"_s;
    QTest::newRow("two records swapped")
        << QStringList{u"UPDATE audit_log SET seq = 100 WHERE seq = 2"_s,
                       u"UPDATE audit_log SET seq = 2 WHERE seq = 3"_s,
                       u"UPDATE audit_log SET seq = 3 WHERE seq = 100"_s}
        << qint64(2) << u"does not follow"_s;
    QTest::newRow("last records cut") << QStringList{u"DELETE FROM audit_log WHERE seq >= 5"_s} << qint64(5)
                                      << u"removed from the end"_s;
}

void TestActions::auditVerifyDetectsTampering()
{
    QFETCH(QStringList, sql);
    QFETCH(qint64, badSeq);
    QFETCH(QString, problem);
    fillLog();
    QSqlQuery q(m_db->handle());
    // Only someone bypassing Straja can do this: the triggers have to go first.
    QVERIFY(q.exec(u"DROP TRIGGER audit_log_no_update"_s));
    QVERIFY(q.exec(u"DROP TRIGGER audit_log_no_delete"_s));
    for (const QString &statement : sql)
        QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
    auto report = Actions::AuditLog(m_db->handle()).verify();
    QVERIFY(report.ok());
    QCOMPARE(report->intact, badSeq == 0);
    QCOMPARE(report->firstBadSeq, badSeq);
    QVERIFY2(report->problem.contains(problem), qPrintable(report->problem));
}

void TestActions::cliAuditVerify()
{
    fillLog();
    QString out;
    QString err;
    QCOMPARE(runCli({u"audit"_s, u"verify"_s, u"--database"_s, dbPath()}, &out, &err), 0);
    QVERIFY2(out.contains(u"intact: 6 record"_s), qPrintable(out));
    const QString head = Actions::AuditLog(m_db->handle()).verify()->headHash;
    QVERIFY(out.contains(head));
    QCOMPARE(runCli({u"audit"_s, u"verify"_s, u"--database"_s, dbPath(), u"--expect-head"_s, head}), 0);
    QCOMPARE(runCli({u"audit"_s, u"verify"_s, u"--database"_s, dbPath(), u"--expect-head"_s, QString(64, u'a')},
                    &out, &err),
             1);
    QVERIFY2(err.contains(u"BROKEN"_s), qPrintable(err));

    // Rewriting one record and its hash still breaks the link from the next one.
    QSqlQuery q(m_db->handle());
    QVERIFY(q.exec(u"DROP TRIGGER audit_log_no_update"_s));
    auto entries = Actions::AuditLog(m_db->handle()).recent(10);
    Actions::AuditEntry forged = entries->at(3); // seq 3
    QCOMPARE(forged.seq, qint64(3));
    forged.actor = u"mallory"_s;
    forged.hash = Actions::AuditLog::hashOf(forged);
    q.prepare(u"UPDATE audit_log SET actor = ?, hash = ? WHERE seq = 3"_s);
    q.addBindValue(forged.actor);
    q.addBindValue(forged.hash);
    QVERIFY(q.exec());
    QCOMPARE(runCli({u"audit"_s, u"verify"_s, u"--database"_s, dbPath()}, &out, &err), 1);
    QVERIFY2(err.contains(u"record 4"_s), qPrintable(err));

    QCOMPARE(runCli({u"audit"_s, u"verify"_s, u"--database"_s, m_dir->filePath(u"none.sqlite"_s)}, &out, &err), 1);
    QVERIFY(err.contains(u"no database"_s));
    QCOMPARE(runCli({u"audit"_s}, &out, &err), 2);
    QCOMPARE(runCli({u"audit"_s, u"verify"_s, u"--bogus"_s, u"--database"_s, dbPath()}, &out, &err), 2);
    QCOMPARE(runCli({u"audit"_s, u"verify"_s, u"--database"_s}, &out, &err), 2);
}

void TestActions::cliActionsList()
{
    fillLog();
    Actions::ActionStore store(m_db->handle());
    QVERIFY(store.insertProposal(scaleProposal(u"open-one"_s, 2, 3), kNow, kNow + 1000, false, u"straja"_s).ok());
    QString out;
    QString err;
    QCOMPARE(runCli({u"actions"_s, u"list"_s, u"--database"_s, dbPath()}, &out, &err), 0);
    QVERIFY2(out.contains(u"Scale open-one from 2 to 3 replicas"_s), qPrintable(out));
    QVERIFY(!out.contains(u"svc-0"_s)); // approved, not open
    QCOMPARE(runCli({u"actions"_s, u"list"_s, u"--database"_s, dbPath(), u"--state"_s, u"all"_s, u"--format"_s,
                     u"csv"_s},
                    &out, &err),
             0);
    QCOMPARE(out.count(u'\n'), 5); // header + 4 actions
    QVERIFY(out.contains(u",approved,svc-1,scale,"_s));
    QCOMPARE(runCli({u"actions"_s, u"list"_s, u"--database"_s, dbPath(), u"--state"_s, u"nonsense"_s}, &out, &err),
             2);
    QCOMPARE(runCli({u"actions"_s, u"frob"_s}, &out, &err), 2);
}

void TestActions::cliActionsTarget()
{
    Model::Workspace ws;
    ws.name = u"ops"_s;
    ws.projects.append({u"shop"_s, u"Shop"_s, QString()});
    Model::Service web;
    web.id = u"web"_s;
    web.projectId = u"shop"_s;
    web.name = u"web"_s;
    web.provider = u"kubernetes"_s;
    ws.services.append(web);
    QVERIFY(Store::WorkspaceStore(m_db->handle()).save(ws).ok());
    QString out;
    QString err;
    QCOMPARE(runCli({u"actions"_s, u"target"_s, u"web"_s, u"--database"_s, dbPath(), u"server=https://k8s:6443"_s,
                     u"namespace=shop"_s},
                    &out, &err),
             0);
    QVERIFY2(out.startsWith(u"kubernetes {"_s) && out.contains(u"\"namespace\":\"shop\""_s), qPrintable(out));
    QCOMPARE(runCli({u"actions"_s, u"target"_s, u"web"_s, u"--database"_s, dbPath(), u"namespace="_s}, &out, &err), 0);
    QVERIFY(!out.contains(u"namespace"_s));
    Actions::ActionStore store(m_db->handle());
    QCOMPARE(store.setting(u"target"_s, u"web"_s)->value(u"server"_s).toString(), u"https://k8s:6443"_s);
    QCOMPARE(store.audit().recent(1)->first().event, u"settings"_s);
    // Secrets never go to the store; unknown services are refused.
    QCOMPARE(runCli({u"actions"_s, u"target"_s, u"web"_s, u"--database"_s, dbPath(), u"token=abc"_s}, &out, &err), 1);
    QVERIFY(err.contains(u"keychain"_s));
    QCOMPARE(runCli({u"actions"_s, u"target"_s, u"ghost"_s, u"--database"_s, dbPath()}, &out, &err), 1);
    QCOMPARE(runCli({u"actions"_s, u"target"_s, u"web"_s, u"--database"_s, dbPath(), u"novalue"_s}, &out, &err), 2);
}

void TestActions::proposalTextsAreComplete()
{
    const Actions::Proposal p = scaleProposal();
    QCOMPARE(Actions::ProposalText::title(p), u"Scale events-api from 3 to 5 replicas"_s);
    QVERIFY(Actions::ProposalText::reason(p).contains(u"over its target"_s));
    QVERIFY(Actions::ProposalText::effect(p).contains(u"58"_s));
    QVERIFY(Actions::ProposalText::verification(p).contains(u"scales back to 3"_s));
    QCOMPARE(Actions::ProposalText::costPerMonth(40.0), u"+"_s + QLocale().toCurrencyString(40.0, u"$"_s) + u" / month"_s);
    QCOMPARE(Actions::ProposalText::costPerMonth(0.001), u"no change"_s);
    for (const QString &fix : {u"restart"_s, u"rollback"_s, u"back_off"_s, u"renew_certificate"_s}) {
        QVERIFY(Actions::ProposalText::fixLabel(fix) != fix);
        QVERIFY(!Actions::ProposalText::fixDescription(fix).isEmpty());
    }
}

void TestActions::manualFixesGetAChecklist_data()
{
    QTest::addColumn<QString>("fix");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("step");
    QTest::newRow("certificate on Kubernetes") << u"renew_certificate"_s << u"kubernetes"_s << u"cert-manager"_s;
    QTest::newRow("certificate on Railway") << u"renew_certificate"_s << u"railway"_s << u"Networking"_s;
    QTest::newRow("certificate on the demo") << u"renew_certificate"_s << u"demo"_s << u"ACME"_s;
    QTest::newRow("cache") << u"warm_cache"_s << u"kubernetes"_s << u"maxmemory-policy"_s;
    QTest::newRow("pool on Kubernetes") << u"raise_pool"_s << u"kubernetes"_s << u"ConfigMap"_s;
    QTest::newRow("pool on Railway") << u"raise_pool"_s << u"railway"_s << u"variables"_s;
}

void TestActions::manualFixesGetAChecklist()
{
    QFETCH(QString, fix);
    QFETCH(QString, provider);
    QFETCH(QString, step);
    // No provider API renews a certificate, warms a cache or sizes an app's pool:
    // these fixes are manual wherever the service runs, never sent to an executor.
    QCOMPARE(Actions::ProposalText::kindForFix(fix), Actions::ActionKind::Manual);
    Actions::Proposal p = scaleProposal();
    p.kind = Actions::ActionKind::Manual;
    p.fix = fix;
    p.provider = provider;
    const QString list = Actions::ProposalText::manualChecklist(p);
    QVERIFY2(list.startsWith(u"1. "_s) && list.contains(u"\n3. "_s), qPrintable(list));
    QVERIFY2(list.contains(step), qPrintable(list));
    // The last step says the approval means "done" and what is verified then.
    const QString last = list.section(u'\n', -1);
    QVERIFY2(last.contains(u"once it is done"_s) && last.contains(Actions::ProposalText::verification(p)),
             qPrintable(last));
    // An executed fix has no checklist.
    QVERIFY(Actions::ProposalText::manualChecklist(scaleProposal()).isEmpty());
}

void TestActions::flagRecordReplaysOnlyWhenVerified()
{
    Actions::ActionRecord r;
    r.id = 7;
    r.idempotencyKey = u"flag-key-7"_s;
    r.state = ActionState::Succeeded;
    r.proposal.kind = Actions::ActionKind::FlagChange;
    r.proposal.serviceId = u"flag:new-checkout"_s;
    r.proposal.provider = Actions::FlagActions::provider();
    r.proposal.facts.insert(u"change"_s, QJsonObject{{u"feature"_s, u"new-checkout"_s}, {u"enabled"_s, true}});
    r.execution.appliedMs = 1'000;
    const auto change = Actions::FlagActions::appliedChange(r);
    QVERIFY(change);
    QCOMPARE(change->serviceId, r.proposal.serviceId);
    QCOMPARE(change->provider, r.proposal.provider);
    QCOMPARE(change->kind, Actions::ActionKind::FlagChange);
    QCOMPARE(change->atMs, qint64(1'000));
    QCOMPARE(change->idempotencyKey, u"flag-key-7"_s);
    QCOMPARE(change->flagChange, r.proposal.facts.value(u"change"_s).toObject());
    for (ActionState state : {ActionState::Verifying, ActionState::Failed, ActionState::RolledBack}) {
        Actions::ActionRecord other = r;
        other.state = state;
        QVERIFY(!Actions::FlagActions::appliedChange(other));
    }
    Actions::ActionRecord notApplied = r;
    notApplied.execution.appliedMs = 0;
    QVERIFY(!Actions::FlagActions::appliedChange(notApplied));
    Actions::ActionRecord scale = r;
    scale.proposal.kind = Actions::ActionKind::Scale;
    QVERIFY(!Actions::FlagActions::appliedChange(scale));
}

void TestActions::hpaFormula_data()
{
    QTest::addColumn<int>("current");
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("target");
    QTest::addColumn<int>("desired");
    // Kubernetes HPA: desired = ceil(current x value / target), unchanged within 10%.
    QTest::newRow("double the target") << 3 << 130.0 << 65.0 << 6;
    QTest::newRow("a bit over") << 3 << 80.0 << 65.0 << 4;
    QTest::newRow("within tolerance above") << 3 << 71.0 << 65.0 << 3;
    QTest::newRow("within tolerance below") << 3 << 59.0 << 65.0 << 3;
    QTest::newRow("half the target") << 4 << 32.5 << 65.0 << 2;
    QTest::newRow("idle never goes to zero") << 2 << 0.5 << 65.0 << 1;
    QTest::newRow("exact multiple") << 2 << 97.5 << 65.0 << 3;
    QTest::newRow("no value") << 3 << qQNaN() << 65.0 << 3;
}

void TestActions::hpaFormula()
{
    QFETCH(int, current);
    QFETCH(double, value);
    QFETCH(double, target);
    QFETCH(int, desired);
    QCOMPARE(Actions::ScalingPolicy::desiredReplicas(current, value, target, 0.1), desired);
}

void TestActions::scaleDownWaitsForTheStabilizationWindow()
{
    Actions::ScalingPolicy policy;
    Actions::ScalingInput in;
    in.currentReplicas = 4;
    in.guardrails.minReplicas = 1;
    in.guardrails.maxReplicas = 10;
    in.guardrails.scaleDownWindowMs = 5 * 60'000;
    // Low load for 4 minutes: not yet.
    for (int minute = 0; minute < 5; ++minute) {
        in.nowMs = kNow + minute * 60'000;
        in.metricValue = 20.0;
        const auto d = policy.evaluate(u"svc"_s, in);
        QCOMPARE(d.desired, 2);
        QVERIFY2(!d.propose, qPrintable(d.skipped));
    }
    // The whole window agrees: scale down to the highest recommendation in it.
    in.nowMs = kNow + 5 * 60'000;
    auto d = policy.evaluate(u"svc"_s, in);
    QVERIFY(d.propose);
    QCOMPARE(d.to, 2);
    // One busy minute inside the window holds the scale-down at its level.
    Actions::ScalingPolicy second;
    for (int minute = 0; minute <= 6; ++minute) {
        in.nowMs = kNow + minute * 60'000;
        in.metricValue = minute == 3 ? 50.0 : 20.0; // 50% of 65 would want 4
        d = second.evaluate(u"svc"_s, in);
    }
    QVERIFY(!d.propose);
    QCOMPARE(d.recommended, 4);
    // Scale-up is immediate.
    Actions::ScalingPolicy third;
    in.metricValue = 100.0;
    d = third.evaluate(u"svc"_s, in);
    QVERIFY(d.propose);
    QCOMPARE(d.to, 7);
}

void TestActions::cooldownAndGuardrailsLimitScaling_data()
{
    QTest::addColumn<int>("current");
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("maxReplicas");
    QTest::addColumn<int>("maxStep");
    QTest::addColumn<double>("cap");
    QTest::addColumn<qint64>("sinceLastScale");
    QTest::addColumn<bool>("propose");
    QTest::addColumn<int>("to");
    QTest::addColumn<QString>("limitedBy");
    QTest::newRow("free") << 2 << 130.0 << 10 << 4 << 0.0 << qint64(0) << true << 4 << QString();
    QTest::newRow("max step") << 2 << 400.0 << 20 << 4 << 0.0 << qint64(0) << true << 6 << u"per step"_s;
    QTest::newRow("max replicas") << 8 << 130.0 << 10 << 10 << 0.0 << qint64(0) << true << 10 << u"maximum"_s;
    QTest::newRow("at max already") << 10 << 130.0 << 10 << 4 << 0.0 << qint64(0) << false << 10 << u"maximum"_s;
    QTest::newRow("spend cap") << 2 << 200.0 << 10 << 8 << 100.0 << qint64(0) << true << 5 << u"spend cap"_s;
    QTest::newRow("cooldown") << 2 << 130.0 << 10 << 4 << 0.0 << qint64(60'000) << false << 2 << QString();
    QTest::newRow("cooldown over") << 2 << 130.0 << 10 << 4 << 0.0 << qint64(600'000) << true << 4 << QString();
}

void TestActions::cooldownAndGuardrailsLimitScaling()
{
    QFETCH(int, current);
    QFETCH(double, value);
    QFETCH(int, maxReplicas);
    QFETCH(int, maxStep);
    QFETCH(double, cap);
    QFETCH(qint64, sinceLastScale);
    QFETCH(bool, propose);
    QFETCH(int, to);
    QFETCH(QString, limitedBy);
    Actions::ScalingPolicy policy;
    Actions::ScalingInput in;
    in.currentReplicas = current;
    in.metricValue = value;
    in.nowMs = kNow;
    in.lastScaleMs = sinceLastScale > 0 ? kNow - sinceLastScale : 0;
    in.guardrails.maxReplicas = maxReplicas;
    in.guardrails.maxStep = maxStep;
    in.guardrails.monthlySpendCap = cap; // $20 a replica: $100 holds 5
    const auto d = policy.evaluate(u"svc"_s, in);
    QCOMPARE(d.propose, propose);
    QCOMPARE(d.to, to);
    if (!limitedBy.isEmpty())
        QVERIFY2(d.limitedBy.contains(limitedBy) || d.skipped.contains(limitedBy), qPrintable(d.limitedBy + d.skipped));
}

void TestActions::guardrailCheckerRefusesAtExecution_data()
{
    QTest::addColumn<int>("observed");
    QTest::addColumn<int>("to");
    QTest::addColumn<qint64>("lastScaleAgo");
    QTest::addColumn<double>("cap");
    QTest::addColumn<QString>("refusal");
    QTest::newRow("fine") << 3 << 5 << qint64(0) << 0.0 << QString();
    QTest::newRow("someone scaled meanwhile") << 4 << 5 << qint64(0) << 0.0 << u"now runs 4"_s;
    QTest::newRow("over maximum") << 3 << 11 << qint64(0) << 0.0 << u"maximum"_s;
    QTest::newRow("step too big") << 3 << 8 << qint64(0) << 0.0 << u"maximum step"_s;
    QTest::newRow("cooldown") << 3 << 5 << qint64(30'000) << 0.0 << u"cooldown"_s;
    QTest::newRow("spend cap") << 3 << 5 << qint64(0) << 90.0 << u"cap"_s;
}

void TestActions::guardrailCheckerRefusesAtExecution()
{
    QFETCH(int, observed);
    QFETCH(int, to);
    QFETCH(qint64, lastScaleAgo);
    QFETCH(double, cap);
    QFETCH(QString, refusal);
    Actions::Proposal p = scaleProposal(u"svc"_s, 3, to);
    Actions::ProviderState state;
    state.ok = true;
    state.replicas = observed;
    Actions::Guardrails g;
    g.maxReplicas = 10;
    g.monthlySpendCap = cap;
    const auto result = Actions::GuardrailChecker::check(p, state, g, kNow, lastScaleAgo > 0 ? kNow - lastScaleAgo : 0);
    QCOMPARE(result.ok(), refusal.isEmpty());
    if (!refusal.isEmpty()) {
        QCOMPARE(result.error().code, u"action.guardrail"_s);
        QVERIFY2(result.error().message.contains(refusal), qPrintable(result.error().message));
    }
}

void TestActions::reconcilerTellsAppliedFromNot_data()
{
    using V = Actions::ReconcileVerdict;
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("nowReplicas");
    QTest::addColumn<QString>("nowRevision");
    QTest::addColumn<bool>("marker");
    QTest::addColumn<bool>("markersSupported");
    QTest::addColumn<qint64>("updatedAfterStart");
    QTest::addColumn<int>("verdict");
    const int scale = int(Actions::ActionKind::Scale);
    const int restart = int(Actions::ActionKind::Restart);
    const int rollback = int(Actions::ActionKind::Rollback);
    QTest::newRow("scale landed") << scale << 5 << u"r1"_s << false << true << qint64(0) << int(V::Applied);
    QTest::newRow("scale not sent") << scale << 3 << u"r1"_s << false << true << qint64(0) << int(V::NotApplied);
    QTest::newRow("scaled by someone else") << scale << 4 << u"r1"_s << false << true << qint64(0) << int(V::Diverged);
    QTest::newRow("restart marker") << restart << 3 << u"r2"_s << true << true << qint64(0) << int(V::Applied);
    QTest::newRow("restart not sent") << restart << 3 << u"r1"_s << false << true << qint64(0) << int(V::NotApplied);
    QTest::newRow("other deploy") << restart << 3 << u"r2"_s << false << true << qint64(0) << int(V::Diverged);
    QTest::newRow("restart, no markers, later change") << restart << 3 << u"r1"_s << false << false << qint64(5000)
                                                       << int(V::Applied);
    QTest::newRow("restart, no markers, nothing") << restart << 3 << u"r1"_s << false << false << qint64(-5000)
                                                  << int(V::NotApplied);
    QTest::newRow("rollback, no markers, new revision") << rollback << 3 << u"r0"_s << false << false << qint64(0)
                                                        << int(V::Applied);
    QTest::newRow("rollback, no markers, same revision") << rollback << 3 << u"r1"_s << false << false << qint64(0)
                                                         << int(V::NotApplied);
}

void TestActions::reconcilerTellsAppliedFromNot()
{
    QFETCH(int, kind);
    QFETCH(int, nowReplicas);
    QFETCH(QString, nowRevision);
    QFETCH(bool, marker);
    QFETCH(bool, markersSupported);
    QFETCH(qint64, updatedAfterStart);
    QFETCH(int, verdict);
    Actions::ExecutionRequest request;
    request.kind = static_cast<Actions::ActionKind>(kind);
    request.idempotencyKey = u"key-1"_s;
    request.replicas = 5;
    Actions::ProviderState before;
    before.replicas = 3;
    before.revision = u"r1"_s;
    Actions::ProviderState now;
    now.replicas = nowReplicas;
    now.revision = nowRevision;
    now.markersSupported = markersSupported;
    if (marker)
        now.markers = {u"key-1"_s};
    now.updatedMs = kNow + updatedAfterStart;
    QCOMPARE(int(Actions::Reconciler::verdict(request, before, kNow, now)), verdict);
}

void TestActions::verifierJudgesTheWindow()
{
    Actions::VerificationRule rule;
    rule.threshold = 80.0;
    QVector<Model::Sample> window{{kNow, 70.0}, {kNow + 60'000, 75.0}, {kNow + 120'000, 90.0}};
    auto v = Actions::Verifier::judge(rule, window);
    QVERIFY(v.decided);
    QVERIFY(v.succeeded);
    QCOMPARE(v.samples, 3);
    QCOMPARE(v.mean, 235.0 / 3.0);
    rule.threshold = 75.0;
    QVERIFY(!Actions::Verifier::judge(rule, window).succeeded);
    rule.below = false;
    QVERIFY(Actions::Verifier::judge(rule, window).succeeded);
    QVERIFY(!Actions::Verifier::judge(rule, {{kNow, 1.0}}).decided);
    QCOMPARE(Actions::Verifier::windowEnd(rule, kNow), kNow + rule.settleMs + rule.windowMs);
}

namespace {

Actions::PreScaleInput preScaleInput(double peak, double halfBand, double accuracy)
{
    Actions::PreScaleInput in;
    in.nowMs = kNow;
    in.currentReplicas = 2;
    in.currentRps = 80.0;
    in.capacityPerReplica = 50.0;
    in.startupMs = 2 * 60'000;
    in.guardrails.maxReplicas = 10;
    in.guardrails.maxStep = 4;
    // Five-minute forecast for 6 hours: flat at 80, a peak 50 min ahead.
    in.forecast.startMs = kNow;
    in.forecast.stepMs = 300'000;
    in.forecast.accuracy = accuracy;
    for (int i = 0; i < 72; ++i) {
        const double minutes = i * 5.0;
        const double v = 80.0 + std::max(0.0, (peak - 80.0) * (1.0 - std::abs(minutes - 50.0) / 45.0));
        in.forecast.point.append(v);
        in.forecast.lower.append(v * (1.0 - halfBand));
        in.forecast.upper.append(v * (1.0 + halfBand));
    }
    return in;
}

} // namespace

void TestActions::preScaleRaisesAheadOfThePeak()
{
    const Actions::PreScaleInput in = preScaleInput(240.0, 0.1, 0.9);
    const auto plan = Actions::PreScalePlanner::planUp(in);
    QVERIFY2(plan.propose, qPrintable(plan.skipped));
    QCOMPARE(plan.toReplicas, 5); // ceil(240 / 50)
    QCOMPARE(plan.peakMs, kNow + 50 * 60'000);
    // The replicas must be serving when the forecast first needs a third one:
    // start-up (2 min) and margin (5 min) before that.
    QVERIFY(plan.needFromMs > kNow);
    QCOMPARE(plan.executeByMs, plan.needFromMs - 7 * 60'000);
    QVERIFY(plan.confidence >= 0.7 && plan.confidence <= 1.0);
    QCOMPARE(Actions::PreScalePlanner::confidence(100.0, 90.0, 110.0, 0.9), std::sqrt(0.9 * 0.9));

    // Raised only within the notice period before it must run.
    Actions::PreScaleInput early = in;
    early.nowMs = kNow - 3 * 3600'000;
    QVERIFY(!Actions::PreScalePlanner::planUp(early).propose);

    // Proposal: forecast band attached, shadow decided by the engine, cost of 3 more replicas.
    Model::Service svc;
    svc.id = u"events-api"_s;
    svc.provider = u"demo"_s;
    const auto p = Actions::ProposalFactory::fromPreScale(svc, in, plan, {});
    QCOMPARE(p.trigger, Actions::Trigger::Predictive);
    QCOMPARE(p.fix, u"pre_scale_up"_s);
    QCOMPARE(p.forecast.point.size(), 72);
    QCOMPARE(p.costDeltaPerMonth, 60.0);
    QVERIFY(Actions::ProposalText::reason(p).contains(u"95"_s));
}

void TestActions::preScaleRespectsConfidenceAndCurrentLoad()
{
    // A wide band or a poor backtest: under 70%, not raised.
    QVERIFY(!Actions::PreScalePlanner::planUp(preScaleInput(240.0, 0.6, 0.9)).propose);
    QVERIFY(!Actions::PreScalePlanner::planUp(preScaleInput(240.0, 0.1, 0.3)).propose);
    QVERIFY(!Actions::PreScalePlanner::planUp(preScaleInput(240.0, 0.1, qQNaN())).propose);
    // After the peak: down to what the forecast needs, never under today's load.
    Actions::PreScaleInput after = preScaleInput(80.0, 0.05, 0.9);
    after.currentReplicas = 5;
    after.currentRps = 80.0;
    auto down = Actions::PreScalePlanner::planDown(after, 3600'000);
    QVERIFY2(down.propose, qPrintable(down.skipped));
    QCOMPARE(down.toReplicas, 2); // 80 rps at 50 per replica
    after.currentRps = 190.0; // the forecast says quiet, the present says busy
    down = Actions::PreScalePlanner::planDown(after, 3600'000);
    QVERIFY(down.toReplicas >= 4 || !down.propose);
}

void TestActions::knowledgeRanksFixesAcrossProjects()
{
    Actions::KnowledgeBase kb(m_db->handle());
    const QStringList fixes{u"rollback"_s, u"inspect_crash"_s};
    // Never tried: the catalogue's order.
    auto ranked = kb.rank(u"crash_loop"_s, {u"inspect_crash"_s, u"rollback"_s});
    QCOMPARE(ranked->first().fix, u"inspect_crash"_s);
    QCOMPARE(ranked->first().score, 0.5);
    QVERIFY(Actions::KnowledgeBase::note(ranked->first()).isEmpty());
    // Rollback worked twice on the events project: it goes first everywhere.
    QVERIFY(kb.record(u"crash_loop"_s, u"rollback"_s, u"events"_s, u"events-api"_s, 1, true, kNow).ok());
    QVERIFY(kb.record(u"crash_loop"_s, u"rollback"_s, u"events"_s, u"events-web"_s, 2, true, kNow + 1).ok());
    QVERIFY(kb.record(u"crash_loop"_s, u"inspect_crash"_s, u"seo"_s, u"seo-01"_s, 3, false, kNow + 2).ok());
    ranked = kb.rank(u"crash_loop"_s, {u"inspect_crash"_s, u"rollback"_s});
    QCOMPARE(ranked->first().fix, u"rollback"_s);
    QCOMPARE(ranked->first().successes, 2);
    QCOMPARE(ranked->first().score, 0.75);
    QCOMPARE(ranked->last().score, 1.0 / 3.0);
    const QString note = Actions::KnowledgeBase::note(ranked->first());
    QVERIFY2(note.contains(u"events-web (events)"_s) && note.contains(u"events-api (events)"_s), qPrintable(note));
    // Another pattern learns nothing from it.
    QCOMPARE(kb.rank(u"memory_leak"_s, {u"restart"_s})->first().attempts, 0);

    // On another project the proposal offers the learnt fix first, saying where it worked.
    Analysis::Finding f;
    f.pattern = u"crash_loop"_s;
    f.fixes = {u"inspect_crash"_s, u"rollback"_s};
    f.confidence = 0.8;
    f.verification.signal = Analysis::Signal::Restarts;
    f.verification.threshold = 1.0;
    Model::Service shop;
    shop.id = u"shop-api"_s;
    shop.projectId = u"shop"_s;
    shop.provider = u"kubernetes"_s;
    const auto p = Actions::ProposalFactory::fromFinding(shop, shop, f, *ranked, Actions::Guardrails{}, 2,
                                                         Analysis::DiagnosisInput{});
    QCOMPARE(p.fix, u"rollback"_s);
    QCOMPARE(p.kind, Actions::ActionKind::Rollback);
    QCOMPARE(p.alternatives, QStringList{u"inspect_crash"_s});
    QVERIFY(p.learnedNote.contains(u"events-web"_s));
}

QTEST_GUILESS_MAIN(TestActions)
#include "tst_actions.moc"
