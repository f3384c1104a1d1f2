#include "ui/cost/recommendationmodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Gui {

RecommendationModel::RecommendationModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

RecommendationModel::~RecommendationModel() = default;

void RecommendationModel::setRecommendations(QVector<Cost::Recommendation> recommendations)
{
    beginResetModel();
    m_items = std::move(recommendations);
    endResetModel();
}

const Cost::Recommendation *RecommendationModel::at(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

void RecommendationModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_items.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString RecommendationModel::actionLabel(const Cost::ProposalDraft &proposal)
{
    switch (proposal.action) {
    case Cost::ProposalDraft::Action::Scale:
        return tr("Scale %1 → %2").arg(proposal.fromReplicas).arg(proposal.toReplicas);
    case Cost::ProposalDraft::Action::Schedule:
        return tr("Schedule %1 → %2, %3:00-%4:00")
            .arg(proposal.fromReplicas)
            .arg(proposal.toReplicas)
            .arg(proposal.windowStartHour, 2, 10, QLatin1Char('0'))
            .arg(proposal.windowEndHour, 2, 10, QLatin1Char('0'));
    case Cost::ProposalDraft::Action::Manual: return tr("Manual change");
    case Cost::ProposalDraft::Action::None: break;
    }
    return tr("Information");
}

int RecommendationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int RecommendationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecommendationModel::data(const QModelIndex &index, int role) const
{
    const Cost::Recommendation *r = index.isValid() ? at(index.row()) : nullptr;
    if (!r)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Title: return r->title();
        case Monthly:
            return r->monthlySaving >= Cost::Money() ? tr("saves %1").arg(r->monthlySaving.format())
                                                      : tr("costs %1").arg((-r->monthlySaving).format());
        case Risk: return Cost::riskLabel(r->risk);
        case Action: return actionLabel(r->proposal);
        case Confidence: return QString(QLocale().toString(r->confidence * 100.0, 'f', 0) + u" %"_s);
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case Title: return r->title();
        case Monthly: return r->monthlySaving.micros();
        case Risk: return int(r->risk);
        case Action: return int(r->proposal.action);
        case Confidence: return r->confidence;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Monthly || index.column() == Confidence
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
    case ExplanationRole: return r->explanation();
    case RiskTextRole: return r->riskText();
    case IdRole: return r->id();
    default: return {};
    }
}

QVariant RecommendationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title: return tr("Recommendation");
    case Monthly: return tr("Per month");
    case Risk: return tr("Risk");
    case Action: return tr("On approval");
    case Confidence: return tr("Data");
    }
    return {};
}

} // namespace Gui
