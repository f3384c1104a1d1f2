#pragma once

#include "core/sources/railway/railwaytypes.h"

#include <QMetaType>
#include <QVector>

#include <memory>

namespace Engine {

// What a provider says a source's projects used this billing period and what it
// expects the bill to be (Railway's usage and estimatedUsage), with when it was
// asked; the cost tab sets it beside Straja's own cost model.
struct SourceUsage
{
    QString sourceId;
    Sources::Railway::UsageList projects;
    QString error;   // the last read's problem (translated); the projects are the last good answer
    qint64 atMs = 0; // when `projects` was answered
};

struct UsageReport
{
    QVector<SourceUsage> sources;
};
using UsageReportPtr = std::shared_ptr<const UsageReport>;

} // namespace Engine

Q_DECLARE_METATYPE(Engine::UsageReportPtr)
