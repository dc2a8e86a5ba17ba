#pragma once

#include <safelink/telephony/calltypes.h>

#include <QSettings>

namespace safelink::desk {

// Where the agent's choice of headset, microphone and ring device is remembered between shifts
// (the desk's QSettings, keys audio/capture, audio/playback, audio/ringer). Device ids are stable
// for the same hardware, so the headset is found again after a restart or a replug.
telephony::DevicePreferences loadDevicePreferences(const QSettings &settings);
void saveDevicePreferences(QSettings &settings, const telephony::DevicePreferences &preferences);

} // namespace safelink::desk
