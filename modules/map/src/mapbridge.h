#pragma once

#include <QObject>
#include <QString>

namespace safelink::map {

// The object the page sees as `bridge` over QWebChannel: scenes go out as JSON, the page's reports
// come back through the invokables.
class MapBridge : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

    bool ready = false;

    Q_INVOKABLE void pageReady();
    Q_INVOKABLE void rendered(const QString &summaryJson);
    Q_INVOKABLE void tilesStatus(int loaded, int failed, const QString &mode);
    Q_INVOKABLE void resourceActivated(const QString &id);

Q_SIGNALS:
    void sceneChanged(const QString &json);
    void becameReady();
    void drew(const QString &summaryJson);
    void tilesReported(int loaded, int failed, const QString &mode);
    void resourceClicked(const QString &id);
};

} // namespace safelink::map
