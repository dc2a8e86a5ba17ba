#include <safelink/desk/audiodevicesdialog.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>

namespace safelink::desk {

namespace {

void fill(QComboBox *box, const QList<telephony::AudioDevice> &devices, bool capture, const QString &current)
{
    box->addItem(AudioDevicesDialog::tr("System default"), QString());
    bool found = current.isEmpty();
    for (const auto &d : devices) {
        if (capture ? !d.canCapture : !d.canPlay)
            continue;
        box->addItem(d.name.isEmpty() ? d.id : d.name, d.id);
        found = found || d.id == current;
    }
    if (!found)
        box->addItem(AudioDevicesDialog::tr("%1 (not plugged in)").arg(current), current);
    box->setCurrentIndex(std::max(0, box->findData(current)));
}

} // namespace

AudioDevicesDialog::AudioDevicesDialog(const QList<telephony::AudioDevice> &devices,
                                       const telephony::DevicePreferences &current, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Audio devices"));
    setObjectName(QStringLiteral("audioDevicesDialog"));
    auto *form = new QFormLayout(this);
    auto *hint = new QLabel(tr("Talk on the headset; let incoming calls ring on a speaker you can hear "
                               "without the headset on."),
                            this);
    hint->setWordWrap(true);
    form->addRow(hint);
    m_capture = new QComboBox(this);
    m_capture->setObjectName(QStringLiteral("captureCombo"));
    m_playback = new QComboBox(this);
    m_playback->setObjectName(QStringLiteral("playbackCombo"));
    m_ringer = new QComboBox(this);
    m_ringer->setObjectName(QStringLiteral("ringerCombo"));
    fill(m_capture, devices, true, current.captureId);
    fill(m_playback, devices, false, current.playbackId);
    fill(m_ringer, devices, false, current.ringerId);
    form->addRow(tr("&Microphone:"), m_capture);
    form->addRow(tr("&Headset:"), m_playback);
    form->addRow(tr("&Ring on:"), m_ringer);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

telephony::DevicePreferences AudioDevicesDialog::preferences() const
{
    return {m_capture->currentData().toString(), m_playback->currentData().toString(),
            m_ringer->currentData().toString()};
}

} // namespace safelink::desk
