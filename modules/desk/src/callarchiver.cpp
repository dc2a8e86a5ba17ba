#include <safelink/desk/callarchiver.h>
#include <safelink/recording/recordingfile.h>
#include <safelink/sync/syncclient.h>
#include <safelink/telephony/phone.h>

#include <QCborMap>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcArchive, "safelink.desk.archive")

namespace safelink::desk {

using telephony::CallDirection;
using telephony::CallInfo;
using telephony::CallState;

CallArchiver::CallArchiver(telephony::Phone &phone, sync::SyncClient &sync, Config config, QObject *parent)
    : QObject(parent)
    , m_phone(phone)
    , m_sync(sync)
    , m_config(std::move(config))
{
    QDir().mkpath(m_config.holdingDir);
    QFile::setPermissions(m_config.holdingDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    connect(&m_phone, &telephony::Phone::callChanged, this, &CallArchiver::onCall);
    connect(&m_phone, &telephony::Phone::recordingFinished, this, &CallArchiver::onRecording);
    connect(&m_sync, &sync::SyncClient::recordingKeyLearned, this, [this] { sealHeld(); });
}

core::CallRecord CallArchiver::recordFor(const CallInfo &call, const QString &recordingId,
                                         const QString &seatId, const QString &agentId)
{
    core::CallRecord r;
    r.meta.id = core::RecordMeta::newId();
    r.direction = call.direction == CallDirection::Incoming ? core::CallDirection::Inbound
                                                            : core::CallDirection::Outbound;
    // The caller's number as the terminal or gateway sent it; kept raw when it is not a phone number
    // (an extension, a device id), so that nothing the network said is lost.
    if (auto number = core::PhoneNumber::parse(call.remoteUser))
        r.remoteNumber = number.value();
    r.hotline = call.headers.value(QStringLiteral("X-Safelink-Hotline"), call.dialled);
    r.seatId = seatId;
    r.agentId = agentId;
    r.startedAt = call.startedAt;
    r.answeredAt = call.answeredAt;
    r.endedAt = call.endedAt.isValid() ? call.endedAt : QDateTime::currentDateTimeUtc();
    r.sipCallId = call.sipCallId;
    r.recordingId = recordingId;
    if (call.isAnswered())
        r.disposition = core::CallDisposition::Answered;
    else if (call.state == CallState::Failed)
        r.disposition = call.sipStatus == 486 || call.sipStatus == 603 ? core::CallDisposition::Rejected
                                                                       : core::CallDisposition::Failed;
    else if (call.direction == CallDirection::Incoming)
        r.disposition = call.endReason.isEmpty() || call.transfer != telephony::TransferState::None
                            ? core::CallDisposition::Abandoned
                            : core::CallDisposition::Missed;
    else
        r.disposition = core::CallDisposition::Missed;
    return r;
}

void CallArchiver::onCall(const CallInfo &call)
{
    if (call.isLive())
        return;
    QString recordingId;
    if (call.isAnswered() && !call.recordingPath.isEmpty()) {
        recordingId = core::RecordMeta::newId();
        m_recordingIds.insert(call.id, recordingId);
    }
    core::CallRecord record = recordFor(call, recordingId, m_config.seatId, m_config.agentId);
    if (m_annotate)
        m_annotate(call, record);
    protocol::WriteRequest request;
    request.kind = core::RecordKind::Call;
    request.record = record.toCbor();
    request.recordId = record.meta.id;
    auto key = m_sync.write(request);
    if (!key) {
        qCWarning(lcArchive) << "call record refused:" << key.error().toString();
        Q_EMIT problem(tr("The call record could not be saved: %1").arg(key.error().message));
        return;
    }
    Q_EMIT callArchived(record);
}

void CallArchiver::onRecording(const CallInfo &call, const QString &wavPath)
{
    QString id = m_recordingIds.take(call.id);
    if (id.isEmpty())
        id = core::RecordMeta::newId();
    if (!seal(id, wavPath, call)) {
        // No hub key yet, or the disk refused: keep the WAV (owner-only) until it can be sealed.
        const QString held = QDir(m_config.holdingDir).filePath(id + QStringLiteral(".wav"));
        if (QFile::rename(wavPath, held))
            QFile::setPermissions(held, QFile::ReadOwner | QFile::WriteOwner);
    }
}

bool CallArchiver::seal(const QString &recordingId, const QString &wavPath, const CallInfo &call)
{
    const QByteArray key = m_sync.recordingKey();
    if (key.isEmpty()) {
        qCInfo(lcArchive) << "hub recording key not known yet; holding" << recordingId;
        return false;
    }
    recording::RecordingMeta meta;
    meta.recordingId = recordingId;
    meta.callId = call.sipCallId;
    meta.seat = m_config.seatId;
    meta.startedAt = call.answeredAt.isValid() ? call.answeredAt : call.startedAt;
    meta.endedAt = call.endedAt;
    const QString out = QDir(m_sync.recordingOutbox()).filePath(recordingId + QStringLiteral(".slrec"));
    auto sealed = recording::sealFile(wavPath, out, key, meta);
    if (!sealed) {
        qCWarning(lcArchive) << "cannot seal" << wavPath << ":" << sealed.error().toString();
        Q_EMIT problem(tr("A call recording could not be encrypted: %1").arg(sealed.error().message));
        return false;
    }
    QFile::remove(wavPath);
    Q_EMIT recordingSealed(recordingId, out);
    m_sync.uploadRecordings();
    return true;
}

void CallArchiver::sealHeld()
{
    const auto held = QDir(m_config.holdingDir)
                          .entryInfoList({QStringLiteral("*.wav")}, QDir::Files, QDir::Time | QDir::Reversed);
    for (const QFileInfo &f : held) {
        CallInfo info;
        info.startedAt = f.birthTime().isValid() ? f.birthTime() : f.lastModified();
        info.endedAt = f.lastModified();
        if (!seal(f.completeBaseName(), f.filePath(), info))
            return;
    }
}

void CallArchiver::recover()
{
    // A WAV in the record folder while no call is up was left by a crash or power loss mid-call.
    if (m_phone.calls().isEmpty() && !m_config.recordDir.isEmpty()) {
        const auto left = QDir(m_config.recordDir).entryInfoList({QStringLiteral("*.wav")}, QDir::Files);
        for (const QFileInfo &f : left) {
            if (f.size() <= 44) {
                QFile::remove(f.filePath());
                continue;
            }
            const QString id = core::RecordMeta::newId();
            qCWarning(lcArchive) << "recovering recording left by an interrupted call:" << f.fileName();
            QFile::rename(f.filePath(), QDir(m_config.holdingDir).filePath(id + QStringLiteral(".wav")));
        }
    }
    sealHeld();
}

} // namespace safelink::desk
