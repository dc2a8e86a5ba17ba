#pragma once

#include <safelink/core/callrecord.h>
#include <safelink/telephony/calltypes.h>

#include <QHash>
#include <QObject>

#include <functional>

namespace safelink::telephony {
class Phone;
}
namespace safelink::sync {
class SyncClient;
}

namespace safelink::desk {

// What happens after every call, without the agent doing anything: the call record (who, when,
// answered or not, which recording) goes to the hub through the outbox, and the recording is sealed
// to the hub's recording key, its plain WAV deleted, and queued for upload. Nothing is lost when the
// hub is away: the record waits in the outbox, the sealed file in the recordings folder; a WAV that
// cannot be sealed yet (the hub's key is not known) waits in `holdingDir` and is sealed later; WAVs
// left behind by a crash mid-call are found at start and archived as recovered recordings.
class CallArchiver : public QObject {
    Q_OBJECT

public:
    struct Config {
        QString seatId;
        QString agentId;
        QString recordDir;  // where the phone writes WAVs during calls (leftovers = crash)
        QString holdingDir; // WAVs waiting for the hub's recording key
    };

    CallArchiver(telephony::Phone &phone, sync::SyncClient &sync, Config config, QObject *parent = nullptr);

    // Seals what waits in the holding folder and what a crash left in the record folder.
    void recover();
    // Adds what the desk knows of a call to its record before it is written (the person whose card
    // was shown, the case the agent opened during the call).
    using Annotator = std::function<void(const telephony::CallInfo &call, core::CallRecord &record)>;
    void setAnnotator(Annotator annotator) { m_annotate = std::move(annotator); }

    // The call record for a finished call (pure: tested on its own).
    static core::CallRecord recordFor(const telephony::CallInfo &call, const QString &recordingId,
                                      const QString &seatId, const QString &agentId);

Q_SIGNALS:
    void callArchived(const safelink::core::CallRecord &record);
    void recordingSealed(const QString &recordingId, const QString &sealedPath);
    void problem(const QString &message);

private:
    void onCall(const telephony::CallInfo &call);
    void onRecording(const telephony::CallInfo &call, const QString &wavPath);
    bool seal(const QString &recordingId, const QString &wavPath, const telephony::CallInfo &call);
    void sealHeld();

    telephony::Phone &m_phone;
    sync::SyncClient &m_sync;
    Config m_config;
    QHash<telephony::CallId, QString> m_recordingIds; // call → recording id named in its call record
    Annotator m_annotate;
};

} // namespace safelink::desk
