#include "logcapture.h"
#include "testutil.h"

#include <safelink/net/keys.h>

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <sys/stat.h>

using namespace safelink;
using namespace safelink::net;

namespace {

mode_t fileMode(const QString &file)
{
    struct stat st {};
    if (::stat(QFile::encodeName(file).constData(), &st) != 0)
        return 0;
    return st.st_mode & 07777;
}

void writeFile(const QString &name, const QByteArray &data)
{
    QFile f(name);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(data);
}

QByteArray readFile(const QString &name)
{
    QFile f(name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

TEST(Keys, SodiumInitialisesRepeatedly)
{
    EXPECT_TRUE(ensureSodium());
    EXPECT_TRUE(ensureSodium());
}

TEST(Keys, GeneratedPairsAreValidAndDistinct)
{
    const KeyPair a = generateKeyPair();
    const KeyPair b = generateKeyPair();
    EXPECT_EQ(a.publicKey.size(), kPublicKeySize);
    EXPECT_EQ(a.secretKey.size(), kSecretKeySize);
    EXPECT_TRUE(a.isValid());
    EXPECT_TRUE(b.isValid());
    EXPECT_NE(a.publicKey, b.publicKey);
    EXPECT_NE(a.secretKey, b.secretKey);

    EXPECT_FALSE((KeyPair{a.publicKey, b.secretKey}.isValid()));
    EXPECT_FALSE((KeyPair{a.publicKey.left(31), a.secretKey}.isValid()));
    EXPECT_FALSE(KeyPair{}.isValid());
}

TEST(Keys, FingerprintIsBlake2bInGroupsOfFour)
{
    // BLAKE2b-256 of 32 zero bytes and of 0x00..0x1f (computed with Python's hashlib.blake2b).
    EXPECT_EQ(
        fingerprint(QByteArray(32, '\0')),
        QStringLiteral("89EB 0D6A 8A69 1DAE 2CD1 5ED0 3699 31CE 0A94 9ECA FA5C 3F93 F812 1833 646E 15C3"));
    QByteArray counting(32, Qt::Uninitialized);
    for (int i = 0; i < 32; ++i)
        counting[i] = char(i);
    EXPECT_EQ(
        fingerprint(counting),
        QStringLiteral("CB2F 5160 FC1F 7E05 A55E F49D 340B 48DA 2E5A 7809 9D53 3933 51CD 579D D425 03D6"));

    const KeyPair keys = generateKeyPair();
    const QString fp = fingerprint(keys.publicKey);
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^([0-9A-F]{4} ){15}[0-9A-F]{4}$")).match(fp).hasMatch())
        << fp.toStdString();
    EXPECT_EQ(fp, fingerprint(keys.publicKey));
    EXPECT_NE(fp, fingerprint(generateKeyPair().publicKey));
    EXPECT_TRUE(fingerprint(QByteArray()).isEmpty());
}

TEST(Keys, SaveAndLoadRoundTripWithMode0600)
{
    test::TempDir dir;
    const QString file = dir.file(QStringLiteral("hub/keys/hub.key")); // folders are created
    const KeyPair keys = generateKeyPair();
    ASSERT_TRUE(saveKeyPair(file, keys).ok());
    EXPECT_EQ(fileMode(file), mode_t(0600));
    EXPECT_EQ(readFile(file).size(), 72);

    const Result<KeyPair> loaded = loadKeyPair(file);
    ASSERT_TRUE(loaded.ok()) << loaded.error().toString().toStdString();
    EXPECT_EQ(loaded->publicKey, keys.publicKey);
    EXPECT_EQ(loaded->secretKey, keys.secretKey);

    // Replacing a key file that others could read leaves a private one.
    QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
    const KeyPair other = generateKeyPair();
    ASSERT_TRUE(saveKeyPair(file, other).ok());
    EXPECT_EQ(fileMode(file), mode_t(0600));
    EXPECT_EQ(loadKeyPair(file)->publicKey, other.publicKey);
    EXPECT_EQ(QDir(dir.file(QStringLiteral("hub/keys"))).entryList(QDir::Files).size(), 1); // no temp left
}

TEST(Keys, LoadReportsMissingAndDamagedFiles)
{
    test::TempDir dir;
    const Result<KeyPair> missing = loadKeyPair(dir.file(QStringLiteral("none.key")));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::Io);
    EXPECT_TRUE(missing.error().message.contains(QLatin1String("none.key")));

    const QString file = dir.file(QStringLiteral("hub.key"));
    const KeyPair keys = generateKeyPair();
    ASSERT_TRUE(saveKeyPair(file, keys).ok());
    const QByteArray good = readFile(file);

    writeFile(file, good.left(71));
    EXPECT_EQ(loadKeyPair(file).error().code, ErrorCode::Invalid);
    EXPECT_TRUE(loadKeyPair(file).error().message.contains(QLatin1String("72")));
    writeFile(file, good + "x");
    EXPECT_EQ(loadKeyPair(file).error().code, ErrorCode::Invalid);
    writeFile(file, QByteArray());
    EXPECT_EQ(loadKeyPair(file).error().code, ErrorCode::Invalid);

    QByteArray wrongMagic = good;
    wrongMagic[0] = 'X';
    writeFile(file, wrongMagic);
    EXPECT_TRUE(loadKeyPair(file).error().message.contains(QLatin1String("not a Safelink key file")));

    QByteArray flipped = good;
    flipped[71] = char(flipped[71] ^ 0x01); // a bit of the secret key
    writeFile(file, flipped);
    const Result<KeyPair> damaged = loadKeyPair(file);
    ASSERT_FALSE(damaged.ok());
    EXPECT_TRUE(damaged.error().message.contains(QLatin1String("does not belong")))
        << damaged.error().message.toStdString();
}

TEST(Keys, LoadWarnsWhenOthersCanRead)
{
    test::TempDir dir;
    const QString file = dir.file(QStringLiteral("hub.key"));
    ASSERT_TRUE(saveKeyPair(file, generateKeyPair()).ok());
    QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup);
    test::LogCapture log;
    EXPECT_TRUE(loadKeyPair(file).ok());
    EXPECT_EQ(log.warningsContaining(QStringLiteral("0600")).size(), 1);
}

TEST(Keys, SaveRefusesInvalidPairs)
{
    test::TempDir dir;
    const KeyPair a = generateKeyPair();
    const Status saved =
        saveKeyPair(dir.file(QStringLiteral("x.key")), KeyPair{a.publicKey, generateKeyPair().secretKey});
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().code, ErrorCode::Invalid);
    EXPECT_FALSE(QFile::exists(dir.file(QStringLiteral("x.key"))));
}

} // namespace
