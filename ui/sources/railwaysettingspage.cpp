#include "ui/sources/railwaysettingspage.h"

#include "core/sources/railway/railwayclient.h"
#include "core/util/clock.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using Sources::Railway::RailwayOptions;
using Sources::Railway::TokenKind;

namespace Gui {

namespace {

const Util::SystemClock &systemClock()
{
    static const Util::SystemClock clock{};
    return clock;
}

} // namespace

RailwaySettingsPage::RailwaySettingsPage(const Model::SourceConfig &config, Sources::CredentialSource *credentials,
                                         QWidget *parent)
    : SourceSettingsPage(parent)
    , m_credentials(credentials)
{
    setObjectName(u"railwaySettings"_s);
    setConnection(config);
    const auto parsed = RailwayOptions::fromConfig(config);
    const RailwayOptions options = parsed ? *parsed : RailwayOptions();

    m_account = new QLineEdit(options.account, this);
    m_account->setObjectName(u"account"_s);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"tokenKind"_s);
    m_kind->addItem(QString(), u"account"_s);
    m_kind->addItem(QString(), u"project"_s);
    m_kind->setCurrentIndex(options.tokenKind == TokenKind::Project ? 1 : 0);
    m_environment = new QLineEdit(options.environment, this);
    m_environment->setObjectName(u"environment"_s);
    m_refresh = new QSpinBox(this);
    m_refresh->setObjectName(u"refresh"_s);
    m_refresh->setRange(1, 60);
    m_refresh->setValue(static_cast<int>(std::max<qint64>(1, options.refreshIntervalMs / 60'000)));
    m_cpu = new QSpinBox(this);
    m_cpu->setObjectName(u"cpuLimit"_s);
    m_cpu->setRange(1, 64);
    m_cpu->setValue(static_cast<int>(options.cpuLimitVcpu));
    m_memory = new QSpinBox(this);
    m_memory->setObjectName(u"memoryLimit"_s);
    m_memory->setRange(128, 256'000);
    m_memory->setSingleStep(256);
    m_memory->setValue(static_cast<int>(options.memoryLimitGb * 1000.0));
    m_keychainNote = new QLabel(this);
    m_keychainNote->setWordWrap(true);
    m_discover = new QPushButton(this);
    m_discover->setObjectName(u"discover"_s);
    m_found = new QPlainTextEdit(this);
    m_found->setObjectName(u"discovered"_s);
    m_found->setReadOnly(true);
    m_found->setMinimumHeight(120);

    m_accountLabel = new QLabel(this);
    m_kindLabel = new QLabel(this);
    m_environmentLabel = new QLabel(this);
    m_refreshLabel = new QLabel(this);
    m_cpuLabel = new QLabel(this);
    m_memoryLabel = new QLabel(this);
    auto *form = new QFormLayout;
    form->addRow(m_accountLabel, m_account);
    form->addRow(m_kindLabel, m_kind);
    form->addRow(m_environmentLabel, m_environment);
    form->addRow(m_refreshLabel, m_refresh);
    form->addRow(m_cpuLabel, m_cpu);
    form->addRow(m_memoryLabel, m_memory);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_keychainNote);
    layout->addWidget(m_discover);
    layout->addWidget(m_found, 1);

    for (QLineEdit *edit : {m_account, m_environment})
        connect(edit, &QLineEdit::textChanged, this, &SourceSettingsPage::changed);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &SourceSettingsPage::changed);
    connect(m_discover, &QPushButton::clicked, this, &RailwaySettingsPage::discover);
    retranslate();
}

RailwaySettingsPage::~RailwaySettingsPage() = default;

Util::Result<Model::SourceConfig> RailwaySettingsPage::apply(Model::SourceConfig config) const
{
    if (m_account->text().trimmed().isEmpty())
        return Util::makeError(u"railway.options"_s, tr("Name the token's account (its keychain entry)."));
    if (m_environment->text().trimmed().isEmpty())
        return Util::makeError(u"railway.options"_s, tr("Name the environment to watch, e.g. production."));
    auto parsed = RailwayOptions::fromConfig(config);
    RailwayOptions options = parsed ? std::move(parsed).value() : RailwayOptions();
    options.endpoint = config.url.isEmpty() ? QUrl(QString::fromLatin1(RailwayOptions::kEndpoint)) : config.url;
    options.account = m_account->text().trimmed();
    options.tokenKind = m_kind->currentData().toString() == u"project" ? TokenKind::Project : TokenKind::Account;
    options.environment = m_environment->text().trimmed();
    options.refreshIntervalMs = m_refresh->value() * 60'000LL;
    options.cpuLimitVcpu = m_cpu->value();
    options.memoryLimitGb = m_memory->value() / 1000.0;
    options.writeTo(config);
    return config;
}

void RailwaySettingsPage::discover()
{
    const auto applied = apply(connection());
    if (!applied) {
        showInventory({}, applied.error().message, {});
        return;
    }
    const auto options = RailwayOptions::fromConfig(*applied);
    if (!options) {
        showInventory({}, options.error().message, {});
        return;
    }
    delete m_discovery.data();
    // Asynchronous on this thread: nothing waits for Railway.
    m_discovery = new Sources::Railway::RailwayDiscovery(*options, m_credentials, &systemClock(), nullptr, {}, this);
    connect(m_discovery, &Sources::Railway::RailwayDiscovery::discovered, this,
            [this](quint64, const Sources::Railway::InventoryPtr &inventory, const QString &error,
                   const QStringList &warnings) {
                m_discover->setEnabled(true);
                showInventory(inventory, error, warnings);
            });
    m_discover->setEnabled(false);
    m_found->setPlainText(tr("Asking Railway…"));
    m_discovery->discover(1);
}

void RailwaySettingsPage::showInventory(const Sources::Railway::InventoryPtr &inventory, const QString &error,
                                        const QStringList &warnings)
{
    m_inventory = inventory;
    QStringList lines;
    if (!error.isEmpty())
        lines << error;
    if (inventory && !inventory->instances.isEmpty()) {
        QMap<QString, QStringList> byProject;
        for (const Sources::Railway::Instance &in : inventory->instances) {
            QString line = tr("  %1 — %n replica(s)", nullptr, in.replicas).arg(in.serviceName);
            if (!in.region.isEmpty())
                line += tr(", region %1").arg(in.region);
            if (in.sleeping)
                line += tr(", sleeps when idle");
            byProject[in.projectName + u" (" + in.environmentName + u')'].append(line);
        }
        lines.prepend(tr("Found %n service(s)", nullptr, static_cast<int>(inventory->instances.size()))
                      + u' ' + tr("in %n project(s):", nullptr, static_cast<int>(byProject.size())));
        for (auto it = byProject.cbegin(); it != byProject.cend(); ++it)
            lines << it.key() << it.value();
    } else if (inventory && error.isEmpty()) {
        lines << tr("The token sees no service in environment '%1'.").arg(m_environment->text().trimmed());
    }
    for (const QString &w : warnings)
        lines << tr("Railway warned: %1").arg(w);
    if (m_discovery)
        lines << tr("API requests left this hour: %1 of %2")
                     .arg(m_discovery->client()->budget().remaining)
                     .arg(m_discovery->client()->budget().limit);
    m_found->setPlainText(lines.join(u'\n'));
    emit discoveryShown();
}

QString RailwaySettingsPage::discoveryText() const
{
    return m_found->toPlainText();
}

void RailwaySettingsPage::retranslate()
{
    m_accountLabel->setText(tr("Token account:"));
    m_account->setToolTip(tr("The token is kept in the keychain as \"railway:<account>\"; the Railway actions use "
                             "the same entry and the same hourly request budget."));
    m_kindLabel->setText(tr("Token kind:"));
    m_kind->setItemText(0, tr("Account or team token (Bearer)"));
    m_kind->setItemText(1, tr("Project token (Project-Access-Token)"));
    m_environmentLabel->setText(tr("Environment:"));
    m_refreshLabel->setText(tr("Refresh every:"));
    m_refresh->setSuffix(tr(" min"));
    m_cpuLabel->setText(tr("CPU limit per service:"));
    m_cpu->setSuffix(tr(" vCPU"));
    m_memoryLabel->setText(tr("Memory limit per service:"));
    m_memory->setSuffix(tr(" MB"));
    m_keychainNote->setText(tr("Enter the token above as a Bearer token: it is stored only in the keychain. Railway "
                               "allows about 1,000 API requests an hour per token; refreshes slow down when few "
                               "are left."));
    m_discover->setText(tr("Discover projects and services"));
    if (m_found->toPlainText().isEmpty())
        m_found->setPlaceholderText(tr("What the token can see appears here."));
}

void RailwaySettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    SourceSettingsPage::changeEvent(event);
}

} // namespace Gui
