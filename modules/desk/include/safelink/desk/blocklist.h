#pragma once

#include <safelink/core/blockednumber.h>
#include <safelink/core/result.h>

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace safelink::store {
class Database;
}
namespace safelink::sync {
class SyncClient;
}

namespace safelink::desk {

// 骚扰号码名单 (Ctrl+Shift+X): the numbers the hotline refuses, from the replica. Supervisors add
// one with its reason and take one off; the change goes through the hub (audited) and reaches every
// desk and the call routing at once. Agents see the list, read-only.
class BlockListDialog : public QDialog {
    Q_OBJECT

public:
    BlockListDialog(store::Database *replica, sync::SyncClient *sync, bool editor, QString areaCode,
                    QWidget *parent = nullptr);

    void reload();
    // Through the outbox; Invalid (naming the field) for a bad number or a missing reason.
    Status block(const QString &number, const QString &reason);
    Status unblock(const QString &recordId);
    int rowCount() const;
    QString numberAt(int row) const;

private:
    store::Database *m_replica;
    sync::SyncClient *m_sync;
    bool m_editor;
    QString m_areaCode;
    QList<core::BlockedNumber> m_entries;
    QTableWidget *m_table = nullptr;
    QLineEdit *m_number = nullptr;
    QLineEdit *m_reason = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace safelink::desk
