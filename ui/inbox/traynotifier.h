#pragma once

#include <QObject>
#include <QStringList>

class QSystemTrayIcon;

namespace Gui {

// Tells the operator about new proposals while the window is in the background:
// a tray message where the desktop has a tray, and always the last message kept
// (the window title shows the count; tests read it).
class TrayNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayNotifier)
public:
    explicit TrayNotifier(QObject *parent = nullptr);
    ~TrayNotifier() override;

    void notifyProposals(const QStringList &titles);
    // New or resolved incidents (one line each, already worded).
    void notifyIncidents(const QStringList &lines);
    // Whether the last message was about incidents (clicking it opens the alerts).
    bool lastWasIncident() const { return m_lastWasIncident; }
    bool trayAvailable() const;
    QString lastTitle() const { return m_lastTitle; }
    QString lastMessage() const { return m_lastMessage; }
    int notifications() const { return m_count; }

signals:
    // The operator clicked the message: show the inbox.
    void activated();

private:
    QSystemTrayIcon *m_tray = nullptr;
    QString m_lastTitle;
    QString m_lastMessage;
    int m_count = 0;
    bool m_lastWasIncident = false;
};

} // namespace Gui
