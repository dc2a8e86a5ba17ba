#pragma once

#include <safelink/core/callrecord.h>

#include <QAbstractTableModel>
#include <QDialog>

#include <functional>

class QLabel;
class QTableView;

namespace safelink::desk {

class HubRecordingPane;
class RecordingPlayer;

// The newest calls, as the desk's replica has them: when, which way, who, what became of it, how
// long, whether there is a recording.
class RecentCallsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Time, Direction, Number, Disposition, TalkTime, Recording, ColumnCount };

    explicit RecentCallsModel(QObject *parent = nullptr);
    void setCalls(QList<core::CallRecord> calls);
    const core::CallRecord &callAt(int row) const { return m_calls.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<core::CallRecord> m_calls;
};

// 通话记录: the recent calls and a player for their recordings. Enter (or a double click) asks the
// hub for the selected call's recording through `fetch`; the answer comes back with showRecording()
// or showFetchError().
class RecentCallsDialog : public QDialog {
    Q_OBJECT

public:
    using Fetcher = std::function<void(const QString &recordingId)>;

    RecentCallsDialog(QList<core::CallRecord> calls, Fetcher fetch, QWidget *parent = nullptr);

    RecentCallsModel *model() const { return m_model; }
    RecordingPlayer *player() const;
    void showRecording(const QString &recordingId, const QByteArray &wav);
    void showFetchError(const QString &recordingId, const QString &message);
    // Fetches the selected row's recording (what Enter does).
    void playSelected();

private:
    RecentCallsModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    HubRecordingPane *m_recording = nullptr;
};

} // namespace safelink::desk
