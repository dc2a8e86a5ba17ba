#pragma once

#include <safelink/core/common.h>
#include <safelink/core/enums.h>

#include <QCborMap>
#include <QStringList>

namespace safelink::core {

// A folder of the knowledge base's multi-level directory.
struct KbFolder {
    RecordMeta meta;
    QString parentId; // empty = top level
    QString name;
    int order = 0;

    QList<Error> problems() const;
    Status validate() const { return firstProblem(problems()); }
    QCborMap toCbor() const;
    static Result<KbFolder> fromCbor(const QCborValue &value);
    friend bool operator==(const KbFolder &, const KbFolder &) = default;
};

// 知识库条目: policy, procedure, script or FAQ an agent reads out or attaches to a case.
struct KbArticle {
    RecordMeta meta;
    QString folderId;
    QString title;
    QString body; // Markdown
    QStringList tags;
    ArticleStatus status = ArticleStatus::Draft;

    QList<Error> problems() const;
    Status validate() const { return firstProblem(problems()); }
    QCborMap toCbor() const;
    static Result<KbArticle> fromCbor(const QCborValue &value);
    friend bool operator==(const KbArticle &, const KbArticle &) = default;
};

} // namespace safelink::core
