#pragma once

#include "core/experiments/experimenttypes.h"

#include <QLocale>

namespace Experiments {

// The verdict in words, in the current language: "Variant B wins: +12% conversion,
// 97% probability to beat control." Built at display time, so a language switch
// re-renders it.
class VerdictText final
{
public:
    static QString headline(const Verdict &verdict, const QLocale &locale = QLocale());
    // One line on method and caveats under the headline.
    static QString detail(const ExperimentReport &report, const QLocale &locale = QLocale());

    // "+12" / "−3.5" (no percent sign): one decimal below 10%.
    static QString liftNumber(double relativeLift, const QLocale &locale = QLocale());
    // "97", "99.9" or "> 99.9": never rounds a probability up to certainty.
    static QString probabilityNumber(double probability, const QLocale &locale = QLocale());
    // Rounded to two significant figures: 4,187 -> 4,200.
    static qint64 roundedUsers(qint64 users);
    // "4.1" for 0.041 (a rate as a percentage number).
    static QString rateNumber(double rate, const QLocale &locale = QLocale());
};

} // namespace Experiments
