#include <safelink/telephony/linetest.h>
#include <safelink/telephony/logging.h>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace safelink::telephony {

namespace {

Error usageError(const QString &option, const QString &message)
{
    return makeError(ErrorCode::Invalid, message, option);
}

bool readInt(const QString &text, int min, int max, int *out)
{
    bool ok = false;
    const int v = text.toInt(&ok);
    if (!ok || v < min || v > max)
        return false;
    *out = v;
    return true;
}

// A 16-bit mono 8 kHz WAV of silence.
void writeSilence(const QString &path, int seconds)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return;
    const quint32 bytes = quint32(seconds) * 8000 * 2;
    QByteArray header("RIFF");
    auto u32 = [&header](quint32 v) {
        header.append(reinterpret_cast<const char *>(&v), 4);
    };
    auto u16 = [&header](quint16 v) {
        header.append(reinterpret_cast<const char *>(&v), 2);
    };
    u32(36 + bytes);
    header.append("WAVEfmt ");
    u32(16), u16(1), u16(1), u32(8000), u32(16000), u16(2), u16(16);
    header.append("data");
    u32(bytes);
    f.write(header);
    f.write(QByteArray(qsizetype(bytes), '\0'));
}

} // namespace

QString LineTestOptions::usage()
{
    return LineTest::tr(
        "Usage: safelink-phone --proxy sip:HOST:PORT --user EXTENSION [--password-file FILE] [--domain "
        "DOMAIN]\n"
        "                     [--listen-port N] (--answer | --dial NUMBER-OR-URI) [--play FILE.wav]\n"
        "                     [--record FILE.wav] [--dtmf 123#] [--transfer NUMBER-OR-URI] [--seconds N]\n"
        "                     [--calls N] [--wait N] [--trace]\n"
        "Tests a seat's line: registers with the SIP proxy, answers or dials a call and prints every state "
        "with a time. No sound card needed (audio from and to files).\n"
        "Exit codes: 0 success, 1 call failed, 2 bad arguments, 3 registration failed, 4 timed out.");
}

Result<LineTestOptions> LineTestOptions::parse(const QStringList &arguments, const QString &passwordFileText)
{
    LineTestOptions o;
    bool answer = false;
    bool dial = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        auto value = [&](QString *out) -> bool {
            if (i + 1 >= arguments.size() || arguments[i + 1].startsWith(QLatin1String("--")))
                return false;
            *out = arguments[++i];
            return true;
        };
        QString v;
        if (a == QLatin1String("--answer")) {
            answer = true;
        } else if (a == QLatin1String("--trace")) {
            o.trace = true;
        } else if (a == QLatin1String("--proxy") || a == QLatin1String("--user")
                   || a == QLatin1String("--domain") || a == QLatin1String("--dial")
                   || a == QLatin1String("--play") || a == QLatin1String("--record")
                   || a == QLatin1String("--dtmf") || a == QLatin1String("--transfer")
                   || a == QLatin1String("--password-file") || a == QLatin1String("--data-dir")) {
            if (!value(&v))
                return usageError(a, LineTest::tr("Missing value"));
            if (a == QLatin1String("--proxy"))
                o.proxy = v;
            else if (a == QLatin1String("--user"))
                o.user = v;
            else if (a == QLatin1String("--domain"))
                o.domain = v;
            else if (a == QLatin1String("--dial"))
                dial = true, o.dialTarget = v;
            else if (a == QLatin1String("--play"))
                o.playFile = v;
            else if (a == QLatin1String("--record"))
                o.recordFile = v;
            else if (a == QLatin1String("--dtmf"))
                o.dtmf = v;
            else if (a == QLatin1String("--transfer"))
                o.transferTarget = v;
            else if (a == QLatin1String("--data-dir"))
                o.dataDir = v;
            else if (a == QLatin1String("--password-file"))
                o.password = passwordFileText;
        } else if (a == QLatin1String("--listen-port") || a == QLatin1String("--seconds")
                   || a == QLatin1String("--calls") || a == QLatin1String("--wait")) {
            if (!value(&v))
                return usageError(a, LineTest::tr("Missing value"));
            int *target = a == QLatin1String("--listen-port") ? &o.listenPort
                          : a == QLatin1String("--seconds")   ? &o.seconds
                          : a == QLatin1String("--calls")     ? &o.calls
                                                              : &o.waitSeconds;
            const int min =
                a == QLatin1String("--listen-port") ? 1 : (a == QLatin1String("--seconds") ? 0 : 1);
            const int max = a == QLatin1String("--listen-port") ? 65535 : 100000;
            if (!readInt(v, min, max, target))
                return usageError(a, LineTest::tr("Not a valid number: %1").arg(v));
        } else {
            return usageError(a, LineTest::tr("Unknown option"));
        }
    }
    if (o.proxy.isEmpty() || !o.proxy.startsWith(QLatin1String("sip:")))
        return usageError(QStringLiteral("--proxy"),
                          LineTest::tr("The SIP proxy is needed, like sip:192.168.1.10:5060"));
    if (o.user.isEmpty())
        return usageError(QStringLiteral("--user"), LineTest::tr("The extension is needed"));
    if (answer == dial)
        return usageError(QStringLiteral("--answer/--dial"),
                          LineTest::tr("Give exactly one of --answer and --dial"));
    o.mode = answer ? Mode::Answer : Mode::Dial;
    if (!o.playFile.isEmpty() && !QFileInfo(o.playFile).isReadable())
        return usageError(QStringLiteral("--play"), LineTest::tr("Cannot read the file: %1").arg(o.playFile));
    if (!o.dtmf.isEmpty()) {
        static const QRegularExpression digits(QStringLiteral("^[0-9*#A-Da-d]{1,64}$"));
        if (!digits.match(o.dtmf).hasMatch())
            return usageError(QStringLiteral("--dtmf"), LineTest::tr("Keys can only be 0-9, *, #, A-D"));
    }
    return o;
}

LineTest::LineTest(LineTestOptions options, QTextStream &out, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_out(out)
{
    EngineConfig config;
    config.useFiles = true;
    config.playFile = m_options.playFile;
    config.sipPort = m_options.listenPort;
    config.sipTrace = m_options.trace;
    config.dataDir = m_options.dataDir.isEmpty() ? QDir::temp().filePath(
                         QStringLiteral("safelink-phone-%1").arg(QCoreApplication::applicationPid()))
                                                 : m_options.dataDir;
    if (!m_options.recordFile.isEmpty())
        config.recordDir = config.dataDir + QStringLiteral("/recordings");
    // Without --play the line still carries audio (silence): without RTP some peers never finish
    // the last DTMF digit, and a line that sends nothing is not what a seat does.
    if (config.playFile.isEmpty()) {
        config.playFile = config.dataDir + QStringLiteral("/silence.wav");
        writeSilence(config.playFile, 120);
    }
    m_phone = new Phone(config, this);
    connect(m_phone, &Phone::started, this,
            [this](const QString &contact) { print(tr("Phone engine started %1").arg(contact)); });
    connect(m_phone, &Phone::failed, this, [this](const QString &message) {
        print(tr("Failed: %1").arg(message));
        finish(ExitCallFailed);
    });
    connect(m_phone, &Phone::registrationChanged, this, &LineTest::onRegistration);
    connect(m_phone, &Phone::callChanged, this, &LineTest::onCall);
    connect(m_phone, &Phone::recordingFinished, this, &LineTest::onRecording);
    connect(m_phone, &Phone::dtmfReceived, this, [this](CallId id, QChar digit) {
        print(QStringLiteral("call %1 dtmf-received %2").arg(id).arg(digit));
    });
    connect(m_phone, &Phone::callQuality, this, [this](const CallQuality &q) {
        print(QStringLiteral("call %1 quality codec=%2 jitter=%3ms loss=%4% mos=%5")
                  .arg(q.id)
                  .arg(q.codec)
                  .arg(q.jitterMs, 0, 'f', 1)
                  .arg(q.lossPercent, 0, 'f', 1)
                  .arg(q.mos, 0, 'f', 2));
    });
    connect(m_phone, &Phone::actionFailed, this, [this](CallId id, const QString &message) {
        print(QStringLiteral("call %1 error %2").arg(id).arg(message));
    });
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        print(m_registered ? tr("Timed out: no call came") : tr("Timed out: not registered"));
        finish(m_registered ? ExitTimeout : ExitRegistrationFailed);
    });
}

LineTest::~LineTest()
{
    m_phone->stop();
    if (m_options.dataDir.isEmpty())
        QDir(QDir::temp().filePath(
                 QStringLiteral("safelink-phone-%1").arg(QCoreApplication::applicationPid())))
            .removeRecursively();
}

void LineTest::print(const QString &what)
{
    m_out << QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss.zzz")) << ' ' << what << Qt::endl;
}

void LineTest::start()
{
    m_phone->start();
    AccountConfig account;
    account.proxy = m_options.proxy;
    account.user = m_options.user;
    account.password = m_options.password;
    account.domain = m_options.domain;
    m_phone->setAccount(account);
    m_deadline.start(m_options.waitSeconds * 1000);
}

void LineTest::onRegistration(RegistrationState state, const QString &message, int status)
{
    print(QStringLiteral("registration %1 %2 %3").arg(key(state)).arg(status).arg(message));
    if (state == RegistrationState::Failed && status >= 400 && status != 408 && status != 503) {
        finish(ExitRegistrationFailed);
        return;
    }
    if (state != RegistrationState::Registered || m_registered)
        return;
    m_registered = true;
    if (m_options.mode == LineTestOptions::Mode::Dial) {
        m_phone->dial(m_options.dialTarget);
    } else {
        print(tr("Waiting for a call…"));
        m_deadline.start(m_options.waitSeconds * 1000);
    }
}

void LineTest::onCall(const CallInfo &call)
{
    const auto last = m_lastState.constFind(call.id);
    const bool changed = last == m_lastState.cend() || *last != call.state;
    m_lastState.insert(call.id, call.state);
    if (changed)
        print(QStringLiteral("call %1 %2 %3%4")
                  .arg(call.id)
                  .arg(key(call.state))
                  .arg(call.remoteUri)
                  .arg(call.isLive() ? QString() : QStringLiteral(" (%1)").arg(call.endReason)));
    if (call.state == CallState::Ringing && m_options.mode == LineTestOptions::Mode::Answer) {
        m_phone->answer(call.id);
        return;
    }
    if (call.state == CallState::Active && call.transfer == TransferState::None
        && m_transferring != call.id) {
        m_deadline.stop();
        if (m_seenActive.contains(call.id))
            return; // resumed after hold, or a re-INVITE: the plan for this call already runs
        m_seenActive.insert(call.id);
        ++m_answered;
        const CallId id = call.id;
        int at = 500;
        if (!m_options.dtmf.isEmpty()) {
            QTimer::singleShot(at, this, [this, id] {
                print(QStringLiteral("call %1 dtmf-sent %2").arg(id).arg(m_options.dtmf));
                m_phone->sendDtmf(id, m_options.dtmf);
            });
            at += 300 * int(m_options.dtmf.size()) + 500;
        }
        if (!m_options.transferTarget.isEmpty()) {
            QTimer::singleShot(at, this, [this, id] {
                m_transferring = id;
                print(QStringLiteral("call %1 transfer %2").arg(id).arg(m_options.transferTarget));
                m_phone->blindTransfer(id, m_options.transferTarget);
            });
            return;
        }
        QTimer::singleShot(at + m_options.seconds * 1000, this, [this, id] {
            if (m_phone->call(id))
                m_phone->hangup(id);
        });
        return;
    }
    if (call.transfer == TransferState::Done)
        print(QStringLiteral("call %1 transferred").arg(call.id));
    if (call.transfer == TransferState::Failed) {
        print(QStringLiteral("call %1 transfer-failed").arg(call.id));
        m_exit = ExitCallFailed;
    }
    if (!call.isLive()) {
        ++m_endedCalls;
        if (!call.isAnswered() || call.state == CallState::Failed)
            m_exit = ExitCallFailed;
        if (!call.recordingPath.isEmpty() && call.isAnswered())
            ++m_pendingRecordings;
        if (m_options.mode == LineTestOptions::Mode::Dial || m_endedCalls >= m_options.calls) {
            m_finishing = true;
            maybeFinish();
        } else if (m_options.mode == LineTestOptions::Mode::Answer) {
            m_deadline.start(m_options.waitSeconds * 1000);
        }
    }
}

void LineTest::onRecording(const CallInfo &call, const QString &path)
{
    QString target = m_options.recordFile;
    if (m_options.calls > 1) {
        QFileInfo fi(target);
        target = fi.dir().filePath(
            QStringLiteral("%1-%2.%3").arg(fi.completeBaseName()).arg(call.id).arg(fi.suffix()));
    }
    QFile::remove(target);
    if (QFile::rename(path, target) || (QFile::copy(path, target) && QFile::remove(path)))
        print(QStringLiteral("call %1 recording %2").arg(call.id).arg(target));
    else
        print(tr("Cannot save the recording to %1").arg(target));
    --m_pendingRecordings;
    maybeFinish();
}

void LineTest::maybeFinish()
{
    if (m_finishing && m_pendingRecordings <= 0) {
        // A moment for liblinphone to send the last ACK/200 before the engine stops.
        QTimer::singleShot(200, this, [this] { finish(m_exit); });
    }
}

void LineTest::finish(int code)
{
    if (m_done)
        return;
    m_done = true;
    m_exit = code;
    m_deadline.stop();
    print(QStringLiteral("exit %1").arg(code));
    Q_EMIT finished(code);
}

} // namespace safelink::telephony
