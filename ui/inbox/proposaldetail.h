#pragma once

#include "core/actions/actiontypes.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;

namespace Gui {

class EvidenceChart;

// The detail pane of the inbox: everything about one action, from why it was
// proposed (evidence chart, rule or model, confidence) through what it will do
// (effect, cost, the exact request) to how it ended (decision, outcome).
class ProposalDetail final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProposalDetail)
public:
    explicit ProposalDetail(QWidget *parent = nullptr);
    ~ProposalDetail() override;

    void setRecord(const Actions::ActionRecord *record);
    qint64 actionId() const { return m_id; }
    // The exact request the executor would send (answer to previewRequested()).
    void setPreview(qint64 actionId, const QString &request);
    EvidenceChart *chart() const { return m_chart; }
    QString text() const; // every label's text, for tests and accessibility

signals:
    void previewRequested(qint64 actionId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    void retranslate();

    qint64 m_id = 0;
    std::optional<Actions::ActionRecord> m_record;
    QString m_preview;
    QLabel *m_title = nullptr;
    QLabel *m_meta = nullptr;
    QLabel *m_whyHeading = nullptr;
    QLabel *m_why = nullptr;
    EvidenceChart *m_chart = nullptr;
    QLabel *m_effectHeading = nullptr;
    QLabel *m_effect = nullptr;
    QLabel *m_fixHeading = nullptr;
    QLabel *m_fix = nullptr;
    QLabel *m_verifyHeading = nullptr;
    QLabel *m_verify = nullptr;
    QLabel *m_outcomeHeading = nullptr;
    QLabel *m_outcome = nullptr;
    QLabel *m_requestHeading = nullptr;
    QPlainTextEdit *m_request = nullptr;
    QPushButton *m_previewButton = nullptr;
    QLabel *m_empty = nullptr;
    QWidget *m_body = nullptr;
    QScrollArea *m_scroll = nullptr;
};

} // namespace Gui
