#pragma once

#include "core/analysis/diagnosis/diagnosistypes.h"

#include <QCoreApplication>

namespace Analysis {

// One known failure pattern: what it looks like, how to fix it, how to check the fix.
struct PatternInfo
{
    QString id;
    QStringList fixes;        // candidate fix ids, preferred first
    QVector<Signal> inputs;   // the signals it needs to see
};

// The catalogue of repair diagnoses (docs/actions.md lists each pattern's evidence,
// fix and verification). Each detector is a pure function of a DiagnosisInput and
// is tuned to fire on its pattern and stay silent on healthy seasonal traffic and
// on the other patterns (tests/core/tst_diagnosis.cpp holds it to that).
class DiagnosisCatalogue final
{
    Q_DECLARE_TR_FUNCTIONS(Diagnosis)
public:
    static const QVector<PatternInfo> &patterns();
    static const PatternInfo *pattern(const QString &id);

    // Translated texts.
    static QString label(const QString &patternId);
    // What was seen, from a finding's facts: "memory grows 1.2 %/h steadily; the limit is reached in about 21 h".
    static QString describe(const QString &patternId, const QJsonObject &facts);
    static QString evidenceSummary(const QString &patternId);
    static QString verificationSummary(const QString &patternId);

    // Every pattern that fires on `input`, most confident first.
    QVector<Finding> diagnose(const DiagnosisInput &input) const;
};

} // namespace Analysis
