#include "ui/alerts/silencedialog.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gui {

namespace {
constexpr qint64 kHourMs = 3'600'000;
}

SilenceDialog::SilenceDialog(Mode mode, qint64 nowMs, const QVector<std::pair<QString, QString>> &projects,
                             QWidget *parent)
    : QDialog(parent), m_mode(mode), m_nowMs(nowMs)
{
    setObjectName(u"silenceDialog"_s);
    setWindowModality(Qt::WindowModal);
    auto *form = new QFormLayout;
    if (mode == Mode::Maintenance) {
        m_project = new QComboBox(this);
        m_project->setObjectName(u"maintenanceProject"_s);
        for (const auto &[id, name] : projects)
            m_project->addItem(name, id);
        m_projectLabel = new QLabel(this);
        form->addRow(m_projectLabel, m_project);
        m_start = new QDateTimeEdit(QDateTime::fromMSecsSinceEpoch(nowMs, QTimeZone::systemTimeZone()), this);
        m_start->setObjectName(u"maintenanceStart"_s);
        m_start->setCalendarPopup(true);
        m_startLabel = new QLabel(this);
        form->addRow(m_startLabel, m_start);
    }
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(u"reason"_s);
    m_reasonLabel = new QLabel(this);
    form->addRow(m_reasonLabel, m_reason);
    if (mode != Mode::Resolve) {
        m_duration = new QComboBox(this);
        m_duration->setObjectName(u"duration"_s);
        for (int hours : {1, 2, 4, 8, 24, 72, 168})
            m_duration->addItem(QString(), hours);
        m_duration->setCurrentIndex(mode == Mode::Silence ? 2 : 1);
        m_durationLabel = new QLabel(this);
        form->addRow(m_durationLabel, m_duration);
    }
    m_problem = new QLabel(this);
    m_problem->setObjectName(u"problem"_s);
    m_problem->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this, &SilenceDialog::validate);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    retranslateUi();
    resize(460, sizeHint().height());
}

bool SilenceDialog::event(QEvent *event)
{
    // After the children: the button box resets its standard buttons' texts to Qt's
    // own (English) words when it hears of the change.
    const bool handled = QDialog::event(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    return handled;
}

void SilenceDialog::retranslateUi()
{
    switch (m_mode) {
    case Mode::Maintenance: setWindowTitle(tr("Plan a maintenance window")); break;
    case Mode::Silence: setWindowTitle(tr("Silence the incident's alerts")); break;
    case Mode::Resolve: setWindowTitle(tr("Resolve the incident")); break;
    }
    if (m_projectLabel)
        m_projectLabel->setText(tr("Project:"));
    if (m_startLabel)
        m_startLabel->setText(tr("Starts:"));
    m_reason->setPlaceholderText(m_mode == Mode::Resolve ? tr("What fixed it") : tr("Why, for whoever looks later"));
    m_reasonLabel->setText(tr("Reason:"));
    if (m_duration) {
        for (int i = 0; i < m_duration->count(); ++i)
            m_duration->setItemText(i, tr("%n hour(s)", nullptr, m_duration->itemData(i).toInt()));
        m_durationLabel->setText(m_mode == Mode::Silence ? tr("Expires after:") : tr("Lasts:"));
    }
    // Qt ships no Romanian for its own buttons: our words, translated by us.
    m_buttons->button(QDialogButtonBox::Ok)->setText(m_mode == Mode::Resolve ? tr("Resolve")
                                                     : m_mode == Mode::Silence ? tr("Silence")
                                                                               : tr("Plan"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    validate();
}

SilenceDialog::~SilenceDialog() = default;

void SilenceDialog::validate()
{
    const bool ok = !reason().isEmpty() && (m_mode != Mode::Maintenance || (m_project && m_project->count() > 0));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    m_problem->setText(ok ? QString() : tr("A reason is required: it goes into the incident's timeline."));
}

QString SilenceDialog::reason() const
{
    return m_reason->text().trimmed();
}

qint64 SilenceDialog::startsMs() const
{
    return m_start ? m_start->dateTime().toMSecsSinceEpoch() : m_nowMs;
}

qint64 SilenceDialog::endsMs() const
{
    const int hours = m_duration ? m_duration->currentData().toInt() : 0;
    return startsMs() + hours * kHourMs;
}

QString SilenceDialog::projectId() const
{
    return m_project ? m_project->currentData().toString() : QString();
}

} // namespace Gui
