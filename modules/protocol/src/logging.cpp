#include <safelink/protocol/logging.h>

Q_LOGGING_CATEGORY(lcProtocol, "safelink.protocol")
