#pragma once

#include "core/engine/logs.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QToolButton;

namespace Engine {
class EngineApi;
}

namespace Gui {

// The recent log lines of one service (the last hour, newest at the bottom), read
// from the log source of the service's metrics source (Loki) through the engine.
class LogExcerpt final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogExcerpt)
public:
    static constexpr int kLines = 100;
    static constexpr qint64 kWindowMs = 3'600'000;

    explicit LogExcerpt(Engine::EngineApi *engine, QWidget *parent = nullptr);
    ~LogExcerpt() override;

    void setService(const QString &serviceId, const QString &serviceName);
    void refresh();
    QString text() const;
    QString statusText() const;

signals:
    // A log answer has been shown (tests wait on it).
    void updated();

protected:
    void changeEvent(QEvent *event) override;

private:
    void onLogs(const Engine::LogResultPtr &result);
    void retranslate();
    void renderStatus();

    QPointer<Engine::EngineApi> m_engine;
    QString m_serviceId;
    QString m_serviceName;
    quint64 m_pending = 0;
    Engine::LogResultPtr m_result;
    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;
    QToolButton *m_refresh = nullptr;
    QPlainTextEdit *m_text = nullptr;
};

} // namespace Gui
