#pragma once

#include <functional>

#include "core/model/workspace.h"
#include "core/report/reporttypes.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace Engine {
class EngineApi;
}

namespace Gui {

class ReportJob;

// File > Export report…: scope, period, format, language and file, then the export
// runs in the background with progress and Cancel; the dialog stays responsive and
// closes when the file is written. Errors are shown in the dialog, nothing is lost.
class ReportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportDialog)
public:
    ReportDialog(Engine::EngineApi *engine, const QString &language, QWidget *parent = nullptr);
    ~ReportDialog() override;

    // The request the fields describe, ending at the engine's "now".
    Report::ReportRequest request() const;
    QString outputPath() const;
    // The status line: what is happening or what went wrong.
    QString statusText() const;
    bool isExporting() const;

public slots:
    void startExport();
    void cancelExport();

signals:
    void exported(const QString &path);

protected:
    void reject() override;
    void changeEvent(QEvent *event) override;

private:
    // Every text of the dialog in the current language: at construction and when the
    // language changes while the dialog is open (the status line included).
    void retranslateUi();
    // The status line, as a function so that it can be said again in another language.
    void setStatus(std::function<QString()> text);
    void chooseFile();
    void suggestSuffix();
    void setBusy(bool busy);
    void onFinished(const QString &path, const QString &errorCode, const QString &message);

    QPointer<Engine::EngineApi> m_engine;
    Model::WorkspacePtr m_workspace;
    QComboBox *m_scope = nullptr;
    QComboBox *m_period = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_language = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    std::function<QString()> m_statusText;
    QLabel *m_scopeLabel = nullptr;
    QLabel *m_periodLabel = nullptr;
    QLabel *m_formatLabel = nullptr;
    QLabel *m_languageLabel = nullptr;
    QLabel *m_fileLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_close = nullptr;
    ReportJob *m_job = nullptr;
};

} // namespace Gui
