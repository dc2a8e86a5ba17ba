#include "siptestutil.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QStandardPaths>
#include <QStringList>
#include <QTcpServer>
#include <QTimer>
#include <QUdpSocket>

namespace safelink::test {

qint64 monotonicMs()
{
    QElapsedTimer clock;
    clock.start();
    return clock.msecsSinceReference();
}

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    const QDeadlineTimer deadline(timeoutMs);
    QEventLoop loop;
    QTimer tick;
    // A short tick bounds how late a condition is noticed; event times are taken as the data
    // arrives, not here, so measurements do not depend on it.
    tick.setInterval(2);
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        if (done() || deadline.hasExpired())
            loop.quit();
    });
    tick.start();
    loop.exec();
    return done();
}

quint16 freeLoopbackPort(int tcpSpan)
{
    for (int attempt = 0; attempt < 100; ++attempt) {
        QUdpSocket udp;
        if (!udp.bind(QHostAddress::LocalHost, 0))
            continue;
        const quint16 port = udp.localPort();
        if (int(port) + tcpSpan > 65535)
            continue;
        bool free = true;
        for (int i = 0; i < tcpSpan && free; ++i) {
            QTcpServer tcp;
            free = tcp.listen(QHostAddress::LocalHost, quint16(port + i));
        }
        if (free)
            return port;
    }
    return 0;
}

bool haveProgram(const QString &name)
{
    return !QStandardPaths::findExecutable(name).isEmpty();
}

QString lastLines(const QString &text, int lines)
{
    const QStringList all = text.split(QLatin1Char('\n'));
    return all.mid(qMax(0, all.size() - lines)).join(QLatin1Char('\n'));
}

} // namespace safelink::test
