#pragma once

#include <safelink/core/phone.h>
#include <safelink/core/result.h>

#include <QCborMap>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace safelink::core {

// Identity and optimistic-concurrency data every stored record carries. Ids are UUIDs made where
// the record is first created (a desk may create offline); version is 0 until the hub stores it
// and then goes up by one with every accepted write.
struct RecordMeta {
    QString id;
    qint64 version = 0;
    QDateTime updatedAt;
    QString updatedBy; // account id of the last writer

    static QString newId();
    friend bool operator==(const RecordMeta &, const RecordMeta &) = default;
};

// A position on the earth in WGS-84 (what GPS reports and what we store); maps convert for display.
struct GeoPoint {
    double latitude = 0;
    double longitude = 0;
    double accuracyMeters = 0; // 0 = unknown / surveyed address

    bool isValid() const;
    // Great-circle distance in metres (haversine; good to ~0.5% which is plenty for "nearest").
    double distanceTo(const GeoPoint &other) const;
    friend bool operator==(const GeoPoint &, const GeoPoint &) = default;
};

// A Chinese address down to the community (社区/村), with the statistical region code: 6 digits
// for a county/district, 9 for a street/township (街道/镇), 12 for a community/village.
struct Address {
    QString regionCode;
    QString province;
    QString city;
    QString district;
    QString street;    // 街道 / 镇
    QString community; // 社区 / 村
    QString detail;    // road, number, building, room

    bool isEmpty() const;
    // "广东省广州市越秀区北京街道xx社区xx路1号" — as written on Chinese forms, no separators.
    QString fullText() const;
    friend bool operator==(const Address &, const Address &) = default;
};

// A labelled phone of a person ("家", "手机", "单位").
struct ContactPhone {
    PhoneNumber number;
    QString label;
    friend bool operator==(const ContactPhone &, const ContactPhone &) = default;
};

// Validation messages shared by the record types.
class Validation {
    Q_DECLARE_TR_FUNCTIONS(safelink::core::Validation)

public:
    static Error required(const QString &field);
    static Error tooLong(const QString &field, int max);
    static Error invalid(const QString &field, const QString &why);
    static QList<Error> checkAddress(const Address &a, const QString &field);
    static QList<Error> checkGeo(const std::optional<GeoPoint> &p, const QString &field);
};

// The first problem of a list, as a Status (for callers that only need pass/fail).
Status firstProblem(const QList<Error> &problems);

} // namespace safelink::core
