#pragma once

#include <QLoggingCategory>
#include <QStringList>
#include <QtGlobal>

namespace safelink::test {

// Collects the log lines written while it lives ("category: message"), for tests that check that a
// rejection was logged. Qt's message handler is a plain function, hence the one static pointer;
// tests run on one thread.
class LogCapture {
public:
    LogCapture()
        : m_previous(qInstallMessageHandler(&LogCapture::handle))
    {
        current() = this;
    }
    ~LogCapture()
    {
        qInstallMessageHandler(m_previous);
        current() = nullptr;
    }
    LogCapture(const LogCapture &) = delete;
    LogCapture &operator=(const LogCapture &) = delete;

    QStringList lines(QtMsgType type) const { return type == QtWarningMsg ? m_warnings : m_others; }
    QStringList warnings() const { return m_warnings; }
    QStringList warningsContaining(const QString &text) const { return m_warnings.filter(text); }

private:
    static LogCapture *&current()
    {
        static LogCapture *capture = nullptr;
        return capture;
    }
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (LogCapture *self = current()) {
            const QString line = QString::fromLatin1(context.category ? context.category : "default")
                                 + QStringLiteral(": ") + message;
            (type == QtWarningMsg ? self->m_warnings : self->m_others).append(line);
        }
    }

    QtMessageHandler m_previous;
    QStringList m_warnings;
    QStringList m_others;
};

// Turns off the warnings of safelink.net and safelink.protocol while it lives: tests that provoke
// thousands of rejections on purpose would bury everything else in the output.
class QuietNetLogs {
public:
    QuietNetLogs()
    {
        QLoggingCategory::setFilterRules(
            QStringLiteral("safelink.net.warning=false\nsafelink.protocol.warning=false"));
    }
    ~QuietNetLogs() { QLoggingCategory::setFilterRules(QString()); }
    QuietNetLogs(const QuietNetLogs &) = delete;
    QuietNetLogs &operator=(const QuietNetLogs &) = delete;
};

} // namespace safelink::test
