#pragma once

#include <safelink/core/enums.h>
#include <safelink/core/result.h>

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace safelink::core {

// 居民身份证号码 (GB 11643-1999): 6-digit region code, 8-digit birth date, 3-digit sequence (odd for
// men, even for women), ISO 7064 MOD 11-2 check character. Legacy 15-digit numbers (YYMMDD, no
// check character, issued before 1999 to people born in the 1900s) are converted to 18 digits.
class ResidentId {
    Q_DECLARE_TR_FUNCTIONS(safelink::core::ResidentId)

public:
    ResidentId() = default;

    // Accepts 18 characters (last may be x or X) or 15 digits, surrounding spaces ignored.
    // Errors (ErrorCode::Invalid, translated): wrong length, non-digit, unknown region (province
    // prefix), impossible or future birth date, wrong check character.
    static Result<ResidentId> parse(QStringView text, QDate today = QDate::currentDate());

    // The ISO 7064 MOD 11-2 check character for the first 17 digits ('0'-'9' or 'X').
    static QChar checkCharacter(QStringView first17);

    bool isNull() const { return m_number.isEmpty(); }
    QString number() const { return m_number; } // canonical: 18 characters, upper-case X
    QString regionCode() const { return m_number.left(6); }
    QDate birthDate() const;
    Sex sex() const;
    // "440106********1234": what lists and logs show (PIPL: show the full number only when needed).
    QString masked() const;

    friend bool operator==(const ResidentId &, const ResidentId &) = default;

private:
    explicit ResidentId(QString number)
        : m_number(std::move(number))
    {
    }
    QString m_number;
};

} // namespace safelink::core
