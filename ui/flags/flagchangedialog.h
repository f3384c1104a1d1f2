#pragma once

#include "core/flags/flagsnapshot.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Gui {

// Asks the operator to approve one flag change: what will happen in words, why
// (for a proposal, with its guardrails), and the exact request that will be
// sent. Nothing is sent unless "Approve and apply" is pressed.
class FlagChangeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlagChangeDialog)
public:
    FlagChangeDialog(const Flags::FlagChange &change, const QVector<Flags::GuardrailReading> &guardrails,
                     bool guardrailsHealthy, QWidget *parent = nullptr);
    ~FlagChangeDialog() override;

    QPushButton *approveButton() const { return m_approve; }
    QPushButton *cancelButton() const { return m_cancel; }
    QString requestText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    // Every text in the current language: at construction and when the language
    // changes while the dialog is open (change.describe() translates too).
    void retranslateUi();

    Flags::FlagChange m_change;
    QVector<Flags::GuardrailReading> m_guardrails;
    bool m_guardrailsHealthy = false;
    QLabel *m_summary = nullptr;
    QPlainTextEdit *m_request = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace Gui
