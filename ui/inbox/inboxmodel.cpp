#include "ui/inbox/inboxmodel.h"

#include "core/actions/actionstatemachine.h"
#include "core/actions/proposaltext.h"
#include "core/analysis/diagnosis/diagnosiscatalogue.h"
#include "core/model/metricformat.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Gui {

namespace {

// Proposals that come from neither a metric target, a forecast nor a diagnosis (the
// operator, flags, cost and geography) share Trigger::TargetTracking; their rule says which.
QString ruleShort(const Actions::Proposal &p)
{
    const QString requestedBy = p.facts.value(u"requestedBy"_s).toString();
    if (p.rule.startsWith(u"operator."_s) || p.rule == u"flags.operator"_s)
        return requestedBy.isEmpty() ? InboxModel::tr("Requested by the operator")
                                     : InboxModel::tr("Requested by %1").arg(requestedBy);
    if (p.rule == u"flags.rollout_advice"_s)
        return InboxModel::tr("Rollout advice");
    if (p.rule == u"cost.idle"_s)
        return InboxModel::tr("Cost: idle service");
    if (p.rule == u"cost.replicas"_s)
        return InboxModel::tr("Cost: replicas above need");
    if (p.rule == u"cost.offpeak"_s || p.rule == u"cost.schedule"_s)
        return InboxModel::tr("Cost: off-peak schedule");
    if (p.rule == u"cost.rightsize"_s)
        return InboxModel::tr("Cost: right-sizing");
    if (p.rule == u"cost.shared"_s)
        return InboxModel::tr("Cost: shared resource");
    if (p.rule.startsWith(u"cost."_s))
        return InboxModel::tr("Cost recommendation");
    if (p.rule.startsWith(u"geo."_s))
        return InboxModel::tr("Closer to users");
    return {};
}

QString serviceText(const Actions::Proposal &p)
{
    // Flags are not workspace services; the proposal names them "flag:<feature>".
    if (p.serviceId.startsWith(u"flag:"_s))
        return InboxModel::tr("Flag %1").arg(p.serviceId.mid(5));
    return p.serviceId;
}

QString whyShort(const Actions::Proposal &p)
{
    switch (p.trigger) {
    case Actions::Trigger::TargetTracking:
        if (const QString byRule = ruleShort(p); !byRule.isEmpty())
            return byRule;
        return InboxModel::tr("Target tracking: %1").arg(Model::metricKindLabel(p.effectMetric));
    case Actions::Trigger::Predictive:
        return InboxModel::tr("Forecast peak");
    case Actions::Trigger::Diagnosis:
        return Analysis::DiagnosisCatalogue::label(p.pattern);
    }
    return QString();
}

QString effectShort(const Actions::Proposal &p)
{
    if (!std::isfinite(p.effectBefore) || !std::isfinite(p.effectAfter))
        return Actions::ProposalText::fixLabel(p.fix);
    return u"%1 → %2"_s.arg(Model::formatMetricValue(p.effectMetric, p.effectBefore),
                            Model::formatMetricValue(p.effectMetric, p.effectAfter));
}

} // namespace

InboxModel::InboxModel(Section section, QObject *parent)
    : QAbstractTableModel(parent)
    , m_section(section)
{
}

InboxModel::~InboxModel() = default;

QString InboxModel::origin(const Actions::Proposal &proposal)
{
    if (proposal.trigger == Actions::Trigger::TargetTracking) {
        if (const QString byRule = ruleShort(proposal); !byRule.isEmpty())
            return byRule;
    }
    return Actions::ActionStateMachine::triggerLabel(proposal.trigger);
}

QVector<Actions::ActionRecord> InboxModel::rowsOf(const Actions::InboxSnapshot &inbox, Section section)
{
    switch (section) {
    case Section::Open: return inbox.open;
    case Section::Running: return inbox.inFlight;
    case Section::Shadow: return inbox.shadow;
    case Section::History: return inbox.history;
    }
    return {};
}

void InboxModel::setInbox(const Actions::InboxSnapshotPtr &inbox)
{
    m_inbox = inbox;
    const QVector<Actions::ActionRecord> next = inbox ? rowsOf(*inbox, m_section) : QVector<Actions::ActionRecord>();
    // Departures first (from the bottom, so rows above keep their numbers)...
    for (int row = static_cast<int>(m_rows.size()) - 1; row >= 0; --row) {
        const qint64 id = m_rows.at(row).id;
        const bool stays = std::any_of(next.cbegin(), next.cend(), [id](const auto &r) { return r.id == id; });
        if (!stays) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }
    // ...then updates in place and arrivals at the end, in the snapshot's order.
    for (const Actions::ActionRecord &r : next) {
        const int row = rowOf(r.id);
        if (row >= 0) {
            if (m_rows.at(row).updatedMs != r.updatedMs || m_rows.at(row).state != r.state
                || m_rows.at(row).snoozedUntilMs != r.snoozedUntilMs) {
                m_rows[row] = r;
                emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
            continue;
        }
        const int at = static_cast<int>(m_rows.size());
        beginInsertRows({}, at, at);
        m_rows.append(r);
        endInsertRows();
    }
}

void InboxModel::retranslate()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(static_cast<int>(m_rows.size()) - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

const Actions::ActionRecord *InboxModel::record(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

const Actions::ActionRecord *InboxModel::recordById(qint64 id) const
{
    return record(rowOf(id));
}

int InboxModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

int InboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int InboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InboxModel::displayData(const Actions::ActionRecord &r, int column) const
{
    const Actions::Proposal &p = r.proposal;
    switch (column) {
    case Title: {
        QString title = Actions::ProposalText::title(p);
        if (r.snoozedUntilMs > 0 && m_inbox && r.snoozedUntilMs > m_inbox->atMs)
            title = tr("%1 (snoozed)").arg(title);
        return title;
    }
    case Service: return serviceText(p);
    case Why: return whyShort(p);
    case Confidence: return Actions::ProposalText::confidence(p.confidence);
    case Effect: return effectShort(p);
    case Cost: return Actions::ProposalText::costPerMonth(p.costDeltaPerMonth);
    case State:
        if (r.shadow && std::isfinite(r.outcome.shadowScore))
            return r.outcome.shadowScore > 0.5 ? tr("Forecast right") : tr("Forecast wrong");
        if (r.shadow)
            return tr("Forecast only");
        return Actions::ActionStateMachine::stateLabel(r.state);
    }
    return {};
}

QVariant InboxModel::data(const QModelIndex &index, int role) const
{
    const Actions::ActionRecord *r = record(index.row());
    if (!r || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case Qt::DisplayRole: return displayData(*r, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Title || index.column() == Why)
            return Actions::ProposalText::reason(r->proposal);
        if (index.column() == State && !r->reason.isEmpty())
            return r->reason;
        return {};
    case Qt::ForegroundRole:
        if (index.column() == State) {
            if (r->state == Actions::ActionState::Succeeded)
                return QBrush(QColor(0x2e, 0x7d, 0x32));
            if (r->state == Actions::ActionState::Failed || r->state == Actions::ActionState::RolledBack)
                return QBrush(QColor(0xc6, 0x28, 0x28));
        }
        if (index.column() == Cost && r->proposal.costDeltaPerMonth < 0)
            return QBrush(QColor(0x2e, 0x7d, 0x32));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Confidence || index.column() == Cost)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        switch (index.column()) {
        case Confidence: return r->proposal.confidence;
        case Cost: return r->proposal.costDeltaPerMonth;
        case State: return static_cast<int>(r->state);
        default: return displayData(*r, index.column());
        }
    case IdRole: return r->id;
    case FixRole: return r->proposal.fix;
    case StateRole: return static_cast<int>(r->state);
    case SnoozedRole: return m_inbox && r->snoozedUntilMs > m_inbox->atMs;
    default: return {};
    }
}

QVariant InboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title: return tr("Action");
    case Service: return tr("Service");
    case Why: return tr("Why");
    case Confidence: return tr("Confidence");
    case Effect: return tr("Expected effect");
    case Cost: return tr("Cost / month");
    case State: return tr("State");
    }
    return {};
}

} // namespace Gui
