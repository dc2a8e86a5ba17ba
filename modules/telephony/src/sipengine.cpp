#include <safelink/telephony/audiodevices.h>
#include <safelink/telephony/logging.h>
#include <safelink/telephony/sipengine.h>

#include <linphone++/linphone.hh>

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QThread>
#include <QTimer>

#include <mutex>
#include <unordered_map>

namespace safelink::telephony {

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

std::string ss(const QString &s)
{
    return s.toStdString();
}

// liblinphone's states folded into what an agent sees; nullopt keeps the previous state (transient
// SIP states such as Updating or Resuming).
std::optional<CallState> foldState(linphone::Call::State state)
{
    using S = linphone::Call::State;
    switch (state) {
    case S::IncomingReceived:
    case S::PushIncomingReceived:
    case S::IncomingEarlyMedia:
        return CallState::Ringing;
    case S::OutgoingInit:
    case S::OutgoingProgress:
        return CallState::Dialling;
    case S::OutgoingRinging:
    case S::OutgoingEarlyMedia:
        return CallState::RemoteRinging;
    case S::Connected:
    case S::StreamsRunning:
        return CallState::Active;
    case S::Pausing:
    case S::Paused:
        return CallState::Held;
    case S::PausedByRemote:
        return CallState::HeldByRemote;
    case S::Error:
        return CallState::Failed;
    case S::End:
    case S::Released:
        return CallState::Ended;
    default:
        return std::nullopt;
    }
}

// liblinphone's own log goes to the category safelink.sip.stack: its errors are mostly noise on a
// seat without a sound card ("no suitable soundcard"), so only fatal ones show unless asked for
// (QT_LOGGING_RULES="safelink.sip.stack.warning=true", or --trace for everything).
Q_LOGGING_CATEGORY(lcSipStack, "safelink.sip.stack", QtCriticalMsg)

class StackLog : public linphone::LoggingServiceListener {
public:
    void onLogMessageWritten(const std::shared_ptr<linphone::LoggingService> &, const std::string &domain,
                             linphone::LogLevel level, const std::string &message) override
    {
        const QString text = qs(domain) + QLatin1String(": ") + qs(message);
        switch (level) {
        case linphone::LogLevel::Fatal:
            qCCritical(lcSipStack).noquote() << text;
            break;
        case linphone::LogLevel::Error:
        case linphone::LogLevel::Warning:
            qCWarning(lcSipStack).noquote() << text;
            break;
        case linphone::LogLevel::Message:
            qCInfo(lcSipStack).noquote() << text;
            break;
        default:
            qCDebug(lcSipStack).noquote() << text;
        }
    }
};

// liblinphone's Factory and logging service are process-wide, and creating or destroying a core
// touches them: with several engines in one process (a supervisor's second line, the tests) their
// start and shutdown take turns. A desk runs one engine; the lock then costs nothing.
std::mutex &coreLifecycleLock()
{
    static std::mutex lock;
    return lock;
}

void routeStackLog(bool trace)
{
    static std::shared_ptr<StackLog> listener; // liblinphone's logging service is process-wide too
    auto service = linphone::LoggingService::get();
    if (!listener) {
        listener = std::make_shared<StackLog>();
        service->addListener(listener);
    }
    service->setLogLevel(trace ? linphone::LogLevel::Message : linphone::LogLevel::Warning);
    if (trace)
        QLoggingCategory::setFilterRules(QStringLiteral("safelink.sip.stack=true"));
}

const QRegularExpression &dtmfDigits()
{
    static const QRegularExpression re(QStringLiteral("^[0-9*#A-Da-d]{1,64}$"));
    return re;
}

} // namespace

class SipEngine::Private {
public:
    class Listener;

    struct Tracked {
        std::shared_ptr<linphone::Call> call;
        CallInfo info;
        bool recordingStarted = false;
        bool inConference = false;
        bool holding = false; // a hold (re-INVITE) is on its way
    };

    Private(SipEngine *q, EngineConfig config, std::shared_ptr<std::atomic<CallId>> ids)
        : q(q)
        , config(std::move(config))
        , ids(std::move(ids))
    {
    }

    bool checkThread(const char *where) const
    {
        Q_ASSERT_X(q->onEngineThread(), where, "liblinphone touched off its thread");
        if (!q->onEngineThread()) {
            qCCritical(lcSip) << where << "called off the SIP thread; ignored";
            return false;
        }
        return core != nullptr;
    }

    Tracked *find(CallId id)
    {
        auto it = calls.find(id);
        if (it == calls.end()) {
            Q_EMIT q->actionFailed(id, SipEngine::tr("This call no longer exists."));
            return nullptr;
        }
        return &it->second;
    }

    Tracked &track(const std::shared_ptr<linphone::Call> &call)
    {
        const void *key = call->cPtr();
        if (auto it = byPointer.find(key); it != byPointer.end())
            return calls[it->second];
        CallId id = 0;
        if (call->getDir() == linphone::Call::Dir::Outgoing && pendingOutgoing != 0) {
            id = pendingOutgoing;
            pendingOutgoing = 0;
        } else {
            id = ids->fetch_add(1) + 1;
        }
        byPointer[key] = id;
        Tracked &t = calls[id];
        t.call = call;
        CallInfo &info = t.info;
        info.id = id;
        info.direction = call->getDir() == linphone::Call::Dir::Outgoing ? CallDirection::Outgoing
                                                                         : CallDirection::Incoming;
        info.state = info.direction == CallDirection::Outgoing ? CallState::Dialling : CallState::Ringing;
        info.startedAt = QDateTime::currentDateTimeUtc();
        if (auto remote = call->getRemoteAddress()) {
            info.remoteUri = qs(remote->asStringUriOnly());
            info.remoteUser = qs(remote->getUsername());
            info.displayName = qs(remote->getDisplayName());
        }
        if (info.direction == CallDirection::Incoming) {
            if (auto to = call->getToAddress())
                info.dialled = qs(to->getUsername());
        }
        if (auto log = call->getCallLog())
            info.sipCallId = qs(log->getCallId());
        return t;
    }

    void captureHeaders(Tracked &t)
    {
        auto remote = t.call->getRemoteParams();
        if (!remote)
            return;
        for (const QString &name : std::as_const(config.captureHeaders)) {
            const std::string value = remote->getCustomHeader(ss(name));
            if (!value.empty())
                t.info.headers.insert(name, qs(value).left(256)); // a header is input: bounded
        }
    }

    QString recordPathFor(CallId id) const
    {
        if (config.recordDir.isEmpty())
            return {};
        return QDir(config.recordDir)
            .filePath(QStringLiteral("call-%1-%2.wav")
                          .arg(id)
                          .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss"))));
    }

    // One active call at a time: whatever else is talking goes on hold first.
    void holdOthers(CallId except)
    {
        for (auto &[id, t] : calls) {
            if (id == except || t.info.inConference)
                continue;
            if (t.call->getState() == linphone::Call::State::StreamsRunning
                && t.call->pause() == linphone::Status(0))
                t.holding = true;
        }
    }

    std::shared_ptr<linphone::Address> addressFor(const QString &target)
    {
        const QString trimmed = target.trimmed();
        QString uri;
        static const QRegularExpression number(QStringLiteral("^\\+?[0-9*#]{1,32}$"));
        static const QRegularExpression userAtHost(
            QStringLiteral("^[A-Za-z0-9._+*#-]+@[A-Za-z0-9.:\\[\\]-]+$"));
        if (trimmed.startsWith(QLatin1String("sip:")) || trimmed.startsWith(QLatin1String("sips:")))
            uri = trimmed;
        else if (number.match(trimmed).hasMatch())
            uri = QStringLiteral("sip:%1@%2").arg(trimmed, domain(true));
        else if (userAtHost.match(trimmed).hasMatch())
            uri = QStringLiteral("sip:") + trimmed;
        if (uri.isEmpty() || uri.contains(QLatin1Char(' ')))
            return nullptr;
        return core->createAddress(ss(uri));
    }

    // The SIP domain, else the proxy's host. Dial and transfer targets take the proxy's port too
    // (withPort): a Refer-To must carry it, the transferee dials it itself, maybe without our proxy.
    QString domain(bool withPort = false) const
    {
        if (!account.domain.isEmpty())
            return account.domain;
        auto addr = core->createAddress(ss(account.proxy));
        if (!addr)
            return QStringLiteral("localhost");
        const int port = addr->getPort();
        return withPort && port > 0 ? qs(addr->getDomain()) + QLatin1Char(':') + QString::number(port)
                                    : qs(addr->getDomain());
    }

    void emitCall(Tracked &t) { Q_EMIT q->callChanged(t.info); }

    void onCallState(const std::shared_ptr<linphone::Call> &call, linphone::Call::State state,
                     const std::string &message);
    void onRegistration(const std::shared_ptr<linphone::Account> &acct, linphone::RegistrationState state,
                        const std::string &message);
    bool onHoldRefused(Tracked &t);
    void sampleQuality();
    void applyDevices();
    void endConference();
    void scheduleRetry();

    SipEngine *q;
    EngineConfig config;
    std::shared_ptr<std::atomic<CallId>> ids;
    std::shared_ptr<linphone::Core> core;
    std::shared_ptr<Listener> listener;
    std::shared_ptr<linphone::Account> sipAccount;
    std::shared_ptr<linphone::Conference> conference;
    CallInfo conferenceOwner;
    QString conferenceRecording;
    AccountConfig account;
    std::unordered_map<CallId, Tracked> calls;
    std::unordered_map<const void *, CallId> byPointer;
    CallId pendingOutgoing = 0;
    QTimer *iterateTimer = nullptr;
    QTimer *qualityTimer = nullptr;
    QTimer *retryTimer = nullptr;
    int retryDelayMs = 1000;
    bool authRefused = false;
    bool dnd = false;
    DevicePreferences devices;
    QString lastFallback;
};

class SipEngine::Private::Listener : public linphone::CoreListener {
public:
    explicit Listener(Private *d)
        : d(d)
    {
    }

    void onCallStateChanged(const std::shared_ptr<linphone::Core> &,
                            const std::shared_ptr<linphone::Call> &call, linphone::Call::State state,
                            const std::string &message) override
    {
        d->onCallState(call, state, message);
    }

    void onAccountRegistrationStateChanged(const std::shared_ptr<linphone::Core> &,
                                           const std::shared_ptr<linphone::Account> &account,
                                           linphone::RegistrationState state,
                                           const std::string &message) override
    {
        d->onRegistration(account, state, message);
    }

    void onDtmfReceived(const std::shared_ptr<linphone::Core> &, const std::shared_ptr<linphone::Call> &call,
                        int dtmf) override
    {
        auto it = d->byPointer.find(call->cPtr());
        if (it != d->byPointer.end() && dtmf > 0 && dtmf < 128)
            Q_EMIT d->q->dtmfReceived(it->second, QChar(dtmf));
    }

    void onTransferStateChanged(const std::shared_ptr<linphone::Core> &,
                                const std::shared_ptr<linphone::Call> &call,
                                linphone::Call::State state) override
    {
        auto it = d->byPointer.find(call->cPtr());
        if (it == d->byPointer.end())
            return;
        Tracked &t = d->calls[it->second];
        using S = linphone::Call::State;
        switch (state) {
        case S::OutgoingInit:
        case S::OutgoingProgress:
        case S::OutgoingRinging:
        case S::OutgoingEarlyMedia:
            t.info.transfer = TransferState::Progress;
            break;
        case S::Connected:
        case S::StreamsRunning:
            t.info.transfer = TransferState::Done;
            break;
        case S::Error:
            t.info.transfer = TransferState::Failed;
            break;
        default:
            return;
        }
        qCInfo(lcSip) << "call" << t.info.id << "transfer" << int(t.info.transfer);
        d->emitCall(t);
        // The transferee is connected to the target: this seat's leg has done its job.
        if (t.info.transfer == TransferState::Done && t.call->getState() != S::End
            && t.call->getState() != S::Released)
            t.call->terminate();
    }

    void onAudioDevicesListUpdated(const std::shared_ptr<linphone::Core> &) override { d->applyDevices(); }

    void onGlobalStateChanged(const std::shared_ptr<linphone::Core> &, linphone::GlobalState state,
                              const std::string &message) override
    {
        qCDebug(lcSip) << "core state" << int(state) << qs(message);
    }

private:
    Private *d;
};

void SipEngine::Private::onCallState(const std::shared_ptr<linphone::Call> &call, linphone::Call::State state,
                                     const std::string &message)
{
    using S = linphone::Call::State;
    if (state == S::Idle)
        return;
    Tracked &t = track(call);
    CallInfo &info = t.info;
    qCDebug(lcSip) << "call" << info.id << "state" << int(state) << qs(message);

    if (state == S::IncomingReceived) {
        captureHeaders(t);
        if (dnd) {
            // Do-not-disturb really stops ringing: refused before it rings, so the proxy can hunt on.
            info.endReason = SipEngine::tr("Do not disturb: refused automatically");
            call->decline(linphone::Reason::Busy);
            core->stopRinging();
            return; // never shown as ringing; its end is reported
        }
    }
    if (state == S::Paused || state == S::End || state == S::Error)
        t.holding = false;
    if (state == S::StreamsRunning && t.holding && onHoldRefused(t))
        return;
    if ((state == S::Connected || state == S::StreamsRunning) && !info.answeredAt.isValid())
        info.answeredAt = QDateTime::currentDateTimeUtc();
    if (state == S::StreamsRunning && !info.recordingPath.isEmpty() && !t.recordingStarted
        && !t.inConference) {
        call->startRecording();
        t.recordingStarted = true;
    }
    if (state == S::Error) {
        if (auto error = call->getErrorInfo()) {
            info.sipStatus = error->getProtocolCode();
            if (info.endReason.isEmpty()) {
                const QString phrase = qs(error->getPhrase());
                info.endReason =
                    info.sipStatus > 0
                        ? SipEngine::tr("Call failed: %1 %2").arg(info.sipStatus).arg(phrase)
                        : SipEngine::tr("Call failed: %1").arg(phrase.isEmpty() ? qs(message) : phrase);
            }
        }
    }
    if (state == S::End && info.endReason.isEmpty()) {
        if (!info.answeredAt.isValid() && info.direction == CallDirection::Incoming)
            info.endReason = SipEngine::tr("Caller hung up before the call was answered");
        else
            info.endReason = SipEngine::tr("Call ended");
    }
    if (state == S::End && t.recordingStarted)
        call->stopRecording();

    if (auto folded = foldState(state)) {
        // Error then End: a failed call stays failed.
        if (!(info.state == CallState::Failed && *folded == CallState::Ended))
            info.state = *folded;
    }
    if (info.state == CallState::Ended || info.state == CallState::Failed)
        info.endedAt = info.endedAt.isValid() ? info.endedAt : QDateTime::currentDateTimeUtc();
    info.media = state == S::StreamsRunning
                 || (info.media && state != S::Pausing && state != S::Paused && state != S::PausedByRemote
                     && state != S::End && state != S::Error && state != S::Released);
    info.inConference = t.inConference && state != S::End && state != S::Error && state != S::Released;
    info.muted = call->getMicrophoneMuted();

    if (state == S::Released) {
        const CallId id = info.id;
        const CallInfo finished = info;
        byPointer.erase(call->cPtr());
        calls.erase(id);
        // Keeps liblinphone's in-memory call history from growing over a 12-hour shift.
        core->clearCallLogs();
        bool conferenceLeft = false;
        for (const auto &[otherId, other] : calls)
            conferenceLeft = conferenceLeft || other.inConference;
        if (conference && !conferenceLeft)
            endConference();
        if (!finished.recordingPath.isEmpty()) {
            QFileInfo file(finished.recordingPath);
            if (file.exists() && file.size() > 44)
                Q_EMIT q->recordingFinished(finished, finished.recordingPath);
            else if (file.exists())
                QFile::remove(finished.recordingPath); // never answered: an empty WAV header only
        }
        return;
    }
    if (state == S::IncomingReceived || state == S::OutgoingInit || state == S::OutgoingRinging
        || state == S::Connected || state == S::StreamsRunning || state == S::Paused
        || state == S::PausedByRemote || state == S::Error || state == S::End
        || state == S::OutgoingEarlyMedia || state == S::IncomingEarlyMedia)
        emitCall(t);
}

// The hold's re-INVITE failed and liblinphone put the call back to talking. When the other side is
// gone (no answer, no such call, unreachable: RFC 5057 ends the dialog on 408 and 481) the call is
// ended: a 4G terminal that lost its network would otherwise sit "active" beside the next alarm
// until the no-media timeout. Any other refusal keeps the call and says the hold failed.
// Returns true when the call is being ended.
bool SipEngine::Private::onHoldRefused(Tracked &t)
{
    t.holding = false;
    int status = 0;
    if (auto error = t.call->getErrorInfo())
        status = error->getProtocolCode();
    qCInfo(lcSip) << "call" << t.info.id << "hold refused" << status;
    if (status == 0 || status == 408 || status == 480 || status == 481 || status == 503) {
        t.info.endReason = SipEngine::tr("The other side is gone: the hold got no answer (%1)")
                               .arg(status ? QString::number(status) : SipEngine::tr("timeout"));
        t.call->terminate();
        return true;
    }
    Q_EMIT q->actionFailed(t.info.id, SipEngine::tr("Cannot put this call on hold (%1)").arg(status));
    return false;
}

void SipEngine::Private::onRegistration(const std::shared_ptr<linphone::Account> &acct,
                                        linphone::RegistrationState state, const std::string &message)
{
    if (acct != sipAccount)
        return;
    int status = 0;
    if (auto error = acct->getErrorInfo())
        status = error->getProtocolCode();
    RegistrationState mapped = RegistrationState::None;
    QString text;
    switch (state) {
    case linphone::RegistrationState::Progress:
        mapped = RegistrationState::Progress;
        text = SipEngine::tr("Registering with the center's SIP proxy…");
        break;
    case linphone::RegistrationState::Ok:
        mapped = RegistrationState::Registered;
        text = SipEngine::tr("Registered: calls can reach this seat");
        retryDelayMs = 1000;
        authRefused = false;
        break;
    case linphone::RegistrationState::Cleared:
        mapped = RegistrationState::Cleared;
        text = SipEngine::tr("Unregistered");
        break;
    case linphone::RegistrationState::Failed:
        mapped = RegistrationState::Failed;
        if (status == 401 || status == 403 || status == 407) {
            // A wrong password is not retried: repeated failures would lock the account at the proxy.
            authRefused = true;
            text = SipEngine::tr("Registration refused (%1): wrong extension or password").arg(status);
        } else if (status == 0 || status == 408 || status == 503) {
            text = SipEngine::tr("Cannot reach the center's SIP proxy (%1); retrying automatically")
                       .arg(status ? QString::number(status) : qs(message));
        } else {
            text = SipEngine::tr("Registration failed (%1 %2)").arg(status).arg(qs(message));
        }
        break;
    default:
        return;
    }
    qCInfo(lcSip) << "registration" << key(mapped) << status << qs(message);
    Q_EMIT q->registrationChanged(mapped, text, status);
    if (mapped == RegistrationState::Failed && !authRefused)
        scheduleRetry();
}

void SipEngine::Private::endConference()
{
    if (conference->isRecording())
        conference->stopRecording();
    conference->terminate();
    conference.reset();
    const QString path = std::exchange(conferenceRecording, QString());
    CallInfo owner = conferenceOwner;
    owner.recordingPath = path;
    if (path.isEmpty())
        return;
    QFileInfo file(path);
    if (file.exists() && file.size() > 44)
        Q_EMIT q->recordingFinished(owner, path);
}

void SipEngine::Private::scheduleRetry()
{
    if (retryTimer->isActive())
        return;
    retryTimer->start(retryDelayMs);
    retryDelayMs = std::min(retryDelayMs * 2, 30000);
}

void SipEngine::Private::sampleQuality()
{
    for (auto &[id, t] : calls) {
        if (t.call->getState() != linphone::Call::State::StreamsRunning)
            continue;
        auto stats = t.call->getAudioStats();
        if (!stats)
            continue;
        CallQuality quality;
        quality.id = id;
        if (auto params = t.call->getCurrentParams()) {
            if (auto pt = params->getUsedAudioPayloadType())
                quality.codec =
                    qs(pt->getMimeType()) + QLatin1Char('/') + QString::number(pt->getClockRate());
        }
        quality.jitterMs = double(stats->getSenderInterarrivalJitter()) * 1000.0;
        quality.lossPercent = double(stats->getLocalLossRate());
        quality.remoteLossPercent = double(stats->getReceiverLossRate());
        quality.roundTripMs = std::max(0.0, double(stats->getRoundTripDelay()) * 1000.0);
        quality.mos = std::max(0.0, double(t.call->getCurrentQuality()));
        quality.downloadKbps = double(stats->getDownloadBandwidth());
        quality.uploadKbps = double(stats->getUploadBandwidth());
        Q_EMIT q->callQuality(quality);
    }
}

void SipEngine::Private::applyDevices()
{
    if (config.useFiles)
        return;
    QList<AudioDevice> present;
    std::unordered_map<std::string, std::shared_ptr<linphone::AudioDevice>> objects;
    for (const auto &dev : core->getExtendedAudioDevices()) {
        AudioDevice d;
        d.id = qs(dev->getId());
        d.name = qs(dev->getDeviceName());
        d.driver = qs(dev->getDriverName());
        d.canCapture = dev->hasCapability(linphone::AudioDevice::Capabilities::CapabilityRecord);
        d.canPlay = dev->hasCapability(linphone::AudioDevice::Capabilities::CapabilityPlay);
        present.append(d);
        objects[dev->getId()] = dev;
    }
    auto toInfo = [](const std::shared_ptr<const linphone::AudioDevice> &dev) {
        AudioDevice d;
        if (dev) {
            d.id = qs(dev->getId());
            d.name = qs(dev->getDeviceName());
        }
        return d;
    };
    const DeviceResolution r = resolveDevices(devices, present, toInfo(core->getDefaultInputAudioDevice()),
                                              toInfo(core->getDefaultOutputAudioDevice()));
    auto object = [&](const AudioDevice &d) -> std::shared_ptr<linphone::AudioDevice> {
        auto it = objects.find(ss(d.id));
        return it == objects.end() ? nullptr : it->second;
    };
    if (auto in = object(r.capture)) {
        core->setDefaultInputAudioDevice(in);
        for (auto &[id, t] : calls)
            t.call->setInputAudioDevice(in);
    }
    if (auto out = object(r.playback)) {
        core->setDefaultOutputAudioDevice(out);
        for (auto &[id, t] : calls)
            t.call->setOutputAudioDevice(out);
    }
    if (!r.ringer.id.isEmpty())
        core->setRingerDevice(ss(r.ringer.id));
    DevicePreferences inUse{r.capture.id, r.playback.id, r.ringer.id};
    Q_EMIT q->devicesChanged(present, inUse);
    const QString fallback = r.fellBack() ? describeFallback(devices, present, r) : QString();
    if (fallback != lastFallback) {
        lastFallback = fallback;
        if (!fallback.isEmpty()) {
            qCWarning(lcSip) << "audio device fell back:" << fallback;
            Q_EMIT q->deviceFallback(fallback);
        }
    }
}

SipEngine::SipEngine(EngineConfig config, std::shared_ptr<std::atomic<CallId>> ids, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, std::move(config), std::move(ids)))
{
}

SipEngine::~SipEngine()
{
    if (d->core && onEngineThread())
        shutdown();
}

bool SipEngine::onEngineThread() const
{
    return QThread::currentThread() == thread();
}

bool SipEngine::start()
{
    Q_ASSERT(onEngineThread());
    const EngineConfig &c = d->config;
    if (c.dataDir.isEmpty() || !QDir().mkpath(c.dataDir)
        || !QDir().mkpath(c.dataDir + QStringLiteral("/plugins"))) {
        Q_EMIT failed(tr("Cannot create the phone engine's data folder: %1").arg(c.dataDir));
        return false;
    }
    if (!c.recordDir.isEmpty() && !QDir().mkpath(c.recordDir)) {
        Q_EMIT failed(tr("Cannot create the recordings folder: %1").arg(c.recordDir));
        return false;
    }
    std::unique_lock lifecycle(coreLifecycleLock());
    routeStackLog(c.sipTrace || qEnvironmentVariableIsSet("SAFELINK_SIP_TRACE"));
    auto factory = linphone::Factory::get();
    // liblinphone silently fails to start without existing folders; an empty plugin folder keeps
    // mediastreamer from loading Debian's Qt 5 video plugins into this Qt 6 process.
    factory->setDataDir(ss(c.dataDir) + "/");
    factory->setConfigDir(ss(c.dataDir) + "/");
    factory->setMspluginsDir(ss(c.dataDir) + "/plugins");
    d->core = factory->createCore(ss(c.dataDir + QStringLiteral("/linphonerc")), "", nullptr);
    if (!d->core) {
        lifecycle.unlock();
        Q_EMIT failed(tr("The phone engine cannot start"));
        return false;
    }
    auto &core = d->core;
    d->listener = std::make_shared<Private::Listener>(d.get());
    core->addListener(d->listener);
    core->setUserAgent(ss(c.userAgent), SAFELINK_VERSION);
    core->removeSupportedTag("gruu"); // breaks in-dialog routing through a proxy on a non-default port
    core->enableVideoCapture(false);
    core->enableVideoDisplay(false);
    core->enableIpv6(false);
    // Room for the caller, 120, relatives and transfers at once; the hub decides what a seat is
    // offered, never this limit (over it liblinphone refuses an alarm with 486).
    core->setMaxCalls(12);
    core->setIncTimeout(600); // an alarm call rings until answered or re-routed, not 30 s
    // liblinphone refuses with 486 a call from an address it already has a call with. A terminal
    // calls again when its first call dropped on its side (or a BYE was lost) while the seat still
    // holds that call: the second alarm must ring, never be busy.
    core->getConfig()->setInt("sip", "reject_duplicated_calls", 0);
    core->setUseRfc2833ForDtmf(c.dtmf != DtmfMode::SipInfo);
    core->setUseInfoForDtmf(c.dtmf != DtmfMode::Rfc4733);
    if (c.useFiles) {
        core->setUseFiles(true);
        if (!c.playFile.isEmpty())
            core->setPlayFile(ss(c.playFile));
    }
    auto transports = factory->createTransports();
    transports->setUdpPort(c.sipPort > 0 ? c.sipPort : -1);
    transports->setTcpPort(c.sipPort > 0 ? c.sipPort : -1);
    core->setTransports(transports);
    // A fixed default port (7078) collides when two phones share a machine (tests, a supervisor's
    // second seat): a random port unless the center configured a range for its firewall.
    if (c.rtpPortMin > 0 && c.rtpPortMax >= c.rtpPortMin)
        core->setAudioPortRange(c.rtpPortMin, c.rtpPortMax);
    else
        core->setAudioPort(-1);
    auto video = core->getVideoActivationPolicy();
    video->setAutomaticallyInitiate(false);
    video->setAutomaticallyAccept(false);
    core->setVideoActivationPolicy(video);
    // Only the codecs the center supports, in the configured order of preference.
    std::list<std::shared_ptr<linphone::PayloadType>> ordered;
    auto payloads = core->getAudioPayloadTypes();
    for (const QString &name : c.codecs) {
        for (const auto &pt : payloads) {
            if (qs(pt->getMimeType()).compare(name, Qt::CaseInsensitive) == 0)
                ordered.push_back(pt);
        }
    }
    for (const auto &pt : payloads) {
        const bool wanted = std::find(ordered.begin(), ordered.end(), pt) != ordered.end();
        const bool telephoneEvent = pt->getMimeType() == "telephone-event";
        pt->enable(wanted || telephoneEvent);
        if (!wanted)
            ordered.push_back(pt);
    }
    core->setAudioPayloadTypes(ordered);

    if (core->start() != linphone::Status(0)) {
        d->core.reset();
        lifecycle.unlock();
        Q_EMIT failed(tr("The phone engine cannot start"));
        return false;
    }
    lifecycle.unlock();
    d->iterateTimer = new QTimer(this);
    d->iterateTimer->setTimerType(Qt::PreciseTimer);
    connect(d->iterateTimer, &QTimer::timeout, this, [this] {
        if (d->core)
            d->core->iterate();
    });
    d->iterateTimer->start(c.iterateMs);
    d->qualityTimer = new QTimer(this);
    connect(d->qualityTimer, &QTimer::timeout, this, [this] { d->sampleQuality(); });
    d->qualityTimer->start(1000);
    d->retryTimer = new QTimer(this);
    d->retryTimer->setSingleShot(true);
    connect(d->retryTimer, &QTimer::timeout, this, [this] {
        if (d->core && d->sipAccount && !d->authRefused)
            d->sipAccount->refreshRegister();
    });
    core->iterate();
    d->applyDevices();
    QString contact;
    if (auto t = core->getTransportsUsed())
        contact = QStringLiteral("udp:%1").arg(t->getUdpPort());
    qCInfo(lcSip) << "SIP engine started" << contact;
    Q_EMIT started(contact);
    return true;
}

void SipEngine::shutdown()
{
    if (!d->checkThread(Q_FUNC_INFO))
        return;
    if (d->iterateTimer)
        d->iterateTimer->stop();
    if (d->qualityTimer)
        d->qualityTimer->stop();
    if (d->retryTimer)
        d->retryTimer->stop();
    d->core->terminateAllCalls();
    d->core->iterate();
    const std::lock_guard lifecycle(coreLifecycleLock());
    d->core->stop();
    d->core->removeListener(d->listener);
    d->calls.clear();
    d->byPointer.clear();
    d->conference.reset();
    d->sipAccount.reset();
    d->core.reset();
}

void SipEngine::setAccount(const AccountConfig &account)
{
    if (!d->checkThread(Q_FUNC_INFO))
        return;
    auto &core = d->core;
    core->clearAccounts();
    core->clearAllAuthInfo();
    d->sipAccount.reset();
    d->account = account;
    d->authRefused = false;
    d->retryDelayMs = 1000;
    auto server = core->createAddress(ss(account.proxy));
    static const QRegularExpression user(QStringLiteral("^[A-Za-z0-9._+-]{1,64}$"));
    if (!server || !user.match(account.user).hasMatch()) {
        Q_EMIT registrationChanged(
            RegistrationState::Failed,
            tr("Invalid SIP account settings: proxy %1, extension %2").arg(account.proxy, account.user), 0);
        return;
    }
    const QString domain = d->domain();
    auto identity = core->createAddress(ss(QStringLiteral("sip:%1@%2").arg(account.user, domain)));
    if (!identity) {
        Q_EMIT registrationChanged(RegistrationState::Failed, tr("Invalid SIP domain: %1").arg(domain), 0);
        return;
    }
    if (!account.displayName.isEmpty())
        identity->setDisplayName(ss(account.displayName));
    core->addAuthInfo(
        linphone::Factory::get()->createAuthInfo(ss(account.user), "", ss(account.password), "", "", ""));
    auto params = core->createAccountParams();
    params->setIdentityAddress(identity);
    params->setServerAddress(server);
    params->enableOutboundProxy(true); // every request goes through the center's proxy (120 too)
    params->enableRegister(true);
    params->setExpires(account.expiresSeconds);
    d->sipAccount = core->createAccount(params);
    core->addAccount(d->sipAccount);
    core->setDefaultAccount(d->sipAccount);
    core->iterate();
}

void SipEngine::clearAccount()
{
    if (!d->checkThread(Q_FUNC_INFO))
        return;
    if (d->sipAccount) {
        auto params = d->sipAccount->getParams()->clone();
        params->enableRegister(false);
        d->sipAccount->setParams(params);
    }
}

void SipEngine::refreshRegistration()
{
    if (!d->checkThread(Q_FUNC_INFO) || !d->sipAccount)
        return;
    d->authRefused = false;
    d->sipAccount->refreshRegister();
}

void SipEngine::dial(CallId id, const QString &target)
{
    if (!d->checkThread(Q_FUNC_INFO))
        return;
    auto address = d->addressFor(target);
    if (!address) {
        Q_EMIT actionFailed(id, tr("Cannot dial \"%1\": not a valid number or address").arg(target.left(64)));
        return;
    }
    d->holdOthers(0);
    auto params = d->core->createCallParams(nullptr);
    params->enableVideo(false);
    const QString record = d->recordPathFor(id);
    if (!record.isEmpty())
        params->setRecordFile(ss(record));
    d->pendingOutgoing = id;
    auto call = d->core->inviteAddressWithParams(address, params);
    d->pendingOutgoing = 0;
    if (!call) {
        Q_EMIT actionFailed(id, tr("Cannot dial \"%1\"").arg(target.left(64)));
        return;
    }
    Private::Tracked &t = d->track(call);
    t.info.recordingPath = record;
    d->emitCall(t);
    d->core->iterate(); // the INVITE leaves now, not at the next tick
}

void SipEngine::answer(CallId id)
{
    if (!d->checkThread(Q_FUNC_INFO))
        return;
    auto *t = d->find(id);
    if (!t)
        return;
    if (t->info.state != CallState::Ringing) {
        Q_EMIT actionFailed(id, tr("This call is not ringing and cannot be answered."));
        return;
    }
    d->holdOthers(id);
    auto params = d->core->createCallParams(t->call);
    params->enableVideo(false);
    t->info.recordingPath = d->recordPathFor(id);
    if (!t->info.recordingPath.isEmpty())
        params->setRecordFile(ss(t->info.recordingPath));
    if (t->call->acceptWithParams(params) != linphone::Status(0))
        Q_EMIT actionFailed(id, tr("Could not answer"));
    d->core->iterate();
}

void SipEngine::reject(CallId id)
{
    if (!d->checkThread(Q_FUNC_INFO))
        return;
    if (auto *t = d->find(id)) {
        t->info.endReason = tr("Rejected");
        t->call->decline(linphone::Reason::Declined);
    }
}

void SipEngine::hangup(CallId id)
{
    if (!d->checkThread(Q_FUNC_INFO))
        return;
    if (auto *t = d->find(id)) {
        if (t->info.endReason.isEmpty())
            t->info.endReason = tr("Hung up by the agent");
        t->call->terminate();
    }
}

void SipEngine::hold(CallId id)
{
    if (!d->checkThread(Q_FUNC_INFO))
        return;
    if (auto *t = d->find(id)) {
        if (t->call->pause() != linphone::Status(0))
            Q_EMIT actionFailed(id, tr("Cannot put this call on hold"));
        else
            t->holding = true;
    }
}

void SipEngine::resume(CallId id)
{
    if (!d->checkThread(Q_FUNC_INFO))
        return;
    if (auto *t = d->find(id)) {
        d->holdOthers(id);
        if (t->call->resume() != linphone::Status(0))
            Q_EMIT actionFailed(id, tr("Cannot resume this call"));
    }
}

void SipEngine::setMuted(CallId id, bool muted)
{
    if (!d->checkThread(Q_FUNC_INFO))
        return;
    if (auto *t = d->find(id)) {
        t->call->setMicrophoneMuted(muted);
        t->info.muted = muted;
        d->emitCall(*t);
    }
}

void SipEngine::sendDtmf(CallId id, const QString &digits)
{
    if (!d->checkThread(Q_FUNC_INFO))
        return;
    if (!dtmfDigits().match(digits).hasMatch()) {
        Q_EMIT actionFailed(id, tr("Keys can only be 0-9, *, #, A-D: %1").arg(digits.left(64)));
        return;
    }
    if (auto *t = d->find(id)) {
        if (t->call->sendDtmfs(ss(digits.toUpper())) != linphone::Status(0))
            Q_EMIT actionFailed(id, tr("Could not send the keys"));
    }
}

void SipEngine::blindTransfer(CallId id, const QString &target)
{
    if (!d->checkThread(Q_FUNC_INFO))
        return;
    auto *t = d->find(id);
    if (!t)
        return;
    auto address = d->addressFor(target);
    if (!address) {
        Q_EMIT actionFailed(
            id, tr("Cannot transfer to \"%1\": not a valid number or address").arg(target.left(64)));
        return;
    }
    if (t->call->transferTo(address) != linphone::Status(0))
        Q_EMIT actionFailed(id, tr("Transfer failed"));
}

void SipEngine::attendedTransfer(CallId id, CallId targetId)
{
    if (!d->checkThread(Q_FUNC_INFO))
        return;
    auto *t = d->find(id);
    auto *target = t ? d->find(targetId) : nullptr;
    if (!t || !target)
        return;
    if (t->call->transferToAnother(target->call) != linphone::Status(0))
        Q_EMIT actionFailed(id, tr("Attended transfer failed"));
}

void SipEngine::conference(const QList<CallId> &ids)
{
    if (!d->checkThread(Q_FUNC_INFO))
        return;
    if (!d->conference && ids.size() < 2) {
        Q_EMIT actionFailed(ids.value(0), tr("A conference needs at least two answered calls"));
        return;
    }
    std::list<std::shared_ptr<linphone::Call>> members;
    for (CallId id : ids) {
        auto *t = d->find(id);
        if (!t)
            return;
        if (!t->info.isAnswered() || !t->info.isLive()) {
            Q_EMIT actionFailed(id, tr("Only answered calls can join a conference"));
            return;
        }
        members.push_back(t->call);
    }
    if (!d->conference) {
        auto params = d->core->createConferenceParams();
        params->enableVideo(false);
        params->enableAudio(true);
        params->enableLocalParticipant(true);
        // A one-party conference crashes mediastreamer when the seat then dials ("Bad graph: filter
        // MSAudioMixer has 50 outputs, none is connected"): conferences start with two calls.
        params->enableOneParticipantConference(false);
        d->conference = d->core->createConferenceWithParams(params);
        if (!d->conference) {
            Q_EMIT actionFailed(ids.value(0), tr("Cannot set up the conference"));
            return;
        }
        // Calls in a conference cannot record on their own (liblinphone): the mix of all parties is
        // recorded instead, and reported with the first call when the conference ends.
        d->conferenceOwner = d->calls[ids.value(0)].info;
        d->conferenceRecording.clear();
        if (!d->config.recordDir.isEmpty()) {
            d->conferenceRecording =
                QDir(d->config.recordDir)
                    .filePath(
                        QStringLiteral("conference-%1-%2.wav")
                            .arg(d->conferenceOwner.id)
                            .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss"))));
        }
    }
    for (const auto &call : members) {
        const CallId id = d->byPointer[call->cPtr()];
        auto &t = d->calls[id];
        if (t.inConference)
            continue;
        // liblinphone 5.1 answers -1 here even when the call joins (asynchronously, by re-INVITE):
        // membership is followed from the call's own states instead.
        const auto status = d->conference->addParticipant(call);
        qCInfo(lcSip) << "call" << id << "joins the conference" << int(status);
        t.inConference = true;
        t.info.inConference = true;
        d->emitCall(t);
    }
    if (!d->conferenceRecording.isEmpty() && !d->conference->isRecording())
        d->conference->startRecording(ss(d->conferenceRecording));
}

void SipEngine::setDoNotDisturb(bool on)
{
    if (!d->checkThread(Q_FUNC_INFO))
        return;
    d->dnd = on;
    if (!on)
        return;
    d->core->stopRinging();
    for (auto &[id, t] : d->calls) {
        if (t.info.state == CallState::Ringing) {
            t.info.endReason = tr("Do not disturb: refused automatically");
            t.call->decline(linphone::Reason::Busy);
        }
    }
}

void SipEngine::setDevices(const DevicePreferences &preferences)
{
    if (!d->checkThread(Q_FUNC_INFO))
        return;
    d->devices = preferences;
    d->lastFallback.clear();
    d->applyDevices();
}

void SipEngine::reloadDevices()
{
    if (!d->checkThread(Q_FUNC_INFO) || d->config.useFiles)
        return;
    d->core->reloadSoundDevices(); // onAudioDevicesListUpdated applies the choice again
}

} // namespace safelink::telephony
