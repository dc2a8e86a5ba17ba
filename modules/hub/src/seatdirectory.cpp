#include <safelink/hub/auditlog.h>
#include <safelink/hub/seatdirectory.h>
#include <safelink/hub/writeservice.h>
#include <safelink/store/database.h>
#include <safelink/store/repositories.h>

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace safelink::hub {

SeatDirectory::SeatDirectory(store::Database &db, WriteService &writes)
    : m_db(db)
    , m_writes(writes)
{
}

std::optional<core::Seat> SeatDirectory::seatNamed(const QString &name) const
{
    auto all = store::SeatRepository(m_db).all();
    if (!all)
        return std::nullopt;
    for (const core::Seat &s : *all) {
        if (s.name == name)
            return s;
    }
    return std::nullopt;
}

Result<core::Seat> SeatDirectory::setSeat(const QString &name, const QString &sipUser,
                                          const QString &sipPassword, bool supervisorSeat, const Actor &actor)
{
    static const QRegularExpression extension(QStringLiteral("^[0-9A-Za-z._-]{1,32}$"));
    if (name.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("The seat needs a name."), QStringLiteral("name"));
    if (!extension.match(sipUser).hasMatch())
        return makeError(ErrorCode::Invalid,
                         tr("The SIP extension may hold only letters, digits, '.', '_' and '-'."),
                         QStringLiteral("sipUser"));
    core::Seat seat;
    qint64 basedOn = 0;
    if (auto existing = seatNamed(name.trimmed())) {
        seat = *existing;
        basedOn = existing->meta.version;
    } else {
        seat.meta.id = core::RecordMeta::newId();
        seat.name = name.trimmed();
    }
    seat.sipUser = sipUser;
    seat.extension = sipUser;
    seat.supervisorSeat = supervisorSeat;
    if (Status s = seat.validate(); !s)
        return s.error();
    protocol::WriteRequest request;
    request.kind = core::RecordKind::Seat;
    request.record = seat.toCbor();
    request.recordId = seat.meta.id;
    request.basedOnVersion = basedOn;
    request.idempotencyKey = core::RecordMeta::newId();
    Status stored = m_db.transaction([&]() -> Status {
        auto written = m_writes.apply(request, actor);
        if (!written)
            return written.error();
        if (sipPassword.isEmpty())
            return {};
        auto q = m_db.prepared(QStringLiteral("DELETE FROM seat_secrets WHERE seat_id = ?"));
        if (!q)
            return q.error();
        (*q)->addBindValue(seat.meta.id);
        if (!(*q)->exec())
            return makeError(ErrorCode::Storage, (*q)->lastError().text());
        auto insert = m_db.prepared(QStringLiteral(
            "INSERT INTO seat_secrets (seat_id, sip_password, changed_at, changed_by) VALUES (?, ?, ?, ?)"));
        if (!insert)
            return insert.error();
        (*insert)->addBindValue(seat.meta.id);
        (*insert)->addBindValue(sipPassword);
        (*insert)->addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        (*insert)->addBindValue(actor.accountId);
        if (!(*insert)->exec())
            return makeError(ErrorCode::Storage, (*insert)->lastError().text());
        return m_writes.audit().record(actor, QStringLiteral("seat_sip_password"), QStringLiteral("seat"),
                                       seat.meta.id);
    });
    if (!stored)
        return stored.error();
    return seatNamed(seat.name).value_or(seat);
}

Status SeatDirectory::setSipProxy(const QString &uri, const Actor &actor)
{
    static const QRegularExpression sip(QStringLiteral("^sips?:[A-Za-z0-9.\\[\\]:-]+$"));
    if (!sip.match(uri).hasMatch())
        return makeError(ErrorCode::Invalid,
                         tr("Write the proxy as sip:HOST:PORT, e.g. sip:192.168.1.10:5060."),
                         QStringLiteral("sipProxy"));
    return m_db.transaction([&]() -> Status {
        for (const QString &sql :
             {QStringLiteral("DELETE FROM center_settings WHERE name = 'sip_proxy'"),
              QStringLiteral("INSERT INTO center_settings (name, value, changed_at, changed_by) "
                             "VALUES ('sip_proxy', ?, ?, ?)")}) {
            auto q = m_db.prepared(sql);
            if (!q)
                return q.error();
            if (sql.startsWith(QLatin1String("INSERT"))) {
                (*q)->addBindValue(uri);
                (*q)->addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
                (*q)->addBindValue(actor.accountId);
            }
            if (!(*q)->exec())
                return makeError(ErrorCode::Storage, (*q)->lastError().text());
            (*q)->finish();
        }
        return m_writes.audit().record(actor, QStringLiteral("setting"), QStringLiteral("center"),
                                       QStringLiteral("sip_proxy"), uri);
    });
}

QString SeatDirectory::sipProxy() const
{
    auto q = m_db.prepared(QStringLiteral("SELECT value FROM center_settings WHERE name = 'sip_proxy'"));
    if (!q || !(*q)->exec() || !(*q)->next())
        return {};
    const QString v = (*q)->value(0).toString();
    (*q)->finish();
    return v;
}

std::optional<SipAccount> SeatDirectory::sipAccountFor(const QString &seatName) const
{
    const auto seat = seatNamed(seatName);
    const QString proxy = sipProxy();
    if (!seat || proxy.isEmpty())
        return std::nullopt;
    auto q = m_db.prepared(QStringLiteral("SELECT sip_password FROM seat_secrets WHERE seat_id = ?"));
    if (!q)
        return std::nullopt;
    (*q)->addBindValue(seat->meta.id);
    if (!(*q)->exec() || !(*q)->next())
        return std::nullopt;
    SipAccount account{proxy, seat->sipUser, (*q)->value(0).toString()};
    (*q)->finish();
    return account;
}

} // namespace safelink::hub
