#include "testutil.h"

#include <safelink/core/residentid.h>

#include <gtest/gtest.h>

#include <string>

using safelink::ErrorCode;
using safelink::core::ResidentId;
using safelink::core::Sex;

namespace {

std::string str(const QString &s)
{
    return s.toStdString();
}

// Computed here independently of ResidentId::checkCharacter so the two check each other.
QString withCheck(const QString &first17)
{
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += first17[i].digitValue() * weights[i];
    return first17 + QLatin1Char("10X98765432"[sum % 11]);
}

// A number with a wrong check character: the right one shifted by one.
QString withWrongCheck(const QString &first17)
{
    const QString good = withCheck(first17);
    const QChar wrong = good.back() == QLatin1Char('X') ? QLatin1Char('0') : QLatin1Char('X');
    return first17 + wrong;
}

const QDate today(2025, 6, 1);

// Parses text that must be rejected and returns the message.
std::string rejection(const QString &text, QDate on = today)
{
    auto r = ResidentId::parse(text, on);
    EXPECT_FALSE(r.ok()) << str(text);
    if (r.ok())
        return {};
    EXPECT_EQ(r.error().code, ErrorCode::Invalid);
    EXPECT_EQ(str(r.error().field), "residentId");
    EXPECT_FALSE(r.error().message.isEmpty());
    return str(r.error().message);
}

} // namespace

TEST(ResidentId, ValidNumber)
{
    const QString id = withCheck(QStringLiteral("44010619900307123"));
    auto r = ResidentId::parse(id, today);
    ASSERT_TRUE(r.ok()) << str(r.error().message);
    EXPECT_EQ(str(r->number()), str(id));
    EXPECT_EQ(str(r->regionCode()), "440106");
    EXPECT_EQ(r->birthDate(), QDate(1990, 3, 7));
    EXPECT_FALSE(r->isNull());
}

TEST(ResidentId, StandardExampleEndingInX)
{
    // The example number of GB 11643-1999.
    auto r = ResidentId::parse(QStringLiteral("11010519491231002X"), today);
    ASSERT_TRUE(r.ok()) << str(r.error().message);
    EXPECT_EQ(str(r->number()), "11010519491231002X");
    EXPECT_EQ(r->birthDate(), QDate(1949, 12, 31));
    EXPECT_EQ(r->sex(), Sex::Female);
}

TEST(ResidentId, ComputedNumberEndingInX)
{
    // Find a sequence number whose check character is X, so the test does not rely on one example.
    QString id;
    for (int seq = 100; seq < 1000 && !id.endsWith(QLatin1Char('X')); ++seq)
        id = withCheck(QStringLiteral("32010219580615") + QString::number(seq));
    ASSERT_TRUE(id.endsWith(QLatin1Char('X')));
    auto r = ResidentId::parse(id, today);
    ASSERT_TRUE(r.ok()) << str(r.error().message);
    EXPECT_EQ(str(r->number()), str(id));
}

TEST(ResidentId, CheckCharacter)
{
    EXPECT_EQ(ResidentId::checkCharacter(u"11010519491231002"), QLatin1Char('X'));
    EXPECT_EQ(ResidentId::checkCharacter(u"44010619900307123"),
              withCheck(QStringLiteral("44010619900307123")).back());
    EXPECT_TRUE(ResidentId::checkCharacter(u"1101051949123100").isNull());
    EXPECT_TRUE(ResidentId::checkCharacter(u"1101051949123100A").isNull());
}

TEST(ResidentId, LowerCaseXAndWhitespaceAccepted)
{
    auto r = ResidentId::parse(QStringLiteral("  11010519491231002x\t"), today);
    ASSERT_TRUE(r.ok()) << str(r.error().message);
    EXPECT_EQ(str(r->number()), "11010519491231002X");
    EXPECT_EQ(r.value(), ResidentId::parse(QStringLiteral("11010519491231002X"), today).value());
}

TEST(ResidentId, FullWidthDigitsAccepted)
{
    // What a Chinese input method in full-width mode types.
    auto r = ResidentId::parse(QStringLiteral("１１０１０５１９４９１２３１００２Ｘ"), today);
    ASSERT_TRUE(r.ok()) << str(r.error().message);
    EXPECT_EQ(str(r->number()), "11010519491231002X");
}

TEST(ResidentId, WrongCheckCharacter)
{
    const std::string message = rejection(withWrongCheck(QStringLiteral("44010619900307123")));
    EXPECT_NE(message.find("check character"), std::string::npos) << message;
    EXPECT_NE(rejection(QStringLiteral("110105194912310021")).find("should be X"), std::string::npos);
}

TEST(ResidentId, WrongLength)
{
    const QString id = withCheck(QStringLiteral("44010619900307123"));
    EXPECT_NE(rejection(id.left(17)).find("this one has 17"), std::string::npos);
    EXPECT_NE(rejection(id + QLatin1Char('1')).find("this one has 19"), std::string::npos);
    EXPECT_NE(rejection(QString()).find("this one has 0"), std::string::npos);
    EXPECT_NE(rejection(QStringLiteral("4401061990")).find("18 characters"), std::string::npos);
}

TEST(ResidentId, Letters)
{
    const std::string message = rejection(QStringLiteral("4401061990A307123X"));
    EXPECT_NE(message.find("not a digit"), std::string::npos) << message;
    EXPECT_NE(message.find("11"), std::string::npos) << message; // the position
    EXPECT_NE(rejection(QStringLiteral("44010619900307123Y")).find("digit or X"), std::string::npos);
    EXPECT_NE(rejection(QStringLiteral("44010690030712A")).find("not a digit"), std::string::npos);
    // X is only allowed as the check character.
    EXPECT_NE(rejection(QStringLiteral("4401061990030712X3")).find("not a digit"), std::string::npos);
}

TEST(ResidentId, ImpossibleDate)
{
    const std::string feb29 = rejection(withCheck(QStringLiteral("44010620230229123")));
    EXPECT_NE(feb29.find("2023-02-29"), std::string::npos) << feb29;
    EXPECT_NE(feb29.find("does not exist"), std::string::npos) << feb29;
    EXPECT_NE(rejection(withCheck(QStringLiteral("44010619901301123"))).find("does not exist"),
              std::string::npos);
    EXPECT_NE(rejection(withCheck(QStringLiteral("44010619900400123"))).find("does not exist"),
              std::string::npos);
    // A real leap day is fine.
    EXPECT_TRUE(ResidentId::parse(withCheck(QStringLiteral("44010620240229123")), today).ok());
}

TEST(ResidentId, FutureDate)
{
    const QString id = withCheck(QStringLiteral("44010620250602123"));
    EXPECT_NE(rejection(id, QDate(2025, 6, 1)).find("future"), std::string::npos);
    EXPECT_TRUE(ResidentId::parse(id, QDate(2025, 6, 2)).ok());
}

TEST(ResidentId, TooOldDate)
{
    // The second example of GB 11643-1999 is born in 1880: not a living person.
    EXPECT_NE(rejection(QStringLiteral("440524188001010014")).find("before 1890"), std::string::npos);
    EXPECT_TRUE(ResidentId::parse(withCheck(QStringLiteral("44052418900101001")), today).ok());
}

TEST(ResidentId, UnknownProvince)
{
    for (const char *prefix : {"99", "91", "10", "00", "16", "55", "72", "83"}) {
        const QString id = withCheck(QLatin1String(prefix) + QStringLiteral("010619900307123"));
        const std::string message = rejection(id);
        EXPECT_NE(message.find("province"), std::string::npos) << prefix << ": " << message;
    }
    for (const char *prefix : {"11", "15", "23", "37", "46", "54", "65", "71", "81", "82"}) {
        const QString id = withCheck(QLatin1String(prefix) + QStringLiteral("010619900307123"));
        EXPECT_TRUE(ResidentId::parse(id, today).ok()) << prefix;
    }
}

TEST(ResidentId, FifteenDigitConversion)
{
    auto r = ResidentId::parse(QStringLiteral("440106900307123"), today);
    ASSERT_TRUE(r.ok()) << str(r.error().message);
    EXPECT_EQ(str(r->number()), str(withCheck(QStringLiteral("44010619900307123"))));
    EXPECT_EQ(r->number().size(), 18);
    EXPECT_EQ(r->birthDate(), QDate(1990, 3, 7));
    EXPECT_EQ(r->sex(), Sex::Male);
    // The old and the new number of the same person are the same value.
    EXPECT_EQ(r.value(), ResidentId::parse(withCheck(QStringLiteral("44010619900307123")), today).value());

    auto old = ResidentId::parse(QStringLiteral("110105491231002"), today);
    ASSERT_TRUE(old.ok()) << str(old.error().message);
    EXPECT_EQ(str(old->number()), "11010519491231002X");
    EXPECT_EQ(old->birthDate(), QDate(1949, 12, 31));

    EXPECT_NE(rejection(QStringLiteral("440106900230123")).find("1990-02-30"), std::string::npos);
    EXPECT_NE(rejection(QStringLiteral("990106900307123")).find("province"), std::string::npos);
}

TEST(ResidentId, SexFromSeventeenthDigit)
{
    for (int digit = 0; digit <= 9; ++digit) {
        const QString id = withCheck(QStringLiteral("4401061990030712") + QString::number(digit));
        auto r = ResidentId::parse(id, today);
        ASSERT_TRUE(r.ok()) << str(r.error().message);
        EXPECT_EQ(r->sex(), digit % 2 == 1 ? Sex::Male : Sex::Female) << digit;
    }
}

TEST(ResidentId, Masked)
{
    auto r = ResidentId::parse(QStringLiteral("11010519491231002X"), today);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(str(r->masked()), "110105********002X");
    EXPECT_EQ(r->masked().size(), 18);
}

TEST(ResidentId, NullValue)
{
    const ResidentId id;
    EXPECT_TRUE(id.isNull());
    EXPECT_FALSE(id.birthDate().isValid());
    EXPECT_EQ(id.sex(), Sex::Unknown);
    EXPECT_TRUE(id.masked().isEmpty());
    EXPECT_TRUE(id.regionCode().isEmpty());
}
