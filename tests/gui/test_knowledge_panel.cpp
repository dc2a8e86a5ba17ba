// The knowledge-base panel on a real SQLite replica: the multi-level tree in order (agents see
// published articles only, editors everything, marked), Chinese search by keyboard, the article,
// attaching it to the open case, the editor's errors next to the fields, folder moves that would
// loop refused, and editing not offered to agents.
#include "testutil.h"

#include <safelink/desk/caseform.h>
#include <safelink/desk/knowledge.h>
#include <safelink/store/database.h>
#include <safelink/store/repositories.h>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>

#include <gtest/gtest.h>

using namespace safelink;
using namespace safelink::desk;
using namespace safelink::test;

namespace {

core::KbFolder folder(const QString &id, const QString &name, const QString &parent, int order)
{
    core::KbFolder f;
    f.meta.id = id;
    f.meta.version = 1;
    f.name = name;
    f.parentId = parent;
    f.order = order;
    return f;
}

core::KbArticle article(const QString &id, const QString &folderId, const QString &title, const QString &body,
                        core::ArticleStatus status = core::ArticleStatus::Published)
{
    core::KbArticle a;
    a.meta.id = id;
    a.meta.version = 1;
    a.meta.updatedAt = QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);
    a.folderId = folderId;
    a.title = title;
    a.body = body;
    a.status = status;
    return a;
}

class KnowledgePanelTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto db = store::Database::open(
            store::DatabaseConfig{.path = m_dir.file(QStringLiteral("replica.sqlite"))});
        ASSERT_TRUE(db.ok());
        m_db = std::move(db).value();
        ASSERT_TRUE(m_db->migrate().ok());
        store::KbFolderRepository folders(*m_db);
        ASSERT_TRUE(
            folders.insert(folder(QStringLiteral("f-flow"), QStringLiteral("紧急呼援处置流程"), {}, 1)).ok());
        ASSERT_TRUE(
            folders.insert(folder(QStringLiteral("f-policy"), QStringLiteral("政策咨询"), {}, 0)).ok());
        ASSERT_TRUE(
            folders
                .insert(folder(QStringLiteral("f-fall"), QStringLiteral("跌倒"), QStringLiteral("f-flow"), 0))
                .ok());
        store::KbArticleRepository articles(*m_db);
        ASSERT_TRUE(
            articles
                .insert(article(
                    QStringLiteral("a-fall"), QStringLiteral("f-fall"), QStringLiteral("老人跌倒的询问话术"),
                    QStringLiteral(
                        "先问能不能动。不要强行扶起，询问有无头部撞击。事后可申请适老化改造补贴。")))
                .ok());
        ASSERT_TRUE(articles
                        .insert(article(QStringLiteral("a-dibao"), QStringLiteral("f-policy"),
                                        QStringLiteral("低保老人的服务补贴"),
                                        QStringLiteral("低保、特困老人每月可享受居家养老服务补贴。")))
                        .ok());
        ASSERT_TRUE(articles
                        .insert(article(QStringLiteral("a-draft"), QStringLiteral("f-policy"),
                                        QStringLiteral("草稿：新政策"), QStringLiteral("未定"),
                                        core::ArticleStatus::Draft))
                        .ok());
    }

    TempDir m_dir;
    std::unique_ptr<store::Database> m_db;
};

} // namespace

TEST_F(KnowledgePanelTest, TheTreeIsInFolderOrderAndAgentsSeeOnlyPublishedArticles)
{
    KnowledgeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(model.reload(*m_db, false).ok());
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(0, 0).data().toString(), QStringLiteral("政策咨询")); // order 0 first
    EXPECT_EQ(model.index(1, 0).data().toString(), QStringLiteral("紧急呼援处置流程"));
    const QModelIndex flow = model.index(1, 0);
    ASSERT_EQ(model.rowCount(flow), 1);
    const QModelIndex fall = model.index(0, 0, flow);
    EXPECT_EQ(fall.data().toString(), QStringLiteral("跌倒"));
    ASSERT_EQ(model.rowCount(fall), 1);
    EXPECT_EQ(model.index(0, 0, fall).data(KnowledgeModel::IdRole).toString(), QStringLiteral("a-fall"));
    EXPECT_EQ(model.rowCount(model.index(0, 0)), 1); // the draft is hidden from agents
    EXPECT_EQ(model.articleCount(), 2);

    ASSERT_TRUE(model.reload(*m_db, true).ok());
    EXPECT_EQ(model.articleCount(), 3);
    EXPECT_TRUE(model.findArticle(QStringLiteral("a-draft"))
                    .data()
                    .toString()
                    .contains(core::label(core::ArticleStatus::Draft)));
    EXPECT_EQ(folderPath(model.folders(), QStringLiteral("f-fall")),
              QStringLiteral("紧急呼援处置流程 / 跌倒"));
    EXPECT_TRUE(isWithin(model.folders(), QStringLiteral("f-fall"), QStringLiteral("f-flow")));
    EXPECT_FALSE(isWithin(model.folders(), QStringLiteral("f-policy"), QStringLiteral("f-flow")));
}

TEST_F(KnowledgePanelTest, AnAgentSearchesInChineseByKeyboardAndAttachesTheArticleToTheCase)
{
    KnowledgePanel panel(m_db.get(), nullptr);
    panel.resize(500, 600);
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    EXPECT_FALSE(
        panel.findChild<QPushButton *>(QStringLiteral("kbNewArticle"))->isVisible()); // agents do not edit

    panel.focusSearch();
    auto *search = panel.findChild<QLineEdit *>(QStringLiteral("kbSearch"));
    ASSERT_EQ(QApplication::focusWidget(), search);
    search->setText(QStringLiteral("撞击")); // two characters, from the body
    QTest::keyClick(search, Qt::Key_Return);
    EXPECT_EQ(panel.resultTitles(), QStringList{QStringLiteral("老人跌倒的询问话术")});
    QTest::keyClick(search, Qt::Key_Down);
    auto *results = panel.findChild<QListWidget *>(QStringLiteral("kbResults"));
    EXPECT_EQ(QApplication::focusWidget(), results);
    QTest::keyClick(results, Qt::Key_Return);
    EXPECT_EQ(panel.shownArticleId(), QStringLiteral("a-fall"));
    EXPECT_TRUE(panel.shownText().contains(QStringLiteral("不要强行扶起")));

    // A word in one title and another body: the title's article comes first.
    search->setText(QStringLiteral("老人"));
    QTest::keyClick(search, Qt::Key_Return);
    ASSERT_EQ(panel.resultTitles().size(), 2);
    search->setText(QStringLiteral("补贴")); // in the fall script's body (stored first) and the other's title
    QTest::keyClick(search, Qt::Key_Return);
    EXPECT_EQ(panel.resultTitles(),
              (QStringList{QStringLiteral("低保老人的服务补贴"), QStringLiteral("老人跌倒的询问话术")}));

    search->setText(QStringLiteral("新政策")); // a draft: not for agents
    QTest::keyClick(search, Qt::Key_Return);
    EXPECT_TRUE(panel.resultTitles().isEmpty());

    // No case open: attaching is off and says why; with one open, Ctrl+Shift+K attaches.
    auto *attach = panel.findChild<QPushButton *>(QStringLiteral("kbAttach"));
    EXPECT_FALSE(attach->isEnabled());
    EXPECT_FALSE(attach->toolTip().isEmpty());
    CaseForm form(QStringLiteral("agent-1"));
    form.start(core::CaseType::Consultation, PopCard{}, QDateTime::currentDateTimeUtc());
    QObject::connect(&panel, &KnowledgePanel::attachRequested, &form,
                     [&form](const QString &id, const QString &title) { form.attachArticle(id, title); });
    panel.setCaseOpen(form.isOpen());
    QTest::keyClick(results, Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_EQ(form.record().articleIds, QStringList{QStringLiteral("a-fall")});
    EXPECT_EQ(form.articleTitle(QStringLiteral("a-fall")), QStringLiteral("老人跌倒的询问话术"));

    // Without a hub nothing can be edited, and an agent may not anyway.
    core::KbArticle changed =
        article(QStringLiteral("a-fall"), QStringLiteral("f-fall"), QStringLiteral("x"), QStringLiteral("y"));
    EXPECT_EQ(panel.saveArticle(changed, 1).error().code, ErrorCode::Io);
}

TEST_F(KnowledgePanelTest, TheEditorShowsErrorsNextToTheFieldsAndFoldersCannotMoveIntoThemselves)
{
    KnowledgeModel model;
    ASSERT_TRUE(model.reload(*m_db, true).ok());
    core::KbArticle fresh;
    fresh.meta.id = QStringLiteral("a-new");
    ArticleEditor editor(fresh, model.folders());
    editor.setFolder(QString());
    editor.show();
    auto result = editor.result();
    ASSERT_FALSE(result.ok());
    int shownErrors = 0;
    for (QLabel *l : editor.findChildren<QLabel *>())
        shownErrors += l->isVisible() && l->styleSheet().contains(QStringLiteral("#c62828")) ? 1 : 0;
    EXPECT_GE(shownErrors, 2); // the title and the folder
    editor.setTitle(QStringLiteral("轮椅借用流程"));
    editor.setFolder(QStringLiteral("f-policy"));
    editor.setBody(QStringLiteral("到社区服务站登记，押金 200 元。"));
    result = editor.result();
    ASSERT_TRUE(result.ok()) << result.error().toString().toStdString();
    EXPECT_EQ(result->folderId, QStringLiteral("f-policy"));
    EXPECT_EQ(result->title, QStringLiteral("轮椅借用流程"));

    KnowledgePanel panel(m_db.get(), nullptr);
    panel.setEditor(true);
    EXPECT_FALSE(panel.findChild<QPushButton *>(QStringLiteral("kbNewArticle"))->isHidden());
    core::KbFolder loop =
        folder(QStringLiteral("f-flow"), QStringLiteral("紧急呼援处置流程"), QStringLiteral("f-fall"), 1);
    const Status refused = panel.saveFolder(loop, 1);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, QStringLiteral("parentId"));
    EXPECT_EQ(panel.deleteFolder(QStringLiteral("f-flow")).error().code, ErrorCode::Invalid); // not empty
}

TEST_F(KnowledgePanelTest, DeletedArticlesAreListedAsTheyWereAndAnEditorRestoresOne)
{
    const core::KbArticle gone = article(QStringLiteral("a-gone"), QStringLiteral("f-policy"),
                                         QStringLiteral("旧的高龄津贴标准"), QStringLiteral("每月 100 元。"));
    protocol::RecordHistory list{core::RecordKind::KbArticle, QString(), {}};
    list.versions.append({3, QDateTime(QDate(2026, 11, 24), QTime(2, 0), Qt::UTC), QStringLiteral("acc-9"),
                          QStringLiteral("王督导"), QStringLiteral("坐席9"), true,
                          gone.toCbor().toCborValue().toCbor()});
    ArticleHistoryDialog dialog(QString(), true);
    dialog.show();
    dialog.setHistory(list);
    ASSERT_EQ(dialog.versionCount(), 1);
    EXPECT_TRUE(dialog.shownText().contains(QStringLiteral("每月 100 元")));
    QSignalSpy restore(&dialog, &ArticleHistoryDialog::restoreRequested);
    auto *button = dialog.findChild<QPushButton *>();
    ASSERT_NE(button, nullptr);
    ASSERT_TRUE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    ASSERT_EQ(restore.count(), 1);
    EXPECT_EQ(restore.at(0).at(0).value<core::KbArticle>().meta.id, QStringLiteral("a-gone"));

    ArticleHistoryDialog agents(QString(), false);
    agents.setHistory(list);
    EXPECT_TRUE(agents.findChild<QPushButton *>()->isHidden()); // agents read, never restore
}
