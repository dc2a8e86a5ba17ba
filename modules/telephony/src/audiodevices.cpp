#include <safelink/telephony/audiodevices.h>

namespace safelink::telephony {

namespace {

// The preferred device when it is present and can do the job, else the fallback.
AudioDevice pick(const QString &preferredId, const QList<AudioDevice> &present, bool capture,
                 const AudioDevice &fallback, bool *fellBack)
{
    *fellBack = false;
    if (preferredId.isEmpty())
        return fallback;
    for (const AudioDevice &d : present) {
        if (d.id == preferredId && (capture ? d.canCapture : d.canPlay))
            return d;
    }
    *fellBack = true;
    return fallback;
}

QString nameOf(const QString &id, const QList<AudioDevice> &known)
{
    for (const AudioDevice &d : known) {
        if (d.id == id)
            return d.name;
    }
    return id;
}

} // namespace

DeviceResolution resolveDevices(const DevicePreferences &preferred, const QList<AudioDevice> &present,
                                const AudioDevice &defaultCapture, const AudioDevice &defaultPlayback)
{
    DeviceResolution r;
    r.capture = pick(preferred.captureId, present, true, defaultCapture, &r.captureFellBack);
    r.playback = pick(preferred.playbackId, present, false, defaultPlayback, &r.playbackFellBack);
    r.ringer = pick(preferred.ringerId, present, false, defaultPlayback, &r.ringerFellBack);
    return r;
}

QString describeFallback(const DevicePreferences &preferred, const QList<AudioDevice> &known,
                         const DeviceResolution &resolution)
{
    QStringList parts;
    auto shown = [](const AudioDevice &d) {
        return d.name.isEmpty() ? Labels::tr("the system default device") : d.name;
    };
    if (resolution.playbackFellBack)
        parts << Labels::tr("Headset \"%1\" is not available; sound now goes to %2")
                     .arg(nameOf(preferred.playbackId, known), shown(resolution.playback));
    if (resolution.captureFellBack)
        parts << Labels::tr("Microphone \"%1\" is not available; using %2")
                     .arg(nameOf(preferred.captureId, known), shown(resolution.capture));
    if (resolution.ringerFellBack)
        parts << Labels::tr("Ring device \"%1\" is not available; using %2")
                     .arg(nameOf(preferred.ringerId, known), shown(resolution.ringer));
    return parts.join(Labels::tr("; "));
}

} // namespace safelink::telephony
