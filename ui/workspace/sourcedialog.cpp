#include "ui/workspace/sourcedialog.h"

#include "core/sources/railway/railwayoptions.h"

#include "core/model/sourcetype.h"
#include "core/secrets/keychaincredentialsource.h"
#include "core/secrets/secretkeys.h"
#include "core/secrets/secretstore.h"
#include "ui/dialogs/filedialog.h"
#include "ui/sources/sourcesettingspages.h"

#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gui {

namespace {

// The one place type-specific settings pages enter the source dialog. The
// connectors provide them (Gui::createSourceSettingsPage: for Prometheus, the
// query mapping and a "test query"; for Jaeger, the service names); a type
// without a page adds nothing.
SourceSettingsPage *createTypeSettingsPage(Model::SourceType type, const Model::SourceConfig &config,
                                           Model::WorkspacePtr workspace, Sources::CredentialSource *credentials,
                                           QWidget *parent)
{
    return createSourceSettingsPage(type, config, std::move(workspace), credentials, parent);
}

} // namespace

SourceDialog::SourceDialog(const Model::SourceConfig &source, const QStringList &takenIds,
                           Secrets::SecretStore *secrets, const std::optional<QString> &pendingUsername,
                           Model::WorkspacePtr workspace, QWidget *parent)
    : ItemDialog(takenIds, source.id, parent)
    , m_original(source)
    , m_workspace(std::move(workspace))
    , m_adding(source.id.isEmpty())
    , m_secrets(secrets)
{
    setObjectName(u"sourceDialog"_s);
    setWindowTitle(m_adding ? tr("Add source") : tr("Edit source"));

    m_type = new QComboBox(this);
    m_type->setObjectName(u"typeCombo"_s);
    for (Model::SourceType type : Model::allSourceTypes()) {
        // A new demo source would simulate a fleet nobody configured: only the
        // demo workspace has one.
        if (type == Model::SourceType::Demo && source.type != Model::SourceType::Demo)
            continue;
        m_type->addItem(Model::sourceTypeLabel(type), static_cast<int>(type));
    }
    m_type->setCurrentIndex(std::max(0, m_type->findData(static_cast<int>(source.type))));
    m_type->setEnabled(m_adding);

    m_demoNote = new QLabel(tr("The demo fleet is simulated inside Straja: it has no address and needs no "
                               "credentials."),
                            this);
    m_demoNote->setWordWrap(true);

    m_url = new QLineEdit(source.url.toString(), this);
    m_url->setObjectName(u"urlEdit"_s);
    m_url->setPlaceholderText(u"https://prometheus.example.org"_s);

    m_auth = new QComboBox(this);
    m_auth->setObjectName(u"authCombo"_s);
    for (Model::SourceAuth auth : {Model::SourceAuth::None, Model::SourceAuth::Bearer, Model::SourceAuth::Basic})
        m_auth->addItem(Model::sourceAuthLabel(auth), static_cast<int>(auth));
    m_auth->setCurrentIndex(std::max(0, m_auth->findData(static_cast<int>(source.auth))));

    const bool hadToken = !m_adding && source.auth == Model::SourceAuth::Bearer;
    const bool hadPassword = !m_adding && source.auth == Model::SourceAuth::Basic;
    m_token = new QLineEdit(this);
    m_token->setObjectName(u"tokenEdit"_s);
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(hadToken ? tr("Stored in the keychain; type a new one to replace it")
                                         : tr("Goes to the system keychain"));
    m_user = new QLineEdit(this);
    m_user->setObjectName(u"userEdit"_s);
    m_password = new QLineEdit(this);
    m_password->setObjectName(u"passwordEdit"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(hadPassword ? tr("Stored in the keychain; type a new one to replace it")
                                               : tr("Goes to the system keychain"));

    if (pendingUsername) {
        m_knownUsername = pendingUsername;
        m_user->setText(*pendingUsername);
    } else if (hadPassword && m_secrets) {
        m_user->setPlaceholderText(tr("Reading from the keychain…"));
        const QPointer<SourceDialog> self(this);
        m_secrets->read(Secrets::sourceSecretKey(source.id, Secrets::SecretField::Username),
                        [self](Util::Result<std::optional<QString>> result) {
                            if (!self)
                                return;
                            self->m_user->setPlaceholderText(QString());
                            if (!result) {
                                self->m_user->setPlaceholderText(tr("Could not read the keychain"));
                                return;
                            }
                            self->m_knownUsername = result->value_or(QString());
                            if (self->m_user->text().isEmpty())
                                self->m_user->setText(*self->m_knownUsername);
                        });
    }

    m_caFile = new QLineEdit(source.caFile, this);
    m_caFile->setObjectName(u"caFileEdit"_s);
    m_caFile->setPlaceholderText(tr("Optional: a PEM file with an extra certificate authority to trust"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(u"browseCaFile"_s);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QPointer<SourceDialog> self(this);
        FileDialog::chooseFileToOpen(this, tr("CA certificate"), tr("Certificates (*.pem *.crt);;All files (*)"),
                                     [self](const QString &path) {
                                         if (self && !path.isEmpty())
                                             self->m_caFile->setText(QDir::toNativeSeparators(path));
                                     });
    });
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);

    form()->addRow(tr("&Type:"), m_type);
    form()->addRow(m_demoNote);
    form()->addRow(tr("&Address:"), m_url);
    form()->addRow(tr("A&uthentication:"), m_auth);
    m_tokenLabel = new QLabel(tr("&Token:"), this);
    m_tokenLabel->setBuddy(m_token);
    form()->addRow(m_tokenLabel, m_token);
    m_userLabel = new QLabel(tr("&User name:"), this);
    m_userLabel->setBuddy(m_user);
    form()->addRow(m_userLabel, m_user);
    m_passwordLabel = new QLabel(tr("&Password:"), this);
    m_passwordLabel->setBuddy(m_password);
    form()->addRow(m_passwordLabel, m_password);
    auto *caLabel = new QLabel(tr("&CA certificate:"), this);
    caLabel->setBuddy(m_caFile);
    form()->addRow(caLabel, caRow);
    m_typePageHolder = new QVBoxLayout;
    form()->addRow(m_typePageHolder);
    addNote(tr("Tokens and passwords are kept in the system keychain, never in the workspace, its exports or "
               "Straja's files."));

    for (QLineEdit *edit : {m_url, m_token, m_user, m_password, m_caFile})
        connect(edit, &QLineEdit::textChanged, this, &SourceDialog::revalidate);
    connect(m_auth, &QComboBox::currentIndexChanged, this, [this] {
        updateFields();
        revalidate();
    });
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        installTypeSettingsPage();
        updateFields();
        revalidate();
    });
    installTypeSettingsPage();
    setName(source.name);
    updateFields();
    revalidate();
    resize(560, sizeHint().height());
}

SourceDialog::~SourceDialog() = default;

void SourceDialog::installTypeSettingsPage()
{
    delete m_typePage;
    if (!m_testCredentials && m_secrets)
        m_testCredentials = std::make_unique<Secrets::KeychainCredentialSource>(m_secrets);
    m_typePage = createTypeSettingsPage(static_cast<Model::SourceType>(m_type->currentData().toInt()), m_original,
                                        m_workspace, m_testCredentials.get(), this);
    if (m_typePage) {
        m_typePageHolder->addWidget(m_typePage);
        connect(m_typePage, &SourceSettingsPage::changed, this, &SourceDialog::revalidate);
    }
}

void SourceDialog::updateFields()
{
    const bool demo = static_cast<Model::SourceType>(m_type->currentData().toInt()) == Model::SourceType::Demo;
    const auto auth = static_cast<Model::SourceAuth>(m_auth->currentData().toInt());
    m_demoNote->setVisible(demo);
    for (QWidget *w : {static_cast<QWidget *>(m_url), static_cast<QWidget *>(m_auth), static_cast<QWidget *>(m_caFile)})
        w->setEnabled(!demo);
    const bool bearer = !demo && auth == Model::SourceAuth::Bearer;
    const bool basic = !demo && auth == Model::SourceAuth::Basic;
    m_tokenLabel->setVisible(bearer);
    m_token->setVisible(bearer);
    for (QWidget *w : {static_cast<QWidget *>(m_userLabel), static_cast<QWidget *>(m_user),
                       static_cast<QWidget *>(m_passwordLabel), static_cast<QWidget *>(m_password)})
        w->setVisible(basic);
}

Model::SourceConfig SourceDialog::source() const
{
    Model::SourceConfig s = m_original;
    s.id = id();
    s.name = name();
    s.type = static_cast<Model::SourceType>(m_type->currentData().toInt());
    if (s.type == Model::SourceType::Demo)
        return s;
    s.url = QUrl(m_url->text().trimmed());
    s.auth = static_cast<Model::SourceAuth>(m_auth->currentData().toInt());
    s.caFile = QDir::fromNativeSeparators(m_caFile->text().trimmed());
    if (m_typePage) {
        // The page's test query uses the connection as shown here; it adds its options.
        m_typePage->setConnection(s);
        if (auto applied = m_typePage->apply(s); applied)
            s = std::move(applied).value();
    }
    return s;
}

QVector<SecretEdit> SourceDialog::secretEdits() const
{
    using Secrets::SecretField;
    const Model::SourceConfig s = source();
    // A Railway token is kept per account ("railway:<account>"), shared with the Railway executor.
    QString owner = s.id;
    if (s.type == Model::SourceType::Railway) {
        if (const auto railway = Sources::Railway::RailwayOptions::fromConfig(s))
            owner = railway->credentialKey();
    }
    auto key = [&](SecretField field) { return Secrets::sourceSecretKey(owner, field); };
    QVector<SecretEdit> edits;
    const Model::SourceAuth before = m_adding ? Model::SourceAuth::None : m_original.auth;
    // Entries the new authentication no longer uses go, so no stale secret lingers.
    if (before == Model::SourceAuth::Bearer && s.auth != Model::SourceAuth::Bearer)
        edits.append({key(SecretField::Token), std::nullopt});
    if (before == Model::SourceAuth::Basic && s.auth != Model::SourceAuth::Basic) {
        edits.append({key(SecretField::Username), std::nullopt});
        edits.append({key(SecretField::Password), std::nullopt});
    }
    if (s.auth == Model::SourceAuth::Bearer && !m_token->text().isEmpty())
        edits.append({key(SecretField::Token), m_token->text()});
    if (s.auth == Model::SourceAuth::Basic) {
        const QString user = m_user->text().trimmed();
        if (!user.isEmpty() && (!m_knownUsername || *m_knownUsername != user))
            edits.append({key(SecretField::Username), user});
        if (!m_password->text().isEmpty())
            edits.append({key(SecretField::Password), m_password->text()});
    }
    return edits;
}

QString SourceDialog::problem() const
{
    if (const QString base = ItemDialog::problem(); !base.isEmpty())
        return base;
    const Model::SourceConfig s = source();
    if (s.type == Model::SourceType::Demo)
        return QString();
    const QUrl url(m_url->text().trimmed(), QUrl::StrictMode);
    const bool railwayDefault = s.type == Model::SourceType::Railway && m_url->text().trimmed().isEmpty();
    if (!railwayDefault && (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"http" && url.scheme() != u"https")))
        return tr("Enter the address, starting with http:// or https://.");
    const bool newlyBearer = m_adding || m_original.auth != Model::SourceAuth::Bearer;
    if (s.auth == Model::SourceAuth::Bearer && newlyBearer && m_token->text().isEmpty())
        return tr("Enter the token.");
    const bool newlyBasic = m_adding || m_original.auth != Model::SourceAuth::Basic;
    if (s.auth == Model::SourceAuth::Basic && m_user->text().trimmed().isEmpty() && newlyBasic)
        return tr("Enter the user name.");
    if (s.auth == Model::SourceAuth::Basic && newlyBasic && m_password->text().isEmpty())
        return tr("Enter the password.");
    if (!s.caFile.isEmpty() && !QDir::isAbsolutePath(s.caFile))
        return tr("The CA certificate needs a full path, like /etc/ssl/my-ca.pem.");
    if (m_typePage) {
        if (const auto applied = m_typePage->apply(s); !applied)
            return applied.error().message;
    }
    return QString();
}

} // namespace Gui
