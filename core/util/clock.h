#pragma once

#include <QtGlobal>

#include <atomic>

namespace Util {

// Time source injected everywhere "now" matters, so tests and the demo fleet
// (which can run faster than real time) control it. Milliseconds since the epoch, UTC.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;
};

class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override;
};

// Runs `speed` times faster than the wall clock from `originMs` on; used by the demo
// fleet's --demo-speed. Thread-safe: read from the poll and GUI threads.
class ScaledClock final : public Clock
{
public:
    ScaledClock(qint64 originMs, double speed);
    qint64 nowMs() const override;
    double speed() const { return m_speed; }

private:
    qint64 m_originMs;
    qint64 m_wallStartMs;
    double m_speed;
};

// Advanced by hand in tests.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 nowMs) : m_now(nowMs) { }
    qint64 nowMs() const override { return m_now.load(); }
    void setNowMs(qint64 nowMs) { m_now.store(nowMs); }
    void advanceMs(qint64 deltaMs) { m_now.fetch_add(deltaMs); }

private:
    std::atomic<qint64> m_now;
};

} // namespace Util
