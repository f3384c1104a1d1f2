#include "ui/traces/tracelistmodel.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Gui {

TraceListModel::TraceListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

TraceListModel::~TraceListModel() = default;

void TraceListModel::setTraces(Traces::TraceList traces)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(traces.size());
    for (Traces::TracePtr &trace : traces) {
        if (!trace)
            continue;
        Row row;
        const Traces::Span *root = trace->rootSpan();
        row.root = root ? root->service + u": "_s + root->operation : QString();
        row.startUs = trace->startUs();
        row.durationUs = trace->durationUs();
        row.errors = trace->errorCount();
        row.services = trace->services().join(u", "_s);
        row.trace = std::move(trace);
        m_rows.append(std::move(row));
    }
    endResetModel();
}

void TraceListModel::clear()
{
    setTraces({});
}

Traces::TracePtr TraceListModel::trace(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).trace : nullptr;
}

int TraceListModel::rowOf(const QString &traceId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).trace->traceId == traceId)
            return i;
    return -1;
}

int TraceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TraceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TraceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == TraceIdRole)
        return row.trace->traceId;
    if (role == RawRole) {
        switch (index.column()) {
        case Start: return row.startUs;
        case Root: return row.root;
        case Duration: return row.durationUs;
        case Spans: return static_cast<int>(row.trace->spans.size());
        case Errors: return row.errors;
        case Services: return row.services;
        default: return {};
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Start:
            return QDateTime::fromMSecsSinceEpoch(row.startUs / 1000, Qt::UTC).toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s);
        case Root: return row.root;
        case Duration:
            return row.durationUs >= 1'000'000 ? tr("%1 s").arg(static_cast<double>(row.durationUs) / 1e6, 0, 'f', 2)
                                               : tr("%1 ms").arg(static_cast<double>(row.durationUs) / 1e3, 0, 'f', 1);
        case Spans: return static_cast<int>(row.trace->spans.size());
        case Errors: return row.errors;
        case Services: return row.services;
        default: return {};
        }
    }
    if (role == Qt::ForegroundRole && row.errors > 0 && index.column() == Errors)
        return QBrush(QColor(0xc6, 0x28, 0x28));
    if (role == Qt::TextAlignmentRole && (index.column() == Duration || index.column() == Spans || index.column() == Errors))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant TraceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Start: return tr("Started (UTC)");
    case Root: return tr("Root span");
    case Duration: return tr("Duration");
    case Spans: return tr("Spans");
    case Errors: return tr("Errors");
    case Services: return tr("Services");
    default: return {};
    }
}

void TraceListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace Gui
