#include <safelink/desk/signindialog.h>

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace safelink::desk {

bool SignIn::parseAddress(const QString &text, QString *host, quint16 *port)
{
    static const QRegularExpression re(
        QStringLiteral("^(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9.-]+):([0-9]{1,5})$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return false;
    bool ok = false;
    const uint p = m.captured(2).toUInt(&ok);
    if (!ok || p == 0 || p > 65535)
        return false;
    QString h = m.captured(1);
    if (h.startsWith(QLatin1Char('['))) {
        h = h.mid(1, h.size() - 2);
        if (QHostAddress(h).isNull())
            return false;
    }
    *host = h;
    *port = quint16(p);
    return true;
}

namespace {

QLabel *errorLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setStyleSheet(QStringLiteral("color: #b00020;"));
    l->setWordWrap(true);
    l->hide();
    return l;
}

QWidget *withError(QWidget *field, QLabel *error, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(0);
    v->addWidget(field);
    v->addWidget(error);
    return box;
}

} // namespace

SignInDialog::SignInDialog(const SignIn &prefill, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in to the center"));
    setMinimumWidth(460);
    auto *layout = new QVBoxLayout(this);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("signInError"));
    m_error->setStyleSheet(QStringLiteral("background: #fdecea; color: #b00020; padding: 6px;"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    auto *form = new QFormLayout;
    m_address = new QLineEdit(prefill.port ? prefill.address() : prefill.host, this);
    m_address->setObjectName(QStringLiteral("signInAddress"));
    m_address->setPlaceholderText(tr("e.g. 192.168.1.10:7420"));
    m_addressError = errorLabel(this);
    auto *addressLabel = new QLabel(tr("&Center server"), this);
    addressLabel->setBuddy(m_address);
    form->addRow(addressLabel, withError(m_address, m_addressError, this));
    m_login = new QLineEdit(prefill.login, this);
    m_login->setObjectName(QStringLiteral("signInLogin"));
    m_loginError = errorLabel(this);
    auto *loginLabel = new QLabel(tr("&Login"), this);
    loginLabel->setBuddy(m_login);
    form->addRow(loginLabel, withError(m_login, m_loginError, this));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("signInPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordError = errorLabel(this);
    auto *passwordLabel = new QLabel(tr("&Password"), this);
    passwordLabel->setBuddy(m_password);
    form->addRow(passwordLabel, withError(m_password, m_passwordError, this));
    m_seat = new QLineEdit(prefill.seat, this);
    m_seat->setObjectName(QStringLiteral("signInSeat"));
    m_seat->setPlaceholderText(tr("e.g. 坐席3 (where you sit)"));
    auto *seatLabel = new QLabel(tr("&Seat"), this);
    seatLabel->setBuddy(m_seat);
    form->addRow(seatLabel, m_seat);
    layout->addLayout(form);
    m_fingerprint = new QLabel(this);
    m_fingerprint->setObjectName(QStringLiteral("signInFingerprint"));
    m_fingerprint->setWordWrap(true);
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_fingerprint);
    setFingerprint(QString());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Work without the center"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    layout->addWidget(buttons);

    QLineEdit *first = m_address->text().isEmpty() ? m_address
                       : m_login->text().isEmpty() ? m_login
                                                   : m_password;
    first->setFocus();
}

void SignInDialog::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void SignInDialog::setFingerprint(const QString &fingerprint)
{
    m_fingerprint->setText(fingerprint.isEmpty()
                               ? tr("First connection: this seat will remember the center's key. Compare the "
                                    "fingerprint shown after sign-in with the administrator's note.")
                               : tr("Trusted center key: %1").arg(fingerprint));
}

SignIn SignInDialog::signIn() const
{
    SignIn s;
    SignIn::parseAddress(m_address->text(), &s.host, &s.port);
    s.login = m_login->text().trimmed();
    s.password = m_password->text();
    s.seat = m_seat->text().trimmed();
    return s;
}

QString SignInDialog::fieldError(const QString &field) const
{
    const QLabel *l = field == QLatin1String("address")    ? m_addressError
                      : field == QLatin1String("login")    ? m_loginError
                      : field == QLatin1String("password") ? m_passwordError
                                                           : nullptr;
    return l && !l->isHidden() ? l->text() : QString();
}

void SignInDialog::accept()
{
    QString host;
    quint16 port = 0;
    const bool addressOk = SignIn::parseAddress(m_address->text(), &host, &port);
    m_addressError->setText(tr("Write the server's address and port, e.g. 192.168.1.10:7420."));
    m_addressError->setVisible(!addressOk);
    m_loginError->setText(tr("Type your login."));
    m_loginError->setVisible(m_login->text().trimmed().isEmpty());
    m_passwordError->setText(tr("Type your password."));
    m_passwordError->setVisible(m_password->text().isEmpty());
    if (!addressOk || m_login->text().trimmed().isEmpty() || m_password->text().isEmpty())
        return;
    QDialog::accept();
}

} // namespace safelink::desk
