// The desk's forms as an agent sees them (offscreen, in Chinese): sign-in, the caller's card, the
// case form's errors next to their fields.
#include "testutil.h"

#include <safelink/desk/caseform.h>
#include <safelink/desk/caseformwidget.h>
#include <safelink/desk/history.h>
#include <safelink/desk/signindialog.h>
#include <safelink/desk/subjectcard.h>
#include <safelink/i18n/translations.h>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

using namespace safelink;
using namespace safelink::desk;

namespace {

class DeskForms : public ::testing::Test {
protected:
    static void SetUpTestSuite() { i18n::install(*qApp, QStringLiteral("zh_CN")); }
};

core::Subject person()
{
    core::Subject s;
    s.meta.id = QStringLiteral("s-1");
    s.name = QStringLiteral("陈桂英");
    s.sex = core::Sex::Female;
    s.birthDate = QDate(1938, 4, 12);
    s.address.province = QStringLiteral("广东省");
    s.address.city = QStringLiteral("广州市");
    s.address.detail = QStringLiteral("文德路1号");
    s.healthNotes = QStringLiteral("高血压");
    s.allergies = {QStringLiteral("青霉素")};
    core::EmergencyContact daughter;
    daughter.order = 1;
    daughter.name = QStringLiteral("李秀兰");
    daughter.relationship = core::Relationship::Daughter;
    daughter.phones = {
        core::ContactPhone{core::PhoneNumber::parse(u"13911112222").value(), QStringLiteral("手机")}};
    daughter.holdsKey = true;
    s.contacts = {daughter};
    return s;
}

} // namespace

TEST_F(DeskForms, SignInNamesEachMissingFieldAndParsesTheAddress)
{
    SignIn prefill;
    prefill.login = QStringLiteral("wang");
    SignInDialog dialog(prefill);
    auto *address = dialog.findChild<QLineEdit *>(QStringLiteral("signInAddress"));
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("signInPassword"));
    ASSERT_TRUE(address && password);
    EXPECT_EQ(password->echoMode(), QLineEdit::Password);
    address->setText(QStringLiteral("hub.local"));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Rejected); // still open
    EXPECT_FALSE(dialog.fieldError(QStringLiteral("address")).isEmpty());
    EXPECT_FALSE(dialog.fieldError(QStringLiteral("password")).isEmpty());
    EXPECT_TRUE(dialog.fieldError(QStringLiteral("login")).isEmpty());
    address->setText(QStringLiteral("192.168.1.10:7420"));
    password->setText(QStringLiteral("secret"));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    const SignIn in = dialog.signIn();
    EXPECT_EQ(in.host, QStringLiteral("192.168.1.10"));
    EXPECT_EQ(in.port, 7420);
    EXPECT_EQ(in.password, QStringLiteral("secret"));

    QString host;
    quint16 port = 0;
    EXPECT_TRUE(SignIn::parseAddress(QStringLiteral("[::1]:7420"), &host, &port));
    EXPECT_EQ(host, QStringLiteral("::1"));
    EXPECT_FALSE(SignIn::parseAddress(QStringLiteral("hub:0"), &host, &port));
    EXPECT_FALSE(SignIn::parseAddress(QStringLiteral("hub:70000"), &host, &port));
    EXPECT_FALSE(SignIn::parseAddress(QStringLiteral("hub 7420"), &host, &port));
}

TEST_F(DeskForms, TheCardShowsThePersonAndCallsAContactByKey)
{
    SubjectCard card;
    card.resize(700, 700);
    card.show();
    PopCard pop;
    pop.callerNumber = QStringLiteral("13800138000");
    pop.callerDisplay = QStringLiteral("138 0013 8000");
    pop.canonical = QStringLiteral("+8613800138000");
    pop.match = CallerMatch::Subject;
    pop.subject = person();
    pop.age = 88;
    card.showCard(pop);
    const QString text = card.text();
    EXPECT_TRUE(text.contains(QStringLiteral("陈桂英")));
    EXPECT_TRUE(text.contains(QStringLiteral("88 岁"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("过敏：青霉素"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("李秀兰（女儿）"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("有钥匙")));
    QSignalSpy dial(&card, &SubjectCard::dialRequested);
    auto *call = card.findChild<QToolButton *>(QStringLiteral("popDial"));
    ASSERT_NE(call, nullptr);
    EXPECT_EQ(call->shortcut(), QKeySequence(Qt::ALT | Qt::Key_1));
    EXPECT_TRUE(call->toolTip().contains(QStringLiteral("Alt+1"))) << call->toolTip().toStdString();
    QTest::mouseClick(call, Qt::LeftButton);
    ASSERT_EQ(dial.count(), 1);
    EXPECT_EQ(dial.at(0).at(0).toString(), QStringLiteral("13911112222"));
    EXPECT_FALSE(card.findChild<QWidget *>(QStringLiteral("popSearch"))->isVisible()); // known: no search
}

TEST_F(DeskForms, AnUnknownNumberOffersTheSearchAndLinkTheNumber)
{
    SubjectCard card;
    card.setSearch([](const QString &text) {
        return text == QStringLiteral("陈桂英") ? QList<core::Subject>{person()} : QList<core::Subject>{};
    });
    card.show();
    PopCard pop;
    pop.callerNumber = QStringLiteral("13698765432");
    pop.callerDisplay = QStringLiteral("136 9876 5432");
    pop.canonical = QStringLiteral("+8613698765432");
    card.showCard(pop);
    EXPECT_TRUE(card.text().contains(QStringLiteral("未知号码"))) << card.text().toStdString();
    auto *search = card.findChild<QLineEdit *>(QStringLiteral("popSearchText"));
    ASSERT_TRUE(search && search->isVisible());
    EXPECT_FALSE(search->hasFocus()); // the pop never takes the keyboard
    search->setText(QStringLiteral("陈桂英"));
    QTest::keyClick(search, Qt::Key_Return);
    auto *results = card.findChild<QListWidget *>(QStringLiteral("popSearchResults"));
    ASSERT_EQ(results->count(), 1);
    QSignalSpy link(&card, &SubjectCard::linkNumberRequested);
    QTest::mouseClick(card.findChild<QPushButton *>(QStringLiteral("popLink")), Qt::LeftButton);
    ASSERT_EQ(link.count(), 1);
    EXPECT_EQ(link.at(0).at(0).toString(), QStringLiteral("s-1"));
    EXPECT_EQ(link.at(0).at(1).toString(), QStringLiteral("+8613698765432"));
}

TEST_F(DeskForms, TheCaseFormShowsErrorsNextToTheirFields)
{
    CaseForm form(QStringLiteral("acc-1"));
    CaseFormWidget widget(form);
    widget.show();
    EXPECT_FALSE(widget.isEnabled()); // no case open
    PopCard pop;
    pop.subject = person();
    form.start(core::CaseType::Emergency, pop, QDateTime::currentDateTimeUtc());
    EXPECT_TRUE(widget.isEnabled());
    QSignalSpy save(&widget, &CaseFormWidget::saveRequested);
    QTest::mouseClick(widget.findChild<QPushButton *>(QStringLiteral("caseClose")), Qt::LeftButton);
    ASSERT_EQ(save.count(), 1);
    EXPECT_TRUE(save.at(0).at(0).toBool());
    widget.showProblems(form.problems(true));
    EXPECT_EQ(widget.errorText(QStringLiteral("summary")), QStringLiteral("请简要说明发生了什么。"));
    EXPECT_FALSE(widget.errorText(QStringLiteral("outcomeCode")).isEmpty());
    // Steps are marked by their buttons, time-stamped on screen.
    QTest::mouseClick(widget.findChild<QPushButton *>(QStringLiteral("step_call_120")), Qt::LeftButton);
    EXPECT_TRUE(form.stepDone(QStringLiteral("call_120")).isValid());
    EXPECT_TRUE(widget.findChild<QLabel *>(QStringLiteral("stepTime_call_120"))
                    ->text()
                    .startsWith(QStringLiteral("✔")));
    widget.showProblems({});
    EXPECT_TRUE(widget.errorText(QStringLiteral("summary")).isEmpty());
}

TEST_F(DeskForms, TheHistoryListsCallsCasesAndWorkOrdersNewestFirstAndFilters)
{
    const QDateTime t0(QDate(2026, 11, 20), QTime(8, 0), Qt::UTC);
    core::CallRecord call;
    call.meta.id = QStringLiteral("call-1");
    call.direction = core::CallDirection::Inbound;
    call.remoteNumber = core::PhoneNumber::parse(u"13800138000").value();
    call.startedAt = t0;
    call.answeredAt = t0.addSecs(5);
    call.endedAt = t0.addSecs(125);
    call.recordingId = QStringLiteral("rec-1");
    core::CaseRecord fall;
    fall.meta.id = QStringLiteral("case-1");
    fall.number = QStringLiteral("JJ-20261121-0001");
    fall.type = core::CaseType::Emergency;
    fall.status = core::CaseStatus::Closed;
    fall.openedAt = t0.addDays(1);
    fall.summary = QStringLiteral("夜间跌倒，已送医");
    core::WorkOrder callback;
    callback.meta.id = QStringLiteral("wo-1");
    callback.kind = core::WorkOrderKind::Callback;
    callback.createdAt = t0.addDays(2);
    callback.description = QStringLiteral("当日回访");

    auto *model = new SubjectHistoryModel;
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model->setHistory({call}, {fall}, {callback});
    ASSERT_EQ(model->rowCount(), 3);
    EXPECT_EQ(model->index(0, SubjectHistoryModel::Summary).data().toString(), QStringLiteral("当日回访"));
    EXPECT_EQ(model->index(2, SubjectHistoryModel::Summary).data().toString(),
              QStringLiteral("talked 2:00").replace(QStringLiteral("talked"), QStringLiteral("通话")));

    QStringList fetched;
    SubjectHistoryDialog dialog(QStringLiteral("陈桂英"), model, [&](const QString &id) { fetched << id; });
    EXPECT_TRUE(dialog.windowTitle().contains(QStringLiteral("陈桂英")));
    dialog.setFilter(-1, QStringLiteral("跌倒"));
    EXPECT_EQ(dialog.visibleRows(), 1);
    dialog.setFilter(int(SubjectHistoryModel::Kind::Call), QString());
    EXPECT_EQ(dialog.visibleRows(), 1);
    auto *view = dialog.findChild<QTableView *>(QStringLiteral("historyView"));
    ASSERT_NE(view, nullptr);
    view->setCurrentIndex(view->model()->index(0, 0));
    dialog.playSelected();
    EXPECT_EQ(fetched, QStringList{QStringLiteral("rec-1")});
    dialog.setFilter(int(SubjectHistoryModel::Kind::WorkOrder), QString());
    view->setCurrentIndex(view->model()->index(0, 0));
    dialog.playSelected(); // not a call: nothing to fetch
    EXPECT_EQ(fetched.size(), 1);
}
