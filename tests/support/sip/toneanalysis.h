#pragma once

// What a call carried, measured from a WAV recording: the share of the signal's energy at given
// frequencies (Goertzel) and the dominant frequency. Tests use it to prove that a peer heard the
// tone the other end played, and that a tone nobody played measures low.
#include <QString>

#include <optional>
#include <vector>

namespace safelink::test {

class ToneAnalysis {
public:
    // Reads a PCM 16-bit WAV, mono or multi-channel (mixed down), any sample rate. A data chunk
    // whose size is 0 or larger than the file (a recorder that has not closed the file yet) is
    // read to the end of the file. nullopt with `error` set when the file is no such WAV.
    static std::optional<ToneAnalysis> load(const QString &path, QString *error = nullptr);
    // From samples in -1..1, mono.
    ToneAnalysis(std::vector<float> samples, int sampleRate);

    int sampleRate() const { return m_rate; }
    // Channels of the file that was loaded (the samples here are their mix).
    int channels() const { return m_channels; }
    double seconds() const { return m_rate > 0 ? double(m_samples.size()) / m_rate : 0.0; }
    const std::vector<float> &samples() const { return m_samples; }

    // A part of the signal, from `start` for `length` seconds (clipped to what there is).
    ToneAnalysis window(double start, double length) const;

    // Root mean square of the samples, 0..1 (a full-scale sine is about 0.707).
    double rms() const;

    // The fraction of the signal's energy at `hz`, 0..1: about 1 for a pure tone at that
    // frequency, about 0 for silence or other tones. Measured over blocks of `blockSeconds`
    // (0.05 s: a bin about 20 Hz wide, so that a tone a few Hz off after resampling still counts:
    // 3 Hz off measures about 0.93).
    double energyAt(double hz, double blockSeconds = 0.05) const;
    std::vector<double> energiesAt(const std::vector<double> &hz, double blockSeconds = 0.05) const;

    // The frequency with the most energy between minHz and maxHz (default: the telephone band
    // up to 4 kHz or the Nyquist frequency), to about 0.5 Hz; 0 when the signal is silent.
    double dominantFrequency(double minHz = 50, double maxHz = 4000) const;

private:
    // Sum over blocks of Goertzel power at hz, normalised so that a sine's power equals its energy.
    double tonePower(double hz, std::size_t block, std::size_t begin, std::size_t end) const;
    double energy(std::size_t begin, std::size_t end) const;

    std::vector<float> m_samples;
    int m_rate = 0;
    int m_channels = 1;
};

// Writes a sine of `hz` as a PCM 16-bit WAV (`amplitude` of full scale, every channel the same).
bool makeToneWav(const QString &path, double hz, double seconds, int rate = 8000, int channels = 1,
                 double amplitude = 0.5);

} // namespace safelink::test
