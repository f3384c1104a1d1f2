#pragma once

#include "core/util/result.h"

#include <QMetaType>
#include <QObject>
#include <QVector>

#include <memory>

namespace Sources {

// One alert as an alerting system reports it, already matched to the workspace.
struct Alert
{
    QString fingerprint;
    QString name;      // the alertname label
    QString severity;  // the severity label, e.g. critical, warning; may be empty
    QString state;     // active, suppressed (silenced or inhibited), unprocessed
    QString summary;   // the summary annotation, else the description
    qint64 startsAtMs = 0;
    QString generatorUrl;
    QVector<QPair<QString, QString>> labels; // sorted by name
    QString projectId; // empty: matched to no project
    QString serviceId; // empty: the project as a whole, or nothing

    QString label(QStringView name) const
    {
        for (const auto &[n, v] : labels) {
            if (n == name)
                return v;
        }
        return QString();
    }
    bool isFiring() const { return state == u"active"; }
};

using AlertList = QVector<Alert>;
using AlertListPtr = std::shared_ptr<const AlertList>;

// A connector that reports the alerts firing now. Lives on the engine's network
// thread; fetchAlerts() answers later with exactly one alertsFetched() or
// failed() carrying the same requestId.
class AlertSource : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertSource)
public:
    using QObject::QObject;
    ~AlertSource() override = default;

    virtual QString sourceId() const = 0;
    virtual void fetchAlerts(quint64 requestId) = 0;

signals:
    void alertsFetched(quint64 requestId, Sources::AlertListPtr alerts);
    void failed(quint64 requestId, Util::Error error);
};

} // namespace Sources

Q_DECLARE_METATYPE(Sources::AlertListPtr)
