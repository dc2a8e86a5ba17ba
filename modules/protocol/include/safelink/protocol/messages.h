#pragma once

#include <QLatin1String>
#include <QtGlobal>

#include <array>
#include <cstddef>

// The one list of message types both the desk and the hub are built from (Mumble's
// MumbleProtocol.h style). The numbers are what travels on the wire, so:
//   - never renumber an entry and never reuse a number, even after a message is retired;
//   - only append, with the next free number (a static_assert below checks the order);
//   - bump kProtocolVersion when the meaning or the body of an existing message changes, and
//     raise kMinProtocolVersion only when this program can no longer speak an older version.
#define SAFELINK_MESSAGES(X)                                                                                 \
    X(Hello, 1)                                                                                              \
    X(HelloAck, 2)                                                                                           \
    X(Error, 3)                                                                                              \
    X(Login, 4)                                                                                              \
    X(LoginResult, 5)                                                                                        \
    X(Logout, 6)                                                                                             \
    X(Subscribe, 7)                                                                                          \
    X(SnapshotChunk, 8)                                                                                      \
    X(SnapshotDone, 9)                                                                                       \
    X(Change, 10)                                                                                            \
    X(Write, 11)                                                                                             \
    X(WriteResult, 12)                                                                                       \
    X(Ping, 13)                                                                                              \
    X(Pong, 14)                                                                                              \
    X(SnapshotFile, 15)                                                                                      \
    X(RecordingUpload, 16)                                                                                   \
    X(RecordingStored, 17)                                                                                   \
    X(RecordingFetch, 18)                                                                                    \
    X(RecordingData, 19)                                                                                     \
    X(SeatStatus, 20)                                                                                        \
    X(SeatBoard, 21)                                                                                         \
    X(HistoryRequest, 22)                                                                                    \
    X(History, 23)                                                                                           \
    X(CallQueue, 24)

namespace safelink::protocol {

constexpr int kProtocolVersion = 1;
constexpr int kMinProtocolVersion = 1;
static_assert(kMinProtocolVersion >= 1 && kMinProtocolVersion <= kProtocolVersion);

enum class MessageType : quint16 {
#define SAFELINK_MESSAGE_ENUMERATOR(name, number) name = number,
    SAFELINK_MESSAGES(SAFELINK_MESSAGE_ENUMERATOR)
#undef SAFELINK_MESSAGE_ENUMERATOR
};

// Every type in list order; tests and dispatch tables iterate over it.
inline constexpr std::array kAllMessageTypes = {
#define SAFELINK_MESSAGE_ITEM(name, number) MessageType::name,
    SAFELINK_MESSAGES(SAFELINK_MESSAGE_ITEM)
#undef SAFELINK_MESSAGE_ITEM
};

namespace detail {
constexpr bool strictlyIncreasing(const decltype(kAllMessageTypes) &types)
{
    for (std::size_t i = 1; i < types.size(); ++i) {
        if (quint16(types[i - 1]) >= quint16(types[i]))
            return false;
    }
    return quint16(types[0]) > 0;
}
} // namespace detail

// Appending with fresh numbers keeps the list increasing: a reused or out-of-order number breaks the
// build here instead of desks in the field (tests/unit/protocol pins every number against renumbering).
static_assert(detail::strictlyIncreasing(kAllMessageTypes),
              "SAFELINK_MESSAGES must list unique, positive numbers in increasing order");

// The name in the list ("LoginResult"), for logs; empty for a number that is not in the list.
constexpr QLatin1String messageName(MessageType type)
{
    switch (type) {
#define SAFELINK_MESSAGE_NAME_CASE(name, number)                                                             \
    case MessageType::name:                                                                                  \
        return QLatin1String(#name);
        SAFELINK_MESSAGES(SAFELINK_MESSAGE_NAME_CASE)
#undef SAFELINK_MESSAGE_NAME_CASE
    }
    return QLatin1String();
}

// Whether a number read off the wire names a message this build knows.
constexpr bool isKnownMessageType(quint16 value)
{
    for (MessageType type : kAllMessageTypes) {
        if (quint16(type) == value)
            return true;
    }
    return false;
}

} // namespace safelink::protocol
