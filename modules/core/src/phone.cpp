#include <safelink/core/phone.h>

#include <array>

namespace safelink::core {

namespace {

// A number without its extension, before the canonical form is built.
struct Parts {
    PhoneKind kind = PhoneKind::Mobile;
    QString areaCode;
    QString subscriber; // for International: every digit after the prefix, country code included
};

Error invalid(const QString &message)
{
    return makeError(ErrorCode::Invalid, message, QStringLiteral("phone"));
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isAllDigits(QStringView s)
{
    for (QChar c : s) {
        if (!isAsciiDigit(c))
            return false;
    }
    return true;
}

bool inRange(QChar c, char first, char last)
{
    return c >= QLatin1Char(first) && c <= QLatin1Char(last);
}

bool isMobile(QStringView d)
{
    return d.size() == 11 && d[0] == QLatin1Char('1') && inRange(d[1], '3', '9');
}

// 010 and 020-029 are the only two-digit area codes; every other one has three digits.
bool isAreaCode(QStringView a)
{
    if (a.size() == 2)
        return a == u"10" || a[0] == QLatin1Char('2');
    return a.size() == 3 && inRange(a[0], '3', '9');
}

bool isServiceNumber(QStringView d)
{
    static const std::array<QStringView, 6> shortNumbers{u"110", u"112", u"119", u"120", u"122", u"999"};
    for (QStringView s : shortNumbers) {
        if (d == s)
            return true;
    }
    // 100xx: the carriers' service lines (10086, 10010, 10000), a common caller ID.
    if (d.startsWith(u"12") || d.startsWith(u"100"))
        return d.size() == 5;
    if (d.startsWith(u"95"))
        return d.size() == 5 || d.size() == 6;
    if (d.startsWith(u"96"))
        return d.size() == 5;
    return (d.startsWith(u"400") || d.startsWith(u"800")) && d.size() == 10;
}

Result<Parts> fixedLine(const QString &area, QStringView subscriber)
{
    if (subscriber.size() < 7 || subscriber.size() > 8) {
        return invalid(
            PhoneNumber::tr("A fixed-line number has 7 or 8 digits after the area code 0%1; this one "
                            "has %2.")
                .arg(area)
                .arg(subscriber.size()));
    }
    if (subscriber[0] == QLatin1Char('0') || subscriber[0] == QLatin1Char('1')) {
        return invalid(PhoneNumber::tr("A fixed-line number cannot start with %1 after the area code 0%2.")
                           .arg(subscriber[0])
                           .arg(area));
    }
    return Parts{PhoneKind::FixedLine, area, subscriber.toString()};
}

// d: the national significant number, i.e. what follows the trunk 0 or the country code 86.
Result<Parts> parseSignificant(QStringView d)
{
    if (isMobile(d))
        return Parts{PhoneKind::Mobile, {}, d.toString()};
    if (d.startsWith(u"10"))
        return fixedLine(QStringLiteral("10"), d.mid(2));
    if (d.startsWith(u'1')) {
        if (inRange(d[1], '3', '9'))
            return invalid(PhoneNumber::tr("A mobile number has 11 digits; this one has %1.").arg(d.size()));
        if (d.size() == 11) {
            return invalid(
                PhoneNumber::tr("No mobile numbers start with %1; mobile numbers start with 13 to 19.")
                    .arg(d.left(2)));
        }
        return invalid(PhoneNumber::tr("There is no area code starting with 0%1.").arg(d.left(2)));
    }
    if (d.startsWith(u'0'))
        return invalid(PhoneNumber::tr("There is no area code starting with 0%1.").arg(d.left(2)));
    const qsizetype areaLength = d.startsWith(u'2') ? 2 : 3;
    return fixedLine(d.left(areaLength).toString(), d.mid(areaLength));
}

// Digits as dialled inside China, without an international prefix.
Result<Parts> parseDomestic(QStringView d, QStringView defaultAreaCode)
{
    if (isServiceNumber(d))
        return Parts{PhoneKind::Service, {}, d.toString()};
    if (d.size() < 7) {
        return invalid(
            PhoneNumber::tr("%1 is too short for a phone number: it has %2 digits and is not a service "
                            "number such as 110 or 12345.")
                .arg(d)
                .arg(d.size()));
    }
    if (d.size() > 13) {
        return invalid(
            PhoneNumber::tr("The number has %1 digits, too many for a Chinese phone number.").arg(d.size()));
    }
    // Some gateways put the trunk 0 in front of mobiles too ("013812345678"); parseSignificant takes both.
    if (d.startsWith(u'0'))
        return parseSignificant(d.mid(1));
    // A bare 86 is stripped only before a mobile: "86xxxxxxxx" may be a local number.
    if (d.size() == 13 && d.startsWith(u"86") && isMobile(d.mid(2)))
        return Parts{PhoneKind::Mobile, {}, d.mid(2).toString()};
    if (d.startsWith(u'1')) {
        if (isMobile(d))
            return Parts{PhoneKind::Mobile, {}, d.toString()};
        if (inRange(d[1], '3', '9'))
            return invalid(PhoneNumber::tr("A mobile number has 11 digits; this one has %1.").arg(d.size()));
        if (d.size() == 11) {
            return invalid(
                PhoneNumber::tr("No mobile numbers start with %1; mobile numbers start with 13 to 19.")
                    .arg(d.left(2)));
        }
        return invalid(
            PhoneNumber::tr("%1 is not a phone number: local numbers do not start with 1 and mobile "
                            "numbers have 11 digits.")
                .arg(d));
    }
    if (d.size() > 8) {
        return invalid(
            PhoneNumber::tr("A local number has 7 or 8 digits; this one has %1. Write numbers of other "
                            "areas with 0 and the area code.")
                .arg(d.size()));
    }
    if (defaultAreaCode.isEmpty()) {
        return invalid(
            PhoneNumber::tr("%1 has no area code and no default area code is set; write it with the "
                            "area code, such as 020.")
                .arg(d));
    }
    QStringView area = defaultAreaCode.trimmed();
    if (area.startsWith(u'0'))
        area = area.mid(1);
    if (!isAllDigits(area) || !isAreaCode(area)) {
        return invalid(
            PhoneNumber::tr("The default area code \"%1\" is not a valid area code.").arg(defaultAreaCode));
    }
    return fixedLine(area.toString(), d);
}

// d: the digits after "+" or "00".
Result<Parts> parseInternational(QStringView d)
{
    if (d.startsWith(u"86")) {
        QStringView national = d.mid(2);
        // "+86 (0)20 ..." is a common way of writing it; the 0 is not dialled.
        if (national.startsWith(u'0'))
            national = national.mid(1);
        if ((national.startsWith(u"400") || national.startsWith(u"800")) && isServiceNumber(national))
            return Parts{PhoneKind::Service, {}, national.toString()};
        if (national.size() < 9 || national.size() > 11) {
            return invalid(PhoneNumber::tr("A Chinese number has 9 to 11 digits after +86; this one has %1.")
                               .arg(national.size()));
        }
        return parseSignificant(national);
    }
    if (d.startsWith(u'0'))
        return invalid(PhoneNumber::tr("A country code cannot start with 0."));
    if (d.size() < 7 || d.size() > 15) {
        return invalid(
            PhoneNumber::tr("An international number has 7 to 15 digits including the country code; "
                            "this one has %1.")
                .arg(d.size()));
    }
    return Parts{PhoneKind::International, {}, d.toString()};
}

Result<Parts> parseDigits(bool plus, QStringView digits, QStringView defaultAreaCode)
{
    if (plus)
        return parseInternational(digits);
    if (digits.startsWith(u"00"))
        return parseInternational(digits.mid(2));
    return parseDomestic(digits, defaultAreaCode);
}

struct Marker {
    qsizetype position = -1;
    qsizetype length = 0;
};

// The first explicit extension marker after a digit ("ext." before "ext" before "x" so the longest
// wins); before any digit a letter is garbage, not a marker ("fax 8300 1234").
Marker findExtensionMarker(const QString &text)
{
    static const std::array<QStringView, 7> markers{u"分机", u"转", u"ext.", u"ext", u"x", u",", u";"};
    qsizetype start = 0;
    while (start < text.size() && !isAsciiDigit(text[start]))
        ++start;
    for (qsizetype i = start; i < text.size(); ++i) {
        for (QStringView m : markers) {
            if (QStringView(text).mid(i).startsWith(m, Qt::CaseInsensitive))
                return {i, m.size()};
        }
    }
    return {};
}

} // namespace

Result<PhoneNumber> PhoneNumber::parse(QStringView raw, QStringView defaultAreaCode)
{
    // NFKC turns full-width digits and punctuation from Chinese input methods into ASCII.
    const QString text = raw.toString().normalized(QString::NormalizationForm_KC).trimmed();
    if (text.isEmpty())
        return invalid(tr("No phone number was entered."));

    QString mainPart = text;
    QString extension;
    const Marker marker = findExtensionMarker(text);
    if (marker.position >= 0) {
        mainPart = text.left(marker.position);
        const QString markerText = text.mid(marker.position, marker.length);
        for (QChar c : QStringView(text).mid(marker.position + marker.length)) {
            if (!c.isSpace() && c != QLatin1Char(':') && c != QLatin1Char('-') && c != QLatin1Char('.'))
                extension += c;
        }
        if (extension.isEmpty())
            return invalid(tr("The extension after \"%1\" is missing.").arg(markerText));
        if (extension.size() > 6 || !isAllDigits(extension))
            return invalid(tr("An extension has 1 to 6 digits; \"%1\" is not one.").arg(extension));
    }

    // "+44 (0)20 ...": the bracketed trunk 0 is not dialled from abroad.
    if (mainPart.startsWith(QLatin1Char('+')) || mainPart.startsWith(u"00"))
        mainPart.remove(QStringLiteral("(0)"));

    QString digits;
    bool plus = false;
    qsizetype digitsBeforeLastDash = -1;
    for (QChar c : mainPart) {
        if (isAsciiDigit(c)) {
            digits += c;
        } else if (c == QLatin1Char('+')) {
            if (plus || !digits.isEmpty())
                return invalid(tr("A + can only stand at the start of a phone number."));
            plus = true;
        } else if (c == QLatin1Char('-')) {
            if (!digits.isEmpty())
                digitsBeforeLastDash = digits.size();
        } else if (c.isSpace() || c == QLatin1Char('(') || c == QLatin1Char(')') || c == QLatin1Char('.')) {
            continue;
        } else if (c.isLetter()) {
            return invalid(tr("A phone number cannot contain letters (\"%1\").").arg(c));
        } else {
            return invalid(tr("A phone number cannot contain the character \"%1\".").arg(c));
        }
    }
    if (digits.isEmpty())
        return invalid(tr("The phone number contains no digits."));

    Result<Parts> parts = parseDigits(plus, digits, defaultAreaCode);
    // "020-83001234-123": a trailing dash group is an extension only if what precedes it is a
    // complete fixed-line number and the whole string is not a number by itself.
    if (!parts && extension.isEmpty() && digitsBeforeLastDash > 0) {
        const qsizetype tail = digits.size() - digitsBeforeLastDash;
        if (tail >= 1 && tail <= 6) {
            Result<Parts> head =
                parseDigits(plus, QStringView(digits).left(digitsBeforeLastDash), defaultAreaCode);
            if (head && (head->kind == PhoneKind::FixedLine || head->kind == PhoneKind::Mobile)) {
                extension = digits.mid(digitsBeforeLastDash);
                parts = std::move(head);
            }
        }
    }
    if (!parts)
        return parts.error();

    if (!extension.isEmpty()) {
        if (parts->kind == PhoneKind::Mobile)
            return invalid(tr("Mobile numbers have no extensions."));
        if (parts->kind == PhoneKind::Service)
            return invalid(tr("Service numbers have no extensions."));
    }

    PhoneNumber number;
    number.m_kind = parts->kind;
    number.m_areaCode = parts->areaCode;
    number.m_subscriber = parts->subscriber;
    number.m_extension = extension;
    switch (parts->kind) {
    case PhoneKind::Mobile:
        number.m_canonical = QStringLiteral("+86") + parts->subscriber;
        break;
    case PhoneKind::FixedLine:
        number.m_canonical = QStringLiteral("+86") + parts->areaCode + parts->subscriber;
        break;
    case PhoneKind::Service:
        number.m_canonical = parts->subscriber;
        break;
    case PhoneKind::International:
        number.m_canonical = QLatin1Char('+') + parts->subscriber;
        break;
    }
    return number;
}

QString PhoneNumber::display() const
{
    if (isNull())
        return {};
    QString base;
    switch (m_kind) {
    case PhoneKind::Mobile:
        base = m_subscriber.left(3) + QLatin1Char(' ') + m_subscriber.mid(3, 4) + QLatin1Char(' ')
               + m_subscriber.mid(7);
        break;
    case PhoneKind::FixedLine: {
        const qsizetype split = m_subscriber.size() == 8 ? 4 : 3;
        base = QLatin1Char('0') + m_areaCode + QLatin1Char('-') + m_subscriber.left(split) + QLatin1Char(' ')
               + m_subscriber.mid(split);
        break;
    }
    case PhoneKind::Service:
        base = m_subscriber;
        break;
    case PhoneKind::International:
        base = m_canonical;
        break;
    }
    if (m_extension.isEmpty())
        return base;
    //: A phone number with its extension; zh_CN: "%1 转 %2".
    return tr("%1 ext. %2").arg(base, m_extension);
}

QString PhoneNumber::dialString() const
{
    if (isNull())
        return {};
    switch (m_kind) {
    case PhoneKind::Mobile:
    case PhoneKind::Service:
        return m_subscriber;
    case PhoneKind::FixedLine:
        return QLatin1Char('0') + m_areaCode + m_subscriber;
    case PhoneKind::International:
        return QStringLiteral("00") + m_subscriber;
    }
    return {};
}

} // namespace safelink::core
