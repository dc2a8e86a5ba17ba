#include <safelink/net/logging.h>

Q_LOGGING_CATEGORY(lcNet, "safelink.net")
