#pragma once

#include "core/util/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace Actions {

// What reaching one Kubernetes API server needs, resolved from a kubeconfig context.
struct KubeContext
{
    QString name;
    QString server;             // https://host:6443
    QString defaultNamespace;   // "default" when the context names none
    QByteArray caPem;           // certificate-authority(-data)
    bool insecureSkipTlsVerify = false;
    QString token;              // user token, or read from tokenFile
    QByteArray clientCertPem;   // client-certificate(-data)
    QByteArray clientKeyPem;    // client-key(-data)
};

// A kubeconfig file (the YAML kubectl writes, or its JSON form), read without
// kubectl: clusters, users and contexts. Exec and auth-provider plugins are not
// run; tokens belong in the keychain (Straja asks it first).
class KubeConfig final
{
public:
    static Util::Result<KubeConfig> parse(const QByteArray &text, const QString &baseDir = {});
    static Util::Result<KubeConfig> load(const QString &path);
    // $KUBECONFIG (first entry), else ~/.kube/config.
    static QString defaultPath();

    QString currentContext() const { return m_current; }
    // An empty name means the current context.
    Util::Result<KubeContext> context(const QString &name = {}) const;

    // The YAML subset kubeconfigs use (block mappings and sequences, plain and
    // quoted scalars, comments, empty {} and []), as JSON. Exposed for tests.
    static Util::Result<QJsonObject> parseYaml(const QByteArray &text);

private:
    QJsonObject m_root;
    QString m_current;
    QString m_baseDir;
};

} // namespace Actions
