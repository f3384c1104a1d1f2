#pragma once

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Gui {

// Asks what the alerts view needs to silence or resolve an incident, or to plan a
// maintenance window: a reason (required) and, for silences and windows, when it
// ends. Window-modal and answered by `accepted` (no nested event loop).
class SilenceDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SilenceDialog)
public:
    enum class Mode { Silence, Resolve, Maintenance };

    // `projects`: id and name pairs, for maintenance windows.
    SilenceDialog(Mode mode, qint64 nowMs, const QVector<std::pair<QString, QString>> &projects,
                  QWidget *parent = nullptr);
    ~SilenceDialog() override;

    Mode mode() const { return m_mode; }
    QString reason() const;
    qint64 startsMs() const;
    qint64 endsMs() const;
    QString projectId() const;

    QLineEdit *reasonEdit() const { return m_reason; }
    QComboBox *durationBox() const { return m_duration; }

protected:
    bool event(QEvent *event) override;

private:
    void validate();
    // Every text of the dialog in the current language: at construction and when the
    // language changes while the dialog is open.
    void retranslateUi();

    Mode m_mode;
    qint64 m_nowMs;
    QLineEdit *m_reason = nullptr;
    QComboBox *m_duration = nullptr;
    QComboBox *m_project = nullptr;
    QDateTimeEdit *m_start = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QLabel *m_projectLabel = nullptr;
    QLabel *m_startLabel = nullptr;
    QLabel *m_reasonLabel = nullptr;
    QLabel *m_durationLabel = nullptr;
};

} // namespace Gui
