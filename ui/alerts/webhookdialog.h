#pragma once

#include "core/alerts/webhooknotifier.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Gui {

// Adds an outgoing webhook: a name, a format (Discord, Slack, generic JSON) and
// its address, which the caller stores in the keychain, never in a file.
class WebhookDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookDialog)
public:
    explicit WebhookDialog(QWidget *parent = nullptr);
    ~WebhookDialog() override;

    Alerts::WebhookConfig config() const;
    QString address() const;

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *addressEdit() const { return m_address; }
    QComboBox *formatBox() const { return m_format; }

protected:
    bool event(QEvent *event) override;

private:
    // Every text in the current language: at construction and when the language
    // changes while the dialog is open.
    void retranslateUi();
    void validate();

    QLineEdit *m_name = nullptr;
    QComboBox *m_format = nullptr;
    QLineEdit *m_address = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLabel *m_formatLabel = nullptr;
    QLabel *m_addressLabel = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace Gui
