#include "app/cli/commands/demofleetcommand.h"

#include "app/cli/commands/demometrics.h"
#include "core/sources/demo/demofleet.h"
#include "core/sources/demo/demopresets.h"
#include "core/store/database.h"
#include "core/store/datalocation.h"
#include "core/store/workspacestore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonObject>
#include <QSaveFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Cli {

namespace {

struct FleetArgs
{
    QString preset;
    quint64 seed = 7;
    qint64 originMs = 0;
};

// Answers GET /metrics with the fleet's values now, /-/ready with 200, anything else 404.
void serve(QTcpSocket *socket, const Sources::Demo::DemoFleet &fleet)
{
    QByteArray &buffer = *new QByteArray;
    QObject::connect(socket, &QTcpSocket::disconnected, socket, [socket, &buffer] {
        delete &buffer;
        socket->deleteLater();
    });
    QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, &buffer, &fleet] {
        buffer += socket->readAll();
        while (true) {
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0) {
                if (buffer.size() > 64 * 1024)
                    socket->abort();
                return;
            }
            const QList<QByteArray> line = buffer.left(buffer.indexOf("\r\n")).split(' ');
            buffer.remove(0, end + 4); // scrapes are GETs without a body
            const QByteArray path = line.value(1).split('?').value(0);
            QByteArray body;
            QByteArray status = "200 OK";
            QByteArray type = "text/plain; version=0.0.4; charset=utf-8";
            if (line.value(0) != "GET") {
                status = "405 Method Not Allowed";
            } else if (path == "/metrics") {
                body = DemoMetrics::exposition(fleet, QDateTime::currentMSecsSinceEpoch());
            } else if (path == "/-/ready" || path == "/-/healthy") {
                body = "ready\n";
            } else {
                status = "404 Not Found";
                body = "404 page not found\n";
            }
            socket->write("HTTP/1.1 " + status + "\r\nContent-Type: " + type
                          + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        }
    });
}

int listen(const QString &address, const Sources::Demo::DemoFleet &fleet, CommandIo &io)
{
    const qsizetype colon = address.lastIndexOf(u':');
    const QHostAddress host(address.left(colon));
    bool portOk = false;
    const int port = address.mid(colon + 1).toInt(&portOk);
    if (colon <= 0 || host.isNull() || !portOk || port < 0 || port > 65535) {
        io.err << QCoreApplication::translate("Cli", "demo-fleet: --listen takes HOST:PORT, e.g. 127.0.0.1:19101")
               << '\n';
        return ExitUsage;
    }
    if (!host.isLoopback()) {
        io.err << QCoreApplication::translate(
                      "Cli", "demo-fleet: refusing to listen on %1: only loopback addresses (127.0.0.1, ::1)")
                      .arg(address)
               << '\n';
        return ExitBadInput;
    }
    QTcpServer server;
    if (!server.listen(host, quint16(port))) {
        io.err << QCoreApplication::translate("Cli", "demo-fleet: cannot listen on %1: %2")
                      .arg(address, server.errorString())
               << '\n';
        return ExitBadInput;
    }
    QObject::connect(&server, &QTcpServer::newConnection, &server, [&server, &fleet] {
        while (QTcpSocket *socket = server.nextPendingConnection())
            serve(socket, fleet);
    });
    io.out << QCoreApplication::translate("Cli", "demo-fleet: serving %n service(s) on http://%1/metrics", nullptr,
                                          fleet.serviceCount())
                  .arg(address)
           << '\n';
    io.out.flush();
    return QCoreApplication::exec() == 0 ? ExitOk : ExitBadInput;
}

int backfill(const QString &path, QCommandLineParser &parser, const Sources::Demo::DemoFleet &fleet, CommandIo &io)
{
    bool ok = false;
    const double days = parser.value(u"days"_s).toDouble(&ok);
    if (!ok || days <= 0 || days > 400) {
        io.err << QCoreApplication::translate("Cli", "demo-fleet: --days takes a number of days from 0 to 400") << '\n';
        return ExitUsage;
    }
    const qint64 step = (parser.isSet(u"step"_s) ? parser.value(u"step"_s) : u"300"_s).toLongLong(&ok) * 1000;
    if (!ok || step < 1000) {
        io.err << QCoreApplication::translate("Cli", "demo-fleet: --step takes whole seconds") << '\n';
        return ExitUsage;
    }
    qint64 end = QDateTime::currentMSecsSinceEpoch() / step * step;
    if (parser.isSet(u"end"_s)) {
        end = parser.value(u"end"_s).toLongLong(&ok);
        if (!ok) {
            io.err << QCoreApplication::translate("Cli", "demo-fleet: --end takes milliseconds since the epoch")
                   << '\n';
            return ExitUsage;
        }
    }
    // job=...,instance=...: what Prometheus will add when it scrapes --listen.
    QList<QPair<QString, QString>> scrapeLabels;
    for (const QString &pair : parser.value(u"scrape-labels"_s).split(u',', Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(u'=');
        if (eq <= 0) {
            io.err << QCoreApplication::translate("Cli", "demo-fleet: --scrape-labels takes NAME=VALUE,...") << '\n';
            return ExitUsage;
        }
        scrapeLabels.append({pair.left(eq).trimmed(), pair.mid(eq + 1).trimmed()});
    }
    QList<Model::MetricKind> kinds;
    for (const QString &id : parser.value(u"metrics"_s).split(u',', Qt::SkipEmptyParts)) {
        const auto kind = Model::metricKindFromId(id.trimmed());
        if (!kind) {
            io.err << QCoreApplication::translate("Cli", "demo-fleet: unknown metric '%1'").arg(id) << '\n';
            return ExitUsage;
        }
        kinds << *kind;
    }
    if (kinds.isEmpty()) {
        const auto all = Model::allMetricKinds();
        kinds = QList<Model::MetricKind>(all.begin(), all.end());
    }
    const qint64 from = end - qint64(days * 86'400'000.0);
    // promtool re-reads its whole input for every two-hour block it writes, so
    // 30 days in one file take minutes; one file per UTC day takes seconds.
    const bool perDay = path.endsWith(u'/') || QFileInfo(path).isDir();
    QVector<std::pair<qint64, qint64>> parts;
    if (perDay) {
        constexpr qint64 day = 86'400'000;
        for (qint64 start = from / day * day; start <= end; start += day)
            parts.append({std::max(from, start), std::min(end, start + day - 1)});
        if (!QDir().mkpath(path)) {
            io.err << QCoreApplication::translate("Cli", "demo-fleet: cannot create %1").arg(path) << '\n';
            return ExitBadInput;
        }
    } else {
        parts.append({from, end});
    }
    qint64 total = 0;
    for (const auto &[partFrom, partTo] : parts) {
        const QString file = perDay ? QDir(path).filePath(u"day-%1.om"_s.arg(
                                 QDateTime::fromMSecsSinceEpoch(partFrom, Qt::UTC).toString(u"yyyyMMdd"_s)))
                                    : path;
        QSaveFile out(file);
        if (!out.open(QIODevice::WriteOnly)) {
            io.err << QCoreApplication::translate("Cli", "demo-fleet: cannot write %1: %2").arg(file, out.errorString())
                   << '\n';
            return ExitBadInput;
        }
        const auto written = DemoMetrics::writeBackfill(fleet, partFrom, partTo, step, kinds, out, scrapeLabels);
        if (!written || !out.commit()) {
            io.err << QCoreApplication::translate("Cli", "demo-fleet: cannot write %1: %2")
                          .arg(file, written ? out.errorString() : written.error().message)
                   << '\n';
            return ExitBadInput;
        }
        total += *written;
    }
    io.out << QCoreApplication::translate("Cli", "demo-fleet: wrote %1 samples to %2").arg(total).arg(path) << '\n';
    return ExitOk;
}

int writeWorkspace(const QString &dir, QCommandLineParser &parser, const FleetArgs &args,
                   const Sources::Demo::DemoFleet &fleet, CommandIo &io)
{
    const QUrl prometheus(parser.value(u"prometheus"_s));
    if (!prometheus.isValid() || prometheus.scheme().isEmpty()) {
        io.err << QCoreApplication::translate("Cli", "demo-fleet: --write-workspace needs --prometheus URL") << '\n';
        return ExitUsage;
    }
    Model::Workspace ws = fleet.workspace(u"lab"_s);
    ws.name = QCoreApplication::translate("Cli", "Lab");
    Model::SourceConfig &source = ws.sources.first();
    source.type = Model::SourceType::Prometheus;
    source.name = QCoreApplication::translate("Cli", "Lab Prometheus");
    source.url = prometheus;
    source.options
        = QJsonObject{{u"preset"_s, u"straja-demo"_s}, {u"stepMs"_s, 60'000}, {u"scrapeIntervalMs"_s, 15'000}};
    if (parser.isSet(u"alertmanager"_s))
        source.options.insert(u"alertmanager"_s, QJsonObject{{u"url"_s, parser.value(u"alertmanager"_s)}});
    if (parser.isSet(u"loki"_s))
        source.options.insert(u"loki"_s, QJsonObject{{u"url"_s, parser.value(u"loki"_s)}});
    for (Model::Service &service : ws.services)
        service.provider = u"lab"_s;

    if (!QDir().mkpath(dir)) {
        io.err << QCoreApplication::translate("Cli", "demo-fleet: cannot create %1").arg(dir) << '\n';
        return ExitBadInput;
    }
    const QString path = Store::workspaceDatabasePath(dir, args.preset);
    Store::Database db;
    auto opened = db.open(path, u"straja-cli-workspace"_s, Store::Database::Mode::ReadWrite);
    if (!opened) {
        io.err << u"demo-fleet: "_s << opened.error().message << '\n';
        return ExitBadInput;
    }
    Store::WorkspaceStore store(db.handle());
    if (auto saved = store.save(ws); !saved) {
        io.err << u"demo-fleet: "_s << saved.error().message << '\n';
        return ExitBadInput;
    }
    io.out << QCoreApplication::translate("Cli", "demo-fleet: wrote a workspace reading %1 to %2")
                  .arg(prometheus.toString(), path)
           << '\n';
    return ExitOk;
}

} // namespace

QString DemoFleetCommand::name() const
{
    return u"demo-fleet"_s;
}

QString DemoFleetCommand::summary() const
{
    return QCoreApplication::translate(
        "Cli", "the demo fleet for a real Prometheus: metrics endpoint, backfill, lab workspace");
}

QString DemoFleetCommand::usage() const
{
    return QCoreApplication::translate(
        "Cli",
        "straja-cli demo-fleet [--preset standard|large] [--seed N] [--origin MS] ACTION\n"
        "Actions:\n"
        "  --listen 127.0.0.1:PORT      serve the fleet's current values at /metrics (Prometheus text format)\n"
        "  --backfill FILE|DIR/ --days N   write OpenMetrics history for 'promtool tsdb create-blocks-from\n"
        "     [--step SECONDS] [--end MS] [--metrics rps,cpu,...]   openmetrics' (default step 300 s);\n"
        "                               a folder gets one file per UTC day, which promtool reads much faster\n"
        "     [--scrape-labels job=J,instance=HOST:PORT]   labels the scrape will add\n"
        "  --write-workspace DIR --prometheus URL [--alertmanager URL] [--loki URL]\n"
        "                               a data folder for 'straja --data-dir DIR' reading that Prometheus\n"
        "The same preset, seed and origin give the same values in every action.");
}

int DemoFleetCommand::run(const QStringList &args, CommandIo &io)
{
    QCommandLineParser parser;
    for (const char *option : {"preset", "seed", "origin", "listen", "backfill", "days", "step", "end", "metrics",
                               "write-workspace", "prometheus", "alertmanager", "loki", "scrape-labels"})
        parser.addOption(QCommandLineOption(QString::fromLatin1(option), QString(), u"value"_s));
    if (!parser.parse(QStringList{u"demo-fleet"_s} + args)) {
        io.err << u"demo-fleet: "_s << parser.errorText() << '\n';
        return ExitUsage;
    }
    FleetArgs fleetArgs;
    fleetArgs.preset = parser.isSet(u"preset"_s) ? parser.value(u"preset"_s) : u"standard"_s;
    bool ok = true;
    if (parser.isSet(u"seed"_s))
        fleetArgs.seed = parser.value(u"seed"_s).toULongLong(&ok);
    if (!ok) {
        io.err << QCoreApplication::translate("Cli", "demo-fleet: --seed takes a whole number") << '\n';
        return ExitUsage;
    }
    fleetArgs.originMs = QDateTime::currentMSecsSinceEpoch() / 60'000 * 60'000;
    if (parser.isSet(u"origin"_s))
        fleetArgs.originMs = parser.value(u"origin"_s).toLongLong(&ok);
    if (!ok) {
        io.err << QCoreApplication::translate("Cli", "demo-fleet: --origin takes milliseconds since the epoch") << '\n';
        return ExitUsage;
    }
    auto spec = Sources::Demo::DemoPresets::byName(fleetArgs.preset, fleetArgs.seed);
    if (!spec) {
        io.err << QCoreApplication::translate("Cli", "demo-fleet: unknown preset '%1' (use %2)")
                      .arg(fleetArgs.preset, Sources::Demo::DemoPresets::names().join(u", "_s))
               << '\n';
        return ExitUsage;
    }
    const Sources::Demo::DemoFleet fleet(std::move(*spec), fleetArgs.seed, fleetArgs.originMs);

    const int actions
        = int(parser.isSet(u"listen"_s)) + int(parser.isSet(u"backfill"_s)) + int(parser.isSet(u"write-workspace"_s));
    if (actions != 1) {
        io.err << QCoreApplication::translate("Cli",
                                              "demo-fleet: give exactly one of --listen, --backfill, --write-workspace")
               << '\n';
        return ExitUsage;
    }
    if (parser.isSet(u"listen"_s))
        return listen(parser.value(u"listen"_s), fleet, io);
    if (parser.isSet(u"backfill"_s)) {
        if (!parser.isSet(u"days"_s)) {
            io.err << QCoreApplication::translate("Cli", "demo-fleet: --backfill needs --days") << '\n';
            return ExitUsage;
        }
        return backfill(parser.value(u"backfill"_s), parser, fleet, io);
    }
    return writeWorkspace(parser.value(u"write-workspace"_s), parser, fleetArgs, fleet, io);
}

} // namespace Cli
