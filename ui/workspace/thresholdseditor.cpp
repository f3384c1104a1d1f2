#include "ui/workspace/thresholdseditor.h"

#include "core/model/metricformat.h"

#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Gui {

namespace {

// The spin boxes' minimum stands for "no limit" (NaN in the model).
constexpr double kOff = -1.0;

// Error rate is a fraction in the model and a percentage on screen.
double toScreen(Model::MetricKind kind, double value)
{
    if (std::isnan(value))
        return kOff;
    return Model::metricUnit(kind) == Model::MetricUnit::Fraction ? value * 100.0 : value;
}

double fromScreen(Model::MetricKind kind, double value)
{
    if (value <= kOff)
        return std::nan("");
    return Model::metricUnit(kind) == Model::MetricUnit::Fraction ? value / 100.0 : value;
}

int decimalsFor(Model::MetricKind kind)
{
    switch (Model::metricUnit(kind)) {
    case Model::MetricUnit::Fraction: return 2;
    case Model::MetricUnit::PerSecond: return 2;
    case Model::MetricUnit::Percent: return 1;
    case Model::MetricUnit::Milliseconds:
    case Model::MetricUnit::Count:
    case Model::MetricUnit::Days:
    case Model::MetricUnit::Messages: return 0;
    case Model::MetricUnit::BytesPerSecond: return 0;
    }
    return 0;
}

QString suffixFor(Model::MetricKind kind)
{
    if (Model::metricUnit(kind) == Model::MetricUnit::Fraction)
        return u" %"_s;
    const QString suffix = Model::metricUnitSuffix(kind);
    return suffix.isEmpty() ? QString() : u" "_s + suffix.trimmed();
}

bool same(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || std::abs(a - b) < 1e-9;
}

} // namespace

ThresholdsEditor::ThresholdsEditor(QWidget *parent)
    : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    auto *metricHeader = new QLabel(tr("Metric"), this);
    auto *degradedHeader = new QLabel(tr("Degraded at"), this);
    auto *downHeader = new QLabel(tr("Down at"), this);
    for (QLabel *header : {metricHeader, degradedHeader, downHeader}) {
        QFont font = header->font();
        font.setBold(true);
        header->setFont(font);
    }
    grid->addWidget(metricHeader, 0, 0);
    grid->addWidget(degradedHeader, 0, 1);
    grid->addWidget(downHeader, 0, 2);

    int line = 1;
    for (Model::MetricKind kind : Model::allMetricKinds()) {
        Row &row = m_rows.at(Model::metricIndex(kind));
        // More replicas is never worse, and none at all is its own rule (Down):
        // a replicas limit would mean nothing, so it is not offered.
        const bool offered = kind != Model::MetricKind::Replicas;
        // A cache hit ratio or a certificate's days left is worse when lower: the
        // label says so, as the limits then run the other way (degraded > down).
        row.label = new QLabel(Model::lowerIsWorse(kind) ? tr("%1 (at or below)").arg(Model::metricKindLabel(kind))
                                                         : Model::metricKindLabel(kind),
                               this);
        for (bool down : {false, true}) {
            auto *box = new QDoubleSpinBox(this);
            box->setObjectName((down ? u"down_"_s : u"degraded_"_s) + Model::metricKindId(kind));
            box->setDecimals(decimalsFor(kind));
            const Model::MetricUnit unit = Model::metricUnit(kind);
            box->setRange(kOff, unit == Model::MetricUnit::Fraction  ? 100.0
                                : unit == Model::MetricUnit::Percent ? 1000.0 // CPU can burst over its request
                                : unit == Model::MetricUnit::BytesPerSecond ? 1e12 // up to 1 TB/s
                                                                     : 1'000'000.0);
            box->setSpecialValueText(tr("off"));
            box->setSuffix(suffixFor(kind));
            box->setAccelerated(true);
            connect(box, &QDoubleSpinBox::valueChanged, this, [this] {
                updateMarks();
                emit changed();
            });
            (down ? row.down : row.degraded) = box;
        }
        row.mark = new QLabel(this);
        row.label->setBuddy(row.degraded);
        if (!offered) {
            for (QWidget *w : {static_cast<QWidget *>(row.label), static_cast<QWidget *>(row.degraded),
                               static_cast<QWidget *>(row.down), static_cast<QWidget *>(row.mark)})
                w->hide();
            continue;
        }
        grid->addWidget(row.label, line, 0);
        grid->addWidget(row.degraded, line, 1);
        grid->addWidget(row.down, line, 2);
        grid->addWidget(row.mark, line, 3);
        ++line;
    }

    auto *staleLabel = new QLabel(tr("Stale when the newest sample is older than"), this);
    m_stale = new QSpinBox(this);
    m_stale->setObjectName(u"staleAfterSeconds"_s);
    m_stale->setRange(10, 7 * 24 * 3600);
    m_stale->setSuffix(u" "_s + tr("s", "seconds"));
    staleLabel->setBuddy(m_stale);
    connect(m_stale, &QSpinBox::valueChanged, this, [this] {
        updateMarks();
        emit changed();
    });
    grid->addWidget(staleLabel, line, 0, 1, 2);
    grid->addWidget(m_stale, line, 2);
    ++line;

    auto *note = new QLabel(tr("\"off\" (the lowest value) disables a limit. Limits that match the defaults follow "
                               "them if a later version of Straja changes a default."),
                            this);
    note->setWordWrap(true);
    auto *reset = new QPushButton(tr("Restore defaults"), this);
    reset->setObjectName(u"restoreDefaults"_s);
    connect(reset, &QPushButton::clicked, this, [this] { setThresholds(Model::HealthThresholds::defaults()); });
    grid->addWidget(note, line, 0, 1, 3);
    grid->addWidget(reset, line, 3);
    grid->setColumnStretch(3, 1);
    setThresholds(Model::HealthThresholds::defaults());
}

ThresholdsEditor::~ThresholdsEditor() = default;

QDoubleSpinBox *ThresholdsEditor::limitBox(Model::MetricKind kind, bool down) const
{
    const Row &row = m_rows.at(Model::metricIndex(kind));
    return down ? row.down : row.degraded;
}

void ThresholdsEditor::setThresholds(const Model::HealthThresholds &thresholds)
{
    m_original = thresholds;
    for (Model::MetricKind kind : Model::allMetricKinds()) {
        const Row &row = m_rows.at(Model::metricIndex(kind));
        const QSignalBlocker blockDegraded(row.degraded);
        const QSignalBlocker blockDown(row.down);
        row.degraded->setValue(toScreen(kind, thresholds[kind].degraded));
        row.down->setValue(toScreen(kind, thresholds[kind].down));
    }
    {
        const QSignalBlocker block(m_stale);
        m_stale->setValue(thresholds.staleAfterSeconds);
    }
    updateMarks();
    emit changed();
}

Model::HealthThresholds ThresholdsEditor::thresholds() const
{
    Model::HealthThresholds t = Model::HealthThresholds::defaults();
    // A box shows its value rounded to its decimals: an untouched box keeps the
    // exact value it was given, so opening and saving changes nothing.
    auto valueOf = [](Model::MetricKind kind, const QDoubleSpinBox *box, double original) {
        const double shown = box->value();
        const double scale = std::pow(10.0, box->decimals());
        const double originalShown = std::round(toScreen(kind, original) * scale) / scale;
        if (std::abs(shown - originalShown) < 0.5 / scale)
            return original;
        return fromScreen(kind, shown);
    };
    for (Model::MetricKind kind : Model::allMetricKinds()) {
        const Row &row = m_rows.at(Model::metricIndex(kind));
        t[kind].degraded = valueOf(kind, row.degraded, m_original[kind].degraded);
        t[kind].down = valueOf(kind, row.down, m_original[kind].down);
    }
    t.staleAfterSeconds = m_stale->value();
    return t;
}

void ThresholdsEditor::updateMarks()
{
    const Model::HealthThresholds defaults = Model::HealthThresholds::defaults();
    const Model::HealthThresholds current = thresholds();
    for (Model::MetricKind kind : Model::allMetricKinds()) {
        const Row &row = m_rows.at(Model::metricIndex(kind));
        const Model::MetricLimits &limits = current[kind];
        if (Model::limitsInverted(kind, limits.degraded, limits.down)) {
            row.mark->setText(Model::lowerIsWorse(kind) ? tr("degraded must not be below down")
                                                        : tr("degraded must not be above down"));
            row.mark->setStyleSheet(u"color: #b3261e;"_s);
        } else if (!same(limits.degraded, defaults[kind].degraded) || !same(limits.down, defaults[kind].down)) {
            row.mark->setText(tr("changed"));
            row.mark->setStyleSheet(QString());
        } else {
            row.mark->clear();
        }
    }
}

} // namespace Gui
