// straja-action-helper: runs one action of the real actions engine against a
// Kubernetes API server, so that a test can kill it with SIGKILL at any step and
// run it again. Prints "STEP <name>" after each persisted step, "PAUSED <name>" and
// then hangs at --pause-at, "DONE <state>" when the action is decided.
//
//   straja-action-helper --database FILE --server URL --token TOKEN
//                        [--kind scale|restart|rollback] [--pause-at STEP]

#include "core/actions/actionengine.h"
#include "core/actions/actionstatemachine.h"
#include "core/actions/actionstore.h"
#include "core/actions/executorhost.h"
#include "core/actions/httptransport.h"
#include "core/actions/kubernetesexecutor.h"
#include "core/store/database.h"
#include "core/util/clock.h"
#include "memorycredentialsource.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

void say(const QString &line)
{
    out() << line << Qt::endl; // flushed: the test reads it while we live
}

Model::WorkspacePtr workspace()
{
    auto ws = std::make_shared<Model::Workspace>();
    ws->name = u"helper"_s;
    ws->projects.append({u"shop"_s, u"Shop"_s, QString()});
    Model::Service web;
    web.id = u"web"_s;
    web.projectId = u"shop"_s;
    web.name = u"web"_s;
    web.role = u"web"_s;
    web.provider = u"kubernetes"_s;
    web.minReplicas = 1;
    web.maxReplicas = 10;
    ws->services.append(web);
    return ws;
}

// Creates and approves the one action of this run, unless a previous run did.
bool ensureApprovedAction(const QString &path, const QString &kind, const QString &pauseAt)
{
    Store::Database db;
    if (!db.open(path, u"helper-setup"_s, Store::Database::Mode::ReadWrite)) {
        say(u"ERROR cannot open the database"_s);
        return false;
    }
    Actions::ActionStore store(db.handle());
    auto all = store.loadInStates({Actions::ActionState::Proposed, Actions::ActionState::Approved,
                                   Actions::ActionState::Executing, Actions::ActionState::Verifying,
                                   Actions::ActionState::Succeeded, Actions::ActionState::Failed,
                                   Actions::ActionState::RolledBack});
    if (all && !all->isEmpty())
        return true;
    Actions::Proposal p;
    p.serviceId = u"web"_s;
    p.projectId = u"shop"_s;
    p.provider = u"kubernetes"_s;
    p.trigger = Actions::Trigger::TargetTracking;
    p.rule = u"operator.test"_s;
    p.kind = Actions::ActionStateMachine::kindFromId(kind).value_or(Actions::ActionKind::Scale);
    p.fix = p.kind == Actions::ActionKind::Scale ? u"scale_up"_s : kind;
    p.fromReplicas = 2;
    p.toReplicas = p.kind == Actions::ActionKind::Scale ? 4 : 0;
    p.verification.metric = Model::MetricKind::Replicas;
    p.verification.below = false;
    p.verification.threshold = p.kind == Actions::ActionKind::Scale ? 3.5 : 0.5;
    p.verification.settleMs = 500;
    p.verification.windowMs = 500;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto inserted = store.insertProposal(p, now, now + 3600'000, false, u"straja"_s);
    if (!inserted)
        return false;
    if (!store.transition(inserted->id, Actions::ActionState::Proposed, Actions::ActionState::Approved, now,
                          u"operator"_s))
        return false;
    say(u"STEP approved"_s);
    if (pauseAt == u"approved") {
        say(u"PAUSED approved"_s);
        for (;;)
            QThread::sleep(1);
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{u"database"_s, u"store"_s, u"file"_s},
                       {u"server"_s, u"Kubernetes API server"_s, u"url"_s},
                       {u"token"_s, u"bearer token"_s, u"token"_s},
                       {u"kind"_s, u"scale, restart or rollback"_s, u"kind"_s, u"scale"_s},
                       {u"pause-at"_s, u"step to hang at"_s, u"step"_s}});
    parser.process(app);
    const QString pauseAt = parser.value(u"pause-at"_s);
    const QString path = parser.value(u"database"_s);
    const QUrl server(parser.value(u"server"_s));

    if (!ensureApprovedAction(path, parser.value(u"kind"_s), pauseAt))
        return 2;

    auto clock = std::make_shared<Util::SystemClock>();
    auto credentials = std::make_shared<MemoryCredentialSource>();
    credentials->setBearer(u"kubernetes:test"_s, parser.value(u"token"_s));
    Actions::NetworkTransport transport;
    Actions::ExecutorHost host;
    host.addExecutor(new Actions::KubernetesExecutor(&transport, credentials));

    Actions::ActionEngineOptions options;
    options.databasePath = path;
    options.clock = clock;
    options.diagnose = false;
    options.pumpIntervalMs = 100;
    options.evaluateEveryMs = 24 * 3600'000LL;
    Actions::ActionEngine engine(options);

    using Actions::ActionEngine;
    using Actions::ExecutorHost;
    QObject::connect(&engine, &ActionEngine::prepareWanted, &host, &ExecutorHost::prepare, Qt::QueuedConnection);
    QObject::connect(&engine, &ActionEngine::sendWanted, &host, &ExecutorHost::send, Qt::QueuedConnection);
    QObject::connect(&engine, &ActionEngine::observeWanted, &host, &ExecutorHost::observe, Qt::QueuedConnection);
    QObject::connect(&engine, &ActionEngine::describeWanted, &host, &ExecutorHost::describe, Qt::QueuedConnection);
    QObject::connect(&host, &ExecutorHost::prepared, &engine, &ActionEngine::onPrepared, Qt::QueuedConnection);
    QObject::connect(&host, &ExecutorHost::applied, &engine, &ActionEngine::onApplied, Qt::QueuedConnection);
    QObject::connect(&host, &ExecutorHost::observed, &engine, &ActionEngine::onObserved, Qt::QueuedConnection);
    QObject::connect(&host, &ExecutorHost::described, &engine, &ActionEngine::onDescribed, Qt::QueuedConnection);

    // The metric verification watches: the deployment's replicas, read back from the server.
    QObject::connect(&engine, &ActionEngine::historyWanted, &app, [&](quint64 id, const Engine::HistoryRequest &request) {
        Actions::HttpRequest get;
        get.url = QUrl(server.toString() + u"/apis/apps/v1/namespaces/default/deployments/web"_s);
        get.header("Authorization", "Bearer " + parser.value(u"token"_s).toUtf8());
        transport.send(get, [&engine, id, request](Actions::HttpResponse r) {
            auto result = std::make_shared<Engine::HistoryResult>();
            result->requestId = id;
            result->request = request;
            const double replicas =
                QJsonDocument::fromJson(r.body).object().value(u"spec"_s).toObject().value(u"replicas"_s).toDouble();
            for (const Model::SeriesKey &key : request.series) {
                Store::StoredSeries s{key, Store::Resolution::Raw, {}};
                if (r.ok())
                    for (qint64 t : {request.fromMs, request.toMs})
                        s.points.append({t, replicas, replicas, replicas});
                result->series.append(s);
            }
            engine.onHistory(result);
        });
    });

    QObject::connect(&engine, &ActionEngine::stepReached, &app, [&](qint64, const QString &step) {
        say(u"STEP "_s + step);
        if (step == pauseAt) {
            say(u"PAUSED "_s + step);
            for (;;)
                QThread::sleep(1); // the test kills us here (SIGKILL)
        }
        if (Actions::ActionStateMachine::isTerminal(
                Actions::ActionStateMachine::stateFromId(step).value_or(Actions::ActionState::Proposed))) {
            say(u"DONE "_s + step);
            QTimer::singleShot(0, &app, [] { QCoreApplication::exit(0); });
        }
    }, Qt::DirectConnection);
    QObject::connect(&engine, &ActionEngine::ready, &app, [&] {
        engine.setTarget(u"web"_s,
                         QJsonObject{{u"server"_s, server.toString()},
                                     {u"namespace"_s, u"default"_s},
                                     {u"deployment"_s, u"web"_s},
                                     {u"credentialId"_s, u"kubernetes:test"_s}},
                         u"helper"_s);
        engine.resume();
    });
    QObject::connect(&engine, &ActionEngine::startFailed, &app, [](const Util::Error &e) {
        say(u"ERROR "_s + e.message);
        QCoreApplication::exit(2);
    });
    QObject::connect(&engine, &ActionEngine::inboxChanged, &app, [](Actions::InboxSnapshotPtr inbox) {
        // A run that finds the action already decided has nothing to do.
        if (inbox->inFlight.isEmpty() && inbox->open.isEmpty() && !inbox->history.isEmpty()) {
            say(u"DONE "_s + Actions::ActionStateMachine::stateId(inbox->history.first().state));
            QTimer::singleShot(0, [] { QCoreApplication::exit(0); });
        }
    });
    QTimer::singleShot(30'000, &app, [] {
        say(u"TIMEOUT"_s);
        QCoreApplication::exit(3);
    });
    QMetaObject::invokeMethod(&engine, [&engine] { engine.start(workspace()); }, Qt::QueuedConnection);
    return QCoreApplication::exec();
}
