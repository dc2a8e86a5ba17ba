#pragma once

// A private PulseAudio server for a test: "speakers" (a null sink) the seat plays into, and a
// "microphone" that produces a sine tone (the agent speaking), so that the seat's real sound-card
// path (liblinphone's PulseAudio driver) runs without hardware. Sources and sinks can be added and
// removed while the seat runs, as when a USB headset is plugged in or pulled out.
#include "testutil.h"

#include <QProcess>
#include <QString>

namespace safelink::test {

class PulseServer {
public:
    PulseServer();
    ~PulseServer();
    PulseServer(const PulseServer &) = delete;
    PulseServer &operator=(const PulseServer &) = delete;

    // Starts pulseaudio with a sink "speakers" and a source "agentmic" playing `micHz`, and points
    // this process at it (PULSE_SERVER). False when pulseaudio is missing or does not come up.
    bool start(double micHz);
    // Before start(): the server is not stopped by stop() or the destructor but ends by itself
    // `idleSeconds` after its last client is gone, i.e. after this test process has exited.
    // libpulse 16.1 can abort a client whose server goes away while the client still has queued
    // requests (pa_queue_free: 'q->length == 0'), and mediastreamer keeps its connection to the
    // server open until the process exits: so the server must outlive the process.
    void outliveThisProcess(int idleSeconds = 10) { m_idleExit = idleSeconds; }
    void stop();
    // pactl against this server; the exit code and output (e.g. "load-module ..." → module index).
    int pactl(const QStringList &args, QString *output = nullptr) const;
    QString socketPath() const { return m_dir.file(QStringLiteral("native")); }
    QString logText() const;

private:
    TempDir m_dir;
    QProcess m_process;
    int m_idleExit = 0;
    qint64 m_detachedPid = 0;
};

} // namespace safelink::test
