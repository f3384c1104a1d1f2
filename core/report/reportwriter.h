#pragma once

#include "core/report/reporttypes.h"
#include "core/util/result.h"

#include <atomic>

namespace Report {

class ReportTranslator;

// Writes a gathered report in the requested format to `path`, atomically: the file
// appears complete or not at all (QSaveFile), also when cancelled or on error.
class ReportWriter final
{
public:
    static Util::Result<void> write(const QString &path, const ReportData &data, const QVector<ChartImage> &charts,
                                    const ReportTranslator &words, const std::atomic_bool *cancel = nullptr);
};

} // namespace Report
