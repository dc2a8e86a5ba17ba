#include <safelink/recording/durablefile.h>

#include "logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace safelink::recording {

DurableFile::DurableFile(QString target)
    : m_target(std::move(target))
{
}

Status DurableFile::open()
{
    const QFileInfo info(m_target);
    if (!QDir().mkpath(info.absolutePath()))
        return makeError(ErrorCode::Io, tr("Cannot create the folder %1.").arg(info.absolutePath()));
    // The temporary name does not end in the target's suffix: folders scanned for "*.slrec" or
    // "*.wav" never pick up a file that is still being written.
    m_temp.setFileTemplate(info.absoluteFilePath() + QStringLiteral(".XXXXXX.part"));
    if (!m_temp.open())
        return makeError(ErrorCode::Io, tr("Cannot write %1: %2").arg(m_target, m_temp.errorString()));
    return {};
}

Status DurableFile::commit(Existing existing)
{
    if (!m_temp.isOpen())
        return makeError(ErrorCode::Internal, tr("Cannot write %1: the file is not open.").arg(m_target));
    if (!m_temp.flush() || ::fsync(m_temp.handle()) != 0)
        return makeError(ErrorCode::Io, tr("Cannot write %1: %2").arg(m_target, m_temp.errorString()));
    m_temp.close();
    const QByteArray from = QFile::encodeName(m_temp.fileName());
    const QByteArray to = QFile::encodeName(QFileInfo(m_target).absoluteFilePath());
    if (existing == Existing::Refuse) {
        // link(2) fails when the target exists: no window in which another writer's file is replaced.
        if (::link(from.constData(), to.constData()) == 0) {
            ::unlink(from.constData());
        } else if (errno == EEXIST) {
            return makeError(ErrorCode::Conflict,
                             tr("%1 exists already; it was not overwritten.").arg(m_target));
        } else if (QFileInfo::exists(m_target)) {
            // A file system without hard links (a FAT memory stick): check, then rename.
            return makeError(ErrorCode::Conflict,
                             tr("%1 exists already; it was not overwritten.").arg(m_target));
        } else if (std::rename(from.constData(), to.constData()) != 0) {
            return makeError(ErrorCode::Io, tr("Cannot write %1: %2").arg(m_target, qt_error_string(errno)));
        }
    } else if (std::rename(from.constData(), to.constData()) != 0) {
        return makeError(ErrorCode::Io, tr("Cannot write %1: %2").arg(m_target, qt_error_string(errno)));
    }
    m_temp.setAutoRemove(false);
    return syncFolder(QFileInfo(m_target).absolutePath());
}

Status DurableFile::syncFolder(const QString &folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return makeError(ErrorCode::Io,
                         tr("Cannot open the folder %1: %2").arg(folder, qt_error_string(errno)));
    const bool synced = ::fsync(fd) == 0;
    const int error = errno;
    ::close(fd);
    if (!synced) {
        qCWarning(lcRecording) << "fsync of folder" << folder << "failed:" << qt_error_string(error);
        return makeError(ErrorCode::Io,
                         tr("Cannot write to the folder %1: %2").arg(folder, qt_error_string(error)));
    }
    return {};
}

} // namespace safelink::recording
