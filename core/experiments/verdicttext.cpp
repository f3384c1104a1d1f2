#include "core/experiments/verdicttext.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Experiments {

namespace {

// Plural forms take an int; user counts beyond it read the same.
int clampToInt(qint64 n)
{
    return n > std::numeric_limits<int>::max() ? std::numeric_limits<int>::max() : int(n);
}

} // namespace

QString VerdictText::liftNumber(double relativeLift, const QLocale &locale)
{
    if (!isDefined(relativeLift))
        return u"?"_s;
    const double pct = relativeLift * 100.0;
    const int decimals = std::fabs(pct) < 10.0 ? 1 : 0;
    QString text = locale.toString(std::fabs(pct), 'f', decimals);
    return (pct < 0 ? u"\u2212"_s : u"+"_s) + text;
}

QString VerdictText::probabilityNumber(double probability, const QLocale &locale)
{
    if (!isDefined(probability))
        return u"?"_s;
    const double pct = probability * 100.0;
    if (pct > 99.9)
        return u"> "_s + locale.toString(99.9, 'f', 1);
    if (pct >= 99.0) // one decimal, rounded down: 99.94 is not "100"
        return locale.toString(std::floor(pct * 10.0) / 10.0, 'f', 1);
    if (pct < 1.0)
        return pct < 0.1 ? u"< "_s + locale.toString(0.1, 'f', 1) : locale.toString(std::ceil(pct * 10.0) / 10.0, 'f', 1);
    return locale.toString(std::round(pct), 'f', 0);
}

qint64 VerdictText::roundedUsers(qint64 users)
{
    if (users < 100)
        return users;
    const double magnitude = std::pow(10.0, std::floor(std::log10(double(users))) - 1.0);
    return qint64(std::ceil(double(users) / magnitude - 1e-9) * magnitude);
}

QString VerdictText::rateNumber(double rate, const QLocale &locale)
{
    if (!isDefined(rate))
        return u"\u2014"_s;
    return locale.toString(rate * 100.0, 'f', rate < 0.1 ? 2 : 1);
}

QString VerdictText::headline(const Verdict &verdict, const QLocale &locale)
{
    switch (verdict.kind) {
    case VerdictKind::NoData:
        return QCoreApplication::translate("Experiments", "No data yet: nobody has been exposed to the experiment.");
    case VerdictKind::SampleRatioMismatch:
        return QCoreApplication::translate("Experiments",
                                           "Sample ratio mismatch (p = %1): the variants did not get the share of "
                                           "users the flag assigns. Fix the assignment before trusting any result.")
            .arg(locale.toString(verdict.srmPValue, 'g', 2));
    case VerdictKind::NotEnoughData: {
        if (verdict.moreUsersPerVariant <= 0)
            return QCoreApplication::translate("Experiments", "Not enough data yet.");
        // The count is written with the caller's locale; %n would use the default one.
        const qint64 users = roundedUsers(verdict.moreUsersPerVariant);
        return QCoreApplication::translate("Experiments", "Not enough data yet: about %1 more users per variant.",
                                           nullptr, clampToInt(users))
            .arg(locale.toString(users));
    }
    case VerdictKind::Winner:
        return QCoreApplication::translate("Experiments", "Variant %1 wins: %2% conversion, %3% probability to beat "
                                                          "control.")
            .arg(verdict.variant, liftNumber(verdict.relativeLift, locale),
                 probabilityNumber(verdict.probability, locale));
    case VerdictKind::Loser:
        return QCoreApplication::translate("Experiments", "Variant %1 loses: %2% conversion, %3% probability that "
                                                          "control is better.")
            .arg(verdict.variant, liftNumber(verdict.relativeLift, locale),
                 probabilityNumber(verdict.probability, locale));
    case VerdictKind::NoDifference:
        return QCoreApplication::translate("Experiments",
                                           "No difference found: at the planned size no variant changes conversion "
                                           "by the effect the experiment was built to detect.");
    }
    return {};
}

QString VerdictText::detail(const ExperimentReport &report, const QLocale &locale)
{
    const ExperimentDefinition &d = report.definition;
    QString text = QCoreApplication::translate("Experiments",
                                               "Decided by an always-valid sequential test (mSPRT) at %1% false "
                                               "positives, however often the results are looked at.")
                       .arg(locale.toString(d.alpha * 100.0, 'f', d.alpha * 100.0 < 1.0 ? 1 : 0));
    if (report.plan.defined)
        text += u' '
            + QCoreApplication::translate("Experiments",
                                          "Planned size: %L1 users per variant to detect %2% at %3% power "
                                          "(baseline %4%).")
                  .arg(report.plan.perVariant)
                  .arg(liftNumber(d.minimumDetectableEffect, locale),
                       locale.toString(d.power * 100.0, 'f', 0), rateNumber(report.plan.baselineRate, locale));
    return text;
}

} // namespace Experiments
