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
    void stop();
    // pactl against this server; the exit code and output (e.g. "load-module ..." → module index).
    int pactl(const QStringList &args, QString *output = nullptr) const;
    QString socketPath() const { return m_dir.file(QStringLiteral("native")); }
    QString logText() const;

private:
    TempDir m_dir;
    QProcess m_process;
};

} // namespace safelink::test
