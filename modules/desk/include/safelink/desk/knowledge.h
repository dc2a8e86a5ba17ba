#pragma once

#include <safelink/core/article.h>
#include <safelink/protocol/sync.h>

#include <QDialog>
#include <QStandardItemModel>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTextBrowser;
class QTreeView;

namespace safelink::store {
class Database;
}
namespace safelink::sync {
class SyncClient;
}

namespace safelink::desk {

// 知识库: the multi-level directory of the replica's folders with their articles, ordered by the
// folders' order then name, articles by title. Agents see published articles; editors (supervisors,
// administrators) see drafts and archived ones too, marked.
class KnowledgeModel : public QStandardItemModel {
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1, IsFolderRole, FolderIdRole };

    explicit KnowledgeModel(QObject *parent = nullptr);

    Status reload(store::Database &db, bool editor);
    QModelIndex findArticle(const QString &id) const;
    QModelIndex findFolder(const QString &id) const;
    const QList<core::KbFolder> &folders() const { return m_folders; }
    int articleCount() const { return m_articles; }

private:
    QList<core::KbFolder> m_folders;
    int m_articles = 0;
};

// A folder's path for lists ("紧急呼援处置流程 / 跌倒"), and whether `candidate` lies under `folder`
// (moving a folder there would make a loop).
QString folderPath(const QList<core::KbFolder> &folders, const QString &folderId);
bool isWithin(const QList<core::KbFolder> &folders, const QString &candidate, const QString &folder);

// The knowledge-base panel: search (Ctrl+K from anywhere), the tree, the article; "attach to the
// case" for the agent; create, edit, move, delete and history for supervisors and administrators.
// Keyboard only: type, Enter, Down/Up through the results, Enter opens, Ctrl+Shift+K attaches.
class KnowledgePanel : public QWidget {
    Q_OBJECT

public:
    KnowledgePanel(store::Database *replica, sync::SyncClient *sync, QWidget *parent = nullptr);

    void setEditor(bool editor);
    bool isEditor() const { return m_editor; }
    // Whether a case is open to attach to (the button says why not otherwise).
    void setCaseOpen(bool open);
    void reload();
    void focusSearch();
    void search(const QString &text);
    // The results of the last search, titles in order.
    QStringList resultTitles() const;
    void showArticle(const QString &articleId);
    QString shownArticleId() const { return m_shown.meta.id; }
    QString shownText() const;
    KnowledgeModel &model() { return *m_model; }

    // Editing (supervisors, administrators); each goes through the outbox. Errors are shown and
    // returned.
    Status saveArticle(const core::KbArticle &article, qint64 basedOnVersion);
    Status deleteArticle(const QString &articleId);
    Status saveFolder(const core::KbFolder &folder, qint64 basedOnVersion);
    Status deleteFolder(const QString &folderId);

Q_SIGNALS:
    void attachRequested(const QString &articleId, const QString &title);

private:
    void onResultActivated();
    void editArticle(bool create);
    void editFolder(bool create);
    void removeSelected();
    void showHistory();
    void showDeleted();
    QString currentFolderId() const;
    Status write(core::RecordKind kind, const QCborMap &record, const QString &id, qint64 basedOn,
                 bool remove);

    store::Database *m_replica;
    sync::SyncClient *m_sync;
    bool m_editor = false;
    bool m_caseOpen = false;
    KnowledgeModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QStackedWidget *m_lists = nullptr;
    QTreeView *m_tree = nullptr;
    QListWidget *m_results = nullptr;
    QTextBrowser *m_view = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_attach = nullptr;
    QWidget *m_editBar = nullptr;
    core::KbArticle m_shown;
};

// Create or edit an article: title, folder, tags, status, Markdown body with its preview; the
// record's own validation shows next to the fields.
class ArticleEditor : public QDialog {
    Q_OBJECT

public:
    ArticleEditor(core::KbArticle article, const QList<core::KbFolder> &folders, QWidget *parent = nullptr);

    // The article as edited, or the problems (also shown next to their fields).
    Result<core::KbArticle> result();
    void setTitle(const QString &title);
    void setBody(const QString &markdown);
    void setFolder(const QString &folderId);

private:
    core::KbArticle m_article;
    QLineEdit *m_title = nullptr;
    QComboBox *m_folder = nullptr;
    QLineEdit *m_tags = nullptr;
    QComboBox *m_status = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QTextBrowser *m_preview = nullptr;
    QLabel *m_titleError = nullptr;
    QLabel *m_folderError = nullptr;
    QLabel *m_bodyError = nullptr;
};

// Every version of an article from the hub: who, when, from which seat; the selected version is
// shown; an editor restores it (saved again as the newest version). With no article id: the deleted
// articles, each as it was before its deletion, for an editor to restore.
class ArticleHistoryDialog : public QDialog {
    Q_OBJECT

public:
    ArticleHistoryDialog(const QString &articleId, bool editor, QWidget *parent = nullptr);

    void setHistory(const protocol::RecordHistory &history);
    void showError(const QString &message);
    int versionCount() const;
    QString shownText() const;
    void selectVersion(int row);

Q_SIGNALS:
    void restoreRequested(const core::KbArticle &version);

private:
    QString m_articleId;
    protocol::RecordHistory m_history;
    QListWidget *m_list = nullptr;
    QTextBrowser *m_view = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_restore = nullptr;
};

} // namespace safelink::desk
