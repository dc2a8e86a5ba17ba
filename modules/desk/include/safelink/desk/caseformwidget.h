#pragma once

#include <safelink/core/result.h>

#include <QHash>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace safelink::desk {

class CaseForm;

// The case form on the right of the desk: kind, priority, what happened, the guided steps (each
// done with a key, Ctrl+1…Ctrl+5, and time-stamped), notes, outcome; 保存 (Ctrl+S) and 结案
// (Ctrl+Shift+S). Errors appear next to their field in red.
class CaseFormWidget : public QWidget {
    Q_OBJECT

public:
    explicit CaseFormWidget(CaseForm &form, QWidget *parent = nullptr);

    // Shows the errors next to their fields (an empty list clears them).
    void showProblems(const QList<Error> &problems);
    QString errorText(const QString &field) const;
    void focusSummary();

Q_SIGNALS:
    void saveRequested(bool closing);

private:
    void rebuild();
    void refreshSteps();
    QLabel *errorLabel(const QString &field);

    CaseForm &m_form;
    QLabel *m_header = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_priority = nullptr;
    QLineEdit *m_summary = nullptr;
    QWidget *m_steps = nullptr;
    QVBoxLayout *m_stepsLayout = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QComboBox *m_outcome = nullptr;
    QLabel *m_callback = nullptr;
    QLabel *m_articles = nullptr;
    QHash<QString, QLabel *> m_errors;
    QHash<QString, QLabel *> m_stepTimes;
    bool m_updating = false;
};

} // namespace safelink::desk
