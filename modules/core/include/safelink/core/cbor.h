#pragma once

#include <safelink/core/common.h>
#include <safelink/core/enums.h>
#include <safelink/core/result.h>

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QStringList>

#include <optional>

// CBOR helpers shared by every record type: string keys (self-describing, so an older desk can
// skip fields a newer hub adds), enums as their stable keys, dates as ISO text, times as UTC ISO
// text with milliseconds.
namespace safelink::core::cbor {

QCborValue fromDate(const QDate &d);
QCborValue fromDateTime(const QDateTime &t);
QCborArray fromStrings(const QStringList &list);
QCborMap fromMeta(const RecordMeta &m);
QCborMap fromGeo(const GeoPoint &p);
QCborMap fromAddress(const Address &a);
QCborValue fromPhone(const PhoneNumber &p);
QCborArray fromPhones(const QList<ContactPhone> &phones);

template<typename E>
QCborValue fromEnum(E e)
{
    return QCborValue(enumKey(e));
}

template<typename E>
QCborArray fromEnums(const QList<E> &list)
{
    QCborArray a;
    for (E e : list)
        a.append(enumKey(e));
    return a;
}

// Reads fields out of a CBOR map and remembers the first type error, so a decoder reads every field
// in a row and checks ok() once. Missing optional fields take their defaults.
class Reader {
    Q_DECLARE_TR_FUNCTIONS(safelink::core::cbor::Reader)

public:
    Reader(const QCborValue &value, QString what);

    bool ok() const { return !m_error.has_value(); }
    Error error() const { return m_error.value_or(Error{}); }
    void fail(const QString &field, const QString &why);

    QString string(const QString &key, bool required = false);
    qint64 integer(const QString &key, qint64 fallback = 0);
    double real(const QString &key, double fallback = 0);
    bool boolean(const QString &key, bool fallback = false);
    QDate date(const QString &key);
    QDateTime dateTime(const QString &key);
    QStringList strings(const QString &key);
    QCborArray array(const QString &key);
    QCborMap map(const QString &key);
    RecordMeta meta();
    Address address(const QString &key);
    std::optional<GeoPoint> geo(const QString &key);
    QList<ContactPhone> phones(const QString &key);
    std::optional<PhoneNumber> phone(const QString &key);

    template<typename E>
    E enumValue(const QString &key, E fallback)
    {
        const QCborValue v = m_map.value(key);
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (auto e = enumFromKey<E>(v.toString()); v.isString() && e)
            return *e;
        fail(key, tr("unknown value \"%1\"").arg(v.toString()));
        return fallback;
    }

    template<typename E>
    QList<E> enumList(const QString &key)
    {
        QList<E> out;
        for (const QCborValue &v : array(key)) {
            if (auto e = enumFromKey<E>(v.toString()); v.isString() && e)
                out.append(*e);
            else
                fail(key, tr("unknown value \"%1\"").arg(v.toString()));
        }
        return out;
    }

    const QCborMap &raw() const { return m_map; }

private:
    QCborMap m_map;
    QString m_what;
    std::optional<Error> m_error;
};

} // namespace safelink::core::cbor
