#pragma once

#include <safelink/core/result.h>
#include <safelink/telephony/phone.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTextStream>
#include <QTimer>

namespace safelink::telephony {

// What safelink-phone was asked to do (an admin checking a seat's line, no sound card needed).
struct LineTestOptions {
    enum class Mode { Answer, Dial };
    QString proxy;
    QString user;
    QString password;
    QString domain;
    int listenPort = 0;
    Mode mode = Mode::Answer;
    QString dialTarget;
    QString playFile;
    QString recordFile;
    QString dtmf;
    QString transferTarget;
    int seconds = 5;      // talk time per call before hanging up
    int waitSeconds = 60; // how long to wait for registration or for a call
    int calls = 1;        // answer mode: answer this many calls, then exit
    QString dataDir;      // liblinphone's folder; a temporary one when empty
    bool trace = false;

    // Parses safelink-phone's arguments (without the program name); errors name the option.
    static Result<LineTestOptions> parse(const QStringList &arguments, const QString &passwordFileText = {});
    static QString usage();
};

// Exit codes of safelink-phone.
enum LineTestExit {
    ExitOk = 0,
    ExitCallFailed = 1,
    ExitUsage = 2,
    ExitRegistrationFailed = 3,
    ExitTimeout = 4,
};

// Drives a Phone through one line test and prints every state with a timestamp.
class LineTest : public QObject {
    Q_OBJECT

public:
    LineTest(LineTestOptions options, QTextStream &out, QObject *parent = nullptr);
    ~LineTest() override;

    void start();
    int exitCode() const { return m_exit; }

Q_SIGNALS:
    void finished(int exitCode);

private:
    void print(const QString &what);
    void onRegistration(RegistrationState state, const QString &message, int status);
    void onCall(const CallInfo &call);
    void onRecording(const CallInfo &call, const QString &path);
    void finish(int code);
    void maybeFinish();

    LineTestOptions m_options;
    QTextStream &m_out;
    Phone *m_phone = nullptr;
    QTimer m_deadline;
    bool m_registered = false;
    bool m_finishing = false;
    bool m_done = false;
    QSet<CallId> m_seenActive;
    QHash<CallId, CallState> m_lastState;
    int m_answered = 0;
    int m_endedCalls = 0;
    int m_pendingRecordings = 0;
    int m_exit = ExitOk;
    CallId m_transferring = 0;
};

} // namespace safelink::telephony
