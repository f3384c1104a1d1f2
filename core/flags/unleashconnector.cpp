#include "core/flags/unleashconnector.h"

#include "core/flags/flagjson.h"
#include "core/flags/flagslogging.h"
#include "core/flags/networkadmintransport.h"
#include "core/sources/credentials.h"
#include "core/util/clock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Flags {

namespace {

QString encoded(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

// Unleash answers errors as {"name": "...", "message": "..."}; keep its first line.
QString serverMessage(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    QString message = o.value(u"message").toString();
    if (message.isEmpty())
        message = QString::fromUtf8(body.left(200)).simplified();
    return message.section(u'\n', 0, 0).left(300);
}

// A flag of type "experiment" whose strategy in some environment splits users
// into variants is an experiment; production wins over other environments.
std::optional<ExperimentInput> experimentOf(const QString &sourceId, const Feature &f)
{
    if (f.type != u"experiment")
        return std::nullopt;
    const FeatureEnvironment *chosen = nullptr;
    const Strategy *strategy = nullptr;
    for (const FeatureEnvironment &env : f.environments) {
        for (const Strategy &s : env.strategies) {
            if (s.disabled || s.variants.size() < 2)
                continue;
            if (!chosen || env.type == u"production") {
                chosen = &env;
                strategy = &s;
            }
            break;
        }
    }
    if (!chosen)
        return std::nullopt;
    ExperimentInput in;
    Experiments::ExperimentDefinition &d = in.definition;
    d.id = sourceId + u':' + f.name + u':' + chosen->name;
    d.name = f.description.isEmpty() ? f.name : f.description;
    d.projectId = f.project;
    d.flagName = f.name;
    d.environment = chosen->name;
    for (const Variant &v : strategy->variants) {
        d.variants.append(v.name);
        d.expectedSplit.append(v.weight);
    }
    d.controlVariant = d.variants.contains(u"control"_s) ? u"control"_s : d.variants.first();
    d.source = Experiments::CountsSource::Prometheus;
    d.startedAtMs = f.createdAtMs;
    return in;
}

} // namespace

struct UnleashConnector::FetchJob
{
    quint64 requestId = 0;
    quint64 epoch = 0;
    bool failed = false;
    int pending = 0;
    SourceFlags flags;
};

UnleashConnector::UnleashConnector(UnleashConfig config, Sources::CredentialSource *credentials,
                                   const Util::Clock *clock, std::unique_ptr<AdminTransport> transport,
                                   QObject *parent)
    : FlagSource(parent)
    , m_config(std::move(config))
    , m_credentials(credentials)
    , m_clock(clock)
    , m_transport(std::move(transport))
{
}

UnleashConfig UnleashConfig::fromSource(const Model::SourceConfig &source)
{
    UnleashConfig c;
    c.sourceId = source.id;
    c.name = source.name;
    c.url = source.url;
    c.caFile = source.caFile;
    for (const QJsonValue &p : source.options.value(u"projects"_s).toArray())
        if (!p.toString().trimmed().isEmpty())
            c.projects.append(p.toString().trimmed());
    return c;
}

AdminTransport &UnleashConnector::transport()
{
    if (!m_transport)
        m_transport = std::make_unique<NetworkAdminTransport>(m_config.url, m_config.timeoutMs, m_config.caFile);
    return *m_transport;
}

UnleashConnector::~UnleashConnector()
{
    cancel();
}

qint64 UnleashConnector::nowMs() const
{
    return m_clock ? m_clock->nowMs() : QDateTime::currentMSecsSinceEpoch();
}

void UnleashConnector::cancel()
{
    ++m_epoch;
    m_queue.clear();
    m_inFlight = 0;
    if (m_transport)
        m_transport->cancelAll();
}

Util::Error UnleashConnector::httpError(int status, const QByteArray &body, const QString &path)
{
    const QString message = serverMessage(body);
    if (status == 401 || status == 403)
        return Util::makeError(u"flags.denied"_s,
                               QCoreApplication::translate("Flags", "Unleash refused the admin token (HTTP %1): %2. "
                                                                    "Store an admin token for this source.")
                                   .arg(status)
                                   .arg(message));
    if (status == 404)
        return Util::makeError(u"flags.not_found"_s,
                               QCoreApplication::translate("Flags", "Unleash has no %1 (HTTP 404): %2")
                                   .arg(path.section(u'?', 0, 0), message));
    if (message.contains(u"TEST_OPERATION_FAILED"_s) || message.startsWith(u"Test operation failed"_s))
        return Util::makeError(u"flags.conflict"_s,
                               QCoreApplication::translate("Flags", "The flag was changed in Unleash after Straja read "
                                                                    "it, so nothing was changed. Refresh and review "
                                                                    "the change again."));
    return Util::makeError(u"flags.http"_s,
                           QCoreApplication::translate("Flags", "Unleash answered HTTP %1 to %2: %3")
                               .arg(status)
                               .arg(path.section(u'?', 0, 0), message));
}

void UnleashConnector::withToken(std::function<void(Util::Result<void>)> next)
{
    if (!m_credentials) {
        next({});
        return;
    }
    QPointer<UnleashConnector> self(this);
    m_credentials->lookup(m_config.sourceId, [self, next](Util::Result<Sources::Credentials> credentials) {
        if (!self)
            return;
        if (!credentials.ok()) {
            next(credentials.error());
            return;
        }
        if (credentials->bearerToken.isEmpty()) {
            next(Util::makeError(u"flags.no_token"_s,
                                 QCoreApplication::translate("Flags", "No admin token is stored for %1.")
                                     .arg(self->m_config.name)));
            return;
        }
        self->transport().setToken(credentials->bearerToken);
        next({});
    });
}

void UnleashConnector::pump()
{
    while (m_inFlight < std::max(1, m_config.maxParallel) && !m_queue.empty()) {
        Pending p = std::move(m_queue.front());
        m_queue.pop_front();
        ++m_inFlight;
        const quint64 epoch = m_epoch;
        transport().send(p.request, [this, epoch, done = std::move(p.done)](Util::Result<AdminResponse> r) {
            if (epoch != m_epoch)
                return;
            --m_inFlight;
            done(std::move(r));
            pump();
        });
    }
}

void UnleashConnector::get(const QString &path, quint64 epoch, JsonCallback done)
{
    if (epoch != m_epoch)
        return;
    m_queue.push_back({AdminRequest{"GET", path, {}}, [path, done](Util::Result<AdminResponse> r) {
                           if (!r.ok()) {
                               done(r.error());
                               return;
                           }
                           if (r->status < 200 || r->status >= 300) {
                               done(httpError(r->status, r->body, path));
                               return;
                           }
                           QJsonParseError error;
                           const QJsonDocument doc = QJsonDocument::fromJson(r->body, &error);
                           if (error.error != QJsonParseError::NoError) {
                               done(Util::makeError(u"flags.bad_json"_s,
                                                    QCoreApplication::translate("Flags", "Unleash sent unreadable JSON "
                                                                                         "for %1: %2")
                                                        .arg(path, error.errorString())));
                               return;
                           }
                           done(doc);
                       }});
    pump();
}

void UnleashConnector::fetch(quint64 requestId)
{
    auto job = std::make_shared<FetchJob>();
    job->requestId = requestId;
    job->epoch = m_epoch;
    job->flags.status.sourceId = m_config.sourceId;
    job->flags.status.name = m_config.name;
    job->flags.status.url = m_config.url;

    auto fail = [this, job](const Util::Error &error) {
        if (job->failed || job->epoch != m_epoch)
            return;
        job->failed = true;
        qCInfo(lcFlags) << "Unleash fetch failed:" << error.code << error.message;
        emit fetchFailed(job->requestId, error);
    };

    withToken([this, job, fail](Util::Result<void> token) {
        if (!token.ok()) {
            fail(token.error());
            return;
        }
        job->pending = 3;
        get(u"/api/admin/environments"_s, job->epoch, [this, job, fail](Util::Result<QJsonDocument> r) {
            if (!r.ok())
                return fail(r.error());
            QJsonArray envs = r->object().value(u"environments").toArray();
            std::vector<QJsonObject> sorted;
            for (const QJsonValue &v : envs)
                if (v.toObject().value(u"enabled").toBool(true))
                    sorted.push_back(v.toObject());
            std::stable_sort(sorted.begin(), sorted.end(), [](const QJsonObject &a, const QJsonObject &b) {
                return a.value(u"sortOrder").toInt() < b.value(u"sortOrder").toInt();
            });
            for (const QJsonObject &e : sorted)
                job->flags.environments.append(e.value(u"name").toString());
            --job->pending;
            finishIfDone(job);
        });
        get(u"/api/admin/segments"_s, job->epoch, [this, job, fail](Util::Result<QJsonDocument> r) {
            if (!r.ok())
                return fail(r.error());
            for (const QJsonValue &s : r->object().value(u"segments").toArray())
                job->flags.segments.append(FlagJson::segment(s.toObject()));
            --job->pending;
            finishIfDone(job);
        });
        get(u"/api/admin/projects"_s, job->epoch, [this, job, fail](Util::Result<QJsonDocument> r) {
            if (!r.ok())
                return fail(r.error());
            for (const QJsonValue &p : r->object().value(u"projects").toArray()) {
                const FlagProject project = FlagJson::adminProject(p.toObject());
                if (m_config.projects.isEmpty() || m_config.projects.contains(project.id))
                    job->flags.projects.append(project);
            }
            startFeatures(job);
            --job->pending;
            finishIfDone(job);
        });
    });
}

void UnleashConnector::startFeatures(const std::shared_ptr<FetchJob> &job)
{
    auto fail = [this, job](const Util::Error &error) {
        if (job->failed || job->epoch != m_epoch)
            return;
        job->failed = true;
        emit fetchFailed(job->requestId, error);
    };
    for (int pi = 0; pi < job->flags.projects.size(); ++pi) {
        const QString projectId = job->flags.projects.at(pi).id;
        ++job->pending;
        get(u"/api/admin/projects/%1/features"_s.arg(encoded(projectId)), job->epoch,
            [this, job, pi, projectId, fail](Util::Result<QJsonDocument> r) {
                if (!r.ok())
                    return fail(r.error());
                const QJsonArray features = r->object().value(u"features").toArray();
                for (const QJsonValue &fv : features) {
                    const QString name = fv.toObject().value(u"name").toString();
                    if (name.isEmpty())
                        continue;
                    const QString base = u"/api/admin/projects/%1/features/%2"_s.arg(encoded(projectId), encoded(name));
                    job->pending += 2;
                    get(base, job->epoch, [this, job, pi, name, fail](Util::Result<QJsonDocument> d) {
                        if (!d.ok())
                            return fail(d.error());
                        Feature feature = FlagJson::adminFeature(d->object());
                        QVector<Feature> &list = job->flags.projects[pi].features;
                        // The event may have arrived first and created a placeholder.
                        auto it = std::find_if(list.begin(), list.end(), [&](const Feature &f) { return f.name == name; });
                        if (it != list.end()) {
                            feature.lastChange = it->lastChange;
                            *it = feature;
                        } else {
                            list.append(feature);
                        }
                        --job->pending;
                        finishIfDone(job);
                    });
                    get(u"/api/admin/search/events?feature=IS:%1&limit=1"_s.arg(encoded(name)), job->epoch,
                        [this, job, pi, name, fail](Util::Result<QJsonDocument> e) {
                            // Events are a nicety: an older Unleash without the search API still lists flags.
                            if (e.ok()) {
                                const QJsonArray events = e->object().value(u"events").toArray();
                                if (!events.isEmpty()) {
                                    QVector<Feature> &list = job->flags.projects[pi].features;
                                    auto it = std::find_if(list.begin(), list.end(),
                                                           [&](const Feature &f) { return f.name == name; });
                                    if (it == list.end()) {
                                        Feature placeholder;
                                        placeholder.name = name;
                                        list.append(placeholder);
                                        it = list.end() - 1;
                                    }
                                    it->lastChange = FlagJson::flagEvent(events.first().toObject());
                                }
                            }
                            --job->pending;
                            finishIfDone(job);
                        });
                }
                --job->pending;
                finishIfDone(job);
            });
    }
}

void UnleashConnector::finishIfDone(const std::shared_ptr<FetchJob> &job)
{
    if (job->failed || job->pending > 0 || job->epoch != m_epoch)
        return;
    job->flags.status.ok = true;
    job->flags.status.fetchedAtMs = nowMs();
    for (FlagProject &p : job->flags.projects) {
        std::sort(p.features.begin(), p.features.end(),
                  [](const Feature &a, const Feature &b) { return a.name < b.name; });
        for (const Feature &f : p.features)
            if (std::optional<ExperimentInput> e = experimentOf(m_config.sourceId, f))
                job->flags.experiments.append(*e);
    }
    emit fetched(job->requestId, std::make_shared<const SourceFlags>(job->flags));
}

void UnleashConnector::apply(quint64 requestId, const FlagChange &change)
{
    FlagChangeOutcome base;
    base.requestId = requestId;
    base.change = change;
    if (!change.isValid()) {
        base.atMs = nowMs();
        base.message = QCoreApplication::translate("Flags", "The change is incomplete and was not sent.");
        QMetaObject::invokeMethod(this, [this, base] { emit applied(base.requestId, base); }, Qt::QueuedConnection);
        return;
    }
    const quint64 epoch = m_epoch;
    withToken([this, base, epoch](Util::Result<void> token) {
        if (epoch != m_epoch)
            return;
        if (!token.ok()) {
            FlagChangeOutcome out = base;
            out.atMs = nowMs();
            out.message = token.error().message;
            emit applied(out.requestId, out);
            return;
        }
        const AdminRequest request = base.change.request();
        qCInfo(lcFlags) << "Unleash change" << request.method << request.path;
        m_queue.push_back({request, [this, base, request, epoch](Util::Result<AdminResponse> r) {
                               FlagChangeOutcome out = base;
                               out.atMs = nowMs();
                               if (!r.ok()) {
                                   // No answer: the change may or may not have happened; reading
                                   // the flag back tells.
                                   out.message = r.error().message;
                                   verify(out.requestId, out.change, epoch);
                                   return;
                               }
                               if (r->status < 200 || r->status >= 300) {
                                   out.message = httpError(r->status, r->body, request.path).message;
                                   emit applied(out.requestId, out);
                                   return;
                               }
                               verify(out.requestId, out.change, epoch);
                           }});
        pump();
    });
}

void UnleashConnector::verify(quint64 requestId, const FlagChange &change, quint64 epoch)
{
    const QString path = u"/api/admin/projects/%1/features/%2"_s.arg(encoded(change.project), encoded(change.feature));
    get(path, epoch, [this, requestId, change](Util::Result<QJsonDocument> r) {
        FlagChangeOutcome out;
        out.requestId = requestId;
        out.change = change;
        out.atMs = nowMs();
        if (!r.ok()) {
            out.message = QCoreApplication::translate("Flags", "Sent, but reading the flag back failed: %1")
                              .arg(r.error().message);
            emit applied(requestId, out);
            return;
        }
        const Feature feature = FlagJson::adminFeature(r->object());
        out.verified = change.isAppliedIn(feature);
        out.succeeded = out.verified;
        out.message = out.verified
            ? QCoreApplication::translate("Flags", "Done and verified: Unleash now has the new state.")
            : QCoreApplication::translate("Flags", "Unleash accepted the request, but reading the flag back shows "
                                                   "a different state.");
        emit applied(requestId, out);
    });
}

} // namespace Flags
