#include "ui/workspace/servicedialog.h"

#include "ui/workspace/thresholdseditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gui {

namespace {

QStringList takenServiceIds(const Model::Workspace &ws)
{
    QStringList ids;
    for (const Model::Service &s : ws.services)
        ids.append(s.id);
    return ids;
}

// Fills an editable combo with suggestions and selects `current` (added if new).
void fillEditable(QComboBox *combo, const QStringList &suggestions, const QString &current)
{
    combo->setEditable(true);
    combo->addItems(suggestions);
    if (!current.isEmpty() && combo->findText(current) < 0)
        combo->addItem(current);
    combo->setCurrentText(current);
}

} // namespace

ServiceDialog::ServiceDialog(const Model::Service &service, const Model::Workspace &ws, QWidget *parent)
    : ItemDialog(takenServiceIds(ws), service.id, parent)
    , m_original(service)
{
    setObjectName(u"serviceDialog"_s);
    setWindowTitle(service.id.isEmpty() ? tr("Add service") : tr("Edit service"));

    m_project = new QComboBox(this);
    m_project->setObjectName(u"projectCombo"_s);
    for (const Model::Project &p : ws.projects)
        m_project->addItem(p.name, p.id);
    m_project->setCurrentIndex(std::max(0, m_project->findData(service.projectId)));

    m_role = new QComboBox(this);
    m_role->setObjectName(u"roleCombo"_s);
    // Roles are identifiers (they choose icons and defaults), not translated.
    fillEditable(m_role, {u"api"_s, u"web"_s, u"voice"_s, u"database"_s, u"site"_s, u"worker"_s}, service.role);

    m_source = new QComboBox(this);
    m_source->setObjectName(u"sourceCombo"_s);
    for (const Model::SourceConfig &s : ws.sources)
        m_source->addItem(s.name, s.id);
    m_source->setCurrentIndex(std::max(0, m_source->findData(service.sourceId)));

    m_provider = new QComboBox(this);
    m_provider->setObjectName(u"providerCombo"_s);
    fillEditable(m_provider, {u"kubernetes"_s, u"railway"_s, u"demo"_s}, service.provider);

    m_regions = new QLineEdit(service.regions.join(u", "_s), this);
    m_regions->setObjectName(u"regionsEdit"_s);
    m_regions->setPlaceholderText(tr("e.g. eu-west-1, us-east-1"));

    m_minReplicas = new QSpinBox(this);
    m_minReplicas->setObjectName(u"minReplicas"_s);
    m_minReplicas->setRange(0, 1000);
    m_minReplicas->setValue(service.minReplicas);
    m_maxReplicas = new QSpinBox(this);
    m_maxReplicas->setObjectName(u"maxReplicas"_s);
    m_maxReplicas->setRange(1, 1000);
    m_maxReplicas->setValue(service.maxReplicas);

    form()->addRow(tr("&Project:"), m_project);
    form()->addRow(tr("&Role:"), m_role);
    form()->addRow(tr("Metrics &source:"), m_source);
    form()->addRow(tr("Pro&vider (runs actions):"), m_provider);
    form()->addRow(tr("Re&gions:"), m_regions);
    form()->addRow(tr("Mi&nimum replicas:"), m_minReplicas);
    form()->addRow(tr("Ma&ximum replicas:"), m_maxReplicas);

    auto *limits = new QGroupBox(tr("Health limits"), this);
    m_thresholds = new ThresholdsEditor(limits);
    m_thresholds->setObjectName(u"thresholdsEditor"_s);
    m_thresholds->setThresholds(service.thresholds);
    auto *limitsLayout = new QVBoxLayout(limits);
    limitsLayout->addWidget(m_thresholds);
    form()->addRow(limits);

    for (QSpinBox *box : {m_minReplicas, m_maxReplicas})
        connect(box, &QSpinBox::valueChanged, this, &ServiceDialog::revalidate);
    connect(m_regions, &QLineEdit::textChanged, this, &ServiceDialog::revalidate);
    connect(m_thresholds, &ThresholdsEditor::changed, this, &ServiceDialog::revalidate);
    setName(service.name);
    revalidate();
    resize(620, sizeHint().height());
}

ServiceDialog::~ServiceDialog() = default;

Model::Service ServiceDialog::service() const
{
    Model::Service s = m_original;
    s.id = id();
    s.name = name();
    s.projectId = m_project->currentData().toString();
    s.role = m_role->currentText().trimmed();
    s.sourceId = m_source->currentData().toString();
    s.provider = m_provider->currentText().trimmed();
    s.regions.clear();
    for (const QString &region : m_regions->text().split(u',', Qt::SkipEmptyParts)) {
        if (!region.trimmed().isEmpty())
            s.regions.append(region.trimmed());
    }
    s.minReplicas = m_minReplicas->value();
    s.maxReplicas = m_maxReplicas->value();
    s.thresholds = m_thresholds->thresholds();
    return s;
}

QString ServiceDialog::problem() const
{
    if (const QString base = ItemDialog::problem(); !base.isEmpty())
        return base;
    if (m_project->count() == 0)
        return tr("Add a project first: every service belongs to one.");
    if (m_source->count() == 0)
        return tr("Add a source first: it is where the service's metrics come from.");
    static const QRegularExpression region(u"^[A-Za-z0-9._-]{1,64}$"_s);
    for (const QString &r : service().regions) {
        if (!region.match(r).hasMatch())
            return tr("'%1' is not a region name: use letters, digits, '.', '_' or '-'.").arg(r);
    }
    if (m_maxReplicas->value() < m_minReplicas->value())
        return tr("The maximum number of replicas must not be below the minimum.");
    const Model::HealthThresholds t = m_thresholds->thresholds();
    for (Model::MetricKind kind : Model::allMetricKinds()) {
        if (!Model::limitsInverted(kind, t[kind].degraded, t[kind].down)) // false when either is off (NaN)
            continue;
        if (Model::lowerIsWorse(kind))
            return tr("%1: the degraded limit must not be below the down limit (lower is worse here).")
                .arg(Model::metricKindLabel(kind));
        return tr("%1: the degraded limit must not be above the down limit.").arg(Model::metricKindLabel(kind));
    }
    return QString();
}

} // namespace Gui
