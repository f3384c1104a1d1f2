#pragma once

#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace Gui {

// File pickers that never start a nested event loop (the dialog opens
// window-modal and answers through a callback) and that tests can pre-answer
// without a dialog appearing, as KeePassXC's GUI tests do.
class FileDialog final
{
public:
    using Done = std::function<void(const QString &path)>; // empty: cancelled

    static void chooseFileToOpen(QWidget *parent, const QString &caption, const QString &filter, Done done);
    static void chooseFileToSave(QWidget *parent, const QString &caption, const QString &suggestedName,
                                 const QString &filter, Done done);

    // The next request answers `path` (empty: as if cancelled) without showing anything.
    static void setNextAnswerForTests(const QString &path) { s_nextAnswer = path; }

private:
    static void choose(QWidget *parent, bool save, const QString &caption, const QString &suggestedName,
                       const QString &filter, Done done);
    static std::optional<QString> s_nextAnswer;
    static QString s_lastFolder;
};

} // namespace Gui
