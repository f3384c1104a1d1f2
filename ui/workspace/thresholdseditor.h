#pragma once

#include "core/model/healththresholds.h"

#include <QWidget>

#include <array>

class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace Gui {

// The health limits of one service: a "degraded at" and a "down at" per metric
// (each can be off) and how old the newest sample may get before the service
// counts as stale. Values are shown in the units the overview uses (error rate in
// percent); defaults are those of docs/health.md.
class ThresholdsEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThresholdsEditor)
public:
    explicit ThresholdsEditor(QWidget *parent = nullptr);
    ~ThresholdsEditor() override;

    void setThresholds(const Model::HealthThresholds &thresholds);
    Model::HealthThresholds thresholds() const;

    // The spin box of one limit, for tests (objectName "degraded_cpu", "down_cpu").
    QDoubleSpinBox *limitBox(Model::MetricKind kind, bool down) const;

signals:
    void changed();

private:
    void updateMarks();

    struct Row
    {
        QLabel *label = nullptr;
        QDoubleSpinBox *degraded = nullptr;
        QDoubleSpinBox *down = nullptr;
        QLabel *mark = nullptr; // says when a limit differs from the default, or is inconsistent
    };
    std::array<Row, Model::kMetricKindCount> m_rows;
    QSpinBox *m_stale = nullptr;
    Model::HealthThresholds m_original;
};

} // namespace Gui
