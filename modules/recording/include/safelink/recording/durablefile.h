#pragma once

#include <safelink/core/result.h>

#include <QCoreApplication>
#include <QString>
#include <QTemporaryFile>

namespace safelink::recording {

// A file written the way evidence is written: to a temporary name beside the target (mode 0600
// from the start), then flushed, fsynced, renamed over the target in one step and the folder
// fsynced, so that after a crash or a power cut there is the old file or the whole new one, never a
// part. The temporary file is removed when the object goes without commit().
class DurableFile {
    Q_DECLARE_TR_FUNCTIONS(safelink::recording::DurableFile)

public:
    enum class Existing { Replace, Refuse };

    explicit DurableFile(QString target);
    DurableFile(const DurableFile &) = delete;
    DurableFile &operator=(const DurableFile &) = delete;

    // Creates the target's folder when needed and the temporary file.
    Status open();
    QIODevice &device() { return m_temp; }
    QString temporaryName() const { return m_temp.fileName(); }
    const QString &target() const { return m_target; }

    // Makes the written bytes the target. With Existing::Refuse an existing target is kept and the
    // result is ErrorCode::Conflict.
    Status commit(Existing existing = Existing::Replace);

    // fsync(2) of a folder, so that a rename in it survives a power cut.
    static Status syncFolder(const QString &folder);

private:
    QString m_target;
    QTemporaryFile m_temp;
};

} // namespace safelink::recording
