#include "ui/predictions/anomalymodel.h"

#include "core/engine/predictiontext.h"
#include "core/model/metricformat.h"

#include <QColor>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Gui {

AnomalyModel::AnomalyModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

AnomalyModel::~AnomalyModel() = default;

void AnomalyModel::setResult(const Engine::AnalysisResultPtr &result, QHash<QString, QString> serviceNames)
{
    beginResetModel();
    m_alerts.clear();
    m_names = std::move(serviceNames);
    m_nowMs = result ? result->nowMs : 0;
    if (result) {
        for (const Engine::SeriesAnalysis &s : result->series)
            m_alerts += s.anomalies;
    }
    std::stable_sort(m_alerts.begin(), m_alerts.end(),
                     [](const Engine::AnomalyAlert &a, const Engine::AnomalyAlert &b) { return a.atMs > b.atMs; });
    endResetModel();
}

void AnomalyModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const Engine::AnomalyAlert *AnomalyModel::alertAt(int row) const
{
    return row >= 0 && row < m_alerts.size() ? &m_alerts.at(row) : nullptr;
}

int AnomalyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_alerts.size());
}

int AnomalyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AnomalyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Engine::AnomalyAlert &a = m_alerts.at(index.row());
    const QLocale locale;
    const auto value = [&](double v) { return Model::formatMetricValue(a.kind, v, locale); };
    switch (role) {
    case ServiceIdRole: return a.serviceId;
    case KindRole: return Model::metricIndex(a.kind);
    case TimeRole: return a.atMs;
    case Qt::ToolTipRole: return Engine::PredictionText::anomalyEvidence(a, locale);
    case Qt::TextAlignmentRole:
        if (index.column() >= Value && index.column() <= Score)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Score && a.score >= 0.95)
            return QColor(0xc6, 0x28, 0x28);
        return {};
    case SortRole:
        switch (index.column()) {
        case When: return a.atMs;
        case Service: return m_names.value(a.serviceId, a.serviceId);
        case Metric: return Model::metricIndex(a.kind);
        case Value: return a.value;
        case Expected: return a.hasExpectation() ? a.expected : -1e300;
        case Band: return a.hasExpectation() ? a.upper - a.lower : -1.0;
        case Score: return a.score;
        case What: return Engine::PredictionText::anomalyHeadline(a, locale);
        default: return {};
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case When:
            return a.ongoing ? tr("%1 (ongoing)").arg(Engine::PredictionText::moment(a.atMs, m_nowMs, locale))
                             : Engine::PredictionText::moment(a.atMs, m_nowMs, locale);
        case Service: return m_names.value(a.serviceId, a.serviceId);
        case Metric: return Model::metricKindLabel(a.kind);
        case Value: return value(a.value);
        case Expected: return a.hasExpectation() ? value(a.expected) : QString();
        case Band: return a.hasExpectation() ? tr("%1 – %2").arg(value(a.lower), value(a.upper)) : QString();
        case Score: return locale.toString(a.score, 'f', 2);
        case What: return Engine::PredictionText::anomalyHeadline(a, locale);
        default: return {};
        }
    default: break;
    }
    return {};
}

QVariant AnomalyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const bool tip = role == Qt::ToolTipRole;
    switch (section) {
    case When: return tip ? tr("The most anomalous sample of the episode") : tr("When");
    case Service: return tr("Service");
    case Metric: return tr("Metric");
    case Value: return tr("Value");
    case Expected:
        return tip ? tr("What a forecast from the history before the anomaly expected at that time")
                   : tr("Expected");
    case Band: return tip ? tr("The 95% band of that expectation") : tr("95% band");
    case Score: return tip ? tr("Anomaly score, 0 to 1") : tr("Score");
    case What: return tr("What");
    default: break;
    }
    return {};
}

} // namespace Gui
