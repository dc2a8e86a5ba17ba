#include <safelink/desk/recordingplayer.h>

#include <QAudioOutput>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMediaPlayer>
#include <QPushButton>
#include <QSlider>
#include <QStyle>
#include <QUrl>
#include <QVBoxLayout>

namespace safelink::desk {

namespace {
QString clock(qint64 ms)
{
    const qint64 s = ms / 1000;
    return QStringLiteral("%1:%2").arg(s / 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

RecordingPlayer::RecordingPlayer(QWidget *parent)
    : QWidget(parent)
    , m_player(new QMediaPlayer(this))
    , m_output(new QAudioOutput(this))
{
    setObjectName(QStringLiteral("recordingPlayer"));
    setFocusPolicy(Qt::StrongFocus);
    m_player->setAudioOutput(m_output);

    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(tr("No recording loaded"), this);
    m_title->setObjectName(QStringLiteral("recordingTitle"));
    layout->addWidget(m_title);
    auto *row = new QHBoxLayout;
    m_playPause = new QPushButton(style()->standardIcon(QStyle::SP_MediaPlay), tr("Play"), this);
    m_playPause->setObjectName(QStringLiteral("playPauseButton"));
    m_playPause->setToolTip(tr("Play or pause the recording (Space); ←/→ jump 5 seconds"));
    m_playPause->setEnabled(false);
    row->addWidget(m_playPause);
    m_position = new QSlider(Qt::Horizontal, this);
    m_position->setObjectName(QStringLiteral("positionSlider"));
    m_position->setEnabled(false);
    row->addWidget(m_position, 1);
    m_time = new QLabel(clock(0) + QStringLiteral(" / ") + clock(0), this);
    m_time->setObjectName(QStringLiteral("timeLabel"));
    row->addWidget(m_time);
    layout->addLayout(row);

    connect(m_playPause, &QPushButton::clicked, this, [this] { isPlaying() ? pause() : play(); });
    connect(m_position, &QSlider::sliderMoved, m_player, [this](int ms) { m_player->setPosition(ms); });
    connect(m_player, &QMediaPlayer::durationChanged, this, [this](qint64 ms) {
        m_position->setRange(0, int(ms));
        updateTime();
        if (ms > 0)
            Q_EMIT loaded(ms);
    });
    connect(m_player, &QMediaPlayer::positionChanged, this, [this](qint64 ms) {
        if (!m_position->isSliderDown())
            m_position->setValue(int(ms));
        updateTime();
    });
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, [this](QMediaPlayer::PlaybackState state) {
        const bool playing = state == QMediaPlayer::PlayingState;
        m_playPause->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
        m_playPause->setText(playing ? tr("Pause") : tr("Play"));
    });
    connect(m_player, &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error, const QString &text) {
        m_error = tr("The recording cannot be played: %1").arg(text);
        m_title->setText(m_error);
        Q_EMIT failed(m_error);
    });
}

RecordingPlayer::~RecordingPlayer()
{
    m_player->stop();
    m_player->setSourceDevice(nullptr);
}

void RecordingPlayer::load(const QByteArray &wav, const QString &title)
{
    m_player->stop();
    m_player->setSourceDevice(nullptr);
    m_buffer.close();
    m_error.clear();
    m_data = wav;
    m_buffer.setBuffer(&m_data);
    m_buffer.open(QIODevice::ReadOnly);
    m_title->setText(title);
    m_playPause->setEnabled(true);
    m_position->setEnabled(true);
    m_player->setSourceDevice(&m_buffer, QUrl(QStringLiteral("recording.wav")));
}

void RecordingPlayer::clear()
{
    m_player->stop();
    m_player->setSourceDevice(nullptr);
    m_buffer.close();
    m_data.clear();
    m_title->setText(tr("No recording loaded"));
    m_playPause->setEnabled(false);
    m_position->setEnabled(false);
}

void RecordingPlayer::play()
{
    m_player->play();
}

void RecordingPlayer::pause()
{
    m_player->pause();
}

qint64 RecordingPlayer::durationMs() const
{
    return m_player->duration();
}

qint64 RecordingPlayer::positionMs() const
{
    return m_player->position();
}

bool RecordingPlayer::isPlaying() const
{
    return m_player->playbackState() == QMediaPlayer::PlayingState;
}

QString RecordingPlayer::title() const
{
    return m_title->text();
}

void RecordingPlayer::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Space:
        isPlaying() ? pause() : play();
        return;
    case Qt::Key_Left:
        m_player->setPosition(std::max<qint64>(0, m_player->position() - 5000));
        return;
    case Qt::Key_Right:
        m_player->setPosition(std::min(m_player->duration(), m_player->position() + 5000));
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void RecordingPlayer::updateTime()
{
    m_time->setText(clock(m_player->position()) + QStringLiteral(" / ") + clock(m_player->duration()));
}

HubRecordingPane::HubRecordingPane(Fetcher fetch, QWidget *parent)
    : QWidget(parent)
    , m_fetch(std::move(fetch))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_status = new QLabel(this);
    layout->addWidget(m_status);
    m_player = new RecordingPlayer(this);
    layout->addWidget(m_player);
}

void HubRecordingPane::request(const QString &recordingId, const QString &title)
{
    m_waitingFor = recordingId;
    m_title = title;
    m_status->setText(tr("Fetching the recording from the hub…"));
    if (m_fetch)
        m_fetch(recordingId);
}

void HubRecordingPane::say(const QString &text)
{
    m_status->setText(text);
}

void HubRecordingPane::deliver(const QString &recordingId, const QByteArray &wav)
{
    if (recordingId != m_waitingFor)
        return;
    m_player->load(wav, m_title);
    m_player->play();
    m_player->setFocus();
    m_status->clear();
}

void HubRecordingPane::fail(const QString &recordingId, const QString &message)
{
    if (recordingId == m_waitingFor)
        m_status->setText(tr("The recording cannot be fetched: %1").arg(message));
}

} // namespace safelink::desk
