#pragma once

#include <safelink/core/result.h>

#include <QCoreApplication>
#include <QString>

namespace safelink::core {

enum class PhoneKind {
    Mobile,        // 1[3-9]X XXXX XXXX
    FixedLine,     // area code + 7/8-digit subscriber number, optional extension
    Service,       // short or national service numbers: 110, 120, 12345, 95xxx, 400/800 numbers
    International, // any other country code
};

// A phone number in one canonical form so that caller ID matches however the number was written:
// "+86 138-1234-5678", "0086 13812345678", "013812345678" and "13812345678" are the same mobile;
// "(020) 8300-1234", "020-83001234", "83001234" (with the center's area code 20) the same line.
//
// canonical(): E.164 without extension: "+8613812345678", "+862083001234"; service numbers stay
// as dialled ("120", "4008001234"); other countries "+<cc><number>".
class PhoneNumber {
    Q_DECLARE_TR_FUNCTIONS(safelink::core::PhoneNumber)

public:
    PhoneNumber() = default;

    // defaultAreaCode: the center's own area code without the trunk 0 ("20" for Guangzhou), used
    // for local numbers written without one. Errors are ErrorCode::Invalid with a translated reason:
    // empty, letters or other garbage, wrong length, unknown mobile prefix, missing area code.
    // Extensions are accepted after '-', ',', ';', 'ext', 'x', '转', '分机' on fixed lines.
    static Result<PhoneNumber> parse(QStringView raw, QStringView defaultAreaCode = {});

    bool isNull() const { return m_canonical.isEmpty(); }
    PhoneKind kind() const { return m_kind; }
    QString canonical() const { return m_canonical; }
    QString areaCode() const { return m_areaCode; }     // "20", "755"; empty for mobiles/services
    QString subscriber() const { return m_subscriber; } // national significant part without area code
    QString extension() const { return m_extension; }
    // How people read it: "138 1234 5678", "020-8300 1234 转 123", "120".
    QString display() const;
    // What the center's PBX dials: national format ("13812345678", "02083001234", "120"),
    // without the extension.
    QString dialString() const;

    friend bool operator==(const PhoneNumber &, const PhoneNumber &) = default;

private:
    PhoneKind m_kind = PhoneKind::Mobile;
    QString m_canonical;
    QString m_areaCode;
    QString m_subscriber;
    QString m_extension;
};

} // namespace safelink::core
