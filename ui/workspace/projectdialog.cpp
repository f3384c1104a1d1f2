#include "ui/workspace/projectdialog.h"

#include "core/engine/engineapi.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Gui {

ProjectDialog::ProjectDialog(const Model::Project &project, const QStringList &takenIds, QWidget *parent,
                             Engine::EngineApi *engine)
    : ItemDialog(takenIds, project.id, parent)
    , m_engine(engine)
{
    setObjectName(u"projectDialog"_s);
    setWindowTitle(project.id.isEmpty() ? tr("Add project") : tr("Edit project"));
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(u"descriptionEdit"_s);
    m_description->setPlainText(project.description);
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(90);
    form()->addRow(tr("&Description:"), m_description);

    // Business figures: one PromQL query per figure, one value a day.
    auto *heading = new QLabel(tr("<b>Business figures from PromQL</b> (one value a day; empty: from a CSV import)"),
                               this);
    heading->setWordWrap(true);
    form()->addRow(heading);
    for (const QString &key : Business::BusinessQueries::keys()) {
        auto *edit = new QLineEdit(project.businessQueries.value(key), this);
        edit->setObjectName(u"businessQuery_"_s + key);
        edit->setPlaceholderText(Business::BusinessQueries::hint(key));
        edit->setMinimumWidth(420);
        m_queries.insert(key, edit);
        form()->addRow(Business::BusinessQueries::label(key) + u':', edit);
    }
    m_test = new QPushButton(tr("&Test queries"), this);
    m_test->setObjectName(u"testBusinessQueries"_s);
    m_test->setToolTip(tr("Runs the queries as written here over the last two months on the saved workspace's "
                          "Prometheus source, and shows what each gave."));
    m_testResult = new QLabel(this);
    m_testResult->setObjectName(u"businessQueryResult"_s);
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form()->addRow(m_test, m_testResult);
    connect(m_test, &QPushButton::clicked, this, &ProjectDialog::testQueries);
    if (m_engine)
        connect(m_engine, &Engine::EngineApi::businessQueriesReady, this, &ProjectDialog::showTest);

    setName(project.name);
    revalidate();
    resize(620, sizeHint().height());
}

ProjectDialog::~ProjectDialog() = default;

Model::Project ProjectDialog::project() const
{
    Model::Project p{id(), name(), m_description->toPlainText().trimmed()};
    for (auto it = m_queries.cbegin(); it != m_queries.cend(); ++it)
        if (const QString q = it.value()->text().trimmed(); !q.isEmpty())
            p.businessQueries.insert(it.key(), q);
    return p;
}

QString ProjectDialog::testResultText() const
{
    return m_testResult->text();
}

void ProjectDialog::testQueries()
{
    const Model::Project edited = project();
    if (edited.businessQueries.isEmpty()) {
        m_testResult->setText(tr("Write a query first."));
        emit testShown();
        return;
    }
    if (!m_engine || !m_engine->workspace()) {
        m_testResult->setText(tr("Cannot test: the engine is not running."));
        emit testShown();
        return;
    }
    // The saved workspace with only this project, as edited (its services decide the source).
    Model::Workspace ws = *m_engine->workspace();
    ws.projects = {edited};
    QMap<QString, QString> problems;
    const auto requests = Business::BusinessQueries::requests(ws, m_engine->nowMs(), QTimeZone::systemTimeZone(), 2,
                                                              &problems);
    if (requests.isEmpty()) {
        m_testResult->setText(tr("Cannot test: %1").arg(problems.value(edited.id)));
        emit testShown();
        return;
    }
    m_testId = m_engine->requestBusinessQueries(requests.first());
    if (m_testId == 0) {
        m_testResult->setText(tr("Cannot test: this engine cannot run PromQL queries."));
        emit testShown();
        return;
    }
    m_test->setEnabled(false);
    m_testResult->setText(tr("Running %n query(ies)…", nullptr, int(requests.first().queries.size())));
}

void ProjectDialog::showTest(const Business::BusinessQueryResultPtr &result)
{
    if (!result || result->requestId != m_testId || m_testId == 0)
        return;
    m_testId = 0;
    m_test->setEnabled(true);
    QStringList lines;
    if (!result->error.isEmpty())
        lines << tr("Cannot test: %1").arg(result->error);
    const QLocale locale;
    for (const Business::BusinessQueryAnswer &a : result->answers) {
        QString line = Business::BusinessQueries::describe(a);
        if (a.ok()) {
            line += u", "_s
                    + tr("%n series, last day %1", nullptr, a.seriesCount)
                          .arg(locale.toString(a.samples.last().v, 'f', Business::BusinessQueries::isMoney(a.key) ? 2 : 0));
        }
        lines << line;
    }
    m_testResult->setText(lines.join(u'\n'));
    emit testShown();
}

} // namespace Gui
