#include <safelink/protocol/framereader.h>

#include <QtEndian>

#include <cstring>

namespace safelink::protocol {

namespace {
quint32 prefixAt(const QByteArray &buffer, qsizetype pos)
{
    return qFromBigEndian<quint32>(buffer.constData() + pos);
}

// Consumed bytes are dropped from the front only now and then, so that reading many small frames
// out of one large chunk does not move the rest of the chunk each time.
constexpr qsizetype kCompactThreshold = 64 * 1024;
} // namespace

FrameReader::FrameReader(qsizetype maxFrameSize)
    : m_maxFrameSize(maxFrameSize)
{
    Q_ASSERT(maxFrameSize > 0 && maxFrameSize <= qsizetype(0xFFFFFFFFu));
}

void FrameReader::feed(QByteArrayView bytes)
{
    if (m_error || bytes.isEmpty())
        return;
    m_buffer.append(bytes.data(), bytes.size());
    checkPrefixes();
}

void FrameReader::checkPrefixes()
{
    while (m_checkedPos + kPrefixSize <= m_buffer.size()) {
        const quint32 length = prefixAt(m_buffer, m_checkedPos);
        if (length == 0 || qsizetype(length) > m_maxFrameSize) {
            const QString why =
                length == 0 ? tr(
                    "The stream declares an empty frame, which is never sent: the stream is out of step.")
                            : tr("The stream declares a frame of %1 bytes; the limit is %2 bytes.")
                                  .arg(length)
                                  .arg(m_maxFrameSize);
            m_error = safelink::makeError(ErrorCode::Invalid, why);
            // Keep the frames that arrived whole before the bad prefix; drop the rest unread.
            m_buffer.truncate(m_checkedPos);
            m_buffer.squeeze();
            return;
        }
        m_checkedPos += kPrefixSize + length;
    }
}

Result<std::optional<QByteArray>> FrameReader::next()
{
    const qsizetype available = m_buffer.size() - m_readPos;
    if (available >= kPrefixSize) {
        const qsizetype length = prefixAt(m_buffer, m_readPos);
        if (available >= kPrefixSize + length) {
            QByteArray payload = m_buffer.mid(m_readPos + kPrefixSize, length);
            m_readPos += kPrefixSize + length;
            if (m_readPos == m_buffer.size()) {
                // Release the memory: a 16 MiB frame should not pin 16 MiB for the connection's life.
                m_buffer = QByteArray();
                m_checkedPos -= m_readPos;
                m_readPos = 0;
            } else if (m_readPos >= kCompactThreshold && m_readPos * 2 >= m_buffer.size()) {
                m_buffer.remove(0, m_readPos);
                m_checkedPos -= m_readPos;
                m_readPos = 0;
            }
            return std::optional<QByteArray>(std::move(payload));
        }
    }
    if (m_error && m_readPos == m_buffer.size())
        return *m_error;
    return std::optional<QByteArray>();
}

std::optional<qsizetype> FrameReader::pendingFrameSize() const
{
    if (m_buffer.size() - m_readPos < kPrefixSize)
        return std::nullopt;
    return qsizetype(prefixAt(m_buffer, m_readPos));
}

QByteArray lengthPrefixed(QByteArrayView payload)
{
    Q_ASSERT(!payload.isEmpty() && payload.size() <= qsizetype(0xFFFFFFFFu));
    QByteArray out(FrameReader::kPrefixSize + payload.size(), Qt::Uninitialized);
    qToBigEndian<quint32>(quint32(payload.size()), out.data());
    memcpy(out.data() + FrameReader::kPrefixSize, payload.data(), payload.size());
    return out;
}

} // namespace safelink::protocol
