#include "servecommands.h"
#include "hubcli.h"

#include <safelink/hub/accounts.h>
#include <safelink/hub/alarmservice.h>
#include <safelink/hub/auditlog.h>
#include <safelink/hub/callrouting.h>
#include <safelink/hub/deviceevents.h>
#include <safelink/hub/httpapi.h>
#include <safelink/hub/hubserver.h>
#include <safelink/hub/maptiles.h>
#include <safelink/hub/recordingarchive.h>
#include <safelink/hub/seatdirectory.h>
#include <safelink/hub/writeservice.h>
#include <safelink/net/keys.h>
#include <safelink/store/database.h>
#include <safelink/store/repositories.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QLoggingCategory>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

Q_DECLARE_LOGGING_CATEGORY(lcHub)

namespace safelink::hub {

namespace {

class ServeText {
    Q_DECLARE_TR_FUNCTIONS(safelink::hub::HubCli)
};

QString keyPath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("hub.key"));
}

// A password from a file (first line) or typed at the terminal without echo.
Result<QString> readPassword(const QString &file, QTextStream &out)
{
    if (!file.isEmpty()) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Io, ServeText::tr("Cannot read the password file %1.").arg(file));
        return QString::fromUtf8(f.readLine()).trimmed();
    }
    if (!isatty(STDIN_FILENO))
        return makeError(ErrorCode::Invalid,
                         ServeText::tr("No terminal to ask for the password: use --password-file."));
    out << ServeText::tr("Password: ");
    out.flush();
    termios old{};
    tcgetattr(STDIN_FILENO, &old);
    termios quiet = old;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    char buffer[512] = {};
    const bool got = std::fgets(buffer, sizeof buffer, stdin) != nullptr;
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
    out << '\n';
    if (!got)
        return makeError(ErrorCode::Invalid, ServeText::tr("No password was typed."));
    return QString::fromUtf8(buffer).trimmed();
}

Result<QPair<QHostAddress, quint16>> parseAddress(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const uint port = colon < 0 ? 0 : text.mid(colon + 1).toUInt(&ok);
    QHostAddress address(colon < 0 ? text : text.left(colon));
    if (colon < 0 || !ok || port > 65535 || address.isNull())
        return makeError(ErrorCode::Invalid,
                         ServeText::tr("\"%1\" is not ADDRESS:PORT (such as 0.0.0.0:7420).").arg(text));
    return qMakePair(address, quint16(port));
}

int quitPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    (void)!::write(quitPipe[1], &c, 1);
}

} // namespace

int runInit(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("data"), ServeText::tr("The hub's data folder."), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("admin-login"),
                      ServeText::tr("Login of the first administrator (default admin)."),
                      QStringLiteral("login"), QStringLiteral("admin")});
    parser.addOption({QStringLiteral("admin-password-file"),
                      ServeText::tr("Read the administrator's password from this file instead of asking."),
                      QStringLiteral("file")});
    if (int code = HubCli::parseCommand(
            parser, args, ServeText::tr("Create a data folder: database, key pair, first administrator."),
            out, err);
        code >= 0)
        return code;
    const QString dir = parser.value(QStringLiteral("data"));
    auto db = HubCli::openData(dir);
    if (!db) {
        err << db.error().toString() << '\n';
        return dir.isEmpty() ? 2 : 1;
    }
    AuditLog audit(**db);
    AccountService accounts(**db, audit);
    if (QFileInfo::exists(keyPath(dir))) {
        err << ServeText::tr("%1 is already set up; init only prepares a new data folder.").arg(dir) << '\n';
        return 1;
    }
    auto password = readPassword(parser.value(QStringLiteral("admin-password-file")), out);
    if (!password) {
        err << password.error().toString() << '\n';
        return 1;
    }
    core::Account admin;
    admin.login = parser.value(QStringLiteral("admin-login"));
    admin.displayName = ServeText::tr("Administrator");
    admin.roles = {core::Role::Admin};
    // A data folder filled by `demo` (or restored) may hold the admin account already, without a
    // password: give it one instead of refusing.
    store::AccountRepository existingAccounts(**db);
    if (auto existing = existingAccounts.findByLogin(admin.login)) {
        if (!existing->hasRole(core::Role::Admin)) {
            err << ServeText::tr("The account \"%1\" exists and is not an administrator.").arg(admin.login)
                << '\n';
            return 1;
        }
        if (Status s =
                accounts.setPassword(existing->meta.id, *password, Actor::system(QStringLiteral("init")));
            !s && s.error().code != ErrorCode::NotFound) {
            err << s.error().toString() << '\n';
            return 1;
        } else if (!s) {
            // No secret row yet: the account came without a password.
            if (Status t =
                    accounts.addPassword(existing->meta.id, *password, Actor::system(QStringLiteral("init")));
                !t) {
                err << t.error().toString() << '\n';
                return 1;
            }
        }
    } else {
        auto created = accounts.createAccount(admin, *password, Actor::system(QStringLiteral("init")));
        if (!created) {
            err << created.error().toString() << '\n';
            return 1;
        }
    }
    const net::KeyPair keys = net::generateKeyPair();
    if (Status s = net::saveKeyPair(keyPath(dir), keys); !s) {
        err << s.error().toString() << '\n';
        return 1;
    }
    // The key call recordings are sealed to; kept if a partly set-up folder has one already.
    auto recordingKeys = RecordingArchive::loadOrCreateKeys(dir);
    if (!recordingKeys) {
        err << recordingKeys.error().toString() << '\n';
        return 1;
    }
    out << ServeText::tr("Data folder %1 is ready; administrator \"%2\" created.").arg(dir, admin.login)
        << '\n'
        << ServeText::tr("Hub key fingerprint (seats compare it on first connection):") << '\n'
        << "  " << net::fingerprint(keys.publicKey) << '\n'
        << ServeText::tr("Recording key (%1): keep a copy of it in a safe place; without it no recording "
                         "can be played.")
               .arg(RecordingArchive::keyPath(dir))
        << '\n'
        << "  " << recordingKeys->fingerprint() << '\n';
    return 0;
}

int runAddAccount(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("data"), ServeText::tr("The hub's data folder."), QStringLiteral("dir")});
    parser.addOption(
        {QStringLiteral("login"), ServeText::tr("The new account's login."), QStringLiteral("login")});
    parser.addOption(
        {QStringLiteral("name"), ServeText::tr("The person's name as shown."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("role"),
                      ServeText::tr("agent, supervisor, admin or auditor (repeatable)."),
                      QStringLiteral("role")});
    parser.addOption({QStringLiteral("skill"), ServeText::tr("A language or dialect spoken (repeatable)."),
                      QStringLiteral("skill")});
    parser.addOption({QStringLiteral("password-file"), ServeText::tr("Read the password from this file."),
                      QStringLiteral("file")});
    if (int code = HubCli::parseCommand(parser, args, ServeText::tr("Add an account."), out, err); code >= 0)
        return code;
    core::Account account;
    account.login = parser.value(QStringLiteral("login"));
    account.displayName =
        parser.value(QStringLiteral("name")).isEmpty() ? account.login : parser.value(QStringLiteral("name"));
    for (const QString &r : parser.values(QStringLiteral("role"))) {
        auto role = core::enumFromKey<core::Role>(r);
        if (!role) {
            err << ServeText::tr("Unknown role \"%1\"; use agent, supervisor, admin or auditor.").arg(r)
                << '\n';
            return 2;
        }
        account.roles.append(*role);
    }
    account.skills = parser.values(QStringLiteral("skill"));
    auto db = HubCli::openData(parser.value(QStringLiteral("data")));
    if (!db) {
        err << db.error().toString() << '\n';
        return 1;
    }
    auto password = readPassword(parser.value(QStringLiteral("password-file")), out);
    if (!password) {
        err << password.error().toString() << '\n';
        return 1;
    }
    AuditLog audit(**db);
    AccountService accounts(**db, audit);
    auto created = accounts.createAccount(account, *password, Actor::system(QStringLiteral("cli")));
    if (!created) {
        err << created.error().toString() << '\n';
        return 1;
    }
    out << ServeText::tr("Account \"%1\" created.").arg(account.login) << '\n';
    return 0;
}

int runDeviceToken(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("data"), ServeText::tr("The hub's data folder."), QStringLiteral("dir")});
    parser.addOption(
        {QStringLiteral("device"), ServeText::tr("The device's record id."), QStringLiteral("id")});
    if (int code = HubCli::parseCommand(
            parser, args, ServeText::tr("Issue the token a terminal sends with its events (shown once)."),
            out, err);
        code >= 0)
        return code;
    if (parser.value(QStringLiteral("device")).isEmpty()) {
        err << ServeText::tr("Give the device with --device.") << '\n';
        return 2;
    }
    auto db = HubCli::openData(parser.value(QStringLiteral("data")));
    if (!db) {
        err << db.error().toString() << '\n';
        return 1;
    }
    DeviceEvents events(**db);
    auto token = events.issueToken(parser.value(QStringLiteral("device")));
    if (!token) {
        err << token.error().toString() << '\n';
        return 1;
    }
    (void)AuditLog(**db).record(Actor::system(QStringLiteral("cli")), QStringLiteral("device_token"),
                                QStringLiteral("device"), parser.value(QStringLiteral("device")));
    out << *token << '\n';
    return 0;
}

int runServe(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("data"), ServeText::tr("The hub's data folder."), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("listen"),
                      ServeText::tr("Address and port for the seats (default 0.0.0.0:7420)."),
                      QStringLiteral("addr:port"), QStringLiteral("0.0.0.0:7420")});
    parser.addOption(
        {QStringLiteral("http"),
         ServeText::tr("Address and port of the HTTP API for terminals and other systems (default "
                       "0.0.0.0:7421; \"off\" for none)."),
         QStringLiteral("addr:port"), QStringLiteral("0.0.0.0:7421")});
    if (int code = HubCli::parseCommand(parser, args, ServeText::tr("Run the hub."), out, err); code >= 0)
        return code;
    const QString dir = parser.value(QStringLiteral("data"));
    auto listen = parseAddress(parser.value(QStringLiteral("listen")));
    if (!listen) {
        err << listen.error().toString() << '\n';
        return 2;
    }
    const bool httpOff = parser.value(QStringLiteral("http")) == QLatin1String("off");
    auto http = httpOff ? Result<QPair<QHostAddress, quint16>>(qMakePair(QHostAddress(), quint16(0)))
                        : parseAddress(parser.value(QStringLiteral("http")));
    if (!http) {
        err << http.error().toString() << '\n';
        return 2;
    }
    if (dir.isEmpty()) {
        err << ServeText::tr("Give the data folder with --data.") << '\n';
        return 2;
    }
    QLockFile lock(QDir(dir).filePath(QStringLiteral("hub.lock")));
    if (!QDir(dir).exists() || !lock.tryLock(0)) {
        err << ServeText::tr("Cannot take %1: another hub runs on it, or it does not exist.").arg(dir)
            << '\n';
        return 1;
    }
    auto keys = net::loadKeyPair(keyPath(dir));
    if (!keys) {
        err << keys.error().toString() << '\n'
            << ServeText::tr("Run safelink-hub init --data %1 first.").arg(dir) << '\n';
        return 1;
    }
    // A data folder made before call recordings existed gets its recording key pair now. A key that
    // cannot be read does not stop the hub (calls matter more): seats keep their recordings until
    // it is fixed.
    bool recordingKeyCreated = false;
    auto recordingKeys = RecordingArchive::loadOrCreateKeys(dir, &recordingKeyCreated);
    if (!recordingKeys) {
        err << recordingKeys.error().toString() << '\n'
            << ServeText::tr(
                   "Call recordings cannot be stored until this is fixed; seats keep them meanwhile.")
            << '\n';
        recordingKeys = recording::RecordingKeys();
    }
    auto db = HubCli::openData(dir);
    if (!db) {
        err << db.error().toString() << '\n';
        return 1;
    }
    AuditLog audit(**db);
    if (recordingKeyCreated) {
        (void)audit.record(Actor::system(QStringLiteral("serve")), QStringLiteral("recording_key_created"),
                           {}, {}, recordingKeys->fingerprint());
        out << ServeText::tr("Created the recording key %1; keep a copy of it in a safe place.")
                   .arg(RecordingArchive::keyPath(dir))
            << '\n';
    }
    AccountService accounts(**db, audit);
    WriteService writes(**db, audit);
    HubServer server(**db, accounts, writes, *keys);
    RecordingArchive recordings(**db, audit, dir, *recordingKeys);
    server.setRecordings(&recordings, RecordingArchive::folder(dir) + QStringLiteral("/.incoming"));
    if (Status s = server.listen(listen->first, listen->second); !s) {
        err << s.error().toString() << '\n';
        return 1;
    }
    HttpApi api(**db, accounts, writes, audit);
    // The ACD decides from the seats signed in here; Kamailio asks through the HTTP API.
    CallRouting routing(**db, writes, [&server] { return server.seatBoard(); });
    api.setRouting(&routing);
    QObject::connect(&routing, &CallRouting::queueChanged, &server,
                     [&] { server.publishCallQueue(routing.callQueue()); });
    // Terminals' events and SCAIP messages become alarms (and fault work orders) on every desk.
    AlarmService alarms(**db, writes);
    api.setAlarms(&alarms);
    QObject::connect(&api, &HttpApi::deviceEvent, &alarms, &AlarmService::onDeviceEvent);
    if (Status s = alarms.catchUp(); !s)
        err << s.error().toString() << '\n';
    if (!httpOff) {
        if (Status s = api.listen(http->first, http->second); !s) {
            err << s.error().toString() << '\n';
            return 1;
        }
        server.setHttpPort(api.port()); // seats fetch the hub's map tiles there
    }
    // SIGINT/SIGTERM end the event loop through a pipe (the handler itself may do almost nothing).
    if (::pipe(quitPipe) != 0) {
        err << "pipe failed\n";
        return 1;
    }
    QSocketNotifier quitNotifier(quitPipe[0], QSocketNotifier::Read);
    QObject::connect(&quitNotifier, &QSocketNotifier::activated, QCoreApplication::instance(), [] {
        qCInfo(lcHub) << "stopping";
        QCoreApplication::quit();
    });
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    (void)audit.record(Actor::system(QStringLiteral("serve")), QStringLiteral("start"));
    if (!httpOff)
        out << ServeText::tr("HTTP API on %1:%2").arg(http->first.toString()).arg(api.port()) << '\n';
    out << ServeText::tr("Hub listening for seats on %1:%2").arg(listen->first.toString()).arg(server.port())
        << '\n'
        << ServeText::tr("Key fingerprint: %1").arg(net::fingerprint(server.publicKey())) << '\n'
        << ServeText::tr("Recording key fingerprint: %1")
               .arg(recordingKeys->isValid() ? recordingKeys->fingerprint() : ServeText::tr("none"))
        << '\n';
    out.flush();
    const int code = QCoreApplication::exec();
    (void)audit.record(Actor::system(QStringLiteral("serve")), QStringLiteral("stop"));
    return code;
}

int runMap(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("data"), ServeText::tr("The hub's data folder."), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("tiles"),
                      ServeText::tr("A tile server's address with {z}, {x} and {y} "
                                    "(http://192.168.1.20/tiles/{z}/{x}/{y}.png)."),
                      QStringLiteral("url")});
    parser.addOption({QStringLiteral("mbtiles"),
                      ServeText::tr("An MBTiles file the hub serves to the seats itself."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("wgs84"),
                      ServeText::tr("The tiles are WGS-84 (OpenStreetMap, 天地图), not GCJ-02.")});
    parser.addOption({QStringLiteral("max-zoom"), ServeText::tr("The tiles' highest zoom level (18)."),
                      QStringLiteral("n")});
    parser.addOption({QStringLiteral("attribution"), ServeText::tr("The map data's credit line."),
                      QStringLiteral("text")});
    parser.addOption({QStringLiteral("off"), ServeText::tr("No basemap: seats draw the points on a grid.")});
    if (int code = HubCli::parseCommand(
            parser, args,
            ServeText::tr("Set the map tiles of every seat: a tile server on the LAN, an MBTiles file "
                          "served by the hub, or none."),
            out, err);
        code >= 0)
        return code;
    const int given = int(parser.isSet(QStringLiteral("tiles")))
                      + int(parser.isSet(QStringLiteral("mbtiles")))
                      + int(parser.isSet(QStringLiteral("off")));
    if (given != 1) {
        err << ServeText::tr("Give one of --tiles, --mbtiles or --off.") << '\n';
        return 2;
    }
    core::TileSource tiles;
    tiles.gcj02 = !parser.isSet(QStringLiteral("wgs84"));
    tiles.attribution = parser.value(QStringLiteral("attribution"));
    if (parser.isSet(QStringLiteral("max-zoom"))) {
        bool ok = false;
        tiles.maxZoom = parser.value(QStringLiteral("max-zoom")).toInt(&ok);
        if (!ok) {
            err << ServeText::tr("--max-zoom is a whole number.") << '\n';
            return 2;
        }
    }
    auto db = HubCli::openData(parser.value(QStringLiteral("data")));
    if (!db) {
        err << db.error().toString() << '\n';
        return 1;
    }
    AuditLog audit(**db);
    MapTiles map(**db);
    const Actor actor = Actor::system(QStringLiteral("cli"));
    Status done;
    if (parser.isSet(QStringLiteral("off"))) {
        done = map.clear(audit, actor);
    } else if (parser.isSet(QStringLiteral("mbtiles"))) {
        done = map.setMbtiles(parser.value(QStringLiteral("mbtiles")), tiles.gcj02, tiles.attribution, audit,
                              actor);
    } else {
        tiles.urlTemplate = parser.value(QStringLiteral("tiles"));
        done = map.setUrl(tiles, audit, actor);
    }
    if (!done) {
        err << done.error().toString() << '\n';
        return 1;
    }
    out << ServeText::tr("Seats get the new map when they next sign in.") << '\n';
    return 0;
}

int runSeat(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("data"), ServeText::tr("The hub's data folder."), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("name"),
                      ServeText::tr("The seat's name, as desks sign in with it (坐席3)."),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("sip-user"), ServeText::tr("The seat's extension at the SIP proxy."),
                      QStringLiteral("extension")});
    parser.addOption({QStringLiteral("sip-password-file"),
                      ServeText::tr("Read the extension's password from this file (else asked)."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("supervisor"), ServeText::tr("A supervisor's seat.")});
    parser.addOption({QStringLiteral("sip-proxy"),
                      ServeText::tr("The center's SIP proxy for every seat, sip:HOST:PORT."),
                      QStringLiteral("uri")});
    if (int code = HubCli::parseCommand(
            parser, args,
            ServeText::tr(
                "Configure a seat's phone line (name, extension, password) or the center's SIP proxy."),
            out, err);
        code >= 0)
        return code;
    const bool seat = parser.isSet(QStringLiteral("name"));
    if (!seat && !parser.isSet(QStringLiteral("sip-proxy"))) {
        err << ServeText::tr("Give --name and --sip-user for a seat, or --sip-proxy for the center.") << '\n';
        return 2;
    }
    if (seat && !parser.isSet(QStringLiteral("sip-user"))) {
        err << ServeText::tr("Give the seat's extension with --sip-user.") << '\n';
        return 2;
    }
    auto db = HubCli::openData(parser.value(QStringLiteral("data")));
    if (!db) {
        err << db.error().toString() << '\n';
        return 1;
    }
    AuditLog audit(**db);
    WriteService writes(**db, audit);
    SeatDirectory seats(**db, writes);
    const Actor actor = Actor::system(QStringLiteral("cli"));
    if (parser.isSet(QStringLiteral("sip-proxy"))) {
        if (Status s = seats.setSipProxy(parser.value(QStringLiteral("sip-proxy")), actor); !s) {
            err << s.error().toString() << '\n';
            return 1;
        }
        out << ServeText::tr("The center's SIP proxy is %1.").arg(parser.value(QStringLiteral("sip-proxy")))
            << '\n';
    }
    if (!seat)
        return 0;
    QString password;
    const bool existing = seats.seatNamed(parser.value(QStringLiteral("name"))).has_value();
    if (parser.isSet(QStringLiteral("sip-password-file")) || !existing) {
        auto read = readPassword(parser.value(QStringLiteral("sip-password-file")), out);
        if (!read) {
            err << read.error().toString() << '\n';
            return 1;
        }
        password = *read;
    }
    auto stored =
        seats.setSeat(parser.value(QStringLiteral("name")), parser.value(QStringLiteral("sip-user")),
                      password, parser.isSet(QStringLiteral("supervisor")), actor);
    if (!stored) {
        err << stored.error().toString() << '\n';
        return 1;
    }
    out << ServeText::tr("Seat \"%1\" uses extension %2.").arg(stored->name, stored->sipUser) << '\n';
    return 0;
}

} // namespace safelink::hub
