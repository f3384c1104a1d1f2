#include "app/cli/commandregistry.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("straja"));
    QCoreApplication::setOrganizationName(QStringLiteral("straja"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STRAJA_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    Cli::CommandIo io{out, err};
    const int code = Cli::runCommandLine(QCoreApplication::arguments().mid(1), io);
    out.flush();
    err.flush();
    return code;
}
