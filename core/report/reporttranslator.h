#pragma once

#include "core/actions/actiontypes.h"
#include "core/cost/costtypes.h"
#include "core/engine/health.h"
#include "core/experiments/experimenttypes.h"
#include "core/model/metrickind.h"

#include <QLocale>
#include <QString>
#include <QTimeZone>
#include <QTranslator>

namespace Report {

// The words of one report in its own language, independent of the language the
// application currently shows: a report in Romanian can be written from an English
// session, and from a worker thread (the catalogue is only read here).
// Texts are marked with QT_TRANSLATE_NOOP("Report", ...) so lupdate finds them.
class ReportTranslator final
{
    Q_DISABLE_COPY_MOVE(ReportTranslator)
public:
    // `language` is "en" or "ro"; `timeZoneId` an IANA id, empty for the system's zone.
    ReportTranslator(const QString &language, const QString &timeZoneId = {});

    const QString &language() const { return m_language; }
    const QLocale &locale() const { return m_locale; }
    const QTimeZone &timeZone() const { return m_zone; }

    // Translation of a "Report" text; `n` >= 0 selects a plural form and fills %n.
    QString text(const char *sourceText, int n = -1) const;

    QString metricLabel(Model::MetricKind kind) const;
    QString metricUnit(Model::MetricKind kind) const;
    QString healthName(Engine::Health health) const;
    // An action's final state ("Succeeded", "Rejected", ...), and what it did.
    QString actionState(Actions::ActionState state) const;
    QString actionWhat(Actions::ActionKind kind, const QString &fix, int fromReplicas, int toReplicas) const;
    // Cost words in the report's language: the same source texts as the cost view
    // (contexts Cost::Resource, Cost::Risk, Cost::Recommendation), so both agree.
    QString resourceName(Cost::Resource resource) const;
    QString riskName(Cost::Risk risk) const;
    QString recommendationTitle(const Cost::Recommendation &recommendation) const;
    // An experiment's verdict: the headline the flags view shows
    // (Experiments::VerdictText), in the report's language and locale.
    QString verdictHeadline(const Experiments::Verdict &verdict) const;
    // Cents as money in the report's locale ("$1,234.50", "1.234,50 $").
    QString money(qint64 cents) const;

    // Where a report's figures came from, for its header.
    QString storeOrigin(const QString &databasePath) const;
    QString demoOrigin(quint64 seed) const;

    // Numbers in the report's locale ("1.234,5" in Romanian); NaN prints as an em dash.
    QString number(double value, int decimals) const;
    // A metric value with its unit, at the precision the screens use.
    QString metricValue(Model::MetricKind kind, double value) const;
    QString percent(double fraction, int decimals = 1) const;
    // Date and time in the report's zone, with the zone's abbreviation where asked.
    QString dateTime(qint64 ms, bool withZone = false) const;
    QString date(qint64 ms) const;
    // "March 2026" / "martie 2026": the calendar month `ms` falls in, in the report's zone.
    QString monthName(qint64 ms) const;

private:
    QString m_language;
    QLocale m_locale;
    QTimeZone m_zone;
    QTranslator m_translator;
    bool m_loaded = false;
};

} // namespace Report
