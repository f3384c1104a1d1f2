#include "ui/alerts/webhookdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
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
    setWindowTitle(tr("Add a webhook"));
    setWindowModality(Qt::WindowModal);
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"webhookName"_s);
    m_format = new QComboBox(this);
    m_format->setObjectName(u"webhookFormat"_s);
    m_format->addItem(tr("Discord"), static_cast<int>(Alerts::WebhookFormat::Discord));
    m_format->addItem(tr("Slack"), static_cast<int>(Alerts::WebhookFormat::Slack));
    m_format->addItem(tr("Generic JSON"), static_cast<int>(Alerts::WebhookFormat::Generic));
    m_address = new QLineEdit(this);
    m_address->setObjectName(u"webhookAddress"_s);
    // The address carries the webhook's token: not shown over a shoulder.
    m_address->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    m_address->setPlaceholderText(u"https://…"_s);
    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Address:"), m_address);
    auto *note = new QLabel(tr("The address is kept in the system keychain only."), this);
    note->setWordWrap(true);
    m_problem = new QLabel(this);
    m_problem->setObjectName(u"problem"_s);
    m_problem->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &WebhookDialog::validate);
    connect(m_address, &QLineEdit::textChanged, this, &WebhookDialog::validate);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    validate();
    resize(480, sizeHint().height());
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
