#include <safelink/core/article.h>
#include <safelink/core/cbor.h>

namespace safelink::core {

QList<Error> KbFolder::problems() const
{
    QList<Error> out;
    if (meta.id.isEmpty())
        out.append(Validation::required(QStringLiteral("id")));
    if (name.trimmed().isEmpty())
        out.append(Validation::required(QStringLiteral("name")));
    else if (name.size() > 60)
        out.append(Validation::tooLong(QStringLiteral("name"), 60));
    if (!parentId.isEmpty() && parentId == meta.id)
        out.append(Validation::invalid(QStringLiteral("parentId"),
                                       Validation::tr("A folder cannot contain itself.")));
    return out;
}

QCborMap KbFolder::toCbor() const
{
    QCborMap m = cbor::fromMeta(meta);
    m.insert(QStringLiteral("parentId"), parentId);
    m.insert(QStringLiteral("name"), name);
    m.insert(QStringLiteral("order"), order);
    return m;
}

Result<KbFolder> KbFolder::fromCbor(const QCborValue &value)
{
    cbor::Reader r(value, QStringLiteral("kbFolder"));
    KbFolder f;
    f.meta = r.meta();
    f.parentId = r.string(QStringLiteral("parentId"));
    f.name = r.string(QStringLiteral("name"), true);
    f.order = int(r.integer(QStringLiteral("order")));
    if (!r.ok())
        return r.error();
    return f;
}

QList<Error> KbArticle::problems() const
{
    QList<Error> out;
    if (meta.id.isEmpty())
        out.append(Validation::required(QStringLiteral("id")));
    if (title.trimmed().isEmpty())
        out.append(Validation::required(QStringLiteral("title")));
    else if (title.size() > 120)
        out.append(Validation::tooLong(QStringLiteral("title"), 120));
    if (folderId.isEmpty())
        out.append(Validation::required(QStringLiteral("folderId")));
    if (status == ArticleStatus::Published && body.trimmed().isEmpty())
        out.append(Validation::required(QStringLiteral("body")));
    return out;
}

QCborMap KbArticle::toCbor() const
{
    QCborMap m = cbor::fromMeta(meta);
    m.insert(QStringLiteral("folderId"), folderId);
    m.insert(QStringLiteral("title"), title);
    m.insert(QStringLiteral("body"), body);
    m.insert(QStringLiteral("tags"), cbor::fromStrings(tags));
    m.insert(QStringLiteral("status"), cbor::fromEnum(status));
    return m;
}

Result<KbArticle> KbArticle::fromCbor(const QCborValue &value)
{
    cbor::Reader r(value, QStringLiteral("kbArticle"));
    KbArticle a;
    a.meta = r.meta();
    a.folderId = r.string(QStringLiteral("folderId"));
    a.title = r.string(QStringLiteral("title"), true);
    a.body = r.string(QStringLiteral("body"));
    a.tags = r.strings(QStringLiteral("tags"));
    a.status = r.enumValue(QStringLiteral("status"), ArticleStatus::Draft);
    if (!r.ok())
        return r.error();
    return a;
}

} // namespace safelink::core
