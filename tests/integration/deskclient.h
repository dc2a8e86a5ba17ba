#pragma once

// One desk without its window: its replica database (a file in the hub's scratch folder), the
// replica and the sync client, signed in to a HubProcess. Shared by the tests that need seats.
#include "hubprocess.h"

#include <safelink/store/database.h>
#include <safelink/store/recordstore.h>
#include <safelink/sync/replica.h>
#include <safelink/sync/syncclient.h>

#include <QTest>

#include <gtest/gtest.h>

namespace safelink::test {

struct DeskClient {
    DeskClient(HubProcess &hub, const QString &name, const QString &login, QByteArray pinnedKey = {},
               bool snapshotFile = true)
    {
        auto opened = store::Database::open(
            store::DatabaseConfig{.path = hub.scratch(name + QStringLiteral(".sqlite"))});
        EXPECT_TRUE(opened.ok());
        db = std::move(opened).value();
        EXPECT_TRUE(db->migrate().ok());
        replica = std::make_unique<sync::Replica>(*db);
        sync::SyncConfig config;
        config.host = QStringLiteral("127.0.0.1");
        config.port = hub.port();
        config.pinnedHubKey = pinnedKey.isEmpty() ? hub.publicKey() : pinnedKey;
        config.login = login;
        config.password = HubProcess::kPassword;
        config.seat = name;
        config.minReconnectMs = 100;
        config.maxReconnectMs = 500;
        config.acceptSnapshotFile = snapshotFile;
        client = std::make_unique<sync::SyncClient>(*replica, config);
    }

    bool waitLive(int ms = 20000)
    {
        return QTest::qWaitFor([this] { return client->state() == sync::SyncState::Live; }, ms);
    }

    qint64 count(core::RecordKind kind) { return store::RecordStore(*db).count(kind).valueOr(-1); }

    std::unique_ptr<store::Database> db;
    std::unique_ptr<sync::Replica> replica;
    std::unique_ptr<sync::SyncClient> client;
};

} // namespace safelink::test
