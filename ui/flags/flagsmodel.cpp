#include "ui/flags/flagsmodel.h"

#include "ui/flags/flagtext.h"

#include <QBrush>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace Gui {

FlagsModel::FlagsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

FlagsModel::~FlagsModel() = default;

void FlagsModel::setFlags(const Flags::FlagsSnapshotPtr &snapshot, const QString &sourceId,
                          const QString &projectId, const QString &environment)
{
    QVector<Flags::Feature> features;
    QStringList environments;
    if (snapshot) {
        if (const Flags::SourceFlags *source = snapshot->source(sourceId)) {
            environments = source->environments;
            for (const Flags::FlagProject &p : source->projects)
                if (p.id == projectId)
                    for (const Flags::Feature &f : p.features)
                        if (!f.archived)
                            features.append(f);
        }
    }
    bool sameRows = environments == m_environments && features.size() == m_features.size();
    for (int i = 0; sameRows && i < features.size(); ++i)
        sameRows = features.at(i).name == m_features.at(i).name;
    if (!sameRows)
        beginResetModel();
    m_snapshot = snapshot;
    m_features = std::move(features);
    m_environments = std::move(environments);
    m_environment = environment;
    if (!sameRows) {
        endResetModel();
    } else if (!m_features.isEmpty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    }
}

void FlagsModel::retranslate()
{
    if (!m_features.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

int FlagsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_features.size());
}

int FlagsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FixedLeadingCount + int(m_environments.size()) + TrailingCount;
}

const Flags::Feature *FlagsModel::feature(int row) const
{
    return row >= 0 && row < m_features.size() ? &m_features.at(row) : nullptr;
}

int FlagsModel::rowOf(const QString &featureName) const
{
    for (int i = 0; i < m_features.size(); ++i)
        if (m_features.at(i).name == featureName)
            return i;
    return -1;
}

int FlagsModel::environmentColumn(const QString &environment) const
{
    const qsizetype i = m_environments.indexOf(environment);
    return i < 0 ? -1 : FixedLeadingCount + int(i);
}

QVariant FlagsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_features.size())
        return {};
    const Flags::Feature &f = m_features.at(index.row());
    const int column = index.column();
    const int envCount = int(m_environments.size());
    if (role == FeatureNameRole)
        return f.name;

    if (column >= FixedLeadingCount && column < FixedLeadingCount + envCount) {
        const Flags::FeatureEnvironment *env = f.environment(m_environments.at(column - FixedLeadingCount));
        if (!env)
            return role == Qt::DisplayRole ? QVariant(u"\u2014"_s) : QVariant();
        switch (role) {
        case Qt::DisplayRole:
            return FlagText::environmentState(*env);
        case Qt::ToolTipRole:
            return QString(FlagText::strategies(*env) + u"\n"_s + FlagText::reach(env->reach));
        case EnabledRole:
            return env->enabled;
        case SortRole:
            return env->enabled ? env->reach.share + 1.0 : 0.0;
        case Qt::ForegroundRole:
            return env->enabled ? QVariant() : QVariant(QPalette().brush(QPalette::Disabled, QPalette::Text));
        default:
            return {};
        }
    }
    const int trailing = column - FixedLeadingCount - envCount;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == SortRole) {
        if (column == Name) {
            if (role == Qt::ToolTipRole)
                return f.description.isEmpty() ? f.name : QString(f.name + u"\n"_s + f.description);
            return f.name;
        }
        if (column == Type)
            return FlagText::flagType(f.type);
        if (trailing == Strategy) {
            const Flags::FeatureEnvironment *env = f.environment(m_environment);
            return env ? FlagText::strategies(*env) : QString();
        }
        if (trailing == LastChange) {
            if (!f.lastChange)
                return QString();
            if (role == SortRole)
                return f.lastChange->createdAtMs;
            return FlagText::lastChange(*f.lastChange, m_snapshot ? m_snapshot->atMs : 0);
        }
        if (trailing == Experiments) {
            QStringList names;
            if (m_snapshot)
                for (const Experiments::ExperimentReportPtr &e : m_snapshot->experimentsUsing(f.name))
                    names.append(e->definition.name);
            return names.join(u", "_s);
        }
    }
    return {};
}

QVariant FlagsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const int envCount = int(m_environments.size());
    if (section == Name)
        return tr("Flag");
    if (section == Type)
        return tr("Type");
    if (section >= FixedLeadingCount && section < FixedLeadingCount + envCount)
        return m_environments.at(section - FixedLeadingCount);
    switch (section - FixedLeadingCount - envCount) {
    case Strategy:
        return tr("Strategy in %1").arg(m_environment);
    case LastChange:
        return tr("Last change");
    case Experiments:
        return tr("Experiments");
    default:
        return {};
    }
}

} // namespace Gui
