#include <safelink/hub/accounts.h>
#include <safelink/hub/alarmservice.h>
#include <safelink/hub/auditlog.h>
#include <safelink/hub/callrouting.h>
#include <safelink/hub/httpapi.h>
#include <safelink/hub/maptiles.h>
#include <safelink/hub/writeservice.h>
#include <safelink/store/database.h>
#include <safelink/store/recordstore.h>
#include <safelink/store/repositories.h>

#include <QtHttpServer/QAbstractHttpServer>
#include <QtHttpServer/QHttpServerRequest>
#include <QtHttpServer/QHttpServerResponder>
#include <QtHttpServer/QHttpServerResponse>

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>
#include <functional>

Q_LOGGING_CATEGORY(lcHttp, "safelink.hub.http")

namespace safelink::hub {

using namespace safelink::core;
using Method = QHttpServerRequest::Method;

namespace {

class HttpText {
    Q_DECLARE_TR_FUNCTIONS(safelink::hub::HttpApi)

public:
    static QString notJson(const QString &why) { return tr("The body is not valid JSON (%1).").arg(why); }
    static QString notObject() { return tr("The body must be a JSON object."); }
    static QString missing() { return tr("This field is required."); }
    static QString expectedText() { return tr("Expected text."); }
    static QString signInFirst()
    {
        return tr("Sign in first: send the header Authorization: Bearer <token>.");
    }
    static QString deviceTokenFirst()
    {
        return tr("Send the device's token in the header Authorization: Device <token>.");
    }
    static QString roleMayNot() { return tr("Your role may not do this."); }
    static QString proxyTokenFirst()
    {
        return tr(
            "Send the SIP proxy's routing token: \"Authorization: Route <token>\" (safelink-hub routing).");
    }
    static QString noRouting() { return tr("Call routing is not running on this hub."); }
    static QString nothingHere() { return tr("There is nothing at this address."); }
    static QString noSubject() { return tr("There is no person with this id."); }
    static QString noCase() { return tr("There is no case with this id."); }
    static QString noDevice() { return tr("There is no device with this id."); }
    static QString wrongMethod(const QString &method, const QString &allowed)
    {
        return tr("This address does not accept %1; it accepts %2.").arg(method, allowed);
    }
    static QString bodyTooLarge(qint64 kib) { return tr("The request body is larger than %1 KiB.").arg(kib); }
    static QString headTooLarge(qint64 kib)
    {
        return tr("The request headers are larger than %1 KiB.").arg(kib);
    }
    static QString noIdempotencyKey()
    {
        return tr("Send an Idempotency-Key header: a value made once for this case and sent again "
                  "unchanged when the request is retried.");
    }
    static QString badIdempotencyKey()
    {
        return tr("An Idempotency-Key is 1 to 200 printable ASCII characters.");
    }
    static QString keyReused() { return tr("This Idempotency-Key was already used for another record."); }
    static QString badLimit(int max) { return tr("A whole number from 1 to %1.").arg(max); }
    static QString badStatus(const QString &value)
    {
        return tr("Unknown status \"%1\"; expected open, follow_up or closed.").arg(value);
    }
    static QString internal()
    {
        return tr("The hub could not complete the request; the reason is in its log.");
    }
    static QString unavailable() { return tr("The hub's database is not available."); }
    static QString cannotListen(const QString &address, quint16 port, const QString &why)
    {
        return tr("The HTTP API cannot listen on %1 port %2: %3").arg(address).arg(port).arg(why);
    }
};

const QByteArray kJson = QByteArrayLiteral("application/json");

// What a handler answers; the server turns it into the HTTP response.
struct Reply {
    int status = 200;
    QByteArray contentType = kJson;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString errorCode; // for the log line of a refused request
    QString errorMessage;
    QString errorField;
};

Reply json(int status, const QJsonObject &object)
{
    Reply r;
    r.status = status;
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return r;
}

QJsonObject errorObject(const QString &code, const QString &message, const QString &field)
{
    return QJsonObject{
        {QStringLiteral("error"),
         QJsonObject{{QStringLiteral("code"), code},
                     {QStringLiteral("message"), message},
                     {QStringLiteral("field"), field.isEmpty() ? QJsonValue() : QJsonValue(field)}}}};
}

Reply errorReply(int status, const QString &code, const QString &message, const QString &field = {},
                 const QJsonObject &extra = {})
{
    QJsonObject body = errorObject(code, message, field);
    for (auto it = extra.begin(); it != extra.end(); ++it)
        body.insert(it.key(), it.value());
    Reply r = json(status, body);
    r.errorCode = code;
    r.errorMessage = message;
    r.errorField = field;
    return r;
}

// The HTTP status and error code of an error value. Storage and internal failures are not described
// to the client (the log has them).
Reply fromError(const Error &e, const QJsonObject &extra = {})
{
    switch (e.code) {
    case ErrorCode::Invalid:
        return errorReply(400, QStringLiteral("invalid"), e.message, e.field, extra);
    case ErrorCode::Unsupported:
        return errorReply(400, QStringLiteral("unsupported"), e.message, e.field, extra);
    case ErrorCode::NotFound:
        return errorReply(404, QStringLiteral("not-found"), e.message, e.field, extra);
    case ErrorCode::Conflict:
        return errorReply(409, QStringLiteral("conflict"), e.message, e.field, extra);
    case ErrorCode::Unauthenticated: {
        Reply r = errorReply(401, QStringLiteral("unauthenticated"), e.message, e.field, extra);
        r.headers.append(
            {QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer realm=\"safelink\"")});
        return r;
    }
    case ErrorCode::Forbidden:
        return errorReply(403, QStringLiteral("forbidden"), e.message, e.field, extra);
    case ErrorCode::Locked:
        // 429: the client must wait before trying again (the message says until when).
        return errorReply(429, QStringLiteral("locked"), e.message, e.field, extra);
    case ErrorCode::Storage:
    case ErrorCode::Io:
    case ErrorCode::Internal:
        break;
    }
    qCWarning(lcHttp) << "request failed:" << e.toString();
    return errorReply(500, QStringLiteral("internal"), HttpText::internal());
}

QString methodName(Method m)
{
    switch (m) {
    case Method::Get:
        return QStringLiteral("GET");
    case Method::Put:
        return QStringLiteral("PUT");
    case Method::Delete:
        return QStringLiteral("DELETE");
    case Method::Post:
        return QStringLiteral("POST");
    case Method::Head:
        return QStringLiteral("HEAD");
    case Method::Options:
        return QStringLiteral("OPTIONS");
    case Method::Patch:
        return QStringLiteral("PATCH");
    case Method::Connect:
        return QStringLiteral("CONNECT");
    case Method::Trace:
        return QStringLiteral("TRACE");
    default:
        return QStringLiteral("UNKNOWN");
    }
}

QString timeText(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

// JSON has one kind of number; CBOR records have whole numbers (version, priority) that the
// decoders check. A finite whole double that a double holds exactly becomes an integer again; the
// decoders accept integers where they read reals, so this loses nothing.
QCborValue wholeNumbersAsIntegers(const QCborValue &v)
{
    if (v.isDouble()) {
        const double d = v.toDouble();
        constexpr double kExact = 9007199254740992.0; // 2^53
        if (std::isfinite(d) && std::floor(d) == d && std::abs(d) <= kExact)
            return QCborValue(qint64(d));
        return v;
    }
    if (v.isArray()) {
        QCborArray out;
        for (const QCborValue &x : v.toArray())
            out.append(wholeNumbersAsIntegers(x));
        return out;
    }
    if (v.isMap()) {
        QCborMap out;
        const QCborMap in = v.toMap();
        for (auto it = in.constBegin(); it != in.constEnd(); ++it)
            out.insert(it.key(), wholeNumbersAsIntegers(it.value()));
        return out;
    }
    return v;
}

Result<QJsonObject> jsonObjectBody(const QHttpServerRequest &request)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(ErrorCode::Invalid, HttpText::notJson(parseError.errorString()));
    if (!doc.isObject())
        return makeError(ErrorCode::Invalid, HttpText::notObject());
    return doc.object();
}

Result<QString> requiredText(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return makeError(ErrorCode::Invalid, HttpText::missing(), key);
    if (!v.isString())
        return makeError(ErrorCode::Invalid, HttpText::expectedText(), key);
    return v.toString();
}

Result<int> limitParam(const QUrlQuery &query, int fallback, int max)
{
    if (!query.hasQueryItem(QStringLiteral("limit")))
        return fallback;
    bool ok = false;
    const int n = query.queryItemValue(QStringLiteral("limit"), QUrl::FullyDecoded).toInt(&ok);
    if (!ok || n < 1 || n > max)
        return makeError(ErrorCode::Invalid, HttpText::badLimit(max), QStringLiteral("limit"));
    return n;
}

// The credentials of an Authorization header with the given scheme ("Bearer", "Device").
QString credentials(const QHttpServerRequest &request, QLatin1String scheme)
{
    const QByteArray header = request.value(QByteArrayLiteral("Authorization")).trimmed();
    const qsizetype space = header.indexOf(' ');
    if (space < 0 || QLatin1String(header.left(space)).compare(scheme, Qt::CaseInsensitive) != 0)
        return {};
    return QString::fromLatin1(header.mid(space + 1).trimmed());
}

// Qt 6.4's QAbstractHttpServer reads a whole request into memory before anyone sees it (a socket
// transaction holds it once more) and limits neither headers nor body. The guard reads each
// connection's bytes ahead of the server's parser and refuses a head over the limit (431), a
// declared body over the limit (413, once the body has been discarded unread) and a chunked body
// as soon as it passes the limit (413). A refused connection is closed after the answer.
class ConnectionGuard : public QObject {
    // A meta-object of its own, so that findChild<ConnectionGuard *>() finds only guards.
    Q_OBJECT

public:
    // Answers a refused request: the whole HTTP response. `method` is the request's, when known.
    using Refuse = std::function<QByteArray(int status, const QByteArray &method, QTcpSocket *socket)>;

    ConnectionGuard(QTcpSocket *socket, QObject *httpServer, Refuse refuse)
        : QObject(socket)
        , m_socket(socket)
        , m_httpServer(httpServer)
        , m_refuse(std::move(refuse))
    {
        // Connected before the server's own handler, so it runs first.
        connect(socket, &QIODevice::readyRead, this, &ConnectionGuard::onReadyRead);
    }

    // The server answered a request: what arrives next is the head of the next one.
    void requestDone()
    {
        m_phase = Phase::Head;
        m_head.clear();
        m_method.clear();
        m_chunkedSeen = 0;
    }

private:
    enum class Phase { Head, Body, Chunked, Refused };

    // Chunk-size lines and CRLFs around the data of a chunked body.
    static constexpr qint64 kChunkFraming = 64 * 1024;
    // A refused client is not read from for longer than this, nor for more bytes than this.
    static constexpr int kDiscardMs = 10000;
    static constexpr qint64 kMaxDiscard = 64 * 1024 * 1024;

    void onReadyRead()
    {
        switch (m_phase) {
        case Phase::Refused:
            discard();
            return;
        case Phase::Body:
            return; // declared and within the limit: the server reads it
        case Phase::Chunked:
            m_chunkedSeen += m_socket->bytesAvailable();
            if (m_chunkedSeen > HttpApi::kMaxBodyBytes + kChunkFraming)
                refuse(413, 0);
            return;
        case Phase::Head:
            break;
        }
        // The server has consumed what came before, so what is available is new.
        m_head += m_socket->peek(m_socket->bytesAvailable());
        // Blank lines between requests are skipped by the server's parser too.
        qsizetype start = 0;
        while (start < m_head.size() && (m_head[start] == '\r' || m_head[start] == '\n'))
            ++start;
        m_head.remove(0, start);
        const qsizetype end = headEnd();
        if (end < 0) {
            if (m_head.size() > HttpApi::kMaxHeadBytes)
                refuse(431, 0);
            return;
        }
        if (end > HttpApi::kMaxHeadBytes) {
            refuse(431, 0);
            return;
        }
        qint64 contentLength = -1;
        bool chunked = false;
        for (const QByteArray &line : m_head.left(end).split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon < 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-length" && contentLength < 0) {
                bool ok = false;
                const qint64 n = value.toLongLong(&ok);
                contentLength = ok ? n : -1;
            } else if (name == "transfer-encoding") {
                chunked = chunked || value.toLower().contains("chunked");
            }
        }
        const qint64 bodyBytesHere = m_head.size() - end;
        m_method = m_head.left(m_head.indexOf(' ')).left(16);
        m_head.clear();
        if (chunked) {
            m_phase = Phase::Chunked;
            m_chunkedSeen = bodyBytesHere;
            if (m_chunkedSeen > HttpApi::kMaxBodyBytes + kChunkFraming)
                refuse(413, 0);
        } else if (contentLength > HttpApi::kMaxBodyBytes) {
            refuse(413, contentLength - bodyBytesHere);
        } else {
            m_phase = Phase::Body;
        }
    }

    // Where the body starts (after the blank line that ends the head), or -1.
    qsizetype headEnd() const
    {
        const qsizetype crlf = m_head.indexOf("\n\r\n");
        const qsizetype lf = m_head.indexOf("\n\n");
        if (crlf >= 0 && (lf < 0 || crlf < lf))
            return crlf + 3;
        return lf >= 0 ? lf + 2 : -1;
    }

    // Takes the connection away from the server's parser. With `declared` bytes of body still to
    // come, the answer waits until they are discarded (clients read the answer once they have sent
    // the body). Otherwise it goes at once, and what the client still sends is discarded for a
    // while: closing a socket with unread data resets the connection, and the client would lose
    // the answer.
    void refuse(int status, qint64 declared)
    {
        QObject::disconnect(m_socket, &QIODevice::readyRead, m_httpServer, nullptr);
        if (m_socket->isTransactionStarted())
            m_socket->commitTransaction(); // drops what the parser kept of this request
        m_socket->skip(m_socket->bytesAvailable());
        m_phase = Phase::Refused;
        // The request line's method, for the log (the path may hold personal data).
        const QByteArray method = m_method.isEmpty() ? m_head.left(m_head.indexOf(' ')).left(16) : m_method;
        m_response = m_refuse(status, method, m_socket);
        m_declaredLeft = declared > 0 && declared <= kMaxDiscard ? declared : 0;
        QTimer::singleShot(kDiscardMs, this, [this] { close(); });
        if (m_declaredLeft == 0)
            answer();
    }

    void discard()
    {
        const qint64 n = m_socket->skip(m_socket->bytesAvailable());
        m_discarded += n;
        if (!m_answered) {
            m_declaredLeft -= n;
            if (m_declaredLeft <= 0) {
                answer();
                close();
            }
        } else if (m_discarded > kMaxDiscard) {
            m_socket->abort();
        }
    }

    void answer()
    {
        m_answered = true;
        if (m_socket->state() == QAbstractSocket::ConnectedState)
            m_socket->write(m_response);
    }

    void close()
    {
        if (!m_answered)
            answer();
        if (m_socket->state() == QAbstractSocket::ConnectedState)
            m_socket->disconnectFromHost(); // after the answer is written
    }

    QTcpSocket *m_socket;
    QObject *m_httpServer;
    Refuse m_refuse;
    Phase m_phase = Phase::Head;
    QByteArray m_head;
    QByteArray m_method;
    qint64 m_chunkedSeen = 0;
    qint64 m_declaredLeft = 0;
    qint64 m_discarded = 0;
    bool m_answered = false;
    QByteArray m_response;
};

// A listening socket that puts a guard on every connection before the HTTP server sees it.
class GuardedTcpServer : public QTcpServer {
public:
    GuardedTcpServer(QObject *httpServer, ConnectionGuard::Refuse refuse)
        : m_httpServer(httpServer)
        , m_refuse(std::move(refuse))
    {
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            qCWarning(lcHttp) << "cannot accept a connection:" << socket->errorString();
            delete socket;
            return;
        }
        new ConnectionGuard(socket, m_httpServer, m_refuse);
        addPendingConnection(socket);
    }

private:
    QObject *m_httpServer;
    ConnectionGuard::Refuse m_refuse;
};

// QHttpServer's router cannot answer 405 (a path known for another method is a miss like any
// other), so the API routes requests itself behind QAbstractHttpServer.
class HttpServer final : public QAbstractHttpServer {
public:
    using Handler = std::function<Reply(const QHttpServerRequest &, QTcpSocket *)>;

    HttpServer(Handler handler, QObject *parent)
        : QAbstractHttpServer(parent)
        , m_handler(std::move(handler))
    {
    }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        const Reply reply = m_handler(request, socket);
        // An answer to HEAD has no body: one would be read as the start of the next answer.
        const bool head = request.method() == QHttpServerRequest::Method::Head;
        QHttpServerResponse response(reply.contentType, head ? QByteArray() : reply.body,
                                     static_cast<QHttpServerResponder::StatusCode>(reply.status));
        // Answers carry personal data and session tokens: nothing is to be cached on the way
        // (map tiles, public data, say otherwise in their own headers).
        const bool ownCaching = std::any_of(reply.headers.cbegin(), reply.headers.cend(),
                                            [](const auto &h) { return h.first == "Cache-Control"; });
        if (!ownCaching)
            response.addHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
        for (const auto &[name, value] : reply.headers)
            response.addHeader(name, value);
        response.write(makeResponder(request, socket));
        if (auto *guard = socket->findChild<ConnectionGuard *>(QString(), Qt::FindDirectChildrenOnly))
            guard->requestDone();
        return true;
    }

    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override
    {
        // handleRequest() answers every request.
    }

private:
    Handler m_handler;
};

} // namespace

class HttpApi::Private {
public:
    // Proxy: Kamailio asking where a hotline call goes (`Authorization: Route <token>`).
    enum class Auth { None, Session, Device, Proxy };

    struct Call {
        const QHttpServerRequest &request;
        QStringList params; // the {} parts of the path, decoded
        QString address;    // "ip:port" of the peer
        QString token;      // session routes
        Actor actor;        // session routes
        QString deviceId;   // device routes
    };

    struct Route {
        Method method;
        QString pattern; // "/api/v1/subjects/{id}": what log lines show instead of the path
        QStringList segments;
        Auth auth;
        Reply (Private::*handler)(Call &);
    };

    struct Counts {
        qint64 subjects = 0;
        qint64 casesOpen = 0;
        qint64 deviceEvents = 0;
    };

    Private(store::Database &db, AccountService &accounts, WriteService &writes, AuditLog &audit)
        : m_db(db)
        , m_accounts(accounts)
        , m_writes(writes)
        , m_audit(audit)
        , m_records(db)
        , m_devices(db)
    {
        m_uptime.start();
        addRoute(Method::Post, "/api/v1/sessions", Auth::None, &Private::signIn);
        addRoute(Method::Delete, "/api/v1/sessions/current", Auth::Session, &Private::signOut);
        addRoute(Method::Get, "/api/v1/subjects", Auth::Session, &Private::listSubjects);
        addRoute(Method::Get, "/api/v1/subjects/by-phone/{number}", Auth::Session, &Private::subjectsByPhone);
        addRoute(Method::Get, "/api/v1/subjects/{id}", Auth::Session, &Private::getSubject);
        addRoute(Method::Get, "/api/v1/cases", Auth::Session, &Private::listCases);
        addRoute(Method::Post, "/api/v1/cases", Auth::Session, &Private::createCase);
        addRoute(Method::Get, "/api/v1/cases/{id}", Auth::Session, &Private::getCase);
        addRoute(Method::Post, "/api/v1/device-events", Auth::Device, &Private::postDeviceEvent);
        addRoute(Method::Get, "/api/v1/devices/{id}/events", Auth::Session, &Private::listDeviceEvents);
        addRoute(Method::Get, "/api/v1/health", Auth::None, &Private::health);
        addRoute(Method::Get, "/api/v1/tiles/{z}/{x}/{y}", Auth::None, &Private::mapTile);
        addRoute(Method::Get, "/api/v1/metrics", Auth::Session, &Private::metrics);
        addRoute(Method::Get, "/metrics", Auth::Session, &Private::prometheus);
        addRoute(Method::Post, "/api/v1/route", Auth::Proxy, &Private::routeCall);
        addRoute(Method::Post, "/api/v1/route/events", Auth::Proxy, &Private::routeEvent);
        addRoute(Method::Post, "/api/v1/scaip", Auth::Proxy, &Private::scaipMessage);
        addRoute(Method::Get, "/api/v1/call-queue", Auth::Session, &Private::callQueue);
        addRoute(Method::Get, "/api/v1/blocked-numbers", Auth::Session, &Private::listBlocked);
        addRoute(Method::Post, "/api/v1/blocked-numbers", Auth::Session, &Private::addBlocked);
        addRoute(Method::Delete, "/api/v1/blocked-numbers/{number}", Auth::Session, &Private::removeBlocked);
    }

    void addRoute(Method method, const char *pattern, Auth auth, Reply (Private::*handler)(Call &))
    {
        const QString p = QString::fromLatin1(pattern);
        m_routes.append(Route{method, p, p.split(QLatin1Char('/'), Qt::SkipEmptyParts), auth, handler});
    }

    Reply handle(const QHttpServerRequest &request, QTcpSocket *socket);
    Reply dispatch(const QHttpServerRequest &request, const QString &address, QString &pattern);
    QByteArray refuseEarly(int status, const QByteArray &method, QTcpSocket *socket);
    void logRefused(const QString &method, const QString &what, const QString &address, const Reply &reply);

    // Writes a "read" line for each record before any of them is sent; no line, no data (PIPL).
    Status auditReads(const Actor &actor, const QString &kind, const QStringList &ids, const QString &detail);
    Result<Counts> counts();

    Reply signIn(Call &call);
    Reply signOut(Call &call);
    Reply listSubjects(Call &call);
    Reply subjectsByPhone(Call &call);
    Reply getRecord(Call &call, core::RecordKind kind, const QString &notFound);
    Reply getSubject(Call &call);
    Reply listCases(Call &call);
    Reply getCase(Call &call);
    Reply createCase(Call &call);
    Reply postDeviceEvent(Call &call);
    Reply listDeviceEvents(Call &call);
    Reply health(Call &call);
    Reply mapTile(Call &call);
    Reply metrics(Call &call);
    Reply prometheus(Call &call);
    Reply routeCall(Call &call);
    Reply routeEvent(Call &call);
    Reply scaipMessage(Call &call);
    Reply callQueue(Call &call);
    Reply listBlocked(Call &call);
    Reply addBlocked(Call &call);
    Reply removeBlocked(Call &call);
    Reply noRouting();

    store::Database &m_db;
    MapTiles m_tiles{m_db};
    AccountService &m_accounts;
    WriteService &m_writes;
    AuditLog &m_audit;
    store::RecordStore m_records;
    DeviceEvents m_devices;
    HttpServer *m_server = nullptr;
    CallRouting *m_routing = nullptr;
    AlarmService *m_alarms = nullptr;
    QList<Route> m_routes;
    QElapsedTimer m_uptime;
    quint16 m_port = 0;
    qint64 m_served = 0;
    qint64 m_refused = 0;
};

Reply HttpApi::Private::handle(const QHttpServerRequest &request, QTcpSocket *socket)
{
    ++m_served;
    const QString address =
        socket->peerAddress().toString() + QLatin1Char(':') + QString::number(socket->peerPort());
    QString pattern;
    Reply reply;
    // A chunked body that the guard let through within its allowance for chunk framing.
    if (request.body().size() > kMaxBodyBytes)
        reply = errorReply(413, QStringLiteral("too-large"), HttpText::bodyTooLarge(kMaxBodyBytes / 1024));
    else
        reply = dispatch(request, address, pattern);
    if (reply.status >= 400) {
        ++m_refused;
        // The pattern, not the path: paths can hold phone numbers.
        logRefused(methodName(request.method()), pattern.isEmpty() ? request.url().path().left(200) : pattern,
                   address, reply);
    }
    return reply;
}

void HttpApi::Private::logRefused(const QString &method, const QString &what, const QString &address,
                                  const Reply &reply)
{
    const QString field =
        reply.errorField.isEmpty() ? QString() : QStringLiteral(" field=") + reply.errorField;
    if (reply.status >= 500)
        qCWarning(lcHttp).noquote() << method << what << "from" << address << "failed:" << reply.status
                                    << reply.errorCode;
    else
        qCInfo(lcHttp).noquote() << method << what << "from" << address << "refused:" << reply.status
                                 << reply.errorCode + field << "-" << reply.errorMessage;
}

QByteArray HttpApi::Private::refuseEarly(int status, const QByteArray &method, QTcpSocket *socket)
{
    ++m_served;
    ++m_refused;
    const Reply reply =
        status == 431
            ? errorReply(431, QStringLiteral("too-large"), HttpText::headTooLarge(kMaxHeadBytes / 1024))
            : errorReply(413, QStringLiteral("too-large"), HttpText::bodyTooLarge(kMaxBodyBytes / 1024));
    const QString address =
        socket->peerAddress().toString() + QLatin1Char(':') + QString::number(socket->peerPort());
    logRefused(method.isEmpty() ? QStringLiteral("-") : QString::fromLatin1(method),
               QStringLiteral("(request not read)"), address, reply);
    const QByteArray reason = status == 431 ? "Request Header Fields Too Large" : "Payload Too Large";
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\nContent-Type: " + kJson
           + "\r\nContent-Length: " + QByteArray::number(reply.body.size())
           + "\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n" + reply.body;
}

Reply HttpApi::Private::dispatch(const QHttpServerRequest &request, const QString &address, QString &pattern)
{
    QStringList segments;
    for (const QString &s :
         request.url().path(QUrl::FullyEncoded).split(QLatin1Char('/'), Qt::SkipEmptyParts))
        segments.append(QUrl::fromPercentEncoding(s.toLatin1()));

    QStringList allowed;
    for (const Route &route : std::as_const(m_routes)) {
        if (route.segments.size() != segments.size())
            continue;
        QStringList params;
        bool match = true;
        for (qsizetype i = 0; i < segments.size() && match; ++i) {
            if (route.segments[i].startsWith(QLatin1Char('{')))
                params.append(segments[i]);
            else
                match = route.segments[i] == segments[i];
        }
        if (!match)
            continue;
        if (route.method != request.method()) {
            allowed.append(methodName(route.method));
            pattern = route.pattern;
            continue;
        }
        pattern = route.pattern;
        Call call{request, params, address, {}, {}, {}};
        if (route.auth == Auth::Session) {
            call.token = credentials(request, QLatin1String("Bearer"));
            if (call.token.isEmpty())
                return fromError(makeError(ErrorCode::Unauthenticated, HttpText::signInFirst()));
            auto session = m_accounts.authenticate(call.token, address);
            if (!session) {
                Reply r = fromError(session.error());
                if (r.status == 401)
                    r.headers = {{QByteArrayLiteral("WWW-Authenticate"),
                                  QByteArrayLiteral("Bearer realm=\"safelink\", error=\"invalid_token\"")}};
                return r;
            }
            call.actor = session->actor;
        } else if (route.auth == Auth::Device) {
            auto device = m_devices.deviceForToken(credentials(request, QLatin1String("Device")));
            if (!device) {
                Reply r = fromError(device.error().code == ErrorCode::Unauthenticated
                                        ? makeError(ErrorCode::Unauthenticated, HttpText::deviceTokenFirst())
                                        : device.error());
                if (r.status == 401)
                    r.headers = {{QByteArrayLiteral("WWW-Authenticate"),
                                  QByteArrayLiteral("Device realm=\"safelink\"")}};
                return r;
            }
            call.deviceId = *device;
        } else if (route.auth == Auth::Proxy) {
            if (!m_routing)
                return noRouting();
            if (!m_routing->checkProxyToken(credentials(request, QLatin1String("Route")))) {
                Reply r = fromError(makeError(ErrorCode::Unauthenticated, HttpText::proxyTokenFirst()));
                r.headers = {
                    {QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Route realm=\"safelink\"")}};
                return r;
            }
        }
        return (this->*route.handler)(call);
    }
    if (!allowed.isEmpty()) {
        Reply r = errorReply(
            405, QStringLiteral("method-not-allowed"),
            HttpText::wrongMethod(methodName(request.method()), allowed.join(QStringLiteral(", "))));
        r.headers.append({QByteArrayLiteral("Allow"), allowed.join(QStringLiteral(", ")).toLatin1()});
        return r;
    }
    return errorReply(404, QStringLiteral("not-found"), HttpText::nothingHere());
}

Status HttpApi::Private::auditReads(const Actor &actor, const QString &kind, const QStringList &ids,
                                    const QString &detail)
{
    if (ids.isEmpty())
        return {};
    return m_db.transaction([&]() -> Status {
        for (const QString &id : ids) {
            if (Status s = m_audit.record(actor, QStringLiteral("read"), kind, id, detail); !s)
                return s;
        }
        return {};
    });
}

Reply HttpApi::Private::signIn(Call &call)
{
    auto body = jsonObjectBody(call.request);
    if (!body)
        return fromError(body.error());
    auto login = requiredText(*body, QStringLiteral("login"));
    if (!login)
        return fromError(login.error());
    auto password = requiredText(*body, QStringLiteral("password"));
    if (!password)
        return fromError(password.error());
    // The HTTP API has no seat: seats sign in over the secure channel.
    auto session = m_accounts.signIn(*login, *password, QString(), call.address);
    if (!session)
        return fromError(session.error());
    QJsonArray roles;
    for (Role r : session->actor.roles)
        roles.append(enumKey(r));
    return json(201, QJsonObject{{QStringLiteral("token"), session->token},
                                 {QStringLiteral("expiresAt"), timeText(session->expiresAt)},
                                 {QStringLiteral("roles"), roles},
                                 {QStringLiteral("accountId"), session->actor.accountId},
                                 {QStringLiteral("login"), session->actor.login}});
}

Reply HttpApi::Private::signOut(Call &call)
{
    if (Status s = m_accounts.signOut(call.token); !s)
        return fromError(s.error());
    Reply r;
    r.status = 204;
    r.contentType.clear();
    return r;
}

Reply HttpApi::Private::listSubjects(Call &call)
{
    const QUrlQuery query = call.request.query();
    auto limit = limitParam(query, 50, 200);
    if (!limit)
        return fromError(limit.error());
    const QString text = query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded).trimmed();
    store::SubjectRepository subjects(m_db);
    auto found = text.isEmpty() ? subjects.all(*limit) : subjects.search(text, *limit);
    if (!found)
        return fromError(found.error());
    QJsonArray items;
    QStringList ids;
    for (const Subject &s : *found) {
        items.append(s.toCbor().toJsonObject());
        ids.append(s.meta.id);
    }
    const QString detail =
        text.isEmpty() ? QStringLiteral("http list") : QStringLiteral("http search: ") + text.left(100);
    if (Status s = auditReads(call.actor, QStringLiteral("subject"), ids, detail); !s)
        return fromError(s.error());
    return json(200, QJsonObject{{QStringLiteral("items"), items}});
}

Reply HttpApi::Private::subjectsByPhone(Call &call)
{
    auto number = PhoneNumber::parse(call.params.value(0), u"20");
    if (!number)
        return fromError(makeError(ErrorCode::Invalid, number.error().message, QStringLiteral("number")));
    store::SubjectRepository subjects(m_db);
    auto matches = subjects.findByPhone(number->canonical());
    if (!matches)
        return fromError(matches.error());
    QJsonArray items;
    QStringList ids;
    for (const store::PhoneMatch &m : *matches) {
        auto s = subjects.get(m.subjectId);
        if (!s) {
            if (s.error().code == ErrorCode::NotFound)
                continue;
            return fromError(s.error());
        }
        items.append(QJsonObject{
            {QStringLiteral("match"), m.isContact ? QStringLiteral("contact") : QStringLiteral("own")},
            {QStringLiteral("subject"), s->toCbor().toJsonObject()}});
        ids.append(m.subjectId);
    }
    if (Status s = auditReads(call.actor, QStringLiteral("subject"), ids, QStringLiteral("http by phone"));
        !s)
        return fromError(s.error());
    return json(
        200, QJsonObject{{QStringLiteral("number"), number->canonical()}, {QStringLiteral("items"), items}});
}

Reply HttpApi::Private::getRecord(Call &call, RecordKind kind, const QString &notFound)
{
    const QString id = call.params.value(0);
    auto record = m_records.get(kind, id);
    if (!record) {
        if (record.error().code == ErrorCode::NotFound)
            return errorReply(404, QStringLiteral("not-found"), notFound);
        return fromError(record.error());
    }
    if (Status s = auditReads(call.actor, recordKindKey(kind), {id}, QStringLiteral("http")); !s)
        return fromError(s.error());
    return json(200, record->toJsonObject());
}

Reply HttpApi::Private::getSubject(Call &call)
{
    return getRecord(call, RecordKind::Subject, HttpText::noSubject());
}

Reply HttpApi::Private::listCases(Call &call)
{
    const QUrlQuery query = call.request.query();
    auto limit = limitParam(query, 50, 500);
    if (!limit)
        return fromError(limit.error());
    const QString subjectId = query.queryItemValue(QStringLiteral("subjectId"), QUrl::FullyDecoded);
    const QString statusText = query.queryItemValue(QStringLiteral("status"), QUrl::FullyDecoded);
    std::optional<CaseStatus> status;
    if (!statusText.isEmpty()) {
        status = enumFromKey<CaseStatus>(statusText);
        if (!status)
            return fromError(
                makeError(ErrorCode::Invalid, HttpText::badStatus(statusText), QStringLiteral("status")));
    }
    // Newest first whatever the filter; each combination of fixed clauses uses an index.
    QStringList where;
    QVariantList binds;
    if (!subjectId.isEmpty()) {
        where.append(QStringLiteral("subject_id = ?"));
        binds.append(subjectId);
    }
    if (status) {
        where.append(QStringLiteral("status = ?"));
        binds.append(enumKey(*status));
    }
    QString sql = QStringLiteral("SELECT id, data FROM cases");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY opened_at DESC, id LIMIT ?");
    binds.append(*limit);
    auto q = m_db.prepared(sql);
    if (!q)
        return fromError(q.error());
    QSqlQuery &rows = **q;
    for (const QVariant &b : std::as_const(binds))
        rows.addBindValue(b);
    if (!rows.exec())
        return fromError(store::sqlError(QStringLiteral("list cases"), rows.lastError()));
    QJsonArray items;
    QStringList ids;
    while (rows.next()) {
        ids.append(rows.value(0).toString());
        items.append(QCborValue::fromCbor(rows.value(1).toByteArray()).toMap().toJsonObject());
    }
    rows.finish();
    if (Status s = auditReads(call.actor, QStringLiteral("case"), ids, QStringLiteral("http list")); !s)
        return fromError(s.error());
    return json(200, QJsonObject{{QStringLiteral("items"), items}});
}

Reply HttpApi::Private::getCase(Call &call)
{
    return getRecord(call, RecordKind::Case, HttpText::noCase());
}

Reply HttpApi::Private::createCase(Call &call)
{
    if (!WriteService::mayWrite(call.actor, RecordKind::Case, WriteOp::Put)) {
        (void)m_audit.record(call.actor, QStringLiteral("forbidden"), QStringLiteral("case"));
        return errorReply(403, QStringLiteral("forbidden"), HttpText::roleMayNot());
    }
    const QString keyField = QStringLiteral("Idempotency-Key");
    const QByteArray key = call.request.value(QByteArrayLiteral("Idempotency-Key")).trimmed();
    if (key.isEmpty())
        return errorReply(400, QStringLiteral("invalid"), HttpText::noIdempotencyKey(), keyField);
    const bool printable = std::all_of(key.begin(), key.end(), [](char c) { return c > 0x20 && c < 0x7f; });
    if (key.size() > 200 || !printable)
        return errorReply(400, QStringLiteral("invalid"), HttpText::badIdempotencyKey(), keyField);

    auto body = jsonObjectBody(call.request);
    if (!body)
        return fromError(body.error());
    QCborMap record = wholeNumbersAsIntegers(QCborValue::fromJsonValue(*body)).toMap();
    const bool clientId = record.contains(QStringLiteral("id"));
    if (!clientId)
        record.insert(QStringLiteral("id"), RecordMeta::newId()); // ids are made where a record is created
    auto decoded = CaseRecord::fromCbor(record);
    if (!decoded)
        return fromError(decoded.error());
    if (Status valid = decoded->validate(); !valid)
        return fromError(valid.error());
    const QString id = decoded->meta.id;

    WriteRequest write{RecordKind::Case, WriteOp::Put, record, id, 0, QString::fromLatin1(key)};
    auto result = m_writes.apply(write, call.actor);
    if (!result) {
        if (result.error().code != ErrorCode::Conflict)
            return fromError(result.error());
        // The writer gets what is stored now, to review before trying again.
        QJsonObject extra;
        if (auto current = m_writes.current(RecordKind::Case, id);
            current && auditReads(call.actor, QStringLiteral("case"), {id}, QStringLiteral("http conflict")))
            extra.insert(QStringLiteral("current"), current->toJsonObject());
        return fromError(result.error(), extra);
    }
    const Change &change = result->change;
    if (result->duplicate) {
        if (change.kind != RecordKind::Case || (clientId && change.recordId != id))
            return errorReply(422, QStringLiteral("idempotency-key-reused"), HttpText::keyReused(), keyField);
        return json(200, QJsonObject{{QStringLiteral("seq"), change.seq},
                                     {QStringLiteral("version"), change.version},
                                     {QStringLiteral("id"), change.recordId},
                                     {QStringLiteral("duplicate"), true}});
    }
    Reply r = json(201, QJsonObject{{QStringLiteral("seq"), change.seq},
                                    {QStringLiteral("version"), change.version},
                                    {QStringLiteral("id"), change.recordId}});
    r.headers.append(
        {QByteArrayLiteral("Location"), "/api/v1/cases/" + QUrl::toPercentEncoding(change.recordId)});
    return r;
}

Reply HttpApi::Private::postDeviceEvent(Call &call)
{
    auto body = jsonObjectBody(call.request);
    if (!body)
        return fromError(body.error());
    auto event = DeviceEvent::fromJson(*body, call.deviceId);
    if (!event)
        return fromError(event.error());
    auto outcome = m_devices.record(std::move(event).value(), call.request.body());
    if (!outcome)
        return fromError(outcome.error());
    if (outcome->duplicate)
        return json(200, QJsonObject{{QStringLiteral("duplicate"), true},
                                     {QStringLiteral("seq"), outcome->event.seq}});
    return json(202, QJsonObject{{QStringLiteral("seq"), outcome->event.seq}});
}

Reply HttpApi::Private::listDeviceEvents(Call &call)
{
    const QString deviceId = call.params.value(0);
    auto limit = limitParam(call.request.query(), 100, 1000);
    if (!limit)
        return fromError(limit.error());
    auto events = m_devices.recent(deviceId, *limit);
    if (!events)
        return fromError(events.error());
    if (events->isEmpty()) {
        auto version = m_records.storedVersion(RecordKind::Device, deviceId);
        if (!version)
            return fromError(version.error());
        if (*version == 0)
            return errorReply(404, QStringLiteral("not-found"), HttpText::noDevice());
    }
    // Positions are personal data: reading them is a read of the wearer's record.
    if (Status s =
            auditReads(call.actor, QStringLiteral("device"), {deviceId}, QStringLiteral("http events"));
        !s)
        return fromError(s.error());
    QJsonArray items;
    for (const DeviceEvent &e : *events)
        items.append(e.toJson());
    return json(200, QJsonObject{{QStringLiteral("deviceId"), deviceId}, {QStringLiteral("items"), items}});
}

// A map tile from the MBTiles file the admin configured (safelink-hub map --mbtiles).
Reply HttpApi::Private::mapTile(Call &call)
{
    int zxy[3] = {};
    for (int i = 0; i < 3; ++i) {
        QString part = call.params.value(i);
        if (i == 2) // Leaflet asks for {y}; some templates add an extension
            part = part.section(QLatin1Char('.'), 0, 0);
        bool ok = false;
        zxy[i] = part.toInt(&ok);
        if (!ok)
            return errorReply(400, QStringLiteral("invalid"),
                              MapTiles::tr("Tile coordinates are whole numbers."),
                              QString(QLatin1Char("zxy"[i])));
    }
    auto tile = m_tiles.tile(zxy[0], zxy[1], zxy[2]);
    if (!tile) {
        const int status = tile.error().code == ErrorCode::Invalid ? 400 : 404;
        return errorReply(status, status == 400 ? QStringLiteral("invalid") : QStringLiteral("not_found"),
                          tile.error().message);
    }
    Reply r;
    r.contentType = tile->contentType;
    r.body = tile->data;
    r.headers.append({QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("public, max-age=86400")});
    return r;
}

Reply HttpApi::Private::health(Call &)
{
    auto schema = m_db.schemaVersion();
    QJsonObject o{{QStringLiteral("version"), QStringLiteral(SAFELINK_VERSION)},
                  {QStringLiteral("time"), timeText(QDateTime::currentDateTimeUtc())}};
    if (!schema) {
        qCWarning(lcHttp) << "health check: database unavailable:" << schema.error().toString();
        o.insert(QStringLiteral("status"), QStringLiteral("unavailable"));
        return errorReply(503, QStringLiteral("unavailable"), HttpText::unavailable(), {}, o);
    }
    o.insert(QStringLiteral("status"), QStringLiteral("ok"));
    o.insert(QStringLiteral("schemaVersion"), *schema);
    return json(200, o);
}

Reply HttpApi::Private::noRouting()
{
    return errorReply(503, QStringLiteral("unavailable"), HttpText::noRouting());
}

// Kamailio's question: the body is a form (call=…&from=…&to=…), the answer one line of text that
// its script splits on spaces ("offer 1003 15", "wait 2", "refuse 603").
Reply HttpApi::Private::routeCall(Call &call)
{
    auto decision = m_routing->route(QUrlQuery(QString::fromUtf8(call.request.body())), call.address);
    if (!decision)
        return fromError(decision.error());
    Reply r;
    r.contentType = "text/plain; charset=utf-8";
    r.body = decision->toLine();
    return r;
}

Reply HttpApi::Private::routeEvent(Call &call)
{
    if (Status s = m_routing->event(QUrlQuery(QString::fromUtf8(call.request.body())), call.address); !s)
        return fromError(s.error());
    Reply r;
    r.contentType = "text/plain; charset=utf-8";
    r.body = "ok\n";
    return r;
}

// A SCAIP <mrq> the SIP proxy received in a MESSAGE (the body as it came, the terminal's SIP URI in
// ?from=); the answer is the <mrs> the proxy sends back in a MESSAGE of its own.
Reply HttpApi::Private::scaipMessage(Call &call)
{
    if (!m_alarms)
        return noRouting();
    const QString from =
        QUrlQuery(call.request.url()).queryItemValue(QStringLiteral("from"), QUrl::FullyDecoded);
    Reply r;
    r.contentType = "application/scaip+xml";
    r.body = m_alarms->onScaip(call.request.body(), from.left(256));
    return r;
}

Reply HttpApi::Private::callQueue(Call &)
{
    if (!m_routing)
        return noRouting();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonArray calls;
    for (const RoutedCall &c : m_routing->queue()) {
        calls.append(QJsonObject{
            {QStringLiteral("callId"), c.callId},
            {QStringLiteral("caller"), c.caller},
            {QStringLiteral("callerClass"), callerClassKey(c.info.callerClass)},
            {QStringLiteral("subjectId"),
             c.info.subjectId.isEmpty() ? QJsonValue() : QJsonValue(c.info.subjectId)},
            {QStringLiteral("subjectName"), c.info.subjectName},
            {QStringLiteral("languages"), QJsonArray::fromStringList(c.info.languages)},
            {QStringLiteral("state"),
             c.state == RoutedCall::State::Offered ? QStringLiteral("ringing") : QStringLiteral("waiting")},
            {QStringLiteral("ringing"), c.offeredTo.isEmpty() ? QJsonValue() : QJsonValue(c.offeredTo)},
            {QStringLiteral("since"), timeText(c.enteredAt)},
            {QStringLiteral("waitingSeconds"), qint64(c.enteredAt.secsTo(now))},
        });
    }
    return json(200, QJsonObject{{QStringLiteral("calls"), calls}});
}

Reply HttpApi::Private::listBlocked(Call &call)
{
    if (!m_routing)
        return noRouting();
    if (!call.actor.has(core::Role::Supervisor) && !call.actor.has(core::Role::Admin)
        && !call.actor.has(core::Role::Auditor))
        return errorReply(403, QStringLiteral("forbidden"), HttpText::roleMayNot());
    auto list = m_routing->blockedNumbers();
    if (!list)
        return fromError(list.error());
    QJsonArray numbers;
    for (const BlockedNumber &b : std::as_const(*list))
        numbers.append(QJsonObject{{QStringLiteral("number"), b.number},
                                   {QStringLiteral("reason"), b.reason},
                                   {QStringLiteral("addedBy"), b.addedBy},
                                   {QStringLiteral("addedAt"), timeText(b.addedAt)}});
    return json(200, QJsonObject{{QStringLiteral("numbers"), numbers}});
}

Reply HttpApi::Private::addBlocked(Call &call)
{
    if (!m_routing)
        return noRouting();
    auto body = jsonObjectBody(call.request);
    if (!body)
        return fromError(body.error());
    for (const QString &field : {QStringLiteral("number"), QStringLiteral("reason")}) {
        if (!body->value(field).isString())
            return errorReply(400, QStringLiteral("invalid"),
                              body->contains(field) ? HttpText::expectedText() : HttpText::missing(), field);
    }
    if (Status s = m_routing->block(body->value(QStringLiteral("number")).toString(),
                                    body->value(QStringLiteral("reason")).toString(), call.actor);
        !s)
        return fromError(s.error());
    return json(201, QJsonObject{{QStringLiteral("blocked"), true}});
}

Reply HttpApi::Private::removeBlocked(Call &call)
{
    if (!m_routing)
        return noRouting();
    if (Status s = m_routing->unblock(call.params.value(0), call.actor); !s)
        return fromError(s.error());
    Reply r;
    r.status = 204;
    return r;
}

Result<HttpApi::Private::Counts> HttpApi::Private::counts()
{
    Counts c;
    store::SubjectRepository subjects(m_db);
    auto n = subjects.count();
    if (!n)
        return n.error();
    c.subjects = *n;
    auto events = m_devices.count();
    if (!events)
        return events.error();
    c.deviceEvents = *events;
    auto q = m_db.prepared(QStringLiteral("SELECT COUNT(*) FROM cases WHERE status = ?"));
    if (!q)
        return q.error();
    (*q)->addBindValue(enumKey(CaseStatus::Open));
    if (!(*q)->exec() || !(*q)->next())
        return store::sqlError(QStringLiteral("count open cases"), (*q)->lastError());
    c.casesOpen = (*q)->value(0).toLongLong();
    (*q)->finish();
    return c;
}

// Metrics show the center's volumes: for the people who supervise or audit it.
static bool mayReadMetrics(const Actor &a)
{
    return a.has(Role::Supervisor) || a.has(Role::Admin) || a.has(Role::Auditor);
}

Reply HttpApi::Private::metrics(Call &call)
{
    if (!mayReadMetrics(call.actor))
        return errorReply(403, QStringLiteral("forbidden"), HttpText::roleMayNot());
    auto c = counts();
    if (!c)
        return fromError(c.error());
    return json(200, QJsonObject{{QStringLiteral("subjects"), c->subjects},
                                 {QStringLiteral("casesOpen"), c->casesOpen},
                                 {QStringLiteral("deviceEvents"), c->deviceEvents},
                                 {QStringLiteral("uptimeSeconds"), m_uptime.elapsed() / 1000},
                                 {QStringLiteral("requestsServed"), m_served},
                                 {QStringLiteral("requestsRefused"), m_refused},
                                 {QStringLiteral("time"), timeText(QDateTime::currentDateTimeUtc())}});
}

Reply HttpApi::Private::prometheus(Call &call)
{
    if (!mayReadMetrics(call.actor))
        return errorReply(403, QStringLiteral("forbidden"), HttpText::roleMayNot());
    auto c = counts();
    if (!c)
        return fromError(c.error());
    QByteArray text;
    auto metric = [&text](const char *name, const char *type, const char *help, qint64 value) {
        text += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + ' ' + type + '\n' + name
                + ' ' + QByteArray::number(value) + '\n';
    };
    metric("safelink_subjects", "gauge", "Subjects on record.", c->subjects);
    metric("safelink_cases_open", "gauge", "Cases with status open.", c->casesOpen);
    metric("safelink_device_events_total", "counter", "Device events stored.", c->deviceEvents);
    metric("safelink_uptime_seconds", "gauge", "Seconds since the HTTP API started.",
           m_uptime.elapsed() / 1000);
    text += "# HELP safelink_http_requests_total HTTP requests answered, by outcome.\n"
            "# TYPE safelink_http_requests_total counter\n"
            "safelink_http_requests_total{outcome=\"ok\"} "
            + QByteArray::number(m_served - m_refused)
            + "\n"
              "safelink_http_requests_total{outcome=\"refused\"} "
            + QByteArray::number(m_refused) + '\n';
    Reply r;
    r.contentType = QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8");
    r.body = text;
    return r;
}

HttpApi::HttpApi(store::Database &db, AccountService &accounts, WriteService &writes, AuditLog &audit,
                 QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(db, accounts, writes, audit))
{
    d->m_server = new HttpServer(
        [this](const QHttpServerRequest &request, QTcpSocket *socket) { return d->handle(request, socket); },
        this);
    connect(&d->m_devices, &DeviceEvents::received, this, &HttpApi::deviceEvent);
}

HttpApi::~HttpApi()
{
    // The server's sockets call into d until they are gone.
    delete d->m_server;
}

Status HttpApi::listen(const QHostAddress &address, quint16 port)
{
    auto *tcp =
        new GuardedTcpServer(d->m_server, [this](int status, const QByteArray &method, QTcpSocket *socket) {
            return d->refuseEarly(status, method, socket);
        });
    if (!tcp->listen(address, port)) {
        const QString why = tcp->errorString();
        delete tcp;
        qCWarning(lcHttp) << "cannot listen on" << address << port << ":" << why;
        return makeError(ErrorCode::Io, HttpText::cannotListen(address.toString(), port, why));
    }
    d->m_server->bind(tcp);
    d->m_port = tcp->serverPort();
    qCInfo(lcHttp) << "HTTP API listening on" << address << d->m_port;
    return {};
}

quint16 HttpApi::port() const
{
    return d->m_port;
}

DeviceEvents &HttpApi::deviceEvents()
{
    return d->m_devices;
}

void HttpApi::setRouting(CallRouting *routing)
{
    d->m_routing = routing;
}

void HttpApi::setAlarms(AlarmService *alarms)
{
    d->m_alarms = alarms;
}

} // namespace safelink::hub

#include "httpapi.moc"
