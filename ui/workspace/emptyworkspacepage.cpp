#include "ui/workspace/emptyworkspacepage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gui {

EmptyWorkspacePage::EmptyWorkspacePage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"emptyWorkspacePage"_s);
    m_title = new QLabel(this);
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    m_title->setFont(font);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setMinimumWidth(480);
    m_text->setMaximumWidth(560);
    m_edit = new QPushButton(this);
    m_edit->setObjectName(u"emptyEditButton"_s);
    m_edit->setDefault(true);
    m_demo = new QPushButton(this);
    m_demo->setObjectName(u"emptyDemoButton"_s);
    connect(m_edit, &QPushButton::clicked, this, &EmptyWorkspacePage::editRequested);
    connect(m_demo, &QPushButton::clicked, this, &EmptyWorkspacePage::demoRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_edit);
    buttons->addWidget(m_demo);
    buttons->addStretch(1);
    auto *column = new QVBoxLayout;
    column->addStretch(1);
    column->addWidget(m_title);
    column->addWidget(m_text);
    column->addSpacing(12);
    column->addLayout(buttons);
    column->addStretch(2);
    auto *layout = new QHBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(column);
    layout->addStretch(1);
    retranslate();
}

EmptyWorkspacePage::~EmptyWorkspacePage() = default;

void EmptyWorkspacePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void EmptyWorkspacePage::retranslate()
{
    m_title->setText(tr("This workspace has no services yet"));
    m_text->setText(tr("Add a source (the Prometheus that holds your metrics), a project, and the services it runs. "
                       "Tokens and passwords go to the system keychain, never to Straja's files."));
    m_edit->setText(tr("&Edit workspace…"));
    m_demo->setText(tr("Back to the &demo"));
}

} // namespace Gui
