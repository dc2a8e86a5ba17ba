#include "routingcommands.h"
#include "hubcli.h"

#include <safelink/hub/alarmservice.h>
#include <safelink/hub/auditlog.h>
#include <safelink/hub/callrouting.h>
#include <safelink/hub/centersettings.h>
#include <safelink/hub/writeservice.h>
#include <safelink/store/database.h>

#include <QCommandLineParser>
#include <QCoreApplication>

namespace safelink::hub {

namespace {
class RoutingText {
    Q_DECLARE_TR_FUNCTIONS(safelink::hub::RoutingText)
};

QCommandLineOption dataOption()
{
    return {QStringLiteral("data"), RoutingText::tr("The hub's data folder."), QStringLiteral("dir")};
}

std::optional<int> intOption(const QCommandLineParser &parser, const QString &name, QTextStream &err,
                             bool &bad)
{
    if (!parser.isSet(name))
        return std::nullopt;
    bool ok = false;
    const int v = parser.value(name).toInt(&ok);
    if (!ok) {
        err << RoutingText::tr("--%1 takes a whole number of seconds.").arg(name) << '\n';
        bad = true;
    }
    return v;
}
// "Ring time per seat (s): 15": a setting as stored, or its default.
void showSetting(QTextStream &out, store::Database &db, const QString &label, const QString &name,
                 const QString &fallback)
{
    const QString v = centerSetting(db, name);
    out << label << ": " << (v.isEmpty() ? fallback : v) << '\n';
}
} // namespace

int runRouting(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOption(dataOption());
    parser.addOption(
        {QStringLiteral("new-token"),
         RoutingText::tr("Make a new token for the SIP proxy (shown once; the old one stops working).")});
    parser.addOption({QStringLiteral("ring-seconds"),
                      RoutingText::tr("How long a seat rings before the call goes to the next one (5-120)."),
                      QStringLiteral("s")});
    parser.addOption(
        {QStringLiteral("max-wait"),
         RoutingText::tr("How long a call may wait for a free seat before it is called back (30-1800)."),
         QStringLiteral("s")});
    parser.addOption({QStringLiteral("area-code"),
                      RoutingText::tr("The center's area code for local numbers (020); empty for none."),
                      QStringLiteral("code")});
    if (int code = HubCli::parseCommand(
            parser, args, RoutingText::tr("Call routing: the SIP proxy's token and the ACD's times."), out,
            err);
        code >= 0)
        return code;
    bool bad = false;
    const auto ring = intOption(parser, QStringLiteral("ring-seconds"), err, bad);
    const auto wait = intOption(parser, QStringLiteral("max-wait"), err, bad);
    if (bad)
        return 2;
    auto db = HubCli::openData(parser.value(QStringLiteral("data")));
    if (!db) {
        err << db.error().toString() << '\n';
        return 1;
    }
    AuditLog audit(**db);
    const Actor actor = Actor::system(QStringLiteral("cli"));
    const std::optional<QString> area = parser.isSet(QStringLiteral("area-code"))
                                            ? std::optional(parser.value(QStringLiteral("area-code")))
                                            : std::nullopt;
    if (ring || wait || area) {
        if (Status s = CallRouting::setSettings(**db, audit, actor, ring, wait, area); !s) {
            err << s.error().toString() << '\n';
            return s.error().code == ErrorCode::Invalid ? 2 : 1;
        }
    }
    if (parser.isSet(QStringLiteral("new-token"))) {
        auto token = CallRouting::newProxyToken(**db, audit, actor);
        if (!token) {
            err << token.error().toString() << '\n';
            return 1;
        }
        out << *token << '\n';
        return 0;
    }
    // Without a change: what is set now (the token is never shown again).
    const auto show = [&](const QString &label, const QString &name, const QString &fallback) {
        showSetting(out, **db, label, name, fallback);
    };
    show(RoutingText::tr("Ring time per seat (s)"), QStringLiteral("route_ring_seconds"),
         QStringLiteral("15"));
    show(RoutingText::tr("Longest wait (s)"), QStringLiteral("route_max_wait_seconds"),
         QStringLiteral("300"));
    show(RoutingText::tr("Area code"), QStringLiteral("area_code"), RoutingText::tr("none"));
    out << RoutingText::tr("Proxy token") << ": "
        << (centerSetting(**db, QStringLiteral("route_token_sha256")).isEmpty() ? RoutingText::tr("not set")
                                                                                : RoutingText::tr("set"))
        << '\n';
    return 0;
}

int runBlock(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOption(dataOption());
    parser.addOption(
        {QStringLiteral("add"), RoutingText::tr("Block this number."), QStringLiteral("number")});
    parser.addOption(
        {QStringLiteral("reason"), RoutingText::tr("Why (required with --add)."), QStringLiteral("text")});
    parser.addOption({QStringLiteral("remove"), RoutingText::tr("Take this number off the list."),
                      QStringLiteral("number")});
    if (int code = HubCli::parseCommand(
            parser, args, RoutingText::tr("The harassment list: numbers the hotline refuses."), out, err);
        code >= 0)
        return code;
    auto db = HubCli::openData(parser.value(QStringLiteral("data")));
    if (!db) {
        err << db.error().toString() << '\n';
        return 1;
    }
    AuditLog audit(**db);
    WriteService writes(**db, audit);
    CallRouting routing(**db, writes, {});
    const Actor actor = Actor::system(QStringLiteral("cli"));
    Status done;
    if (parser.isSet(QStringLiteral("add")))
        done =
            routing.block(parser.value(QStringLiteral("add")), parser.value(QStringLiteral("reason")), actor);
    else if (parser.isSet(QStringLiteral("remove")))
        done = routing.unblock(parser.value(QStringLiteral("remove")), actor);
    if (!done) {
        err << done.error().toString() << '\n';
        return done.error().code == ErrorCode::Invalid || done.error().code == ErrorCode::NotFound ? 2 : 1;
    }
    auto list = routing.blockedNumbers();
    if (!list) {
        err << list.error().toString() << '\n';
        return 1;
    }
    for (const BlockedNumber &b : std::as_const(*list))
        out << b.number << '\t' << b.reason << '\t' << b.addedBy << '\t'
            << b.addedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) << '\n';
    return 0;
}

int runAlarms(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOption(dataOption());
    parser.addOption({QStringLiteral("heartbeat-seconds"),
                      RoutingText::tr("How often terminals are expected to say they are alive (3-86400); two "
                                      "intervals of silence raise a fault."),
                      QStringLiteral("s")});
    parser.addOption({QStringLiteral("escalate-seconds"),
                      RoutingText::tr("An alarm nobody has taken by then alerts the supervisors (5-3600)."),
                      QStringLiteral("s")});
    if (int code = HubCli::parseCommand(
            parser, args, RoutingText::tr("Alarm handling: heartbeats and escalation."), out, err);
        code >= 0)
        return code;
    bool bad = false;
    const auto heartbeat = intOption(parser, QStringLiteral("heartbeat-seconds"), err, bad);
    const auto escalate = intOption(parser, QStringLiteral("escalate-seconds"), err, bad);
    if (bad)
        return 2;
    auto db = HubCli::openData(parser.value(QStringLiteral("data")));
    if (!db) {
        err << db.error().toString() << '\n';
        return 1;
    }
    AuditLog audit(**db);
    if (heartbeat || escalate) {
        if (Status s = AlarmService::setSettings(**db, audit, Actor::system(QStringLiteral("cli")), heartbeat,
                                                 escalate);
            !s) {
            err << s.error().toString() << '\n';
            return s.error().code == ErrorCode::Invalid ? 2 : 1;
        }
    }
    const auto show = [&](const QString &label, const QString &name, const QString &fallback) {
        showSetting(out, **db, label, name, fallback);
    };
    show(RoutingText::tr("Heartbeat interval (s)"), QStringLiteral("alarm_heartbeat_seconds"),
         QStringLiteral("300"));
    show(RoutingText::tr("Escalation after (s)"), QStringLiteral("alarm_escalate_seconds"),
         QStringLiteral("60"));
    return 0;
}

} // namespace safelink::hub
