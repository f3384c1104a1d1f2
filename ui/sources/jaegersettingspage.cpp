#include "ui/sources/jaegersettingspage.h"

#include "core/sources/jaeger/jaegersource.h"

#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gui {

namespace {

enum Column { ServiceColumn, JaegerColumn, ColumnCount };

constexpr int kServiceIdRole = Qt::UserRole;

} // namespace

JaegerSettingsPage::JaegerSettingsPage(const Model::SourceConfig &config, Model::WorkspacePtr workspace,
                                       Sources::CredentialSource *credentials, QWidget *parent)
    : SourceSettingsPage(parent)
    , m_credentials(credentials)
{
    setObjectName(u"jaegerSettings"_s);
    setConnection(config);
    m_mappingNote = new QLabel(this);
    m_mappingNote->setWordWrap(true);
    m_mapping = new QTableWidget(0, ColumnCount, this);
    m_mapping->setObjectName(u"jaegerMapping"_s);
    m_mapping->verticalHeader()->hide();
    m_mapping->horizontalHeader()->setStretchLastSection(true);
    m_mapping->horizontalHeader()->setSectionResizeMode(ServiceColumn, QHeaderView::ResizeToContents);
    m_mapping->setSelectionMode(QAbstractItemView::NoSelection);
    m_mapping->setMinimumHeight(150);

    const QJsonObject names = config.options.value("services"_L1).toObject();
    QSet<QString> shown;
    if (workspace) {
        for (const Model::Service &s : workspace->services) {
            addRow(s.id, s.name, names.value(s.id).toString());
            shown.insert(s.id);
        }
    }
    // A mapping for a service this workspace lacks (a file edited by hand, a
    // service removed meanwhile) is kept, and shown so it can be cleared.
    for (auto it = names.begin(); it != names.end(); ++it) {
        if (!shown.contains(it.key()))
            addRow(it.key(), QString(), it.value().toString());
    }

    m_keychainNote = new QLabel(this);
    m_keychainNote->setWordWrap(true);
    m_test = new QPushButton(this);
    m_test->setObjectName(u"testConnection"_s);
    m_result = new QPlainTextEdit(this);
    m_result->setObjectName(u"jaegerTestResult"_s);
    m_result->setReadOnly(true);
    m_result->setMaximumHeight(110);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_mappingNote);
    layout->addWidget(m_mapping, 1);
    layout->addWidget(m_keychainNote);
    layout->addWidget(m_test);
    layout->addWidget(m_result);

    connect(m_test, &QPushButton::clicked, this, &JaegerSettingsPage::testConnection);
    retranslate();
}

JaegerSettingsPage::~JaegerSettingsPage() = default;

void JaegerSettingsPage::addRow(const QString &serviceId, const QString &serviceName, const QString &jaegerName)
{
    const int row = m_mapping->rowCount();
    m_mapping->insertRow(row);
    auto *item = new QTableWidgetItem(serviceName.isEmpty() || serviceName == serviceId
                                          ? serviceId
                                          : u"%1 (%2)"_s.arg(serviceName, serviceId));
    item->setData(kServiceIdRole, serviceId);
    item->setFlags(Qt::ItemIsEnabled);
    m_mapping->setItem(row, ServiceColumn, item);
    auto *combo = new QComboBox(m_mapping);
    combo->setObjectName(u"jaegerName:"_s + serviceId);
    // Editable: a service Jaeger has not seen yet (no traffic in its retention) can still be typed.
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->lineEdit()->setPlaceholderText(serviceId);
    combo->setEditText(jaegerName);
    connect(combo, &QComboBox::editTextChanged, this, &SourceSettingsPage::changed);
    m_mapping->setCellWidget(row, JaegerColumn, combo);
}

int JaegerSettingsPage::rowOf(const QString &serviceId) const
{
    for (int row = 0; row < m_mapping->rowCount(); ++row) {
        if (m_mapping->item(row, ServiceColumn)->data(kServiceIdRole).toString() == serviceId)
            return row;
    }
    return -1;
}

QString JaegerSettingsPage::mappedName(const QString &serviceId) const
{
    const int row = rowOf(serviceId);
    if (row < 0)
        return QString();
    return static_cast<QComboBox *>(m_mapping->cellWidget(row, JaegerColumn))->currentText().trimmed();
}

void JaegerSettingsPage::setMappedName(const QString &serviceId, const QString &jaegerName)
{
    const int row = rowOf(serviceId);
    if (row >= 0)
        static_cast<QComboBox *>(m_mapping->cellWidget(row, JaegerColumn))->setEditText(jaegerName);
}

Util::Result<Model::SourceConfig> JaegerSettingsPage::apply(Model::SourceConfig config) const
{
    if (!config.url.isValid() || !config.url.scheme().startsWith(u"http"_s))
        return Util::makeError(u"jaeger.options"_s, tr("Give the address of Jaeger's query service, e.g. "
                                                       "http://jaeger.example.org:16686 (the one its UI uses)."));
    QJsonObject services;
    for (int row = 0; row < m_mapping->rowCount(); ++row) {
        const QString id = m_mapping->item(row, ServiceColumn)->data(kServiceIdRole).toString();
        const QString name = mappedName(id);
        // The id itself is the default: writing it out would only pin it.
        if (!name.isEmpty() && name != id)
            services.insert(id, name);
    }
    if (services.isEmpty())
        config.options.remove(u"services"_s);
    else
        config.options.insert(u"services"_s, services);
    return config;
}

void JaegerSettingsPage::testConnection()
{
    const auto applied = apply(connection());
    if (!applied) {
        showServices({}, applied.error().message);
        return;
    }
    auto options = Sources::Jaeger::JaegerOptions::fromConfig(*applied);
    if (!options) {
        showServices({}, options.error().message);
        return;
    }
    // Asynchronous on this thread, like every HttpClient call: nothing waits for Jaeger.
    m_probe = std::make_unique<Sources::Jaeger::JaegerSource>(std::move(options).value(), m_credentials);
    connect(m_probe.get(), &Traces::TraceSource::namesFetched, this,
            [this](quint64, const QStringList &names) { showServices(names, QString()); });
    connect(m_probe.get(), &Traces::TraceSource::failed, this,
            [this](quint64, const Util::Error &error) { showServices({}, error.message); });
    m_test->setEnabled(false);
    m_result->setPlainText(tr("Asking Jaeger…"));
    m_probe->fetchServices(1);
}

void JaegerSettingsPage::showServices(const QStringList &names, const QString &error)
{
    m_test->setEnabled(true);
    QStringList lines;
    if (!error.isEmpty()) {
        lines << error;
    } else {
        m_jaegerServices = names;
        m_jaegerServices.sort(Qt::CaseInsensitive);
        lines << tr("Connected. Jaeger knows %n service(s): %1", nullptr, int(m_jaegerServices.size()))
                     .arg(m_jaegerServices.join(u", "_s));
        QStringList missing;
        for (int row = 0; row < m_mapping->rowCount(); ++row) {
            const QString id = m_mapping->item(row, ServiceColumn)->data(kServiceIdRole).toString();
            auto *combo = static_cast<QComboBox *>(m_mapping->cellWidget(row, JaegerColumn));
            // Refilling the list must not change what the row says.
            const QString text = combo->currentText();
            const QSignalBlocker blocker(combo);
            combo->clear();
            combo->addItems(m_jaegerServices);
            combo->setEditText(text);
            const QString effective = text.trimmed().isEmpty() ? id : text.trimmed();
            if (!m_jaegerServices.contains(effective))
                missing << effective;
        }
        if (!missing.isEmpty())
            lines << tr("Not in Jaeger (no traces within its retention, or another name): %1")
                         .arg(missing.join(u", "_s));
    }
    m_result->setPlainText(lines.join(u'\n'));
    // The probe is done; drop it once its signal has returned.
    if (m_probe)
        m_probe.release()->deleteLater();
    emit testFinished();
}

QString JaegerSettingsPage::resultText() const
{
    return m_result->toPlainText();
}

void JaegerSettingsPage::retranslate()
{
    m_mappingNote->setText(tr("The name each service has in Jaeger. Leave a row empty when Jaeger knows the "
                              "service by its Straja id."));
    m_mapping->setHorizontalHeaderLabels({tr("Straja service"), tr("Jaeger service")});
    m_keychainNote->setText(tr("\"Test connection\" lists Jaeger's services (/api/services) into the rows' "
                               "pick-lists. It uses the token or password already in the keychain: save the "
                               "source first after changing them."));
    m_test->setText(tr("Test connection"));
    if (m_result->toPlainText().isEmpty())
        m_result->setPlaceholderText(tr("The services Jaeger has traces of appear here."));
}

void JaegerSettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    SourceSettingsPage::changeEvent(event);
}

} // namespace Gui
