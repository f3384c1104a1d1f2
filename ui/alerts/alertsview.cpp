#include "ui/alerts/alertsview.h"

#include "core/engine/engineapi.h"
#include "core/secrets/secretstore.h"
#include "ui/alerts/incidentmodel.h"
#include "ui/alerts/ruleeditordialog.h"
#include "ui/alerts/silencedialog.h"
#include "ui/alerts/webhookdialog.h"
#include "ui/dialogs/messagebox.h"

#include <QColor>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTabBar>
#include <QTableView>
#include <QTextBrowser>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Gui {

namespace {

constexpr qint64 kMarginMs = 30 * 60'000; // chart context before an incident opened

QString when(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::systemTimeZone()), QLocale::ShortFormat);
}

QString timelineWord(Alerts::TimelineEvent event)
{
    switch (event) {
    case Alerts::TimelineEvent::Opened: return AlertsView::tr("Fired, incident opened");
    case Alerts::TimelineEvent::AlertFired: return AlertsView::tr("Alert fired");
    case Alerts::TimelineEvent::AlertResolved: return AlertsView::tr("Alert cleared");
    case Alerts::TimelineEvent::Acknowledged: return AlertsView::tr("Acknowledged");
    case Alerts::TimelineEvent::Resolved: return AlertsView::tr("Resolved");
    case Alerts::TimelineEvent::Reopened: return AlertsView::tr("Reopened");
    case Alerts::TimelineEvent::Notified: break;
    }
    return AlertsView::tr("Notification");
}

QPushButton *button(const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(parent);
    b->setObjectName(name);
    return b;
}

} // namespace

AlertsView::AlertsView(Engine::EngineApi *engine, QWidget *parent) : QWidget(parent), m_engine(engine)
{
    setObjectName(u"alertsView"_s);
    m_model = new IncidentModel(this);
    m_sections = new QTabBar(this);
    m_sections->setObjectName(u"alertSections"_s);
    m_sections->addTab(QString());
    m_sections->addTab(QString());
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"alertsSummary"_s);
    m_table = new QTableView(this);
    m_table->setObjectName(u"incidentTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(IncidentModel::Services, QHeaderView::Stretch);
    m_table->setWordWrap(false);
    m_details = new QTextBrowser(this);
    m_details->setObjectName(u"incidentDetails"_s);
    m_details->setOpenLinks(false);

    m_ack = button(u"acknowledgeButton"_s, this);
    m_silence = button(u"silenceButton"_s, this);
    m_resolve = button(u"resolveButton"_s, this);
    m_show = button(u"showInProjectButton"_s, this);
    auto *actions = new QHBoxLayout;
    for (QPushButton *b : {m_ack, m_silence, m_resolve, m_show})
        actions->addWidget(b);
    actions->addStretch();

    auto *detailPane = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_details);
    detailLayout->addLayout(actions);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(detailPane);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    // Bottom: silences and windows | webhooks | deliveries.
    m_silencesLabel = new QLabel(this);
    m_silences = new QListWidget(this);
    m_silences->setObjectName(u"silenceList"_s);
    m_maintenance = button(u"maintenanceButton"_s, this);
    m_removeSilence = button(u"removeSilenceButton"_s, this);
    m_webhooksLabel = new QLabel(this);
    m_webhookList = new QListWidget(this);
    m_webhookList->setObjectName(u"webhookList"_s);
    m_addWebhook = button(u"addWebhookButton"_s, this);
    m_removeWebhook = button(u"removeWebhookButton"_s, this);
    m_testWebhook = button(u"testWebhookButton"_s, this);
    m_deliveriesLabel = new QLabel(this);
    m_deliveries = new QListWidget(this);
    m_deliveries->setObjectName(u"deliveryList"_s);
    m_deliveries->setWordWrap(true); // a failure's reason must be readable, not cut off
    m_retry = button(u"retryDeliveryButton"_s, this);
    auto column = [this](QLabel *label, QListWidget *list, std::initializer_list<QPushButton *> buttons) {
        auto *box = new QVBoxLayout;
        box->addWidget(label);
        box->addWidget(list);
        auto *row = new QHBoxLayout;
        for (QPushButton *b : buttons)
            row->addWidget(b);
        row->addStretch();
        box->addLayout(row);
        list->setMaximumHeight(130);
        return box;
    };
    auto *bottom = new QHBoxLayout;
    bottom->addLayout(column(m_silencesLabel, m_silences, {m_maintenance, m_removeSilence}), 1);
    bottom->addLayout(column(m_webhooksLabel, m_webhookList, {m_addWebhook, m_removeWebhook, m_testWebhook}), 1);
    bottom->addLayout(column(m_deliveriesLabel, m_deliveries, {m_retry}), 1);

    auto *top = new QHBoxLayout;
    top->addWidget(m_sections);
    top->addStretch();
    top->addWidget(m_summary);
    m_rules = button(u"alertRulesButton"_s, this);
    top->addWidget(m_rules);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    layout->addLayout(bottom);

    connect(m_sections, &QTabBar::currentChanged, this, [this](int index) { showSection(index == 1); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateDetails();
        updateButtons();
    });
    connect(m_table, &QTableView::doubleClicked, this, &AlertsView::showInProject);
    connect(m_ack, &QPushButton::clicked, this, &AlertsView::acknowledge);
    connect(m_silence, &QPushButton::clicked, this, [this] { openDialog(static_cast<int>(SilenceDialog::Mode::Silence)); });
    connect(m_resolve, &QPushButton::clicked, this, [this] { openDialog(static_cast<int>(SilenceDialog::Mode::Resolve)); });
    connect(m_maintenance, &QPushButton::clicked, this,
            [this] { openDialog(static_cast<int>(SilenceDialog::Mode::Maintenance)); });
    connect(m_show, &QPushButton::clicked, this, &AlertsView::showInProject);
    connect(m_rules, &QPushButton::clicked, this, [this] { openRuleEditor(); });
    connect(m_removeSilence, &QPushButton::clicked, this, &AlertsView::removeSilence);
    connect(m_addWebhook, &QPushButton::clicked, this, &AlertsView::addWebhook);
    connect(m_removeWebhook, &QPushButton::clicked, this, &AlertsView::removeWebhook);
    connect(m_testWebhook, &QPushButton::clicked, this, &AlertsView::sendTest);
    connect(m_retry, &QPushButton::clicked, this, &AlertsView::retryDelivery);
    connect(m_silences, &QListWidget::currentRowChanged, this, &AlertsView::updateButtons);
    connect(m_webhookList, &QListWidget::currentRowChanged, this, &AlertsView::updateButtons);
    connect(m_deliveries, &QListWidget::currentRowChanged, this, &AlertsView::updateButtons);

    if (m_engine) {
        connect(m_engine, &Engine::EngineApi::alertsReady, this, &AlertsView::setSnapshot);
        connect(m_engine, &Engine::EngineApi::alertCommandFailed, this, [this](const Util::Error &error) {
            MessageBox::inform(this, MessageBox::Kind::Warning, tr("Alerts"), error.message);
        });
        m_webhooks = loadWebhooks();
        m_engine->setWebhooks(m_webhooks);
        if (m_engine->latestAlerts())
            setSnapshot(m_engine->latestAlerts());
    }
    retranslate();
    updateLists();
    updateButtons();
}

AlertsView::~AlertsView() = default;

QVector<Alerts::WebhookConfig> AlertsView::loadWebhooks()
{
    QVector<Alerts::WebhookConfig> out;
    const QJsonArray list = QJsonDocument::fromJson(QSettings().value(QLatin1String(kWebhooksKey)).toByteArray()).array();
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        Alerts::WebhookConfig c;
        c.id = o.value(u"id"_s).toString();
        c.name = o.value(u"name"_s).toString();
        c.format = Alerts::webhookFormatFromId(o.value(u"format"_s).toString()).value_or(Alerts::WebhookFormat::Generic);
        c.enabled = o.value(u"enabled"_s).toBool(true);
        if (!c.id.isEmpty())
            out.append(c);
    }
    return out;
}

void AlertsView::saveWebhooks()
{
    QJsonArray list;
    for (const Alerts::WebhookConfig &c : std::as_const(m_webhooks)) {
        list.append(QJsonObject{{u"id"_s, c.id},
                                {u"name"_s, c.name},
                                {u"format"_s, Alerts::webhookFormatId(c.format)},
                                {u"enabled"_s, c.enabled}});
    }
    QSettings().setValue(QLatin1String(kWebhooksKey), QJsonDocument(list).toJson(QJsonDocument::Compact));
    if (m_engine)
        m_engine->setWebhooks(m_webhooks);
    updateLists();
}

void AlertsView::setWorkspace(const Model::WorkspacePtr &workspace)
{
    m_workspace = workspace;
    m_model->setSnapshot(m_snapshot, m_workspace);
}

void AlertsView::setSnapshot(const Alerts::AlertsSnapshotPtr &snapshot)
{
    if (!snapshot)
        return;
    const quint64 selected = selectedIncidentId();
    const int before = openCount();
    m_snapshot = snapshot;
    if (!m_workspace && m_engine)
        m_workspace = m_engine->workspace();
    m_model->setSnapshot(snapshot, m_workspace);
    m_table->resizeColumnsToContents();
    if (selected != 0)
        selectIncident(selected);
    else if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    updateDetails();
    updateLists();
    updateButtons();
    retranslate();
    if (openCount() != before)
        emit openCountChanged(openCount());
}

int AlertsView::openCount() const
{
    return m_snapshot ? static_cast<int>(m_snapshot->open.size()) : 0;
}

void AlertsView::showSection(bool history)
{
    const quint64 selected = selectedIncidentId();
    m_sections->setCurrentIndex(history ? 1 : 0);
    m_model->setSection(history ? IncidentModel::Section::History : IncidentModel::Section::Open);
    if (m_model->rowOf(selected) >= 0)
        selectIncident(selected);
    else if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    updateDetails();
    updateButtons();
}

void AlertsView::selectIncident(quint64 incidentId)
{
    const int row = m_model->rowOf(incidentId);
    if (row >= 0)
        m_table->selectRow(row);
}

quint64 AlertsView::selectedIncidentId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const Alerts::Incident *i = current.isValid() ? m_model->incident(current.row()) : nullptr;
    return i ? i->id : 0;
}

void AlertsView::updateDetails()
{
    const Alerts::Incident *i = m_model->incident(m_table->selectionModel()->currentIndex().row());
    if (!i) {
        m_details->setPlainText(m_model->section() == IncidentModel::Section::Open
                                    ? tr("No open incidents. Alerts of one project and cause make one incident.")
                                    : tr("No resolved incidents yet."));
        return;
    }
    QString html = u"<h3>"_s + tr("Incident %1: %2 – %3")
                                  .arg(i->id)
                                  .arg(m_model->projectName(i->projectId).toHtmlEscaped(),
                                       Alerts::causeLabel(i->cause).toHtmlEscaped())
        + u"</h3><p>"_s + tr("Services: %1").arg(m_model->serviceNames(*i).toHtmlEscaped()) + u"<br>"_s
        + tr("State: %1").arg(Alerts::incidentStateLabel(i->state)) + u"</p>"_s;
    html += u"<p><b>"_s + tr("Firing now") + u"</b></p><ul>"_s;
    if (i->alerts.isEmpty())
        html += u"<li>"_s + tr("nothing") + u"</li>"_s;
    for (const Alerts::FiringAlert &a : i->alerts) {
        QString line = a.external
            ? tr("%1 (Alertmanager): %2").arg(a.ruleId, a.summary)
            : tr("%1 on %2: %3 is %4, limit %5")
                  .arg(a.ruleId, a.serviceId, Model::alertMetricLabel(a.metric), QLocale().toString(a.value, 'g', 4),
                       QLocale().toString(a.threshold, 'g', 4));
        html += u"<li>"_s + line.toHtmlEscaped() + u"</li>"_s;
    }
    html += u"</ul><p><b>"_s + tr("Timeline") + u"</b></p><ul>"_s;
    for (const Alerts::TimelineEntry &e : i->timeline) {
        html += u"<li>"_s + when(e.timeMs).toHtmlEscaped() + u" – "_s + timelineWord(e.event).toHtmlEscaped();
        if (!e.detail.isEmpty())
            html += u": "_s + e.detail.toHtmlEscaped();
        html += u"</li>"_s;
    }
    html += u"</ul>"_s;
    m_details->setHtml(html);
}

void AlertsView::updateButtons()
{
    const Alerts::Incident *i = m_model->incident(m_table->selectionModel()->currentIndex().row());
    const bool open = i && i->isOpen();
    m_ack->setEnabled(open && i->state == Alerts::IncidentState::Open);
    m_silence->setEnabled(open);
    m_resolve->setEnabled(open);
    m_show->setEnabled(i != nullptr);
    m_removeSilence->setEnabled(m_silences->currentRow() >= 0);
    m_removeWebhook->setEnabled(m_webhookList->currentRow() >= 0);
    m_testWebhook->setEnabled(m_webhookList->currentRow() >= 0);
    const int d = m_deliveries->currentRow();
    m_retry->setEnabled(m_snapshot && d >= 0 && d < m_snapshot->deliveries.size()
                        && m_snapshot->deliveries.at(d).state == Alerts::DeliveryState::Failed);
    m_maintenance->setEnabled(m_workspace && !m_workspace->projects.isEmpty());
}

void AlertsView::updateLists()
{
    const int silenceRow = m_silences->currentRow();
    m_silences->clear();
    if (m_snapshot) {
        for (const Alerts::Silence &s : m_snapshot->silences) {
            auto *item = new QListWidgetItem(tr("Silence until %1: %2 (%3)")
                                                 .arg(when(s.endsMs), s.ruleId.isEmpty() ? tr("all rules") : s.ruleId,
                                                      s.reason),
                                             m_silences);
            item->setData(Qt::UserRole, QVariant::fromValue(s.id));
            if (!s.createdBy.isEmpty())
                item->setToolTip(tr("Set by %1").arg(s.createdBy));
        }
        for (const Alerts::MaintenanceWindow &w : m_snapshot->maintenance) {
            auto *item = new QListWidgetItem(tr("Maintenance of %1, %2 – %3 (%4)")
                                                 .arg(m_model->projectName(w.projectId), when(w.startsMs),
                                                      when(w.endsMs), w.reason),
                                             m_silences);
            item->setData(Qt::UserRole, QVariant::fromValue(w.id));
            if (!w.createdBy.isEmpty())
                item->setToolTip(tr("Set by %1").arg(w.createdBy));
        }
    }
    m_silences->setCurrentRow(std::min(silenceRow, m_silences->count() - 1));
    const int webhookRow = m_webhookList->currentRow();
    m_webhookList->clear();
    for (const Alerts::WebhookConfig &c : std::as_const(m_webhooks)) {
        const QString format = c.format == Alerts::WebhookFormat::Discord ? tr("Discord")
            : c.format == Alerts::WebhookFormat::Slack                    ? tr("Slack")
                                                                          : tr("Generic JSON");
        new QListWidgetItem(tr("%1 (%2)").arg(c.name, format), m_webhookList);
    }
    m_webhookList->setCurrentRow(std::min(webhookRow, m_webhookList->count() - 1));
    const int deliveryRow = m_deliveries->currentRow();
    m_deliveries->clear();
    if (m_snapshot) {
        for (const Alerts::Delivery &d : m_snapshot->deliveries) {
            QString name = d.webhookId;
            for (const Alerts::WebhookConfig &c : std::as_const(m_webhooks)) {
                if (c.id == d.webhookId)
                    name = c.name;
            }
            const QString what = d.incidentId == 0 ? tr("test message") : tr("incident %1").arg(d.incidentId);
            QString text = tr("%1 → %2: %3").arg(what, name, Alerts::deliveryStateLabel(d.state));
            if (!d.message.isEmpty())
                text += u" – "_s + d.message;
            auto *item = new QListWidgetItem(text, m_deliveries);
            item->setToolTip(text);
            if (d.state == Alerts::DeliveryState::Failed)
                item->setForeground(QColor(0xC62828));
        }
    }
    m_deliveries->setCurrentRow(std::min(deliveryRow, m_deliveries->count() - 1));
}

void AlertsView::acknowledge()
{
    if (const quint64 id = selectedIncidentId(); id != 0 && m_engine)
        m_engine->acknowledgeIncident(id, tr("acknowledged in Straja"));
}

void AlertsView::openDialog(int modeValue)
{
    const auto mode = static_cast<SilenceDialog::Mode>(modeValue);
    const quint64 id = selectedIncidentId();
    if (mode != SilenceDialog::Mode::Maintenance && id == 0)
        return;
    QVector<std::pair<QString, QString>> projects;
    if (m_workspace) {
        for (const Model::Project &p : m_workspace->projects)
            projects.append({p.id, p.name});
    }
    const qint64 now = m_engine ? m_engine->nowMs() : QDateTime::currentMSecsSinceEpoch();
    auto *dialog = new SilenceDialog(mode, now, projects, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id, mode] {
        if (!m_engine)
            return;
        switch (mode) {
        case SilenceDialog::Mode::Silence: m_engine->silenceIncident(id, dialog->endsMs(), dialog->reason()); break;
        case SilenceDialog::Mode::Resolve: m_engine->resolveIncident(id, dialog->reason()); break;
        case SilenceDialog::Mode::Maintenance: {
            Alerts::MaintenanceWindow w;
            w.projectId = dialog->projectId();
            w.startsMs = dialog->startsMs();
            w.endsMs = dialog->endsMs();
            w.reason = dialog->reason();
            m_engine->addMaintenanceWindow(w);
            break;
        }
        }
    });
    dialog->open();
}

void AlertsView::openRuleEditor(const QString &serviceId)
{
    const Model::WorkspacePtr workspace = m_engine ? m_engine->workspace() : m_workspace;
    if (!workspace || workspace->services.isEmpty())
        return;
    QString service = serviceId;
    if (service.isEmpty()) {
        if (const Alerts::Incident *i = m_model->incident(m_table->selectionModel()->currentIndex().row()))
            service = i->serviceIds.value(0);
    }
    auto *dialog = new RuleEditorDialog(*workspace, service, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->hasChanges() && m_engine)
            m_engine->updateWorkspace(std::make_shared<const Model::Workspace>(dialog->editedWorkspace()));
    });
    dialog->open();
}

void AlertsView::showInProject()
{
    const Alerts::Incident *i = m_model->incident(m_table->selectionModel()->currentIndex().row());
    if (!i)
        return;
    const qint64 now = m_snapshot ? m_snapshot->atMs : 0;
    emit showProjectRequested(i->projectId, i->serviceIds.value(0), i->openedMs - kMarginMs,
                              i->rangeEndMs(now) + (i->resolvedMs > 0 ? kMarginMs : 0));
}

void AlertsView::addWebhook()
{
    auto *dialog = new WebhookDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Alerts::WebhookConfig config = dialog->config();
        const QString address = dialog->address();
        if (!m_secrets) {
            MessageBox::inform(this, MessageBox::Kind::Warning, tr("Webhooks"),
                               tr("There is no keychain to keep the webhook's address in."));
            return;
        }
        QPointer<AlertsView> self(this);
        m_secrets->write(Alerts::WebhookConfig::credentialsKey(config.id), address,
                         [self, config](Util::Result<Secrets::SecretStorage> result) {
                             if (!self)
                                 return;
                             if (!result) {
                                 MessageBox::inform(self, MessageBox::Kind::Warning, tr("Webhooks"),
                                                    tr("The webhook's address could not be saved: %1")
                                                        .arg(result.error().message));
                                 return;
                             }
                             self->m_webhooks.append(config);
                             self->saveWebhooks();
                         });
    });
    dialog->open();
}

void AlertsView::removeWebhook()
{
    const int row = m_webhookList->currentRow();
    if (row < 0 || row >= m_webhooks.size())
        return;
    const Alerts::WebhookConfig removed = m_webhooks.takeAt(row);
    if (m_secrets)
        m_secrets->remove(Alerts::WebhookConfig::credentialsKey(removed.id), [](const Util::Result<void> &) { });
    saveWebhooks();
}

void AlertsView::sendTest()
{
    const int row = m_webhookList->currentRow();
    if (row >= 0 && row < m_webhooks.size() && m_engine)
        m_engine->sendWebhookTest(m_webhooks.at(row).id);
}

void AlertsView::retryDelivery()
{
    const int row = m_deliveries->currentRow();
    if (m_snapshot && row >= 0 && row < m_snapshot->deliveries.size() && m_engine)
        m_engine->retryWebhookDelivery(m_snapshot->deliveries.at(row).id);
}

void AlertsView::removeSilence()
{
    if (QListWidgetItem *item = m_silences->currentItem(); item && m_engine)
        m_engine->removeSilence(item->data(Qt::UserRole).value<quint64>());
}

void AlertsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_model->retranslate();
        updateDetails();
        updateLists();
    }
    QWidget::changeEvent(event);
}

void AlertsView::retranslate()
{
    m_sections->setTabText(0, tr("Open (%1)").arg(openCount()));
    m_sections->setTabText(1, tr("History"));
    m_summary->setText(m_snapshot ? tr("%n rule(s) watched; %1 alert(s) kept out by silences", nullptr,
                                       m_snapshot->ruleCount)
                                        .arg(m_snapshot->suppressed)
                                  : tr("Waiting for the first refresh…"));
    m_rules->setText(tr("Alert r&ules…"));
    m_ack->setText(tr("&Acknowledge"));
    m_silence->setText(tr("&Silence…"));
    m_resolve->setText(tr("&Resolve…"));
    m_show->setText(tr("Show in &project view"));
    m_silencesLabel->setText(tr("Silences and maintenance windows"));
    m_maintenance->setText(tr("Plan maintenance…"));
    m_removeSilence->setText(tr("Remove"));
    m_webhooksLabel->setText(tr("Webhooks"));
    m_addWebhook->setText(tr("Add…"));
    m_removeWebhook->setText(tr("Remove"));
    m_testWebhook->setText(tr("Send test"));
    m_deliveriesLabel->setText(tr("Deliveries"));
    m_retry->setText(tr("Send again"));
}

} // namespace Gui
