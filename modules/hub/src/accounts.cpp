#include <safelink/hub/accounts.h>
#include <safelink/hub/auditlog.h>
#include <safelink/store/database.h>
#include <safelink/store/repositories.h>

#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#include <sodium.h>

Q_LOGGING_CATEGORY(lcAccounts, "safelink.hub.accounts")

namespace safelink::hub {

using namespace safelink::core;

namespace {

QString timeText(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromText(const QString &s)
{
    return s.isEmpty() ? QDateTime() : QDateTime::fromString(s, Qt::ISODateWithMs);
}

// The hub keeps only a hash of each token, so a copied database does not hand out sessions.
QString tokenHash(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString newToken()
{
    unsigned char bytes[32];
    randombytes_buf(bytes, sizeof bytes);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(bytes), sizeof bytes)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

Result<QString> hashPassword(const QString &password)
{
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), utf8.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0)
        return makeError(ErrorCode::Internal, QStringLiteral("crypto_pwhash_str: out of memory"));
    return QString::fromLatin1(out);
}

bool verifyPassword(const QString &hash, const QString &password)
{
    const QByteArray h = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), utf8.constData(), utf8.size()) == 0;
}

} // namespace

AccountService::AccountService(store::Database &db, AuditLog &audit, AccountPolicy policy, Clock clock)
    : m_db(db)
    , m_audit(audit)
    , m_policy(policy)
    , m_clock(std::move(clock))
{
    if (sodium_init() < 0)
        qCCritical(lcAccounts) << "libsodium could not be initialised";
}

QDateTime AccountService::now() const
{
    return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
}

Status AccountService::checkPasswordStrength(const QString &password) const
{
    bool letter = false;
    bool digit = false;
    for (QChar c : password) {
        letter = letter || c.isLetter();
        digit = digit || c.isDigit();
    }
    if (password.size() < m_policy.minPasswordLength || !letter || !digit)
        return makeError(ErrorCode::Invalid,
                         tr("A password has at least %1 characters with both letters and digits.")
                             .arg(m_policy.minPasswordLength),
                         QStringLiteral("password"));
    return {};
}

bool AccountService::hasAccounts()
{
    store::AccountRepository repo(m_db);
    return repo.count().valueOr(0) > 0;
}

Result<Account> AccountService::accountById(const QString &id)
{
    store::AccountRepository repo(m_db);
    return repo.get(id);
}

Result<Account> AccountService::createAccount(Account account, const QString &password, const Actor &by)
{
    if (Status s = checkPasswordStrength(password); !s)
        return s.error();
    auto hash = hashPassword(password);
    if (!hash)
        return hash.error();
    if (account.meta.id.isEmpty())
        account.meta.id = RecordMeta::newId();
    account.meta.version = 1;
    account.meta.updatedAt = now();
    account.meta.updatedBy = by.accountId;
    store::AccountRepository repo(m_db);
    Status s = m_db.transaction([&]() -> Status {
        if (Status st = repo.insert(account); !st)
            return st;
        auto q = m_db.prepared(QStringLiteral("INSERT INTO account_secrets (account_id, password_hash, "
                                              "failed_attempts, changed_at) VALUES (?, ?, 0, ?)"));
        if (!q)
            return q.error();
        (*q)->addBindValue(account.meta.id);
        (*q)->addBindValue(*hash);
        (*q)->addBindValue(timeText(now()));
        if (!(*q)->exec())
            return store::sqlError(QStringLiteral("account secret"), (*q)->lastError());
        return m_audit.record(by, QStringLiteral("create"), QStringLiteral("account"), account.meta.id,
                              QStringLiteral("login=%1").arg(account.login));
    });
    if (!s)
        return s.error();
    return account;
}

Status AccountService::setPassword(const QString &accountId, const QString &password, const Actor &by)
{
    if (Status s = checkPasswordStrength(password); !s)
        return s;
    auto hash = hashPassword(password);
    if (!hash)
        return hash.error();
    return m_db.transaction([&]() -> Status {
        auto q =
            m_db.prepared(QStringLiteral("UPDATE account_secrets SET password_hash = ?, failed_attempts = 0, "
                                         "locked_until = NULL, changed_at = ? WHERE account_id = ?"));
        if (!q)
            return q.error();
        (*q)->addBindValue(*hash);
        (*q)->addBindValue(timeText(now()));
        (*q)->addBindValue(accountId);
        if (!(*q)->exec())
            return store::sqlError(QStringLiteral("set password"), (*q)->lastError());
        if ((*q)->numRowsAffected() == 0)
            return makeError(ErrorCode::NotFound, tr("No such account."));
        if (Status st = revokeAll(accountId); !st)
            return st;
        return m_audit.record(by, QStringLiteral("set_password"), QStringLiteral("account"), accountId);
    });
}

Status AccountService::addPassword(const QString &accountId, const QString &password, const Actor &by)
{
    if (Status s = checkPasswordStrength(password); !s)
        return s;
    if (!accountById(accountId))
        return makeError(ErrorCode::NotFound, tr("No such account."));
    auto hash = hashPassword(password);
    if (!hash)
        return hash.error();
    return m_db.transaction([&]() -> Status {
        auto q = m_db.prepared(QStringLiteral("INSERT INTO account_secrets (account_id, password_hash, "
                                              "failed_attempts, changed_at) VALUES (?, ?, 0, ?)"));
        if (!q)
            return q.error();
        (*q)->addBindValue(accountId);
        (*q)->addBindValue(*hash);
        (*q)->addBindValue(timeText(now()));
        if (!(*q)->exec())
            return store::sqlError(QStringLiteral("add password"), (*q)->lastError());
        return m_audit.record(by, QStringLiteral("set_password"), QStringLiteral("account"), accountId);
    });
}

Result<Session> AccountService::signIn(const QString &login, const QString &password, const QString &seat,
                                       const QString &address)
{
    const Error wrong = makeError(ErrorCode::Unauthenticated, tr("The login or the password is wrong."));
    Actor attempt{QString(), login, {}, seat, address};
    store::AccountRepository repo(m_db);
    auto account = repo.findByLogin(login);
    if (!account) {
        // Spend the same time as a real check so that timing does not tell which logins exist.
        if (m_dummyHash.isEmpty())
            m_dummyHash = hashPassword(newToken()).valueOr(QString());
        verifyPassword(m_dummyHash, password);
        (void)m_audit.record(attempt, QStringLiteral("login_failed"), {}, {},
                             QStringLiteral("unknown login"));
        qCInfo(lcAccounts) << "sign-in with unknown login" << login << "from" << address;
        return wrong;
    }
    attempt.accountId = account->meta.id;
    attempt.roles = account->roles;

    auto q = m_db.prepared(QStringLiteral(
        "SELECT password_hash, failed_attempts, locked_until FROM account_secrets WHERE account_id = ?"));
    if (!q)
        return q.error();
    (*q)->addBindValue(account->meta.id);
    if (!(*q)->exec())
        return store::sqlError(QStringLiteral("sign-in"), (*q)->lastError());
    if (!(*q)->next()) {
        (*q)->finish();
        (void)m_audit.record(attempt, QStringLiteral("login_failed"), {}, {},
                             QStringLiteral("no password set"));
        return wrong;
    }
    const QString hash = (*q)->value(0).toString();
    const int failed = (*q)->value(1).toInt();
    const QDateTime lockedUntil = fromText((*q)->value(2).toString());
    (*q)->finish();

    const QDateTime t = now();
    if (lockedUntil.isValid() && lockedUntil > t) {
        (void)m_audit.record(attempt, QStringLiteral("login_locked"));
        return makeError(ErrorCode::Locked,
                         tr("Too many failed sign-ins: this account is locked until %1.")
                             .arg(lockedUntil.toLocalTime().toString(QStringLiteral("HH:mm"))));
    }
    if (!verifyPassword(hash, password)) {
        const int attempts = failed + 1;
        const bool lock = attempts >= m_policy.maxFailedAttempts;
        auto upd = m_db.prepared(QStringLiteral(
            "UPDATE account_secrets SET failed_attempts = ?, locked_until = ? WHERE account_id = ?"));
        if (!upd)
            return upd.error();
        (*upd)->addBindValue(lock ? 0 : attempts);
        (*upd)->addBindValue(lock ? QVariant(timeText(t.addSecs(m_policy.lockoutSeconds))) : QVariant());
        (*upd)->addBindValue(account->meta.id);
        if (!(*upd)->exec())
            return store::sqlError(QStringLiteral("failed sign-in"), (*upd)->lastError());
        (void)m_audit.record(attempt,
                             lock ? QStringLiteral("account_locked") : QStringLiteral("login_failed"), {}, {},
                             QStringLiteral("attempt %1").arg(attempts));
        qCWarning(lcAccounts) << "failed sign-in for" << login << "from" << address << "attempt" << attempts
                              << (lock ? "- locked" : "");
        return wrong;
    }
    if (!account->active) {
        (void)m_audit.record(attempt, QStringLiteral("login_failed"), {}, {},
                             QStringLiteral("account disabled"));
        return makeError(ErrorCode::Forbidden, tr("This account is disabled; ask an administrator."));
    }

    Session session{newToken(), attempt, t.addSecs(m_policy.maxSessionSeconds)};
    Status s = m_db.transaction([&]() -> Status {
        auto reset = m_db.prepared(QStringLiteral(
            "UPDATE account_secrets SET failed_attempts = 0, locked_until = NULL WHERE account_id = ?"));
        if (!reset)
            return reset.error();
        (*reset)->addBindValue(account->meta.id);
        if (!(*reset)->exec())
            return store::sqlError(QStringLiteral("sign-in reset"), (*reset)->lastError());
        auto ins =
            m_db.prepared(QStringLiteral("INSERT INTO sessions (token_hash, account_id, seat, created_at, "
                                         "last_seen, expires_at) VALUES (?, ?, ?, ?, ?, ?)"));
        if (!ins)
            return ins.error();
        (*ins)->addBindValue(tokenHash(session.token));
        (*ins)->addBindValue(account->meta.id);
        (*ins)->addBindValue(seat);
        (*ins)->addBindValue(timeText(t));
        (*ins)->addBindValue(timeText(t));
        (*ins)->addBindValue(timeText(session.expiresAt));
        if (!(*ins)->exec())
            return store::sqlError(QStringLiteral("session"), (*ins)->lastError());
        return m_audit.record(attempt, QStringLiteral("login"));
    });
    if (!s)
        return s.error();
    qCInfo(lcAccounts) << "signed in" << login << "seat" << seat << "from" << address;
    return session;
}

Result<Session> AccountService::authenticate(const QString &token, const QString &address)
{
    const Error invalid = makeError(ErrorCode::Unauthenticated, tr("The session has ended; sign in again."));
    if (token.isEmpty())
        return invalid;
    auto q = m_db.prepared(QStringLiteral(
        "SELECT account_id, seat, last_seen, expires_at, revoked FROM sessions WHERE token_hash = ?"));
    if (!q)
        return q.error();
    const QString hash = tokenHash(token);
    (*q)->addBindValue(hash);
    if (!(*q)->exec())
        return store::sqlError(QStringLiteral("session"), (*q)->lastError());
    if (!(*q)->next()) {
        (*q)->finish();
        return invalid;
    }
    const QString accountId = (*q)->value(0).toString();
    const QString seat = (*q)->value(1).toString();
    const QDateTime lastSeen = fromText((*q)->value(2).toString());
    const QDateTime expires = fromText((*q)->value(3).toString());
    const bool revoked = (*q)->value(4).toInt() != 0;
    (*q)->finish();
    const QDateTime t = now();
    if (revoked || t >= expires || lastSeen.secsTo(t) > m_policy.idleTimeoutSeconds)
        return invalid;
    auto account = accountById(accountId);
    if (!account || !account->active)
        return invalid;
    auto touch = m_db.prepared(QStringLiteral("UPDATE sessions SET last_seen = ? WHERE token_hash = ?"));
    if (!touch)
        return touch.error();
    (*touch)->addBindValue(timeText(t));
    (*touch)->addBindValue(hash);
    if (!(*touch)->exec())
        return store::sqlError(QStringLiteral("session touch"), (*touch)->lastError());
    return Session{token, Actor{accountId, account->login, account->roles, seat, address}, expires};
}

Status AccountService::signOut(const QString &token)
{
    auto session = authenticate(token);
    auto q = m_db.prepared(QStringLiteral("UPDATE sessions SET revoked = 1 WHERE token_hash = ?"));
    if (!q)
        return q.error();
    (*q)->addBindValue(tokenHash(token));
    if (!(*q)->exec())
        return store::sqlError(QStringLiteral("sign-out"), (*q)->lastError());
    if (session)
        return m_audit.record(session->actor, QStringLiteral("logout"));
    return {};
}

Status AccountService::revokeAll(const QString &accountId)
{
    auto q = m_db.prepared(QStringLiteral("UPDATE sessions SET revoked = 1 WHERE account_id = ?"));
    if (!q)
        return q.error();
    (*q)->addBindValue(accountId);
    if (!(*q)->exec())
        return store::sqlError(QStringLiteral("revoke"), (*q)->lastError());
    return {};
}

} // namespace safelink::hub
