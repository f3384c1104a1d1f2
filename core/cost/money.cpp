#include "core/cost/money.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Cost {

namespace {

qint64 pow10(int digits)
{
    qint64 p = 1;
    for (int i = 0; i < digits; ++i)
        p *= 10;
    return p;
}

// Parses "[-]digits[.digits]" with at most `maxDecimals` decimals into an integer
// scaled by 10^maxDecimals. No exponent, no grouping, no comma: CSV and JSON prices
// must mean one thing in every locale.
Util::Result<qint64> parseScaled(QStringView text, int maxDecimals, const char *what)
{
    const QStringView t = text.trimmed();
    auto bad = [&](const QString &why) {
        return Util::makeError(u"money.format"_s,
                               Money::tr("'%1' is not a valid %2: %3").arg(t.toString(), Money::tr(what), why));
    };
    if (t.isEmpty())
        return bad(Money::tr("it is empty"));
    qsizetype i = 0;
    bool negative = false;
    if (t.at(0) == u'-' || t.at(0) == u'+') {
        negative = t.at(0) == u'-';
        ++i;
    }
    Int128 whole = 0;
    qint64 fraction = 0;
    int decimals = 0;
    bool dot = false;
    bool anyDigit = false;
    for (; i < t.size(); ++i) {
        const QChar c = t.at(i);
        if (c == u'.') {
            if (dot)
                return bad(Money::tr("more than one decimal point"));
            dot = true;
            continue;
        }
        if (c == u',')
            return bad(Money::tr("use a dot as the decimal separator and no thousands separator"));
        if (!c.isDigit() || c.unicode() > 127)
            return bad(Money::tr("unexpected character '%1'").arg(c));
        anyDigit = true;
        const int digit = c.unicode() - u'0';
        if (dot) {
            if (++decimals > maxDecimals)
                return bad(Money::tr("more than %n decimal(s)", nullptr, maxDecimals));
            fraction = fraction * 10 + digit;
        } else {
            whole = whole * 10 + digit;
            if (whole > Int128(std::numeric_limits<qint64>::max() / pow10(maxDecimals)))
                return bad(Money::tr("too large"));
        }
    }
    if (!anyDigit)
        return bad(Money::tr("no digits"));
    const qint64 scaled = qint64(whole) * pow10(maxDecimals) + fraction * pow10(maxDecimals - decimals);
    return negative ? -scaled : scaled;
}

} // namespace

qint64 Money::divideRounded(Int128 numerator, Int128 denominator)
{
    Q_ASSERT(denominator > 0);
    const bool negative = numerator < 0;
    const Int128 n = negative ? -numerator : numerator;
    const Int128 q = (n + denominator / 2) / denominator; // half away from zero
    return qint64(negative ? -q : q);
}

Money Money::fromUnits(double units)
{
    if (!std::isfinite(units))
        return Money();
    return Money(qint64(std::llround(units * double(kMicrosPerUnit))));
}

Util::Result<Money> Money::parse(QStringView text)
{
    auto scaled = parseScaled(text, 6, QT_TRANSLATE_NOOP("Cost::Money", "amount of money"));
    if (!scaled)
        return scaled.error();
    return Money(*scaled);
}

qint64 Money::toMinor(qint64 micros, int minorDigits)
{
    Q_ASSERT(minorDigits >= 0 && minorDigits <= 6);
    return divideRounded(micros, pow10(6 - minorDigits));
}

qint64 Money::roundedMinor(int minorDigits) const
{
    return toMinor(m_micros, minorDigits);
}

QString Money::formatMinor(qint64 minor, int minorDigits, const QLocale &locale, bool withSymbol)
{
    const qint64 scale = pow10(minorDigits);
    const qint64 absMinor = minor < 0 ? -minor : minor;
    QString number = locale.toString(absMinor / scale);
    if (minorDigits > 0) {
        number += locale.decimalPoint()
            + u"%1"_s.arg(absMinor % scale, minorDigits, 10, QLatin1Char('0'));
    }
    if (withSymbol) {
        // The symbol's side and spacing follow the locale ("$12.50", "12,50 US$").
        const QString templ = locale.toCurrencyString(1.0, u"$"_s, 0);
        const QString one = locale.toString(1);
        number = QString(templ).replace(templ.indexOf(one), one.size(), number);
    }
    return minor < 0 ? locale.negativeSign() + number : number;
}

QString Money::format(const QLocale &locale, int decimals) const
{
    return formatMinor(toMinor(m_micros, decimals), decimals, locale, true);
}

QString Money::formatNumber(const QLocale &locale, int decimals) const
{
    return formatMinor(toMinor(m_micros, decimals), decimals, locale, false);
}

QString Money::toPlainString(int decimals) const
{
    return formatMinor(toMinor(m_micros, decimals), decimals, QLocale::c(), false).remove(u',');
}

Util::Result<Nanos> Nanos::parse(QStringView text)
{
    auto scaled = parseScaled(text, 9, QT_TRANSLATE_NOOP("Cost::Money", "price"));
    if (!scaled)
        return scaled.error();
    return Nanos{*scaled};
}

QString Nanos::toString() const
{
    const qint64 a = value < 0 ? -value : value;
    QString s = QString::number(a / 1'000'000'000);
    if (const qint64 frac = a % 1'000'000'000; frac != 0) {
        QString f = u"%1"_s.arg(frac, 9, 10, QLatin1Char('0'));
        while (f.endsWith(u'0'))
            f.chop(1);
        s += u'.' + f;
    }
    return value < 0 ? u"-"_s + s : s;
}

Charge::Charge(qint64 unitMs, qint64 quantityScale)
    : m_unitMs(unitMs)
    , m_quantityScale(quantityScale)
{
    Q_ASSERT(unitMs >= 0 && quantityScale > 0);
}

void Charge::add(Nanos price, qint64 quantity, qint64 durationMs)
{
    // price [nano/unit] x quantity [unit/scale] x duration [ms / unitMs]
    m_numerator += Int128(price.value) * quantity * (m_unitMs > 0 ? durationMs : 1);
}

Money Charge::total() const
{
    // nano -> micro is a factor of 1,000.
    const Int128 denominator = Int128(1000) * m_quantityScale * (m_unitMs > 0 ? m_unitMs : 1);
    return Money::fromMicros(Money::divideRounded(m_numerator, denominator));
}

} // namespace Cost
