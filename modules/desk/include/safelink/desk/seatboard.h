#pragma once

#include <safelink/protocol/sync.h>

#include <QAbstractTableModel>
#include <QDateTime>
#include <QDialog>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace safelink::desk {

// 坐席监控: every signed-in seat as the hub last sent the board — who, doing what, for how long,
// whether the phone is registered. What needs a supervisor's eye is marked: a seat not ready long
// after its wrap-up, a long break, a phone that is not registered.
class SeatBoardModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Seat, Agent, Activity, Duration, Phone, ColumnCount };
    // Beyond these a state is marked for attention.
    static constexpr qint64 kLongBreakSecs = 30 * 60;
    static constexpr qint64 kLongWrapUpSecs = 3 * 60;

    explicit SeatBoardModel(QObject *parent = nullptr);

    void setBoard(const QList<protocol::SeatEntry> &seats);
    // The time the durations are counted to (the window ticks it every second).
    void setNow(const QDateTime &now);
    const QList<protocol::SeatEntry> &seats() const { return m_seats; }
    int count(core::SeatActivity activity) const;
    bool needsAttention(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "12:05", "1:02:33": how long a seat has been in its state.
    static QString durationText(qint64 secs);

private:
    qint64 secondsIn(const protocol::SeatEntry &e) const;

    QList<protocol::SeatEntry> m_seats;
    QDateTime m_now;
};

class SeatBoardWindow : public QDialog {
    Q_OBJECT

public:
    explicit SeatBoardWindow(QWidget *parent = nullptr);

    SeatBoardModel &model() { return *m_model; }
    void setBoard(const QList<protocol::SeatEntry> &seats);
    // "就绪 3 · 通话中 2 · 话后处理 1 · 小休 1 · 离开 0 · 需关注 1".
    QString summaryText() const;

private:
    void refreshSummary();

    SeatBoardModel *m_model = nullptr;
    QSortFilterProxyModel *m_sorted = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace safelink::desk
