#pragma once

#include <safelink/core/callrecord.h>
#include <safelink/core/casefile.h>
#include <safelink/core/workorder.h>

#include <QAbstractTableModel>
#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace safelink::desk {

class HubRecordingPane;
class RecordingPlayer;

// A person's history in one list, newest first: calls (with their recordings), cases and work
// orders (services, repairs, callbacks).
class SubjectHistoryModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum class Kind { Call, Case, WorkOrder };
    enum Column { Time, What, Summary, State, ColumnCount };
    static constexpr int KindRole = Qt::UserRole;
    static constexpr int RecordingRole = Qt::UserRole + 1;

    explicit SubjectHistoryModel(QObject *parent = nullptr);
    void setHistory(const QList<core::CallRecord> &calls, const QList<core::CaseRecord> &cases,
                    const QList<core::WorkOrder> &orders);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        Kind kind;
        QDateTime at;
        QString what;
        QString summary;
        QString state;
        QString recordingId;
    };
    QList<Row> m_rows;
};

// 历史记录 (Ctrl+Shift+H): the person's history, filtered by kind and by any text (Chinese too);
// Enter on a recorded call plays it from the hub.
class SubjectHistoryDialog : public QDialog {
    Q_OBJECT

public:
    using Fetcher = std::function<void(const QString &recordingId)>;

    SubjectHistoryDialog(const QString &subjectName, SubjectHistoryModel *model, Fetcher fetch,
                         QWidget *parent = nullptr);

    // Kind filter: -1 all, else SubjectHistoryModel::Kind; and a text every shown row contains.
    void setFilter(int kind, const QString &text);
    int visibleRows() const;
    void playSelected();
    void showRecording(const QString &recordingId, const QByteArray &wav);
    void showFetchError(const QString &recordingId, const QString &message);
    RecordingPlayer *player() const;

private:
    SubjectHistoryModel *m_model;
    QSortFilterProxyModel *m_proxy = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_text = nullptr;
    QTableView *m_view = nullptr;
    HubRecordingPane *m_recording = nullptr;
};

} // namespace safelink::desk
