// The HTTP API of a real `safelink-hub serve`: health, sign-in, and a terminal's SOS event
// authenticated with a token issued by `safelink-hub device-token`.
#include "hubprocess.h"

#include <safelink/store/database.h>
#include <safelink/store/repositories.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTest>

#include <gtest/gtest.h>

using namespace safelink;
using namespace safelink::test;

namespace {

struct Reply {
    int status = 0;
    QJsonObject body;
};

Reply request(QNetworkAccessManager &net, const QString &method, const QUrl &url, const QByteArray &auth = {},
              const QJsonObject &body = {})
{
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (!auth.isEmpty())
        req.setRawHeader("Authorization", auth);
    QNetworkReply *r = net.sendCustomRequest(req, method.toLatin1(),
                                             body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson());
    EXPECT_TRUE(QTest::qWaitFor([r] { return r->isFinished(); }, 10000));
    Reply out{r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
              QJsonDocument::fromJson(r->readAll()).object()};
    r->deleteLater();
    return out;
}

} // namespace

TEST(HubHttp, HealthSignInAndADeviceSos)
{
    HubProcess hub;
    ASSERT_TRUE(hub.setUp(1));
    ASSERT_EQ(hub.run({QStringLiteral("demo"), QStringLiteral("--data"), hub.dataDir(),
                       QStringLiteral("--subjects"), QStringLiteral("50")}),
              0);
    QString deviceId;
    {
        auto db = store::Database::open(store::DatabaseConfig{.path = hub.databasePath()});
        ASSERT_TRUE(db.ok());
        QSqlQuery q((*db)->connection());
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT id FROM devices WHERE kind = 'wearable' LIMIT 1"))
                    && q.next());
        deviceId = q.value(0).toString();
    }
    ASSERT_EQ(hub.run({QStringLiteral("device-token"), QStringLiteral("--data"), hub.dataDir(),
                       QStringLiteral("--device"), deviceId}),
              0)
        << hub.lastOutput().toStdString();
    // The token is the command's last line (log lines come before it).
    const QByteArray token = hub.lastOutput().trimmed().split(QLatin1Char('\n')).last().trimmed().toLatin1();
    ASSERT_FALSE(token.isEmpty());

    QTcpServer probe;
    ASSERT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 httpPort = probe.serverPort();
    probe.close();
    QProcess serve;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SAFELINK_LANG"), QStringLiteral("en"));
    serve.setProcessEnvironment(env);
    serve.start(binaryDir() + QStringLiteral("/bin/safelink-hub"),
                {QStringLiteral("serve"), QStringLiteral("--data"), hub.dataDir(), QStringLiteral("--listen"),
                 QStringLiteral("127.0.0.1:%1").arg(hub.port()), QStringLiteral("--http"),
                 QStringLiteral("127.0.0.1:%1").arg(httpPort)});
    QByteArray seen;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            seen += serve.readAllStandardOutput();
            return seen.contains("HTTP API");
        },
        20000))
        << seen.toStdString();

    QNetworkAccessManager net;
    const QString base = QStringLiteral("http://127.0.0.1:%1/api/v1").arg(httpPort);
    Reply health = request(net, QStringLiteral("GET"), QUrl(base + QStringLiteral("/health")));
    EXPECT_EQ(health.status, 200);
    EXPECT_EQ(health.body.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));

    EXPECT_EQ(request(net, QStringLiteral("GET"), QUrl(base + QStringLiteral("/subjects"))).status, 401);
    Reply signIn = request(net, QStringLiteral("POST"), QUrl(base + QStringLiteral("/sessions")), {},
                           QJsonObject{{QStringLiteral("login"), QStringLiteral("agent1")},
                                       {QStringLiteral("password"), HubProcess::kPassword}});
    ASSERT_EQ(signIn.status, 201);
    const QByteArray bearer = "Bearer " + signIn.body.value(QStringLiteral("token")).toString().toLatin1();
    EXPECT_EQ(
        request(net, QStringLiteral("GET"), QUrl(base + QStringLiteral("/subjects?limit=5")), bearer).status,
        200);

    const QJsonObject sos{
        {QStringLiteral("eventId"), QStringLiteral("evt-1")},
        {QStringLiteral("type"), QStringLiteral("sos")},
        {QStringLiteral("at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("position"), QJsonObject{{QStringLiteral("lat"), 23.1291},
                                                 {QStringLiteral("lon"), 113.2644},
                                                 {QStringLiteral("accuracy"), 12},
                                                 {QStringLiteral("source"), QStringLiteral("gps")}}}};
    EXPECT_EQ(request(net, QStringLiteral("POST"), QUrl(base + QStringLiteral("/device-events")),
                      "Device " + token, sos)
                  .status,
              202);
    EXPECT_EQ(request(net, QStringLiteral("POST"), QUrl(base + QStringLiteral("/device-events")),
                      "Device " + token, sos)
                  .status,
              200); // the same event again: stored once
    EXPECT_EQ(request(net, QStringLiteral("POST"), QUrl(base + QStringLiteral("/device-events")),
                      "Device forged", sos)
                  .status,
              401);
    serve.terminate();
    ASSERT_TRUE(serve.waitForFinished(10000));
    auto db = store::Database::open(store::DatabaseConfig{.path = hub.databasePath()});
    ASSERT_TRUE(db.ok());
    QSqlQuery q((*db)->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*) FROM device_events")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
}
