#include "baresippeer.h"

#include "siptestutil.h"
#include "toneanalysis.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QThread>

#include <gtest/gtest.h>

namespace safelink::test {

namespace {
// Without module_path, baresip 1.0.0 looks for modules in the current folder.
QString modulePath()
{
    const QString fromEnv = qEnvironmentVariable("SAFELINK_BARESIP_MODULES");
    if (!fromEnv.isEmpty())
        return fromEnv;
    for (const QString &dir :
         {QStringLiteral("/usr/lib/baresip/modules"), QStringLiteral("/usr/local/lib/baresip/modules"),
          QStringLiteral("/usr/lib64/baresip/modules")}) {
        if (QFile::exists(dir + QStringLiteral("/ctrl_tcp.so")))
            return dir;
    }
    return QStringLiteral("/usr/lib/baresip/modules");
}
} // namespace

BaresipPeer::BaresipPeer(Options options)
    : m_options(std::move(options))
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.setStandardOutputFile(m_dir.file(QStringLiteral("baresip.log")), QIODevice::Append);
    m_process.setWorkingDirectory(m_dir.path());
    QObject::connect(&m_socket, &QTcpSocket::readyRead, &m_socket, [this] { onReadyRead(); });
}

BaresipPeer::~BaresipPeer()
{
    stop(2000);
}

BaresipPeer::Options BaresipPeer::registered(const QString &user, const QString &password, quint16 proxyPort)
{
    Options o;
    o.user = user;
    o.password = password;
    o.proxyPort = proxyPort;
    return o;
}

BaresipPeer::Options BaresipPeer::gateway(quint16 sipPort, const QStringList &numbers)
{
    Options o;
    o.user = numbers.value(0, QStringLiteral("gateway"));
    o.numbers = numbers.mid(1);
    o.sipPort = sipPort;
    return o;
}

QString BaresipPeer::aor() const
{
    const quint16 port = m_options.proxyPort ? m_options.proxyPort : m_options.sipPort;
    return QStringLiteral("sip:%1@127.0.0.1:%2").arg(m_options.user).arg(port);
}

QString BaresipPeer::logText() const
{
    QFile f(m_dir.file(QStringLiteral("baresip.log")));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QString BaresipPeer::accountLine(const QString &user) const
{
    const QString answer = m_options.autoAnswer ? QStringLiteral("auto") : QStringLiteral("manual");
    if (m_options.proxyPort == 0) {
        // No registrar: regint=0. An incoming INVITE finds its account by the Request-URI user,
        // so the gateway needs one account per number it answers for (baresip 1.0.0 has no
        // catch-all account outside its b2bua module).
        return QStringLiteral("<sip:%1@127.0.0.1>;regint=0;answermode=%2").arg(user, answer);
    }
    return QStringLiteral("<sip:%1@127.0.0.1:%2;transport=%3>;auth_pass=%4;answermode=%5;regint=%6")
        .arg(user)
        .arg(m_options.proxyPort)
        .arg(m_options.transport, m_options.password, answer)
        .arg(m_options.registerInterval);
}

bool BaresipPeer::writeConfig()
{
    QDir().mkpath(configDir());
    QDir().mkpath(m_dir.file(QStringLiteral("recordings")));

    m_sourceWav = m_options.sourceWav;
    if (m_sourceWav.isEmpty()) {
        m_sourceWav = m_dir.file(QStringLiteral("tone-%1.wav").arg(m_options.toneHz));
        if (!makeToneWav(m_sourceWav, m_options.toneHz, m_options.toneSeconds)) {
            ADD_FAILURE() << "cannot write " << m_sourceWav.toStdString();
            return false;
        }
    }
    // aufile refuses a file whose rate or channel count differs from the source's settings.
    QString error;
    const auto source = ToneAnalysis::load(m_sourceWav, &error);
    if (!source) {
        ADD_FAILURE() << error.toStdString();
        return false;
    }

    QStringList lines{
        QStringLiteral("poll_method epoll"),
        QStringLiteral("sip_listen 127.0.0.1:%1").arg(m_options.sipPort),
        // Without it the SDP carries the first external interface's address.
        QStringLiteral("net_interface 127.0.0.1"),
        QStringLiteral("call_local_timeout 120"),
        QStringLiteral("call_max_calls %1").arg(m_options.maxCalls),
        // baresip 1.0.0 has no file player: a bridge device nobody reads stands in for the
        // loudspeaker, and the sndfile filter records what was received.
        QStringLiteral("audio_player aubridge,nil"),
        QStringLiteral("audio_alert aubridge,nil"),
        QStringLiteral("audio_source aufile,%1").arg(m_sourceWav),
        QStringLiteral("ausrc_srate %1").arg(source->sampleRate()),
        QStringLiteral("ausrc_channels %1").arg(source->channels()),
        QStringLiteral("snd_path %1").arg(m_dir.file(QStringLiteral("recordings"))),
        QStringLiteral("ctrl_tcp_listen 127.0.0.1:%1").arg(m_controlPort),
        QStringLiteral("module_path %1").arg(modulePath()),
    };
    for (const QString &codec : m_options.codecModules)
        lines << QStringLiteral("module %1.so").arg(codec);
    lines << QStringLiteral("module aufile.so") << QStringLiteral("module aubridge.so")
          << QStringLiteral("module sndfile.so")
          // menu: the commands (dial, accept, hangup, hold, ...) and the REFER handling.
          << QStringLiteral("module_app menu.so") << QStringLiteral("module_app ctrl_tcp.so");

    QFile config(configDir() + QStringLiteral("/config"));
    QFile accounts(configDir() + QStringLiteral("/accounts"));
    // Accounts are created over ctrl_tcp once connected, so that the test sees their events.
    return config.open(QIODevice::WriteOnly)
           && config.write((lines.join(QLatin1Char('\n')) + '\n').toUtf8()) > 0
           && accounts.open(QIODevice::WriteOnly);
}

bool BaresipPeer::start(int timeoutMs)
{
    if (isRunning())
        return true;
    if (!haveProgram(QStringLiteral("baresip"))) {
        ADD_FAILURE() << "baresip is not installed (SAFELINK_TEST_PACKAGES in packaging/scripts/common.sh)";
        return false;
    }
    if (m_options.sipPort == 0)
        m_options.sipPort = freeLoopbackPort(2);
    m_controlPort = freeLoopbackPort();
    if (m_options.sipPort == 0 || m_controlPort == 0) {
        ADD_FAILURE() << "no free loopback port for baresip";
        return false;
    }
    if (!writeConfig())
        return false;

    m_process.start(QStringLiteral("baresip"), {QStringLiteral("-f"), configDir()});
    if (!m_process.waitForStarted(10000)) {
        ADD_FAILURE() << "baresip did not start: " << m_process.errorString().toStdString();
        return false;
    }
    const QDeadlineTimer deadline(timeoutMs);
    while (m_socket.state() != QAbstractSocket::ConnectedState) {
        if (deadline.hasExpired() || m_process.state() != QProcess::Running) {
            ADD_FAILURE() << "baresip (" << aor().toStdString()
                          << ") did not open its control port; its log:\n"
                          << lastLines(logText(), 30).toStdString();
            kill();
            return false;
        }
        m_socket.abort();
        m_socket.connectToHost(QHostAddress::LocalHost, m_controlPort);
        if (!m_socket.waitForConnected(200))
            QThread::msleep(50);
    }
    return createAccounts();
}

bool BaresipPeer::createAccounts()
{
    m_registerFrom = m_events.size();
    const QStringList users = QStringList{m_options.user} + m_options.numbers;
    for (const QString &user : users) {
        const auto reply = command(QStringLiteral("uanew"), accountLine(user));
        if (!reply || !reply->ok) {
            ADD_FAILURE() << "baresip did not create the account " << user.toStdString() << ": "
                          << (reply ? reply->data.toStdString() : std::string("no reply"));
            return false;
        }
    }
    return true;
}

bool BaresipPeer::reregister()
{
    if (m_options.proxyPort == 0)
        return true;
    command(QStringLiteral("uadel"), aor());
    m_registerFrom = m_events.size();
    const auto reply = command(QStringLiteral("uanew"), accountLine(m_options.user));
    return reply && reply->ok;
}

bool BaresipPeer::waitRegistered(int timeoutMs)
{
    std::optional<bool> result;
    waitUntil(
        [&] {
            for (qsizetype i = m_registerFrom; i < m_events.size(); ++i) {
                if (m_events[i].type == QLatin1String("REGISTER_OK"))
                    result = true;
                else if (m_events[i].type == QLatin1String("REGISTER_FAIL"))
                    result = false;
                if (result)
                    return true;
            }
            return false;
        },
        timeoutMs);
    return result.value_or(false);
}

void BaresipPeer::stop(int timeoutMs)
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_socket.abort();
    m_process.terminate();
    if (!m_process.waitForFinished(timeoutMs))
        kill();
}

void BaresipPeer::kill()
{
    m_socket.abort();
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool BaresipPeer::isRunning() const
{
    return m_process.state() == QProcess::Running;
}

bool BaresipPeer::send(const QString &name, const QString &params, const QString &token)
{
    QJsonObject message{{QStringLiteral("command"), name}, {QStringLiteral("token"), token}};
    if (!params.isEmpty())
        message.insert(QStringLiteral("params"), params);
    const QByteArray json = QJsonDocument(message).toJson(QJsonDocument::Compact);
    // Netstring: "<length>:<payload>,"
    const QByteArray frame = QByteArray::number(json.size()) + ':' + json + ',';
    return m_socket.write(frame) == frame.size() && m_socket.flush();
}

std::optional<BaresipReply> BaresipPeer::command(const QString &name, const QString &params, int timeoutMs)
{
    if (m_socket.state() != QAbstractSocket::ConnectedState)
        return std::nullopt;
    const QString token = QString::number(m_nextToken++);
    if (!send(name, params, token))
        return std::nullopt;
    if (!waitUntil([&] { return m_replies.contains(token); }, timeoutMs))
        return std::nullopt;
    return m_replies.take(token);
}

void BaresipPeer::onReadyRead()
{
    const qint64 now = monotonicMs();
    m_buffer += m_socket.readAll();
    for (;;) {
        const qsizetype colon = m_buffer.indexOf(':');
        if (colon < 0)
            return;
        bool numeric = false;
        const qsizetype length = m_buffer.left(colon).toLongLong(&numeric);
        if (!numeric || length < 0) {
            ADD_FAILURE() << "baresip ctrl_tcp: bad netstring: " << m_buffer.left(80).toStdString();
            m_buffer.clear();
            return;
        }
        if (m_buffer.size() < colon + 1 + length + 1)
            return;
        const QByteArray payload = m_buffer.mid(colon + 1, length);
        m_buffer.remove(0, colon + 1 + length + 1);
        handleMessage(payload, now);
    }
}

void BaresipPeer::handleMessage(const QByteArray &json, qint64 ms)
{
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(json, &error).object();
    if (error.error != QJsonParseError::NoError) {
        ADD_FAILURE() << "baresip ctrl_tcp: bad JSON: " << json.toStdString();
        return;
    }
    if (o.value(QStringLiteral("event")).toBool()) {
        BaresipEvent e;
        e.type = o.value(QStringLiteral("type")).toString();
        e.param = o.value(QStringLiteral("param")).toString();
        e.callId = o.value(QStringLiteral("id")).toString();
        e.peerUri = o.value(QStringLiteral("peeruri")).toString();
        e.direction = o.value(QStringLiteral("direction")).toString();
        e.json = o;
        e.ms = ms;
        m_events.append(e);
        m_consumed.append(false);
    } else if (o.value(QStringLiteral("response")).toBool()) {
        BaresipReply r;
        r.ok = o.value(QStringLiteral("ok")).toBool();
        r.data = o.value(QStringLiteral("data")).toString();
        r.ms = ms;
        m_replies.insert(o.value(QStringLiteral("token")).toString(), r);
    }
}

std::optional<BaresipEvent> BaresipPeer::waitForEvent(const QString &type, int timeoutMs,
                                                      const std::function<bool(const BaresipEvent &)> &filter)
{
    qsizetype found = -1;
    waitUntil(
        [&] {
            for (qsizetype i = 0; i < m_events.size(); ++i) {
                if (!m_consumed[i] && m_events[i].type == type && (!filter || filter(m_events[i]))) {
                    found = i;
                    return true;
                }
            }
            return false;
        },
        timeoutMs);
    if (found < 0)
        return std::nullopt;
    m_consumed[found] = true;
    return m_events[found];
}

int BaresipPeer::eventCount(const QString &type) const
{
    return int(std::count_if(m_events.begin(), m_events.end(),
                             [&](const BaresipEvent &e) { return e.type == type; }));
}

QString BaresipPeer::receivedDtmf() const
{
    QString digits;
    for (const BaresipEvent &e : m_events) {
        if (e.type == QLatin1String("CALL_DTMF_START"))
            digits += e.param;
    }
    return digits;
}

bool BaresipPeer::dial(const QString &uri)
{
    const auto reply = command(QStringLiteral("dial"), uri);
    return reply && reply->ok;
}

bool BaresipPeer::answer()
{
    const auto reply = command(QStringLiteral("accept"));
    return reply && reply->ok;
}

bool BaresipPeer::hangup()
{
    const auto reply = command(QStringLiteral("hangup"));
    return reply && reply->ok;
}

bool BaresipPeer::hold()
{
    const auto reply = command(QStringLiteral("hold"));
    return reply && reply->ok;
}

bool BaresipPeer::resume()
{
    const auto reply = command(QStringLiteral("resume"));
    return reply && reply->ok;
}

bool BaresipPeer::sendDtmf(const QString &digits)
{
    const auto reply = command(QStringLiteral("sndcode"), digits);
    return reply && reply->ok;
}

bool BaresipPeer::transfer(const QString &uri)
{
    const auto reply = command(QStringLiteral("transfer"), uri);
    return reply && reply->ok;
}

bool BaresipPeer::setAutoAnswer(bool on)
{
    const auto reply =
        command(QStringLiteral("answermode"), on ? QStringLiteral("auto") : QStringLiteral("manual"));
    return reply && reply->ok;
}

QString BaresipPeer::audioDirection()
{
    const auto reply = command(QStringLiteral("audio_debug"));
    if (!reply)
        return {};
    const auto match = QRegularExpression(QStringLiteral("audio dir=(\\w+)")).match(reply->data);
    return match.hasMatch() ? match.captured(1) : QString();
}

int BaresipPeer::callCount()
{
    const auto reply = command(QStringLiteral("listcalls"));
    if (!reply)
        return -1;
    const auto match = QRegularExpression(QStringLiteral("Active calls \\((\\d+)\\)")).match(reply->data);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

QStringList BaresipPeer::recordings() const
{
    const QDir dir(m_dir.file(QStringLiteral("recordings")));
    // dump-YYYY-MM-DD-hh-mm-ss-dec.wav: by name is by time. "-enc" files hold what was sent.
    const QStringList names = dir.entryList({QStringLiteral("dump-*-dec.wav")}, QDir::Files, QDir::Name);
    QStringList paths;
    for (const QString &name : names)
        paths << dir.filePath(name);
    return paths;
}

QString BaresipPeer::lastRecording() const
{
    const QStringList all = recordings();
    return all.isEmpty() ? QString() : all.last();
}

} // namespace safelink::test
