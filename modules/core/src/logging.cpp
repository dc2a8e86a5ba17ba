#include <safelink/core/logging.h>

Q_LOGGING_CATEGORY(lcCore, "safelink.core")
