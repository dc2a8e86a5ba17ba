#include <safelink/desk/blocklist.h>

#include <safelink/protocol/sync.h>
#include <safelink/store/database.h>
#include <safelink/store/repositories.h>
#include <safelink/sync/syncclient.h>

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace safelink::desk {

BlockListDialog::BlockListDialog(store::Database *replica, sync::SyncClient *sync, bool editor,
                                 QString areaCode, QWidget *parent)
    : QDialog(parent)
    , m_replica(replica)
    , m_sync(sync)
    , m_editor(editor)
    , m_areaCode(std::move(areaCode))
{
    setWindowTitle(tr("Blocked numbers"));
    resize(720, 420);
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(editor ? tr("Calls from these numbers are refused on the hotline, and the refusal is "
                               "recorded. Add a number with the reason, or take one off the list.")
                          : tr("Calls from these numbers are refused on the hotline. Supervisors keep "
                               "this list."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table = new QTableWidget(0, 4, this);
    m_table->setHorizontalHeaderLabels({tr("Number"), tr("Reason"), tr("Added by"), tr("Since")});
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_table);
    if (m_editor) {
        auto *form = new QFormLayout;
        m_number = new QLineEdit(this);
        m_number->setObjectName(QStringLiteral("blockNumber"));
        m_number->setPlaceholderText(tr("139 0000 0666"));
        m_reason = new QLineEdit(this);
        m_reason->setObjectName(QStringLiteral("blockReason"));
        m_reason->setMaxLength(core::BlockedNumber::kMaxReason);
        m_reason->setPlaceholderText(tr("Why, e.g. repeated abusive calls to agents"));
        form->addRow(tr("&Number"), m_number);
        form->addRow(tr("&Reason"), m_reason);
        layout->addLayout(form);
        m_error = new QLabel(this);
        m_error->setStyleSheet(QStringLiteral("color: #b00020"));
        layout->addWidget(m_error);
        auto *buttons = new QHBoxLayout;
        m_add = new QPushButton(tr("&Block"), this);
        m_remove = new QPushButton(tr("&Unblock selected"), this);
        buttons->addWidget(m_add);
        buttons->addWidget(m_remove);
        buttons->addStretch();
        layout->addLayout(buttons);
        connect(m_add, &QPushButton::clicked, this, [this] {
            if (Status s = block(m_number->text(), m_reason->text()); !s) {
                m_error->setText(s.error().message);
                (s.error().field == QLatin1String("reason") ? m_reason : m_number)->setFocus();
                return;
            }
            m_error->clear();
            m_number->clear();
            m_reason->clear();
        });
        connect(m_remove, &QPushButton::clicked, this, [this] {
            const int row = m_table->currentRow();
            if (row < 0 || row >= m_entries.size())
                return;
            if (Status s = unblock(m_entries[row].meta.id); !s)
                m_error->setText(s.error().message);
        });
    }
    if (m_sync) {
        connect(m_sync, &sync::SyncClient::changeApplied, this, [this](const protocol::Change &c) {
            if (c.kind == core::RecordKind::BlockedNumber)
                reload();
        });
        connect(m_sync, &sync::SyncClient::writeRejected, this,
                [this](const QString &, const Error &e, const QCborMap &) {
                    if (m_error)
                        m_error->setText(e.message);
                });
    }
    reload();
}

void BlockListDialog::reload()
{
    m_entries = m_replica ? store::BlockedNumberRepository(*m_replica).all().valueOr({})
                          : QList<core::BlockedNumber>{};
    std::sort(
        m_entries.begin(), m_entries.end(),
        [](const core::BlockedNumber &a, const core::BlockedNumber &b) { return a.addedAt > b.addedAt; });
    m_table->setRowCount(int(m_entries.size()));
    for (int r = 0; r < m_entries.size(); ++r) {
        const core::BlockedNumber &b = m_entries[r];
        m_table->setItem(r, 0, new QTableWidgetItem(b.number.display()));
        m_table->setItem(r, 1, new QTableWidgetItem(b.reason));
        m_table->setItem(r, 2, new QTableWidgetItem(b.addedBy));
        m_table->setItem(
            r, 3, new QTableWidgetItem(b.addedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    }
}

Status BlockListDialog::block(const QString &number, const QString &reason)
{
    if (!m_sync)
        return makeError(ErrorCode::Unsupported, tr("This desk is not connected to a hub."));
    auto parsed = core::PhoneNumber::parse(number, m_areaCode);
    if (!parsed)
        return makeError(ErrorCode::Invalid, parsed.error().message, QStringLiteral("number"));
    core::BlockedNumber entry;
    qint64 basedOn = 0;
    for (const core::BlockedNumber &b : std::as_const(m_entries)) {
        if (b.number.canonical() == parsed->canonical()) {
            entry = b;
            basedOn = b.meta.version;
        }
    }
    if (entry.meta.id.isEmpty())
        entry.meta.id = core::RecordMeta::newId();
    entry.number = *parsed;
    entry.reason = reason.trimmed();
    entry.addedBy = m_sync->displayName().isEmpty() ? m_sync->accountId() : m_sync->displayName();
    entry.addedAt = QDateTime::currentDateTimeUtc();
    if (Status s = entry.validate(); !s)
        return s;
    auto key =
        m_sync->write(protocol::WriteRequest::put(core::RecordKind::BlockedNumber, entry.toCbor(), basedOn));
    return key ? Status() : Status(key.error());
}

Status BlockListDialog::unblock(const QString &recordId)
{
    if (!m_sync)
        return makeError(ErrorCode::Unsupported, tr("This desk is not connected to a hub."));
    auto it = std::find_if(m_entries.cbegin(), m_entries.cend(),
                           [&](const core::BlockedNumber &b) { return b.meta.id == recordId; });
    if (it == m_entries.cend())
        return makeError(ErrorCode::NotFound, tr("This number is not on the list any more."));
    auto key = m_sync->write(
        protocol::WriteRequest::remove(core::RecordKind::BlockedNumber, recordId, it->meta.version));
    return key ? Status() : Status(key.error());
}

int BlockListDialog::rowCount() const
{
    return int(m_entries.size());
}

QString BlockListDialog::numberAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries[row].number.canonical() : QString();
}

} // namespace safelink::desk
