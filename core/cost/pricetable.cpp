#include "core/cost/pricetable.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Cost {

namespace {

constexpr qint64 kMinuteMs = 60'000;
constexpr qint64 kHourMs = 60 * kMinuteMs;

// Reads one table, remembering the first problem with the path to the field.
class TableReader
{
public:
    explicit TableReader(QString origin) : m_origin(std::move(origin)) { }

    bool failed() const { return !m_error.isEmpty(); }
    Util::Error error() const
    {
        return Util::makeError(u"prices.invalid"_s, Cost::PriceCatalog::tr("Price table %1: %2").arg(m_origin, m_error));
    }
    void fail(const QString &path, const QString &why)
    {
        if (m_error.isEmpty())
            m_error = path.isEmpty() ? why : u"%1: %2"_s.arg(path, why);
    }

    QString string(const QJsonObject &o, const QString &key, const QString &path, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(path + key, Cost::PriceCatalog::tr("missing"));
            return {};
        }
        if (!v.isString()) {
            fail(path + key, Cost::PriceCatalog::tr("must be a string"));
            return {};
        }
        if (required && v.toString().trimmed().isEmpty())
            fail(path + key, Cost::PriceCatalog::tr("must not be empty"));
        return v.toString();
    }

    double positiveNumber(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QJsonValue v = o.value(key);
        if (!v.isDouble() || !(v.toDouble() > 0)) {
            fail(path + key, Cost::PriceCatalog::tr("must be a number above zero"));
            return 0;
        }
        return v.toDouble();
    }

    Money money(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString()) {
            fail(path + key, Cost::PriceCatalog::tr("write amounts as strings (\"20.00\"), so no digit is lost"));
            return {};
        }
        auto m = Money::parse(v.toString());
        if (!m) {
            fail(path + key, m.error().message);
            return {};
        }
        if (m->micros() < 0)
            fail(path + key, Cost::PriceCatalog::tr("must not be negative"));
        return *m;
    }

    // {"price": "0.000463", "per": "minute"}; `timed` rates need "per".
    Rate rate(const QJsonObject &o, const QString &key, const QString &path, bool timed, qint64 monthMs)
    {
        Rate r;
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return r;
        const QString here = path + key;
        if (!v.isObject()) {
            fail(here, Cost::PriceCatalog::tr("must be an object like {\"price\": \"0.01\", \"per\": \"hour\"}"));
            return r;
        }
        const QJsonObject ro = v.toObject();
        const QJsonValue price = ro.value(u"price"_s);
        if (!price.isString()) {
            fail(here + u".price"_s, Cost::PriceCatalog::tr("write prices as strings (\"0.000463\"), so no digit is lost"));
            return r;
        }
        auto nanos = Nanos::parse(price.toString());
        if (!nanos) {
            fail(here + u".price"_s, nanos.error().message);
            return r;
        }
        if (nanos->value < 0) {
            fail(here + u".price"_s, Cost::PriceCatalog::tr("must not be negative"));
            return r;
        }
        r.price = *nanos;
        const QString per = ro.value(u"per"_s).toString();
        if (timed) {
            if (per == u"second")
                r.unitMs = 1000;
            else if (per == u"minute")
                r.unitMs = kMinuteMs;
            else if (per == u"hour")
                r.unitMs = kHourMs;
            else if (per == u"month")
                r.unitMs = monthMs;
            else {
                fail(here + u".per"_s, Cost::PriceCatalog::tr("must be one of second, minute, hour, month"));
                return r;
            }
        } else if (!per.isEmpty()) {
            fail(here + u".per"_s, Cost::PriceCatalog::tr("this price is per unit only; remove \"per\""));
            return r;
        }
        r.set = true;
        return r;
    }

private:
    QString m_origin;
    QString m_error;
};

bool sameUnit(const Rate &a, const Rate &b)
{
    return !a.set || !b.set || a.unitMs == b.unitMs;
}

} // namespace

const PlanPrice *PriceVersion::plan(const QString &id) const
{
    for (const PlanPrice &p : plans)
        if (p.id == id)
            return &p;
    return nullptr;
}

const NodeType *PriceVersion::nodeType(const QString &id) const
{
    for (const NodeType &n : nodeTypes)
        if (n.id == id)
            return &n;
    return nullptr;
}

const PriceVersion &PriceTable::versionAt(qint64 tMs) const
{
    Q_ASSERT(!versions.isEmpty());
    const PriceVersion *current = &versions.constFirst();
    for (const PriceVersion &v : versions) {
        if (v.effectiveFrom.isValid()
            && QDateTime(v.effectiveFrom, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch() > tMs)
            break;
        current = &v;
    }
    return *current;
}

Util::Result<PriceTable> PriceCatalog::parse(const QByteArray &json, const QString &origin)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    TableReader in(origin);
    if (parseError.error != QJsonParseError::NoError) {
        in.fail({}, tr("not valid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString()));
        return in.error();
    }
    if (!doc.isObject()) {
        in.fail({}, tr("the file must hold one JSON object"));
        return in.error();
    }
    const QJsonObject root = doc.object();
    if (root.value(u"schema"_s).toInt() != 1) {
        in.fail(u"schema"_s, tr("must be 1 (the only format this Straja reads)"));
        return in.error();
    }
    PriceTable table;
    table.origin = origin;
    table.id = in.string(root, u"id"_s, {}, true);
    static const QRegularExpression idPattern(u"^[a-z0-9][a-z0-9_-]*$"_s);
    if (!in.failed() && !idPattern.match(table.id).hasMatch())
        in.fail(u"id"_s, tr("use lower-case letters, digits, '-' and '_'"));
    table.name = in.string(root, u"name"_s, {}, true);
    table.currency = in.string(root, u"currency"_s, {}, true);
    if (!in.failed() && table.currency != u"USD")
        in.fail(u"currency"_s, tr("only USD is supported"));
    const QString basis = in.string(root, u"basis"_s, {}, true);
    if (basis == u"usage")
        table.basis = PricingBasis::Usage;
    else if (basis == u"allocation")
        table.basis = PricingBasis::Allocation;
    else if (!in.failed())
        in.fail(u"basis"_s, tr("must be \"usage\" or \"allocation\""));
    const double monthHours = root.contains(u"billingMonthHours"_s)
        ? in.positiveNumber(root, u"billingMonthHours"_s, {})
        : 720.0;
    table.billingMonthMs = qint64(monthHours * double(kHourMs));

    const QJsonValue versions = root.value(u"versions"_s);
    if (!versions.isArray() || versions.toArray().isEmpty())
        in.fail(u"versions"_s, tr("must be a non-empty list"));
    const QJsonArray list = versions.toArray();
    for (qsizetype i = 0; i < list.size() && !in.failed(); ++i) {
        const QString path = u"versions[%1]."_s.arg(i);
        if (!list.at(i).isObject()) {
            in.fail(path.chopped(1), tr("must be an object"));
            break;
        }
        const QJsonObject vo = list.at(i).toObject();
        PriceVersion v;
        v.version = in.string(vo, u"version"_s, path, true);
        const QString from = in.string(vo, u"effectiveFrom"_s, path, false);
        if (!from.isEmpty()) {
            v.effectiveFrom = QDate::fromString(from, Qt::ISODate);
            if (!v.effectiveFrom.isValid())
                in.fail(path + u"effectiveFrom"_s, tr("'%1' is not a date (YYYY-MM-DD)").arg(from));
        } else if (i > 0) {
            in.fail(path + u"effectiveFrom"_s, tr("every version after the first needs the date it applies from"));
        }
        v.takenOn = in.string(vo, u"takenOn"_s, path, true);
        static const QRegularExpression datePattern(u"^\\d{4}-\\d{2}(-\\d{2})?$"_s);
        if (!in.failed() && !datePattern.match(v.takenOn).hasMatch())
            in.fail(path + u"takenOn"_s, tr("'%1' is not YYYY-MM or YYYY-MM-DD").arg(v.takenOn));
        v.source = in.string(vo, u"source"_s, path, true);
        v.note = in.string(vo, u"note"_s, path, false);
        v.vcpu = in.rate(vo, u"vcpu"_s, path, true, table.billingMonthMs);
        v.memoryGb = in.rate(vo, u"memoryGb"_s, path, true, table.billingMonthMs);
        v.egressGb = in.rate(vo, u"egressGb"_s, path, false, table.billingMonthMs);
        v.volumeGb = in.rate(vo, u"volumeGb"_s, path, true, table.billingMonthMs);
        if (!in.failed() && (!v.vcpu.set || !v.memoryGb.set))
            in.fail(path + (v.vcpu.set ? u"memoryGb"_s : u"vcpu"_s), tr("missing"));

        const QJsonArray plans = vo.value(u"plans"_s).toArray();
        for (qsizetype p = 0; p < plans.size() && !in.failed(); ++p) {
            const QString pp = path + u"plans[%1]."_s.arg(p);
            const QJsonObject po = plans.at(p).toObject();
            PlanPrice plan;
            plan.id = in.string(po, u"id"_s, pp, true);
            plan.name = in.string(po, u"name"_s, pp, true);
            plan.monthlyFeePerSeat = in.money(po, u"monthlyFeePerSeat"_s, pp);
            plan.includedUsage = in.money(po, u"includedUsage"_s, pp);
            plan.maxReplicas = po.value(u"maxReplicas"_s).toInt(0);
            if (plan.maxReplicas < 0)
                in.fail(pp + u"maxReplicas"_s, tr("must not be negative"));
            if (v.plan(plan.id))
                in.fail(pp + u"id"_s, tr("'%1' appears twice").arg(plan.id));
            v.plans.append(plan);
        }
        const QJsonArray nodes = vo.value(u"nodeTypes"_s).toArray();
        for (qsizetype n = 0; n < nodes.size() && !in.failed(); ++n) {
            const QString np = path + u"nodeTypes[%1]."_s.arg(n);
            const QJsonObject no = nodes.at(n).toObject();
            NodeType node;
            node.id = in.string(no, u"id"_s, np, true);
            node.name = in.string(no, u"name"_s, np, false);
            if (node.name.isEmpty())
                node.name = node.id;
            node.vcpu = in.positiveNumber(no, u"vcpu"_s, np);
            node.memoryGb = in.positiveNumber(no, u"memoryGb"_s, np);
            node.hourly = in.rate(no, u"price"_s, np, true, table.billingMonthMs);
            if (!in.failed() && (!node.hourly.set || node.hourly.unitMs != kHourMs))
                in.fail(np + u"price"_s, tr("node prices are per hour: {\"price\": \"0.134\", \"per\": \"hour\"}"));
            if (v.nodeType(node.id))
                in.fail(np + u"id"_s, tr("'%1' appears twice").arg(node.id));
            v.nodeTypes.append(node);
        }
        if (!table.versions.isEmpty() && !in.failed()) {
            const PriceVersion &prev = table.versions.constLast();
            if (v.effectiveFrom <= prev.effectiveFrom && prev.effectiveFrom.isValid())
                in.fail(path + u"effectiveFrom"_s, tr("versions must be in date order"));
            // Charges of one resource add up over a month across versions; that needs
            // one time unit per resource (see Charge).
            if (!sameUnit(v.vcpu, prev.vcpu) || !sameUnit(v.memoryGb, prev.memoryGb)
                || !sameUnit(v.volumeGb, prev.volumeGb))
                in.fail(path.chopped(1), tr("a resource's price must be per the same time unit in every version"));
        }
        table.versions.append(v);
    }
    if (in.failed())
        return in.error();
    return table;
}

void PriceCatalog::add(PriceTable table)
{
    for (PriceTable &t : m_tables) {
        if (t.id == table.id) {
            t = std::move(table);
            return;
        }
    }
    m_tables.append(std::move(table));
}

const PriceTable *PriceCatalog::table(const QString &id) const
{
    for (const PriceTable &t : m_tables)
        if (t.id == id)
            return &t;
    return nullptr;
}

Util::Result<PriceCatalog> PriceCatalog::builtIn()
{
    PriceCatalog catalog;
    const QDir dir(u":/prices"_s);
    const QStringList files = dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        return Util::makeError(u"prices.missing"_s, tr("No built-in price tables (:/prices is empty)."));
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return Util::makeError(u"prices.read"_s, tr("Cannot read %1.").arg(file.fileName()));
        auto table = parse(file.readAll(), file.fileName());
        if (!table)
            return table.error();
        catalog.add(std::move(table).value());
    }
    return catalog;
}

Util::Result<PriceCatalog> PriceCatalog::load(const QString &overrideDir)
{
    auto catalog = builtIn();
    if (!catalog || overrideDir.isEmpty())
        return catalog;
    const QDir dir(overrideDir);
    const QStringList files = dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            catalog.value().m_warnings.append(tr("Cannot read %1; the built-in prices are used.")
                                           .arg(QDir::toNativeSeparators(file.fileName())));
            continue;
        }
        auto table = parse(file.readAll(), QDir::toNativeSeparators(file.fileName()));
        if (!table) {
            catalog.value().m_warnings.append(table.error().message + u' ' + tr("The built-in prices are used instead."));
            continue;
        }
        catalog.value().add(std::move(table).value());
    }
    return catalog;
}

QString PriceCatalog::defaultOverrideDir()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    return base.isEmpty() ? QString() : base + u"/prices"_s;
}

} // namespace Cost
