#pragma once

#include <safelink/core/result.h>

#include <QString>
#include <QStringList>

namespace safelink::store {

class Database;

// Everything that differs between SQLite and PostgreSQL. Callers and repositories write portable
// SQL (ANSI plus ON CONFLICT upserts, which both accept); whatever is backend-specific — connection
// settings, column types, full-text search — lives behind this interface, one file per backend.
class Dialect {
public:
    virtual ~Dialect() = default;

    virtual QString name() const = 0;
    // Statements run on every new connection (journal mode, foreign keys, timeouts).
    virtual QStringList connectionSetup() const = 0;
    virtual QString blobType() const = 0;
    virtual QString bigIntType() const { return QStringLiteral("BIGINT"); }
    // A 64-bit key the database assigns, increasing and never reused (the change feed's sequence).
    virtual QString serialPrimaryKey() const = 0;
    // Statements that make a table refuse UPDATE and DELETE (the audit log).
    virtual QStringList appendOnly(const QString &table) const = 0;
    // Whether `table` exists where unqualified names are looked up (PostgreSQL: the search path,
    // which may start with a schema of the hub's own).
    virtual Result<bool> hasTable(const Database &db, const QString &table) const;

    // A consistent copy of the whole database in a new file, taken while others keep writing.
    virtual Status backupTo(Database &db, const QString &file) const = 0;
    // Problems the database finds in its own files (empty = healthy).
    virtual Result<QStringList> integrityCheck(Database &db) const = 0;

    // Full-text search indexes: one per searchable kind of record ("subject", "article"), keyed by
    // the owner's text id. A document has its full text (found by terms of three or more characters)
    // and the shorter text in which one- and two-character terms must be found too (names, health
    // notes: most Chinese given names, 轮椅 and 血压 are two characters). Both already normalised.
    virtual QStringList createSearchIndex(const QString &index) const = 0;
    virtual Status searchPut(Database &db, const QString &index, const QString &ownerId, const QString &text,
                             const QString &shortText) const = 0;
    virtual Status searchRemove(Database &db, const QString &index, const QString &ownerId) const = 0;
    virtual Status searchClear(Database &db, const QString &index) const = 0;
    // Writes what searchPut() may have buffered; called before a transaction commits. A backend may
    // buffer index rows and write many in one statement (SQLite's FTS5 flushes to disk at every
    // statement inside a transaction, so one row per statement writes one index segment per row).
    virtual Status flushPending(Database &) const { return {}; }
    // Forgets buffered rows; called when a transaction rolls back.
    virtual void discardPending() const {}
    // Ids of owners whose document contains every whitespace-separated term of `query`.
    virtual Result<QStringList> searchQuery(Database &db, const QString &index, const QString &query,
                                            int limit) const = 0;
};

// Folds what people type and what is stored into one form: full-width to half-width (NFKC),
// case-folded, runs of white space to one space.
QString normaliseSearchText(const QString &text);

// The distinct one- and two-character grams of `text` (letters and digits only), in order of first
// appearance: "陈桂英" gives 陈, 陈桂, 桂, 桂英, 英. What one- and two-character search terms are
// looked up in, since trigram indexes find nothing shorter than three characters.
QStringList shortSearchGrams(const QString &text);

} // namespace safelink::store
