#include <safelink/core/enums.h>
#include <safelink/desk/subjectcard.h>

#include <QAction>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace safelink::desk {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString joined(const QStringList &items)
{
    QStringList out;
    for (const QString &i : items)
        out << esc(i);
    return out.join(QStringLiteral("、"));
}

} // namespace

SubjectCard::SubjectCard(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("subjectCard"));
    setFocusPolicy(Qt::NoFocus);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_caller = new QLabel(this);
    m_caller->setObjectName(QStringLiteral("popCaller"));
    m_caller->setWordWrap(true);
    m_caller->setTextFormat(Qt::RichText);
    m_caller->setStyleSheet(QStringLiteral("QLabel { background: #e8f0fe; padding: 8px; }"));
    layout->addWidget(m_caller);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // text wraps; nothing hides to the right
    scroll->setFocusPolicy(Qt::NoFocus);
    m_body = new QWidget(scroll);
    m_bodyLayout = new QVBoxLayout(m_body);
    m_bodyLayout->setContentsMargins(8, 4, 8, 4);
    m_bodyLayout->addStretch(1);
    scroll->setWidget(m_body);
    layout->addWidget(scroll, 1);

    m_searchBox = new QWidget(this);
    m_searchBox->setObjectName(QStringLiteral("popSearch"));
    auto *searchLayout = new QVBoxLayout(m_searchBox);
    searchLayout->setContentsMargins(8, 4, 8, 4);
    auto *hint = new QLabel(tr("Find the caller by name, ID number, address or phone:"), m_searchBox);
    searchLayout->addWidget(hint);
    m_query = new QLineEdit(m_searchBox);
    m_query->setObjectName(QStringLiteral("popSearchText"));
    m_query->setPlaceholderText(tr("e.g. 陈桂英, 440104…, 文德路, 138…"));
    m_query->setClearButtonEnabled(true);
    hint->setBuddy(m_query);
    searchLayout->addWidget(m_query);
    m_results = new QListWidget(m_searchBox);
    m_results->setObjectName(QStringLiteral("popSearchResults"));
    searchLayout->addWidget(m_results, 1);
    auto *buttons = new QHBoxLayout;
    m_choose = new QPushButton(tr("This is the caller"), m_searchBox);
    m_choose->setObjectName(QStringLiteral("popChoose"));
    m_choose->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_choose->setToolTip(
        tr("Show this person's card (%1)").arg(m_choose->shortcut().toString(QKeySequence::NativeText)));
    m_link = new QPushButton(tr("Link the number to this person"), m_searchBox);
    m_link->setObjectName(QStringLiteral("popLink"));
    m_link->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_link->setToolTip(tr("Save the caller's number among this person's phones (%1)")
                           .arg(m_link->shortcut().toString(QKeySequence::NativeText)));
    buttons->addWidget(m_choose);
    buttons->addWidget(m_link);
    buttons->addStretch(1);
    searchLayout->addLayout(buttons);
    layout->addWidget(m_searchBox, 1);
    m_searchBox->hide();

    connect(m_query, &QLineEdit::returnPressed, this, &SubjectCard::runSearch);
    connect(m_results, &QListWidget::itemActivated, this, [this] {
        if (const QString id = chosenResult(); !id.isEmpty())
            Q_EMIT subjectChosen(id);
    });
    connect(m_choose, &QPushButton::clicked, this, [this] {
        if (const QString id = chosenResult(); !id.isEmpty())
            Q_EMIT subjectChosen(id);
    });
    connect(m_link, &QPushButton::clicked, this, [this] {
        const QString id = chosenResult();
        if (!id.isEmpty() && !m_card.canonical.isEmpty())
            Q_EMIT linkNumberRequested(id, m_card.canonical);
    });
    clear();
}

void SubjectCard::setSearch(Search search)
{
    m_search = std::move(search);
}

void SubjectCard::clear()
{
    m_card = PopCard{};
    m_caller->setText(tr("No call"));
    qDeleteAll(m_sections);
    m_sections.clear();
    m_searchBox->hide();
    m_results->clear();
    m_query->clear();
}

QString SubjectCard::chosenResult() const
{
    const QListWidgetItem *item = m_results->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void SubjectCard::runSearch()
{
    if (!m_search)
        return;
    showResults(m_search(m_query->text().trimmed()));
}

void SubjectCard::showResults(const QList<core::Subject> &subjects)
{
    m_results->clear();
    const QDate today = QDate::currentDate();
    for (const core::Subject &s : subjects) {
        const int age = s.ageOn(today);
        auto *item = new QListWidgetItem(
            tr("%1, %2, %3 — %4")
                .arg(s.name, core::label(s.sex),
                     age >= 0 ? tr("%n year(s)", nullptr, age) : tr("age unknown"), s.address.fullText()),
            m_results);
        item->setData(Qt::UserRole, s.meta.id);
    }
    if (m_results->count() > 0)
        m_results->setCurrentRow(0);
}

void SubjectCard::addSection(const QString &title, const QString &html, const QString &objectName)
{
    auto *label = new QLabel(m_body);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setText(title.isEmpty()
                       ? html
                       : QStringLiteral("<b style='color:#1a4c8b'>%1</b><br>%2").arg(esc(title), html));
    m_bodyLayout->insertWidget(m_bodyLayout->count() - 1, label);
    m_sections.append(label);
}

void SubjectCard::addContacts(const core::Subject &subject)
{
    auto *box = new QWidget(m_body);
    box->setObjectName(QStringLiteral("popContacts"));
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    auto *title =
        new QLabel(QStringLiteral("<b style='color:#1a4c8b'>%1</b>").arg(esc(tr("Emergency contacts"))), box);
    grid->addWidget(title, 0, 0, 1, 3);
    int row = 1;
    int key = 1;
    for (const core::EmergencyContact &c : subject.contacts) {
        QStringList notes;
        if (c.holdsKey)
            notes << tr("has a key");
        if (c.livesNearby)
            notes << tr("lives nearby");
        if (!c.notes.isEmpty())
            notes << c.notes;
        auto *who = new QLabel(QStringLiteral("%1. %2（%3）%4")
                                   .arg(c.order)
                                   .arg(esc(c.name), esc(core::label(c.relationship)),
                                        notes.isEmpty() ? QString() : QStringLiteral(" · ") + joined(notes)),
                               box);
        who->setTextFormat(Qt::RichText);
        who->setWordWrap(true);
        grid->addWidget(who, row, 0);
        int col = 1;
        for (const core::ContactPhone &p : c.phones) {
            auto *call = new QToolButton(box);
            call->setObjectName(QStringLiteral("popDial"));
            call->setFocusPolicy(Qt::NoFocus);
            call->setText(tr("Call %1").arg(p.number.display()));
            const QString number = p.number.dialString();
            const QString name = c.name;
            if (key <= 9 && col == 1) {
                call->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + key)));
                ++key;
            }
            const QString on = p.label.isEmpty() ? p.number.display() : p.label;
            call->setToolTip(call->shortcut().isEmpty()
                                 ? tr("Call %1 on %2").arg(c.name, on)
                                 : tr("Call %1 on %2 (%3)")
                                       .arg(c.name, on, call->shortcut().toString(QKeySequence::NativeText)));
            connect(call, &QToolButton::clicked, this,
                    [this, number, name] { Q_EMIT dialRequested(number, name); });
            grid->addWidget(call, row, col++);
        }
        ++row;
    }
    if (subject.contacts.isEmpty())
        grid->addWidget(new QLabel(tr("None recorded — ask the caller."), box), row, 0);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(grid->columnCount(), 1); // buttons stay next to the names
    m_bodyLayout->insertWidget(m_bodyLayout->count() - 1, box);
    m_sections.append(box);
}

void SubjectCard::showCard(const PopCard &card, const QDateTime &now)
{
    clear();
    m_card = card;
    QString how;
    switch (card.match) {
    case CallerMatch::Subject:
        how = tr("own phone");
        break;
    case CallerMatch::Terminal:
        how = tr("alarm terminal / home line");
        break;
    case CallerMatch::Contact:
        how = tr("emergency contact");
        break;
    case CallerMatch::Several:
        how = tr("shared number");
        break;
    case CallerMatch::Withheld:
        how = tr("no number");
        break;
    case CallerMatch::Unknown:
        how = tr("unknown number");
        break;
    }
    QString callerHtml = QStringLiteral("<span style='font-size:15pt'><b>%1</b></span> · %2")
                             .arg(esc(card.callerDisplay), esc(how));
    if (!card.matchNote.isEmpty())
        callerHtml += QStringLiteral("<br>") + esc(card.matchNote);
    if (!card.error.isEmpty())
        callerHtml += QStringLiteral("<br><span style='color:#b00020'>%1</span>").arg(esc(card.error));
    m_caller->setText(callerHtml);

    const bool pick = !card.subject
                      && (card.match == CallerMatch::Unknown || card.match == CallerMatch::Several
                          || card.match == CallerMatch::Withheld);
    m_searchBox->setVisible(pick && m_search);
    if (card.match == CallerMatch::Several)
        showResults(card.candidates);

    if (card.subject) {
        const core::Subject &s = *card.subject;
        QStringList facts{core::label(s.sex)};
        facts << (card.age >= 0 ? tr("%n year(s)", nullptr, card.age) : tr("age unknown"));
        for (core::SubjectCategory c : s.categories)
            facts << core::label(c);
        facts << core::label(s.careTier);
        if (s.status != core::SubjectStatus::Active)
            facts << core::label(s.status);
        addSection({},
                   QStringLiteral("<span style='font-size:18pt'><b>%1</b></span>&nbsp;&nbsp;%2")
                       .arg(esc(s.name), joined(facts)),
                   QStringLiteral("popName"));
        QString where = esc(s.address.fullText());
        if (card.household && !card.household->accessNotes.isEmpty())
            where += QStringLiteral("<br>") + tr("Access: %1").arg(esc(card.household->accessNotes));
        if (!s.languages.isEmpty())
            where += QStringLiteral("<br>") + tr("Speaks: %1").arg(joined(s.languages));
        addSection(tr("Address"), where, QStringLiteral("popAddress"));

        QString health = s.healthNotes.isEmpty() ? tr("No health notes") : esc(s.healthNotes);
        if (!s.medications.isEmpty())
            health += QStringLiteral("<br>") + tr("Medications: %1").arg(joined(s.medications));
        if (!s.allergies.isEmpty())
            health += QStringLiteral("<br><span style='color:#b00020'><b>%1</b></span>")
                          .arg(tr("Allergies: %1").arg(joined(s.allergies)));
        addSection(tr("Health"), health, QStringLiteral("popHealth"));
        addContacts(s);

        if (!card.householdMembers.isEmpty()) {
            QStringList members;
            for (const core::Subject &m : card.householdMembers) {
                const int age = m.ageOn(now.date());
                members << (age >= 0 ? tr("%1 (%n year(s))", nullptr, age).arg(m.name) : m.name);
            }
            addSection(tr("Lives with"), joined(members), QStringLiteral("popHousehold"));
        }
    } else if (card.household) {
        addSection(tr("Address"), esc(card.household->address.fullText()), QStringLiteral("popAddress"));
    }

    if (!card.devices.isEmpty()) {
        QStringList lines;
        for (const core::Device &d : card.devices) {
            QString line = QStringLiteral("%1 %2 · %3")
                               .arg(esc(core::label(d.kind)), esc(d.model), esc(core::label(d.status)));
            if (d.batteryPercent >= 0)
                line += QStringLiteral(" · ") + tr("battery %1%").arg(d.batteryPercent);
            if (d.lastSeenAt.isValid()) {
                const bool online = d.lastSeenAt.secsTo(now) < 30 * 60;
                line += QStringLiteral(" · ")
                        + (online ? tr("online (%1)").arg(core::agoText(d.lastSeenAt, now))
                                  : QStringLiteral("<span style='color:#b00020'>%1</span>")
                                        .arg(tr("offline since %1").arg(core::agoText(d.lastSeenAt, now))));
            }
            lines << line;
        }
        addSection(tr("Terminals"), lines.join(QStringLiteral("<br>")), QStringLiteral("popDevices"));
    }
    if (card.subject) {
        QStringList open;
        for (const core::CaseRecord &c : card.openCases)
            open << QStringLiteral("%1 %2 · %3 · %4")
                        .arg(esc(c.number), esc(core::label(c.type)), esc(core::label(c.status)),
                             esc(c.summary.left(60)));
        addSection(tr("Open cases"), open.isEmpty() ? tr("None") : open.join(QStringLiteral("<br>")),
                   QStringLiteral("popCases"));
        QStringList calls;
        for (const core::CallRecord &c : card.lastCalls)
            calls << QStringLiteral("%1 · %2 · %3")
                         .arg(c.startedAt.toLocalTime().toString(QStringLiteral("MM-dd HH:mm")),
                              esc(core::label(c.direction)), esc(core::label(c.disposition)));
        addSection(tr("Last calls"), calls.isEmpty() ? tr("None") : calls.join(QStringLiteral("<br>")),
                   QStringLiteral("popCalls"));
        QStringList services;
        for (const core::WorkOrder &w : card.services)
            services << QStringLiteral("%1 · %2 · %3")
                            .arg(w.createdAt.toLocalTime().toString(QStringLiteral("MM-dd")),
                                 esc(core::label(w.kind)), esc(core::label(w.state)));
        if (!services.isEmpty())
            addSection(tr("Services"), services.join(QStringLiteral("<br>")), QStringLiteral("popServices"));
    }
}

QString SubjectCard::text() const
{
    QStringList parts{m_caller->text()};
    for (const QWidget *w : m_sections) {
        if (auto *label = qobject_cast<const QLabel *>(w))
            parts << label->text();
        for (const QLabel *l : w->findChildren<QLabel *>())
            parts << l->text();
        for (const QToolButton *b : w->findChildren<QToolButton *>())
            parts << b->text();
    }
    return parts.join(QLatin1Char('\n'));
}

} // namespace safelink::desk
