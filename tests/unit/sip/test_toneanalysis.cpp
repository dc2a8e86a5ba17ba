// ToneAnalysis: the measurement the SIP tests rely on must tell a tone that is there from one
// that is not, whatever the WAV's rate and channel count.
#include "testutil.h"
#include "toneanalysis.h"

#include <QFile>
#include <QtEndian>

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

using namespace safelink::test;

namespace {
// A mono 16-bit WAV of the given samples, with the data size written as `declaredSize` (a
// recorder that has not closed its file leaves 0 there).
bool writeWav(const QString &path, const std::vector<qint16> &samples, int rate, quint32 declaredSize)
{
    QByteArray out("RIFF");
    auto put16 = [&out](quint16 v) {
        char b[2];
        qToLittleEndian(v, b);
        out.append(b, 2);
    };
    auto put32 = [&out](quint32 v) {
        char b[4];
        qToLittleEndian(v, b);
        out.append(b, 4);
    };
    put32(0);
    out.append("WAVEfmt ");
    put32(16);
    put16(1);
    put16(1);
    put32(quint32(rate));
    put32(quint32(rate * 2));
    put16(2);
    put16(16);
    out.append("data");
    put32(declaredSize);
    for (qint16 s : samples)
        put16(quint16(s));
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(out) == out.size();
}
} // namespace

TEST(ToneAnalysis, PureToneMeasuresHighAtItsFrequencyOnly)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("tone.wav"));
    ASSERT_TRUE(makeToneWav(path, 440, 2.0));
    QString error;
    const auto tone = ToneAnalysis::load(path, &error);
    ASSERT_TRUE(tone) << error.toStdString();
    EXPECT_EQ(tone->sampleRate(), 8000);
    EXPECT_EQ(tone->channels(), 1);
    EXPECT_NEAR(tone->seconds(), 2.0, 0.001);
    EXPECT_NEAR(tone->rms(), 0.5 / std::sqrt(2.0), 0.01);

    EXPECT_GT(tone->energyAt(440), 0.95);
    EXPECT_LT(tone->energyAt(1000), 0.01);
    EXPECT_LT(tone->energyAt(600), 0.01);
    // A few Hz off (a resampled tone) still counts.
    EXPECT_GT(tone->energyAt(443), 0.8);
    EXPECT_NEAR(tone->dominantFrequency(), 440.0, 0.5);
}

TEST(ToneAnalysis, StereoAtAnotherRateIsMixedDown)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("tone.wav"));
    ASSERT_TRUE(makeToneWav(path, 1000, 1.0, 48000, 2));
    const auto tone = ToneAnalysis::load(path);
    ASSERT_TRUE(tone);
    EXPECT_EQ(tone->sampleRate(), 48000);
    EXPECT_EQ(tone->channels(), 2);
    EXPECT_GT(tone->energyAt(1000), 0.95);
    EXPECT_LT(tone->energyAt(440), 0.01);
    EXPECT_NEAR(tone->dominantFrequency(), 1000.0, 0.5);
}

TEST(ToneAnalysis, TwoTonesShareTheEnergy)
{
    std::vector<float> samples(16000);
    for (std::size_t i = 0; i < samples.size(); ++i) {
        const double t = double(i) / 8000;
        samples[i] = float(0.3 * std::sin(2 * std::numbers::pi * 440 * t)
                           + 0.3 * std::sin(2 * std::numbers::pi * 1000 * t));
    }
    const ToneAnalysis mix(samples, 8000);
    const auto energies = mix.energiesAt({440, 1000, 2000});
    EXPECT_NEAR(energies[0], 0.5, 0.05);
    EXPECT_NEAR(energies[1], 0.5, 0.05);
    EXPECT_LT(energies[2], 0.01);
}

TEST(ToneAnalysis, SilenceHasNoTone)
{
    const ToneAnalysis silence(std::vector<float>(8000, 0.0f), 8000);
    EXPECT_EQ(silence.energyAt(440), 0.0);
    EXPECT_EQ(silence.dominantFrequency(), 0.0);
    EXPECT_EQ(silence.rms(), 0.0);
}

TEST(ToneAnalysis, WindowSelectsPartOfTheSignal)
{
    // One second of 440 Hz, then one of silence.
    std::vector<float> samples(16000, 0.0f);
    for (std::size_t i = 0; i < 8000; ++i)
        samples[i] = float(0.5 * std::sin(2 * std::numbers::pi * 440 * double(i) / 8000));
    const ToneAnalysis all(samples, 8000);
    EXPECT_GT(all.window(0.0, 1.0).energyAt(440), 0.95);
    EXPECT_LT(all.window(1.0, 1.0).rms(), 1e-6);
    EXPECT_NEAR(all.window(1.5, 10.0).seconds(), 0.5, 0.001);
}

TEST(ToneAnalysis, UnfinishedRecordingIsReadToTheEndOfTheFile)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("open.wav"));
    std::vector<qint16> samples(4000);
    for (std::size_t i = 0; i < samples.size(); ++i)
        samples[i] = qint16(10000 * std::sin(2 * std::numbers::pi * 697 * double(i) / 8000));
    ASSERT_TRUE(writeWav(path, samples, 8000, 0));
    const auto tone = ToneAnalysis::load(path);
    ASSERT_TRUE(tone);
    EXPECT_NEAR(tone->seconds(), 0.5, 0.001);
    EXPECT_NEAR(tone->dominantFrequency(), 697.0, 0.5);
}

TEST(ToneAnalysis, RejectsWhatIsNotPcm16Wav)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("text.wav"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("not a wav file at all");
    f.close();
    QString error;
    EXPECT_FALSE(ToneAnalysis::load(path, &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(ToneAnalysis::load(dir.file(QStringLiteral("missing.wav"))));
}
