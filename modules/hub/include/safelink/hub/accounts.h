#pragma once

#include <safelink/core/account.h>
#include <safelink/core/result.h>
#include <safelink/hub/actor.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <functional>

namespace safelink::store {
class Database;
}

namespace safelink::hub {

class AuditLog;

// Sign-in rules (等保 / MLPS 2.0: lockout after failed sign-ins, idle logout).
struct AccountPolicy {
    int maxFailedAttempts = 5;
    qint64 lockoutSeconds = 15 * 60;
    qint64 idleTimeoutSeconds = 30 * 60;  // a session unused this long is over
    qint64 maxSessionSeconds = 13 * 3600; // a 12-hour shift and its handover
    int minPasswordLength = 8;
};

// A signed-in session. The token is given to the client once; the hub stores only its hash.
struct Session {
    QString token;
    Actor actor;
    QDateTime expiresAt;
};

using Clock = std::function<QDateTime()>;

// Accounts, passwords (argon2id through libsodium's crypto_pwhash_str), lockout and sessions.
// Every sign-in, failed or not, goes to the audit log.
class AccountService {
    Q_DECLARE_TR_FUNCTIONS(safelink::hub::AccountService)

public:
    AccountService(store::Database &db, AuditLog &audit, AccountPolicy policy = {}, Clock clock = {});

    // Creates an account with its first password (by an admin, or the hub's `init`).
    Result<core::Account> createAccount(core::Account account, const QString &password, const Actor &by);
    Status setPassword(const QString &accountId, const QString &password, const Actor &by);
    // The first password of an account that has none (one imported or made by `demo`).
    Status addPassword(const QString &accountId, const QString &password, const Actor &by);
    Status checkPasswordStrength(const QString &password) const;

    // Errors: Unauthenticated (unknown login or wrong password: the same message for both),
    // Locked (too many failures, with the time the lock ends), Forbidden (account disabled).
    Result<Session> signIn(const QString &login, const QString &password, const QString &seat,
                           const QString &address);
    // The session of a token, refreshed; Unauthenticated when unknown, revoked, idle too long or expired.
    Result<Session> authenticate(const QString &token, const QString &address = {});
    Status signOut(const QString &token);
    // Ends every session of an account (disabled, password reset).
    Status revokeAll(const QString &accountId);

    bool hasAccounts();

private:
    QDateTime now() const;
    Result<core::Account> accountById(const QString &id);

    store::Database &m_db;
    AuditLog &m_audit;
    AccountPolicy m_policy;
    Clock m_clock;
    QString m_dummyHash; // verified against for unknown logins, made on first need
};

} // namespace safelink::hub
