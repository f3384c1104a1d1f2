#pragma once

#include "core/model/workspace.h"

#include <QByteArray>
#include <QJsonObject>

namespace Model {

// The cost fields of services, projects and the workspace as stored (schema 4) and
// in workspace files. Only what differs from the defaults is written; missing keys
// read as the defaults, so a row written before the cost model existed (the column
// default '{}') gets a small service priced by its provider's table.
QJsonObject costProfileToObject(const Model::CostProfile &profile);
Model::CostProfile costProfileFromObject(const QJsonObject &object);
QByteArray costProfileToJson(const Model::CostProfile &profile);
Model::CostProfile costProfileFromJson(const QByteArray &json);

QByteArray businessQueriesToJson(const QMap<QString, QString> &queries);
QMap<QString, QString> businessQueriesFromJson(const QByteArray &json);

QByteArray plansToJson(const QVector<Model::ProviderPlan> &plans);
QVector<Model::ProviderPlan> plansFromJson(const QByteArray &json);

} // namespace Model
