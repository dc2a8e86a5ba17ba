#pragma once

#include <safelink/core/result.h>

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

class QCommandLineParser;

namespace safelink::store {
class Database;
}

namespace safelink::hub {

// The safelink-hub command line: `safelink-hub <command> [options]`. Each command parses its own
// options (so that `--help` after a command describes that command) and returns the exit code:
// 0 done, 1 failed, 2 bad use.
class HubCli {
    Q_DECLARE_TR_FUNCTIONS(safelink::hub::HubCli)

public:
    HubCli(QTextStream &out, QTextStream &err);
    int run(const QStringList &arguments);

    // The database file inside a data folder.
    static QString databasePath(const QString &dataDir);
    // Opens and migrates the database of a data folder; the error is ready to print.
    static Result<std::unique_ptr<store::Database>> openData(const QString &dataDir, bool migrate = true);
    // Parses a command's options; returns the exit code to stop with, or -1 to go on.
    static int parseCommand(QCommandLineParser &parser, const QStringList &args, const QString &description,
                            QTextStream &out, QTextStream &err, bool allowPositional = false);

private:
    struct Command {
        const char *name;
        const char *summary;
        std::function<int(const QStringList &)> run;
    };

    int usage(int exitCode);
    QString summary(const QString &name) const;
    int cmdMigrate(const QStringList &args);
    int cmdDemo(const QStringList &args);
    int cmdStatus(const QStringList &args);
    int cmdBackup(const QStringList &args);
    int cmdRestore(const QStringList &args);

    QTextStream &m_out;
    QTextStream &m_err;
    QList<Command> m_commands;
};

} // namespace safelink::hub
