#include "ui/dialogs/messagebox.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Gui {

QList<bool> MessageBox::s_answers;
QStringList MessageBox::s_shown;

namespace {

QObject *contextFor(QWidget *parent)
{
    return parent ? static_cast<QObject *>(parent) : QCoreApplication::instance();
}

QMessageBox *makeBox(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                     const QString &details)
{
    auto *box = new QMessageBox(icon, title, text, QMessageBox::NoButton, parent);
    box->setObjectName(u"messageBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    if (!details.isEmpty())
        box->setDetailedText(details);
    return box;
}

} // namespace

void MessageBox::confirm(QWidget *parent, const QString &title, const QString &text, const QString &acceptText,
                         std::function<void(bool)> done, const QString &details)
{
    s_shown.append(text);
    if (!s_answers.isEmpty()) {
        const bool answer = s_answers.takeFirst();
        QTimer::singleShot(0, contextFor(parent), [done = std::move(done), answer] { done(answer); });
        return;
    }
    QMessageBox *box = makeBox(parent, QMessageBox::Question, title, text, details);
    QPushButton *accept = box->addButton(acceptText, QMessageBox::AcceptRole);
    accept->setObjectName(u"acceptButton"_s);
    QPushButton *cancel = box->addButton(QCoreApplication::translate("MessageBox", "Cancel"),
                                         QMessageBox::RejectRole);
    cancel->setObjectName(u"cancelButton"_s);
    box->setDefaultButton(cancel); // destructive questions: a stray Enter changes nothing
    box->setEscapeButton(cancel);
    QObject::connect(box, &QMessageBox::finished, box, [box, accept, done = std::move(done)] {
        done(box->clickedButton() == accept);
    });
    box->open();
}

void MessageBox::inform(QWidget *parent, Kind kind, const QString &title, const QString &text,
                        const QString &details, std::function<void()> done)
{
    s_shown.append(text);
    if (!s_answers.isEmpty()) {
        s_answers.takeFirst();
        if (done)
            QTimer::singleShot(0, contextFor(parent), std::move(done));
        return;
    }
    const QMessageBox::Icon icon = kind == Kind::Warning       ? QMessageBox::Warning
                                   : kind == Kind::Information ? QMessageBox::Information
                                                               : QMessageBox::Question;
    QMessageBox *box = makeBox(parent, icon, title, text, details);
    QPushButton *close = box->addButton(QCoreApplication::translate("MessageBox", "Close"), QMessageBox::AcceptRole);
    close->setObjectName(u"closeButton"_s);
    box->setEscapeButton(close);
    if (done)
        QObject::connect(box, &QMessageBox::finished, box, std::move(done));
    box->open();
}

} // namespace Gui
