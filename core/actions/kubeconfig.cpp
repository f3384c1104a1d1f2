#include "core/actions/kubeconfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Actions {

namespace {

struct Line
{
    int indent = 0;
    QString text; // without indentation and comments
    int number = 0;
};

QString stripComment(const QString &line)
{
    bool single = false;
    bool dbl = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == u'\'' && !dbl)
            single = !single;
        else if (c == u'"' && !single)
            dbl = !dbl;
        else if (c == u'#' && !single && !dbl && (i == 0 || line.at(i - 1).isSpace()))
            return line.left(i);
    }
    return line;
}

QJsonValue scalar(QString text)
{
    text = text.trimmed();
    if (text.size() >= 2 && ((text.startsWith(u'"') && text.endsWith(u'"'))
                             || (text.startsWith(u'\'') && text.endsWith(u'\'')))) {
        QString inner = text.mid(1, text.size() - 2);
        if (text.startsWith(u'"'))
            inner.replace(u"\\\""_s, u"\""_s).replace(u"\\\\"_s, u"\\"_s);
        else
            inner.replace(u"''"_s, u"'"_s);
        return inner;
    }
    if (text == u"{}")
        return QJsonObject();
    if (text == u"[]")
        return QJsonArray();
    if (text == u"null" || text == u"~")
        return QJsonValue();
    return text;
}

// Splits "key: value" (value may be empty); false if the line is no mapping entry.
bool splitEntry(const QString &text, QString *key, QString *value)
{
    bool single = false;
    bool dbl = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\'' && !dbl)
            single = !single;
        else if (c == u'"' && !single)
            dbl = !dbl;
        else if (c == u':' && !single && !dbl && (i + 1 == text.size() || text.at(i + 1) == u' ')) {
            *key = scalar(text.left(i)).toString();
            *value = text.mid(i + 1).trimmed();
            return true;
        }
    }
    return false;
}

class YamlReader
{
public:
    explicit YamlReader(QVector<Line> lines) : m_lines(std::move(lines)) { }

    Util::Result<QJsonValue> block(int indent)
    {
        if (m_pos >= m_lines.size())
            return QJsonValue(QJsonObject());
        const Line &first = m_lines.at(m_pos);
        if (first.text.startsWith(u"- "_s) || first.text == u"-")
            return sequence(first.indent);
        return mapping(std::max(indent, first.indent));
    }

    qsizetype position() const { return m_pos; }

private:
    Util::Error error(const Line &line, const QString &what) const
    {
        return Util::makeError(u"kubeconfig.yaml"_s,
                               QCoreApplication::translate("Actions", "kubeconfig line %1: %2").arg(line.number).arg(what));
    }

    // After "key:" the value is a nested block (deeper), or a sequence at the same
    // indentation ("key:\n- item"), or nothing.
    Util::Result<QJsonValue> nested(int indent)
    {
        if (m_pos >= m_lines.size())
            return QJsonValue();
        const Line &next = m_lines.at(m_pos);
        if (next.indent > indent)
            return block(next.indent);
        if (next.indent == indent && (next.text.startsWith(u"- "_s) || next.text == u"-"))
            return sequence(indent);
        return QJsonValue();
    }

    Util::Result<QJsonValue> mapping(int indent)
    {
        QJsonObject object;
        while (m_pos < m_lines.size()) {
            const Line line = m_lines.at(m_pos);
            if (line.indent < indent || (line.indent == indent && line.text.startsWith(u"- "_s)))
                break;
            if (line.indent > indent)
                return error(line, QCoreApplication::translate("Actions", "unexpected indentation"));
            QString key;
            QString value;
            if (!splitEntry(line.text, &key, &value))
                return error(line, QCoreApplication::translate("Actions", "expected 'key: value'"));
            ++m_pos;
            if (!value.isEmpty()) {
                object.insert(key, scalar(value));
                continue;
            }
            auto inner = nested(indent);
            if (!inner)
                return inner.error();
            object.insert(key, *inner);
        }
        return QJsonValue(object);
    }

    Util::Result<QJsonValue> sequence(int indent)
    {
        QJsonArray array;
        while (m_pos < m_lines.size()) {
            const Line line = m_lines.at(m_pos);
            if (line.indent != indent || !(line.text.startsWith(u"- "_s) || line.text == u"-"))
                break;
            const QString rest = line.text.mid(1).trimmed();
            if (rest.isEmpty()) {
                ++m_pos;
                auto inner = nested(indent);
                if (!inner)
                    return inner.error();
                array.append(*inner);
                continue;
            }
            QString key;
            QString value;
            if (!splitEntry(rest, &key, &value)) {
                ++m_pos;
                array.append(scalar(rest));
                continue;
            }
            // "- key: value" starts a mapping whose other keys sit two columns in.
            const int itemIndent = indent + 2;
            m_lines[m_pos] = Line{itemIndent, rest, line.number};
            auto item = mapping(itemIndent);
            if (!item)
                return item.error();
            array.append(*item);
        }
        return QJsonValue(array);
    }

    QVector<Line> m_lines;
    qsizetype m_pos = 0;
};

QJsonObject named(const QJsonObject &root, const QString &list, const QString &name, const QString &inner)
{
    for (const QJsonValue &v : root.value(list).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(u"name"_s).toString() == name)
            return o.value(inner).toObject();
    }
    return {};
}

QByteArray fileOrData(const QJsonObject &o, const QString &fileKey, const QString &dataKey, const QString &baseDir)
{
    if (o.contains(dataKey))
        return QByteArray::fromBase64(o.value(dataKey).toString().toLatin1());
    const QString path = o.value(fileKey).toString();
    if (path.isEmpty())
        return {};
    QFile file(QFileInfo(path).isAbsolute() ? path : QDir(baseDir).filePath(path));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

Util::Result<QJsonObject> KubeConfig::parseYaml(const QByteArray &text)
{
    QVector<Line> lines;
    const QStringList raw = QString::fromUtf8(text).split(u'\n');
    for (int i = 0; i < raw.size(); ++i) {
        QString line = stripComment(raw.at(i));
        line.replace(u'\t', u"    "_s);
        if (line.trimmed().isEmpty() || line.trimmed() == u"---")
            continue;
        int indent = 0;
        while (indent < line.size() && line.at(indent) == u' ')
            ++indent;
        lines.append({indent, line.mid(indent).trimmed(), i + 1});
    }
    YamlReader reader(lines);
    auto value = reader.block(0);
    if (!value)
        return value.error();
    if (reader.position() < lines.size()) {
        return Util::makeError(u"kubeconfig.yaml"_s, QCoreApplication::translate("Actions", "kubeconfig line %1: %2")
                                                         .arg(lines.at(reader.position()).number)
                                                         .arg(QCoreApplication::translate("Actions",
                                                                                          "unexpected indentation")));
    }
    return value->toObject();
}

QString KubeConfig::defaultPath()
{
    const QString env = qEnvironmentVariable("KUBECONFIG");
    if (!env.isEmpty())
        return env.split(u':').first();
    return QDir::home().filePath(u".kube/config"_s);
}

Util::Result<KubeConfig> KubeConfig::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Util::makeError(u"kubeconfig.read"_s,
                               QCoreApplication::translate("Actions", "Cannot read the kubeconfig %1: %2")
                                   .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return parse(file.readAll(), QFileInfo(path).absolutePath());
}

Util::Result<KubeConfig> KubeConfig::parse(const QByteArray &text, const QString &baseDir)
{
    KubeConfig config;
    config.m_baseDir = baseDir;
    if (text.trimmed().startsWith('{')) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
        if (error.error != QJsonParseError::NoError)
            return Util::makeError(u"kubeconfig.json"_s, error.errorString());
        config.m_root = doc.object();
    } else {
        auto root = parseYaml(text);
        if (!root)
            return root.error();
        config.m_root = *root;
    }
    config.m_current = config.m_root.value(u"current-context"_s).toString();
    return config;
}

Util::Result<KubeContext> KubeConfig::context(const QString &name) const
{
    const QString wanted = name.isEmpty() ? m_current : name;
    const QJsonObject ctx = named(m_root, u"contexts"_s, wanted, u"context"_s);
    if (wanted.isEmpty() || ctx.isEmpty()) {
        return Util::makeError(u"kubeconfig.context"_s,
                               QCoreApplication::translate("Actions", "The kubeconfig has no context '%1'.").arg(wanted));
    }
    const QJsonObject cluster = named(m_root, u"clusters"_s, ctx.value(u"cluster"_s).toString(), u"cluster"_s);
    const QJsonObject user = named(m_root, u"users"_s, ctx.value(u"user"_s).toString(), u"user"_s);
    if (cluster.value(u"server"_s).toString().isEmpty()) {
        return Util::makeError(u"kubeconfig.cluster"_s,
                               QCoreApplication::translate("Actions", "The context '%1' names no cluster with a server.")
                                   .arg(wanted));
    }
    KubeContext c;
    c.name = wanted;
    c.server = cluster.value(u"server"_s).toString();
    c.defaultNamespace = ctx.value(u"namespace"_s).toString(u"default"_s);
    c.caPem = fileOrData(cluster, u"certificate-authority"_s, u"certificate-authority-data"_s, m_baseDir);
    c.insecureSkipTlsVerify = cluster.value(u"insecure-skip-tls-verify"_s).toVariant().toBool();
    c.token = user.value(u"token"_s).toString();
    if (c.token.isEmpty())
        c.token = QString::fromUtf8(fileOrData(user, u"tokenFile"_s, u"-"_s, m_baseDir)).trimmed();
    c.clientCertPem = fileOrData(user, u"client-certificate"_s, u"client-certificate-data"_s, m_baseDir);
    c.clientKeyPem = fileOrData(user, u"client-key"_s, u"client-key-data"_s, m_baseDir);
    return c;
}

} // namespace Actions
