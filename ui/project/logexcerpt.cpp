#include "ui/project/logexcerpt.h"

#include "core/engine/engineapi.h"

#include <QDateTime>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gui {

LogExcerpt::LogExcerpt(Engine::EngineApi *engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
{
    setObjectName(u"logExcerpt"_s);
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_refresh = new QToolButton(this);
    m_refresh->setObjectName(u"refreshLogs"_s);
    connect(m_refresh, &QToolButton::clicked, this, &LogExcerpt::refresh);
    m_status = new QLabel(this);
    m_status->setObjectName(u"logStatus"_s);
    m_status->setWordWrap(true);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(u"logLines"_s);
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setMaximumBlockCount(kLines * 2);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_status);
    layout->addWidget(m_text, 1);
    if (m_engine)
        connect(m_engine, &Engine::EngineApi::logsReady, this, &LogExcerpt::onLogs);
    retranslate();
}

LogExcerpt::~LogExcerpt() = default;

void LogExcerpt::setService(const QString &serviceId, const QString &serviceName)
{
    if (serviceId == m_serviceId)
        return;
    m_serviceId = serviceId;
    m_serviceName = serviceName;
    m_result.reset();
    m_text->clear();
    retranslate();
    refresh();
}

void LogExcerpt::refresh()
{
    if (!m_engine || m_serviceId.isEmpty())
        return;
    Engine::LogRequest request;
    request.serviceId = m_serviceId;
    request.toMs = m_engine->nowMs();
    request.fromMs = request.toMs - kWindowMs;
    request.limit = kLines;
    m_pending = m_engine->requestLogs(request);
    m_status->setText(tr("Reading logs…"));
    m_status->show();
}

void LogExcerpt::onLogs(const Engine::LogResultPtr &result)
{
    // Answers for another service or an older request are dropped.
    if (!result || result->requestId != m_pending)
        return;
    m_result = result;
    if (result->error.isEmpty()) {
        QStringList lines;
        lines.reserve(result->lines.size());
        const QLocale locale;
        for (const Sources::LogLine &line : result->lines)
            lines << locale.toString(QDateTime::fromMSecsSinceEpoch(line.tMs), u"HH:mm:ss"_s) + u"  "_s + line.line;
        m_text->setPlainText(lines.join(u'\n'));
        m_text->moveCursor(QTextCursor::End);
    }
    // On error the lines shown before stay: stale lines with a reason beat none.
    renderStatus();
    emit updated();
}

QString LogExcerpt::text() const
{
    return m_text->toPlainText();
}

QString LogExcerpt::statusText() const
{
    return m_status->text();
}

void LogExcerpt::renderStatus()
{
    QString status;
    if (m_result && !m_result->available)
        status = tr("No log source is configured for this service: add Loki to its Prometheus source.");
    else if (m_result && !m_result->error.isEmpty())
        status = tr("Logs could not be read: %1").arg(m_result->error);
    else if (m_result && m_result->lines.isEmpty())
        status = tr("No log line in the last hour.");
    m_status->setText(status);
    m_status->setVisible(!status.isEmpty());
    m_text->setVisible(!m_result || m_result->available);
}

void LogExcerpt::retranslate()
{
    m_title->setText(m_serviceName.isEmpty() ? tr("Recent logs") : tr("Recent logs: %1").arg(m_serviceName));
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Read the last hour of log lines again"));
    renderStatus();
}

void LogExcerpt::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Gui
