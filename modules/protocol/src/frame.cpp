#include <safelink/protocol/frame.h>
#include <safelink/protocol/logging.h>

#include <QCborArray>
#include <QCborStreamReader>
#include <QCborValue>
#include <QStringList>

namespace safelink::protocol {

namespace {
class FrameText {
    Q_DECLARE_TR_FUNCTIONS(safelink::protocol::Frame)

public:
    static QString empty() { return tr("The frame is empty."); }
    static QString notCbor(const QString &why) { return tr("The frame is not valid CBOR: %1").arg(why); }
    static QString trailing(qsizetype n)
    {
        return tr("The frame is followed by %1 unexpected bytes.").arg(n);
    }
    static QString shape() { return tr("A frame must be an array of [message type, request id, body]."); }
    static QString typeNotInteger() { return tr("The message type must be a whole number."); }
    static QString unknownType(qint64 t) { return tr("Unknown message type %1.").arg(t); }
    static QString badRequestId()
    {
        return tr("The request id must be a whole number from 0 to %1.").arg(kMaxRequestId);
    }
    static QString bodyNotMap() { return tr("The frame body must be a map."); }
    static QString bodyKeyNotText() { return tr("The frame body's keys must be text."); }
    static QString bodyKeyTwice(const QString &key)
    {
        return tr("The frame body has the key \"%1\" twice.").arg(key);
    }
    static QString notErrorFrame() { return tr("The reply is not an error report."); }
    static QString noMessage() { return tr("The other side reported an error without a description."); }
};

Result<Frame> reject(QByteArrayView bytes, const QString &why)
{
    // The size only: frames carry personal data (PIPL), the log must not.
    qCWarning(lcProtocol).noquote() << "rejected a frame of" << bytes.size() << "bytes:" << why;
    return safelink::makeError(ErrorCode::Invalid, why);
}

const QString kCode = QStringLiteral("code");
const QString kMessage = QStringLiteral("message");
const QString kField = QStringLiteral("field");
} // namespace

QByteArray encodeFrame(const Frame &frame)
{
    Q_ASSERT_X(frame.requestId <= kMaxRequestId, "encodeFrame", "request id beyond 63 bits");
    QCborArray array;
    array.append(qint64(frame.type));
    array.append(qint64(frame.requestId));
    array.append(frame.body);
    return QCborValue(array).toCbor();
}

Result<Frame> decodeFrame(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return reject(bytes, FrameText::empty());

    QCborStreamReader reader(reinterpret_cast<const quint8 *>(bytes.data()), bytes.size());
    const QCborValue value = QCborValue::fromCbor(reader);
    // Check the error before touching the value: Qt 6.4 crashes reading a top-level string whose
    // declared length ran past the end of the input.
    if (reader.lastError() != QCborError::NoError)
        return reject(bytes, FrameText::notCbor(reader.lastError().toString()));
    if (reader.currentOffset() != bytes.size())
        return reject(bytes, FrameText::trailing(bytes.size() - reader.currentOffset()));

    if (!value.isArray())
        return reject(bytes, FrameText::shape());
    const QCborArray array = value.toArray();
    if (array.size() != 3)
        return reject(bytes, FrameText::shape());

    const QCborValue type = array.at(0);
    if (!type.isInteger())
        return reject(bytes, FrameText::typeNotInteger());
    const qint64 typeNumber = type.toInteger();
    if (typeNumber < 0 || typeNumber > 0xFFFF || !isKnownMessageType(quint16(typeNumber)))
        return reject(bytes, FrameText::unknownType(typeNumber));

    // Ids beyond qint64 (or below -2^63) come out of Qt's decoder as doubles, so isInteger() also
    // rejects them.
    const QCborValue id = array.at(1);
    if (!id.isInteger() || id.toInteger() < 0)
        return reject(bytes, FrameText::badRequestId());

    const QCborValue body = array.at(2);
    if (!body.isMap())
        return reject(bytes, FrameText::bodyNotMap());
    const QCborMap map = body.toMap();
    QStringList keys;
    keys.reserve(map.size());
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        if (!it.key().isString())
            return reject(bytes, FrameText::bodyKeyNotText());
        keys.append(it.key().toString());
    }
    // A repeated key would let the two sides read different values out of one frame.
    keys.sort();
    for (qsizetype i = 1; i < keys.size(); ++i) {
        if (keys.at(i) == keys.at(i - 1))
            return reject(bytes, FrameText::bodyKeyTwice(keys.at(i)));
    }

    return Frame{MessageType(quint16(typeNumber)), quint64(id.toInteger()), map};
}

QLatin1String errorCodeKey(ErrorCode code)
{
    // No default: -Wswitch flags a new ErrorCode here until it has its wire key.
    switch (code) {
    case ErrorCode::Invalid:
        return QLatin1String("invalid");
    case ErrorCode::NotFound:
        return QLatin1String("not-found");
    case ErrorCode::Conflict:
        return QLatin1String("conflict");
    case ErrorCode::Storage:
        return QLatin1String("storage");
    case ErrorCode::Unsupported:
        return QLatin1String("unsupported");
    case ErrorCode::Io:
        return QLatin1String("io");
    case ErrorCode::Internal:
        return QLatin1String("internal");
    case ErrorCode::Unauthenticated:
        return QLatin1String("unauthenticated");
    case ErrorCode::Forbidden:
        return QLatin1String("forbidden");
    case ErrorCode::Locked:
        return QLatin1String("locked");
    }
    return QLatin1String();
}

std::optional<ErrorCode> errorCodeFromKey(QStringView key)
{
    // ErrorCode's enumerators run from 0 without gaps, so walking up until a value has no key visits
    // every code, and the switch above stays the one list.
    for (int i = 0;; ++i) {
        const QLatin1String candidate = errorCodeKey(ErrorCode(i));
        if (candidate.isEmpty())
            return std::nullopt;
        if (key == candidate)
            return ErrorCode(i);
    }
}

Frame makeError(quint64 requestId, ErrorCode code, QString message)
{
    return makeError(requestId, safelink::makeError(code, std::move(message)));
}

Frame makeError(quint64 requestId, const Error &error)
{
    QCborMap body;
    body.insert(kCode, errorCodeKey(error.code));
    body.insert(kMessage, error.message);
    if (!error.field.isEmpty())
        body.insert(kField, error.field);
    return Frame{MessageType::Error, requestId, body};
}

Error errorFromFrame(const Frame &frame)
{
    const QCborValue code = frame.body.value(kCode);
    const QCborValue message = frame.body.value(kMessage);
    const QCborValue field = frame.body.value(kField);
    if (frame.type != MessageType::Error || !code.isString() || !(message.isString() || message.isUndefined())
        || !(field.isString() || field.isUndefined())) {
        return safelink::makeError(ErrorCode::Invalid, FrameText::notErrorFrame());
    }
    QString text = message.toString();
    if (text.isEmpty())
        text = FrameText::noMessage();
    return safelink::makeError(errorCodeFromKey(code.toString()).value_or(ErrorCode::Internal), text,
                               field.toString());
}

} // namespace safelink::protocol
