#include <safelink/telephony/logging.h>
#include <safelink/telephony/phone.h>
#include <safelink/telephony/sipengine.h>

#include <QThread>

#include <algorithm>
#include <mutex>

namespace safelink::telephony {

namespace {

// The process's SIP thread (see phone.h): started by the first Phone that needs it, quit and
// joined when the last one lets go.
std::shared_ptr<QThread> sharedSipThread()
{
    static std::mutex lock;
    static std::weak_ptr<QThread> current;
    const std::lock_guard guard(lock);
    if (auto thread = current.lock())
        return thread;
    std::shared_ptr<QThread> thread(new QThread, [](QThread *t) {
        t->quit();
        t->wait();
        delete t;
    });
    thread->setObjectName(QStringLiteral("sip"));
    thread->start();
    current = thread;
    return thread;
}

} // namespace

Phone::Phone(EngineConfig config, QObject *parent)
    : QObject(parent)
    , m_ids(std::make_shared<std::atomic<CallId>>(0))
{
    qRegisterMetaType<CallInfo>();
    qRegisterMetaType<CallQuality>();
    qRegisterMetaType<AudioDevice>();
    qRegisterMetaType<QList<AudioDevice>>();
    qRegisterMetaType<DevicePreferences>();
    qRegisterMetaType<RegistrationState>();
    qRegisterMetaType<CallId>("safelink::telephony::CallId");

    m_engine = new SipEngine(std::move(config), m_ids);

    // Signals from the SIP thread arrive here queued (this object lives on the GUI thread).
    connect(m_engine, &SipEngine::started, this, [this](const QString &contact) { Q_EMIT started(contact); });
    connect(m_engine, &SipEngine::failed, this, [this](const QString &message) { Q_EMIT failed(message); });
    connect(m_engine, &SipEngine::registrationChanged, this,
            [this](RegistrationState state, const QString &message, int status) {
                m_registration = state;
                m_registrationMessage = message;
                Q_EMIT registrationChanged(state, message, status);
            });
    connect(m_engine, &SipEngine::callChanged, this, [this](const CallInfo &info) {
        if (info.isLive())
            m_calls.insert(info.id, info);
        else
            m_calls.remove(info.id);
        Q_EMIT callChanged(info);
    });
    connect(m_engine, &SipEngine::callQuality, this, [this](const CallQuality &q) { Q_EMIT callQuality(q); });
    connect(m_engine, &SipEngine::dtmfReceived, this,
            [this](CallId id, QChar digit) { Q_EMIT dtmfReceived(id, digit); });
    connect(m_engine, &SipEngine::recordingFinished, this,
            [this](const CallInfo &info, const QString &path) { Q_EMIT recordingFinished(info, path); });
    connect(m_engine, &SipEngine::devicesChanged, this,
            [this](const QList<AudioDevice> &devices, const DevicePreferences &inUse) {
                m_devices = devices;
                m_devicesInUse = inUse;
                Q_EMIT devicesChanged(devices, inUse);
            });
    connect(m_engine, &SipEngine::deviceFallback, this,
            [this](const QString &m) { Q_EMIT deviceFallback(m); });
    connect(m_engine, &SipEngine::actionFailed, this,
            [this](CallId id, const QString &message) { Q_EMIT actionFailed(id, message); });
}

Phone::~Phone()
{
    stop();
    delete m_engine;
}

template<typename F>
void Phone::post(F &&f)
{
    Q_ASSERT_X(QThread::currentThread() == thread(), "Phone", "use the Phone from the thread that owns it");
    if (!m_running) {
        qCWarning(lcSip) << "phone not started; request dropped";
        return;
    }
    SipEngine *engine = m_engine;
    QMetaObject::invokeMethod(
        m_engine, [engine, f = std::forward<F>(f)] { f(engine); }, Qt::QueuedConnection);
}

void Phone::start()
{
    if (m_running)
        return;
    m_thread = sharedSipThread();
    m_engine->moveToThread(m_thread.get());
    m_running = true;
    post([](SipEngine *e) { e->start(); });
}

void Phone::stop()
{
    if (!m_running)
        return;
    m_running = false;
    QThread *home = thread();
    SipEngine *engine = m_engine;
    // Blocking: liblinphone must be torn down on its own thread before the thread ends; the engine
    // then moves back here so that it is deleted on the thread that owns it.
    QMetaObject::invokeMethod(
        m_engine,
        [engine, home] {
            engine->shutdown();
            engine->moveToThread(home);
        },
        Qt::BlockingQueuedConnection);
    m_thread.reset();
    m_calls.clear();
    m_registration = RegistrationState::None;
}

void Phone::setAccount(const AccountConfig &account)
{
    post([account](SipEngine *e) { e->setAccount(account); });
}

void Phone::clearAccount()
{
    post([](SipEngine *e) { e->clearAccount(); });
}

void Phone::refreshRegistration()
{
    post([](SipEngine *e) { e->refreshRegistration(); });
}

CallId Phone::dial(const QString &target)
{
    const CallId id = m_ids->fetch_add(1) + 1;
    post([id, target](SipEngine *e) { e->dial(id, target); });
    return id;
}

void Phone::answer(CallId id)
{
    post([id](SipEngine *e) { e->answer(id); });
}

void Phone::reject(CallId id)
{
    post([id](SipEngine *e) { e->reject(id); });
}

void Phone::hangup(CallId id)
{
    post([id](SipEngine *e) { e->hangup(id); });
}

void Phone::hold(CallId id)
{
    post([id](SipEngine *e) { e->hold(id); });
}

void Phone::resume(CallId id)
{
    post([id](SipEngine *e) { e->resume(id); });
}

void Phone::setMuted(CallId id, bool muted)
{
    post([id, muted](SipEngine *e) { e->setMuted(id, muted); });
}

void Phone::sendDtmf(CallId id, const QString &digits)
{
    post([id, digits](SipEngine *e) { e->sendDtmf(id, digits); });
}

void Phone::blindTransfer(CallId id, const QString &target)
{
    post([id, target](SipEngine *e) { e->blindTransfer(id, target); });
}

void Phone::attendedTransfer(CallId id, CallId targetId)
{
    post([id, targetId](SipEngine *e) { e->attendedTransfer(id, targetId); });
}

void Phone::conference(const QList<CallId> &ids)
{
    post([ids](SipEngine *e) { e->conference(ids); });
}

void Phone::setDoNotDisturb(bool on)
{
    m_dnd = on;
    post([on](SipEngine *e) { e->setDoNotDisturb(on); });
}

void Phone::setDevices(const DevicePreferences &preferences)
{
    post([preferences](SipEngine *e) { e->setDevices(preferences); });
}

void Phone::reloadDevices()
{
    post([](SipEngine *e) { e->reloadDevices(); });
}

QList<CallInfo> Phone::calls() const
{
    QList<CallInfo> list = m_calls.values();
    std::sort(list.begin(), list.end(), [](const CallInfo &a, const CallInfo &b) { return a.id < b.id; });
    return list;
}

std::optional<CallInfo> Phone::call(CallId id) const
{
    auto it = m_calls.find(id);
    if (it == m_calls.end())
        return std::nullopt;
    return *it;
}

CallId Phone::activeCall() const
{
    for (const CallInfo &c : calls()) {
        if (c.state == CallState::Active)
            return c.id;
    }
    return 0;
}

CallId Phone::ringingCall() const
{
    for (const CallInfo &c : calls()) {
        if (c.state == CallState::Ringing)
            return c.id;
    }
    return 0;
}

} // namespace safelink::telephony
