#include "ui/predictions/forecastmodel.h"

#include "core/engine/predictiontext.h"
#include "core/model/metricformat.h"

#include <QColor>
#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Gui {

namespace {

double lastValue(const Engine::SeriesAnalysis &s)
{
    for (auto it = s.history.values.crbegin(); it != s.history.values.crend(); ++it)
        if (std::isfinite(*it))
            return *it;
    return std::numeric_limits<double>::quiet_NaN();
}

// The step of the forecast's highest point (-1 without a forecast).
qsizetype peakStep(const Engine::SeriesAnalysis &s)
{
    if (!s.forecastOk || s.forecast.point.empty())
        return -1;
    return std::max_element(s.forecast.point.cbegin(), s.forecast.point.cend()) - s.forecast.point.cbegin();
}

// Percentages of a capacity cannot leave 0..100, whatever the band's arithmetic says.
double bounded(Model::MetricKind kind, double v)
{
    return Model::metricUnit(kind) == Model::MetricUnit::Percent ? std::clamp(v, 0.0, 100.0) : v;
}

QString percent(double fraction)
{
    return std::isfinite(fraction) ? QLocale().toString(fraction * 100.0, 'f', 0) + u'%' : QString();
}

} // namespace

ForecastModel::ForecastModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

ForecastModel::~ForecastModel() = default;

void ForecastModel::setResult(Engine::AnalysisResultPtr result, QHash<QString, QString> serviceNames)
{
    beginResetModel();
    m_result = std::move(result);
    m_names = std::move(serviceNames);
    endResetModel();
}

void ForecastModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const Engine::SeriesAnalysis *ForecastModel::seriesAt(int row) const
{
    if (!m_result || row < 0 || row >= m_result->series.size())
        return nullptr;
    return &m_result->series.at(row);
}

int ForecastModel::rowOf(const QString &serviceId, Model::MetricKind kind) const
{
    for (int row = 0; row < rowCount(); ++row) {
        const Engine::SeriesAnalysis &s = m_result->series.at(row);
        if (s.key.serviceId == serviceId && s.key.kind == kind)
            return row;
    }
    return -1;
}

int ForecastModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_result ? 0 : int(m_result->series.size());
}

int ForecastModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ForecastModel::raw(const Engine::SeriesAnalysis &s, int column) const
{
    const Analysis::Accuracy &a = s.forecast.accuracy;
    const qsizetype peak = peakStep(s);
    switch (column) {
    case Service: return m_names.value(s.key.serviceId, s.key.serviceId);
    case Metric: return Model::metricIndex(s.key.kind);
    case Now: return lastValue(s);
    case Peak: return peak >= 0 ? s.forecast.point[size_t(peak)] : -1.0;
    case PeakBand: return peak >= 0 ? s.forecast.upper[size_t(peak)] - s.forecast.lower[size_t(peak)] : -1.0;
    case Limit: return s.limitCrossingMs > 0 ? s.limitCrossingMs : std::numeric_limits<qint64>::max();
    case Mase: return a.valid() ? a.mase : 1e9;
    case Smape: return std::isfinite(a.smape) ? a.smape : 1e9;
    case Coverage: return std::isfinite(a.coverage) ? a.coverage : -1.0;
    case Trust: return int(Engine::PredictionText::trust(a));
    default: break;
    }
    return {};
}

QVariant ForecastModel::display(const Engine::SeriesAnalysis &s, int column) const
{
    const QLocale locale;
    const Analysis::Accuracy &a = s.forecast.accuracy;
    const qsizetype peak = peakStep(s);
    const auto value = [&](double v) { return Model::formatMetricValue(s.key.kind, v, locale); };
    switch (column) {
    case Service: return m_names.value(s.key.serviceId, s.key.serviceId);
    case Metric: return Model::metricKindLabel(s.key.kind);
    case Now: return value(lastValue(s));
    case Peak:
        if (peak < 0)
            return s.forecastError;
        return tr("%1, %2").arg(value(bounded(s.key.kind, s.forecast.point[size_t(peak)])),
                                Engine::PredictionText::moment(s.forecast.startMs + qint64(peak) * s.forecast.stepMs,
                                                               m_result->nowMs, locale));
    case PeakBand:
        if (peak < 0)
            return QString();
        return tr("%1 – %2").arg(value(bounded(s.key.kind, s.forecast.lower[size_t(peak)])),
                                 value(bounded(s.key.kind, s.forecast.upper[size_t(peak)])));
    case Limit:
        if (!std::isfinite(s.limit))
            return tr("no limit");
        if (!s.forecastOk)
            return QString();
        if (s.limitCrossingMs == 0)
            return s.limitCrossingEarliestMs > 0
                ? tr("band: %1 from %2")
                      .arg(value(s.limit),
                           Engine::PredictionText::moment(s.limitCrossingEarliestMs, m_result->nowMs, locale))
                : tr("stays under %1").arg(value(s.limit));
        return tr("%1, %2").arg(value(s.limit),
                                Engine::PredictionText::moment(s.limitCrossingMs, m_result->nowMs, locale));
    case Mase: return a.valid() ? locale.toString(a.mase, 'f', 2) : QString();
    case Smape: return std::isfinite(a.smape) ? locale.toString(a.smape, 'f', 1) + u'%' : QString();
    case Coverage: return percent(a.coverage);
    case Trust: return s.forecastOk ? Engine::PredictionText::trustLabel(Engine::PredictionText::trust(a)) : QString();
    default: break;
    }
    return {};
}

QVariant ForecastModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Engine::SeriesAnalysis &s = m_result->series.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return display(s, index.column());
    case SortRole: return raw(s, index.column());
    case ServiceIdRole: return s.key.serviceId;
    case KindRole: return Model::metricIndex(s.key.kind);
    case TrustRole: return int(Engine::PredictionText::trust(s.forecast.accuracy));
    case Qt::ToolTipRole:
        if (!s.forecastOk)
            return s.forecastError;
        return QString(s.forecast.explanation + u"\n"_s
                       + Engine::PredictionText::accuracySummary(s.forecast.accuracy));
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case Now:
        case PeakBand:
        case Mase:
        case Smape:
        case Coverage: return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default: return {};
        }
    case Qt::ForegroundRole:
        if (index.column() == Limit && s.limitCrossingMs > 0)
            return QColor(0xc6, 0x28, 0x28);
        return {};
    default: break;
    }
    return {};
}

QVariant ForecastModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const bool tip = role == Qt::ToolTipRole;
    switch (section) {
    case Service: return tr("Service");
    case Metric: return tr("Metric");
    case Now: return tip ? tr("The newest 5-minute value") : tr("Now");
    case Peak: return tip ? tr("The highest point of the forecast for the next 48 hours") : tr("Peak, next 48 h");
    case PeakBand: return tip ? tr("The 95% prediction interval at that peak") : tr("95% band");
    case Limit:
        return tip ? tr("When the forecast reaches the service's limit for this metric") : tr("Reaches limit");
    case Mase:
        return tip ? tr("Mean absolute scaled error in backtests: below 1 beats repeating the last cycle")
                   : tr("MASE");
    case Smape: return tip ? tr("Symmetric mean absolute percentage error in backtests") : tr("sMAPE");
    case Coverage:
        return tip ? tr("Share of actual values that fell inside the 95% band in backtests") : tr("In band");
    case Trust: return tip ? tr("How much to trust this forecast, from its backtests") : tr("Trust");
    default: break;
    }
    return {};
}

} // namespace Gui
