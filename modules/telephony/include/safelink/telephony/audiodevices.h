#pragma once

#include <safelink/telephony/calltypes.h>

namespace safelink::telephony {

// Which devices a seat uses, given what the agent chose and what is plugged in now. A chosen
// device that is missing (headset unplugged mid-shift) is replaced by the system default and the
// replacement is reported, so the desk can say so instead of silently talking into the laptop.
struct DeviceResolution {
    AudioDevice capture;
    AudioDevice playback;
    AudioDevice ringer;
    bool captureFellBack = false;
    bool playbackFellBack = false;
    bool ringerFellBack = false;

    bool fellBack() const { return captureFellBack || playbackFellBack || ringerFellBack; }
};

DeviceResolution resolveDevices(const DevicePreferences &preferred, const QList<AudioDevice> &present,
                                const AudioDevice &defaultCapture, const AudioDevice &defaultPlayback);

// The translated sentence the desk shows when a device fell back ("耳机 … 已拔出，改用系统默认设备 …").
QString describeFallback(const DevicePreferences &preferred, const QList<AudioDevice> &known,
                         const DeviceResolution &resolution);

} // namespace safelink::telephony
