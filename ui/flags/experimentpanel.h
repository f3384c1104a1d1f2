#pragma once

#include "core/flags/flagsnapshot.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace Gui {

class ConversionChart;
class ExperimentModel;

// The experiments of a project: pick one, read its verdict in words, the arms'
// statistics, the checks (sample ratio, sample size still needed), the
// conversion over time, and, for a winner whose guardrails are healthy, the
// proposal to advance its rollout.
class ExperimentPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExperimentPanel)
public:
    explicit ExperimentPanel(QWidget *parent = nullptr);
    ~ExperimentPanel() override;

    void setSnapshot(const Flags::FlagsSnapshotPtr &snapshot, const QString &projectId);
    bool selectExperiment(const QString &experimentId);
    QString currentExperimentId() const;
    void retranslate();

    ExperimentModel *model() const { return m_model; }
    ConversionChart *chart() const { return m_chart; }
    QString verdictText() const;

signals:
    // The operator wants to review a proposal (FlagsView shows the approval dialog).
    void proposalReviewRequested(const Flags::RolloutProposal &proposal);
    void importRequested(const QString &experimentId);

private:
    void showCurrent();
    const Flags::RolloutProposal *currentProposal() const;

    Flags::FlagsSnapshotPtr m_snapshot;
    QString m_projectId;
    QLabel *m_title = nullptr;
    QComboBox *m_experiments = nullptr;
    QPushButton *m_import = nullptr;
    QLabel *m_verdict = nullptr;
    QLabel *m_detail = nullptr;
    QLabel *m_checks = nullptr;
    QTableView *m_table = nullptr;
    ExperimentModel *m_model = nullptr;
    ConversionChart *m_chart = nullptr;
    QLabel *m_proposal = nullptr;
    QPushButton *m_review = nullptr;
};

} // namespace Gui
