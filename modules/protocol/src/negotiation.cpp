#include <safelink/protocol/negotiation.h>

#include <QCoreApplication>

#include <algorithm>

namespace safelink::protocol {

namespace {
class NegotiationText {
    Q_DECLARE_TR_FUNCTIONS(safelink::protocol::Negotiation)

public:
    static QString badRange(int min, int max)
    {
        return tr("The other side announced an impossible protocol version range (%1 to %2).")
            .arg(min)
            .arg(max);
    }
    static QString peerTooOld(int peerMin, int peerMax, int ourMin, int ourMax)
    {
        return tr("The other side speaks protocol versions %1 to %2, older than this program's %3 to %4: "
                  "update the other side.")
            .arg(peerMin)
            .arg(peerMax)
            .arg(ourMin)
            .arg(ourMax);
    }
    static QString peerTooNew(int peerMin, int peerMax, int ourMin, int ourMax)
    {
        return tr("The other side speaks protocol versions %1 to %2, newer than this program's %3 to %4: "
                  "update this program.")
            .arg(peerMin)
            .arg(peerMax)
            .arg(ourMin)
            .arg(ourMax);
    }
};
} // namespace

Result<int> negotiateVersion(int peerMin, int peerMax, int ourMin, int ourMax)
{
    Q_ASSERT(ourMin >= 1 && ourMin <= ourMax);
    if (peerMin < 1 || peerMin > peerMax) {
        const QString why = NegotiationText::badRange(peerMin, peerMax);
        return safelink::makeError(ErrorCode::Invalid, why);
    }
    const int chosen = std::min(peerMax, ourMax);
    if (chosen < std::max(peerMin, ourMin)) {
        const QString why = peerMax < ourMin ? NegotiationText::peerTooOld(peerMin, peerMax, ourMin, ourMax)
                                             : NegotiationText::peerTooNew(peerMin, peerMax, ourMin, ourMax);
        return safelink::makeError(ErrorCode::Unsupported, why);
    }
    return chosen;
}

} // namespace safelink::protocol
