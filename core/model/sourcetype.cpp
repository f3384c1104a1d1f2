#include "core/model/sourcetype.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Model {

QString sourceTypeId(SourceType type)
{
    switch (type) {
    case SourceType::Demo: return u"demo"_s;
    case SourceType::Prometheus: return u"prometheus"_s;
    case SourceType::Railway: return u"railway"_s;
    case SourceType::Jaeger: return u"jaeger"_s;
    case SourceType::Unleash: return u"unleash"_s;
    }
    return u"demo"_s;
}

QList<SourceType> allSourceTypes()
{
    return {SourceType::Demo, SourceType::Prometheus, SourceType::Railway, SourceType::Jaeger, SourceType::Unleash};
}

std::optional<SourceType> sourceTypeFromId(QStringView id)
{
    for (SourceType type : allSourceTypes()) {
        if (sourceTypeId(type) == id)
            return type;
    }
    return std::nullopt;
}

QString sourceTypeLabel(SourceType type)
{
    switch (type) {
    case SourceType::Demo: return QCoreApplication::translate("Model", "Demo fleet (simulated)");
    case SourceType::Prometheus: return QCoreApplication::translate("Model", "Prometheus");
    case SourceType::Railway: return QCoreApplication::translate("Model", "Railway");
    case SourceType::Jaeger: return QCoreApplication::translate("Model", "Jaeger (traces)");
    case SourceType::Unleash: return QCoreApplication::translate("Model", "Unleash (feature flags)");
    }
    return QString();
}

QString sourceAuthId(SourceAuth auth)
{
    switch (auth) {
    case SourceAuth::None: return u"none"_s;
    case SourceAuth::Bearer: return u"bearer"_s;
    case SourceAuth::Basic: return u"basic"_s;
    }
    return u"none"_s;
}

std::optional<SourceAuth> sourceAuthFromId(QStringView id)
{
    for (SourceAuth auth : {SourceAuth::None, SourceAuth::Bearer, SourceAuth::Basic}) {
        if (sourceAuthId(auth) == id)
            return auth;
    }
    return std::nullopt;
}

QString sourceAuthLabel(SourceAuth auth)
{
    switch (auth) {
    case SourceAuth::None: return QCoreApplication::translate("Model", "None");
    case SourceAuth::Bearer: return QCoreApplication::translate("Model", "Bearer token");
    case SourceAuth::Basic: return QCoreApplication::translate("Model", "User name and password");
    }
    return QString();
}

} // namespace Model
