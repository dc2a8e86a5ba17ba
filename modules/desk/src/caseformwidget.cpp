#include <safelink/core/enums.h>
#include <safelink/desk/caseform.h>
#include <safelink/desk/caseformwidget.h>

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace safelink::desk {

using core::CaseType;

namespace {

const QList<CaseType> kTypes{CaseType::Emergency,      CaseType::Consultation, CaseType::Complaint,
                             CaseType::ServiceRequest, CaseType::DeviceFault,  CaseType::CareCall,
                             CaseType::Other};

} // namespace

CaseFormWidget::CaseFormWidget(CaseForm &form, QWidget *parent)
    : QWidget(parent)
    , m_form(form)
{
    setObjectName(QStringLiteral("caseForm"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(8, 4, 8, 4);
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("caseHeader"));
    m_header->setTextFormat(Qt::RichText);
    outer->addWidget(m_header);

    auto *fields = new QFormLayout;
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("caseType"));
    for (CaseType t : kTypes)
        m_type->addItem(core::label(t), int(t));
    fields->addRow(tr("&Kind"), m_type);
    m_priority = new QComboBox(this);
    m_priority->setObjectName(QStringLiteral("casePriority"));
    for (int p = 1; p <= 5; ++p)
        m_priority->addItem(p == 1   ? tr("P1 — life at risk")
                            : p == 5 ? tr("P5 — information")
                                     : tr("P%1").arg(p),
                            p);
    fields->addRow(tr("&Priority"), m_priority);
    m_summary = new QLineEdit(this);
    m_summary->setObjectName(QStringLiteral("caseSummary"));
    m_summary->setMaxLength(200);
    m_summary->setPlaceholderText(tr("e.g. fell in the bathroom, cannot get up"));
    auto *summaryBox = new QVBoxLayout;
    summaryBox->setSpacing(0);
    summaryBox->addWidget(m_summary);
    summaryBox->addWidget(errorLabel(QStringLiteral("summary")));
    auto *summaryLabel = new QLabel(tr("&What happened"), this);
    summaryLabel->setBuddy(m_summary);
    fields->addRow(summaryLabel, summaryBox);
    outer->addLayout(fields);

    auto *stepsTitle =
        new QLabel(QStringLiteral("<b style='color:#1a4c8b'>%1</b>").arg(tr("Steps").toHtmlEscaped()), this);
    outer->addWidget(stepsTitle);
    m_steps = new QWidget(this);
    m_stepsLayout = new QVBoxLayout(m_steps);
    m_stepsLayout->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_steps);

    auto *more = new QFormLayout;
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("caseNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("What was said and done, in order"));
    more->addRow(tr("&Notes"), m_notes);
    m_outcome = new QComboBox(this);
    m_outcome->setObjectName(QStringLiteral("caseOutcome"));
    auto *outcomeBox = new QVBoxLayout;
    outcomeBox->setSpacing(0);
    outcomeBox->addWidget(m_outcome);
    outcomeBox->addWidget(errorLabel(QStringLiteral("outcomeCode")));
    auto *outcomeLabel = new QLabel(tr("&Outcome"), this);
    outcomeLabel->setBuddy(m_outcome);
    more->addRow(outcomeLabel, outcomeBox);
    outer->addLayout(more, 1);
    m_callback = new QLabel(this);
    m_callback->setObjectName(QStringLiteral("caseCallback"));
    outer->addWidget(m_callback);
    m_articles = new QLabel(this);
    m_articles->setObjectName(QStringLiteral("caseArticles"));
    m_articles->setTextFormat(Qt::PlainText);
    m_articles->setWordWrap(true);
    outer->addWidget(m_articles);
    outer->addWidget(errorLabel(QString()));

    auto *buttons = new QHBoxLayout;
    auto *save = new QPushButton(tr("Save"), this);
    save->setObjectName(QStringLiteral("caseSave"));
    save->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    save->setToolTip(
        tr("Save the case and keep it open (%1)").arg(save->shortcut().toString(QKeySequence::NativeText)));
    auto *close = new QPushButton(tr("Close the case"), this);
    close->setObjectName(QStringLiteral("caseClose"));
    close->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    close->setToolTip(tr("Save and close: an outcome is needed (%1)")
                          .arg(close->shortcut().toString(QKeySequence::NativeText)));
    buttons->addStretch(1);
    buttons->addWidget(save);
    buttons->addWidget(close);
    outer->addLayout(buttons);

    connect(save, &QPushButton::clicked, this, [this] { Q_EMIT saveRequested(false); });
    connect(close, &QPushButton::clicked, this, [this] { Q_EMIT saveRequested(true); });
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            m_form.setType(CaseType(m_type->currentData().toInt()));
    });
    connect(m_priority, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            m_form.setPriority(m_priority->currentData().toInt());
    });
    connect(m_summary, &QLineEdit::textEdited, this, [this](const QString &t) { m_form.setSummary(t); });
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_updating)
            m_form.setNotes(m_notes->toPlainText());
    });
    connect(m_outcome, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            m_form.setOutcome(m_outcome->currentData().toString());
    });
    connect(&m_form, &CaseForm::changed, this, &CaseFormWidget::rebuild);
    rebuild();
}

QLabel *CaseFormWidget::errorLabel(const QString &field)
{
    auto *label = new QLabel(this);
    label->setObjectName(QStringLiteral("error_") + (field.isEmpty() ? QStringLiteral("form") : field));
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->setWordWrap(true);
    label->hide();
    m_errors.insert(field, label);
    return label;
}

void CaseFormWidget::showProblems(const QList<Error> &problems)
{
    for (QLabel *l : std::as_const(m_errors))
        l->hide();
    for (const Error &e : problems) {
        QLabel *l = m_errors.value(e.field, m_errors.value(QString()));
        l->setText(e.field.isEmpty() || m_errors.contains(e.field) ? e.message : e.toString());
        l->show();
    }
}

QString CaseFormWidget::errorText(const QString &field) const
{
    const QLabel *l = m_errors.value(field);
    return l && !l->isHidden() ? l->text() : QString();
}

void CaseFormWidget::focusSummary()
{
    m_summary->setFocus();
}

void CaseFormWidget::rebuild()
{
    m_updating = true;
    const core::CaseRecord &r = m_form.record();
    setEnabled(m_form.isOpen());
    m_header->setText(
        m_form.isOpen()
            ? QStringLiteral("<b>%1</b> %2 · %3")
                  .arg(core::label(r.type).toHtmlEscaped(),
                       r.number.isEmpty() ? tr("(number given when saved)") : r.number.toHtmlEscaped(),
                       r.openedAt.toLocalTime().toString(QStringLiteral("MM-dd HH:mm:ss")))
            : tr("No case open: Ctrl+E opens an alarm case for the caller."));
    m_type->setCurrentIndex(std::max<int>(0, int(kTypes.indexOf(r.type))));
    m_priority->setCurrentIndex(std::clamp(r.priority, 1, 5) - 1);
    if (m_summary->text() != r.summary)
        m_summary->setText(r.summary);
    if (m_notes->toPlainText() != r.notes)
        m_notes->setPlainText(r.notes);
    m_outcome->clear();
    m_outcome->addItem(tr("— choose when closing —"), QString());
    for (const Outcome &o : CaseForm::outcomesFor(r.type))
        m_outcome->addItem(o.label, o.code);
    m_outcome->setCurrentIndex(std::max(0, m_outcome->findData(r.outcomeCode)));
    m_callback->setText(
        r.followUpDue.isValid() ? tr("Same-day callback due %1")
                                      .arg(r.followUpDue.toLocalTime().toString(QStringLiteral("HH:mm")))
        : r.type == CaseType::Emergency ? tr("A same-day callback is scheduled when the case is saved.")
                                        : QString());
    QStringList titles;
    for (const QString &id : r.articleIds)
        titles.append(m_form.articleTitle(id));
    m_articles->setText(titles.isEmpty() ? QString()
                                         : tr("Knowledge base: %1").arg(titles.join(QStringLiteral("、"))));
    m_articles->setVisible(!titles.isEmpty());
    refreshSteps();
    m_updating = false;
}

void CaseFormWidget::refreshSteps()
{
    const QList<StepTemplate> steps = CaseForm::stepsFor(m_form.record().type);
    // Rebuilt only when the kind changes the list; otherwise only the times change.
    const bool same = m_stepTimes.size() == steps.size()
                      && std::all_of(steps.cbegin(), steps.cend(),
                                     [&](const StepTemplate &s) { return m_stepTimes.contains(s.kind); });
    if (!same) {
        for (QObject *child : m_steps->children()) {
            if (child->isWidgetType())
                child->deleteLater();
        }
        for (QAction *a : m_steps->actions())
            m_steps->removeAction(a);
        m_stepTimes.clear();
        int n = 1;
        for (const StepTemplate &s : steps) {
            auto *row = new QWidget(m_steps);
            auto *h = new QHBoxLayout(row);
            h->setContentsMargins(0, 0, 0, 0);
            auto *done = new QPushButton(tr("Done"), row);
            done->setObjectName(QStringLiteral("step_") + s.kind);
            done->setFocusPolicy(Qt::TabFocus);
            if (n <= 9)
                done->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + n)));
            done->setToolTip(
                tr("Mark done now (%1)").arg(done->shortcut().toString(QKeySequence::NativeText)));
            auto *title = new QLabel(QStringLiteral("%1. %2").arg(n).arg(s.title), row);
            auto *time = new QLabel(row);
            time->setObjectName(QStringLiteral("stepTime_") + s.kind);
            h->addWidget(done);
            h->addWidget(title, 1);
            h->addWidget(time);
            m_stepsLayout->addWidget(row);
            m_stepTimes.insert(s.kind, time);
            const QString kind = s.kind;
            connect(done, &QPushButton::clicked, this,
                    [this, kind] { m_form.markStep(kind, QString(), QDateTime::currentDateTimeUtc()); });
            ++n;
        }
    }
    for (auto it = m_stepTimes.cbegin(); it != m_stepTimes.cend(); ++it) {
        const QDateTime at = m_form.stepDone(it.key());
        it.value()->setText(at.isValid()
                                ? QStringLiteral("✔ ") + at.toLocalTime().toString(QStringLiteral("HH:mm:ss"))
                                : QString());
    }
}

} // namespace safelink::desk
