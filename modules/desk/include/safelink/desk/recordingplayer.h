#pragma once

#include <QBuffer>
#include <QWidget>

#include <functional>

class QAudioOutput;
class QLabel;
class QMediaPlayer;
class QPushButton;
class QSlider;

namespace safelink::desk {

// Plays a call recording the hub sent (plain WAV over the encrypted channel) from memory: the
// recording is never written to the seat's disk unencrypted. Space plays and pauses, the arrow keys
// jump 5 seconds, as agents replay a caller's words while writing the case.
class RecordingPlayer : public QWidget {
    Q_OBJECT

public:
    explicit RecordingPlayer(QWidget *parent = nullptr);
    ~RecordingPlayer() override;

    void load(const QByteArray &wav, const QString &title);
    void clear();
    void play();
    void pause();

    qint64 durationMs() const;
    qint64 positionMs() const;
    bool isPlaying() const;
    QString title() const;
    QString errorText() const { return m_error; }

Q_SIGNALS:
    void loaded(qint64 durationMs);
    void failed(const QString &message);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updateTime();

    QMediaPlayer *m_player = nullptr;
    QAudioOutput *m_output = nullptr;
    QBuffer m_buffer;
    QByteArray m_data;
    QLabel *m_title = nullptr;
    QPushButton *m_playPause = nullptr;
    QSlider *m_position = nullptr;
    QLabel *m_time = nullptr;
    QString m_error;
};

// A recording fetched from the hub and played here: the status line ("fetching…", "cannot be
// fetched: …") above a RecordingPlayer. Dialogs that list calls ask with request() and pass on the
// hub's answers; only the answer to the latest request is played.
class HubRecordingPane : public QWidget {
    Q_OBJECT

public:
    using Fetcher = std::function<void(const QString &recordingId)>;

    explicit HubRecordingPane(Fetcher fetch, QWidget *parent = nullptr);

    RecordingPlayer *player() const { return m_player; }
    QLabel *status() const { return m_status; }
    // Asks the hub for a recording; `title` is shown on the player when it arrives.
    void request(const QString &recordingId, const QString &title);
    void say(const QString &text);
    void deliver(const QString &recordingId, const QByteArray &wav);
    void fail(const QString &recordingId, const QString &message);

private:
    Fetcher m_fetch;
    QLabel *m_status = nullptr;
    RecordingPlayer *m_player = nullptr;
    QString m_waitingFor;
    QString m_title;
};

} // namespace safelink::desk
