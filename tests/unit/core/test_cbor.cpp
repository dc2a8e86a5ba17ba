#include "samples.h"

#include <safelink/core/cbor.h>

#include <gtest/gtest.h>

using namespace safelink;
using namespace safelink::core;
using namespace safelink::test;

namespace {

// Encodes to bytes (as the wire and the database do), decodes, and compares every field.
template<typename T>
void expectRoundTrip(const T &original)
{
    const QByteArray bytes = original.toCbor().toCborValue().toCbor();
    QCborParserError err;
    const QCborValue parsed = QCborValue::fromCbor(bytes, &err);
    ASSERT_EQ(err.error, QCborError::NoError);
    auto decoded = T::fromCbor(parsed);
    ASSERT_TRUE(decoded.ok()) << decoded.error().toString().toStdString();
    EXPECT_TRUE(decoded.value() == original);
    // And a second trip gives the same bytes: nothing is lost or reordered on the way.
    EXPECT_EQ(decoded->toCbor().toCborValue().toCbor(), bytes);
}

} // namespace

TEST(Cbor, SubjectRoundTrip)
{
    expectRoundTrip(sampleSubject());
}
TEST(Cbor, HouseholdRoundTrip)
{
    expectRoundTrip(sampleHousehold());
}
TEST(Cbor, DeviceRoundTrip)
{
    expectRoundTrip(sampleDevice());
}
TEST(Cbor, CaseRoundTrip)
{
    expectRoundTrip(sampleCase());
}
TEST(Cbor, CallRoundTrip)
{
    expectRoundTrip(sampleCall());
}
TEST(Cbor, WorkOrderRoundTrip)
{
    expectRoundTrip(sampleWorkOrder());
}
TEST(Cbor, ResourceRoundTrip)
{
    expectRoundTrip(sampleResource());
}
TEST(Cbor, KbFolderRoundTrip)
{
    expectRoundTrip(sampleFolder());
}
TEST(Cbor, KbArticleRoundTrip)
{
    expectRoundTrip(sampleArticle());
}
TEST(Cbor, AccountRoundTrip)
{
    expectRoundTrip(sampleAccount());
}
TEST(Cbor, SeatRoundTrip)
{
    expectRoundTrip(sampleSeat());
}

TEST(Cbor, MinimalSubjectRoundTrip)
{
    Subject s;
    s.meta.id = QStringLiteral("s-min");
    s.name = QStringLiteral("林");
    expectRoundTrip(s);
}

TEST(Cbor, SampleRecordsAreValid)
{
    // The samples stand for real records; if they were invalid the round trips would prove little.
    EXPECT_TRUE(sampleSubject().validate(QDate(2026, 11, 23)).ok());
    EXPECT_TRUE(sampleHousehold().validate().ok());
    EXPECT_TRUE(sampleDevice().validate().ok());
    EXPECT_TRUE(sampleCase().validate().ok());
    EXPECT_TRUE(sampleCall().validate().ok());
    EXPECT_TRUE(sampleWorkOrder().validate().ok());
    EXPECT_TRUE(sampleResource().validate().ok());
    EXPECT_TRUE(sampleFolder().validate().ok());
    EXPECT_TRUE(sampleArticle().validate().ok());
    EXPECT_TRUE(sampleAccount().validate().ok());
    EXPECT_TRUE(sampleSeat().validate().ok());
}

TEST(Cbor, NotAMapIsRejected)
{
    auto r = Subject::fromCbor(QCborValue(42));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::Invalid);
}

TEST(Cbor, MissingIdIsRejected)
{
    QCborMap m = sampleSubject().toCbor();
    m.remove(QStringLiteral("id"));
    auto r = Subject::fromCbor(m);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().field, QStringLiteral("id"));
}

TEST(Cbor, WrongTypeIsRejectedWithItsField)
{
    QCborMap m = sampleSubject().toCbor();
    m.insert(QStringLiteral("name"), 12);
    auto r = Subject::fromCbor(m);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().field, QStringLiteral("name"));
}

TEST(Cbor, UnknownEnumKeyIsRejected)
{
    QCborMap m = sampleSubject().toCbor();
    m.insert(QStringLiteral("careTier"), QStringLiteral("platinum"));
    auto r = Subject::fromCbor(m);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().field, QStringLiteral("careTier"));
}

TEST(Cbor, BadResidentIdIsRejected)
{
    QCborMap m = sampleSubject().toCbor();
    QString id = m.value(QStringLiteral("residentId")).toString();
    id[17] = id[17] == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
    m.insert(QStringLiteral("residentId"), id);
    auto r = Subject::fromCbor(m);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().field, QStringLiteral("residentId"));
}

TEST(Cbor, GarbagePhoneIsRejected)
{
    QCborMap m = sampleCall().toCbor();
    QCborMap p;
    p.insert(QStringLiteral("n"), QStringLiteral("not a phone"));
    m.insert(QStringLiteral("remoteNumber"), p);
    auto r = CallRecord::fromCbor(m);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().field, QStringLiteral("remoteNumber"));
}

TEST(Cbor, UnknownFieldsAreIgnored)
{
    // A newer hub may add fields; an older desk must still read the record.
    QCborMap m = sampleDevice().toCbor();
    m.insert(QStringLiteral("fieldFromTheFuture"), QStringLiteral("x"));
    auto r = Device::fromCbor(m);
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r.value() == sampleDevice());
}

TEST(Cbor, EnumKeysAreStableAndUnique)
{
    // Keys are stored in databases and sent on the wire: renaming one breaks old data.
    EXPECT_EQ(enumKey(SubjectCategory::DispersedExtremePoverty), QStringLiteral("dispersed_extreme_poverty"));
    EXPECT_EQ(enumKey(CareTier::SpecialCare), QStringLiteral("special_care"));
    EXPECT_EQ(enumKey(WorkOrderState::InProgress), QStringLiteral("in_progress"));
    QStringList keys;
    for (SubjectCategory c : enumValues<SubjectCategory>())
        keys.append(enumKey(c));
    keys.removeDuplicates();
    EXPECT_EQ(keys.size(), 13);
    for (SubjectCategory c : enumValues<SubjectCategory>())
        EXPECT_EQ(enumFromKey<SubjectCategory>(enumKey(c)), c);
}
