#include "core/util/clock.h"

#include <QDateTime>

namespace Util {

qint64 SystemClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

ScaledClock::ScaledClock(qint64 originMs, double speed)
    : m_originMs(originMs)
    , m_wallStartMs(QDateTime::currentMSecsSinceEpoch())
    , m_speed(speed > 0.0 ? speed : 1.0)
{
}

qint64 ScaledClock::nowMs() const
{
    const qint64 wallElapsed = QDateTime::currentMSecsSinceEpoch() - m_wallStartMs;
    return m_originMs + static_cast<qint64>(static_cast<double>(wallElapsed) * m_speed);
}

} // namespace Util
