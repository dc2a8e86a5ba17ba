#include <safelink/store/database.h>
#include <safelink/store/recordstore.h>
#include <safelink/store/repositories.h>

namespace safelink::store {

using namespace safelink::core;

struct RecordStore::Repos {
    explicit Repos(Database &db)
        : subjects(db)
        , households(db)
        , devices(db)
        , cases(db)
        , calls(db)
        , workOrders(db)
        , resources(db)
        , folders(db)
        , articles(db)
        , accounts(db)
        , seats(db)
        , alarms(db)
        , blocked(db)
    {
    }

    // Calls f(repository, type tag) for the repository of `kind`.
    template<typename F>
    auto visit(RecordKind kind, F &&f)
    {
        switch (kind) {
        case RecordKind::Subject:
            return f(subjects, static_cast<Subject *>(nullptr));
        case RecordKind::Household:
            return f(households, static_cast<Household *>(nullptr));
        case RecordKind::Device:
            return f(devices, static_cast<Device *>(nullptr));
        case RecordKind::Case:
            return f(cases, static_cast<CaseRecord *>(nullptr));
        case RecordKind::Call:
            return f(calls, static_cast<CallRecord *>(nullptr));
        case RecordKind::WorkOrder:
            return f(workOrders, static_cast<WorkOrder *>(nullptr));
        case RecordKind::Resource:
            return f(resources, static_cast<Resource *>(nullptr));
        case RecordKind::KbFolder:
            return f(folders, static_cast<KbFolder *>(nullptr));
        case RecordKind::KbArticle:
            return f(articles, static_cast<KbArticle *>(nullptr));
        case RecordKind::Account:
            return f(accounts, static_cast<Account *>(nullptr));
        case RecordKind::Alarm:
            return f(alarms, static_cast<Alarm *>(nullptr));
        case RecordKind::BlockedNumber:
            return f(blocked, static_cast<BlockedNumber *>(nullptr));
        case RecordKind::Seat:
            break;
        }
        return f(seats, static_cast<Seat *>(nullptr));
    }

    SubjectRepository subjects;
    HouseholdRepository households;
    DeviceRepository devices;
    CaseRepository cases;
    CallRepository calls;
    WorkOrderRepository workOrders;
    ResourceRepository resources;
    KbFolderRepository folders;
    KbArticleRepository articles;
    AccountRepository accounts;
    SeatRepository seats;
    AlarmRepository alarms;
    BlockedNumberRepository blocked;
};

RecordStore::RecordStore(Database &db)
    : m_repos(std::make_unique<Repos>(db))
{
}

RecordStore::~RecordStore() = default;

namespace {
template<typename T>
Result<T> decodeValid(const QCborMap &record)
{
    auto decoded = T::fromCbor(record);
    if (!decoded)
        return decoded.error();
    if (Status s = decoded->validate(); !s)
        return s.error();
    return decoded;
}
} // namespace

Result<RecordRef> RecordStore::check(RecordKind kind, const QCborMap &record)
{
    auto checkAs = [&](auto *tag) -> Result<RecordRef> {
        using T = std::remove_pointer_t<decltype(tag)>;
        auto r = decodeValid<T>(record);
        if (!r)
            return r.error();
        return RecordRef{kind, r->meta.id, r->meta.version};
    };
    switch (kind) {
    case RecordKind::Subject:
        return checkAs(static_cast<Subject *>(nullptr));
    case RecordKind::Household:
        return checkAs(static_cast<Household *>(nullptr));
    case RecordKind::Device:
        return checkAs(static_cast<Device *>(nullptr));
    case RecordKind::Case:
        return checkAs(static_cast<CaseRecord *>(nullptr));
    case RecordKind::Call:
        return checkAs(static_cast<CallRecord *>(nullptr));
    case RecordKind::WorkOrder:
        return checkAs(static_cast<WorkOrder *>(nullptr));
    case RecordKind::Resource:
        return checkAs(static_cast<Resource *>(nullptr));
    case RecordKind::KbFolder:
        return checkAs(static_cast<KbFolder *>(nullptr));
    case RecordKind::KbArticle:
        return checkAs(static_cast<KbArticle *>(nullptr));
    case RecordKind::Account:
        return checkAs(static_cast<Account *>(nullptr));
    case RecordKind::Alarm:
        return checkAs(static_cast<Alarm *>(nullptr));
    case RecordKind::BlockedNumber:
        return checkAs(static_cast<BlockedNumber *>(nullptr));
    case RecordKind::Seat:
        break;
    }
    return checkAs(static_cast<Seat *>(nullptr));
}

Status RecordStore::insert(RecordKind kind, const QCborMap &record)
{
    return m_repos->visit(kind, [&](auto &repo, auto *tag) -> Status {
        auto r = decodeValid<std::remove_pointer_t<decltype(tag)>>(record);
        return r ? repo.insert(*r) : Status(r.error());
    });
}

Status RecordStore::update(RecordKind kind, const QCborMap &record, qint64 basedOnVersion)
{
    return m_repos->visit(kind, [&](auto &repo, auto *tag) -> Status {
        auto r = decodeValid<std::remove_pointer_t<decltype(tag)>>(record);
        return r ? repo.update(*r, basedOnVersion) : Status(r.error());
    });
}

Status RecordStore::upsert(RecordKind kind, const QCborMap &record)
{
    return m_repos->visit(kind, [&](auto &repo, auto *tag) -> Status {
        auto r = decodeValid<std::remove_pointer_t<decltype(tag)>>(record);
        return r ? repo.upsert(*r) : Status(r.error());
    });
}

Status RecordStore::remove(RecordKind kind, const QString &id)
{
    return m_repos->visit(kind, [&](auto &repo, auto *) -> Status { return repo.remove(id); });
}

Result<QCborMap> RecordStore::get(RecordKind kind, const QString &id)
{
    return m_repos->visit(kind, [&](auto &repo, auto *) -> Result<QCborMap> {
        auto r = repo.get(id);
        if (!r)
            return r.error();
        return r->toCbor();
    });
}

Result<qint64> RecordStore::storedVersion(RecordKind kind, const QString &id)
{
    return m_repos->visit(kind, [&](auto &repo, auto *) { return repo.storedVersion(id); });
}

Status RecordStore::clear(RecordKind kind)
{
    return m_repos->visit(kind, [&](auto &repo, auto *) { return repo.clearAll(); });
}

Result<qint64> RecordStore::count(RecordKind kind)
{
    return m_repos->visit(kind, [&](auto &repo, auto *) -> Result<qint64> { return repo.count(); });
}

Result<QList<QPair<QString, QByteArray>>> RecordStore::rawPage(RecordKind kind, const QString &afterId,
                                                               int limit)
{
    return m_repos->visit(kind, [&](auto &repo, auto *) { return repo.rawPage(afterId, limit); });
}

} // namespace safelink::store
