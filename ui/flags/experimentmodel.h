#pragma once

#include "core/experiments/experimenttypes.h"

#include <QAbstractTableModel>

namespace Gui {

// One experiment's arms: users, conversions, conversion with its 95% interval,
// lift over control, probability to beat control, expected loss and the
// always-valid p-value. Control is the first row.
class ExperimentModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExperimentModel)
public:
    enum Column { Variant, Users, Conversions, Conversion, Lift, ProbabilityToBeat, ExpectedLoss, PValue, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole + 1 };

    explicit ExperimentModel(QObject *parent = nullptr);
    ~ExperimentModel() override;

    void setReport(const Experiments::ExperimentReportPtr &report);
    const Experiments::ExperimentReportPtr &report() const { return m_report; }
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Experiments::ExperimentReportPtr m_report;
};

} // namespace Gui
