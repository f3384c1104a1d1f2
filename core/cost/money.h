#pragma once

#include "core/util/result.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <compare>

namespace Cost {

// 128-bit integer for exact intermediate products (price x quantity x time); GCC and
// Clang provide it, and __extension__ keeps -Wpedantic quiet about it.
__extension__ using Int128 = __int128;

// An amount of money in millionths of the currency unit (micro-dollars for USD).
// Integer arithmetic only: sums are exact, so a table's rows add up to its total to
// the micro-unit; rounding to cents happens only when an amount is shown.
class Money final
{
    Q_DECLARE_TR_FUNCTIONS(Cost::Money)
public:
    static constexpr qint64 kMicrosPerUnit = 1'000'000;

    constexpr Money() = default;
    static constexpr Money fromMicros(qint64 micros) { return Money(micros); }
    // For estimates that are doubles by nature (forecasts): rounded half away from zero.
    static Money fromUnits(double units);
    // A decimal written with a dot and at most six decimals ("12.5", "-0.000463").
    static Util::Result<Money> parse(QStringView text);

    constexpr qint64 micros() const { return m_micros; }
    double toUnits() const { return double(m_micros) / double(kMicrosPerUnit); }
    constexpr bool isZero() const { return m_micros == 0; }

    // The amount in minor units (cents for two digits), rounded half away from zero.
    qint64 roundedMinor(int minorDigits = 2) const;

    // "$1,234.57" style text in the locale, rounded to `decimals` (0..6).
    QString format(const QLocale &locale = QLocale(), int decimals = 2) const;
    // The same number without the currency symbol, for table cells.
    QString formatNumber(const QLocale &locale = QLocale(), int decimals = 2) const;
    // Plain "1234.57" (dot, no grouping) for CSV and machine output.
    QString toPlainString(int decimals = 2) const;

    constexpr Money operator+(Money other) const { return Money(m_micros + other.m_micros); }
    constexpr Money operator-(Money other) const { return Money(m_micros - other.m_micros); }
    constexpr Money operator-() const { return Money(-m_micros); }
    constexpr Money &operator+=(Money other)
    {
        m_micros += other.m_micros;
        return *this;
    }
    constexpr Money &operator-=(Money other)
    {
        m_micros -= other.m_micros;
        return *this;
    }
    constexpr Money operator*(qint64 factor) const { return Money(m_micros * factor); }
    friend constexpr bool operator==(Money, Money) = default;
    friend constexpr auto operator<=>(Money, Money) = default;

    // `numerator / denominator` rounded half away from zero; the basic step of every
    // charge (see Charge). The denominator must be positive.
    static qint64 divideRounded(Int128 numerator, Int128 denominator);
    // Minor units shown for `micros` ("12.345678" -> 1235 cents).
    static qint64 toMinor(qint64 micros, int minorDigits);
    // Minor units back to text ("1235" with 2 digits -> "12.35") in the locale.
    static QString formatMinor(qint64 minor, int minorDigits, const QLocale &locale, bool withSymbol);

private:
    explicit constexpr Money(qint64 micros) : m_micros(micros) { }
    qint64 m_micros = 0;
};

// A decimal price with up to nine decimals kept exactly, in billionths of the
// currency unit ("0.0049225" dollars per GB-hour = 4,922,500 nano-dollars).
struct Nanos
{
    qint64 value = 0;
    static Util::Result<Nanos> parse(QStringView text);
    QString toString() const; // shortest exact decimal
    friend bool operator==(const Nanos &, const Nanos &) = default;
};

// Sums charges of one kind exactly and rounds once at the end. A charge is
// price x quantity x duration / unit; terms are kept as one 128-bit numerator over a
// fixed denominator, so a month of hourly buckets rounds to the micro-unit once,
// not 744 times.
class Charge final
{
public:
    // `unitMs`: the time unit the price is per (60,000 for per-minute); 0 for prices
    // per quantity only (egress per GB). `quantityScale`: the quantity's units per
    // priced unit (1,000,000 when the quantity is in micro-vCPU and the price per vCPU).
    Charge(qint64 unitMs, qint64 quantityScale);

    void add(Nanos price, qint64 quantity, qint64 durationMs = 1);
    Money total() const;
    bool isEmpty() const { return m_numerator == 0; }

private:
    qint64 m_unitMs;
    qint64 m_quantityScale;
    Int128 m_numerator = 0;
};

} // namespace Cost
