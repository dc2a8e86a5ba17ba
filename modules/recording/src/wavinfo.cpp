#include "wavinfo.h"

#include <QtEndian>

namespace safelink::recording {

namespace {
quint32 le32(QByteArrayView b, qsizetype at)
{
    return qFromLittleEndian<quint32>(b.data() + at);
}
quint16 le16(QByteArrayView b, qsizetype at)
{
    return qFromLittleEndian<quint16>(b.data() + at);
}
} // namespace

WavInfo parseWav(QByteArrayView head, qint64 fileSize)
{
    WavInfo info;
    if (head.size() < 12 || head.first(4) != QByteArrayView("RIFF")
        || head.sliced(8, 4) != QByteArrayView("WAVE"))
        return info;
    quint32 byteRate = 0;
    qsizetype at = 12;
    while (at + 8 <= head.size()) {
        const QByteArrayView id = head.sliced(at, 4);
        const quint32 size = le32(head, at + 4);
        const qsizetype body = at + 8;
        if (id == QByteArrayView("fmt ")) {
            if (size < 16 || body + 16 > head.size())
                return info;
            info.channels = le16(head, body + 2);
            info.sampleRate = int(le32(head, body + 4));
            byteRate = le32(head, body + 8);
            info.valid = info.channels > 0 && info.sampleRate > 0;
        } else if (id == QByteArrayView("data")) {
            if (!info.valid)
                return info;
            // 0 or 0xFFFFFFFF (or more than the file holds): the writer never finished the header.
            const qint64 rest = fileSize - body;
            const qint64 dataBytes = (size == 0 || size > rest) ? rest : qint64(size);
            if (byteRate > 0 && dataBytes > 0)
                info.durationMs = dataBytes * 1000 / byteRate;
            return info;
        }
        // Chunks are padded to an even size.
        at = body + qsizetype(size) + (size & 1);
        if (size > quint32(fileSize))
            break;
    }
    return info;
}

} // namespace safelink::recording
