#include "core/cost/costservice.h"

#include "core/engine/engineapi.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QFuture>
#include <QFutureWatcher>

#include <utility>

using namespace Qt::StringLiterals;

namespace Cost {

namespace {

struct Computed
{
    CostReportPtr report;
    Util::Error error;
};

} // namespace

CostService::CostService(Engine::EngineApi *engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_zone(QTimeZone::systemTimeZone())
    , m_overrideDir(PriceCatalog::defaultOverrideDir())
{
    qRegisterMetaType<Cost::CostReportPtr>();
    if (m_engine)
        connect(m_engine, &Engine::EngineApi::historyReady, this, &CostService::onHistory);
}

CostService::~CostService() = default;

void CostService::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
}

void CostService::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

void CostService::invalidate()
{
    ++m_generation;
    m_pendingHistory.clear();
    m_history.clear();
    m_latest.reset();
    setBusy(false);
}

void CostService::refresh()
{
    if (!m_engine || !m_engine->workspace()) {
        emit failed(Util::makeError(u"cost.noworkspace"_s, tr("The workspace is not open yet.")));
        return;
    }
    ++m_generation;
    m_requestNowMs = m_engine->nowMs();
    setBusy(true);
    m_pendingHistory.clear();
    m_history.clear();
    for (const Engine::HistoryRequest &request :
         CostAnalyzer::historyRequests(*m_engine->workspace(), m_requestNowMs, BillingCalendar(m_zone)))
        m_pendingHistory.insert(m_engine->requestHistory(request));
}

void CostService::onHistory(const Engine::HistoryResultPtr &result)
{
    if (!result || !m_pendingHistory.remove(result->requestId) || !m_engine)
        return;
    m_history.append(result);
    if (!m_pendingHistory.isEmpty())
        return;
    const QVector<Engine::HistoryResultPtr> history = std::exchange(m_history, {});
    CostInputs inputs;
    inputs.workspace = m_engine->workspace();
    inputs.zone = m_zone;
    inputs.nowMs = m_requestNowMs;
    inputs.recommendations = m_recommendations;
    inputs.geography = m_geography;
    const quint64 generation = m_generation;
    const QString overrideDir = m_overrideDir;
    // A watcher parented to this service, not QFuture::then(this, ...): Qt 6.4
    // asserts when a continuation's context dies first (a window closed mid-way).
    auto *watcher = new QFutureWatcher<Computed>(this);
    connect(watcher, &QFutureWatcher<Computed>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        const Computed out = watcher->result();
        if (generation != m_generation)
            return; // a newer refresh is on its way
        setBusy(false);
        if (!out.report) {
            emit failed(out.error);
            return;
        }
        m_latest = out.report;
        emit reportReady(out.report);
    });
    watcher->setFuture(QtConcurrent::run([inputs, history, overrideDir]() mutable {
        Computed out;
        auto catalog = PriceCatalog::load(overrideDir);
        if (!catalog) {
            out.error = catalog.error();
            return out;
        }
        inputs.catalog = std::make_shared<const PriceCatalog>(std::move(catalog).value());
        QVector<Store::StoredSeries> series;
        qint64 from = inputs.nowMs;
        QStringList stale;
        for (const Engine::HistoryResultPtr &h : history) {
            series += h->series;
            from = std::min(from, h->request.fromMs);
            if (h->stale)
                stale.append(h->message);
        }
        out.report = CostAnalyzer::analyze(inputs, CostAnalyzer::usageFrom(series, from, inputs.nowMs));
        if (!stale.isEmpty()) {
            auto copy = std::make_shared<CostReport>(*out.report);
            copy->warnings.prepend(tr("Some usage could not be fetched (%1); the figures use what the store had.")
                                       .arg(stale.join(u"; "_s)));
            out.report = copy;
        }
        return out;
    }));
}

} // namespace Cost
