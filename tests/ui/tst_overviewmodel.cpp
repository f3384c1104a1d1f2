#include "ui/models/overviewfiltermodel.h"
#include "ui/models/overviewmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Engine::Health;
using Model::MetricKind;

namespace {

Engine::ServiceStatus service(const QString &id, const QString &project, Health health, double rps)
{
    Engine::ServiceStatus s;
    s.serviceId = id;
    s.projectId = project;
    s.name = id;
    s.verdict.health = health;
    s.verdict.cause = health == Health::Ok ? Engine::HealthCause::None : Engine::HealthCause::Threshold;
    s.latest.value[Model::metricIndex(MetricKind::Rps)] = rps;
    s.latest.value[Model::metricIndex(MetricKind::Cpu)] = rps / 10.0;
    s.latest.value[Model::metricIndex(MetricKind::Replicas)] = 2;
    s.rpsTrend = {1.0f, 2.0f, float(rps)};
    return s;
}

Engine::FleetSnapshotPtr snapshot(Health webHealth = Health::Ok)
{
    auto s = std::make_shared<Engine::FleetSnapshot>();
    s->projects = {{u"shop"_s, u"Shop"_s, webHealth, 2, webHealth >= Health::Degraded ? 1 : 0, 30.0},
                   {u"blog"_s, u"Blog"_s, Health::Down, 1, 1, 5.0}};
    s->services = {service(u"shop-api"_s, u"shop"_s, Health::Ok, 10.0),
                   service(u"shop-web"_s, u"shop"_s, webHealth, 20.0),
                   service(u"blog-site"_s, u"blog"_s, Health::Down, 5.0)};
    return s;
}

} // namespace

class TestOverviewModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void passesTheModelTester();
    void projectsAggregateTheirServices();
    void worstFirst();
    void filterKeepsParentsAndChildren_data();
    void filterKeepsParentsAndChildren();
    void valueUpdateKeepsStructure();

private:
    std::unique_ptr<Gui::OverviewModel> m_model;
};

void TestOverviewModel::init()
{
    m_model = std::make_unique<Gui::OverviewModel>();
}

void TestOverviewModel::passesTheModelTester()
{
    QAbstractItemModelTester tester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setSnapshot(snapshot());
    m_model->setSnapshot(snapshot(Health::Degraded)); // same structure: dataChanged
    auto other = std::make_shared<Engine::FleetSnapshot>(*snapshot());
    other->services.removeLast();
    other->projects.removeLast();
    m_model->setSnapshot(other); // structure change: reset
    Gui::OverviewFilterModel filter;
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(m_model.get());
    filter.setFilterText(u"web"_s);
    filter.sort(Gui::OverviewModel::Health, Qt::DescendingOrder);
}

void TestOverviewModel::projectsAggregateTheirServices()
{
    m_model->setSnapshot(snapshot());
    QCOMPARE(m_model->rowCount(), 2);
    const QModelIndex shop = m_model->indexOfProject(u"shop"_s);
    QCOMPARE(m_model->rowCount(shop), 2);
    QCOMPARE(shop.siblingAtColumn(Gui::OverviewModel::Rps).data(Gui::OverviewModel::SortRole).toDouble(), 30.0);
    QCOMPARE(shop.siblingAtColumn(Gui::OverviewModel::Cpu).data(Gui::OverviewModel::SortRole).toDouble(), 2.0);
    QCOMPARE(shop.siblingAtColumn(Gui::OverviewModel::Replicas).data(Gui::OverviewModel::SortRole).toDouble(), 4.0);
    const auto trend = shop.siblingAtColumn(Gui::OverviewModel::Trend).data(Gui::OverviewModel::TrendRole)
                           .value<QVector<float>>();
    QCOMPARE(trend, (QVector<float>{2.0f, 4.0f, 30.0f}));
    const QModelIndex web = m_model->indexOfService(u"shop-web"_s);
    QCOMPARE(web.parent(), shop);
    QCOMPARE(web.data(Gui::OverviewModel::IdRole).toString(), u"shop-web"_s);
}

void TestOverviewModel::worstFirst()
{
    m_model->setSnapshot(snapshot(Health::Degraded));
    Gui::OverviewFilterModel filter;
    filter.setSourceModel(m_model.get());
    filter.sort(Gui::OverviewModel::Health, Qt::DescendingOrder);
    QCOMPARE(filter.index(0, 0).data(Gui::OverviewModel::IdRole).toString(), u"blog"_s);
    QCOMPARE(filter.index(1, 0).data(Gui::OverviewModel::IdRole).toString(), u"shop"_s);
    const QModelIndex shop = filter.index(1, 0);
    QCOMPARE(filter.index(0, 0, shop).data(Gui::OverviewModel::IdRole).toString(), u"shop-web"_s);
    QCOMPARE(filter.index(1, 0, shop).data(Gui::OverviewModel::IdRole).toString(), u"shop-api"_s);
}

void TestOverviewModel::filterKeepsParentsAndChildren_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("projects");
    QTest::addColumn<int>("shopChildren");
    QTest::newRow("service name keeps its project") << u"WEB"_s << QStringList{u"shop"_s} << 1;
    QTest::newRow("project name keeps all its services") << u"shop"_s << QStringList{u"shop"_s} << 2;
    QTest::newRow("nothing") << u"zzz"_s << QStringList{} << 0;
    QTest::newRow("empty shows all") << u" "_s << QStringList{u"shop"_s, u"blog"_s} << 2;
}

void TestOverviewModel::filterKeepsParentsAndChildren()
{
    QFETCH(QString, text);
    QFETCH(QStringList, projects);
    QFETCH(int, shopChildren);
    m_model->setSnapshot(snapshot());
    Gui::OverviewFilterModel filter;
    filter.setSourceModel(m_model.get());
    filter.setFilterText(text);
    QStringList shown;
    int children = 0;
    for (int r = 0; r < filter.rowCount(); ++r) {
        const QModelIndex p = filter.index(r, 0);
        shown << p.data(Gui::OverviewModel::IdRole).toString();
        if (shown.last() == u"shop")
            children = filter.rowCount(p);
    }
    QCOMPARE(shown, projects);
    QCOMPARE(children, shopChildren);
}

void TestOverviewModel::valueUpdateKeepsStructure()
{
    m_model->setSnapshot(snapshot());
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy changes(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setSnapshot(snapshot(Health::Down));
    QCOMPARE(resets.count(), 0);
    QCOMPARE(changes.count(), 3); // projects once, then each project's services
    QCOMPARE(m_model->indexOfService(u"shop-web"_s).data(Gui::OverviewModel::HealthRole).toInt(), int(Health::Down));
}

QTEST_MAIN(TestOverviewModel)
#include "tst_overviewmodel.moc"
