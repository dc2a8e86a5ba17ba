#include <safelink/store/database.h>
#include <safelink/store/dialect.h>
#include <safelink/store/repositories.h>

#include <QCborValue>
#include <QSqlError>
#include <QSqlQuery>

#include <limits>

namespace safelink::store {

using namespace safelink::core;

namespace {

class RepoText {
    Q_DECLARE_TR_FUNCTIONS(safelink::store::Repository)

public:
    static QString exists(const QString &id) { return tr("A record with id %1 already exists.").arg(id); }
    static QString missing(const QString &id) { return tr("No record with id %1.").arg(id); }
    static QString stale(const QString &id, qint64 based, qint64 current)
    {
        return tr("Record %1 was changed by someone else (you edited version %2, it is now version %3).")
            .arg(id)
            .arg(based)
            .arg(current);
    }
    static QString corrupt(const QString &id, const QString &why)
    {
        return tr("Record %1 in the database cannot be read: %2").arg(id, why);
    }
};

QVariant orNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

QVariant timeText(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

QVariant dateText(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

// Appends LIMIT (and OFFSET) for `limit` rows, nothing for no limit (a negative one): SQLite reads
// LIMIT -1 as none, PostgreSQL refuses it. SQLite wants a LIMIT before any OFFSET, so an offset
// without a limit gets the largest one.
void appendLimit(QString &sql, QVariantList &binds, int limit, int offset = 0)
{
    if (limit < 0 && offset <= 0)
        return;
    sql += QStringLiteral(" LIMIT ?");
    binds.append(limit < 0 ? QVariant(std::numeric_limits<qint64>::max()) : QVariant(limit));
    if (offset > 0) {
        sql += QStringLiteral(" OFFSET ?");
        binds.append(offset);
    }
}

} // namespace

// clang-format off
template<> struct RecordTraits<Subject> {
    static QString table() { return QStringLiteral("subjects"); }
    static QStringList columns() { return {QStringLiteral("name"), QStringLiteral("resident_id"), QStringLiteral("birth_date"), QStringLiteral("sex"), QStringLiteral("region_code"), QStringLiteral("household_id"), QStringLiteral("status"), QStringLiteral("care_tier"), QStringLiteral("funding_sequence")}; }
    static QVariantList values(const Subject &s) { return {s.name, orNull(s.residentId.number()), dateText(s.birthDate), enumKey(s.sex), orNull(s.address.regionCode), orNull(s.householdId), enumKey(s.status), enumKey(s.careTier), enumKey(s.fundingSequence)}; }
};
template<> struct RecordTraits<Household> {
    static QString table() { return QStringLiteral("households"); }
    static QStringList columns() { return {QStringLiteral("region_code"), QStringLiteral("landline")}; }
    static QVariantList values(const Household &h) { return {orNull(h.address.regionCode), orNull(h.landline.canonical())}; }
};
template<> struct RecordTraits<Device> {
    static QString table() { return QStringLiteral("devices"); }
    static QStringList columns() { return {QStringLiteral("kind"), QStringLiteral("serial"), QStringLiteral("imei"), QStringLiteral("household_id"), QStringLiteral("subject_id"), QStringLiteral("status"), QStringLiteral("sim_number")}; }
    static QVariantList values(const Device &d) { return {enumKey(d.kind), d.serial, orNull(d.imei), orNull(d.householdId), orNull(d.subjectId), enumKey(d.status), orNull(d.simNumber.canonical())}; }
};
template<> struct RecordTraits<CaseRecord> {
    static QString table() { return QStringLiteral("cases"); }
    static QStringList columns() { return {QStringLiteral("number"), QStringLiteral("type"), QStringLiteral("status"), QStringLiteral("subject_id"), QStringLiteral("opened_at")}; }
    static QVariantList values(const CaseRecord &c) { return {orNull(c.number), enumKey(c.type), enumKey(c.status), orNull(c.subjectId), timeText(c.openedAt)}; }
};
template<> struct RecordTraits<CallRecord> {
    static QString table() { return QStringLiteral("calls"); }
    static QStringList columns() { return {QStringLiteral("direction"), QStringLiteral("remote_number"), QStringLiteral("subject_id"), QStringLiteral("started_at"), QStringLiteral("disposition"), QStringLiteral("case_id")}; }
    static QVariantList values(const CallRecord &c) { return {enumKey(c.direction), orNull(c.remoteNumber.canonical()), orNull(c.subjectId), timeText(c.startedAt), enumKey(c.disposition), orNull(c.caseId)}; }
};
template<> struct RecordTraits<WorkOrder> {
    static QString table() { return QStringLiteral("work_orders"); }
    static QStringList columns() { return {QStringLiteral("kind"), QStringLiteral("state"), QStringLiteral("due_at"), QStringLiteral("case_id"), QStringLiteral("subject_id"), QStringLiteral("provider_id")}; }
    static QVariantList values(const WorkOrder &w) { return {enumKey(w.kind), enumKey(w.state), timeText(w.dueAt), orNull(w.caseId), orNull(w.subjectId), orNull(w.providerId)}; }
};
template<> struct RecordTraits<Resource> {
    static QString table() { return QStringLiteral("resources"); }
    static QStringList columns() { return {QStringLiteral("name"), QStringLiteral("category"), QStringLiteral("status")}; }
    static QVariantList values(const Resource &r) { return {r.name, enumKey(r.category), enumKey(r.status)}; }
};
template<> struct RecordTraits<KbFolder> {
    static QString table() { return QStringLiteral("kb_folders"); }
    static QStringList columns() { return {QStringLiteral("parent_id"), QStringLiteral("name")}; }
    static QVariantList values(const KbFolder &f) { return {orNull(f.parentId), f.name}; }
};
template<> struct RecordTraits<KbArticle> {
    static QString table() { return QStringLiteral("kb_articles"); }
    static QStringList columns() { return {QStringLiteral("folder_id"), QStringLiteral("title"), QStringLiteral("status")}; }
    static QVariantList values(const KbArticle &a) { return {orNull(a.folderId), a.title, enumKey(a.status)}; }
};
template<> struct RecordTraits<Account> {
    static QString table() { return QStringLiteral("accounts"); }
    static QStringList columns() { return {QStringLiteral("login")}; }
    static QVariantList values(const Account &a) { return {a.login}; }
};
template<> struct RecordTraits<Seat> {
    static QString table() { return QStringLiteral("seats"); }
    static QStringList columns() { return {QStringLiteral("sip_user")}; }
    static QVariantList values(const Seat &s) { return {s.sipUser}; }
};
template<> struct RecordTraits<BlockedNumber> {
    static QString table() { return QStringLiteral("blocked_numbers"); }
    static QStringList columns() { return {QStringLiteral("number")}; }
    static QVariantList values(const BlockedNumber &b) { return {b.number.canonical()}; }
};
template<> struct RecordTraits<Alarm> {
    static QString table() { return QStringLiteral("alarms"); }
    static QStringList columns() { return {QStringLiteral("state"), QStringLiteral("priority"), QStringLiteral("raised_at"), QStringLiteral("device_id"), QStringLiteral("subject_id"), QStringLiteral("source_ref")}; }
    static QVariantList values(const Alarm &a) { return {enumKey(a.state), a.priority, timeText(a.raisedAt), orNull(a.deviceId), orNull(a.subjectId), orNull(a.sourceRef)}; }
};
// clang-format on

namespace {

template<typename T>
QVariantList rowValues(const T &record)
{
    QVariantList v{record.meta.id, record.meta.version, timeText(record.meta.updatedAt)};
    v += RecordTraits<T>::values(record);
    v.append(record.toCbor().toCborValue().toCbor());
    return v;
}

template<typename T>
QStringList allColumns()
{
    return QStringList{QStringLiteral("id"), QStringLiteral("version"), QStringLiteral("updated_at")}
           + RecordTraits<T>::columns() + QStringList{QStringLiteral("data")};
}

template<typename T>
QString insertSql()
{
    const QStringList cols = allColumns<T>();
    QStringList marks;
    for (qsizetype i = 0; i < cols.size(); ++i)
        marks.append(QStringLiteral("?"));
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
        .arg(RecordTraits<T>::table(), cols.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
}

template<typename T>
QString upsertSql()
{
    QStringList sets;
    for (const QString &c : allColumns<T>().mid(1))
        sets.append(c + QStringLiteral(" = excluded.") + c);
    return insertSql<T>() + QStringLiteral(" ON CONFLICT (id) DO UPDATE SET ")
           + sets.join(QStringLiteral(", "));
}

template<typename T>
QString updateSql()
{
    QStringList sets;
    for (const QString &c : allColumns<T>().mid(1))
        sets.append(c + QStringLiteral(" = ?"));
    return QStringLiteral("UPDATE %1 SET %2 WHERE id = ? AND version = ?")
        .arg(RecordTraits<T>::table(), sets.join(QStringLiteral(", ")));
}

Status execPrepared(Database &db, const QString &sql, const QVariantList &binds, int *rowsAffected = nullptr)
{
    auto q = db.prepared(sql);
    if (!q)
        return q.error();
    QSqlQuery &query = **q;
    for (const QVariant &v : binds)
        query.addBindValue(v);
    if (!query.exec())
        return sqlError(sql.left(40), query.lastError());
    if (rowsAffected)
        *rowsAffected = query.numRowsAffected();
    query.finish();
    return {};
}

// INSERT ... VALUES (..), (..) ... ON CONFLICT DO NOTHING for `values` laid out row after row.
Status insertRows(Database &db, const QString &tableAndColumns, int columns, const QVariantList &values)
{
    if (values.isEmpty())
        return {};
    const QString row = QLatin1Char('(')
                        + QStringList(columns, QStringLiteral("?")).join(QStringLiteral(", "))
                        + QLatin1Char(')');
    const qsizetype rows = values.size() / columns;
    QStringList all;
    for (qsizetype i = 0; i < rows; ++i)
        all.append(row);
    return execPrepared(db,
                        QStringLiteral("INSERT INTO %1 VALUES %2 ON CONFLICT DO NOTHING")
                            .arg(tableAndColumns, all.join(QStringLiteral(", "))),
                        values);
}

} // namespace

template<typename T>
Status RecordRepository<T>::write(const T &record, const QString &sql, const QVariantList &binds,
                                  bool mustChange, const QString &id, bool fresh)
{
    return m_db.transaction([&]() -> Status {
        int rows = 0;
        if (Status s = execPrepared(m_db, sql, binds, &rows); !s) {
            if (s.error().code == ErrorCode::Conflict && !mustChange)
                return makeError(ErrorCode::Conflict,
                                 RepoText::exists(id) + QLatin1Char(' ') + s.error().message);
            return s;
        }
        if (mustChange && rows == 0) {
            auto current = get(id);
            if (!current)
                return makeError(ErrorCode::NotFound, RepoText::missing(id));
            return makeError(ErrorCode::Conflict,
                             RepoText::stale(id, binds.last().toLongLong(), current->meta.version));
        }
        if (!fresh) {
            if (Status s = removeSideTables(id); !s)
                return s;
        }
        return writeSideTables(record);
    });
}

template<typename T>
Status RecordRepository<T>::insert(const T &record)
{
    if (Status s = record.validate(); !s)
        return s;
    return write(record, insertSql<T>(), rowValues(record), false, record.meta.id, true);
}

template<typename T>
Status RecordRepository<T>::update(const T &record, qint64 basedOnVersion)
{
    if (Status s = record.validate(); !s)
        return s;
    QVariantList binds = rowValues(record).mid(1);
    binds.append(record.meta.id);
    binds.append(basedOnVersion);
    return write(record, updateSql<T>(), binds, true, record.meta.id, false);
}

template<typename T>
Status RecordRepository<T>::upsert(const T &record)
{
    if (Status s = record.validate(); !s)
        return s;
    return write(record, upsertSql<T>(), rowValues(record), false, record.meta.id, false);
}

template<typename T>
Status RecordRepository<T>::remove(const QString &id)
{
    return m_db.transaction([&]() -> Status {
        if (Status s = removeSideTables(id); !s)
            return s;
        int rows = 0;
        if (Status s = execPrepared(
                m_db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(RecordTraits<T>::table()), {id},
                &rows);
            !s)
            return s;
        if (rows == 0)
            return makeError(ErrorCode::NotFound, RepoText::missing(id));
        return {};
    });
}

template<typename T>
Result<QList<T>> RecordRepository<T>::decodeRows(const QString &sql, const QVariantList &binds)
{
    auto q = m_db.prepared(sql);
    if (!q)
        return q.error();
    QSqlQuery &query = **q;
    for (const QVariant &v : binds)
        query.addBindValue(v);
    if (!query.exec())
        return sqlError(sql.left(40), query.lastError());
    QList<T> out;
    while (query.next()) {
        QCborParserError perr;
        const QCborValue v = QCborValue::fromCbor(query.value(1).toByteArray(), &perr);
        auto decoded = T::fromCbor(v);
        if (perr.error != QCborError::NoError || !decoded) {
            const QString id = query.value(0).toString();
            query.finish();
            return makeError(ErrorCode::Storage, RepoText::corrupt(id, perr.error != QCborError::NoError
                                                                           ? perr.errorString()
                                                                           : decoded.error().toString()));
        }
        out.append(std::move(decoded).value());
    }
    query.finish();
    return out;
}

template<typename T>
Result<T> RecordRepository<T>::get(const QString &id)
{
    auto rows = decodeRows(
        QStringLiteral("SELECT id, data FROM %1 WHERE id = ?").arg(RecordTraits<T>::table()), {id});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return makeError(ErrorCode::NotFound, RepoText::missing(id));
    return rows->first();
}

template<typename T>
Result<qint64> RecordRepository<T>::storedVersion(const QString &id)
{
    auto q =
        m_db.prepared(QStringLiteral("SELECT version FROM %1 WHERE id = ?").arg(RecordTraits<T>::table()));
    if (!q)
        return q.error();
    (*q)->addBindValue(id);
    if (!(*q)->exec())
        return sqlError(QStringLiteral("version"), (*q)->lastError());
    const qint64 v = (*q)->next() ? (*q)->value(0).toLongLong() : 0;
    (*q)->finish();
    return v;
}

template<typename T>
Status RecordRepository<T>::clearAll()
{
    return m_db.exec(QStringLiteral("DELETE FROM %1").arg(RecordTraits<T>::table()));
}

template<typename T>
Result<QList<T>> RecordRepository<T>::all(int limit, int offset)
{
    QString sql = QStringLiteral("SELECT id, data FROM %1 ORDER BY id").arg(RecordTraits<T>::table());
    QVariantList binds;
    appendLimit(sql, binds, limit, offset);
    return decodeRows(sql, binds);
}

template<typename T>
Result<qint64> RecordRepository<T>::count()
{
    auto q = m_db.prepared(QStringLiteral("SELECT COUNT(*) FROM %1").arg(RecordTraits<T>::table()));
    if (!q)
        return q.error();
    if (!(*q)->exec() || !(*q)->next())
        return sqlError(QStringLiteral("count"), (*q)->lastError());
    const qint64 n = (*q)->value(0).toLongLong();
    (*q)->finish();
    return n;
}

template<typename T>
Result<QList<QPair<QString, QByteArray>>> RecordRepository<T>::rawPage(const QString &afterId, int limit)
{
    QString sql =
        QStringLiteral("SELECT id, data FROM %1 WHERE id > ? ORDER BY id").arg(RecordTraits<T>::table());
    // A null QString binds as NULL and "id > NULL" matches nothing: start from ''.
    QVariantList binds{afterId.isNull() ? QStringLiteral("") : afterId};
    appendLimit(sql, binds, limit);
    auto q = m_db.prepared(sql);
    if (!q)
        return q.error();
    QSqlQuery &query = **q;
    for (const QVariant &v : binds)
        query.addBindValue(v);
    if (!query.exec())
        return sqlError(QStringLiteral("page"), query.lastError());
    QList<QPair<QString, QByteArray>> out;
    while (query.next())
        out.append({query.value(0).toString(), query.value(1).toByteArray()});
    query.finish();
    return out;
}

template<typename T>
Result<QList<T>> RecordRepository<T>::where(const QString &column, const QVariant &value,
                                            const QString &orderBy, int limit)
{
    QString sql =
        QStringLiteral("SELECT id, data FROM %1 WHERE %2 = ?").arg(RecordTraits<T>::table(), column);
    if (!orderBy.isEmpty())
        sql += QStringLiteral(" ORDER BY ") + orderBy;
    QVariantList binds{value};
    appendLimit(sql, binds, limit);
    return decodeRows(sql, binds);
}

template class RecordRepository<Subject>;
template class RecordRepository<Household>;
template class RecordRepository<Device>;
template class RecordRepository<CaseRecord>;
template class RecordRepository<CallRecord>;
template class RecordRepository<WorkOrder>;
template class RecordRepository<Resource>;
template class RecordRepository<KbFolder>;
template class RecordRepository<KbArticle>;
template class RecordRepository<Account>;
template class RecordRepository<Seat>;
template class RecordRepository<Alarm>;
template class RecordRepository<BlockedNumber>;

// ---- subjects -------------------------------------------------------------------------------

Status SubjectRepository::writeSideTables(const Subject &s)
{
    // One multi-row statement per side table: a subject has several phones and categories, and on a
    // bulk load the statement count, not the rows, is what costs.
    QVariantList phoneRows;
    for (const ContactPhone &p : s.phones)
        phoneRows << p.number.canonical() << s.meta.id << QStringLiteral("own");
    for (const EmergencyContact &c : s.contacts) {
        for (const ContactPhone &p : c.phones)
            phoneRows << p.number.canonical() << s.meta.id << QStringLiteral("contact");
    }
    if (Status st =
            insertRows(m_db, QStringLiteral("subject_phones (phone, subject_id, kind)"), 3, phoneRows);
        !st)
        return st;
    QVariantList categoryRows;
    for (SubjectCategory c : s.categories)
        categoryRows << s.meta.id << enumKey(c);
    if (Status st =
            insertRows(m_db, QStringLiteral("subject_categories (subject_id, category)"), 2, categoryRows);
        !st)
        return st;
    // Numbers are searchable too: agents type an ID number or a phone into the same box.
    QString text = s.searchText() + QLatin1Char(' ') + s.residentId.number();
    for (const ContactPhone &p : s.phones)
        text += QLatin1Char(' ') + p.number.dialString();
    // One- and two-character terms: names (surnames, given names) and what is wrong with the person.
    QStringList shortParts{s.name,
                           s.healthNotes,
                           s.medications.join(QLatin1Char(' ')),
                           s.allergies.join(QLatin1Char(' ')),
                           s.address.street,
                           s.address.community};
    for (const EmergencyContact &c : s.contacts)
        shortParts.append(c.name);
    return m_db.dialect().searchPut(m_db, QStringLiteral("subject_search"), s.meta.id,
                                    normaliseSearchText(text),
                                    normaliseSearchText(shortParts.join(QLatin1Char(' '))));
}

Status SubjectRepository::removeSideTables(const QString &id)
{
    if (Status s =
            execPrepared(m_db, QStringLiteral("DELETE FROM subject_phones WHERE subject_id = ?"), {id});
        !s)
        return s;
    if (Status s =
            execPrepared(m_db, QStringLiteral("DELETE FROM subject_categories WHERE subject_id = ?"), {id});
        !s)
        return s;
    return m_db.dialect().searchRemove(m_db, QStringLiteral("subject_search"), id);
}

Status SubjectRepository::clearAll()
{
    return m_db.transaction([&]() -> Status {
        for (const char *table : {"subject_phones", "subject_categories", "subjects"}) {
            if (Status s = m_db.exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table))); !s)
                return s;
        }
        return m_db.dialect().searchClear(m_db, QStringLiteral("subject_search"));
    });
}

Result<QList<PhoneMatch>> SubjectRepository::findByPhone(const QString &canonical)
{
    auto q = m_db.prepared(QStringLiteral("SELECT subject_id, kind FROM subject_phones WHERE phone = ? "
                                          "ORDER BY kind DESC, subject_id"));
    if (!q)
        return q.error();
    QSqlQuery &query = **q;
    query.addBindValue(canonical);
    if (!query.exec())
        return sqlError(QStringLiteral("caller id"), query.lastError());
    QList<PhoneMatch> out;
    while (query.next())
        out.append(
            PhoneMatch{query.value(0).toString(), query.value(1).toString() == QLatin1String("contact")});
    query.finish();
    return out;
}

Result<QList<Subject>> SubjectRepository::findByResidentId(const QString &number)
{
    return where(QStringLiteral("resident_id"), number);
}

Result<QList<Subject>> SubjectRepository::inHousehold(const QString &householdId)
{
    return where(QStringLiteral("household_id"), householdId, QStringLiteral("name"));
}

Result<QStringList> SubjectRepository::idsInCategory(SubjectCategory category)
{
    auto q = m_db.prepared(
        QStringLiteral("SELECT subject_id FROM subject_categories WHERE category = ? ORDER BY subject_id"));
    if (!q)
        return q.error();
    (*q)->addBindValue(enumKey(category));
    if (!(*q)->exec())
        return sqlError(QStringLiteral("category"), (*q)->lastError());
    QStringList ids;
    while ((*q)->next())
        ids.append((*q)->value(0).toString());
    (*q)->finish();
    return ids;
}

template<typename Repo, typename T>
static Result<QList<T>> fetchIds(Repo &repo, const Result<QStringList> &ids)
{
    if (!ids)
        return ids.error();
    QList<T> out;
    for (const QString &id : *ids) {
        auto r = repo.get(id);
        if (!r)
            return r.error();
        out.append(std::move(r).value());
    }
    return out;
}

Result<QList<Subject>> SubjectRepository::search(const QString &query, int limit)
{
    return fetchIds<SubjectRepository, Subject>(
        *this, m_db.dialect().searchQuery(m_db, QStringLiteral("subject_search"), query, limit));
}

// ---- the others -----------------------------------------------------------------------------

Result<QList<Device>> DeviceRepository::findBySimNumber(const QString &canonical)
{
    return where(QStringLiteral("sim_number"), canonical, QStringLiteral("serial"));
}

Result<QList<Household>> HouseholdRepository::findByLandline(const QString &canonical)
{
    return where(QStringLiteral("landline"), canonical, QStringLiteral("id"));
}

Result<QList<Device>> DeviceRepository::findByImei(const QString &imei)
{
    return where(QStringLiteral("imei"), imei);
}

Result<QList<Device>> DeviceRepository::findBySerial(const QString &serial)
{
    return where(QStringLiteral("serial"), serial);
}

Result<QList<Device>> DeviceRepository::inHousehold(const QString &householdId)
{
    return where(QStringLiteral("household_id"), householdId, QStringLiteral("serial"));
}

Result<QList<CaseRecord>> CaseRepository::forSubject(const QString &subjectId, int limit)
{
    return where(QStringLiteral("subject_id"), subjectId, QStringLiteral("opened_at DESC"), limit);
}

Result<QList<CaseRecord>> CaseRepository::withStatus(CaseStatus status, int limit)
{
    return where(QStringLiteral("status"), enumKey(status), QStringLiteral("opened_at"), limit);
}

Result<QList<CallRecord>> CallRepository::forSubject(const QString &subjectId, int limit)
{
    return where(QStringLiteral("subject_id"), subjectId, QStringLiteral("started_at DESC"), limit);
}

Result<QList<CallRecord>> CallRepository::fromNumber(const QString &canonical, int limit)
{
    return where(QStringLiteral("remote_number"), canonical, QStringLiteral("started_at DESC"), limit);
}

Result<QList<CallRecord>> CallRepository::recent(int limit, const QString &seatId)
{
    // The seat is inside the record only: filtered after decoding, from a page of the newest.
    auto rows = decodeRows(QStringLiteral("SELECT id, data FROM calls ORDER BY started_at DESC LIMIT ?"),
                           {seatId.isEmpty() ? limit : limit * 20});
    if (!rows || seatId.isEmpty())
        return rows;
    QList<CallRecord> mine;
    for (const CallRecord &c : *rows) {
        if (c.seatId == seatId && mine.size() < limit)
            mine.append(c);
    }
    return mine;
}

Result<QList<WorkOrder>> WorkOrderRepository::withState(WorkOrderState state)
{
    // Orders without a deadline first, spelled out: SQLite sorts NULLs first, PostgreSQL last.
    return where(QStringLiteral("state"), enumKey(state), QStringLiteral("due_at NULLS FIRST"));
}

Result<QList<WorkOrder>> WorkOrderRepository::overdue(const QDateTime &now)
{
    QStringList open;
    for (WorkOrderState s : enumValues<WorkOrderState>()) {
        WorkOrder probe;
        probe.state = s;
        if (probe.isOpen())
            open.append(QLatin1Char('\'') + enumKey(s) + QLatin1Char('\''));
    }
    return decodeRows(QStringLiteral("SELECT id, data FROM work_orders WHERE state IN (%1) AND due_at < ? "
                                     "ORDER BY due_at")
                          .arg(open.join(QLatin1Char(','))),
                      {timeText(now)});
}

Result<QList<WorkOrder>> WorkOrderRepository::forSubject(const QString &subjectId)
{
    return where(QStringLiteral("subject_id"), subjectId, QStringLiteral("due_at NULLS FIRST"));
}

Result<std::optional<BlockedNumber>> BlockedNumberRepository::findByNumber(const QString &canonical)
{
    auto rows = where(QStringLiteral("number"), canonical);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<BlockedNumber>();
    return std::optional<BlockedNumber>(rows->first());
}

Result<QList<Alarm>> AlarmRepository::active()
{
    return decodeRows(QStringLiteral("SELECT id, data FROM alarms WHERE state <> 'closed' "
                                     "ORDER BY priority, raised_at"),
                      {});
}

Result<QList<Alarm>> AlarmRepository::bySourceRef(const QString &sourceRef)
{
    return where(QStringLiteral("source_ref"), sourceRef, QStringLiteral("raised_at"));
}

Result<QList<Alarm>> AlarmRepository::activeForDevice(const QString &deviceId)
{
    return decodeRows(QStringLiteral("SELECT id, data FROM alarms WHERE device_id = ? AND state <> 'closed' "
                                     "ORDER BY priority, raised_at"),
                      {deviceId});
}

Result<QList<Resource>> ResourceRepository::inCategory(ResourceCategory category)
{
    return where(QStringLiteral("category"), enumKey(category), QStringLiteral("name"));
}

Status KbArticleRepository::writeSideTables(const KbArticle &a)
{
    const QString text =
        a.title + QLatin1Char(' ') + a.tags.join(QLatin1Char(' ')) + QLatin1Char(' ') + a.body;
    // Articles are few and agents search their text by two-character words (跌倒, 轮椅, 低保):
    // unlike people's records, the body goes into the short-word index too.
    const QString normalised = normaliseSearchText(text);
    return m_db.dialect().searchPut(m_db, QStringLiteral("article_search"), a.meta.id, normalised,
                                    normalised);
}

Status KbArticleRepository::removeSideTables(const QString &id)
{
    return m_db.dialect().searchRemove(m_db, QStringLiteral("article_search"), id);
}

Status KbArticleRepository::clearAll()
{
    return m_db.transaction([&]() -> Status {
        if (Status s = m_db.exec(QStringLiteral("DELETE FROM kb_articles")); !s)
            return s;
        return m_db.dialect().searchClear(m_db, QStringLiteral("article_search"));
    });
}

Result<QList<KbArticle>> KbArticleRepository::inFolder(const QString &folderId)
{
    return where(QStringLiteral("folder_id"), folderId, QStringLiteral("title"));
}

Result<QList<KbArticle>> KbArticleRepository::search(const QString &query, int limit)
{
    return fetchIds<KbArticleRepository, KbArticle>(
        *this, m_db.dialect().searchQuery(m_db, QStringLiteral("article_search"), query, limit));
}

Result<Account> AccountRepository::findByLogin(const QString &login)
{
    auto rows = where(QStringLiteral("login"), login);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return makeError(ErrorCode::NotFound, RepoText::missing(login));
    return rows->first();
}

} // namespace safelink::store
