#include "ui/inbox/traynotifier.h"

#include <QApplication>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

namespace Gui {

TrayNotifier::TrayNotifier(QObject *parent)
    : QObject(parent)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(u"Straja"_s);
        m_tray->show();
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayNotifier::activated);
        connect(m_tray, &QSystemTrayIcon::activated, this, &TrayNotifier::activated);
    }
}

TrayNotifier::~TrayNotifier() = default;

bool TrayNotifier::trayAvailable() const
{
    return m_tray != nullptr;
}

void TrayNotifier::notifyProposals(const QStringList &titles)
{
    if (titles.isEmpty())
        return;
    ++m_count;
    m_lastTitle = tr("Straja: %n new proposal(s)", nullptr, static_cast<int>(titles.size()));
    QStringList shown = titles.mid(0, 3);
    if (titles.size() > 3)
        shown.append(tr("and %n more", nullptr, static_cast<int>(titles.size() - 3)));
    m_lastMessage = shown.join(u'\n');
    m_lastWasIncident = false;
    if (m_tray)
        m_tray->showMessage(m_lastTitle, m_lastMessage, QSystemTrayIcon::Information, 8000);
}

void TrayNotifier::notifyIncidents(const QStringList &lines)
{
    if (lines.isEmpty())
        return;
    ++m_count;
    m_lastTitle = tr("Straja: %n incident update(s)", nullptr, static_cast<int>(lines.size()));
    QStringList shown = lines.mid(0, 3);
    if (lines.size() > 3)
        shown.append(tr("and %n more", nullptr, static_cast<int>(lines.size() - 3)));
    m_lastMessage = shown.join(u'\n');
    m_lastWasIncident = true;
    if (m_tray)
        m_tray->showMessage(m_lastTitle, m_lastMessage, QSystemTrayIcon::Warning, 10000);
}

} // namespace Gui
