#include "ui/sources/unleashsettingspage.h"

#include "core/flags/unleashconnector.h"
#include "core/util/clock.h"

#include <QEvent>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gui {

namespace {

const Util::SystemClock &systemClock()
{
    static const Util::SystemClock clock{};
    return clock;
}

QStringList projectList(const QString &text)
{
    QStringList out;
    for (const QString &p : text.split(u',', Qt::SkipEmptyParts))
        if (!p.trimmed().isEmpty())
            out.append(p.trimmed());
    return out;
}

} // namespace

UnleashSettingsPage::UnleashSettingsPage(const Model::SourceConfig &config, Sources::CredentialSource *credentials,
                                         QWidget *parent)
    : SourceSettingsPage(parent)
    , m_credentials(credentials)
{
    setObjectName(u"unleashSettings"_s);
    setConnection(config);
    m_projects = new QLineEdit(Flags::UnleashConfig::fromSource(config).projects.join(u", "_s), this);
    m_projects->setObjectName(u"unleashProjects"_s);
    m_keychainNote = new QLabel(this);
    m_keychainNote->setWordWrap(true);
    m_test = new QPushButton(this);
    m_test->setObjectName(u"testConnection"_s);
    m_result = new QPlainTextEdit(this);
    m_result->setObjectName(u"unleashTestResult"_s);
    m_result->setReadOnly(true);
    m_result->setMinimumHeight(100);
    m_projectsLabel = new QLabel(this);
    m_projectsLabel->setBuddy(m_projects);

    auto *form = new QFormLayout;
    form->addRow(m_projectsLabel, m_projects);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_keychainNote);
    layout->addWidget(m_test);
    layout->addWidget(m_result, 1);

    connect(m_projects, &QLineEdit::textChanged, this, &SourceSettingsPage::changed);
    connect(m_test, &QPushButton::clicked, this, &UnleashSettingsPage::testConnection);
    retranslate();
}

UnleashSettingsPage::~UnleashSettingsPage() = default;

Util::Result<Model::SourceConfig> UnleashSettingsPage::apply(Model::SourceConfig config) const
{
    if (!config.url.isValid() || !config.url.scheme().startsWith(u"http"_s))
        return Util::makeError(u"unleash.options"_s, tr("Give the Unleash server's address, e.g. "
                                                        "https://unleash.example.com (without /api)."));
    if (config.auth != Model::SourceAuth::Bearer)
        return Util::makeError(u"unleash.options"_s, tr("Unleash needs an admin token: choose \"Bearer token\" "
                                                        "and enter it (it is kept only in the keychain)."));
    const QStringList projects = projectList(m_projects->text());
    if (projects.isEmpty())
        config.options.remove(u"projects"_s);
    else
        config.options.insert(u"projects"_s, QJsonArray::fromStringList(projects));
    return config;
}

void UnleashSettingsPage::testConnection()
{
    const auto applied = apply(connection());
    if (!applied) {
        showFlags({}, applied.error().message);
        return;
    }
    Flags::UnleashConfig config = Flags::UnleashConfig::fromSource(*applied);
    if (config.sourceId.isEmpty())
        config.sourceId = applied->name;
    // Asynchronous on this thread: nothing waits for Unleash.
    m_probe = std::make_unique<Flags::UnleashConnector>(config, m_credentials, &systemClock());
    connect(m_probe.get(), &Flags::FlagSource::fetched, this,
            [this](quint64, const Flags::SourceFlagsPtr &flags) { showFlags(flags, QString()); });
    connect(m_probe.get(), &Flags::FlagSource::fetchFailed, this,
            [this](quint64, const Util::Error &error) { showFlags({}, error.message); });
    m_test->setEnabled(false);
    m_result->setPlainText(tr("Asking Unleash…"));
    m_probe->fetch(1);
}

void UnleashSettingsPage::showFlags(const Flags::SourceFlagsPtr &flags, const QString &error)
{
    m_test->setEnabled(true);
    QStringList lines;
    if (!error.isEmpty())
        lines << error;
    if (flags) {
        lines << tr("Connected. %n project(s):", nullptr, int(flags->projects.size()));
        for (const Flags::FlagProject &p : flags->projects)
            lines << tr("  %1 (%2) — %n flag(s)", nullptr, int(p.features.size())).arg(p.name, p.id);
        if (!flags->environments.isEmpty())
            lines << tr("Environments: %1").arg(flags->environments.join(u", "_s));
    }
    m_result->setPlainText(lines.join(u'\n'));
    // The probe is done; drop it once its signal has returned.
    if (m_probe)
        m_probe.release()->deleteLater();
    emit testFinished();
}

QString UnleashSettingsPage::resultText() const
{
    return m_result->toPlainText();
}

void UnleashSettingsPage::retranslate()
{
    m_projectsLabel->setText(tr("&Projects to show:"));
    m_projects->setPlaceholderText(tr("all projects; or a comma-separated list, e.g. default, checkout"));
    m_keychainNote->setText(tr("Enter an Unleash admin token (or a personal access token) above as a Bearer token: "
                               "it is stored only in the keychain, never in the workspace file. \"Test "
                               "connection\" uses the token already stored: save the source first after "
                               "changing it."));
    m_test->setText(tr("Test connection"));
    if (m_result->toPlainText().isEmpty())
        m_result->setPlaceholderText(tr("The projects the token can see appear here."));
}

void UnleashSettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    SourceSettingsPage::changeEvent(event);
}

} // namespace Gui
