#include <safelink/core/residentid.h>

#include <array>

namespace safelink::core {

namespace {

Error invalid(const QString &message)
{
    return makeError(ErrorCode::Invalid, message, QStringLiteral("residentId"));
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// Province-level codes of GB/T 2260 (71 Taiwan, 81 Hong Kong, 82 Macao included).
bool isProvinceCode(int code)
{
    return (code >= 11 && code <= 15) || (code >= 21 && code <= 23) || (code >= 31 && code <= 37)
           || (code >= 41 && code <= 46) || (code >= 50 && code <= 54) || (code >= 61 && code <= 65)
           || code == 71 || code == 81 || code == 82;
}

QDate dateFromDigits(QStringView yyyymmdd)
{
    return QDate(yyyymmdd.left(4).toInt(), yyyymmdd.mid(4, 2).toInt(), yyyymmdd.mid(6, 2).toInt());
}

QString formatDigitsDate(QStringView yyyymmdd)
{
    return QStringLiteral("%1-%2-%3").arg(yyyymmdd.left(4), yyyymmdd.mid(4, 2), yyyymmdd.mid(6, 2));
}

} // namespace

QChar ResidentId::checkCharacter(QStringView first17)
{
    static constexpr std::array<int, 17> weights{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static constexpr char checkChars[] = "10X98765432";
    if (first17.size() != 17)
        return {};
    int sum = 0;
    for (qsizetype i = 0; i < 17; ++i) {
        if (!isAsciiDigit(first17[i]))
            return {};
        sum += (first17[i].unicode() - '0') * weights[i];
    }
    return QLatin1Char(checkChars[sum % 11]);
}

Result<ResidentId> ResidentId::parse(QStringView text, QDate today)
{
    // NFKC turns full-width digits and letters (common with Chinese input methods) into ASCII.
    const QString input = text.toString().normalized(QString::NormalizationForm_KC).trimmed();
    const qsizetype length = input.size();
    if (length != 18 && length != 15) {
        return invalid(
            tr("A resident ID number has 18 characters (or 15 digits for old cards); this one has %1.")
                .arg(length));
    }

    const qsizetype digitCount = length == 18 ? 17 : 15;
    for (qsizetype i = 0; i < digitCount; ++i) {
        if (!isAsciiDigit(input[i])) {
            if (length == 15) {
                return invalid(tr("An old 15-digit resident ID number has digits only; character %1 (\"%2\") "
                                  "is not a digit.")
                                   .arg(i + 1)
                                   .arg(input[i]));
            }
            return invalid(tr("Character %1 (\"%2\") of the resident ID number is not a digit; only the last "
                              "character may be X.")
                               .arg(i + 1)
                               .arg(input[i]));
        }
    }
    if (length == 18) {
        const QChar last = input[17];
        if (!isAsciiDigit(last) && last != QLatin1Char('X') && last != QLatin1Char('x')) {
            return invalid(
                tr("The last character of the resident ID number must be a digit or X, not \"%1\".")
                    .arg(last));
        }
    }

    const int province = input.left(2).toInt();
    if (!isProvinceCode(province)) {
        return invalid(tr("The resident ID number starts with %1, which is not a province code: the region "
                          "code is unknown.")
                           .arg(input.left(2)));
    }

    // Old cards were issued only to people born in the 1900s; their date is YYMMDD.
    QString first17 = length == 18 ? input.left(17) : input.left(6) + QStringLiteral("19") + input.mid(6);
    const QStringView dateDigits = QStringView(first17).mid(6, 8);
    const QDate birth = dateFromDigits(dateDigits);
    if (!birth.isValid()) {
        return invalid(tr("The birth date in the resident ID number (%1) does not exist.")
                           .arg(formatDigitsDate(dateDigits)));
    }
    if (birth < QDate(1890, 1, 1)) {
        return invalid(tr("The birth date in the resident ID number (%1) is before 1890.")
                           .arg(birth.toString(Qt::ISODate)));
    }
    if (today.isValid() && birth > today) {
        return invalid(tr("The birth date in the resident ID number (%1) is in the future.")
                           .arg(birth.toString(Qt::ISODate)));
    }

    const QChar expected = checkCharacter(first17);
    if (length == 18) {
        const QChar given = input[17].toUpper();
        if (given != expected) {
            return invalid(tr("The check character is %1 but should be %2: the number was mistyped.")
                               .arg(given)
                               .arg(expected));
        }
    }
    return ResidentId(first17 + expected);
}

QDate ResidentId::birthDate() const
{
    if (isNull())
        return {};
    return dateFromDigits(QStringView(m_number).mid(6, 8));
}

Sex ResidentId::sex() const
{
    if (isNull())
        return Sex::Unknown;
    return (m_number[16].unicode() - '0') % 2 == 1 ? Sex::Male : Sex::Female;
}

QString ResidentId::masked() const
{
    if (isNull())
        return {};
    return m_number.left(6) + QString(8, QLatin1Char('*')) + m_number.right(4);
}

} // namespace safelink::core
