#pragma once

// A real safelink-hub process for the benchmarks: a data folder with a demo center, an admin and
// agents, served on a free loopback port (tests/bench/bench_sync.cpp, bench_desk.cpp).
#include <safelink/net/keys.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTcpServer>

#include <cstdio>
#include <cstdlib>

namespace safelink::bench {

inline const QString kPassword = QStringLiteral("Bench-pass-2026");

[[noreturn]] inline void die(const QString &what)
{
    std::fprintf(stderr, "%s: %s\n", qPrintable(QCoreApplication::applicationName()), qPrintable(what));
    std::exit(1);
}

// Processes the event loop until `done` or the timeout; false on timeout.
template<typename F>
bool waitFor(F done, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > ms)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

inline QString hubBinary()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/safelink-hub");
}

inline int runHub(const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(hubBinary(), args);
    if (!p.waitForFinished(600000))
        return -1;
    return p.exitCode();
}

inline quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// A hub data folder: demo center of n subjects (none when 0), admin + agents, served on a port.
struct Hub {
    Hub(const QString &dir, int subjects, int agents)
        : dir(dir)
    {
        QFile pw(dir + QStringLiteral("/password"));
        if (!pw.open(QIODevice::WriteOnly))
            die(QStringLiteral("cannot write the password file"));
        pw.write(kPassword.toUtf8() + '\n');
        pw.close();
        const QString data = dir + QStringLiteral("/hub");
        if (subjects > 0
            && runHub({QStringLiteral("demo"), QStringLiteral("--data"), data, QStringLiteral("--subjects"),
                       QString::number(subjects)})
                   != 0)
            die(QStringLiteral("demo failed"));
        if (runHub({QStringLiteral("init"), QStringLiteral("--data"), data,
                    QStringLiteral("--admin-password-file"), pw.fileName()})
            != 0)
            die(QStringLiteral("init failed"));
        for (int i = 1; i <= agents; ++i) {
            if (runHub({QStringLiteral("add-account"), QStringLiteral("--data"), data,
                        QStringLiteral("--login"), QStringLiteral("bench%1").arg(i), QStringLiteral("--role"),
                        QStringLiteral("agent"), QStringLiteral("--password-file"), pw.fileName()})
                != 0)
                die(QStringLiteral("add-account failed"));
        }
        port = freePort();
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(hubBinary(), {QStringLiteral("serve"), QStringLiteral("--data"), data,
                                    QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port),
                                    QStringLiteral("--http"), QStringLiteral("off")});
        if (!process.waitForStarted())
            die(QStringLiteral("hub did not start"));
        QByteArray out;
        if (!waitFor(
                [&] {
                    out += process.readAllStandardOutput();
                    return out.contains(':') && out.contains('\n');
                },
                30000))
            die(QStringLiteral("hub did not listen"));
        key = net::loadKeyPair(data + QStringLiteral("/hub.key")).valueOr(net::KeyPair{}).publicKey;
    }
    ~Hub()
    {
        process.terminate();
        process.waitForFinished(10000);
    }

    // VmHWM / VmRSS of the hub process in MB.
    double memoryMb(const char *field) const
    {
        QFile status(QStringLiteral("/proc/%1/status").arg(process.processId()));
        if (!status.open(QIODevice::ReadOnly))
            return -1;
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith(field))
                return line.mid(int(qstrlen(field)) + 1).trimmed().split(' ').first().toDouble() / 1024.0;
        }
        return -1;
    }

    QString dir;
    QProcess process;
    quint16 port = 0;
    QByteArray key;
};

} // namespace safelink::bench
