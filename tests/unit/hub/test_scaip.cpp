// The SCAIP codec (SS 91100:2014): <mrq> bodies as alarm terminals send them, the refusals with
// their status numbers, positions from geo and NMEA, the <mrs> the center sends back, and what the
// hub makes of device type and status code. NMEA checksums in here were computed independently.
#include <safelink/hub/scaip.h>

#include <QXmlStreamReader>

#include <gtest/gtest.h>

using namespace safelink;
using namespace safelink::hub;
using namespace safelink::hub::scaip;

namespace {

QByteArray mrq(const QString &children)
{
    return (QStringLiteral("<mrq>") + children + QStringLiteral("</mrq>")).toUtf8();
}

// The smallest valid request plus `more`.
QByteArray minimal(const QString &more = {})
{
    return mrq(QStringLiteral("<ref>R42</ref><cid>4711</cid><dty>0003</dty>") + more);
}

const ParseFailure &expectFailure(const ParseResult &result)
{
    EXPECT_FALSE(result.ok());
    static const ParseFailure none;
    return result.ok() ? none : result.failure();
}

// The children of an <mrs>, in document order, as (tag, text).
QList<QPair<QString, QString>> responseChildren(const QByteArray &xml)
{
    QList<QPair<QString, QString>> out;
    QXmlStreamReader reader(xml);
    EXPECT_TRUE(reader.readNextStartElement());
    EXPECT_EQ(reader.name(), u"mrs");
    while (reader.readNextStartElement()) {
        const QString tag = reader.name().toString();
        out.append({tag, reader.readElementText()});
    }
    while (!reader.atEnd())
        reader.readNext();
    EXPECT_FALSE(reader.hasError()) << reader.errorString().toStdString();
    return out;
}

} // namespace

TEST(ScaipRequest, FullAlarmParsedFieldByField)
{
    const QByteArray xml = QStringLiteral(R"(<?xml version="1.0" encoding="UTF-8"?>
<mrq>
  <ref>A1b2C3d4</ref>
  <ver>01.00</ver>
  <sco>2</sco>
  <cha>1</cha>
  <mty>ME</mty>
  <hbo>001</hbo>
  <cid>8613800138</cid>
  <dty>0003</dty>
  <did>P-07</did>
  <dco>002</dco>
  <dte>吊坠 pendant</dte>
  <crd>gsm:+8613800138000</crd>
  <crd>sip:unit42@alarm.example.cn</crd>
  <stc>0010</stc>
  <stt>Button &amp; cord</stt>
  <pri>9</pri>
  <lco>011</lco>
  <lva>2</lva>
  <lge>
    <geo>39.904211,116.407395</geo>
    <tim>2026-03-01T08:15:30+08</tim>
  </lge>
  <lte>卫生间</lte>
  <ico>100</ico>
  <ite>Second press</ite>
  <ame>0</ame>
  <xyz>a tag from a newer standard</xyz>
</mrq>
)")
                               .toUtf8();
    const ParseResult result = Request::parse(xml);
    ASSERT_TRUE(result.ok()) << result.error().toString().toStdString();
    const Request &r = *result;
    EXPECT_EQ(r.ref, u"A1b2C3d4");
    EXPECT_EQ(r.version, u"01.00");
    EXPECT_EQ(r.systemConfig, 2);
    EXPECT_TRUE(r.callbackRequested);
    EXPECT_EQ(r.type, MessageType::Alarm);
    EXPECT_TRUE(r.heartbeatAdjustable);
    EXPECT_EQ(r.controllerId, u"8613800138");
    EXPECT_EQ(r.deviceType, 3);
    EXPECT_EQ(r.deviceId, u"P-07");
    EXPECT_EQ(r.deviceComponent, 2);
    EXPECT_EQ(r.deviceText, QStringLiteral("吊坠 pendant"));
    ASSERT_EQ(r.callerIds.size(), 2);
    EXPECT_EQ(r.callerIds[0], (CallerId{QStringLiteral("gsm"), QStringLiteral("+8613800138000")}));
    EXPECT_EQ(r.callerIds[1], (CallerId{QStringLiteral("sip"), QStringLiteral("unit42@alarm.example.cn")}));
    EXPECT_EQ(r.statusCode, 10);
    EXPECT_EQ(r.statusText, u"Button & cord");
    EXPECT_EQ(r.priority, 9);
    EXPECT_EQ(r.locationCode, 11);
    EXPECT_EQ(r.locationValue, u"2");
    ASSERT_TRUE(r.position.has_value());
    EXPECT_DOUBLE_EQ(r.position->latitude, 39.904211);
    EXPECT_DOUBLE_EQ(r.position->longitude, 116.407395);
    EXPECT_EQ(r.position->accuracyMeters, 0);
    EXPECT_EQ(r.positionFormat, PositionFormat::Geo);
    EXPECT_EQ(r.positionTime, QDateTime(QDate(2026, 3, 1), QTime(0, 15, 30), Qt::UTC));
    EXPECT_EQ(r.positionTime.offsetFromUtc(), 8 * 3600);
    EXPECT_EQ(r.locationText, QStringLiteral("卫生间"));
    EXPECT_EQ(r.infoCode, 100);
    EXPECT_EQ(r.infoText, u"Second press");
    EXPECT_EQ(r.additionalMessages, 0);

    const AlarmMeaning m = classify(r);
    EXPECT_EQ(m.category, AlarmCategory::Sos);
    EXPECT_EQ(m.event, DeviceEventType::Sos);
    EXPECT_EQ(m.priority, 1);
}

TEST(ScaipRequest, OmittedTagsTakeTheStandardsDefaults)
{
    // The request of the standard's SIP example: only the mandatory tags and a status code.
    const ParseResult result =
        Request::parse(mrq(QStringLiteral("<ref>1234</ref><cid>123456</cid><dty>0001</dty><stc>001</stc>")));
    ASSERT_TRUE(result.ok()) << result.error().toString().toStdString();
    const Request &r = *result;
    EXPECT_EQ(r.ref, u"1234");
    EXPECT_EQ(r.version, u"01.00");
    EXPECT_EQ(r.type, MessageType::Alarm);
    EXPECT_FALSE(r.callbackRequested);
    EXPECT_FALSE(r.heartbeatAdjustable);
    EXPECT_EQ(r.deviceType, 1);
    EXPECT_EQ(r.statusCode, 1);
    EXPECT_EQ(r.priority, 0);
    EXPECT_EQ(r.callerIds, QList<CallerId>{(CallerId{QStringLiteral("sip"), QString()})});
    EXPECT_FALSE(r.position.has_value());
    EXPECT_EQ(r.positionFormat, PositionFormat::None);
    EXPECT_FALSE(r.positionTime.isValid());

    const ParseResult noStatus = Request::parse(minimal());
    ASSERT_TRUE(noStatus.ok());
    EXPECT_EQ(noStatus->statusCode, std::nullopt);
    EXPECT_EQ(classify(*noStatus).category, AlarmCategory::Sos); // omitted = alarm state
}

TEST(ScaipRequest, HeartbeatIsParsedAndAnsweredWithAnInterval)
{
    const ParseResult result = Request::parse(mrq(QStringLiteral(
        "<ref>00000C1F</ref><cha>0</cha><mty>PI</mty><hbo>001</hbo><cid>31337</cid><dty>02</dty>"
        "<did>01</did><crd>no-voice:</crd><stc>0102</stc>")));
    ASSERT_TRUE(result.ok()) << result.error().toString().toStdString();
    EXPECT_EQ(result->type, MessageType::Heartbeat);
    EXPECT_EQ(result->ref, u"00000C1F");
    EXPECT_EQ(result->deviceType, 2);
    EXPECT_EQ(result->deviceId, u"01");
    EXPECT_EQ(result->callerIds, QList<CallerId>{(CallerId{QStringLiteral("no-voice"), QString()})});
    EXPECT_EQ(result->statusCode, 102);
    EXPECT_TRUE(result->heartbeatAdjustable);

    const AlarmMeaning m = classify(*result);
    EXPECT_EQ(m.category, AlarmCategory::Heartbeat);
    EXPECT_EQ(m.event, DeviceEventType::Heartbeat);
    EXPECT_EQ(m.priority, 5);

    Response response = Response::accepted(*result);
    response.heartbeatMinutes = 60;
    EXPECT_EQ(response.toXml(), QByteArray("<mrs><ref>00000C1F</ref><snu>0</snu><hbi>60</hbi></mrs>"));
}

TEST(ScaipRequest, MissingMandatoryTagIsSnu7NamingTheTag)
{
    const ParseResult noCid = Request::parse(mrq(QStringLiteral("<ref>77</ref><dty>3</dty>")));
    const ParseFailure &f = expectFailure(noCid);
    EXPECT_EQ(f.snu, StatusNumber::MandatoryTagMissing);
    EXPECT_EQ(f.error.field, u"cid");
    EXPECT_TRUE(f.error.message.contains(QStringLiteral("<cid>"))) << f.error.message.toStdString();
    EXPECT_EQ(f.ref, u"77"); // so that the refusal can be matched by the terminal

    const ParseFailure &noDty =
        expectFailure(Request::parse(mrq(QStringLiteral("<ref>78</ref><cid>1</cid>"))));
    EXPECT_EQ(noDty.snu, StatusNumber::MandatoryTagMissing);
    EXPECT_EQ(noDty.error.field, u"dty");

    const ParseFailure &emptyCid =
        expectFailure(Request::parse(mrq(QStringLiteral("<ref>79</ref><cid>  </cid><dty>3</dty>"))));
    EXPECT_EQ(emptyCid.snu, StatusNumber::MandatoryTagMissing);
    EXPECT_EQ(emptyCid.error.field, u"cid");

    // The standard has its own number for a missing reference.
    const ParseFailure &noRef =
        expectFailure(Request::parse(mrq(QStringLiteral("<cid>1</cid><dty>3</dty>"))));
    EXPECT_EQ(noRef.snu, StatusNumber::ReferenceMissing);
    EXPECT_EQ(noRef.error.field, u"ref");
    EXPECT_TRUE(noRef.ref.isEmpty());

    const Response refusal = Response::refused(f);
    EXPECT_EQ(refusal.toXml(),
              QByteArray("<mrs><ref>77</ref><snu>7</snu><ste>mandatory tag missing: cid</ste></mrs>"));
}

TEST(ScaipRequest, MalformedXmlIsSnu2)
{
    const ParseFailure &unclosed =
        expectFailure(Request::parse(QByteArray("<mrq><ref>K9</ref><cid>1</cid><dty>3</dty>")));
    EXPECT_EQ(unclosed.snu, StatusNumber::InvalidFormat);
    EXPECT_EQ(unclosed.error.code, ErrorCode::Invalid);
    EXPECT_EQ(unclosed.ref, u"K9"); // read from the raw text

    EXPECT_EQ(expectFailure(Request::parse(QByteArray("<mrq><ref>1</cid></mrq>"))).snu,
              StatusNumber::InvalidFormat);
    EXPECT_EQ(expectFailure(Request::parse(QByteArray())).snu, StatusNumber::InvalidFormat);
    EXPECT_EQ(expectFailure(Request::parse(QByteArray("not xml at all"))).snu, StatusNumber::InvalidFormat);
    EXPECT_EQ(expectFailure(Request::parse(minimal() + "<mrq/>")).snu, StatusNumber::InvalidFormat);

    const ParseFailure &response =
        expectFailure(Request::parse(QByteArray("<mrs><ref>1</ref><snu>0</snu></mrs>")));
    EXPECT_EQ(response.snu, StatusNumber::InvalidFormat);
    EXPECT_EQ(response.error.field, u"mrq");

    const ParseFailure &twice = expectFailure(Request::parse(minimal(QStringLiteral("<cid>4712</cid>"))));
    EXPECT_EQ(twice.snu, StatusNumber::InvalidFormat);
    EXPECT_EQ(twice.error.field, u"cid");
    EXPECT_EQ(twice.ref, u"R42");

    const ParseFailure &nested =
        expectFailure(Request::parse(minimal(QStringLiteral("<stc><b>10</b></stc>"))));
    EXPECT_EQ(nested.snu, StatusNumber::InvalidFormat);
    EXPECT_EQ(nested.error.field, u"stc");
}

TEST(ScaipRequest, DoctypeIsRefused)
{
    const QByteArray withEntity = "<?xml version=\"1.0\"?>"
                                  "<!DOCTYPE mrq [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;\">]>"
                                  "<mrq><ref>D1</ref><cid>1</cid><dty>3</dty><stt>&b;</stt></mrq>";
    const ParseFailure &f = expectFailure(Request::parse(withEntity));
    EXPECT_EQ(f.snu, StatusNumber::InvalidFormat);
    EXPECT_TRUE(f.error.message.contains(QStringLiteral("DOCTYPE"))) << f.error.message.toStdString();

    const QByteArray external = "<!DOCTYPE mrq SYSTEM \"file:///etc/passwd\"><mrq><ref>D2</ref></mrq>";
    EXPECT_EQ(expectFailure(Request::parse(external)).snu, StatusNumber::InvalidFormat);
}

TEST(ScaipRequest, OversizeIsRefusedAndTheLimitItselfIsAccepted)
{
    const QByteArray head = "<mrq><ref>BIG1</ref><cid>1</cid><dty>3</dty><ite>";
    const QByteArray tail = "</ite></mrq>";
    const QByteArray atLimit = head + QByteArray(kMaxBodyBytes - head.size() - tail.size(), 'x') + tail;
    ASSERT_EQ(atLimit.size(), kMaxBodyBytes);
    const ParseResult ok = Request::parse(atLimit);
    ASSERT_TRUE(ok.ok()) << ok.error().toString().toStdString();

    const QByteArray over = head + QByteArray(kMaxBodyBytes - head.size() - tail.size() + 1, 'x') + tail;
    const ParseFailure &f = expectFailure(Request::parse(over));
    EXPECT_EQ(f.snu, StatusNumber::MessageTooLong);
    EXPECT_EQ(f.ref, u"BIG1");
}

TEST(ScaipRequest, WrongValuesAreSnu3NamingTheTag)
{
    struct Case {
        QString more;
        QString field;
    };
    const QList<Case> cases{
        {QStringLiteral("<mty>XX</mty>"), QStringLiteral("mty")},
        {QStringLiteral("<mty>me</mty>"), QStringLiteral("mty")},
        {QStringLiteral("<pri>12</pri>"), QStringLiteral("pri")},
        {QStringLiteral("<stc>1a</stc>"), QStringLiteral("stc")},
        {QStringLiteral("<stc>00010</stc>"), QStringLiteral("stc")},
        {QStringLiteral("<cha>2</cha>"), QStringLiteral("cha")},
        {QStringLiteral("<ver>1.0</ver>"), QStringLiteral("ver")},
        {QStringLiteral("<crd>fax:+8610123</crd>"), QStringLiteral("crd")},
        {QStringLiteral("<crd>+8610123</crd>"), QStringLiteral("crd")},
        {QStringLiteral("<did>12345678901234567</did>"), QStringLiteral("did")},
        {QStringLiteral("<lge><tim>2026-03-01 08:15:30</tim></lge>"), QStringLiteral("lge.tim")},
        {QStringLiteral("<lge><geo>91.0,10.0</geo></lge>"), QStringLiteral("lge.geo")},
        {QStringLiteral("<lge><geo>10.0,181.0</geo></lge>"), QStringLiteral("lge.geo")},
        {QStringLiteral("<lge><geo>1e1,10</geo></lge>"), QStringLiteral("lge.geo")},
    };
    for (const Case &c : cases) {
        const ParseFailure &f = expectFailure(Request::parse(minimal(c.more)));
        EXPECT_EQ(f.snu, StatusNumber::WrongDataContent) << c.more.toStdString();
        EXPECT_EQ(f.error.field, c.field) << c.more.toStdString();
        EXPECT_EQ(f.ref, u"R42") << c.more.toStdString();
    }

    const ParseFailure &mty = expectFailure(Request::parse(minimal(QStringLiteral("<mty>XX</mty>"))));
    EXPECT_TRUE(mty.error.message.contains(QStringLiteral("XX"))) << mty.error.message.toStdString();

    // A reference the response could not echo is refused without one.
    const ParseFailure &ref =
        expectFailure(Request::parse(mrq(QStringLiteral("<ref>abc-1</ref><cid>1</cid><dty>3</dty>"))));
    EXPECT_EQ(ref.snu, StatusNumber::WrongDataContent);
    EXPECT_EQ(ref.error.field, u"ref");
    EXPECT_TRUE(ref.ref.isEmpty());

    const ParseFailure &cid =
        expectFailure(Request::parse(mrq(QStringLiteral("<ref>5</ref><cid>12a</cid><dty>3</dty>"))));
    EXPECT_EQ(cid.snu, StatusNumber::WrongDataContent);
    EXPECT_EQ(cid.error.field, u"cid");
}

TEST(ScaipPosition, GeoForm)
{
    const auto p = parseGeo(u"59.336111,18.072778");
    ASSERT_TRUE(p.ok());
    EXPECT_DOUBLE_EQ(p->latitude, 59.336111);
    EXPECT_DOUBLE_EQ(p->longitude, 18.072778);

    const auto south = parseGeo(u"-33.856159,151.215256,58");
    ASSERT_TRUE(south.ok());
    EXPECT_DOUBLE_EQ(south->latitude, -33.856159);

    EXPECT_FALSE(parseGeo(u"59.3").ok());
    EXPECT_FALSE(parseGeo(u"a,b").ok());
    EXPECT_FALSE(parseGeo(u"-90.5,0").ok());
    EXPECT_EQ(parseGeo(u"nan,1").error().field, u"lge.geo");

    // 0,0 is what some terminals send without a fix: the alarm goes through without a position.
    const ParseResult noFix =
        Request::parse(minimal(QStringLiteral("<lge><geo>0.000000,0.000000</geo></lge>")));
    ASSERT_TRUE(noFix.ok()) << noFix.error().toString().toStdString();
    EXPECT_FALSE(noFix->position.has_value());
}

TEST(ScaipPosition, NmeaSentences)
{
    const auto gga = parseNmea(u"$GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,*47");
    ASSERT_TRUE(gga.ok()) << gga.error().toString().toStdString();
    ASSERT_TRUE(gga->has_value());
    EXPECT_NEAR((*gga)->latitude, 48.1173, 1e-9);
    EXPECT_NEAR((*gga)->longitude, 11.516666666666667, 1e-9);
    EXPECT_DOUBLE_EQ((*gga)->accuracyMeters, 4.5); // HDOP 0.9 x 5 m

    const auto rmc = parseNmea(u"$GPRMC,123519,A,4807.038,N,01131.000,E,022.4,084.4,230394,003.1,W*6A");
    ASSERT_TRUE(rmc.ok()) << rmc.error().toString().toStdString();
    ASSERT_TRUE(rmc->has_value());
    EXPECT_NEAR((*rmc)->latitude, 48.1173, 1e-9);
    EXPECT_EQ((*rmc)->accuracyMeters, 0); // RMC has no HDOP

    const auto southWest =
        parseNmea(u"$GNRMC,010203.00,A,3351.3695,S,07030.0000,W,0.0,0.0,010326,,,A*40\r\n");
    ASSERT_TRUE(southWest.ok()) << southWest.error().toString().toStdString();
    ASSERT_TRUE(southWest->has_value());
    EXPECT_NEAR((*southWest)->latitude, -33.85615833333333, 1e-9);
    EXPECT_NEAR((*southWest)->longitude, -70.5, 1e-9);

    const auto beidou = parseNmea(u"$BDGGA,081530.00,3114.5400,N,12128.2800,E,2,09,0.8,10.0,M,0.0,M,,*75");
    ASSERT_TRUE(beidou.ok()) << beidou.error().toString().toStdString();
    EXPECT_NEAR((*beidou)->longitude, 121.47133333333333, 1e-9);

    const auto noFix = parseNmea(u"$GPGGA,081530.00,,,,,0,00,99.9,,,,,,*50");
    ASSERT_TRUE(noFix.ok()) << noFix.error().toString().toStdString();
    EXPECT_FALSE(noFix->has_value());

    const auto badSum = parseNmea(u"$GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,*48");
    ASSERT_FALSE(badSum.ok());
    EXPECT_EQ(badSum.error().field, u"lge.gga");
    EXPECT_TRUE(badSum.error().message.contains(QStringLiteral("47")))
        << badSum.error().message.toStdString();
    EXPECT_FALSE(parseNmea(u"$GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,").ok());
    EXPECT_FALSE(parseNmea(u"$GPGSV,1,1,01,01,40,083,46*44").ok()); // right sum, wrong sentence
    // Altered content under the old sum: 4807 -> 4808.
    EXPECT_FALSE(parseNmea(u"$GPGGA,123519,4808.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,*47").ok());
}

TEST(ScaipPosition, NmeaInARequest)
{
    const ParseResult both = Request::parse(minimal(QStringLiteral(
        "<lge><geo>39.9,116.4</geo>"
        "<gga>$GNGGA,081530.00,3954.2527,N,11624.4437,E,1,12,1.2,44.0,M,-8.0,M,,*55</gga></lge>")));
    ASSERT_TRUE(both.ok()) << both.error().toString().toStdString();
    ASSERT_TRUE(both->position.has_value());
    EXPECT_EQ(both->positionFormat, PositionFormat::Nmea); // GGA wins: it has the accuracy
    EXPECT_NEAR(both->position->latitude, 39.90421166666667, 1e-9);
    EXPECT_NEAR(both->position->longitude, 116.407395, 1e-9);
    EXPECT_DOUBLE_EQ(both->position->accuracyMeters, 6.0);

    const ParseFailure &broken = expectFailure(Request::parse(minimal(QStringLiteral(
        "<lge><gga>$GNGGA,081530.00,3954.2527,N,11624.4437,E,1,12,1.2,44.0,M,-8.0,M,,*56</gga></lge>"))));
    EXPECT_EQ(broken.snu, StatusNumber::WrongDataContent);
    EXPECT_EQ(broken.error.field, u"lge.gga");
    EXPECT_EQ(broken.ref, u"R42");

    // No GGA fix: the geo form is used instead.
    const ParseResult fallback = Request::parse(minimal(QStringLiteral(
        "<lge><gga>$GPGGA,081530.00,,,,,0,00,99.9,,,,,,*50</gga><geo>31.2,121.5</geo></lge>")));
    ASSERT_TRUE(fallback.ok()) << fallback.error().toString().toStdString();
    EXPECT_EQ(fallback->positionFormat, PositionFormat::Geo);
    EXPECT_DOUBLE_EQ(fallback->position->latitude, 31.2);
}

TEST(ScaipResponse, XmlRoundTripsAndEscapes)
{
    Response r;
    r.ref = QStringLiteral("A1");
    r.snu = StatusNumber::Hold;
    r.statusText = QStringLiteral("a<b & c>\"d'");
    r.mediaReply = MediaReply::Duplex;
    r.callHandlingReply = 62;
    r.transferredNumbers = {QStringLiteral("sip:desk@center.example?x=1&y=<2>"),
                            QStringLiteral("gsm:+861012345")};
    r.heartbeatMinutes = 30;
    const QByteArray xml = r.toXml();
    EXPECT_FALSE(xml.contains("a<b")) << xml.toStdString();
    EXPECT_FALSE(xml.contains("& c")) << xml.toStdString();
    EXPECT_TRUE(xml.contains("&lt;")) << xml.toStdString();
    EXPECT_TRUE(xml.contains("&amp;")) << xml.toStdString();
    EXPECT_FALSE(xml.startsWith("<?xml"));

    const QList<QPair<QString, QString>> expected{
        {QStringLiteral("ref"), QStringLiteral("A1")},
        {QStringLiteral("snu"), QStringLiteral("4")},
        {QStringLiteral("ste"), QStringLiteral("a<b & c>\"d'")},
        {QStringLiteral("mre"), QStringLiteral("1")},
        {QStringLiteral("cre"), QStringLiteral("62")},
        {QStringLiteral("tnu"), QStringLiteral("sip:desk@center.example?x=1&y=<2>")},
        {QStringLiteral("tnu"), QStringLiteral("gsm:+861012345")},
        {QStringLiteral("hbi"), QStringLiteral("30")},
    };
    EXPECT_EQ(responseChildren(xml), expected);
}

TEST(ScaipResponse, WireLimits)
{
    // The implementation guideline's plain OK, byte for byte.
    Response ok;
    ok.ref = QStringLiteral("1242");
    EXPECT_EQ(ok.toXml(), QByteArray("<mrs><ref>1242</ref><snu>0</snu></mrs>"));

    Response r;
    r.ref = QStringLiteral("9");
    r.statusText = QStringLiteral("报警 ok\n") + QString(200, u'x');
    r.callHandlingReply = 5; // callback accepted: auto-answer for 5 minutes
    r.heartbeatMinutes = 5000;
    const auto children = responseChildren(r.toXml());
    ASSERT_EQ(children.size(), 5);
    EXPECT_EQ(children[2].first, u"ste");
    EXPECT_EQ(children[2].second.size(), 128);
    EXPECT_TRUE(children[2].second.startsWith(QStringLiteral("?? ok?xx")))
        << children[2].second.toStdString();
    EXPECT_EQ(children[3], (QPair<QString, QString>{QStringLiteral("cre"), QStringLiteral("05")}));
    EXPECT_EQ(children[4], (QPair<QString, QString>{QStringLiteral("hbi"), QStringLiteral("1440")}));

    // A request whose reference was unreadable still gets a response with the mandatory <ref>.
    const Response refusal = Response::refused(expectFailure(Request::parse(QByteArray("<oops"))));
    EXPECT_TRUE(refusal.toXml().startsWith("<mrs><ref></ref><snu>2</snu><ste>invalid format"))
        << refusal.toXml().toStdString();
}

TEST(ScaipMapping, MessageTypeKeys)
{
    EXPECT_EQ(messageTypeKey(MessageType::Alarm), u"ME");
    EXPECT_EQ(messageTypeKey(MessageType::Reset), u"RE");
    EXPECT_EQ(messageTypeKey(MessageType::Info), u"IN");
    EXPECT_EQ(messageTypeKey(MessageType::Heartbeat), u"PI");
    for (MessageType t : {MessageType::Alarm, MessageType::Reset, MessageType::Info, MessageType::Heartbeat})
        EXPECT_EQ(messageTypeFromKey(messageTypeKey(t)), t);
    EXPECT_EQ(messageTypeFromKey(u"pi"), std::nullopt);
    EXPECT_EQ(messageTypeFromKey(u""), std::nullopt);
}

TEST(ScaipMapping, DeviceTypeAndStatusCodeToHubMeaning)
{
    struct Case {
        MessageType type;
        int dty;
        std::optional<int> stc;
        AlarmMeaning expected;
    };
    const std::optional<DeviceEventType> none;
    const QList<Case> cases{
        // Alarm states: the device type decides.
        {MessageType::Alarm, 3, 10, {AlarmCategory::Sos, DeviceEventType::Sos, 1}}, // pendant pressed
        {MessageType::Alarm, 4, std::nullopt, {AlarmCategory::Sos, DeviceEventType::Sos, 1}},
        {MessageType::Alarm, 5, 9, {AlarmCategory::Fall, DeviceEventType::Fall, 1}},  // fall detector
        {MessageType::Alarm, 30, 9, {AlarmCategory::Fall, DeviceEventType::Fall, 1}}, // man down
        {MessageType::Alarm, 23, 9, {AlarmCategory::Fire, none, 1}},                  // smoke
        {MessageType::Alarm, 26, 9, {AlarmCategory::Gas, none, 1}},                   // CO
        {MessageType::Alarm, 33, 9, {AlarmCategory::Environment, none, 2}},           // flood
        {MessageType::Alarm, 12, 9, {AlarmCategory::Care, none, 2}},                  // bed monitor
        {MessageType::Info, 5, 9, {AlarmCategory::Fall, DeviceEventType::Fall, 1}},   // update of a fall
        {MessageType::Alarm, 900, 10, {AlarmCategory::Sos, DeviceEventType::Sos, 1}}, // maker's own, manual
        {MessageType::Alarm, 900, 9, {AlarmCategory::Other, none, 2}},
        // States that say what they are whatever the device.
        {MessageType::Alarm, 23, 16, {AlarmCategory::LowBattery, DeviceEventType::LowBattery, 4}},
        {MessageType::Alarm, 3, 14, {AlarmCategory::LowBattery, DeviceEventType::LowBattery, 3}},
        {MessageType::Alarm, 2, 85, {AlarmCategory::PowerLost, DeviceEventType::PowerLost, 3}},
        {MessageType::Alarm, 2, 86, {AlarmCategory::PowerRestored, DeviceEventType::PowerRestored, 5}},
        {MessageType::Alarm, 2, 102, {AlarmCategory::Heartbeat, DeviceEventType::Heartbeat, 5}},
        {MessageType::Alarm, 3, 19, {AlarmCategory::Reset, none, 5}},                // cancel
        {MessageType::Alarm, 3, 93, {AlarmCategory::Reset, none, 5}},                // manual reset
        {MessageType::Alarm, 2, 112, {AlarmCategory::Restore, none, 5}},             // IP link back
        {MessageType::Alarm, 2, 23, {AlarmCategory::Technical, none, 3}},            // IP link failed
        {MessageType::Alarm, 4, 110, {AlarmCategory::Sos, DeviceEventType::Sos, 1}}, // assistance
        {MessageType::Alarm, 3, 125, {AlarmCategory::Security, none, 2}},            // tamper alarm
        {MessageType::Alarm, 25, 126, {AlarmCategory::Fire, none, 1}},               // heat rising fast
        {MessageType::Alarm, 20, 126, {AlarmCategory::Environment, none, 2}},
        {MessageType::Alarm, 2, 88, {AlarmCategory::Info, none, 4}},   // carer arrived
        {MessageType::Alarm, 3, 500, {AlarmCategory::Other, none, 3}}, // unknown state
        // The message type overrides.
        {MessageType::Heartbeat, 2, 10, {AlarmCategory::Heartbeat, DeviceEventType::Heartbeat, 5}},
        {MessageType::Reset, 3, 10, {AlarmCategory::Reset, none, 5}},
    };
    for (const Case &c : cases) {
        const AlarmMeaning m = classify(c.type, c.dty, c.stc);
        EXPECT_EQ(m.category, c.expected.category) << "dty " << c.dty << " stc " << c.stc.value_or(-1) << ": "
                                                   << core::enumKey(m.category).toStdString();
        EXPECT_EQ(m.event, c.expected.event) << "dty " << c.dty << " stc " << c.stc.value_or(-1);
        EXPECT_EQ(m.priority, c.expected.priority) << "dty " << c.dty << " stc " << c.stc.value_or(-1);
    }
    EXPECT_EQ(core::enumKey(AlarmCategory::LowBattery), u"low_battery");
    EXPECT_EQ(core::enumKey(AlarmCategory::Fire), u"fire");
}
