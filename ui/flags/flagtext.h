#pragma once

#include "core/experiments/experimenttypes.h"
#include "core/flags/flagsnapshot.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace Gui {

// The one place flag and experiment values become text in the view, in the
// current language and locale.
class FlagText final
{
    Q_DECLARE_TR_FUNCTIONS(FlagText)
public:
    static QString flagType(const QString &type);
    // "On · 25%", "On · everyone", "Off".
    static QString environmentState(const Flags::FeatureEnvironment &environment, const QLocale &locale = QLocale());
    // "Gradual rollout 25% by userId · 1 constraint · segment", "Everyone", "4 listed users".
    static QString strategy(const Flags::Strategy &strategy, const QLocale &locale = QLocale());
    static QString strategies(const Flags::FeatureEnvironment &environment, const QLocale &locale = QLocale());
    // "25% of users", "25% of users matching the constraints", "+ 4 listed users".
    static QString reach(const Flags::Reach &reach, const QLocale &locale = QLocale());
    // "rollout changed in production, 3 h ago by ana@ops".
    static QString lastChange(const Flags::FlagEvent &event, qint64 nowMs);
    static QString eventType(const QString &type);
    static QString ago(qint64 thenMs, qint64 nowMs);
    static QString percent(double fraction, int decimals, const QLocale &locale = QLocale());
    static QString guardrail(const Flags::GuardrailReading &reading, const QLocale &locale = QLocale());
    static QString experimentSource(Experiments::CountsSource source);
};

} // namespace Gui
