#pragma once

#include <safelink/core/result.h>
#include <safelink/protocol/messages.h>

#include <QByteArray>
#include <QByteArrayView>
#include <QCborMap>
#include <QCoreApplication>
#include <QLatin1String>
#include <QStringView>

#include <limits>
#include <optional>

namespace safelink::protocol {

// One protocol message. On the wire it is the CBOR array [type, requestId, body].
struct Frame {
    MessageType type{}; // always set: 0 is not a message type and does not decode
    // Pairs a reply with its request; 0 for messages that answer nothing (Change, Ping from the hub).
    quint64 requestId = 0;
    QCborMap body;

    friend bool operator==(const Frame &, const Frame &) = default;
};

// Qt's CBOR values hold integers as qint64, so ids above this cannot be read back; a connection's
// request counter never gets near it.
constexpr quint64 kMaxRequestId = quint64(std::numeric_limits<qint64>::max());

QByteArray encodeFrame(const Frame &frame);

// Decodes exactly one frame that fills the whole buffer. Anything else (not CBOR, bytes after the
// frame, not a 3-element array, unknown type, id out of range, body not a map with text keys each
// used once) is ErrorCode::Invalid with a message saying which, and a log line.
Result<Frame> decodeFrame(QByteArrayView bytes);

// The stable key an ErrorCode travels as in Error frames ("not-found"); never translated.
QLatin1String errorCodeKey(ErrorCode code);
std::optional<ErrorCode> errorCodeFromKey(QStringView key);

// An Error frame answering requestId: body {"code": errorCodeKey, "message": text[, "field": name]}.
Frame makeError(quint64 requestId, ErrorCode code, QString message);
Frame makeError(quint64 requestId, const Error &error);

// The Error an Error frame carries. A code this build does not know (a newer peer) becomes
// ErrorCode::Internal with the peer's message kept; a frame that is not a well-formed Error frame
// gives ErrorCode::Invalid.
Error errorFromFrame(const Frame &frame);

} // namespace safelink::protocol
