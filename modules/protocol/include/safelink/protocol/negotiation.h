#pragma once

#include <safelink/core/result.h>
#include <safelink/protocol/messages.h>

namespace safelink::protocol {

// The protocol version two sides use: the highest one both speak. The peer's range comes from its
// hello; our range defaults to this build's and is a parameter so tests can play other builds.
// ErrorCode::Unsupported when the ranges do not overlap (the message says which side to update),
// ErrorCode::Invalid when the peer's range is nonsense (min above max, below 1).
Result<int> negotiateVersion(int peerMin, int peerMax, int ourMin = kMinProtocolVersion,
                             int ourMax = kProtocolVersion);

} // namespace safelink::protocol
