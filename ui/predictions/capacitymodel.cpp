#include "ui/predictions/capacitymodel.h"

#include "core/engine/predictiontext.h"
#include "core/model/metricformat.h"

#include <QColor>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Gui {

namespace {

bool crosses(const Engine::CapacityRow &row)
{
    const bool bandSoon = row.basis == Engine::CapacityRow::Basis::ShortForecast && row.crossingEarliestMs > 0;
    return row.ok && (row.projection.alreadyAbove || row.crossingMs > 0 || bandSoon);
}

} // namespace

CapacityModel::CapacityModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

CapacityModel::~CapacityModel() = default;

void CapacityModel::setResult(Engine::AnalysisResultPtr result, QHash<QString, QString> serviceNames)
{
    beginResetModel();
    m_result = std::move(result);
    m_names = std::move(serviceNames);
    endResetModel();
}

void CapacityModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const Engine::CapacityRow *CapacityModel::rowAt(int row) const
{
    if (!m_result || row < 0 || row >= m_result->capacity.size())
        return nullptr;
    return &m_result->capacity.at(row);
}

int CapacityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_result ? 0 : int(m_result->capacity.size());
}

int CapacityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CapacityModel::crossingText(const Engine::CapacityRow &row) const
{
    if (!row.ok)
        return row.error;
    if (row.projection.alreadyAbove)
        return tr("already above the limit");
    const QLocale locale;
    if (row.crossingMs == 0 && row.basis == Engine::CapacityRow::Basis::ShortForecast && row.crossingEarliestMs > 0)
        return tr("possibly from %1").arg(Engine::PredictionText::moment(row.crossingEarliestMs, m_result->nowMs, locale));
    if (row.crossingMs == 0) {
        // The projection has one point per day of its horizon.
        const qsizetype days = qsizetype(row.projection.timesMs.size()) - 1;
        const int months = std::max(1, int(std::lround(double(days) / 30.0)));
        return tr("no crossing within %n month(s)", nullptr, months);
    }
    if (row.basis == Engine::CapacityRow::Basis::ShortForecast)
        return Engine::PredictionText::moment(row.crossingMs, m_result->nowMs, locale);
    return Engine::PredictionText::date(row.crossingMs, locale);
}

QVariant CapacityModel::display(const Engine::CapacityRow &row, int column) const
{
    const QLocale locale;
    const Analysis::CapacityProjection &p = row.projection;
    const auto value = [&](double v) { return Model::formatMetricValue(row.kind, v, locale); };
    const bool shortTerm = row.basis == Engine::CapacityRow::Basis::ShortForecast;
    const auto when = [&](qint64 ms) {
        return shortTerm ? Engine::PredictionText::moment(ms, m_result->nowMs, locale)
                         : Engine::PredictionText::date(ms, locale);
    };
    switch (column) {
    case Service: return m_names.value(row.serviceId, row.serviceId);
    case Metric: return tr("%1 p95").arg(Model::metricKindLabel(row.kind));
    case Limit: return row.ok ? value(p.limit) : QString();
    case Peak: return row.ok ? value(std::isfinite(row.recentPeak) ? row.recentPeak : p.currentValue) : QString();
    case Growth: return row.ok ? Engine::PredictionText::capacityGrowth(row, locale) : QString();
    case Crossing: return crossingText(row);
    case Interval:
        if (!row.ok || p.alreadyAbove)
            return QString();
        if (row.crossingMs == 0)
            return row.crossingEarliestMs > 0 && !shortTerm
                ? tr("band reaches it from %1").arg(when(row.crossingEarliestMs))
                : QString();
        if (row.crossingEarliestMs > 0 && row.crossingLatestMs > 0) {
            const QString from = when(row.crossingEarliestMs);
            const QString to = when(row.crossingLatestMs);
            return from == to ? from : tr("%1 to %2").arg(from, to);
        }
        if (row.crossingEarliestMs > 0)
            return tr("%1 or later").arg(when(row.crossingEarliestMs));
        return QString();
    case ReplicasNow: return row.ok ? QString::number(p.replicasNow) : QString();
    case ReplicasNeeded:
        if (!row.ok)
            return QString();
        if (!row.replicasApply)
            return tr("n/a");
        // The band's range beside the figure, which provisions for its upper edge.
        if (p.replicasLow > 0 && p.replicasLow < p.replicasHigh)
            return tr("%1 (%2–%3)").arg(p.replicasNeeded).arg(p.replicasLow).arg(p.replicasHigh);
        return QString::number(p.replicasNeeded);
    default: break;
    }
    return {};
}

QVariant CapacityModel::raw(const Engine::CapacityRow &row, int column) const
{
    switch (column) {
    case Service: return m_names.value(row.serviceId, row.serviceId);
    case Metric: return Model::metricIndex(row.kind);
    case Limit: return row.projection.limit;
    case Peak: return row.ok ? (std::isfinite(row.recentPeak) ? row.recentPeak : row.projection.currentValue) : -1.0;
    case Growth: return row.ok ? row.projection.growthPerMonth : -1e9;
    case Crossing:
    case Interval:
        if (!row.ok)
            return std::numeric_limits<qint64>::max();
        if (row.projection.alreadyAbove)
            return qint64(0);
        if (row.crossingMs > 0)
            return row.crossingMs;
        // Only the band reaches the limit: after every median crossing, before "never".
        return row.crossingEarliestMs > 0 ? std::numeric_limits<qint64>::max() / 2 + row.crossingEarliestMs / 2
                                          : std::numeric_limits<qint64>::max() - 1;
    case ReplicasNow: return row.projection.replicasNow;
    case ReplicasNeeded: return row.replicasApply ? row.projection.replicasNeeded : -1;
    default: break;
    }
    return {};
}

QString CapacityModel::tooltip(const Engine::CapacityRow &row) const
{
    if (!row.ok)
        return row.error;
    QString text = Engine::PredictionText::capacityExplanation(row);
    if (row.basis == Engine::CapacityRow::Basis::ShortForecast)
        text += u"\n"_s
            + tr("The 48-hour forecast of the 5-minute history reaches the limit sooner than the daily peaks "
                 "suggest (a change within the last days, or a weekly peak): the crossing shown is the "
                 "forecast's.");
    if (!row.replicasApply)
        text += u"\n"_s + tr("More replicas do not lower this metric: raise the limit or remove the growth.");
    else if (row.projection.replicasLow > 0 && row.projection.replicasLow < row.projection.replicasHigh)
        text += u"\n"_s
            + (row.basis == Engine::CapacityRow::Basis::ShortForecast
                   ? tr("The highest point of the 48-hour forecast lies in a 95% band that needs %1 to %2 replicas; "
                        "the figure provisions for the band's upper edge.")
                   : tr("The peak projected for that date lies in a 95% band that needs %1 to %2 replicas; the figure "
                        "provisions for the band's upper edge."))
                  .arg(row.projection.replicasLow)
                  .arg(row.projection.replicasHigh);
    return text;
}

QVariant CapacityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Engine::CapacityRow &row = m_result->capacity.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return display(row, index.column());
    case SortRole: return raw(row, index.column());
    case ServiceIdRole: return row.serviceId;
    case KindRole: return Model::metricIndex(row.kind);
    case CrossesRole: return crosses(row);
    case Qt::ToolTipRole: return tooltip(row);
    case Qt::TextAlignmentRole:
        if (index.column() == Limit || index.column() == Peak || index.column() == ReplicasNow
            || index.column() == ReplicasNeeded)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Crossing && crosses(row))
            return QColor(0xc6, 0x28, 0x28);
        return {};
    default: break;
    }
    return {};
}

QVariant CapacityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const bool tip = role == Qt::ToolTipRole;
    switch (section) {
    case Service: return tr("Service");
    case Metric: return tip ? tr("Planned for each day's 95th percentile") : tr("Metric");
    case Limit: return tip ? tr("The service's 'degraded' limit for this metric") : tr("Limit");
    case Peak: return tip ? tr("The 95th percentile of the last 24 hours") : tr("Peak now");
    case Growth: return tip ? tr("Growth of the daily peak per 30 days") : tr("Growth");
    case Crossing: return tip ? tr("When the projected peak reaches the limit") : tr("Crosses limit");
    case Interval: return tip ? tr("95% interval of the crossing") : tr("Interval");
    case ReplicasNow: return tr("Replicas now");
    case ReplicasNeeded:
        return tip ? tr("Replicas that keep the band's upper edge under the limit at the crossing")
                   : tr("Replicas needed");
    default: break;
    }
    return {};
}

} // namespace Gui
