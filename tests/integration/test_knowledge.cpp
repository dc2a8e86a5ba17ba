// The knowledge base through the hub: a supervisor creates, edits, moves and deletes an article
// (through the outbox, as the desk's panel does), an agent's seat sees every change, the hub keeps
// every version with its author for the history, and an agent may neither edit nor read other
// records' histories.
#include "deskclient.h"
#include "hubprocess.h"

#include <safelink/core/article.h>
#include <safelink/store/repositories.h>

#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace safelink;
using namespace safelink::test;

namespace {

bool put(DeskClient &desk, core::RecordKind kind, const QCborMap &record, const QString &id, qint64 basedOn)
{
    protocol::WriteRequest w;
    w.kind = kind;
    w.record = record;
    w.recordId = id;
    w.basedOnVersion = basedOn;
    return desk.client->write(w).ok();
}

} // namespace

TEST(Knowledge, ASupervisorsEditsReachEverySeatAndTheHubKeepsEveryVersion)
{
    HubProcess hub;
    ASSERT_TRUE(hub.setUp(1));
    const QString passwordFile = hub.scratch(QStringLiteral("sup.pw"));
    {
        QFile f(passwordFile);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(HubProcess::kPassword.toUtf8());
    }
    ASSERT_EQ(hub.run({QStringLiteral("add-account"), QStringLiteral("--data"), hub.dataDir(),
                       QStringLiteral("--login"), QStringLiteral("sup1"), QStringLiteral("--name"),
                       QStringLiteral("王督导"), QStringLiteral("--role"), QStringLiteral("supervisor"),
                       QStringLiteral("--password-file"), passwordFile}),
              0)
        << hub.lastOutput().toStdString();
    ASSERT_TRUE(hub.start());
    DeskClient supervisor(hub, QStringLiteral("seat-s"), QStringLiteral("sup1"));
    DeskClient agent(hub, QStringLiteral("seat-a"), QStringLiteral("agent1"));
    supervisor.client->start();
    agent.client->start();
    ASSERT_TRUE(supervisor.waitLive());
    ASSERT_TRUE(agent.waitLive());
    EXPECT_TRUE(supervisor.client->hasRole(core::Role::Supervisor));
    EXPECT_FALSE(agent.client->hasRole(core::Role::Supervisor));

    core::KbFolder flows;
    flows.meta.id = core::RecordMeta::newId();
    flows.name = QStringLiteral("紧急呼援处置流程");
    core::KbFolder falls = flows;
    falls.meta.id = core::RecordMeta::newId();
    falls.name = QStringLiteral("跌倒");
    falls.parentId = flows.meta.id;
    ASSERT_TRUE(put(supervisor, core::RecordKind::KbFolder, flows.toCbor(), flows.meta.id, 0));
    ASSERT_TRUE(put(supervisor, core::RecordKind::KbFolder, falls.toCbor(), falls.meta.id, 0));
    core::KbArticle article;
    article.meta.id = core::RecordMeta::newId();
    article.folderId = flows.meta.id;
    article.title = QStringLiteral("老人跌倒的询问话术");
    article.body = QStringLiteral("1. 先问：现在能不能动？\n2. 不要让家属强行扶起。");
    article.status = core::ArticleStatus::Published;
    ASSERT_TRUE(put(supervisor, core::RecordKind::KbArticle, article.toCbor(), article.meta.id, 0));
    article.body += QStringLiteral("\n3. 询问有无头部撞击。"); // edited
    ASSERT_TRUE(put(supervisor, core::RecordKind::KbArticle, article.toCbor(), article.meta.id, 1));
    article.folderId = falls.meta.id; // moved into the sub-folder
    ASSERT_TRUE(put(supervisor, core::RecordKind::KbArticle, article.toCbor(), article.meta.id, 2));

    store::KbArticleRepository atAgent(*agent.db);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            auto a = atAgent.get(article.meta.id);
            return a && a->meta.version == 3;
        },
        10000));
    const core::KbArticle seen = atAgent.get(article.meta.id).value();
    EXPECT_EQ(seen.folderId, falls.meta.id);
    EXPECT_TRUE(seen.body.contains(QStringLiteral("头部撞击")));
    EXPECT_EQ(store::KbFolderRepository(*agent.db).get(falls.meta.id).value().parentId, flows.meta.id);
    // Chinese search on the agent's replica finds it by a two-character word of its body.
    auto found = atAgent.search(QStringLiteral("撞击"));
    ASSERT_TRUE(found.ok());
    ASSERT_EQ(found->size(), 1);
    EXPECT_EQ(found->first().meta.id, article.meta.id);

    // An agent cannot edit it: the hub refuses and nothing changes.
    QSignalSpy refused(agent.client.get(), &sync::SyncClient::writeRejected);
    core::KbArticle vandal = seen;
    vandal.body = QStringLiteral("改坏了");
    ASSERT_TRUE(put(agent, core::RecordKind::KbArticle, vandal.toCbor(), vandal.meta.id, 3));
    ASSERT_TRUE(refused.wait(10000));
    EXPECT_EQ(refused.at(0).at(1).value<Error>().code, ErrorCode::Forbidden);
    EXPECT_EQ(atAgent.get(article.meta.id).value().meta.version, 3);

    // The supervisor deletes it; every seat loses it; its history stays.
    protocol::WriteRequest remove;
    remove.kind = core::RecordKind::KbArticle;
    remove.op = protocol::WriteOp::Delete;
    remove.recordId = article.meta.id;
    remove.basedOnVersion = 3;
    ASSERT_TRUE(supervisor.client->write(remove).ok());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !atAgent.get(article.meta.id).ok(); }, 10000));

    QSignalSpy histories(agent.client.get(), &sync::SyncClient::historyReceived);
    agent.client->requestHistory(core::RecordKind::KbArticle, article.meta.id);
    ASSERT_TRUE(histories.wait(10000));
    const auto history = histories.at(0).at(0).value<protocol::RecordHistory>();
    EXPECT_EQ(history.recordId, article.meta.id);
    ASSERT_EQ(history.versions.size(), 4);
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(history.versions[i].version, i + 1);
        EXPECT_FALSE(history.versions[i].deleted);
        EXPECT_EQ(history.versions[i].authorName, QStringLiteral("王督导"));
        EXPECT_EQ(history.versions[i].author, supervisor.client->accountId());
    }
    EXPECT_TRUE(history.versions[3].deleted);
    const auto first = core::KbArticle::fromCbor(QCborValue::fromCbor(history.versions[0].record));
    ASSERT_TRUE(first.ok());
    EXPECT_FALSE(first->body.contains(QStringLiteral("头部撞击"))); // the first version as it was
    EXPECT_EQ(first->folderId, flows.meta.id);

    // The deleted articles, each as it was: the supervisor restores it; it goes on from version 4.
    QSignalSpy deletedList(supervisor.client.get(), &sync::SyncClient::historyReceived);
    supervisor.client->requestHistory(core::RecordKind::KbArticle, QString());
    ASSERT_TRUE(deletedList.wait(10000));
    const auto deleted = deletedList.at(0).at(0).value<protocol::RecordHistory>();
    EXPECT_TRUE(deleted.recordId.isEmpty());
    ASSERT_EQ(deleted.versions.size(), 1);
    EXPECT_TRUE(deleted.versions[0].deleted);
    EXPECT_EQ(deleted.versions[0].authorName, QStringLiteral("王督导"));
    const auto before = core::KbArticle::fromCbor(QCborValue::fromCbor(deleted.versions[0].record));
    ASSERT_TRUE(before.ok());
    EXPECT_EQ(before->meta.id, article.meta.id);
    EXPECT_TRUE(before->body.contains(QStringLiteral("头部撞击")));
    ASSERT_TRUE(put(supervisor, core::RecordKind::KbArticle, before->toCbor(), before->meta.id, 0));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            auto a = atAgent.get(article.meta.id);
            return a && a->meta.version == 5;
        },
        10000));
    QSignalSpy none(supervisor.client.get(), &sync::SyncClient::historyReceived);
    supervisor.client->requestHistory(core::RecordKind::KbArticle, QString());
    ASSERT_TRUE(none.wait(10000));
    EXPECT_TRUE(none.at(0).at(0).value<protocol::RecordHistory>().versions.isEmpty()); // nothing deleted now

    // Other records' histories are for supervisors: an agent is refused, clearly.
    QSignalSpy failed(agent.client.get(), &sync::SyncClient::historyFailed);
    agent.client->requestHistory(core::RecordKind::Account, agent.client->accountId());
    ASSERT_TRUE(failed.wait(10000));
    EXPECT_EQ(failed.at(0).at(2).value<Error>().code, ErrorCode::Forbidden);
    QSignalSpy allowed(supervisor.client.get(), &sync::SyncClient::historyReceived);
    supervisor.client->requestHistory(core::RecordKind::KbFolder, falls.meta.id);
    ASSERT_TRUE(allowed.wait(10000));
    EXPECT_EQ(allowed.at(0).at(0).value<protocol::RecordHistory>().versions.size(), 1);
}
