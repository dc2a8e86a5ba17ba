#pragma once

#include <safelink/store/dialect.h>

#include <QHash>
#include <QList>

namespace safelink::store {

// SQLite 3.40 (Debian 12): WAL, FTS5 with the trigram tokenizer. The only file with SQLite-only SQL.
class SqliteDialect final : public Dialect {
public:
    QString name() const override { return QStringLiteral("sqlite"); }
    QStringList connectionSetup() const override;
    QString blobType() const override { return QStringLiteral("BLOB"); }
    QString serialPrimaryKey() const override { return QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT"); }
    QStringList appendOnly(const QString &table) const override;
    Status backupTo(Database &db, const QString &file) const override;
    Result<QStringList> integrityCheck(Database &db) const override;
    QStringList createSearchIndex(const QString &index) const override;
    Status searchPut(Database &db, const QString &index, const QString &ownerId, const QString &text,
                     const QString &shortText) const override;
    // The distinct one- and two-character grams of `text`, space-separated so that each is one token
    // of the gram index: "陈桂英" gives "陈 陈桂 桂 桂英 英". The trigram tokenizer matches nothing
    // shorter than three characters, so one- and two-character terms are looked up here.
    static QString shortGrams(const QString &text);
    Status flushPending(Database &db) const override;
    void discardPending() const override;

private:
    struct PendingDoc {
        qint64 docid;
        QString text;
        QString shortGrams;
    };
    // New documents per index, written in multi-row statements at flush time.
    mutable QHash<QString, QList<PendingDoc>> m_pending;
    Status searchRemove(Database &db, const QString &index, const QString &ownerId) const override;
    Status searchClear(Database &db, const QString &index) const override;
    Result<QStringList> searchQuery(Database &db, const QString &index, const QString &query,
                                    int limit) const override;
};

} // namespace safelink::store
