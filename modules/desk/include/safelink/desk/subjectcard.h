#pragma once

#include <safelink/desk/screenpop.h>

#include <QWidget>

#include <functional>

class QGridLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QVBoxLayout;

namespace safelink::desk {

// The screen pop as the agent sees it: who is calling, where they live, their health, whom to call
// (each emergency contact with a call button, Alt+1…Alt+9), who lives with them, their terminal,
// open cases, last calls and services. For an unknown number (or one shared by several people) a
// search by name, ID number, address or phone lets the agent pick the caller and link the number.
// Showing a card never takes the keyboard focus.
class SubjectCard : public QWidget {
    Q_OBJECT

public:
    using Search = std::function<QList<core::Subject>(const QString &text)>;

    explicit SubjectCard(QWidget *parent = nullptr);

    // Where the search looks (the replica); without it the search box is hidden.
    void setSearch(Search search);
    void showCard(const PopCard &card, const QDateTime &now = QDateTime::currentDateTime());
    void clear();
    const PopCard &card() const { return m_card; }

    // The card's text as shown, for tests and screen readers.
    QString text() const;

Q_SIGNALS:
    void dialRequested(const QString &number, const QString &who);
    void subjectChosen(const QString &subjectId);
    void linkNumberRequested(const QString &subjectId, const QString &canonicalNumber);

private:
    void runSearch();
    void showResults(const QList<core::Subject> &subjects);
    QString chosenResult() const;
    void addSection(const QString &title, const QString &html, const QString &objectName);
    void addContacts(const core::Subject &subject);

    PopCard m_card;
    Search m_search;
    QLabel *m_caller = nullptr;
    QWidget *m_body = nullptr;
    QVBoxLayout *m_bodyLayout = nullptr;
    QWidget *m_searchBox = nullptr;
    QLineEdit *m_query = nullptr;
    QListWidget *m_results = nullptr;
    QPushButton *m_choose = nullptr;
    QPushButton *m_link = nullptr;
    QList<QWidget *> m_sections;
};

} // namespace safelink::desk
