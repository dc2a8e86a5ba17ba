#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace safelink::desk {

// What the agent types to sign in: the hub's address, login, password and this seat's name.
struct SignIn {
    QString host;
    quint16 port = 0;
    QString login;
    QString password;
    QString seat;

    QString address() const { return QStringLiteral("%1:%2").arg(host).arg(port); }
    // "host:port" (IPv6 as [addr]:port); false when it is not one.
    static bool parseAddress(const QString &text, QString *host, quint16 *port);
};

// 登录: shown at start when the seat has no session yet, and again when the hub refuses the
// password (with the hub's reason). The hub's fingerprint, once this seat trusts it, is shown so the
// agent can compare it with the administrator's note. The password is never stored.
class SignInDialog : public QDialog {
    Q_OBJECT

public:
    explicit SignInDialog(const SignIn &prefill, QWidget *parent = nullptr);

    // The reason the last attempt failed ("wrong login or password"), shown above the fields.
    void setError(const QString &message);
    // The trusted hub's fingerprint (16 groups of four hex digits), or empty on a first connection.
    void setFingerprint(const QString &fingerprint);
    SignIn signIn() const;
    QString fieldError(const QString &field) const;

    void accept() override;

private:
    QLabel *m_error = nullptr;
    QLabel *m_fingerprint = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_seat = nullptr;
    QLabel *m_addressError = nullptr;
    QLabel *m_loginError = nullptr;
    QLabel *m_passwordError = nullptr;
};

} // namespace safelink::desk
