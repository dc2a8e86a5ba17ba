#include "logging.h"

Q_LOGGING_CATEGORY(lcRecording, "safelink.recording")
