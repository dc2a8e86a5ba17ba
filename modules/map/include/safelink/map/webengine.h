#pragma once

namespace safelink::map {

// Call before the QApplication exists in any program that shows the map: QtWebEngine shares
// OpenGL contexts with the widgets; as root (kiosk images, CI) Chromium's sandbox refuses to start
// and is turned off (logged); on the offscreen platform (tests) the GPU is not used.
void prepareWebEngine();

} // namespace safelink::map
