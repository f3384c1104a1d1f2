#include "ui/statusbar/sourcestatusbar.h"

#include "core/actions/budgetregistry.h"
#include "ui/style/healthstyle.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Gui {

QString formatAge(qint64 ageMs)
{
    const qint64 seconds = std::max<qint64>(0, ageMs / 1000);
    if (seconds < 90)
        return SourceStatusBar::tr("%1 s").arg(seconds);
    if (seconds < 90 * 60)
        return SourceStatusBar::tr("%1 min").arg(seconds / 60);
    if (seconds < 48 * 3600)
        return SourceStatusBar::tr("%1 h").arg(seconds / 3600);
    return SourceStatusBar::tr("%1 d").arg(seconds / 86400);
}

SourceStatusBar::SourceStatusBar(QWidget *parent)
    : QWidget(parent)
{
    m_layout = new QHBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_demo = new QLabel(this);
    m_demo->setObjectName(u"demoBadge"_s);
    m_demo->setStyleSheet(u"QLabel { background: #5b3cc4; color: white; border-radius: 3px; padding: 0 6px; }"_s);
    m_demo->hide();
    m_layout->addWidget(m_demo);
    m_budget = new QLabel(this);
    m_budget->setObjectName(u"apiBudget"_s);
    m_budget->hide();
    m_layout->addWidget(m_budget);
    m_budgets = Actions::BudgetRegistry::shared();
}

void SourceStatusBar::setBudgets(std::shared_ptr<const Actions::BudgetRegistry> budgets)
{
    m_budgets = std::move(budgets);
    render();
}

QString SourceStatusBar::budgetText() const
{
    return m_budget->text();
}

SourceStatusBar::~SourceStatusBar() = default;

void SourceStatusBar::setSnapshot(const Engine::FleetSnapshotPtr &snapshot)
{
    m_snapshot = snapshot;
    render();
}

QStringList SourceStatusBar::sourceTexts() const
{
    QStringList texts;
    for (const QLabel *label : m_labels)
        texts << label->accessibleName();
    return texts;
}

void SourceStatusBar::render()
{
    if (!m_snapshot)
        return;
    m_demo->setVisible(m_snapshot->demo);
    m_demo->setText(tr("DEMO"));
    m_demo->setToolTip(tr("Simulated fleet: nothing here is a real service."));

    while (m_labels.size() < m_snapshot->sources.size()) {
        auto *label = new QLabel(this);
        label->setObjectName(u"sourceStatus"_s);
        m_layout->addWidget(label);
        m_labels.append(label);
    }
    while (m_labels.size() > m_snapshot->sources.size())
        delete m_labels.takeLast();

    const QLocale locale;
    for (int i = 0; i < m_snapshot->sources.size(); ++i) {
        const Engine::SourceStatus &source = m_snapshot->sources.at(i);
        QString text;
        Engine::Health shown = Engine::Health::Unknown;
        switch (source.health) {
        case Engine::SourceHealth::Unknown:
            text = tr("%1: connecting…").arg(source.name);
            break;
        case Engine::SourceHealth::Ok:
            shown = Engine::Health::Ok;
            text = source.newestSampleMs > 0
                ? tr("%1: OK, data %2 old").arg(source.name, formatAge(m_snapshot->atMs - source.newestSampleMs))
                : tr("%1: OK, no data yet").arg(source.name);
            break;
        case Engine::SourceHealth::Down:
            shown = Engine::Health::Down;
            text = tr("%1: unreachable, stale since %2")
                       .arg(source.name, locale.toString(QDateTime::fromMSecsSinceEpoch(source.downSinceMs).time(),
                                                         QLocale::ShortFormat));
            break;
        }
        QLabel *label = m_labels.at(i);
        QString html = u"<span style=\"color:%1\">●</span> %2"_s.arg(healthColor(shown).name(), text.toHtmlEscaped());
        QString accessible = text;
        if (!source.note.isEmpty()) {
            // A note is no failure (a partial answer, what discovery changed): shown
            // short beside the status, whole in the tooltip.
            const QString first = source.note.section(u'\n', 0, 0);
            const QString shortNote = first.size() > 70 ? first.left(69) + u'…' : first;
            html += u" <span style=\"color:#8a5a00\">⚠ %1</span>"_s.arg(shortNote.toHtmlEscaped());
            accessible += u" — "_s + source.note;
        }
        label->setText(html);
        label->setAccessibleName(accessible);
        QStringList tip;
        if (!source.message.isEmpty())
            tip << source.message;
        if (!source.note.isEmpty())
            tip << source.note;
        label->setToolTip(tip.join(u"\n\n"_s));
    }

    // Each provider token's hourly API budget (shared by its source and executor).
    QStringList budgets;
    bool low = false;
    const qint64 now = m_snapshot->atMs > 0 ? m_snapshot->atMs : QDateTime::currentMSecsSinceEpoch();
    for (const Actions::RequestBudgetStatus &b : m_budgets ? m_budgets->statuses(now) : QVector<Actions::RequestBudgetStatus>()) {
        const QString account = b.account.startsWith(u"railway:"_s) ? b.account.mid(8) : b.account;
        budgets << tr("Railway %1: %2/%3 API requests left").arg(account).arg(b.remaining).arg(b.limit);
        low = low || b.remaining * 10 < b.limit;
    }
    m_budget->setText(budgets.join(u" · "_s));
    m_budget->setToolTip(tr("Railway allows about 1,000 API requests an hour per token; refreshes slow down "
                            "when few are left."));
    m_budget->setStyleSheet(low ? u"QLabel { color: #b3261e; }"_s : QString());
    m_budget->setVisible(!budgets.isEmpty());
}

void SourceStatusBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QWidget::changeEvent(event);
}

} // namespace Gui
