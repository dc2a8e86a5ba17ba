#pragma once

#include <safelink/telephony/calltypes.h>

#include <QDialog>

class QComboBox;

namespace safelink::desk {

// The agent picks the headset (microphone and earpiece) and where incoming calls ring. The choice is
// remembered by the desk (QSettings) and applied by the phone; a device that is not plugged in is
// still listed, marked, so that a choice survives a headset being unplugged for a moment.
class AudioDevicesDialog : public QDialog {
    Q_OBJECT

public:
    AudioDevicesDialog(const QList<telephony::AudioDevice> &devices,
                       const telephony::DevicePreferences &current, QWidget *parent = nullptr);

    telephony::DevicePreferences preferences() const;

private:
    QComboBox *m_capture = nullptr;
    QComboBox *m_playback = nullptr;
    QComboBox *m_ringer = nullptr;
};

} // namespace safelink::desk
