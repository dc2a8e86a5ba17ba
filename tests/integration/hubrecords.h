#pragma once

// Records written straight into a stopped hub's database through its WriteService (as an import
// would), so that a test starts with the people and terminals it needs.

#include "hubprocess.h"
#include "samples.h"

#include <safelink/core/common.h>
#include <safelink/hub/auditlog.h>
#include <safelink/hub/writeservice.h>
#include <safelink/store/database.h>

#include <QCborMap>

#include <gtest/gtest.h>

namespace safelink::test {

class HubRecords {
public:
    explicit HubRecords(HubProcess &hub)
    {
        auto opened = store::Database::open(hub.databaseConfig());
        EXPECT_TRUE(opened.ok());
        if (opened)
            m_db = std::move(opened).value();
    }

    bool put(core::RecordKind kind, const QCborMap &record)
    {
        if (!m_db)
            return false;
        hub::AuditLog audit(*m_db);
        hub::WriteService writes(*m_db, audit);
        auto r = writes.apply(protocol::WriteRequest::put(kind, record, 0),
                              hub::Actor::system(QStringLiteral("test")));
        EXPECT_TRUE(r.ok()) << r.error().toString().toStdString();
        return r.ok();
    }

    // The sample person (陈桂英) and her wearable (sampleDevice(), with `serial` when given); the
    // wearable's record id. Needs samples.cpp in the test.
    QString putWearer(const QString &serial = {})
    {
        core::Subject s = sampleSubject();
        s.meta.version = 0;
        core::Device d = sampleDevice();
        d.meta.version = 0;
        if (!serial.isEmpty())
            d.serial = serial;
        if (!put(core::RecordKind::Subject, s.toCbor()) || !put(core::RecordKind::Device, d.toCbor()))
            return {};
        return d.meta.id;
    }

    store::Database &db() { return *m_db; }

private:
    std::unique_ptr<store::Database> m_db;
};

} // namespace safelink::test
