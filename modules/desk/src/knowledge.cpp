#include <safelink/desk/knowledge.h>

#include <safelink/core/logging.h>
#include <safelink/store/database.h>
#include <safelink/store/repositories.h>
#include <safelink/sync/syncclient.h>

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace safelink::desk {

Q_LOGGING_CATEGORY(lcKnowledge, "safelink.desk.kb")

namespace {

bool folderBefore(const core::KbFolder &a, const core::KbFolder &b)
{
    return a.order != b.order ? a.order < b.order : a.name < b.name;
}

QString markdownOf(const core::KbArticle &a)
{
    QString md = QStringLiteral("## %1\n\n").arg(a.title);
    if (!a.tags.isEmpty())
        md += QStringLiteral("*%1*\n\n").arg(a.tags.join(QStringLiteral(" · ")));
    return md + a.body;
}

// Up to 40 characters of the body around the first word of the query that it holds.
QString snippet(const core::KbArticle &a, const QString &query)
{
    const QString flat =
        QString(a.body).replace(QRegularExpression(QStringLiteral("[#*>`\\s]+")), QStringLiteral(" "));
    for (const QString &word : query.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        const qsizetype at = flat.indexOf(word, 0, Qt::CaseInsensitive);
        if (at >= 0) {
            const qsizetype from = std::max<qsizetype>(0, at - 15);
            return (from > 0 ? QStringLiteral("…") : QString()) + flat.mid(from, 40).trimmed()
                   + QStringLiteral("…");
        }
    }
    return flat.left(40).trimmed() + QStringLiteral("…");
}

QStringList splitTags(const QString &text)
{
    QStringList out;
    for (const QString &t :
         text.split(QRegularExpression(QStringLiteral("[,，、;；\\s]+")), Qt::SkipEmptyParts))
        if (!out.contains(t))
            out.append(t);
    return out;
}

} // namespace

// ---- the model --------------------------------------------------------------------------------

KnowledgeModel::KnowledgeModel(QObject *parent)
    : QStandardItemModel(parent)
{
}

Status KnowledgeModel::reload(store::Database &db, bool editor)
{
    auto folders = store::KbFolderRepository(db).all();
    if (!folders)
        return folders.error();
    auto articles = store::KbArticleRepository(db).all();
    if (!articles)
        return articles.error();
    clear();
    setHorizontalHeaderLabels({tr("Knowledge base")});
    m_folders = *folders;
    std::sort(m_folders.begin(), m_folders.end(), folderBefore);
    QHash<QString, QStandardItem *> items;
    for (const core::KbFolder &f : std::as_const(m_folders)) {
        auto *item = new QStandardItem(f.name);
        item->setEditable(false);
        item->setData(f.meta.id, IdRole);
        item->setData(true, IsFolderRole);
        item->setData(f.parentId, FolderIdRole);
        items.insert(f.meta.id, item);
    }
    for (const core::KbFolder &f : std::as_const(m_folders)) {
        QStandardItem *parent = f.parentId.isEmpty() ? nullptr : items.value(f.parentId);
        // A folder whose parent is gone (or that would loop) stays visible at the top.
        const bool loops = isWithin(m_folders, f.parentId, f.meta.id);
        (parent && !loops ? parent : invisibleRootItem())->appendRow(items.value(f.meta.id));
    }
    std::sort(articles->begin(), articles->end(),
              [](const core::KbArticle &a, const core::KbArticle &b) { return a.title < b.title; });
    QStandardItem *unfiled = nullptr;
    m_articles = 0;
    for (const core::KbArticle &a : std::as_const(*articles)) {
        if (!editor && a.status != core::ArticleStatus::Published)
            continue;
        auto *item = new QStandardItem(a.status == core::ArticleStatus::Published
                                           ? a.title
                                           : QStringLiteral("%1（%2）").arg(a.title, core::label(a.status)));
        item->setEditable(false);
        item->setData(a.meta.id, IdRole);
        item->setData(false, IsFolderRole);
        item->setData(a.folderId, FolderIdRole);
        QStandardItem *folder = items.value(a.folderId);
        if (!folder) {
            if (!unfiled) {
                unfiled = new QStandardItem(tr("Not filed"));
                unfiled->setEditable(false);
                unfiled->setData(true, IsFolderRole);
                invisibleRootItem()->appendRow(unfiled);
            }
            folder = unfiled;
        }
        folder->appendRow(item);
        ++m_articles;
    }
    return {};
}

static QModelIndex findIn(const QStandardItemModel &model, const QModelIndex &parent, const QString &id,
                          bool folder)
{
    for (int r = 0; r < model.rowCount(parent); ++r) {
        const QModelIndex i = model.index(r, 0, parent);
        if (i.data(KnowledgeModel::IdRole).toString() == id
            && i.data(KnowledgeModel::IsFolderRole).toBool() == folder)
            return i;
        if (const QModelIndex below = findIn(model, i, id, folder); below.isValid())
            return below;
    }
    return {};
}

QModelIndex KnowledgeModel::findArticle(const QString &id) const
{
    return findIn(*this, {}, id, false);
}

QModelIndex KnowledgeModel::findFolder(const QString &id) const
{
    return findIn(*this, {}, id, true);
}

QString folderPath(const QList<core::KbFolder> &folders, const QString &folderId)
{
    QStringList parts;
    QString id = folderId;
    for (int depth = 0; !id.isEmpty() && depth < 32; ++depth) {
        const auto it = std::find_if(folders.cbegin(), folders.cend(),
                                     [&](const core::KbFolder &f) { return f.meta.id == id; });
        if (it == folders.cend())
            break;
        parts.prepend(it->name);
        id = it->parentId;
    }
    return parts.join(QStringLiteral(" / "));
}

bool isWithin(const QList<core::KbFolder> &folders, const QString &candidate, const QString &folder)
{
    QString id = candidate;
    for (int depth = 0; !id.isEmpty() && depth < 64; ++depth) {
        if (id == folder)
            return true;
        const auto it = std::find_if(folders.cbegin(), folders.cend(),
                                     [&](const core::KbFolder &f) { return f.meta.id == id; });
        if (it == folders.cend())
            return false;
        id = it->parentId;
    }
    return !id.isEmpty(); // deeper than any real tree: treat as a loop
}

// ---- the panel --------------------------------------------------------------------------------

namespace {

// The search field hands Down to the results, as in any search box.
class SearchField : public QLineEdit {
public:
    using QLineEdit::QLineEdit;
    std::function<void()> down;

protected:
    void keyPressEvent(QKeyEvent *e) override
    {
        if (e->key() == Qt::Key_Down && down) {
            down();
            return;
        }
        QLineEdit::keyPressEvent(e);
    }
};

} // namespace

KnowledgePanel::KnowledgePanel(store::Database *replica, sync::SyncClient *sync, QWidget *parent)
    : QWidget(parent)
    , m_replica(replica)
    , m_sync(sync)
{
    setObjectName(QStringLiteral("knowledgePanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *field = new SearchField(this);
    m_search = field;
    m_search->setObjectName(QStringLiteral("kbSearch"));
    m_search->setPlaceholderText(tr("Search the knowledge base (Ctrl+K), Enter to search"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);

    auto *split = new QSplitter(Qt::Vertical, this);
    m_lists = new QStackedWidget(split);
    m_model = new KnowledgeModel(this);
    m_tree = new QTreeView(m_lists);
    m_tree->setObjectName(QStringLiteral("kbTree"));
    m_tree->setModel(m_model);
    m_tree->setHeaderHidden(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results = new QListWidget(m_lists);
    m_results->setObjectName(QStringLiteral("kbResults"));
    m_results->setWordWrap(true);
    m_lists->addWidget(m_tree);
    m_lists->addWidget(m_results);
    m_view = new QTextBrowser(split);
    m_view->setObjectName(QStringLiteral("kbArticle"));
    m_view->setOpenExternalLinks(false);
    m_view->setPlaceholderText(tr("Choose an article in the tree or search for one."));
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);

    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *buttons = new QHBoxLayout;
    m_attach = new QPushButton(tr("Attach to the case"), this);
    m_attach->setObjectName(QStringLiteral("kbAttach"));
    buttons->addWidget(m_attach);
    m_editBar = new QWidget(this);
    auto *edit = new QHBoxLayout(m_editBar);
    edit->setContentsMargins(0, 0, 0, 0);
    auto addButton = [&](const QString &name, const QString &text, auto slot) {
        auto *b = new QPushButton(text, m_editBar);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, slot);
        edit->addWidget(b);
        return b;
    };
    addButton(QStringLiteral("kbNewArticle"), tr("New article"), [this] { editArticle(true); });
    addButton(QStringLiteral("kbEditArticle"), tr("Edit"), [this] { editArticle(false); });
    addButton(QStringLiteral("kbNewFolder"), tr("New folder"), [this] { editFolder(true); });
    addButton(QStringLiteral("kbEditFolder"), tr("Rename / move folder"), [this] { editFolder(false); });
    addButton(QStringLiteral("kbDelete"), tr("Delete"), [this] { removeSelected(); });
    addButton(QStringLiteral("kbHistory"), tr("History"), [this] { showHistory(); });
    addButton(QStringLiteral("kbDeleted"), tr("Deleted articles"), [this] { showDeleted(); });
    buttons->addWidget(m_editBar);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    // Ctrl+Shift+K attaches the open article to the open case, from anywhere in the panel.
    auto *attach = new QAction(this);
    attach->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    attach->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(attach);
    connect(attach, &QAction::triggered, m_attach, &QPushButton::click);
    connect(m_attach, &QPushButton::clicked, this, [this] {
        if (!m_shown.meta.id.isEmpty() && m_caseOpen)
            Q_EMIT attachRequested(m_shown.meta.id, m_shown.title);
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] { search(m_search->text()); });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &t) {
        if (t.trimmed().isEmpty())
            m_lists->setCurrentWidget(m_tree);
    });
    field->down = [this] {
        QAbstractItemView *list =
            m_lists->currentWidget() == m_results ? static_cast<QAbstractItemView *>(m_results) : m_tree;
        list->setFocus();
        if (!list->currentIndex().isValid() && list->model()->rowCount() > 0)
            list->setCurrentIndex(list->model()->index(0, 0));
    };
    connect(m_results, &QListWidget::itemActivated, this, [this] { onResultActivated(); });
    connect(m_results, &QListWidget::currentRowChanged, this, [this] { onResultActivated(); });
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex &i) {
        if (!i.data(KnowledgeModel::IsFolderRole).toBool())
            showArticle(i.data(KnowledgeModel::IdRole).toString());
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &i) {
                if (i.isValid() && !i.data(KnowledgeModel::IsFolderRole).toBool())
                    showArticle(i.data(KnowledgeModel::IdRole).toString());
            });
    setEditor(false);
    setCaseOpen(false);
    reload();
}

void KnowledgePanel::setEditor(bool editor)
{
    m_editor = editor;
    m_editBar->setVisible(editor);
    reload();
}

void KnowledgePanel::setCaseOpen(bool open)
{
    m_caseOpen = open;
    m_attach->setEnabled(open);
    m_attach->setToolTip(open ? tr("Attach this article to the open case (Ctrl+Shift+K)")
                              : tr("No case is open: open one first (Ctrl+E) to attach articles to it."));
}

void KnowledgePanel::reload()
{
    if (!m_replica)
        return;
    const QString shown = m_shown.meta.id;
    if (Status s = m_model->reload(*m_replica, m_editor); !s) {
        qCWarning(lcKnowledge) << "knowledge base:" << s.error().toString();
        m_status->setText(tr("The knowledge base cannot be read: %1").arg(s.error().message));
        return;
    }
    m_tree->expandToDepth(0);
    if (!shown.isEmpty()) {
        auto still = store::KbArticleRepository(*m_replica).get(shown);
        if (still)
            showArticle(shown);
        else {
            m_shown = core::KbArticle{};
            m_view->clear();
            m_status->setText(tr("The article shown was deleted."));
        }
    }
}

void KnowledgePanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void KnowledgePanel::search(const QString &text)
{
    m_results->clear();
    const QString query = text.trimmed();
    if (query.isEmpty() || !m_replica) {
        m_lists->setCurrentWidget(m_tree);
        return;
    }
    auto found = store::KbArticleRepository(*m_replica).search(query, 50);
    if (!found) {
        m_status->setText(tr("The search failed: %1").arg(found.error().message));
        return;
    }
    // Few articles match; those with the words in their title come first, then in their tags.
    const QStringList words = query.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    auto rank = [&words](const core::KbArticle &a) {
        auto all = [&words](const QString &text) {
            return std::all_of(words.cbegin(), words.cend(),
                               [&text](const QString &w) { return text.contains(w, Qt::CaseInsensitive); });
        };
        return all(a.title) ? 0 : all(a.tags.join(QLatin1Char(' '))) ? 1 : 2;
    };
    std::stable_sort(
        found->begin(), found->end(),
        [&rank](const core::KbArticle &a, const core::KbArticle &b) { return rank(a) < rank(b); });
    int shown = 0;
    for (const core::KbArticle &a : std::as_const(*found)) {
        if (!m_editor && a.status != core::ArticleStatus::Published)
            continue;
        auto *item = new QListWidgetItem(
            QStringLiteral("%1\n%2 · %3")
                .arg(a.title, folderPath(m_model->folders(), a.folderId), snippet(a, query)),
            m_results);
        item->setData(Qt::UserRole, a.meta.id);
        item->setData(Qt::UserRole + 1, a.title);
        ++shown;
    }
    m_lists->setCurrentWidget(m_results);
    m_status->setText(shown ? tr("%n article(s) found; Down and Enter to read.", nullptr, shown)
                            : tr("Nothing found for \"%1\".").arg(query));
}

QStringList KnowledgePanel::resultTitles() const
{
    QStringList out;
    for (int i = 0; i < m_results->count(); ++i)
        out.append(m_results->item(i)->data(Qt::UserRole + 1).toString());
    return out;
}

void KnowledgePanel::onResultActivated()
{
    if (QListWidgetItem *item = m_results->currentItem())
        showArticle(item->data(Qt::UserRole).toString());
}

void KnowledgePanel::showArticle(const QString &articleId)
{
    if (!m_replica)
        return;
    auto a = store::KbArticleRepository(*m_replica).get(articleId);
    if (!a) {
        m_status->setText(tr("The article cannot be read: %1").arg(a.error().message));
        return;
    }
    m_shown = *a;
    m_view->setMarkdown(markdownOf(*a));
    QString who = a->meta.updatedBy;
    if (auto account = store::AccountRepository(*m_replica).get(who))
        who = account->displayName;
    m_status->setText(
        tr("%1 · version %2 · last changed %3 by %4")
            .arg(folderPath(m_model->folders(), a->folderId))
            .arg(a->meta.version)
            .arg(QLocale().toString(a->meta.updatedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")),
                 who));
}

QString KnowledgePanel::shownText() const
{
    return m_view->toPlainText();
}

QString KnowledgePanel::currentFolderId() const
{
    const QModelIndex i = m_tree->currentIndex();
    if (!i.isValid())
        return m_shown.folderId;
    return i.data(KnowledgeModel::IsFolderRole).toBool() ? i.data(KnowledgeModel::IdRole).toString()
                                                         : i.data(KnowledgeModel::FolderIdRole).toString();
}

Status KnowledgePanel::write(core::RecordKind kind, const QCborMap &record, const QString &id, qint64 basedOn,
                             bool remove)
{
    if (!m_sync)
        return makeError(ErrorCode::Io, tr("Not connected to a hub: the knowledge base cannot be changed."));
    if (!m_editor)
        return makeError(ErrorCode::Forbidden,
                         tr("Only supervisors and administrators edit the knowledge base."));
    protocol::WriteRequest request;
    request.kind = kind;
    request.op = remove ? protocol::WriteOp::Delete : protocol::WriteOp::Put;
    request.record = record;
    request.recordId = id;
    request.basedOnVersion = basedOn;
    auto key = m_sync->write(request);
    if (!key)
        return key.error();
    return {};
}

Status KnowledgePanel::saveArticle(const core::KbArticle &article, qint64 basedOnVersion)
{
    if (Status s = article.validate(); !s)
        return s;
    return write(core::RecordKind::KbArticle, article.toCbor(), article.meta.id, basedOnVersion, false);
}

Status KnowledgePanel::deleteArticle(const QString &articleId)
{
    auto a =
        m_replica ? store::KbArticleRepository(*m_replica).get(articleId) : Result<core::KbArticle>(Error{});
    if (!a)
        return a.error();
    return write(core::RecordKind::KbArticle, {}, articleId, a->meta.version, true);
}

Status KnowledgePanel::saveFolder(const core::KbFolder &folder, qint64 basedOnVersion)
{
    if (Status s = folder.validate(); !s)
        return s;
    if (!folder.parentId.isEmpty() && isWithin(m_model->folders(), folder.parentId, folder.meta.id))
        return makeError(ErrorCode::Invalid,
                         tr("A folder cannot be moved into itself or into one of its own folders."),
                         QStringLiteral("parentId"));
    return write(core::RecordKind::KbFolder, folder.toCbor(), folder.meta.id, basedOnVersion, false);
}

Status KnowledgePanel::deleteFolder(const QString &folderId)
{
    const QModelIndex i = m_model->findFolder(folderId);
    if (i.isValid() && m_model->rowCount(i) > 0)
        return makeError(ErrorCode::Invalid,
                         tr("Only an empty folder can be deleted: move or delete what is in it first."));
    if (!m_replica)
        return makeError(ErrorCode::Io, tr("Not connected to a hub: the knowledge base cannot be changed."));
    auto f = store::KbFolderRepository(*m_replica).get(folderId);
    if (!f)
        return f.error();
    return write(core::RecordKind::KbFolder, {}, folderId, f->meta.version, true);
}

void KnowledgePanel::editArticle(bool create)
{
    core::KbArticle article;
    if (create) {
        article.meta.id = core::RecordMeta::newId();
        article.folderId = currentFolderId();
    } else {
        if (m_shown.meta.id.isEmpty()) {
            m_status->setText(tr("Choose the article to edit first."));
            return;
        }
        article = m_shown;
    }
    ArticleEditor editor(article, m_model->folders(), this);
    while (editor.exec() == QDialog::Accepted) {
        auto edited = editor.result();
        if (!edited)
            continue; // the problems are shown next to their fields
        if (Status s = saveArticle(*edited, create ? 0 : article.meta.version); !s) {
            QMessageBox::warning(this, tr("Knowledge base"), s.error().message);
            continue;
        }
        m_status->setText(tr("Saved; every seat gets the change from the hub."));
        break;
    }
}

void KnowledgePanel::editFolder(bool create)
{
    core::KbFolder folder;
    if (create) {
        folder.meta.id = core::RecordMeta::newId();
        folder.parentId = currentFolderId();
    } else {
        const QModelIndex i = m_tree->currentIndex();
        if (!i.isValid() || !i.data(KnowledgeModel::IsFolderRole).toBool() || !m_replica) {
            m_status->setText(tr("Choose the folder in the tree first."));
            return;
        }
        auto f = store::KbFolderRepository(*m_replica).get(i.data(KnowledgeModel::IdRole).toString());
        if (!f)
            return;
        folder = *f;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(create ? tr("New folder") : tr("Rename or move the folder"));
    auto *form = new QFormLayout(&dialog);
    auto *name = new QLineEdit(folder.name, &dialog);
    auto *parent = new QComboBox(&dialog);
    parent->addItem(tr("(top level)"), QString());
    for (const core::KbFolder &f : m_model->folders()) {
        if (!create && isWithin(m_model->folders(), f.meta.id, folder.meta.id))
            continue; // not into itself or below itself
        parent->addItem(folderPath(m_model->folders(), f.meta.id), f.meta.id);
    }
    parent->setCurrentIndex(std::max(0, parent->findData(folder.parentId)));
    auto *error = new QLabel(&dialog);
    error->setStyleSheet(QStringLiteral("color: #c62828;"));
    form->addRow(tr("Name:"), name);
    form->addRow(tr("In:"), parent);
    form->addRow(error);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(box);
    connect(box, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    while (dialog.exec() == QDialog::Accepted) {
        core::KbFolder changed = folder;
        changed.name = name->text().trimmed();
        changed.parentId = parent->currentData().toString();
        if (Status s = saveFolder(changed, create ? 0 : folder.meta.version); !s) {
            error->setText(s.error().message);
            continue;
        }
        break;
    }
}

void KnowledgePanel::removeSelected()
{
    const QModelIndex i = m_tree->currentIndex();
    const bool folder =
        i.isValid() && i.data(KnowledgeModel::IsFolderRole).toBool() && m_lists->currentWidget() == m_tree;
    const QString id = folder ? i.data(KnowledgeModel::IdRole).toString() : m_shown.meta.id;
    if (id.isEmpty()) {
        m_status->setText(tr("Choose the article or folder to delete first."));
        return;
    }
    const QString what = folder ? i.data().toString() : m_shown.title;
    if (QMessageBox::question(this, tr("Delete"),
                              tr("Delete \"%1\"? Its history stays on the hub.").arg(what))
        != QMessageBox::Yes)
        return;
    const Status s = folder ? deleteFolder(id) : deleteArticle(id);
    m_status->setText(s ? tr("Deleted.") : s.error().message);
}

void KnowledgePanel::showHistory()
{
    if (m_shown.meta.id.isEmpty() || !m_sync) {
        m_status->setText(tr("Choose the article first."));
        return;
    }
    auto *dialog = new ArticleHistoryDialog(m_shown.meta.id, m_editor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = m_shown.meta.id;
    connect(m_sync, &sync::SyncClient::historyReceived, dialog,
            [dialog, id](const protocol::RecordHistory &h) {
                if (h.recordId == id)
                    dialog->setHistory(h);
            });
    connect(m_sync, &sync::SyncClient::historyFailed, dialog,
            [dialog, id](core::RecordKind, const QString &rid, const Error &e) {
                if (rid == id)
                    dialog->showError(e.message);
            });
    connect(dialog, &ArticleHistoryDialog::restoreRequested, this, [this](const core::KbArticle &old) {
        auto current = store::KbArticleRepository(*m_replica).get(old.meta.id);
        const qint64 basedOn = current ? current->meta.version : 0;
        Status s = saveArticle(old, basedOn);
        m_status->setText(s ? tr("The old version is saved as the newest one.") : s.error().message);
    });
    dialog->show();
    m_sync->requestHistory(core::RecordKind::KbArticle, id);
}

void KnowledgePanel::showDeleted()
{
    if (!m_sync) {
        m_status->setText(tr("Not connected to a hub: the knowledge base cannot be changed."));
        return;
    }
    auto *dialog = new ArticleHistoryDialog(QString(), m_editor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_sync, &sync::SyncClient::historyReceived, dialog, [dialog](const protocol::RecordHistory &h) {
        if (h.recordId.isEmpty() && h.kind == core::RecordKind::KbArticle)
            dialog->setHistory(h);
    });
    connect(m_sync, &sync::SyncClient::historyFailed, dialog,
            [dialog](core::RecordKind, const QString &rid, const Error &e) {
                if (rid.isEmpty())
                    dialog->showError(e.message);
            });
    connect(dialog, &ArticleHistoryDialog::restoreRequested, this,
            [this, dialog](const core::KbArticle &old) {
                // Not in the replica any more: a new version on top of its history (the hub numbers it on).
                Status s = saveArticle(old, 0);
                m_status->setText(s ? tr("\"%1\" is restored.").arg(old.title) : s.error().message);
                if (s)
                    dialog->close();
            });
    dialog->show();
    m_sync->requestHistory(core::RecordKind::KbArticle, QString());
}

// ---- the editor -------------------------------------------------------------------------------

ArticleEditor::ArticleEditor(core::KbArticle article, const QList<core::KbFolder> &folders, QWidget *parent)
    : QDialog(parent)
    , m_article(std::move(article))
{
    setWindowTitle(m_article.meta.version == 0 ? tr("New article") : tr("Edit article"));
    auto *form = new QFormLayout(this);
    auto error = [this] {
        auto *l = new QLabel(this);
        l->setStyleSheet(QStringLiteral("color: #c62828;"));
        l->hide();
        return l;
    };
    m_title = new QLineEdit(m_article.title, this);
    m_title->setObjectName(QStringLiteral("kbEditTitle"));
    m_titleError = error();
    form->addRow(tr("&Title:"), m_title);
    form->addRow(m_titleError);
    m_folder = new QComboBox(this);
    m_folder->setObjectName(QStringLiteral("kbEditFolder"));
    for (const core::KbFolder &f : folders)
        m_folder->addItem(folderPath(folders, f.meta.id), f.meta.id);
    m_folder->setCurrentIndex(m_folder->findData(m_article.folderId));
    m_folderError = error();
    form->addRow(tr("&Folder:"), m_folder);
    form->addRow(m_folderError);
    m_tags = new QLineEdit(m_article.tags.join(QStringLiteral("、")), this);
    m_tags->setPlaceholderText(tr("Words agents search for, separated by 、 or commas"));
    form->addRow(tr("Ta&gs:"), m_tags);
    m_status = new QComboBox(this);
    for (auto st :
         {core::ArticleStatus::Draft, core::ArticleStatus::Published, core::ArticleStatus::Archived})
        m_status->addItem(core::label(st), int(st));
    m_status->setCurrentIndex(m_status->findData(int(m_article.status)));
    form->addRow(tr("&Status:"), m_status);
    auto *split = new QSplitter(Qt::Horizontal, this);
    m_body = new QPlainTextEdit(m_article.body, split);
    m_body->setObjectName(QStringLiteral("kbEditBody"));
    m_preview = new QTextBrowser(split);
    m_preview->setMarkdown(m_article.body);
    connect(m_body, &QPlainTextEdit::textChanged, this,
            [this] { m_preview->setMarkdown(m_body->toPlainText()); });
    m_bodyError = error();
    form->addRow(tr("&Text (Markdown):"), split);
    form->addRow(m_bodyError);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    form->addRow(box);
    connect(box, &QDialogButtonBox::accepted, this, [this] {
        if (result())
            accept();
    });
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(900, 640);
}

void ArticleEditor::setTitle(const QString &title)
{
    m_title->setText(title);
}

void ArticleEditor::setBody(const QString &markdown)
{
    m_body->setPlainText(markdown);
}

void ArticleEditor::setFolder(const QString &folderId)
{
    m_folder->setCurrentIndex(m_folder->findData(folderId));
}

Result<core::KbArticle> ArticleEditor::result()
{
    core::KbArticle a = m_article;
    a.title = m_title->text().trimmed();
    a.folderId = m_folder->currentData().toString();
    a.tags = splitTags(m_tags->text());
    a.status = core::ArticleStatus(m_status->currentData().toInt());
    a.body = m_body->toPlainText();
    const QList<Error> problems = a.problems();
    for (QLabel *l : {m_titleError, m_folderError, m_bodyError})
        l->hide();
    for (const Error &e : problems) {
        QLabel *l = e.field == QLatin1String("title")      ? m_titleError
                    : e.field == QLatin1String("folderId") ? m_folderError
                                                           : m_bodyError;
        l->setText(e.message);
        l->show();
    }
    if (!problems.isEmpty())
        return problems.first();
    return a;
}

// ---- the history ------------------------------------------------------------------------------

ArticleHistoryDialog::ArticleHistoryDialog(const QString &articleId, bool editor, QWidget *parent)
    : QDialog(parent)
    , m_articleId(articleId)
{
    setWindowTitle(articleId.isEmpty() ? tr("Deleted articles") : tr("History of the article"));
    auto *layout = new QVBoxLayout(this);
    m_status = new QLabel(tr("Asking the hub…"), this);
    layout->addWidget(m_status);
    auto *split = new QSplitter(Qt::Horizontal, this);
    m_list = new QListWidget(split);
    m_list->setObjectName(QStringLiteral("kbHistoryList"));
    m_view = new QTextBrowser(split);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    m_restore = new QPushButton(tr("Restore this version"), this);
    m_restore->setVisible(editor);
    m_restore->setEnabled(false);
    layout->addWidget(m_restore, 0, Qt::AlignRight);
    connect(m_list, &QListWidget::currentRowChanged, this, &ArticleHistoryDialog::selectVersion);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row < 0 || row >= m_history.versions.size())
            return;
        const auto &v = m_history.versions[m_history.versions.size() - 1 - row];
        auto a = core::KbArticle::fromCbor(QCborValue::fromCbor(v.record));
        if (a)
            Q_EMIT restoreRequested(*a);
    });
    resize(860, 520);
}

void ArticleHistoryDialog::setHistory(const protocol::RecordHistory &history)
{
    m_history = history;
    m_list->clear();
    const bool deletedList = m_articleId.isEmpty();
    if (deletedList) { // already newest first: one deletion per article, with the article before it
        std::reverse(m_history.versions.begin(), m_history.versions.end());
        for (auto it = m_history.versions.crbegin(); it != m_history.versions.crend(); ++it) {
            const auto a = core::KbArticle::fromCbor(QCborValue::fromCbor(it->record));
            const QString who = it->authorName.isEmpty() ? it->author : it->authorName;
            m_list->addItem(
                tr("%1\ndeleted %2 by %3")
                    .arg(a ? a->title : tr("(cannot be read)"),
                         QLocale().toString(it->at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")), who));
        }
        m_status->setText(
            tr("%n deleted article(s), newest first.", nullptr, int(m_history.versions.size())));
        if (m_list->count() > 0)
            m_list->setCurrentRow(0);
        return;
    }
    for (auto it = history.versions.crbegin(); it != history.versions.crend(); ++it) { // newest first
        const QString who = it->authorName.isEmpty() ? it->author : it->authorName;
        m_list->addItem(
            QStringLiteral("%1  %2\n%3%4")
                .arg(tr("v%1").arg(it->version),
                     QLocale().toString(it->at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")), who,
                     it->deleted ? QStringLiteral(" · ") + tr("deleted")
                                 : (it->seat.isEmpty() ? QString() : QStringLiteral(" · ") + it->seat)));
    }
    m_status->setText(tr("%n version(s), newest first.", nullptr, int(history.versions.size())));
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

void ArticleHistoryDialog::showError(const QString &message)
{
    m_status->setText(tr("The history cannot be read: %1").arg(message));
}

int ArticleHistoryDialog::versionCount() const
{
    return m_list->count();
}

QString ArticleHistoryDialog::shownText() const
{
    return m_view->toPlainText();
}

void ArticleHistoryDialog::selectVersion(int row)
{
    if (row < 0 || row >= m_history.versions.size())
        return;
    m_list->setCurrentRow(row);
    const auto &v = m_history.versions[m_history.versions.size() - 1 - row];
    if (v.deleted && v.record.isEmpty()) {
        m_view->setPlainText(tr("(deleted in this version)"));
        m_restore->setEnabled(false);
        return;
    }
    auto a = core::KbArticle::fromCbor(QCborValue::fromCbor(v.record));
    m_view->setMarkdown(a ? markdownOf(*a) : tr("(this version cannot be read)"));
    m_restore->setEnabled(a.ok() && (row > 0 || m_articleId.isEmpty()));
}

} // namespace safelink::desk
