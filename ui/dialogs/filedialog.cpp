#include "ui/dialogs/filedialog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Gui {

std::optional<QString> FileDialog::s_nextAnswer;
QString FileDialog::s_lastFolder;

void FileDialog::chooseFileToOpen(QWidget *parent, const QString &caption, const QString &filter, Done done)
{
    choose(parent, false, caption, QString(), filter, std::move(done));
}

void FileDialog::chooseFileToSave(QWidget *parent, const QString &caption, const QString &suggestedName,
                                  const QString &filter, Done done)
{
    choose(parent, true, caption, suggestedName, filter, std::move(done));
}

void FileDialog::choose(QWidget *parent, bool save, const QString &caption, const QString &suggestedName,
                        const QString &filter, Done done)
{
    if (s_nextAnswer) {
        const QString path = *s_nextAnswer;
        s_nextAnswer.reset();
        // Later, as a real dialog would: callers must not rely on re-entrancy.
        QObject *context = parent ? static_cast<QObject *>(parent) : QCoreApplication::instance();
        QTimer::singleShot(0, context, [done = std::move(done), path] { done(path); });
        return;
    }
    if (s_lastFolder.isEmpty())
        s_lastFolder = QDir::homePath();
    auto *dialog = new QFileDialog(parent, caption, s_lastFolder, filter);
    dialog->setObjectName(save ? u"saveFileDialog"_s : u"openFileDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(save ? QFileDialog::AcceptSave : QFileDialog::AcceptOpen);
    dialog->setFileMode(save ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
    if (save) {
        dialog->setDefaultSuffix(u"json"_s);
        dialog->selectFile(suggestedName);
    }
    QObject::connect(dialog, &QFileDialog::finished, dialog, [dialog, done = std::move(done)](int result) {
        const QStringList files = dialog->selectedFiles();
        const QString path = result == QDialog::Accepted && !files.isEmpty() ? files.constFirst() : QString();
        if (!path.isEmpty())
            s_lastFolder = QFileInfo(path).absolutePath();
        done(path);
    });
    dialog->open();
}

} // namespace Gui
