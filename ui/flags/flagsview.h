#pragma once

#include "core/flags/flagsnapshot.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;

namespace Flags {
class FlagService;
}

namespace Gui {

class ExperimentPanel;
class FlagChangeDialog;
class FlagsModel;

// The "Flags & experiments" tab: per project, every flag's state in each
// environment, its strategy and the share of users it reaches, its last change
// and the experiments that use it; a box that evaluates the selected flag for a
// user id exactly as the SDKs would; buttons for approvable changes (on/off,
// rollout percentage); the project's experiments with their verdicts; and the
// changes approved in this session.
class FlagsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlagsView)
public:
    // Shows the approval dialog and answers whether the change was approved;
    // tests replace it (no modal loop in tests).
    using Approver = std::function<bool(FlagChangeDialog &dialog)>;
    // Asks for the CSV file to import; empty means cancelled.
    using FilePicker = std::function<QString()>;

    explicit FlagsView(Flags::FlagService *service, QWidget *parent = nullptr);
    ~FlagsView() override;

    void setApprover(Approver approver) { m_approver = std::move(approver); }
    void setFilePicker(FilePicker picker) { m_filePicker = std::move(picker); }
    void setOperatorName(const QString &name) { m_operatorName = name; }

    bool selectProject(const QString &projectId);
    bool selectEnvironment(const QString &environment);
    bool selectFlag(const QString &featureName);
    QString currentProject() const;
    QString currentEnvironment() const;
    QString currentFlag() const;

    FlagsModel *model() const { return m_model; }
    ExperimentPanel *experiments() const { return m_experiments; }
    QString evaluationText() const;
    QString statusText() const;

public slots:
    void evaluate();
    // The approval flow for the selected flag in the selected environment.
    void toggleSelected();
    void setRolloutOfSelected(int percent);

signals:
    // A snapshot has been put on screen (tests wait on it).
    void snapshotShown();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onSnapshot(const Flags::FlagsSnapshotPtr &snapshot);
    void fillSelectors();
    void refreshTable();
    void showDetails();
    void requestChange(const Flags::FlagChange &change, const QVector<Flags::GuardrailReading> &guardrails = {},
                       bool guardrailsHealthy = true);
    void importCounts(const QString &experimentId);
    const Flags::SourceFlags *currentSource() const;
    const Flags::Feature *currentFeature() const;
    static QString auditState(const Flags::FlagAuditEntry &entry);

    QPointer<Flags::FlagService> m_service;
    Flags::FlagsSnapshotPtr m_snapshot;
    Approver m_approver;
    FilePicker m_filePicker;
    QString m_operatorName;

    QLabel *m_projectLabel = nullptr;
    QComboBox *m_projects = nullptr; // data: "sourceId\nprojectId"
    QLabel *m_environmentLabel = nullptr;
    QComboBox *m_environments = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_refresh = nullptr;
    QTableView *m_table = nullptr;
    FlagsModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;

    QLabel *m_flagTitle = nullptr;
    QLabel *m_flagDetails = nullptr;
    QPushButton *m_toggle = nullptr;
    QSpinBox *m_rollout = nullptr;
    QPushButton *m_setRollout = nullptr;
    QLabel *m_evaluateTitle = nullptr;
    QLineEdit *m_userId = nullptr;
    QLineEdit *m_properties = nullptr;
    QPushButton *m_evaluate = nullptr;
    QLabel *m_evaluation = nullptr;
    QLabel *m_auditTitle = nullptr;
    QListWidget *m_audit = nullptr;
    ExperimentPanel *m_experiments = nullptr;
    QString m_changeMessage;
};

} // namespace Gui
