#include "ui/alerts/webhookdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QUuid>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gui {

WebhookDialog::WebhookDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(u"webhookDialog"_s);
    setWindowModality(Qt::WindowModal);
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"webhookName"_s);
    m_format = new QComboBox(this);
    m_format->setObjectName(u"webhookFormat"_s);
    for (Alerts::WebhookFormat f : {Alerts::WebhookFormat::Discord, Alerts::WebhookFormat::Slack,
                                    Alerts::WebhookFormat::Generic})
        m_format->addItem(QString(), static_cast<int>(f));
    m_address = new QLineEdit(this);
    m_address->setObjectName(u"webhookAddress"_s);
    // The address carries the webhook's token: not shown over a shoulder.
    m_address->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    m_address->setPlaceholderText(u"https://…"_s);
    auto *form = new QFormLayout;
    m_nameLabel = new QLabel(this);
    m_formatLabel = new QLabel(this);
    m_addressLabel = new QLabel(this);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_formatLabel, m_format);
    form->addRow(m_addressLabel, m_address);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_problem = new QLabel(this);
    m_problem->setObjectName(u"problem"_s);
    m_problem->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &WebhookDialog::validate);
    connect(m_address, &QLineEdit::textChanged, this, &WebhookDialog::validate);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    retranslateUi();
    resize(480, sizeHint().height());
}

bool WebhookDialog::event(QEvent *event)
{
    // After the children: the button box resets its standard buttons' texts to Qt's
    // own (English) words when it hears of the change.
    const bool handled = QDialog::event(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    return handled;
}

void WebhookDialog::retranslateUi()
{
    setWindowTitle(tr("Add a webhook"));
    m_format->setItemText(0, tr("Discord"));
    m_format->setItemText(1, tr("Slack"));
    m_format->setItemText(2, tr("Generic JSON"));
    m_nameLabel->setText(tr("Name:"));
    m_formatLabel->setText(tr("Format:"));
    m_addressLabel->setText(tr("Address:"));
    m_note->setText(tr("The address is kept in the system keychain only."));
    // Qt ships no Romanian for its own buttons: our words, translated by us.
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    validate();
}

WebhookDialog::~WebhookDialog() = default;

void WebhookDialog::validate()
{
    QString problem;
    const QUrl url(address(), QUrl::StrictMode);
    if (m_name->text().trimmed().isEmpty())
        problem = tr("Give the webhook a name.");
    else if (address().isEmpty())
        problem = tr("Paste the webhook's address.");
    else if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") || url.host().isEmpty())
        problem = tr("The address must start with https:// (or http://) and name a host.");
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

Alerts::WebhookConfig WebhookDialog::config() const
{
    Alerts::WebhookConfig c;
    c.id = QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    c.name = m_name->text().trimmed();
    c.format = static_cast<Alerts::WebhookFormat>(m_format->currentData().toInt());
    return c;
}

QString WebhookDialog::address() const
{
    return m_address->text().trimmed();
}

} // namespace Gui
