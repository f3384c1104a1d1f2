#include "ui/project/projectalerts.h"

#include <QDateTime>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gui {

namespace {

QColor severityColor(const QString &severity)
{
    if (severity == u"critical" || severity == u"page")
        return QColor(0xc6, 0x28, 0x28);
    if (severity == u"warning")
        return QColor(0xe6, 0x7e, 0x00);
    return QColor(0x55, 0x65, 0x7a);
}

QString severityText(const QString &severity)
{
    if (severity == u"critical")
        return ProjectAlerts::tr("critical");
    if (severity == u"warning")
        return ProjectAlerts::tr("warning");
    if (severity == u"info")
        return ProjectAlerts::tr("info");
    return severity.isEmpty() ? ProjectAlerts::tr("none") : severity;
}

} // namespace

ProjectAlerts::ProjectAlerts(QString projectId, QWidget *parent)
    : QWidget(parent)
    , m_projectId(std::move(projectId))
{
    setObjectName(u"projectAlerts"_s);
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_status = new QLabel(this);
    m_status->setObjectName(u"alertStatus"_s);
    m_status->setWordWrap(true);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(u"alertList"_s);
    m_list->setColumnCount(ColumnCount);
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformRowHeights(true);
    m_list->header()->setStretchLastSection(true);
    m_list->header()->resizeSection(Severity, 80);
    m_list->header()->resizeSection(Alert, 160);
    m_list->header()->resizeSection(Service, 110);
    m_list->header()->resizeSection(Since, 70);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_status);
    layout->addWidget(m_list, 1);
    retranslate();
}

ProjectAlerts::~ProjectAlerts() = default;

void ProjectAlerts::setSnapshot(const Engine::FleetSnapshotPtr &snapshot)
{
    m_snapshot = snapshot;
    render();
}

QString ProjectAlerts::statusText() const
{
    return m_status->text();
}

void ProjectAlerts::render()
{
    m_list->clear();
    if (!m_snapshot)
        return;
    QHash<QString, QString> serviceNames;
    for (const Engine::ServiceStatus &s : m_snapshot->services)
        serviceNames.insert(s.serviceId, s.name);
    const QLocale locale;
    int count = 0;
    for (const Sources::Alert &alert : m_snapshot->alerts) {
        if (!alert.isFiring() || alert.projectId != m_projectId)
            continue;
        ++count;
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(Severity, severityText(alert.severity));
        item->setForeground(Severity, severityColor(alert.severity));
        item->setText(Alert, alert.name);
        item->setText(Service, alert.serviceId.isEmpty() ? tr("(project)") : serviceNames.value(alert.serviceId));
        const QDateTime since = QDateTime::fromMSecsSinceEpoch(alert.startsAtMs);
        item->setText(Since, since.date() == QDate::currentDate() ? locale.toString(since.time(), QLocale::ShortFormat)
                                                                  : locale.toString(since, QLocale::ShortFormat));
        item->setText(Summary, alert.summary);
        QStringList labels;
        for (const auto &[name, value] : alert.labels)
            labels << name + u"=\""_s + value + u'"';
        item->setToolTip(Alert, labels.join(u'\n'));
        item->setToolTip(Summary, alert.summary);
    }
    m_title->setText(tr("Alerts (%1)").arg(count));

    QStringList status;
    if (m_snapshot->alertSources.isEmpty())
        status << tr("No Alertmanager is configured for this workspace's sources.");
    for (const Engine::SourceStatus &source : m_snapshot->alertSources) {
        if (source.health == Engine::SourceHealth::Down) {
            status << tr("%1 unreachable, alerts stale since %2: %3")
                          .arg(source.name,
                               locale.toString(QDateTime::fromMSecsSinceEpoch(source.downSinceMs).time(),
                                               QLocale::ShortFormat),
                               source.message);
        }
    }
    if (status.isEmpty() && count == 0)
        status << tr("No alert is firing.");
    m_status->setText(status.join(u'\n'));
    m_status->setVisible(!status.isEmpty());
}

void ProjectAlerts::retranslate()
{
    m_list->setHeaderLabels({tr("Severity"), tr("Alert"), tr("Service"), tr("Since"), tr("Summary")});
    render();
}

void ProjectAlerts::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Gui
