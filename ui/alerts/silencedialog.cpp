#include "ui/alerts/silencedialog.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
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
        setWindowTitle(tr("Plan a maintenance window"));
        m_project = new QComboBox(this);
        m_project->setObjectName(u"maintenanceProject"_s);
        for (const auto &[id, name] : projects)
            m_project->addItem(name, id);
        form->addRow(tr("Project:"), m_project);
        m_start = new QDateTimeEdit(QDateTime::fromMSecsSinceEpoch(nowMs, QTimeZone::systemTimeZone()), this);
        m_start->setObjectName(u"maintenanceStart"_s);
        m_start->setCalendarPopup(true);
        form->addRow(tr("Starts:"), m_start);
    } else {
        setWindowTitle(mode == Mode::Silence ? tr("Silence the incident's alerts") : tr("Resolve the incident"));
    }
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(u"reason"_s);
    m_reason->setPlaceholderText(mode == Mode::Resolve ? tr("What fixed it") : tr("Why, for whoever looks later"));
    form->addRow(tr("Reason:"), m_reason);
    if (mode != Mode::Resolve) {
        m_duration = new QComboBox(this);
        m_duration->setObjectName(u"duration"_s);
        for (int hours : {1, 2, 4, 8, 24, 72, 168})
            m_duration->addItem(tr("%n hour(s)", nullptr, hours), hours);
        m_duration->setCurrentIndex(mode == Mode::Silence ? 2 : 1);
        form->addRow(mode == Mode::Silence ? tr("Expires after:") : tr("Lasts:"), m_duration);
    }
    m_problem = new QLabel(this);
    m_problem->setObjectName(u"problem"_s);
    m_problem->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    // Qt ships no Romanian for its own buttons: our words, translated by us.
    m_buttons->button(QDialogButtonBox::Ok)->setText(mode == Mode::Resolve ? tr("Resolve")
                                                     : mode == Mode::Silence ? tr("Silence")
                                                                             : tr("Plan"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this, &SilenceDialog::validate);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    validate();
    resize(460, sizeHint().height());
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
