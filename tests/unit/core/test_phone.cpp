#include "testutil.h"

#include <safelink/core/phone.h>

#include <gtest/gtest.h>

#include <string>

using safelink::ErrorCode;
using safelink::core::PhoneKind;
using safelink::core::PhoneNumber;

namespace {

std::string str(const QString &s)
{
    return s.toStdString();
}

// Parses text that must be accepted; on failure the test reports the input and the reason.
PhoneNumber accepted(const QString &raw, const QString &defaultAreaCode = {})
{
    auto r = PhoneNumber::parse(raw, defaultAreaCode);
    EXPECT_TRUE(r.ok()) << str(raw) << ": " << (r.ok() ? std::string() : str(r.error().message));
    return r.ok() ? r.value() : PhoneNumber();
}

// Parses text that must be rejected and returns the message.
std::string rejection(const QString &raw, const QString &defaultAreaCode = {})
{
    auto r = PhoneNumber::parse(raw, defaultAreaCode);
    EXPECT_FALSE(r.ok()) << str(raw) << " was accepted as " << (r.ok() ? str(r->canonical()) : std::string());
    if (r.ok())
        return {};
    EXPECT_EQ(r.error().code, ErrorCode::Invalid);
    EXPECT_EQ(str(r.error().field), "phone");
    EXPECT_FALSE(r.error().message.isEmpty());
    return str(r.error().message);
}

bool contains(const std::string &haystack, const char *needle)
{
    return haystack.find(needle) != std::string::npos;
}

} // namespace

TEST(PhoneNumber, PlainMobile)
{
    const PhoneNumber p = accepted(QStringLiteral("13812345678"));
    EXPECT_EQ(p.kind(), PhoneKind::Mobile);
    EXPECT_EQ(str(p.canonical()), "+8613812345678");
    EXPECT_EQ(str(p.subscriber()), "13812345678");
    EXPECT_TRUE(p.areaCode().isEmpty());
    EXPECT_TRUE(p.extension().isEmpty());
    EXPECT_FALSE(p.isNull());
    for (const char *prefix : {"13", "14", "15", "16", "17", "18", "19"}) {
        EXPECT_EQ(accepted(QLatin1String(prefix) + QStringLiteral("012345678")).kind(), PhoneKind::Mobile)
            << prefix;
    }
}

TEST(PhoneNumber, MobileWithCountryCode)
{
    for (const char *raw :
         {"+8613812345678", "+86 138 1234 5678", "+86-138-1234-5678", "008613812345678", "0086 138 1234 5678",
          "8613812345678", "86 13812345678", "+86 (0)138 1234 5678"}) {
        const PhoneNumber p = accepted(QString::fromUtf8(raw));
        EXPECT_EQ(p.kind(), PhoneKind::Mobile) << raw;
        EXPECT_EQ(str(p.canonical()), "+8613812345678") << raw;
    }
}

TEST(PhoneNumber, MobileWithSeparators)
{
    for (const char *raw : {"138 1234 5678", "138-1234-5678", " 138.1234.5678 ", "(138) 1234-5678",
                            "１３８１２３４５６７８", "１３８－１２３４－５６７８"}) {
        EXPECT_EQ(str(accepted(QString::fromUtf8(raw)).canonical()), "+8613812345678") << raw;
    }
}

TEST(PhoneNumber, MobileWithLeadingTrunkZero)
{
    const PhoneNumber p = accepted(QStringLiteral("013812345678"));
    EXPECT_EQ(p.kind(), PhoneKind::Mobile);
    EXPECT_EQ(str(p.canonical()), "+8613812345678");
    EXPECT_EQ(str(p.dialString()), "13812345678");
}

TEST(PhoneNumber, FixedLineWithAreaCode)
{
    for (const char *raw :
         {"020-83001234", "(020) 8300-1234", "（020）83001234", "020 8300 1234", "02083001234",
          "+86 20 8300 1234", "+862083001234", "0086 20 83001234", "+86 (0)20 8300 1234"}) {
        const PhoneNumber p = accepted(QString::fromUtf8(raw));
        EXPECT_EQ(p.kind(), PhoneKind::FixedLine) << raw;
        EXPECT_EQ(str(p.canonical()), "+862083001234") << raw;
        EXPECT_EQ(str(p.areaCode()), "20") << raw;
        EXPECT_EQ(str(p.subscriber()), "83001234") << raw;
    }
}

TEST(PhoneNumber, TwoAndThreeDigitAreaCodes)
{
    struct Case {
        const char *raw;
        const char *area;
        const char *subscriber;
    };
    for (const Case &c : {Case{"010-62751234", "10", "62751234"}, Case{"020-83001234", "20", "83001234"},
                          Case{"029-8765432", "29", "8765432"}, Case{"0755-83001234", "755", "83001234"},
                          Case{"0769-22001234", "769", "22001234"}, Case{"0898-6612345", "898", "6612345"},
                          Case{"0311 8765 4321", "311", "87654321"}}) {
        const PhoneNumber p = accepted(QString::fromUtf8(c.raw));
        EXPECT_EQ(p.kind(), PhoneKind::FixedLine) << c.raw;
        EXPECT_EQ(str(p.areaCode()), c.area) << c.raw;
        EXPECT_EQ(str(p.subscriber()), c.subscriber) << c.raw;
        EXPECT_EQ(str(p.canonical()), std::string("+86") + c.area + c.subscriber) << c.raw;
    }
}

TEST(PhoneNumber, BadFixedLines)
{
    EXPECT_TRUE(contains(rejection(QStringLiteral("020-830012")), "7 or 8 digits"));
    EXPECT_TRUE(contains(rejection(QStringLiteral("020-830012345")), "7 or 8 digits"));
    EXPECT_TRUE(contains(rejection(QStringLiteral("020-03001234")), "cannot start with 0"));
    EXPECT_TRUE(contains(rejection(QStringLiteral("0755-13001234")), "cannot start with 1"));
    EXPECT_TRUE(contains(rejection(QStringLiteral("011-83001234")), "area code"));
}

TEST(PhoneNumber, LocalNumberUsesDefaultAreaCode)
{
    const PhoneNumber p = accepted(QStringLiteral("8300 1234"), QStringLiteral("20"));
    EXPECT_EQ(p.kind(), PhoneKind::FixedLine);
    EXPECT_EQ(str(p.canonical()), "+862083001234");
    EXPECT_EQ(p, accepted(QStringLiteral("020-83001234"), QStringLiteral("755")));
    // The trunk 0 in the configured area code does not matter.
    EXPECT_EQ(str(accepted(QStringLiteral("8300123"), QStringLiteral("0755")).canonical()), "+867558300123");
    EXPECT_TRUE(contains(rejection(QStringLiteral("83001234"), QStringLiteral("1")), "default area code"));
    EXPECT_TRUE(contains(rejection(QStringLiteral("83001234"), QStringLiteral("2x")), "default area code"));
}

TEST(PhoneNumber, LocalNumberWithoutDefaultAreaCode)
{
    const std::string message = rejection(QStringLiteral("83001234"));
    EXPECT_TRUE(contains(message, "no area code")) << message;
    EXPECT_TRUE(contains(rejection(QStringLiteral("8300123")), "no area code"));
    // A local number never starts with 0 or 1, whatever the default.
    EXPECT_FALSE(PhoneNumber::parse(u"1300123", u"20").ok());
    // Too long for a local number: the 0 before the area code was left out.
    EXPECT_TRUE(contains(rejection(QStringLiteral("2083001234"), QStringLiteral("20")), "7 or 8 digits"));
}

TEST(PhoneNumber, Extensions)
{
    for (const char *raw :
         {"020-83001234-123", "020-83001234 转 123", "020-83001234转123", "02083001234 分机 123",
          "020-83001234 ext 123", "020-83001234 ext. 123", "020-83001234 EXT:123", "020-83001234x123",
          "020-8300-1234-123", "(020)83001234,123", "020 83001234;123"}) {
        const PhoneNumber p = accepted(QString::fromUtf8(raw));
        EXPECT_EQ(p.kind(), PhoneKind::FixedLine) << raw;
        EXPECT_EQ(str(p.canonical()), "+862083001234") << raw;
        EXPECT_EQ(str(p.extension()), "123") << raw;
    }
    EXPECT_EQ(str(accepted(QStringLiteral("0755-8300123 ext 12")).extension()), "12");
    EXPECT_EQ(str(accepted(QStringLiteral("0755-8300123-12")).extension()), "12");
    EXPECT_EQ(str(accepted(QStringLiteral("8300-1234-5"), QStringLiteral("20")).extension()), "5");
    EXPECT_EQ(str(accepted(QStringLiteral("020-83001234-123456")).extension()), "123456");
    // What the CBOR codec writes back: canonical number and ';' extension.
    const PhoneNumber stored = accepted(QStringLiteral("+862083001234;123"));
    EXPECT_EQ(stored, accepted(QStringLiteral("020-83001234-123")));
}

TEST(PhoneNumber, BadExtensions)
{
    EXPECT_TRUE(contains(rejection(QStringLiteral("020-83001234 转 1234567")), "1 to 6 digits"));
    EXPECT_TRUE(contains(rejection(QStringLiteral("020-83001234 ext abc")), "1 to 6 digits"));
    EXPECT_TRUE(contains(rejection(QStringLiteral("020-83001234 转")), "missing"));
    // Seven digits after the dash are not an extension, and the whole is too long.
    EXPECT_FALSE(PhoneNumber::parse(u"020-83001234-1234567").ok());
}

TEST(PhoneNumber, ExtensionOnMobileIsAnError)
{
    for (const char *raw :
         {"13812345678 转 123", "138-1234-5678-12", "13812345678 ext 1", "+8613812345678;5"}) {
        const std::string message = rejection(QString::fromUtf8(raw));
        EXPECT_TRUE(contains(message, "Mobile")) << raw << ": " << message;
    }
    EXPECT_TRUE(contains(rejection(QStringLiteral("120 转 1")), "Service"));
}

TEST(PhoneNumber, ServiceNumbers)
{
    for (const char *raw : {"120", "110", "119", "122", "112", "999", "12345", "12349", "95588", "955880",
                            "96166", "10086", "4008001234", "400-800-1234", "800 820 1234"}) {
        const PhoneNumber p = accepted(QString::fromUtf8(raw));
        EXPECT_EQ(p.kind(), PhoneKind::Service) << raw;
        QString digits = QString::fromUtf8(raw);
        digits.remove(QLatin1Char('-')).remove(QLatin1Char(' '));
        EXPECT_EQ(str(p.canonical()), str(digits)) << raw;
        EXPECT_EQ(str(p.dialString()), str(digits)) << raw;
        EXPECT_EQ(str(p.display()), str(digits)) << raw;
        EXPECT_TRUE(p.areaCode().isEmpty()) << raw;
    }
    // A default area code does not turn a service number into a local one.
    EXPECT_EQ(accepted(QStringLiteral("120"), QStringLiteral("20")).kind(), PhoneKind::Service);
    EXPECT_EQ(str(accepted(QStringLiteral("+86 400 800 1234")).canonical()), "4008001234");
}

TEST(PhoneNumber, InternationalNumbers)
{
    for (const char *raw : {"+44 20 7946 0958", "0044 20 7946 0958", "+44 (0)20 7946 0958",
                            "+44-20-7946-0958", "＋４４２０７９４６０９５８"}) {
        const PhoneNumber p = accepted(QString::fromUtf8(raw));
        EXPECT_EQ(p.kind(), PhoneKind::International) << raw;
        EXPECT_EQ(str(p.canonical()), "+442079460958") << raw;
        EXPECT_EQ(str(p.dialString()), "00442079460958") << raw;
        EXPECT_EQ(str(p.display()), "+442079460958") << raw;
    }
    EXPECT_EQ(str(accepted(QStringLiteral("+1 212 555 0100")).canonical()), "+12125550100");
    EXPECT_TRUE(contains(rejection(QStringLiteral("+44 12")), "7 to 15 digits"));
    EXPECT_TRUE(contains(rejection(QStringLiteral("+44 1234 5678 9012 3456")), "7 to 15 digits"));
    EXPECT_TRUE(contains(rejection(QStringLiteral("+0 123 4567 890")), "country code"));
}

TEST(PhoneNumber, Garbage)
{
    EXPECT_TRUE(contains(rejection(QStringLiteral("abc")), "letters"));
    EXPECT_TRUE(contains(rejection(QString()), "No phone number"));
    EXPECT_TRUE(contains(rejection(QStringLiteral("   ")), "No phone number"));
    EXPECT_TRUE(contains(rejection(QStringLiteral("123")), "too short"));
    EXPECT_TRUE(contains(rejection(QStringLiteral("1381234567")), "11 digits"));
    EXPECT_TRUE(contains(rejection(QStringLiteral("138123456789")), "11 digits"));
    EXPECT_TRUE(contains(rejection(QStringLiteral("12812345678")), "start with 12"));
    EXPECT_TRUE(contains(rejection(QStringLiteral("10012345678")), "start with 10"));
    EXPECT_TRUE(contains(rejection(QStringLiteral("138123456781234567890")), "too many"));
    EXPECT_TRUE(contains(rejection(QStringLiteral("138 1234 567a")), "letters"));
    EXPECT_TRUE(contains(rejection(QStringLiteral("138*1234*5678")), "character"));
    EXPECT_TRUE(contains(rejection(QStringLiteral("138+12345678")), "+"));
    EXPECT_TRUE(contains(rejection(QStringLiteral("( - )")), "no digits"));
    EXPECT_TRUE(contains(rejection(QStringLiteral("+")), "no digits"));
    EXPECT_FALSE(PhoneNumber::parse(u"+86 12812345678").ok());
    EXPECT_FALSE(PhoneNumber::parse(u"+86 1381234567").ok());
}

TEST(PhoneNumber, SameNumberWrittenDifferently)
{
    const PhoneNumber mobile = accepted(QStringLiteral("13812345678"));
    for (const char *raw : {"+86 138-1234-5678", "0086 13812345678", "013812345678", "8613812345678"})
        EXPECT_EQ(accepted(QString::fromUtf8(raw)), mobile) << raw;

    const PhoneNumber line = accepted(QStringLiteral("(020) 8300-1234"));
    for (const char *raw : {"020-83001234", "+86 20 8300 1234"})
        EXPECT_EQ(accepted(QString::fromUtf8(raw)), line) << raw;
    EXPECT_EQ(accepted(QStringLiteral("83001234"), QStringLiteral("20")), line);
    EXPECT_NE(accepted(QStringLiteral("83001234"), QStringLiteral("755")), line);
    // Same line, different extension: a different value, same canonical number.
    const PhoneNumber withExtension = accepted(QStringLiteral("020-83001234-8"));
    EXPECT_NE(withExtension, line);
    EXPECT_EQ(withExtension.canonical(), line.canonical());
}

TEST(PhoneNumber, Display)
{
    EXPECT_EQ(str(accepted(QStringLiteral("+8613812345678")).display()), "138 1234 5678");
    EXPECT_EQ(str(accepted(QStringLiteral("02083001234")).display()), "020-8300 1234");
    EXPECT_EQ(str(accepted(QStringLiteral("0755-8300123")).display()), "0755-830 0123");
    EXPECT_EQ(str(accepted(QStringLiteral("010 6275 1234")).display()), "010-6275 1234");
    EXPECT_EQ(str(accepted(QStringLiteral("020-83001234 转 123")).display()), "020-8300 1234 ext. 123");
    EXPECT_EQ(str(accepted(QStringLiteral("120")).display()), "120");
    EXPECT_TRUE(PhoneNumber().display().isEmpty());
}

TEST(PhoneNumber, DialString)
{
    EXPECT_EQ(str(accepted(QStringLiteral("+86 138 1234 5678")).dialString()), "13812345678");
    EXPECT_EQ(str(accepted(QStringLiteral("+86 20 8300 1234")).dialString()), "02083001234");
    EXPECT_EQ(str(accepted(QStringLiteral("0755-8300123-45")).dialString()), "07558300123");
    EXPECT_EQ(str(accepted(QStringLiteral("83001234"), QStringLiteral("20")).dialString()), "02083001234");
    EXPECT_EQ(str(accepted(QStringLiteral("95588")).dialString()), "95588");
    EXPECT_TRUE(PhoneNumber().dialString().isEmpty());
}

TEST(PhoneNumber, NullValue)
{
    const PhoneNumber p;
    EXPECT_TRUE(p.isNull());
    EXPECT_TRUE(p.canonical().isEmpty());
    EXPECT_EQ(p, PhoneNumber());
}
