#include "ui/flags/experimentmodel.h"

#include "core/experiments/verdicttext.h"
#include "ui/flags/flagtext.h"

#include <QFont>
#include <QLocale>

using namespace Qt::StringLiterals;
using Experiments::isDefined;

namespace Gui {

ExperimentModel::ExperimentModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

ExperimentModel::~ExperimentModel() = default;

void ExperimentModel::setReport(const Experiments::ExperimentReportPtr &report)
{
    const bool sameShape = m_report && report && m_report->variants.size() == report->variants.size()
        && m_report->definition.id == report->definition.id;
    if (!sameShape)
        beginResetModel();
    m_report = report;
    if (!sameShape)
        endResetModel();
    else if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ExperimentModel::retranslate()
{
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int ExperimentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_report ? 0 : int(m_report->variants.size());
}

int ExperimentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExperimentModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_report || index.row() >= m_report->variants.size())
        return {};
    const Experiments::VariantStats &v = m_report->variants.at(index.row());
    const QLocale locale;
    if (role == RawValueRole) {
        switch (index.column()) {
        case Variant: return v.variant;
        case Users: return v.exposures;
        case Conversions: return v.conversions;
        case Conversion: return v.rate;
        case Lift: return v.relativeLift;
        case ProbabilityToBeat: return v.probabilityToBeatControl;
        case ExpectedLoss: return v.expectedLoss;
        case PValue: return v.alwaysValidPValue;
        default: return {};
        }
    }
    if (role == Qt::FontRole && v.isControl && index.column() == Variant) {
        QFont f;
        f.setItalic(true);
        return f;
    }
    if (role == Qt::TextAlignmentRole && index.column() != Variant)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == ProbabilityToBeat && !v.isControl)
        return tr("Probability that this variant converts better than control (Bayesian, uniform prior)");
    if (role == Qt::ToolTipRole && index.column() == ExpectedLoss && !v.isControl)
        return tr("Conversion lost on average, in percentage points, if this variant is shipped and is in fact "
                  "worse than control");
    if (role == Qt::ToolTipRole && index.column() == Lift && !v.isControl && isDefined(v.differenceInterval.lower))
        return tr("Difference in conversion: %1 to %2 percentage points (95% interval)")
            .arg(locale.toString(v.differenceInterval.lower * 100, 'f', 2),
                 locale.toString(v.differenceInterval.upper * 100, 'f', 2));
    if (role == Qt::ToolTipRole && index.column() == PValue && !v.isControl)
        return tr("Always-valid p-value of the sequential test (mSPRT); the fixed-horizon z-test gives %1, which "
                  "is only valid when looked at once at a planned size.")
            .arg(isDefined(v.fixedHorizonPValue) ? locale.toString(v.fixedHorizonPValue, 'g', 2) : u"\u2014"_s);
    if (role != Qt::DisplayRole)
        return {};
    const QString none = u"\u2014"_s;
    switch (index.column()) {
    case Variant:
        return v.isControl && v.variant != u"control" ? tr("%1 (control)").arg(v.variant) : v.variant;
    case Users:
        return locale.toString(v.exposures);
    case Conversions:
        return locale.toString(v.conversions);
    case Conversion:
        if (!isDefined(v.rate))
            return none;
        return tr("%1% (%2–%3)")
            .arg(Experiments::VerdictText::rateNumber(v.rate, locale),
                 Experiments::VerdictText::rateNumber(v.rateInterval.lower, locale),
                 Experiments::VerdictText::rateNumber(v.rateInterval.upper, locale));
    case Lift:
        return v.isControl || !isDefined(v.relativeLift) ? none
                                                          : tr("%1%").arg(Experiments::VerdictText::liftNumber(v.relativeLift, locale));
    case ProbabilityToBeat:
        return v.isControl || !isDefined(v.probabilityToBeatControl)
            ? none
            : tr("%1%").arg(Experiments::VerdictText::probabilityNumber(v.probabilityToBeatControl, locale));
    case ExpectedLoss:
        return v.isControl || !isDefined(v.expectedLoss)
            ? none
            : (v.expectedLoss * 100.0 < 0.001 ? tr("%1 pp").arg(u"< "_s + locale.toString(0.001, 'f', 3))
                                              : tr("%1 pp").arg(locale.toString(v.expectedLoss * 100.0, 'f', 3)));
    case PValue:
        return v.isControl || !isDefined(v.alwaysValidPValue) ? none
                                                               : locale.toString(v.alwaysValidPValue, 'g', 2);
    default:
        return {};
    }
}

QVariant ExperimentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Variant: return tr("Variant");
    case Users: return tr("Users");
    case Conversions: return tr("Conversions");
    case Conversion: return tr("Conversion (95% CI)");
    case Lift: return tr("Lift");
    case ProbabilityToBeat: return tr("Beats control");
    case ExpectedLoss: return tr("Expected loss");
    case PValue: return tr("p (always valid)");
    default: return {};
    }
}

} // namespace Gui
