#pragma once

#include <safelink/core/result.h>

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>

#include <optional>

namespace safelink::protocol {

// Splits a byte stream (TCP) into payloads, each sent as a 4-byte big-endian length and the bytes.
//
// Lengths are checked as soon as their 4 bytes arrive, before any of the payload is kept, so a peer
// that declares 100 MB makes the reader fail, not allocate. A zero length is an error too (nothing
// on the wire is empty, so a zero is a desynchronised or hostile stream). Payloads that arrived
// complete before a bad length are still returned by next(); then next() returns the error, and
// keeps returning it: a stream that lost its framing cannot be trusted again. The reader does not
// log; its caller knows which connection the stream is and logs that.
class FrameReader {
    Q_DECLARE_TR_FUNCTIONS(safelink::protocol::FrameReader)

public:
    static constexpr qsizetype kPrefixSize = 4;
    static constexpr qsizetype kDefaultMaxFrameSize = 16 * 1024 * 1024;

    explicit FrameReader(qsizetype maxFrameSize = kDefaultMaxFrameSize);

    // Appends bytes from the stream; after a failure they are dropped unread.
    void feed(QByteArrayView bytes);

    // The next complete payload, std::nullopt when more bytes are needed, or the stream's error.
    Result<std::optional<QByteArray>> next();

    // The declared size of the payload next() returns next, once its length prefix has arrived:
    // lets a caller apply a tighter limit to one frame (a handshake message) than to the stream.
    std::optional<qsizetype> pendingFrameSize() const;

    // Bytes held and not yet returned (prefixes included).
    qsizetype bufferedBytes() const { return m_buffer.size() - m_readPos; }
    bool hasFailed() const { return m_error.has_value(); }
    qsizetype maxFrameSize() const { return m_maxFrameSize; }

private:
    void checkPrefixes();

    QByteArray m_buffer;
    qsizetype m_readPos = 0;    // where the next unreturned frame starts in m_buffer
    qsizetype m_checkedPos = 0; // where the next length prefix not yet checked starts
    qsizetype m_maxFrameSize;
    std::optional<Error> m_error; // the stream's framing broke at the end of m_buffer
};

// payload with its 4-byte big-endian length in front; payload must be 1 byte to 4 GiB - 1.
QByteArray lengthPrefixed(QByteArrayView payload);

} // namespace safelink::protocol
