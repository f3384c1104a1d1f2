#pragma once

#include "core/cost/money.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>

namespace Cost {

// How a provider bills compute: Railway charges the vCPU and memory a service
// actually used; Kubernetes capacity is paid for as requested, used or not.
enum class PricingBasis { Usage, Allocation };

// A price per unit of a resource, per `unitMs` of time (0: per unit only, as egress
// per GB). Kept as the decimal written in the table, exactly.
struct Rate
{
    Nanos price;
    qint64 unitMs = 0;
    bool set = false;
};

// A provider subscription: a fee per seat each month, usage it already includes,
// and the replica cap that comes with it.
struct PlanPrice
{
    QString id;
    QString name;
    Money monthlyFeePerSeat;
    Money includedUsage;
    int maxReplicas = 0; // 0 = no cap known
};

// A Kubernetes node type: services pinned to it pay the share of a node they take
// (the larger of their vCPU and memory shares, as a bin-packing scheduler sees it).
struct NodeType
{
    QString id;
    QString name;
    double vcpu = 0.0;
    double memoryGb = 0.0;
    Rate hourly; // per node, per hour
};

// The prices in force from one date on, with where and when they were read.
struct PriceVersion
{
    QString version;
    QDate effectiveFrom; // UTC midnight; invalid = since always
    QString takenOn;     // YYYY-MM or YYYY-MM-DD
    QString source;      // URL of the published price list
    QString note;
    Rate vcpu;           // per vCPU
    Rate memoryGb;       // per GB of memory
    Rate egressGb;       // per GB sent out (10^9 bytes)
    Rate volumeGb;       // per GB of volume
    QVector<PlanPrice> plans;
    QVector<NodeType> nodeTypes;

    const PlanPrice *plan(const QString &id) const;
    const NodeType *nodeType(const QString &id) const;
};

// One provider's versioned price table, loaded from resources/prices/<id>.json or a
// user file that overrides it (docs/cost.md describes the format).
struct PriceTable
{
    QString id;
    QString name;
    QString currency = QStringLiteral("USD");
    PricingBasis basis = PricingBasis::Allocation;
    qint64 billingMonthMs = 720LL * 3600 * 1000; // what "per month" means in this table
    QString origin;                              // the file it came from
    QVector<PriceVersion> versions;              // ascending by effectiveFrom

    // The version in force at `tMs` (the earliest one before its date).
    const PriceVersion &versionAt(qint64 tMs) const;
    const PriceVersion &latest() const { return versions.constLast(); }
};

// Every price table Straja knows: the built-in ones, each replaced by a user file of
// the same id when that file is valid. An invalid user file is reported and the
// built-in table stays in use, so a typo never zeroes the figures.
class PriceCatalog final
{
    Q_DECLARE_TR_FUNCTIONS(Cost::PriceCatalog)
public:
    // Parses and validates one table; errors name the file and the field.
    static Util::Result<PriceTable> parse(const QByteArray &json, const QString &origin);
    // The tables embedded in the binary (:/prices/*.json).
    static Util::Result<PriceCatalog> builtIn();
    // builtIn() with every valid *.json in `overrideDir` replacing its namesake;
    // problems with override files land in warnings().
    static Util::Result<PriceCatalog> load(const QString &overrideDir);
    // The folder operators put their own tables in (under the app's config folder).
    static QString defaultOverrideDir();

    void add(PriceTable table); // replaces a table of the same id
    const PriceTable *table(const QString &id) const;
    const QVector<PriceTable> &tables() const { return m_tables; }
    const QStringList &warnings() const { return m_warnings; }

private:
    QVector<PriceTable> m_tables;
    QStringList m_warnings;
};

using PriceCatalogPtr = std::shared_ptr<const PriceCatalog>;

} // namespace Cost
