#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

namespace Gui {

// Questions and notices to the operator. Boxes open window-modal and answer
// through a callback (no nested event loop); their buttons carry our own
// translated texts (Qt ships no Romanian for its standard buttons). Tests
// pre-answer them and read what was asked, as KeePassXC's GUI tests do.
class MessageBox final
{
public:
    enum class Kind { Question, Warning, Information };

    // Asks; `done(true)` when the operator chose `acceptText`.
    static void confirm(QWidget *parent, const QString &title, const QString &text, const QString &acceptText,
                        std::function<void(bool accepted)> done, const QString &details = {});
    // Tells; `done` (optional) runs once the box is closed.
    static void inform(QWidget *parent, Kind kind, const QString &title, const QString &text,
                       const QString &details = {}, std::function<void()> done = {});

    // Tests: the next boxes answer these, in order, without showing (a notice
    // takes any answer). Every text shown or answered is kept for reading.
    static void setNextAnswersForTests(const QList<bool> &answers) { s_answers = answers; }
    static bool hasPendingAnswersForTests() { return !s_answers.isEmpty(); }
    static QStringList &shownTextsForTests() { return s_shown; }

private:
    static QList<bool> s_answers;
    static QStringList s_shown;
};

} // namespace Gui
