#include <safelink/hub/auditlog.h>
#include <safelink/store/database.h>

#include <QSqlError>
#include <QSqlQuery>

namespace safelink::hub {

Actor Actor::system(const QString &what)
{
    return Actor{QString(), QStringLiteral("system"), {core::Role::Admin}, QString(), what};
}

Status AuditLog::record(const Actor &actor, const QString &action, const QString &kind,
                        const QString &recordId, const QString &detail)
{
    auto q = m_db.prepared(
        QStringLiteral("INSERT INTO audit_log (at, account_id, login, seat, address, action, kind, "
                       "record_id, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!q)
        return q.error();
    QSqlQuery &query = **q;
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    query.addBindValue(actor.accountId);
    query.addBindValue(actor.login);
    query.addBindValue(actor.seat);
    query.addBindValue(actor.address);
    query.addBindValue(action);
    query.addBindValue(kind);
    query.addBindValue(recordId);
    query.addBindValue(detail);
    if (!query.exec())
        return store::sqlError(QStringLiteral("audit"), query.lastError());
    return {};
}

Result<QList<AuditEntry>> AuditLog::query(const QString &accountId, const QString &recordId, int limit)
{
    auto q = m_db.prepared(QStringLiteral(
        "SELECT seq, at, account_id, login, seat, address, action, kind, record_id, detail FROM audit_log "
        "WHERE (? = '' OR account_id = ?) AND (? = '' OR record_id = ?) ORDER BY seq DESC LIMIT ?"));
    if (!q)
        return q.error();
    QSqlQuery &query = **q;
    // A null QString binds as NULL, and NULL = '' is not true: bind empty filters as ''.
    const QString account = accountId.isEmpty() ? QStringLiteral("") : accountId;
    const QString record = recordId.isEmpty() ? QStringLiteral("") : recordId;
    query.addBindValue(account);
    query.addBindValue(account);
    query.addBindValue(record);
    query.addBindValue(record);
    query.addBindValue(limit);
    if (!query.exec())
        return store::sqlError(QStringLiteral("audit query"), query.lastError());
    QList<AuditEntry> out;
    while (query.next()) {
        out.append(AuditEntry{query.value(0).toLongLong(),
                              QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs),
                              query.value(2).toString(), query.value(3).toString(), query.value(4).toString(),
                              query.value(5).toString(), query.value(6).toString(), query.value(7).toString(),
                              query.value(8).toString(), query.value(9).toString()});
    }
    query.finish();
    return out;
}

} // namespace safelink::hub
