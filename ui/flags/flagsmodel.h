#pragma once

#include "core/flags/flagsnapshot.h"

#include <QAbstractTableModel>

namespace Gui {

// The flags of one project of one source: a row per flag, fixed columns and one
// column per environment (its state and reach), then the strategy in the chosen
// environment, the last change and the experiments that use the flag.
class FlagsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlagsModel)
public:
    // Columns before the environment columns, then after them.
    enum Column { Name, Type, FixedLeadingCount };
    enum TrailingColumn { Strategy, LastChange, Experiments, TrailingCount };
    enum Role { FeatureNameRole = Qt::UserRole + 1, EnabledRole, SortRole };

    explicit FlagsModel(QObject *parent = nullptr);
    ~FlagsModel() override;

    // Keeps the rows when the flags are the same ones (a refresh) and resets otherwise.
    void setFlags(const Flags::FlagsSnapshotPtr &snapshot, const QString &sourceId, const QString &projectId,
                  const QString &environment);
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Flags::Feature *feature(int row) const;
    int rowOf(const QString &featureName) const;
    int environmentColumn(const QString &environment) const;
    int trailingColumn(TrailingColumn column) const { return FixedLeadingCount + int(m_environments.size()) + column; }
    const QStringList &environments() const { return m_environments; }

private:
    Flags::FlagsSnapshotPtr m_snapshot;
    QVector<Flags::Feature> m_features;
    QStringList m_environments;
    QString m_environment;
};

} // namespace Gui
