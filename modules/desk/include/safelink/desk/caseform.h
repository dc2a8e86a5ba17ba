#pragma once

#include <safelink/core/casefile.h>
#include <safelink/core/result.h>
#include <safelink/core/workorder.h>
#include <safelink/desk/screenpop.h>

#include <QCoreApplication>
#include <QHash>
#include <QObject>

#include <optional>

namespace safelink::desk {

// One guided step of a case type: its stable key (CaseStep::kind) and what the agent sees.
struct StepTemplate {
    QString kind;
    QString title;
};

// An outcome code (stable, in reports) and its label.
struct Outcome {
    QString code;
    QString label;
};

// What saving a case writes: the case, and for an emergency the same-day callback (当日回访) as a
// work order, so that somebody calls the person back before the day ends.
struct CaseWrite {
    core::CaseRecord record;
    qint64 basedOnVersion = 0;
    std::optional<core::WorkOrder> callback;
};

// The case form's logic, without widgets: filled from the screen pop (caller, time, person,
// location), guided steps time-stamped as the agent does them (assess → call 120/110 → notify the
// relatives → follow up), notes, outcome, validation naming the field. Emergency, consultation,
// complaint, service request and device fault cases share it; each type has its own steps and
// outcome codes.
class CaseForm : public QObject {
    Q_OBJECT

public:
    explicit CaseForm(QString accountId, QObject *parent = nullptr);
    // The signed-in agent (known after the sign-in): author of the steps and of new cases.
    void setAccount(const QString &accountId) { m_account = accountId; }

    static QList<StepTemplate> stepsFor(core::CaseType type);
    static QList<Outcome> outcomesFor(core::CaseType type);
    // Default priority of a new case: 1 for an alarm, 3 for a service request, ...
    static int defaultPriority(core::CaseType type);
    // When the same-day callback is due: four hours on, but before 21:00 the same day, and never
    // sooner than 30 minutes from now.
    static QDateTime sameDayCallbackDue(const QDateTime &now);

    // A new case for the caller on the card (which may be unknown: the case still starts).
    void start(core::CaseType type, const PopCard &card, const QDateTime &now);
    // Go on with a stored case (a follow-up).
    void open(const core::CaseRecord &record);
    bool isOpen() const { return m_open; }
    bool isNew() const { return m_basedOn == 0; }
    const core::CaseRecord &record() const { return m_record; }

    void setType(core::CaseType type);
    void setPriority(int priority);
    void setSummary(const QString &summary);
    void setNotes(const QString &notes);
    void setOutcome(const QString &code);
    // Marks a guided step done now (again: a second time stamp, e.g. 120 called twice).
    void markStep(const QString &kind, const QString &note, const QDateTime &now);
    // When the step was last done, invalid when never.
    QDateTime stepDone(const QString &kind) const;
    void attachArticle(const QString &articleId, const QString &title = {});
    // The title an article was attached with (its id when unknown).
    QString articleTitle(const QString &articleId) const
    {
        return m_articleTitles.value(articleId, articleId);
    }

    // Everything wrong with the case as it stands, each naming its field ("summary", "outcomeCode").
    QList<Error> problems(bool closing, const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    // The write for the outbox; closing closes the case (an outcome is then required). Errors name
    // the field and leave the form as it was.
    Result<CaseWrite> save(bool closing, const QDateTime &now);
    // After the hub accepted the write: the version the next save is based on.
    void saved(qint64 version);
    void clear();

Q_SIGNALS:
    void changed();

private:
    QString m_account;
    QHash<QString, QString> m_articleTitles;
    core::CaseRecord m_record;
    qint64 m_basedOn = 0;
    bool m_open = false;
    bool m_callbackScheduled = false;
};

} // namespace safelink::desk
