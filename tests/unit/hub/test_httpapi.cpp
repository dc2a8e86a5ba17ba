// The hub's HTTP API over real HTTP on 127.0.0.1: a real HttpApi on a free port, a real SQLite file,
// accounts made through AccountService, requests sent by QNetworkAccessManager (and a raw socket
// for what QNetworkAccessManager will not send).
#include "samples.h"
#include "testutil.h"

#include <safelink/hub/accounts.h>
#include <safelink/hub/auditlog.h>
#include <safelink/hub/changefeed.h>
#include <safelink/hub/deviceevents.h>
#include <safelink/hub/httpapi.h>
#include <safelink/hub/writeservice.h>
#include <safelink/store/database.h>
#include <safelink/store/repositories.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

#include <algorithm>

#include <gtest/gtest.h>

using namespace safelink;
using namespace safelink::core;
using namespace safelink::hub;
using namespace safelink::test;

namespace {

const QString kPassword = QStringLiteral("Passw0rd!x");

struct Http {
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QHash<QByteArray, QByteArray> headers; // names in lower case

    QString errorCode() const
    {
        return json.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString();
    }
    QJsonValue errorField() const
    {
        return json.value(QLatin1String("error")).toObject().value(QLatin1String("field"));
    }
    QString errorMessage() const
    {
        return json.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
    }
};

using Headers = QList<QPair<QByteArray, QByteArray>>;

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class HttpApiTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto db =
            store::Database::open(store::DatabaseConfig{.path = m_dir.file(QStringLiteral("hub.sqlite"))});
        ASSERT_TRUE(db.ok());
        m_db = std::move(db).value();
        ASSERT_TRUE(m_db->migrate().ok());
        m_audit = std::make_unique<AuditLog>(*m_db);
        AccountPolicy policy;
        policy.maxFailedAttempts = 3;
        m_accounts = std::make_unique<AccountService>(*m_db, *m_audit, policy, [this] { return m_now; });
        m_writes = std::make_unique<WriteService>(*m_db, *m_audit);
        m_api = std::make_unique<HttpApi>(*m_db, *m_accounts, *m_writes, *m_audit);
        const Status listening = m_api->listen(QHostAddress::LocalHost, 0);
        ASSERT_TRUE(listening.ok()) << listening.error().toString().toStdString();
        ASSERT_NE(m_api->port(), 0);
        m_nam = std::make_unique<QNetworkAccessManager>();
    }

    QString base() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_api->port()); }

    Account makeAccount(const QString &login, Role role)
    {
        Account a;
        a.login = login;
        a.displayName = QStringLiteral("测试") + login;
        a.roles = {role};
        auto r = m_accounts->createAccount(a, kPassword, Actor::system(QStringLiteral("test")));
        EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().toString().toStdString());
        return r.valueOr(a);
    }

    Http send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
              const Headers &headers = {})
    {
        QNetworkRequest request(QUrl(base() + pathAndQuery));
        if (method == "POST")
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        QNetworkReply *reply = m_nam->sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished()) {
            EXPECT_TRUE(finished.wait(20000)) << method.constData() << ' ' << pathAndQuery.toStdString();
        }
        Http out;
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.body = reply->readAll();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            out.headers.insert(name.toLower(), value);
        out.json = QJsonDocument::fromJson(out.body).object();
        reply->deleteLater();
        return out;
    }

    static Headers bearer(const QString &token) { return {{"Authorization", "Bearer " + token.toLatin1()}}; }
    static Headers device(const QString &token) { return {{"Authorization", "Device " + token.toLatin1()}}; }

    Http get(const QString &path, const QString &token) { return send("GET", path, {}, bearer(token)); }

    QString signIn(const QString &login)
    {
        const Http r =
            send("POST", QStringLiteral("/api/v1/sessions"),
                 compact({{QStringLiteral("login"), login}, {QStringLiteral("password"), kPassword}}));
        EXPECT_EQ(r.status, 201) << r.body.constData();
        return r.json.value(QLatin1String("token")).toString();
    }

    QString agentToken()
    {
        m_agent = makeAccount(QStringLiteral("agent1"), Role::Agent);
        return signIn(QStringLiteral("agent1"));
    }

    Subject firstSubject() { return sampleSubject(); }

    Subject secondSubject()
    {
        Subject s = sampleSubject(QStringLiteral("李明"), QStringLiteral("13900001111"));
        s.meta.id = QStringLiteral("subject-2");
        s.birthDate = QDate(1940, 2, 3);
        s.residentId = ResidentId::parse(residentId(QStringLiteral("440104"), s.birthDate, 15)).value();
        s.sex = Sex::Male;
        s.phones = {
            ContactPhone{PhoneNumber::parse(QStringLiteral("13900001111")).value(), QStringLiteral("手机")}};
        s.contacts.clear();
        s.healthNotes = QStringLiteral("糖尿病");
        return s;
    }

    void addSubjects()
    {
        store::SubjectRepository repo(*m_db);
        ASSERT_TRUE(repo.insert(firstSubject()).ok());
        ASSERT_TRUE(repo.insert(secondSubject()).ok());
    }

    qint64 scalar(const QString &sql)
    {
        QSqlQuery q(m_db->connection());
        EXPECT_TRUE(q.exec(sql) && q.next()) << sql.toStdString();
        return q.value(0).toLongLong();
    }

    // A case as a desk would send it, in the record's JSON form.
    static QJsonObject caseJson(const QString &id)
    {
        CaseRecord c = sampleCase();
        c.meta = RecordMeta{id, 0, {}, {}};
        c.status = CaseStatus::Open;
        c.outcomeCode.clear();
        c.closedAt = {};
        c.priority = 2;
        return c.toCbor().toJsonObject();
    }

    Http postCase(const QString &token, const QByteArray &body, const QByteArray &key)
    {
        Headers h = bearer(token);
        if (!key.isEmpty())
            h.append({"Idempotency-Key", key});
        return send("POST", QStringLiteral("/api/v1/cases"), body, h);
    }

    QString issueDeviceToken()
    {
        store::DeviceRepository repo(*m_db);
        EXPECT_TRUE(repo.insert(sampleDevice()).ok());
        auto token = m_api->deviceEvents().issueToken(QStringLiteral("dev-1"));
        EXPECT_TRUE(token.ok());
        return token.valueOr(QString());
    }

    static QJsonObject sos(const QString &eventId, const QString &at)
    {
        return QJsonObject{
            {QStringLiteral("deviceId"), QStringLiteral("dev-1")},
            {QStringLiteral("eventId"), eventId},
            {QStringLiteral("type"), QStringLiteral("sos")},
            {QStringLiteral("at"), at},
            {QStringLiteral("position"), QJsonObject{{QStringLiteral("lat"), 23.1252},
                                                     {QStringLiteral("lon"), 113.2697},
                                                     {QStringLiteral("accuracy"), 12},
                                                     {QStringLiteral("source"), QStringLiteral("gps")}}},
            {QStringLiteral("battery"), 64}};
    }

    Http postEvent(const QString &token, const QByteArray &body)
    {
        return send("POST", QStringLiteral("/api/v1/device-events"), body, device(token));
    }

    // What a raw client gets back for bytes QNetworkAccessManager would not send.
    QByteArray rawExchange(const QList<QByteArray> &parts, const QByteArray &waitFor)
    {
        QTcpSocket socket;
        QSignalSpy connected(&socket, &QTcpSocket::connected);
        socket.connectToHost(QHostAddress::LocalHost, m_api->port());
        EXPECT_TRUE(connected.wait(5000));
        for (const QByteArray &part : parts) {
            socket.write(part);
            QTest::qWait(30); // the parts arrive as separate reads
        }
        QByteArray got;
        EXPECT_TRUE(QTest::qWaitFor(
            [&] {
                got += socket.readAll();
                return got.count(waitFor) > 0 && got.endsWith('}');
            },
            15000));
        return got;
    }

    TempDir m_dir;
    QDateTime m_now = QDateTime::currentDateTimeUtc();
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<WriteService> m_writes;
    std::unique_ptr<HttpApi> m_api;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    Account m_agent;
};

TEST_F(HttpApiTest, HealthNeedsNoSession)
{
    const Http r = send("GET", QStringLiteral("/api/v1/health"));
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(r.headers.value("content-type"), "application/json");
    EXPECT_EQ(r.json.value(QLatin1String("status")).toString(), QStringLiteral("ok"));
    EXPECT_EQ(r.json.value(QLatin1String("schemaVersion")).toInt(), store::Database::latestSchemaVersion());
    EXPECT_EQ(r.json.value(QLatin1String("version")).toString(), QStringLiteral(SAFELINK_VERSION));
    EXPECT_TRUE(
        QDateTime::fromString(r.json.value(QLatin1String("time")).toString(), Qt::ISODateWithMs).isValid());
}

TEST_F(HttpApiTest, RefusesRequestsWithoutAValidSession)
{
    addSubjects();
    const QString path = QStringLiteral("/api/v1/subjects/") + firstSubject().meta.id;

    const Http none = send("GET", path);
    EXPECT_EQ(none.status, 401);
    EXPECT_EQ(none.errorCode(), QStringLiteral("unauthenticated"));
    EXPECT_FALSE(none.errorMessage().isEmpty());
    EXPECT_TRUE(none.headers.value("www-authenticate").startsWith("Bearer"))
        << none.headers.value("www-authenticate").constData();

    const Http bad = get(path, QStringLiteral("not-a-token"));
    EXPECT_EQ(bad.status, 401);
    EXPECT_TRUE(bad.headers.value("www-authenticate").contains("invalid_token"));

    const QString token = agentToken();
    const Http otherScheme = send("GET", path, {}, {{"Authorization", "Basic " + token.toLatin1()}});
    EXPECT_EQ(otherScheme.status, 401);
    EXPECT_EQ(get(path, token).status, 200);

    m_now = m_now.addSecs(31 * 60); // idle longer than the policy allows
    const Http expired = get(path, token);
    EXPECT_EQ(expired.status, 401);
    EXPECT_EQ(expired.errorCode(), QStringLiteral("unauthenticated"));
    // Nothing was read for the refused requests.
    auto reads = m_audit->query({}, firstSubject().meta.id);
    ASSERT_TRUE(reads.ok());
    EXPECT_EQ(std::count_if(reads->begin(), reads->end(),
                            [](const AuditEntry &e) { return e.action == QLatin1String("read"); }),
              1);
}

TEST_F(HttpApiTest, SignsInAndOut)
{
    const Account a = makeAccount(QStringLiteral("agent1"), Role::Agent);
    const Http wrong = send("POST", QStringLiteral("/api/v1/sessions"),
                            compact({{QStringLiteral("login"), QStringLiteral("agent1")},
                                     {QStringLiteral("password"), QStringLiteral("wrong-1234")}}));
    EXPECT_EQ(wrong.status, 401);
    EXPECT_EQ(wrong.errorCode(), QStringLiteral("unauthenticated"));

    const Http missing = send("POST", QStringLiteral("/api/v1/sessions"),
                              compact({{QStringLiteral("login"), QStringLiteral("agent1")}}));
    EXPECT_EQ(missing.status, 400);
    EXPECT_EQ(missing.errorField().toString(), QStringLiteral("password"));

    const Http ok = send("POST", QStringLiteral("/api/v1/sessions"),
                         compact({{QStringLiteral("login"), QStringLiteral("agent1")},
                                  {QStringLiteral("password"), kPassword}}));
    ASSERT_EQ(ok.status, 201) << ok.body.constData();
    const QString token = ok.json.value(QLatin1String("token")).toString();
    EXPECT_FALSE(token.isEmpty());
    EXPECT_EQ(ok.json.value(QLatin1String("roles")).toArray(), QJsonArray{QStringLiteral("agent")});
    EXPECT_EQ(ok.json.value(QLatin1String("accountId")).toString(), a.meta.id);
    EXPECT_GT(QDateTime::fromString(ok.json.value(QLatin1String("expiresAt")).toString(), Qt::ISODateWithMs),
              m_now);
    EXPECT_EQ(ok.headers.value("cache-control"), "no-store");

    const Http out = send("DELETE", QStringLiteral("/api/v1/sessions/current"), {}, bearer(token));
    EXPECT_EQ(out.status, 204);
    EXPECT_EQ(get(QStringLiteral("/api/v1/subjects"), token).status, 401);
}

TEST_F(HttpApiTest, LockedSignInIsTooManyRequests)
{
    makeAccount(QStringLiteral("agent1"), Role::Agent);
    const QByteArray wrong = compact({{QStringLiteral("login"), QStringLiteral("agent1")},
                                      {QStringLiteral("password"), QStringLiteral("wrong-1234")}});
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(send("POST", QStringLiteral("/api/v1/sessions"), wrong).status, 401);
    const Http locked = send("POST", QStringLiteral("/api/v1/sessions"),
                             compact({{QStringLiteral("login"), QStringLiteral("agent1")},
                                      {QStringLiteral("password"), kPassword}}));
    EXPECT_EQ(locked.status, 429);
    EXPECT_EQ(locked.errorCode(), QStringLiteral("locked"));
}

TEST_F(HttpApiTest, ReadsASubjectAndAuditsTheRead)
{
    addSubjects();
    const QString token = agentToken();
    const Subject s = firstSubject();
    const Http r = get(QStringLiteral("/api/v1/subjects/") + s.meta.id, token);
    ASSERT_EQ(r.status, 200) << r.body.constData();
    EXPECT_EQ(r.json.value(QLatin1String("name")).toString(), QStringLiteral("陈桂英"));
    EXPECT_EQ(r.json.value(QLatin1String("healthNotes")).toString(), s.healthNotes);
    // The JSON is the record's own form: it decodes back to the same record.
    auto back = Subject::fromCbor(QCborValue::fromJsonValue(r.json));
    ASSERT_TRUE(back.ok()) << back.error().toString().toStdString();
    EXPECT_EQ(back->name, s.name);
    EXPECT_EQ(back->contacts, s.contacts);

    auto audit = m_audit->query(m_agent.meta.id, s.meta.id);
    ASSERT_TRUE(audit.ok());
    ASSERT_EQ(audit->size(), 1);
    EXPECT_EQ(audit->first().action, QStringLiteral("read"));
    EXPECT_EQ(audit->first().kind, QStringLiteral("subject"));
    EXPECT_TRUE(audit->first().address.startsWith(QLatin1String("127.0.0.1:")));

    const Http missing = get(QStringLiteral("/api/v1/subjects/no-such-person"), token);
    EXPECT_EQ(missing.status, 404);
    EXPECT_EQ(missing.errorCode(), QStringLiteral("not-found"));
}

TEST_F(HttpApiTest, SearchesSubjectsInChinese)
{
    addSubjects();
    const QString token = agentToken();
    auto search = [&](const QString &q, const QString &limit = {}) {
        QUrlQuery query;
        if (!q.isNull())
            query.addQueryItem(QStringLiteral("q"), q);
        if (!limit.isEmpty())
            query.addQueryItem(QStringLiteral("limit"), limit);
        return get(QStringLiteral("/api/v1/subjects?") + query.toString(QUrl::FullyEncoded), token);
    };
    const Http chen = search(QStringLiteral("陈桂英"));
    ASSERT_EQ(chen.status, 200) << chen.body.constData();
    const QJsonArray items = chen.json.value(QLatin1String("items")).toArray();
    ASSERT_EQ(items.size(), 1);
    EXPECT_EQ(items.first().toObject().value(QLatin1String("id")).toString(), firstSubject().meta.id);

    const Http diabetes = search(QStringLiteral("糖尿病"));
    ASSERT_EQ(diabetes.json.value(QLatin1String("items")).toArray().size(), 1);
    EXPECT_EQ(diabetes.json.value(QLatin1String("items"))
                  .toArray()
                  .first()
                  .toObject()
                  .value(QLatin1String("name"))
                  .toString(),
              QStringLiteral("李明"));

    EXPECT_EQ(search(QString()).json.value(QLatin1String("items")).toArray().size(), 2);
    EXPECT_EQ(search(QString(), QStringLiteral("1")).json.value(QLatin1String("items")).toArray().size(), 1);
    const Http badLimit = search(QString(), QStringLiteral("0"));
    EXPECT_EQ(badLimit.status, 400);
    EXPECT_EQ(badLimit.errorField().toString(), QStringLiteral("limit"));

    // Every person a search returned was read.
    auto audit = m_audit->query(m_agent.meta.id, QStringLiteral("subject-2"));
    ASSERT_TRUE(audit.ok());
    EXPECT_GE(audit->size(), 2);
}

TEST_F(HttpApiTest, FindsSubjectsByPhone)
{
    addSubjects();
    const QString token = agentToken();
    auto byPhone = [&](const QString &number) {
        return get(QStringLiteral("/api/v1/subjects/by-phone/")
                       + QString::fromLatin1(QUrl::toPercentEncoding(number)),
                   token);
    };
    const Http own = byPhone(QStringLiteral("138-0222-3344"));
    ASSERT_EQ(own.status, 200) << own.body.constData();
    EXPECT_EQ(own.json.value(QLatin1String("number")).toString(), QStringLiteral("+8613802223344"));
    QJsonArray items = own.json.value(QLatin1String("items")).toArray();
    ASSERT_EQ(items.size(), 1);
    EXPECT_EQ(items.first().toObject().value(QLatin1String("match")).toString(), QStringLiteral("own"));
    EXPECT_EQ(items.first()
                  .toObject()
                  .value(QLatin1String("subject"))
                  .toObject()
                  .value(QLatin1String("name"))
                  .toString(),
              QStringLiteral("陈桂英"));

    const Http contact = byPhone(QStringLiteral("+86 139 1111 2222")); // the daughter's mobile
    items = contact.json.value(QLatin1String("items")).toArray();
    ASSERT_EQ(items.size(), 1);
    EXPECT_EQ(items.first().toObject().value(QLatin1String("match")).toString(), QStringLiteral("contact"));

    const Http local = byPhone(QStringLiteral("83001234")); // the center's area code is assumed
    EXPECT_EQ(local.json.value(QLatin1String("items")).toArray().size(), 1);

    const Http nobody = byPhone(QStringLiteral("13700000000"));
    EXPECT_EQ(nobody.status, 200);
    EXPECT_TRUE(nobody.json.value(QLatin1String("items")).toArray().isEmpty());

    const Http bad = byPhone(QStringLiteral("abc"));
    EXPECT_EQ(bad.status, 400);
    EXPECT_EQ(bad.errorField().toString(), QStringLiteral("number"));
}

TEST_F(HttpApiTest, CreatesACaseOnceForAnIdempotencyKey)
{
    const QString token = agentToken();
    const QByteArray body = compact(caseJson(QStringLiteral("case-http-1")));
    const Http created = postCase(token, body, "key-1");
    ASSERT_EQ(created.status, 201) << created.body.constData();
    EXPECT_EQ(created.json.value(QLatin1String("id")).toString(), QStringLiteral("case-http-1"));
    EXPECT_EQ(created.json.value(QLatin1String("version")).toInt(), 1);
    const qint64 seq = created.json.value(QLatin1String("seq")).toInteger();
    EXPECT_GT(seq, 0);
    EXPECT_EQ(created.headers.value("location"), "/api/v1/cases/case-http-1");

    const Http again = postCase(token, body, "key-1");
    EXPECT_EQ(again.status, 200);
    EXPECT_TRUE(again.json.value(QLatin1String("duplicate")).toBool());
    EXPECT_EQ(again.json.value(QLatin1String("seq")).toInteger(), seq);
    auto feed = ChangeFeed(*m_db).since(0, 100);
    ASSERT_TRUE(feed.ok());
    EXPECT_EQ(feed->size(), 1);

    // Whole numbers came through JSON as numbers and are integers in the stored record again.
    auto stored = m_writes->current(RecordKind::Case, QStringLiteral("case-http-1"));
    ASSERT_TRUE(stored.ok());
    EXPECT_TRUE(stored->value(QStringLiteral("priority")).isInteger());
    auto record = CaseRecord::fromCbor(*stored);
    ASSERT_TRUE(record.ok());
    EXPECT_EQ(record->priority, 2);
    EXPECT_EQ(record->meta.updatedBy, m_agent.meta.id);

    const Http read = get(QStringLiteral("/api/v1/cases/case-http-1"), token);
    ASSERT_EQ(read.status, 200);
    EXPECT_EQ(read.json.value(QLatin1String("summary")).toString(), sampleCase().summary);
    EXPECT_EQ(get(QStringLiteral("/api/v1/cases/none"), token).status, 404);

    // The same key for another record is a client bug, not a replay.
    const Http reused = postCase(token, compact(caseJson(QStringLiteral("case-http-2"))), "key-1");
    EXPECT_EQ(reused.status, 422);

    // Without an id the hub makes one.
    QJsonObject noId = caseJson(QString());
    noId.remove(QStringLiteral("id"));
    const Http made = postCase(token, compact(noId), "key-2");
    ASSERT_EQ(made.status, 201) << made.body.constData();
    EXPECT_EQ(made.json.value(QLatin1String("id")).toString().size(), 36);

    const Http list =
        get(QStringLiteral("/api/v1/cases?status=open&subjectId=") + sampleCase().subjectId, token);
    ASSERT_EQ(list.status, 200) << list.body.constData();
    EXPECT_EQ(list.json.value(QLatin1String("items")).toArray().size(), 2);
    EXPECT_EQ(get(QStringLiteral("/api/v1/cases?status=closed"), token)
                  .json.value(QLatin1String("items"))
                  .toArray()
                  .size(),
              0);
    const Http badStatus = get(QStringLiteral("/api/v1/cases?status=done"), token);
    EXPECT_EQ(badStatus.status, 400);
    EXPECT_EQ(badStatus.errorField().toString(), QStringLiteral("status"));
}

TEST_F(HttpApiTest, ConflictAnswersWithTheCurrentRecord)
{
    const QString token = agentToken();
    const QByteArray body = compact(caseJson(QStringLiteral("case-http-1")));
    ASSERT_EQ(postCase(token, body, "key-1").status, 201);
    const Http conflict = postCase(token, body, "key-2");
    EXPECT_EQ(conflict.status, 409);
    EXPECT_EQ(conflict.errorCode(), QStringLiteral("conflict"));
    EXPECT_EQ(
        conflict.json.value(QLatin1String("current")).toObject().value(QLatin1String("version")).toInt(), 1);
}

TEST_F(HttpApiTest, AuditorMayNotCreateCases)
{
    makeAccount(QStringLiteral("auditor1"), Role::Auditor);
    const QString token = signIn(QStringLiteral("auditor1"));
    const Http r = postCase(token, compact(caseJson(QStringLiteral("case-http-1"))), "key-1");
    EXPECT_EQ(r.status, 403);
    EXPECT_EQ(r.errorCode(), QStringLiteral("forbidden"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM cases")), 0);
    // An auditor reads.
    EXPECT_EQ(get(QStringLiteral("/api/v1/cases"), token).status, 200);
}

TEST_F(HttpApiTest, RefusesInvalidCaseBodiesNamingTheField)
{
    const QString token = agentToken();
    auto with = [](const QString &key, const QJsonValue &value) {
        QJsonObject o = caseJson(QStringLiteral("case-bad"));
        if (value.isUndefined())
            o.remove(key);
        else
            o.insert(key, value);
        return compact(o);
    };
    struct Bad {
        const char *what;
        QByteArray body;
        QJsonValue field; // null: about the whole body
    };
    const QList<Bad> bad{
        {"not JSON", "{\"id\": ", QJsonValue()},
        {"an array", "[1, 2]", QJsonValue()},
        {"a string", "\"case\"", QJsonValue()},
        {"priority as text", with(QStringLiteral("priority"), QStringLiteral("high")),
         QStringLiteral("priority")},
        {"priority not whole", with(QStringLiteral("priority"), 2.5), QStringLiteral("priority")},
        {"priority out of range", with(QStringLiteral("priority"), 9), QStringLiteral("priority")},
        {"no openedAt", with(QStringLiteral("openedAt"), QJsonValue(QJsonValue::Undefined)),
         QStringLiteral("openedAt")},
        {"bad openedAt", with(QStringLiteral("openedAt"), QStringLiteral("yesterday")),
         QStringLiteral("openedAt")},
        {"unknown type", with(QStringLiteral("type"), QStringLiteral("party")), QStringLiteral("type")},
        {"steps not a list", with(QStringLiteral("steps"), QStringLiteral("x")), QStringLiteral("steps")},
        {"id a number", with(QStringLiteral("id"), 7), QStringLiteral("id")},
    };
    int key = 0;
    for (const Bad &b : bad) {
        const Http r = postCase(token, b.body, "bad-" + QByteArray::number(++key));
        EXPECT_EQ(r.status, 400) << b.what << ": " << r.body.constData();
        EXPECT_EQ(r.errorCode(), QStringLiteral("invalid")) << b.what;
        EXPECT_EQ(r.errorField(), b.field) << b.what << ": " << r.body.constData();
        EXPECT_FALSE(r.errorMessage().isEmpty()) << b.what;
    }
    const Http noKey = postCase(token, compact(caseJson(QStringLiteral("case-ok"))), {});
    EXPECT_EQ(noKey.status, 400);
    EXPECT_EQ(noKey.errorField().toString(), QStringLiteral("Idempotency-Key"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM cases")), 0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM changes")), 0);
}

TEST_F(HttpApiTest, UnknownPathsAndWrongMethods)
{
    const QString token = agentToken();
    const Http unknown = get(QStringLiteral("/api/v1/nothing-here"), token);
    EXPECT_EQ(unknown.status, 404);
    EXPECT_EQ(unknown.errorCode(), QStringLiteral("not-found"));
    EXPECT_EQ(unknown.headers.value("content-type"), "application/json");
    EXPECT_EQ(send("GET", QStringLiteral("/")).status, 404);

    const Http put = send("PUT", QStringLiteral("/api/v1/subjects"), "{}", bearer(token));
    EXPECT_EQ(put.status, 405);
    EXPECT_EQ(put.errorCode(), QStringLiteral("method-not-allowed"));
    EXPECT_EQ(put.headers.value("allow"), "GET");
    const Http del = send("DELETE", QStringLiteral("/api/v1/cases"), {}, bearer(token));
    EXPECT_EQ(del.status, 405);
    EXPECT_EQ(del.headers.value("allow"), "GET, POST");
    EXPECT_EQ(send("POST", QStringLiteral("/api/v1/health"), "{}").status, 405);
}

TEST_F(HttpApiTest, RefusesBodiesOverOneMebibyte)
{
    const QString token = agentToken();
    const QByteArray tooLarge(HttpApi::kMaxBodyBytes + 1, ' ');
    const Http r = postCase(token, tooLarge, "key-big");
    EXPECT_EQ(r.status, 413) << r.body.constData();
    EXPECT_EQ(r.errorCode(), QStringLiteral("too-large"));

    const QString deviceToken = issueDeviceToken();
    EXPECT_EQ(postEvent(deviceToken, QByteArray(2 * HttpApi::kMaxBodyBytes, 'x')).status, 413);

    // At the limit the body is read (and judged on what it says).
    QByteArray atLimit(HttpApi::kMaxBodyBytes, ' ');
    atLimit[0] = '{';
    atLimit[atLimit.size() - 1] = '}';
    const Http read = postCase(token, atLimit, "key-limit");
    EXPECT_EQ(read.status, 400);
    EXPECT_EQ(read.errorField().toString(), QStringLiteral("openedAt"));
    EXPECT_EQ(send("GET", QStringLiteral("/api/v1/health")).status, 200);
}

TEST_F(HttpApiTest, GuardRefusesLargeChunkedBodiesAndHeadsButKeepsSplitAndPipelinedRequests)
{
    QList<QByteArray> chunked{
        "POST /api/v1/device-events HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"};
    const QByteArray chunk(64 * 1024, 'x');
    for (int i = 0; i < 24; ++i)
        chunked.append(QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n");
    chunked.append("0\r\n\r\n");
    const QByteArray refused = rawExchange(chunked, "too-large");
    EXPECT_TRUE(refused.startsWith("HTTP/1.1 413")) << refused.left(200).constData();

    const QByteArray head = "GET /api/v1/health HTTP/1.1\r\nHost: x\r\nX-Padding: "
                            + QByteArray(HttpApi::kMaxHeadBytes + 10, 'a') + "\r\n\r\n";
    const QByteArray tooLong = rawExchange({head}, "too-large");
    EXPECT_TRUE(tooLong.startsWith("HTTP/1.1 431")) << tooLong.left(200).constData();

    const QByteArray split =
        rawExchange({"GET /api/v1/he", "alth HTTP/1.1\r\nHo", "st: x\r\n", "\r\n"}, "\"ok\"");
    EXPECT_TRUE(split.startsWith("HTTP/1.1 200")) << split.left(200).constData();

    const QByteArray twice = "GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n";
    QByteArray pipelined;
    QTcpSocket socket;
    QSignalSpy connected(&socket, &QTcpSocket::connected);
    socket.connectToHost(QHostAddress::LocalHost, m_api->port());
    ASSERT_TRUE(connected.wait(5000));
    socket.write(twice + twice);
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            pipelined += socket.readAll();
            return pipelined.count("HTTP/1.1 200") == 2 && pipelined.endsWith('}');
        },
        10000));
    EXPECT_EQ(pipelined.count("HTTP/1.1 200"), 2) << pipelined.constData();

    // An answer to HEAD has no body, so the answer after it is read right.
    QByteArray afterHead;
    socket.write("HEAD /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n" + twice);
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            afterHead += socket.readAll();
            return afterHead.contains("HTTP/1.1 200") && afterHead.endsWith('}');
        },
        10000));
    EXPECT_TRUE(afterHead.startsWith("HTTP/1.1 405")) << afterHead.constData();
    EXPECT_TRUE(afterHead.contains("\r\n\r\nHTTP/1.1 200")) << afterHead.constData();
}

TEST_F(HttpApiTest, AcceptsAnSosWithGpsAndStoresIt)
{
    const QString token = issueDeviceToken();
    ASSERT_FALSE(token.isEmpty());
    QSignalSpy events(m_api.get(), &HttpApi::deviceEvent);
    const QByteArray body = compact(sos(QStringLiteral("e-1"), QStringLiteral("2026-11-23T08:15:30+08:00")));
    const Http r = postEvent(token, body);
    ASSERT_EQ(r.status, 202) << r.body.constData();
    const qint64 seq = r.json.value(QLatin1String("seq")).toInteger();
    EXPECT_GT(seq, 0);

    ASSERT_EQ(events.count(), 1);
    const auto e = events.first().first().value<DeviceEvent>();
    EXPECT_EQ(e.seq, seq);
    EXPECT_EQ(e.deviceId, QStringLiteral("dev-1"));
    EXPECT_EQ(e.type, DeviceEventType::Sos);
    EXPECT_EQ(e.deviceTime, QDateTime(QDate(2026, 11, 23), QTime(0, 15, 30), Qt::UTC));
    ASSERT_TRUE(e.position.has_value());
    EXPECT_DOUBLE_EQ(e.position->latitude, 23.1252);
    EXPECT_DOUBLE_EQ(e.position->accuracyMeters, 12);
    EXPECT_EQ(e.positionSource, PositionSource::Gps);
    EXPECT_EQ(e.battery, 64);

    QSqlQuery q(m_db->connection());
    ASSERT_TRUE(
        q.exec(QStringLiteral("SELECT device_id, event_id, type, device_time, body FROM device_events")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("dev-1"));
    EXPECT_EQ(q.value(1).toString(), QStringLiteral("e-1"));
    EXPECT_EQ(q.value(2).toString(), QStringLiteral("sos"));
    EXPECT_EQ(q.value(3).toString(), QStringLiteral("2026-11-23T00:15:30.000Z"));
    EXPECT_EQ(q.value(4).toByteArray(), body);
    EXPECT_FALSE(q.next());

    // Sent again (the terminal did not get the answer): stored once, announced once.
    const Http again = postEvent(token, body);
    EXPECT_EQ(again.status, 200);
    EXPECT_TRUE(again.json.value(QLatin1String("duplicate")).toBool());
    EXPECT_EQ(again.json.value(QLatin1String("seq")).toInteger(), seq);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM device_events")), 1);
    EXPECT_EQ(events.count(), 1);

    // A body without deviceId, position or battery is fine: the token says which device.
    const Http minimal =
        postEvent(token, compact({{QStringLiteral("eventId"), QStringLiteral("hb-1")},
                                  {QStringLiteral("type"), QStringLiteral("heartbeat")},
                                  {QStringLiteral("at"), QStringLiteral("2026-11-23T00:20:00Z")}}));
    EXPECT_EQ(minimal.status, 202) << minimal.body.constData();
}

TEST_F(HttpApiTest, ListsEventsInDeviceTimeOrder)
{
    const QString deviceToken = issueDeviceToken();
    const QString token = agentToken();
    ASSERT_EQ(postEvent(deviceToken,
                        compact(sos(QStringLiteral("e-1"), QStringLiteral("2026-11-23T08:15:30+08:00"))))
                  .status,
              202);
    ASSERT_EQ(postEvent(deviceToken,
                        compact(sos(QStringLiteral("e-2"), QStringLiteral("2026-11-23T08:20:00+08:00"))))
                  .status,
              202);
    // Older by the device's clock, but it arrives last (it was queued while the terminal had no signal).
    ASSERT_EQ(
        postEvent(deviceToken, compact(sos(QStringLiteral("e-3"), QStringLiteral("2026-11-23T00:10:00Z"))))
            .status,
        202);

    const Http all = get(QStringLiteral("/api/v1/devices/dev-1/events"), token);
    ASSERT_EQ(all.status, 200) << all.body.constData();
    QStringList order;
    QList<qint64> seqs;
    for (const QJsonValue &v : all.json.value(QLatin1String("items")).toArray()) {
        order.append(v.toObject().value(QLatin1String("eventId")).toString());
        seqs.append(v.toObject().value(QLatin1String("seq")).toInteger());
    }
    EXPECT_EQ(order, (QStringList{QStringLiteral("e-3"), QStringLiteral("e-1"), QStringLiteral("e-2")}));
    EXPECT_GT(seqs.first(), seqs.last()); // arrival order differs
    const QJsonObject first = all.json.value(QLatin1String("items")).toArray().first().toObject();
    EXPECT_EQ(first.value(QLatin1String("at")).toString(), QStringLiteral("2026-11-23T00:10:00.000Z"));
    EXPECT_EQ(first.value(QLatin1String("position")).toObject().value(QLatin1String("source")).toString(),
              QStringLiteral("gps"));

    const Http newest = get(QStringLiteral("/api/v1/devices/dev-1/events?limit=2"), token);
    QStringList newestOrder;
    for (const QJsonValue &v : newest.json.value(QLatin1String("items")).toArray())
        newestOrder.append(v.toObject().value(QLatin1String("eventId")).toString());
    EXPECT_EQ(newestOrder, (QStringList{QStringLiteral("e-1"), QStringLiteral("e-2")}));

    EXPECT_EQ(get(QStringLiteral("/api/v1/devices/dev-unknown/events"), token).status, 404);
    // Positions are personal data: the listing was audited.
    auto audit = m_audit->query(m_agent.meta.id, QStringLiteral("dev-1"));
    ASSERT_TRUE(audit.ok());
    EXPECT_FALSE(audit->isEmpty());
}

TEST_F(HttpApiTest, RefusesBadDeviceEventsAndStoresNothing)
{
    const QString token = issueDeviceToken();
    QSignalSpy events(m_api.get(), &HttpApi::deviceEvent);
    auto with = [](const QString &key, const QJsonValue &value) {
        QJsonObject o = sos(QStringLiteral("e-bad"), QStringLiteral("2026-11-23T08:15:30+08:00"));
        if (value.isUndefined())
            o.remove(key);
        else
            o.insert(key, value);
        return compact(o);
    };
    auto position = [&](const QString &key, const QJsonValue &value) {
        QJsonObject p = sos(QString(), QString()).value(QLatin1String("position")).toObject();
        if (value.isUndefined())
            p.remove(key);
        else
            p.insert(key, value);
        return with(QStringLiteral("position"), p);
    };
    const QJsonValue undefined(QJsonValue::Undefined);
    struct Bad {
        const char *what;
        QByteArray body;
        QString field;
    };
    const QList<Bad> bad{
        {"not JSON", "sos!", QString()},
        {"an array", "[]", QString()},
        {"unknown type", with(QStringLiteral("type"), QStringLiteral("explode")), QStringLiteral("type")},
        {"type a number", with(QStringLiteral("type"), 1), QStringLiteral("type")},
        {"no type", with(QStringLiteral("type"), undefined), QStringLiteral("type")},
        {"no eventId", with(QStringLiteral("eventId"), undefined), QStringLiteral("eventId")},
        {"eventId a number", with(QStringLiteral("eventId"), 42), QStringLiteral("eventId")},
        {"empty eventId", with(QStringLiteral("eventId"), QString()), QStringLiteral("eventId")},
        {"no time", with(QStringLiteral("at"), undefined), QStringLiteral("at")},
        {"bad time", with(QStringLiteral("at"), QStringLiteral("yesterday")), QStringLiteral("at")},
        {"time without zone", with(QStringLiteral("at"), QStringLiteral("2026-11-23T08:15:30")),
         QStringLiteral("at")},
        {"time a number", with(QStringLiteral("at"), 1763856930), QStringLiteral("at")},
        {"position text", with(QStringLiteral("position"), QStringLiteral("here")),
         QStringLiteral("position")},
        {"lat out of range", position(QStringLiteral("lat"), 91), QStringLiteral("position.lat")},
        {"lat text", position(QStringLiteral("lat"), QStringLiteral("23.1")), QStringLiteral("position.lat")},
        {"no lon", position(QStringLiteral("lon"), undefined), QStringLiteral("position.lon")},
        {"lon out of range", position(QStringLiteral("lon"), -181), QStringLiteral("position.lon")},
        {"negative accuracy", position(QStringLiteral("accuracy"), -1), QStringLiteral("position.accuracy")},
        {"unknown source", position(QStringLiteral("source"), QStringLiteral("wifi")),
         QStringLiteral("position.source")},
        {"battery over 100", with(QStringLiteral("battery"), 101), QStringLiteral("battery")},
        {"battery negative", with(QStringLiteral("battery"), -1), QStringLiteral("battery")},
        {"battery not whole", with(QStringLiteral("battery"), 50.5), QStringLiteral("battery")},
        {"battery text", with(QStringLiteral("battery"), QStringLiteral("64")), QStringLiteral("battery")},
        {"deviceId a number", with(QStringLiteral("deviceId"), 1), QStringLiteral("deviceId")},
    };
    for (const Bad &b : bad) {
        const Http r = postEvent(token, b.body);
        EXPECT_EQ(r.status, 400) << b.what << ": " << r.body.constData();
        EXPECT_EQ(r.errorCode(), QStringLiteral("invalid")) << b.what;
        if (b.field.isEmpty())
            EXPECT_TRUE(r.errorField().isNull()) << b.what << ": " << r.body.constData();
        else
            EXPECT_EQ(r.errorField().toString(), b.field) << b.what << ": " << r.body.constData();
    }
    const Http other = postEvent(token, with(QStringLiteral("deviceId"), QStringLiteral("dev-2")));
    EXPECT_EQ(other.status, 403);
    EXPECT_EQ(other.errorField().toString(), QStringLiteral("deviceId"));

    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM device_events")), 0);
    EXPECT_EQ(events.count(), 0);
}

TEST_F(HttpApiTest, RefusesUnknownDeviceTokens)
{
    const QString token = issueDeviceToken();
    const QByteArray body = compact(sos(QStringLiteral("e-1"), QStringLiteral("2026-11-23T08:15:30+08:00")));
    const Http unknown = postEvent(QStringLiteral("not-a-device-token"), body);
    EXPECT_EQ(unknown.status, 401);
    EXPECT_EQ(unknown.errorCode(), QStringLiteral("unauthenticated"));
    EXPECT_TRUE(unknown.headers.value("www-authenticate").startsWith("Device"));
    EXPECT_EQ(send("POST", QStringLiteral("/api/v1/device-events"), body).status, 401);
    // An account's session is not a device's token.
    const QString session = agentToken();
    EXPECT_EQ(send("POST", QStringLiteral("/api/v1/device-events"), body, bearer(session)).status, 401);
    EXPECT_EQ(send("POST", QStringLiteral("/api/v1/device-events"), body, device(session)).status, 401);

    ASSERT_TRUE(m_api->deviceEvents().revokeToken(QStringLiteral("dev-1")).ok());
    EXPECT_EQ(postEvent(token, body).status, 401);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM device_events")), 0);
    // Only hashes are kept, and only devices on record get tokens.
    EXPECT_FALSE(m_api->deviceEvents().issueToken(QStringLiteral("dev-unknown")).ok());
    const QString fresh = m_api->deviceEvents().issueToken(QStringLiteral("dev-1")).valueOr(QString());
    QSqlQuery q(m_db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT token_hash FROM device_tokens")) && q.next());
    EXPECT_NE(q.value(0).toString(), fresh);
    EXPECT_EQ(q.value(0).toString().size(), 64);
    EXPECT_EQ(postEvent(fresh, body).status, 202);
}

TEST_F(HttpApiTest, MetricsForSupervisorsOnly)
{
    addSubjects();
    const QString agent = agentToken();
    const QString deviceToken = issueDeviceToken();
    ASSERT_EQ(postEvent(deviceToken,
                        compact(sos(QStringLiteral("e-1"), QStringLiteral("2026-11-23T08:15:30+08:00"))))
                  .status,
              202);
    ASSERT_EQ(postCase(agent, compact(caseJson(QStringLiteral("case-http-1"))), "key-1").status, 201);
    EXPECT_EQ(get(QStringLiteral("/api/v1/metrics"), agent).status, 403);

    makeAccount(QStringLiteral("super1"), Role::Supervisor);
    const QString supervisor = signIn(QStringLiteral("super1"));
    const Http m = get(QStringLiteral("/api/v1/metrics"), supervisor);
    ASSERT_EQ(m.status, 200) << m.body.constData();
    EXPECT_EQ(m.json.value(QLatin1String("subjects")).toInt(), 2);
    EXPECT_EQ(m.json.value(QLatin1String("casesOpen")).toInt(), 1);
    EXPECT_EQ(m.json.value(QLatin1String("deviceEvents")).toInt(), 1);
    EXPECT_GE(m.json.value(QLatin1String("uptimeSeconds")).toInt(), 0);
    EXPECT_GE(m.json.value(QLatin1String("requestsServed")).toInt(), 6);
    EXPECT_GE(m.json.value(QLatin1String("requestsRefused")).toInt(), 1);

    const Http text = get(QStringLiteral("/metrics"), supervisor);
    ASSERT_EQ(text.status, 200);
    EXPECT_TRUE(text.headers.value("content-type").startsWith("text/plain"));
    EXPECT_TRUE(text.body.contains("\nsafelink_subjects 2\n")) << text.body.constData();
    EXPECT_TRUE(text.body.contains("safelink_cases_open 1\n"));
    EXPECT_TRUE(text.body.contains("safelink_http_requests_total{outcome=\"refused\"}"));
}
