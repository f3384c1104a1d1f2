#include "labenvironment.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace TestSupport {

LabEnvironment LabEnvironment::load()
{
    LabEnvironment env;
    const QString path = qEnvironmentVariable("STRAJA_LAB_ENV");
    if (path.isEmpty()) {
        env.m_error = u"STRAJA_LAB_ENV is not set: run this test through ctest (the lab fixture sets it)"_s;
        return env;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        env.m_error = u"cannot read %1: %2 (did the lab_up fixture fail?)"_s.arg(path, file.errorString());
        return env;
    }
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        const qsizetype eq = line.indexOf(u'=');
        if (line.startsWith(u'#') || eq <= 0)
            continue;
        env.m_values.insert(line.left(eq), line.mid(eq + 1));
    }
    return env;
}

} // namespace TestSupport
