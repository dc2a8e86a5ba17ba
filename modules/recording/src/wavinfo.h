#pragma once

#include <QByteArrayView>
#include <QtGlobal>

namespace safelink::recording {

// What a WAV file's RIFF header says about its audio. Read leniently: a recording whose writer
// crashed has a header whose sizes were never filled in, and it is still evidence.
struct WavInfo {
    bool valid = false; // a RIFF/WAVE file with a readable "fmt " chunk
    int sampleRate = 0;
    int channels = 0;
    qint64 durationMs = 0; // from the "data" chunk, or from the file size when that chunk's size is unset
};

// `head`: the first bytes of the file (64 KiB is plenty); `fileSize`: the whole file's size.
WavInfo parseWav(QByteArrayView head, qint64 fileSize);

} // namespace safelink::recording
