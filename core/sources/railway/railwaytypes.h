#pragma once

#include "core/model/series.h"

#include <QHash>
#include <QMetaType>
#include <QString>
#include <QVector>

#include <memory>

namespace Sources::Railway {

// Which header a token goes in: an account or team token is a Bearer token and sees
// every project it may; a project token (Project-Access-Token) sees one project
// and one environment.
enum class TokenKind { Account, Project };

// One service in one environment, as discovery finds it.
struct Instance
{
    QString projectId;
    QString projectName;
    QString environmentId;
    QString environmentName;
    QString serviceId;   // Railway's id
    QString serviceName;
    QString region;      // empty when Railway did not say
    int replicas = 1;
    bool sleeping = false; // "serverless": sleeps when idle
};

// What a token can see: every service instance, in the API's order.
struct Inventory
{
    QVector<Instance> instances;
    QStringList projectIds;
    QString projectToken;  // set when the token was a project token: its project
};

// One page of the projects connection.
struct InventoryPage
{
    Inventory inventory;
    bool hasNextPage = false;
    QString endCursor;
};

// One deployment of a service.
struct Deployment
{
    QString id;
    QString serviceId;   // Straja's service id
    QString status;      // SUCCESS, FAILED, CRASHED, REMOVED, BUILDING, ...
    qint64 createdMs = 0;
    QString commitMessage; // empty when the deployment was not from a commit
};
using DeploymentList = QVector<Deployment>;
using DeploymentListPtr = std::shared_ptr<const DeploymentList>;

// Usage of one project (and its services) this billing period, as Railway counts it.
struct Usage
{
    QString projectId;
    QHash<QString, double> measured;    // measurement -> value, whole project
    QHash<QString, double> estimated;   // measurement -> estimated value at the period's end
    QHash<QString, QHash<QString, double>> byService; // service id -> measurement -> value
};

// A GraphQL answer that carried `errors`: the first message (and its code) is shown
// on the source; `partial` when some data came too.
struct GraphQlProblem
{
    QString message;
    QString code;
    QStringList paths; // top-level fields (aliases) the errors were about
};

using UsageList = QVector<Usage>;
using UsageListPtr = std::shared_ptr<const UsageList>;

} // namespace Sources::Railway

Q_DECLARE_METATYPE(Sources::Railway::DeploymentListPtr)
Q_DECLARE_METATYPE(Sources::Railway::UsageListPtr)
