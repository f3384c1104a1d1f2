#include "ui/overview/overviewview.h"

#include "ui/models/overviewfiltermodel.h"
#include "ui/overview/alertbadgedelegate.h"
#include "ui/models/overviewmodel.h"
#include "ui/overview/sparklinedelegate.h"

#include <QDateTime>
#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gui {

OverviewView::OverviewView(QWidget *parent)
    : QWidget(parent)
{
    m_model = new OverviewModel(this);
    m_filter = new OverviewFilterModel(this);
    m_filter->setSourceModel(m_model);

    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(u"overviewFilter"_s);
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->installEventFilter(this);
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterText(text);
        if (!text.isEmpty())
            m_tree->expandAll();
        updateSummary();
    });

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"overviewSummary"_s);
    m_alertSummary = new QLabel(this);
    m_alertSummary->setObjectName(u"overviewAlerts"_s);
    m_alertSummary->hide();

    m_tree = new QTreeView(this);
    m_tree->setObjectName(u"overviewTree"_s);
    m_tree->setModel(m_filter);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(OverviewModel::Health, Qt::DescendingOrder);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setItemDelegateForColumn(OverviewModel::Trend, new SparklineDelegate(m_tree));
    m_badges = new AlertBadgeDelegate(m_tree);
    m_tree->setItemDelegateForColumn(OverviewModel::Name, m_badges);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(OverviewModel::Reason, QHeaderView::Stretch);
    m_tree->header()->resizeSection(OverviewModel::Name, 240);
    m_tree->header()->resizeSection(OverviewModel::Trend, 120);
    connect(m_tree, &QTreeView::activated, this, &OverviewView::activate);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QTreeView::customContextMenuRequested, this, &OverviewView::showContextMenu);

    auto *top = new QHBoxLayout;
    top->addWidget(m_filterEdit, 1);
    top->addWidget(m_alertSummary);
    top->addWidget(m_summary);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tree, 1);
    retranslate();
}

OverviewView::~OverviewView() = default;

void OverviewView::setSnapshot(Engine::FleetSnapshotPtr snapshot)
{
    m_badges->setSnapshot(snapshot);
    m_model->setSnapshot(std::move(snapshot));
    m_filter->resort();
    if (!m_expandedOnce && m_model->rowCount() > 0) {
        m_expandedOnce = true;
        m_tree->expandAll();
        m_tree->setCurrentIndex(m_filter->index(0, 0));
    }
    updateSummary();
}

QString OverviewView::alertSummaryText() const
{
    const Engine::FleetSnapshotPtr snapshot = m_model->snapshot();
    if (!snapshot || snapshot->alertSources.isEmpty())
        return QString();
    int firing = 0;
    int unmatched = 0;
    for (const Sources::Alert &alert : snapshot->alerts) {
        if (!alert.isFiring())
            continue;
        ++firing;
        if (alert.projectId.isEmpty())
            ++unmatched;
    }
    QString text = tr("%n firing alert(s)", nullptr, firing);
    if (unmatched > 0)
        text += u' ' + tr("(%n not matched to a project)", nullptr, unmatched);
    qint64 downSince = 0;
    for (const Engine::SourceStatus &source : snapshot->alertSources) {
        if (source.health == Engine::SourceHealth::Down)
            downSince = downSince ? std::min(downSince, source.downSinceMs) : source.downSinceMs;
    }
    if (downSince > 0) {
        text += u", "_s
            + tr("alerts stale since %1")
                  .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(downSince).time(), QLocale::ShortFormat));
    }
    return firing > 0 || downSince > 0 ? text : QString();
}

void OverviewView::updateAlertSummary()
{
    const QString text = alertSummaryText();
    m_alertSummary->setText(text.isEmpty() ? QString() : u"<span style=\"color:#c62828\">⚠</span> "_s + text.toHtmlEscaped());
    m_alertSummary->setAccessibleName(text);
    m_alertSummary->setVisible(!text.isEmpty());
    const Engine::FleetSnapshotPtr snapshot = m_model->snapshot();
    QStringList tips;
    if (snapshot) {
        for (const Engine::SourceStatus &source : snapshot->alertSources) {
            if (!source.message.isEmpty())
                tips << source.name + u": "_s + source.message;
        }
    }
    m_alertSummary->setToolTip(tips.join(u'\n'));
}

void OverviewView::setAnomalies(Engine::AnomalySnapshotPtr anomalies)
{
    m_model->setAnomalies(std::move(anomalies));
}

void OverviewView::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_tree->indexAt(pos);
    if (!index.isValid())
        return;
    const QString projectId = index.data(OverviewModel::ProjectIdRole).toString();
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setObjectName(u"overviewContextMenu"_s);
    QAction *open = menu->addAction(tr("Open &charts"), this, [this, index] { activate(index); });
    open->setObjectName(u"contextOpenProject"_s);
    QAction *predictions = menu->addAction(tr("Open &predictions"), this,
                                           [this, projectId] { emit predictionsRequested(projectId); });
    predictions->setObjectName(u"contextOpenPredictions"_s);
    predictions->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    menu->popup(m_tree->viewport()->mapToGlobal(pos));
}

void OverviewView::focusFilter()
{
    m_filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_filterEdit->selectAll();
}

void OverviewView::activate(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    const QString projectId = proxyIndex.data(OverviewModel::ProjectIdRole).toString();
    const bool isProject = proxyIndex.data(OverviewModel::IsProjectRole).toBool();
    emit projectActivated(projectId, isProject ? QString() : proxyIndex.data(OverviewModel::IdRole).toString());
}

void OverviewView::updateSummary()
{
    const Engine::FleetSnapshotPtr snapshot = m_model->snapshot();
    if (!snapshot) {
        m_summary->setText(tr("Waiting for the first refresh…"));
        return;
    }
    int unhealthy = 0;
    for (const Engine::ServiceStatus &s : snapshot->services) {
        if (s.verdict.health >= Engine::Health::Degraded)
            ++unhealthy;
    }
    m_summary->setText(tr("%n project(s)", nullptr, static_cast<int>(snapshot->projects.size())) + u" · "_s
                       + tr("%n service(s)", nullptr, static_cast<int>(snapshot->services.size())) + u" · "_s
                       + tr("%n need(s) attention", nullptr, unhealthy));
    updateAlertSummary();
}

void OverviewView::retranslate()
{
    m_filterEdit->setPlaceholderText(tr("Filter projects and services (Ctrl+F)"));
    m_model->retranslate();
    // Headers differ in length between languages: fit each figure column to its
    // header rather than to 1,000 rows of numbers (ResizeToContents would scan them).
    const QFontMetrics metrics(m_tree->header()->font());
    for (int c : {OverviewModel::Health, OverviewModel::Rps, OverviewModel::Latency, OverviewModel::Errors,
                  OverviewModel::Cpu, OverviewModel::Memory, OverviewModel::Replicas}) {
        const QString text = m_model->headerData(c, Qt::Horizontal).toString();
        m_tree->header()->resizeSection(c, std::max(80, metrics.horizontalAdvance(text) + 28));
    }
    updateSummary();
}

void OverviewView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool OverviewView::eventFilter(QObject *watched, QEvent *event)
{
    // From the filter box, arrows move into the list and Escape clears the filter.
    if (watched == m_filterEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down) {
            m_tree->setFocus();
            if (!m_tree->currentIndex().isValid())
                m_tree->setCurrentIndex(m_filter->index(0, 0));
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_filterEdit->text().isEmpty()) {
            m_filterEdit->clear();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            activate(m_tree->currentIndex().isValid() ? m_tree->currentIndex() : m_filter->index(0, 0));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Gui
