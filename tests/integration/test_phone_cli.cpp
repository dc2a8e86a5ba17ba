// safelink-phone, the administrators' line test, as a process against a real Kamailio and baresip.
#include "baresippeer.h"
#include "kamailioprocess.h"
#include "siptestutil.h"
#include "testutil.h"
#include "toneanalysis.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>

#include <gtest/gtest.h>

using namespace safelink::test;

namespace {

const QString kPassword = QStringLiteral("line-test-pass");

class PhoneCli : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_proxy.addUser(QStringLiteral("1099"), kPassword));
        ASSERT_TRUE(m_proxy.addUser(QStringLiteral("2001"), kPassword));
        ASSERT_TRUE(m_proxy.start()) << m_proxy.logText().toStdString();
        QFile pw(m_dir.file(QStringLiteral("pw")));
        ASSERT_TRUE(pw.open(QIODevice::WriteOnly));
        pw.write(kPassword.toUtf8() + "\n");
        pw.close();
        m_phone.setProgram(binaryDir() + QStringLiteral("/bin/safelink-phone"));
        m_phone.setProcessChannelMode(QProcess::MergedChannels);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SAFELINK_LANG"), QStringLiteral("en"));
        m_phone.setProcessEnvironment(env);
    }
    void TearDown() override
    {
        if (m_phone.state() != QProcess::NotRunning) {
            m_phone.kill();
            m_phone.waitForFinished(3000);
        }
    }

    void start(QStringList args, const QString &password = {})
    {
        QString pwFile = m_dir.file(QStringLiteral("pw"));
        if (!password.isEmpty()) {
            pwFile = m_dir.file(QStringLiteral("pw-other"));
            QFile f(pwFile);
            EXPECT_TRUE(f.open(QIODevice::WriteOnly));
            f.write(password.toUtf8());
        }
        args = QStringList{QStringLiteral("--proxy"),         m_proxy.proxyUri(),
                           QStringLiteral("--user"),          QStringLiteral("1099"),
                           QStringLiteral("--password-file"), pwFile,
                           QStringLiteral("--data-dir"),      m_dir.file(QStringLiteral("phone"))}
               + args;
        m_phone.setArguments(args);
        m_phone.start();
        ASSERT_TRUE(m_phone.waitForStarted(5000));
    }
    int finish(int timeoutMs = 30000)
    {
        waitUntil([this] { return m_phone.state() == QProcess::NotRunning; }, timeoutMs);
        m_output += QString::fromLocal8Bit(m_phone.readAll());
        return m_phone.state() == QProcess::NotRunning && m_phone.exitStatus() == QProcess::NormalExit
                   ? m_phone.exitCode()
                   : -1;
    }
    bool waitOutput(const QString &text, int timeoutMs = 10000)
    {
        return waitUntil(
            [&] {
                m_output += QString::fromLocal8Bit(m_phone.readAll());
                return m_output.contains(text);
            },
            timeoutMs);
    }

    TempDir m_dir;
    KamailioProcess m_proxy;
    QProcess m_phone;
    QString m_output;
};

} // namespace

TEST_F(PhoneCli, AnswersACallAndRecordsThePeersTone)
{
    const QString record = m_dir.file(QStringLiteral("line.wav"));
    start({QStringLiteral("--answer"), QStringLiteral("--record"), record, QStringLiteral("--seconds"),
           QStringLiteral("2"), QStringLiteral("--wait"), QStringLiteral("20")});
    ASSERT_TRUE(waitOutput(QStringLiteral("registration registered"))) << m_output.toStdString();
    auto options = BaresipPeer::registered(QStringLiteral("2001"), kPassword, m_proxy.port());
    options.toneHz = 440;
    BaresipPeer terminal(options);
    ASSERT_TRUE(terminal.start());
    ASSERT_TRUE(terminal.waitRegistered());
    ASSERT_TRUE(terminal.dial(m_proxy.userUri(QStringLiteral("1099"))));
    EXPECT_EQ(finish(), 0) << m_output.toStdString();
    // Every state on a line of its own with a time: "21:40:03.120 call 1 active sip:2001@...".
    EXPECT_TRUE(
        m_output.contains(QRegularExpression(QStringLiteral("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} call 1 ringing"))))
        << m_output.toStdString();
    EXPECT_TRUE(m_output.contains(QStringLiteral("call 1 active")));
    EXPECT_TRUE(m_output.contains(QStringLiteral("call 1 ended")));
    auto heard = ToneAnalysis::load(record);
    ASSERT_TRUE(heard.has_value());
    EXPECT_GT(heard->energyAt(440), 0.3);
}

TEST_F(PhoneCli, DialsSendsDtmfAndExitsZero)
{
    auto options = BaresipPeer::registered(QStringLiteral("2001"), kPassword, m_proxy.port());
    BaresipPeer peer(options);
    ASSERT_TRUE(peer.start());
    ASSERT_TRUE(peer.waitRegistered());
    start({QStringLiteral("--dial"), QStringLiteral("2001"), QStringLiteral("--dtmf"), QStringLiteral("123#"),
           QStringLiteral("--seconds"), QStringLiteral("1")});
    EXPECT_EQ(finish(), 0) << m_output.toStdString();
    EXPECT_TRUE(waitUntil([&] { return peer.receivedDtmf() == QLatin1String("123#"); }, 3000))
        << peer.receivedDtmf().toStdString() << "\n"
        << m_output.toStdString();
    EXPECT_TRUE(m_output.contains(QStringLiteral("dtmf-sent 123#")));
}

TEST_F(PhoneCli, WrongPasswordExitsThree)
{
    start({QStringLiteral("--answer"), QStringLiteral("--wait"), QStringLiteral("15")},
          QStringLiteral("wrong"));
    EXPECT_EQ(finish(), 3) << m_output.toStdString();
    EXPECT_TRUE(m_output.contains(QStringLiteral("registration failed 401"))
                || m_output.contains(QStringLiteral("registration failed 403")))
        << m_output.toStdString();
}

TEST_F(PhoneCli, UnknownNumberExitsOne)
{
    start({QStringLiteral("--dial"), QStringLiteral("9999")});
    EXPECT_EQ(finish(), 1) << m_output.toStdString();
    EXPECT_TRUE(m_output.contains(QStringLiteral("call 1 failed"))) << m_output.toStdString();
}

TEST_F(PhoneCli, BadArgumentsExitTwoAndNameTheOption)
{
    start({QStringLiteral("--answer"), QStringLiteral("--seconds"), QStringLiteral("soon")});
    EXPECT_EQ(finish(), 2);
    EXPECT_TRUE(m_output.contains(QStringLiteral("--seconds"))) << m_output.toStdString();
    EXPECT_TRUE(m_output.contains(QStringLiteral("Usage"))) << m_output.toStdString();
}
