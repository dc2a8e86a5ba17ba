#pragma once

#include <safelink/core/result.h>
#include <safelink/hub/deviceevents.h>

#include <QHostAddress>
#include <QObject>

#include <memory>

namespace safelink::store {
class Database;
}

namespace safelink::hub {

class AccountService;
class AuditLog;
class CallRouting;
class AlarmService;
class WriteService;

// The hub's HTTP API under /api/v1/ (JSON; described in server-stub/API.md): sessions, subjects,
// cases, device events from alarm terminals, health and metrics. Runs on the thread that owns the
// database, like the HubServer. Every refused request gets a JSON error body and one log line
// (safelink.hub.http); every read of a person's record goes to the audit log.
class HttpApi : public QObject {
    Q_OBJECT

public:
    // Larger request bodies are refused with 413 before they are read into memory.
    static constexpr qint64 kMaxBodyBytes = 1024 * 1024;
    // Larger request heads (request line and headers) are refused with 431.
    static constexpr qint64 kMaxHeadBytes = 64 * 1024;

    HttpApi(store::Database &db, AccountService &accounts, WriteService &writes, AuditLog &audit,
            QObject *parent = nullptr);
    ~HttpApi() override;

    Status listen(const QHostAddress &address, quint16 port);
    quint16 port() const;

    // Device tokens (issueToken) and the stored events.
    DeviceEvents &deviceEvents();
    // Call routing for the SIP proxy (/api/v1/route), the call queue and the blocked list; without
    // it those answer 503.
    void setRouting(CallRouting *routing);
    // SCAIP messages from the SIP proxy (/api/v1/scaip); without it 503.
    void setAlarms(AlarmService *alarms);

Q_SIGNALS:
    // A terminal's event was accepted and stored (not for re-sent duplicates).
    void deviceEvent(const safelink::hub::DeviceEvent &event);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace safelink::hub
