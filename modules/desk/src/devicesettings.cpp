#include <safelink/desk/devicesettings.h>

namespace safelink::desk {

namespace {
const QString kCapture = QStringLiteral("audio/capture");
const QString kPlayback = QStringLiteral("audio/playback");
const QString kRinger = QStringLiteral("audio/ringer");
} // namespace

telephony::DevicePreferences loadDevicePreferences(const QSettings &settings)
{
    return {settings.value(kCapture).toString(), settings.value(kPlayback).toString(),
            settings.value(kRinger).toString()};
}

void saveDevicePreferences(QSettings &settings, const telephony::DevicePreferences &preferences)
{
    settings.setValue(kCapture, preferences.captureId);
    settings.setValue(kPlayback, preferences.playbackId);
    settings.setValue(kRinger, preferences.ringerId);
    settings.sync();
}

} // namespace safelink::desk
