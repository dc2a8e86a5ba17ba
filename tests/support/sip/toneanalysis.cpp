#include "toneanalysis.h"

#include <QByteArray>
#include <QFile>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace safelink::test {

namespace {
quint16 u16(const char *p)
{
    return qFromLittleEndian<quint16>(p);
}
quint32 u32(const char *p)
{
    return qFromLittleEndian<quint32>(p);
}

// Evenly spread starts of up to `count` blocks of `block` samples over `total` samples.
std::vector<std::size_t> blockStarts(std::size_t total, std::size_t block, std::size_t count)
{
    std::vector<std::size_t> starts;
    if (total < block || block == 0)
        return starts;
    const std::size_t available = (total - block) / block + 1;
    if (available <= count) {
        for (std::size_t i = 0; i < available; ++i)
            starts.push_back(i * block);
        return starts;
    }
    const double step = double(total - block) / double(count - 1);
    for (std::size_t i = 0; i < count; ++i)
        starts.push_back(std::size_t(std::llround(i * step)));
    return starts;
}

// Goertzel power at an arbitrary (not necessarily bin-centred) frequency, normalised so that a
// sine of amplitude A over n samples gives about A^2 n / 2, its energy.
double goertzel(const float *x, std::size_t n, double omega)
{
    const double coeff = 2.0 * std::cos(omega);
    double s1 = 0, s2 = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const double s = x[i] + coeff * s1 - s2;
        s2 = s1;
        s1 = s;
    }
    const double power = s1 * s1 + s2 * s2 - coeff * s1 * s2;
    return 2.0 * power / double(n);
}
} // namespace

ToneAnalysis::ToneAnalysis(std::vector<float> samples, int sampleRate)
    : m_samples(std::move(samples))
    , m_rate(sampleRate)
{
}

std::optional<ToneAnalysis> ToneAnalysis::load(const QString &path, QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<ToneAnalysis> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot open %1: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    if (bytes.size() < 12 || !bytes.startsWith("RIFF") || bytes.mid(8, 4) != "WAVE")
        return fail(QStringLiteral("%1 is not a RIFF/WAVE file").arg(path));

    int channels = 0, rate = 0, bits = 0, format = 0;
    qsizetype dataBegin = -1, dataSize = 0;
    // The RIFF size is not trusted: a recorder that is still writing leaves it at 0.
    for (qsizetype pos = 12; pos + 8 <= bytes.size();) {
        const QByteArray id = bytes.mid(pos, 4);
        const qsizetype size = u32(bytes.constData() + pos + 4);
        const qsizetype body = pos + 8;
        if (id == "fmt ") {
            if (size < 16 || body + 16 > bytes.size())
                return fail(QStringLiteral("%1: short fmt chunk").arg(path));
            const char *f = bytes.constData() + body;
            format = u16(f);
            channels = u16(f + 2);
            rate = int(u32(f + 4));
            bits = u16(f + 14);
            // WAVE_FORMAT_EXTENSIBLE: the real format is the first two bytes of the sub-format GUID.
            if (format == 0xFFFE && size >= 26 && body + 26 <= bytes.size())
                format = u16(f + 24);
        } else if (id == "data") {
            dataBegin = body;
            const qsizetype left = bytes.size() - body;
            dataSize = (size == 0 || size > left) ? left : size;
            break;
        }
        pos = body + size + (size & 1);
    }
    if (format != 1 || bits != 16)
        return fail(
            QStringLiteral("%1: not 16-bit PCM (format %2, %3 bits)").arg(path).arg(format).arg(bits));
    if (channels < 1 || rate < 1)
        return fail(QStringLiteral("%1: bad channel count or rate").arg(path));
    if (dataBegin < 0)
        return fail(QStringLiteral("%1: no data chunk").arg(path));

    const qsizetype frames = dataSize / (2 * channels);
    std::vector<float> samples(std::size_t(frames), 0.0f);
    const char *d = bytes.constData() + dataBegin;
    for (qsizetype i = 0; i < frames; ++i) {
        int sum = 0;
        for (int c = 0; c < channels; ++c)
            sum += qFromLittleEndian<qint16>(d + 2 * (i * channels + c));
        samples[std::size_t(i)] = float(sum) / (32768.0f * channels);
    }
    ToneAnalysis result(std::move(samples), rate);
    result.m_channels = channels;
    return result;
}

ToneAnalysis ToneAnalysis::window(double start, double length) const
{
    const auto total = m_samples.size();
    const auto begin = std::min(total, std::size_t(std::max(0.0, start) * m_rate));
    const auto end = std::min(total, begin + std::size_t(std::max(0.0, length) * m_rate));
    ToneAnalysis part(std::vector<float>(m_samples.begin() + begin, m_samples.begin() + end), m_rate);
    part.m_channels = m_channels;
    return part;
}

double ToneAnalysis::energy(std::size_t begin, std::size_t end) const
{
    double sum = 0;
    for (std::size_t i = begin; i < end; ++i)
        sum += double(m_samples[i]) * m_samples[i];
    return sum;
}

double ToneAnalysis::rms() const
{
    return m_samples.empty() ? 0.0 : std::sqrt(energy(0, m_samples.size()) / double(m_samples.size()));
}

double ToneAnalysis::tonePower(double hz, std::size_t block, std::size_t begin, std::size_t end) const
{
    const double omega = 2.0 * std::numbers::pi * hz / m_rate;
    double sum = 0;
    for (std::size_t at = begin; at + block <= end; at += block)
        sum += goertzel(m_samples.data() + at, block, omega);
    return sum;
}

double ToneAnalysis::energyAt(double hz, double blockSeconds) const
{
    return energiesAt({hz}, blockSeconds).front();
}

std::vector<double> ToneAnalysis::energiesAt(const std::vector<double> &hz, double blockSeconds) const
{
    std::vector<double> result(hz.size(), 0.0);
    if (m_samples.empty() || m_rate <= 0)
        return result;
    // Whole blocks only; a signal shorter than one block is one block.
    const std::size_t block =
        std::clamp<std::size_t>(std::size_t(blockSeconds * m_rate), 1, m_samples.size());
    const std::size_t end = m_samples.size() - m_samples.size() % block;
    const double total = energy(0, end);
    if (total <= 0)
        return result;
    for (std::size_t i = 0; i < hz.size(); ++i)
        result[i] = std::clamp(tonePower(hz[i], block, 0, end) / total, 0.0, 1.0);
    return result;
}

double ToneAnalysis::dominantFrequency(double minHz, double maxHz) const
{
    if (m_samples.empty() || m_rate <= 0 || rms() < 1e-4)
        return 0.0;
    maxHz = std::min(maxHz, m_rate / 2.0 - 1.0);
    minHz = std::max(minHz, 1.0);
    if (maxHz <= minHz)
        return 0.0;

    auto powerOver = [this](double hz, std::size_t block, const std::vector<std::size_t> &starts) {
        const double omega = 2.0 * std::numbers::pi * hz / m_rate;
        double sum = 0;
        for (std::size_t s : starts)
            sum += goertzel(m_samples.data() + s, block, omega);
        return sum;
    };
    auto bestIn = [&](double from, double to, double step, std::size_t block,
                      const std::vector<std::size_t> &starts) {
        double best = from, bestPower = -1;
        for (double hz = from; hz <= to; hz += step) {
            const double p = powerOver(hz, block, starts);
            if (p > bestPower) {
                bestPower = p;
                best = hz;
            }
        }
        return best;
    };

    // Coarse: 0.1 s blocks (10 Hz bins), 5 Hz steps, at most 20 blocks spread over the signal.
    const std::size_t total = m_samples.size();
    std::size_t block = std::min<std::size_t>(total, std::size_t(m_rate / 10));
    double coarse = bestIn(minHz, maxHz, 5.0, block, blockStarts(total, block, 20));
    // Fine: blocks of up to 1 s (1 Hz bins), 0.1 Hz steps around the coarse peak.
    block = std::min<std::size_t>(total, std::size_t(m_rate));
    return bestIn(std::max(minHz, coarse - 6.0), std::min(maxHz, coarse + 6.0), 0.1, block,
                  blockStarts(total, block, 3));
}

bool makeToneWav(const QString &path, double hz, double seconds, int rate, int channels, double amplitude)
{
    if (rate <= 0 || channels <= 0 || seconds < 0)
        return false;
    const quint32 frames = quint32(std::llround(seconds * rate));
    const quint32 dataBytes = frames * quint32(channels) * 2;
    QByteArray out;
    out.reserve(int(44 + dataBytes));
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
    out.append("RIFF");
    put32(36 + dataBytes);
    out.append("WAVEfmt ");
    put32(16);
    put16(1); // PCM
    put16(quint16(channels));
    put32(quint32(rate));
    put32(quint32(rate * channels * 2));
    put16(quint16(channels * 2));
    put16(16);
    out.append("data");
    put32(dataBytes);
    const double step = 2.0 * std::numbers::pi * hz / rate;
    for (quint32 i = 0; i < frames; ++i) {
        const auto v = qint16(std::lround(amplitude * 32767.0 * std::sin(step * i)));
        for (int c = 0; c < channels; ++c)
            put16(quint16(v));
    }
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(out) == out.size();
}

} // namespace safelink::test
