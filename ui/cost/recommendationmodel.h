#pragma once

#include "core/cost/costtypes.h"

#include <QAbstractTableModel>

namespace Gui {

// Savings (or, for regions, latency) recommendations as a table: what to do, what
// it saves or costs a month, what it risks, and whether approving it changes
// something. Texts are rendered in the current language at display time.
class RecommendationModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecommendationModel)
public:
    enum Column { Title, Monthly, Risk, Action, Confidence, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw value
        IdRole,                      // Recommendation::id()
        ExplanationRole,
        RiskTextRole,
    };

    explicit RecommendationModel(QObject *parent = nullptr);
    ~RecommendationModel() override;

    void setRecommendations(QVector<Cost::Recommendation> recommendations);
    const Cost::Recommendation *at(int row) const;
    void retranslate();
    static QString actionLabel(const Cost::ProposalDraft &proposal);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<Cost::Recommendation> m_items;
};

} // namespace Gui
