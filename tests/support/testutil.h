#pragma once

#include <QString>
#include <QTemporaryDir>

#include <ostream>

// GoogleTest prints QStrings as text, not as arrays of UTF-16 units.
inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}

namespace safelink::test {

// A fresh folder under the build tree's temp space, removed when the test ends.
class TempDir {
public:
    TempDir()
        : m_dir(QStringLiteral("/tmp/safelink-test-XXXXXX"))
    {
    }
    QString path() const { return m_dir.path(); }
    QString file(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

// Where the built programs are (set by CMake for every test).
QString binaryDir();
QString sourceDir();

} // namespace safelink::test
