#include "ui/inbox/proposaldetail.h"

#include "core/actions/actionstatemachine.h"
#include "core/actions/proposaltext.h"
#include "core/analysis/diagnosis/diagnosiscatalogue.h"
#include "core/model/metricformat.h"
#include "ui/inbox/evidencechart.h"
#include "ui/inbox/inboxmodel.h"

#include <QDateTime>
#include <QEvent>
#include <QJsonArray>
#include <QJsonObject>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gui {

namespace {

QLabel *heading(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

QLabel *body(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString when(qint64 ms)
{
    if (ms <= 0)
        return QString();
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

} // namespace

ProposalDetail::ProposalDetail(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"proposalDetail"_s);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_body = new QWidget(m_scroll);
    auto *layout = new QVBoxLayout(m_body);

    m_title = body(m_body, u"detailTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_meta = body(m_body, u"detailMeta"_s);
    m_whyHeading = heading(m_body);
    m_why = body(m_body, u"detailWhy"_s);
    m_chart = new EvidenceChart(m_body);
    m_chart->setObjectName(u"evidenceChart"_s);
    m_effectHeading = heading(m_body);
    m_effect = body(m_body, u"detailEffect"_s);
    m_fixHeading = heading(m_body);
    m_fix = body(m_body, u"detailFix"_s);
    m_verifyHeading = heading(m_body);
    m_verify = body(m_body, u"detailVerification"_s);
    m_outcomeHeading = heading(m_body);
    m_outcome = body(m_body, u"detailOutcome"_s);
    m_requestHeading = heading(m_body);
    m_request = new QPlainTextEdit(m_body);
    m_request->setObjectName(u"detailRequest"_s);
    m_request->setReadOnly(true);
    m_request->setMaximumHeight(90);
    QFont mono(u"Monospace"_s);
    mono.setStyleHint(QFont::TypeWriter);
    m_request->setFont(mono);
    m_previewButton = new QPushButton(m_body);
    m_previewButton->setObjectName(u"previewButton"_s);
    connect(m_previewButton, &QPushButton::clicked, this, [this] {
        if (m_id > 0)
            emit previewRequested(m_id);
    });

    layout->addWidget(m_title);
    layout->addWidget(m_meta);
    layout->addWidget(m_whyHeading);
    layout->addWidget(m_why);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_effectHeading);
    layout->addWidget(m_effect);
    layout->addWidget(m_fixHeading);
    layout->addWidget(m_fix);
    layout->addWidget(m_verifyHeading);
    layout->addWidget(m_verify);
    layout->addWidget(m_outcomeHeading);
    layout->addWidget(m_outcome);
    layout->addWidget(m_requestHeading);
    auto *requestRow = new QHBoxLayout;
    requestRow->addWidget(m_request, 1);
    requestRow->addWidget(m_previewButton, 0, Qt::AlignTop);
    layout->addLayout(requestRow);
    layout->addStretch(1);
    m_scroll->setWidget(m_body);

    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_empty);
    outer->addWidget(m_scroll, 1);
    retranslate();
    render();
}

ProposalDetail::~ProposalDetail() = default;

void ProposalDetail::setRecord(const Actions::ActionRecord *record)
{
    const qint64 id = record ? record->id : 0;
    if (id != m_id)
        m_preview.clear();
    m_id = id;
    m_record = record ? std::optional<Actions::ActionRecord>(*record) : std::nullopt;
    render();
}

void ProposalDetail::setPreview(qint64 actionId, const QString &request)
{
    if (actionId != m_id)
        return;
    m_preview = request;
    render();
}

QString ProposalDetail::text() const
{
    QStringList parts;
    for (const QLabel *l : {m_title, m_meta, m_why, m_effect, m_fix, m_verify, m_outcome})
        if (l->isVisibleTo(this))
            parts.append(l->text());
    parts.append(m_request->toPlainText());
    return parts.join(u'\n');
}

void ProposalDetail::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ProposalDetail::retranslate()
{
    m_whyHeading->setText(tr("Why"));
    m_effectHeading->setText(tr("Expected effect and cost"));
    m_fixHeading->setText(tr("The fix"));
    m_verifyHeading->setText(tr("Verification"));
    m_outcomeHeading->setText(tr("Outcome"));
    m_requestHeading->setText(tr("Exact request"));
    m_previewButton->setText(tr("Show (dry run)"));
    m_previewButton->setToolTip(tr("Render the exact request the executor would send, without sending it"));
    m_empty->setText(tr("Select an action to see why it was proposed, what it will do and how it will be checked."));
    render();
}

void ProposalDetail::render()
{
    m_empty->setVisible(!m_record);
    m_scroll->setVisible(m_record.has_value());
    if (!m_record) {
        m_chart->clear();
        return;
    }
    const Actions::ActionRecord &r = *m_record;
    const Actions::Proposal &p = r.proposal;
    using Actions::ProposalText;
    m_title->setText(ProposalText::title(p));

    QStringList meta;
    meta.append(InboxModel::origin(p));
    meta.append(tr("confidence %1").arg(ProposalText::confidence(p.confidence)));
    meta.append(tr("proposed %1").arg(when(r.createdMs)));
    if (r.shadow)
        meta.append(tr("forecast only: recorded and scored, never executed"));
    if (r.state == Actions::ActionState::Proposed && r.expiresMs > 0)
        meta.append(tr("expires %1").arg(when(r.expiresMs)));
    m_meta->setText(meta.join(u" · "_s));

    QString why = ProposalText::reason(p);
    if (p.trigger == Actions::Trigger::Diagnosis && !p.pattern.isEmpty())
        why += u"\n"_s + tr("Pattern: %1.").arg(Analysis::DiagnosisCatalogue::evidenceSummary(p.pattern));
    if (p.actedServiceId() != p.serviceId)
        why += u"\n"_s + tr("Seen on %1; the fix applies to %2.").arg(p.serviceId, p.actedServiceId());
    QStringList also;
    for (const QJsonValue &v : p.facts.value(u"alsoSeen"_s).toArray()) {
        const QJsonObject o = v.toObject();
        also.append(u"%1 (%2)"_s.arg(Analysis::DiagnosisCatalogue::label(o.value(u"pattern"_s).toString()),
                                     o.value(u"serviceId"_s).toString()));
    }
    if (!also.isEmpty())
        why += u"\n"_s + tr("Also suggested by: %1.").arg(also.join(u", "_s));
    m_why->setText(why);
    if (!p.evidence.isEmpty()) {
        m_chart->setEvidence(p.evidence.first(), p.forecast);
        m_chart->show();
    } else if (!p.forecast.isEmpty()) {
        Actions::EvidenceSeries none;
        none.kind = Model::MetricKind::Rps;
        m_chart->setEvidence(none, p.forecast);
        m_chart->show();
    } else {
        m_chart->clear();
        m_chart->hide();
    }

    m_effect->setText(ProposalText::effect(p) + u"\n"_s
                      + tr("Cost: %1.").arg(ProposalText::costPerMonth(p.costDeltaPerMonth)));

    QString fix = ProposalText::fixLabel(p.fix);
    if (p.kind == Actions::ActionKind::Manual)
        fix += u" — "_s + tr("a manual fix:") + u"\n"_s + ProposalText::manualChecklist(p);
    else
        fix += u": "_s + ProposalText::fixDescription(p.fix);
    if (!p.learnedNote.isEmpty())
        fix += u"\n"_s + tr("Learned: %1").arg(p.learnedNote);
    if (!p.alternatives.isEmpty()) {
        QStringList alts;
        for (const QString &a : p.alternatives)
            alts.append(ProposalText::fixLabel(a));
        fix += u"\n"_s + tr("Alternatives: %1.").arg(alts.join(u", "_s));
    }
    m_fix->setText(fix);
    m_verify->setText(ProposalText::verification(p));

    QStringList outcome;
    if (r.state != Actions::ActionState::Proposed || r.shadow) {
        outcome.append(Actions::ActionStateMachine::stateLabel(r.state)
                       + (r.decidedBy.isEmpty() ? QString() : u" · "_s + tr("decided by %1").arg(r.decidedBy))
                       + (r.decidedMs > 0 ? u" · "_s + when(r.decidedMs) : QString()));
        if (!r.reason.isEmpty())
            outcome.append(r.reason);
        if (r.execution.appliedMs > 0)
            outcome.append(tr("Applied at %1: %2").arg(when(r.execution.appliedMs), r.execution.providerReply));
        if (std::isfinite(r.outcome.after)) {
            const Model::MetricKind k = p.verification.metric;
            outcome.append(tr("Measured %1 over %n sample(s), against %2.", nullptr, r.outcome.samples)
                               .arg(Model::formatMetricValue(r.shadow ? Model::MetricKind::Rps : k, r.outcome.after),
                                    Model::formatMetricValue(r.shadow ? Model::MetricKind::Rps : k,
                                                             r.shadow ? r.outcome.before : r.outcome.threshold)));
        }
    }
    m_outcome->setText(outcome.join(u'\n'));
    m_outcomeHeading->setVisible(!outcome.isEmpty());
    m_outcome->setVisible(!outcome.isEmpty());

    const QString request = !m_preview.isEmpty() ? m_preview : r.execution.request;
    m_request->setPlainText(request.isEmpty() ? tr("Not rendered yet.") : request);
    m_previewButton->setVisible(p.kind != Actions::ActionKind::Manual && !r.shadow
                                && (r.state == Actions::ActionState::Proposed || r.state == Actions::ActionState::Approved));
}

} // namespace Gui
