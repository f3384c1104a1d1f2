#include "ui/flags/flagchangedialog.h"

#include "ui/flags/flagtext.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gui {

FlagChangeDialog::FlagChangeDialog(const Flags::FlagChange &change, const QVector<Flags::GuardrailReading> &guardrails,
                                   bool guardrailsHealthy, QWidget *parent)
    : QDialog(parent)
    , m_change(change)
    , m_guardrails(guardrails)
    , m_guardrailsHealthy(guardrailsHealthy)
{
    setObjectName(u"flagChangeDialog"_s);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"changeSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    m_request = new QPlainTextEdit(this);
    m_request->setObjectName(u"changeRequest"_s);
    m_request->setReadOnly(true);
    m_request->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_request->setPlainText(change.dryRun());
    m_request->setMinimumHeight(120);

    auto *buttons = new QDialogButtonBox(this);
    m_approve = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_approve->setObjectName(u"approveChange"_s);
    m_cancel = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_cancel->setObjectName(u"cancelChange"_s);
    m_cancel->setDefault(true); // Enter must not approve by accident
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_request, 1);
    layout->addWidget(buttons);
    retranslateUi();
    resize(640, 420);
}

void FlagChangeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void FlagChangeDialog::retranslateUi()
{
    setWindowTitle(tr("Approve a flag change"));
    QString text = m_change.describe() + u'.';
    if (!m_change.reason.isEmpty())
        text += u"\n\n"_s + m_change.reason;
    if (!m_guardrails.isEmpty()) {
        text += u"\n\n"_s + (m_guardrailsHealthy ? tr("Guardrails are healthy:") : tr("Guardrails are NOT healthy:"));
        for (const Flags::GuardrailReading &g : m_guardrails)
            text += u"\n  • "_s + FlagText::guardrail(g);
    }
    text += u"\n\n"_s + tr("Straja will send this request to %1, then read the flag back to verify it:")
                           .arg(m_change.sourceId);
    m_summary->setText(text);
    m_approve->setText(tr("Approve and apply"));
    m_cancel->setText(tr("Cancel"));
}

FlagChangeDialog::~FlagChangeDialog() = default;

QString FlagChangeDialog::requestText() const
{
    return m_request->toPlainText();
}

} // namespace Gui
