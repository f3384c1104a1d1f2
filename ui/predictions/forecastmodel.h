#pragma once

#include "core/engine/predictions.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Gui {

// One row per forecast series of a project analysis: where it is now, the peak of
// the next 48 hours with its band, when it reaches its limit, and beside it how
// well the same forecaster did on this series' own history.
class ForecastModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ForecastModel)
public:
    enum Column { Service, Metric, Now, Peak, PeakBand, Mase, Smape, Coverage, Trust, Limit, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw value
        ServiceIdRole,
        KindRole,                    // int(Model::MetricKind)
        TrustRole,                   // int(Engine::ForecastTrust)
    };

    explicit ForecastModel(QObject *parent = nullptr);
    ~ForecastModel() override;

    void setResult(Engine::AnalysisResultPtr result, QHash<QString, QString> serviceNames);
    void retranslate();
    const Engine::SeriesAnalysis *seriesAt(int row) const;
    int rowOf(const QString &serviceId, Model::MetricKind kind) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const Engine::SeriesAnalysis &s, int column) const;
    QVariant raw(const Engine::SeriesAnalysis &s, int column) const;

    Engine::AnalysisResultPtr m_result;
    QHash<QString, QString> m_names;
};

} // namespace Gui
