// safelink-desk: the agent's and supervisor's workstation. Wiring only: the window and its logic
// live in modules/desk, the hub connection in modules/sync.
#include <safelink/core/crashreport.h>
#include <safelink/desk/audiodevicesdialog.h>
#include <safelink/desk/callarchiver.h>
#include <safelink/desk/desksession.h>
#include <safelink/desk/devicesettings.h>
#include <safelink/desk/mainwindow.h>
#include <safelink/desk/recentcalls.h>
#include <safelink/desk/signindialog.h>
#include <safelink/i18n/translations.h>
#include <safelink/net/keys.h>
#include <safelink/store/database.h>
#include <safelink/store/repositories.h>
#include <safelink/sync/replica.h>
#include <safelink/sync/syncclient.h>
#include <safelink/telephony/phone.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

#include <safelink/map/webengine.h>

#include <cstdio>
#include <memory>

int main(int argc, char **argv)
{
    safelink::core::installCrashReport("safelink-desk");
    QElapsedTimer sinceStart;
    sinceStart.start();
    safelink::map::prepareWebEngine();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("safelink-desk"));
    QApplication::setOrganizationName(QStringLiteral("Safelink"));
    QApplication::setApplicationVersion(QStringLiteral(SAFELINK_VERSION));

    // The language must be known before any text is built, so read --lang by hand first.
    QString language = safelink::i18n::defaultLanguage();
    const QStringList args = QApplication::arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--lang")); i >= 0 && i + 1 < args.size())
        language = args.at(i + 1);
    safelink::i18n::install(app, language);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Safelink agent desk"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("lang"),
                      QApplication::translate("main", "User interface language (zh_CN, en)."),
                      QStringLiteral("language")});
    parser.addOption({QStringLiteral("hub"),
                      QApplication::translate("main", "The hub's address, HOST:PORT (remembered)."),
                      QStringLiteral("address")});
    parser.addOption({QStringLiteral("login"),
                      QApplication::translate("main", "Sign in with this login (remembered)."),
                      QStringLiteral("login")});
    parser.addOption({QStringLiteral("password-file"),
                      QApplication::translate("main", "Read the password from this file."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("seat"),
                      QApplication::translate("main", "This seat's name (remembered)."),
                      QStringLiteral("name")});
    parser.addOption(
        {QStringLiteral("replica"),
         QApplication::translate("main", "The local replica database (default in the user's data folder)."),
         QStringLiteral("file")});
    parser.addOption({QStringLiteral("sip-proxy"),
                      QApplication::translate("main", "The center's SIP proxy, sip:HOST:PORT (remembered)."),
                      QStringLiteral("uri")});
    parser.addOption({QStringLiteral("sip-user"),
                      QApplication::translate("main", "This seat's extension (remembered)."),
                      QStringLiteral("extension")});
    parser.addOption(
        {QStringLiteral("sip-password-file"),
         QApplication::translate("main", "Read the extension's password from this file (remembered)."),
         QStringLiteral("file")});
    parser.addOption(
        {QStringLiteral("area-code"),
         QApplication::translate("main", "The center's telephone area code, e.g. 20 (remembered)."),
         QStringLiteral("code")});
    parser.addOption(
        {QStringLiteral("report-startup"),
         QApplication::translate("main", "Print when the window is shown and when the seat is ready "
                                         "(signed in and up to date), in ms; quit when ready.")});
    parser.addOption({QStringLiteral("screenshot"),
                      QApplication::translate("main", "Save a picture of the window to <file> and quit."),
                      QStringLiteral("file")});
    parser.process(app);

    safelink::desk::MainWindow window;
    window.show();

    // The hub connection: from the command line, else from what was remembered last time.
    QSettings settings;
    for (const char *key : {"hub", "login", "seat", "area-code"}) {
        if (parser.isSet(QLatin1String(key)))
            settings.setValue(QLatin1String(key), parser.value(QLatin1String(key)));
    }
    // Sign-in: the password comes from --password-file, else from the sign-in dialog, unless the
    // replica still holds a session of this login (then no password is needed until it ends).
    const bool interactive =
        !parser.isSet(QStringLiteral("report-startup")) && !parser.isSet(QStringLiteral("screenshot"));
    QString password;
    if (parser.isSet(QStringLiteral("password-file"))) {
        QFile f(parser.value(QStringLiteral("password-file")));
        if (f.open(QIODevice::ReadOnly))
            password = QString::fromUtf8(f.readLine()).trimmed();
    }
    auto prefill = [&settings] {
        safelink::desk::SignIn in;
        const QString hub = settings.value(QStringLiteral("hub")).toString();
        if (!safelink::desk::SignIn::parseAddress(hub, &in.host, &in.port))
            in.host = hub;
        in.login = settings.value(QStringLiteral("login")).toString();
        in.seat = settings.value(QStringLiteral("seat")).toString();
        return in;
    };
    // Shows the dialog; false when the agent chose to work without the center.
    auto askSignIn = [&](const QString &error, const QByteArray &hubKey) {
        safelink::desk::SignInDialog dialog(prefill(), &window);
        dialog.setError(error);
        dialog.setFingerprint(hubKey.isEmpty() ? QString() : safelink::net::fingerprint(hubKey));
        if (dialog.exec() != QDialog::Accepted)
            return false;
        const safelink::desk::SignIn in = dialog.signIn();
        settings.setValue(QStringLiteral("hub"), in.address()); // never the password
        settings.setValue(QStringLiteral("login"), in.login);
        settings.setValue(QStringLiteral("seat"), in.seat);
        password = in.password;
        return true;
    };
    std::unique_ptr<safelink::store::Database> replicaDb;
    std::unique_ptr<safelink::sync::Replica> replica;
    std::unique_ptr<safelink::sync::SyncClient> client;
    if (settings.value(QStringLiteral("hub")).toString().isEmpty() && interactive)
        askSignIn(QString(), {});
    const QString hub = settings.value(QStringLiteral("hub")).toString();
    if (!hub.isEmpty()) {
        const QString replicaPath =
            parser.isSet(QStringLiteral("replica"))
                ? parser.value(QStringLiteral("replica"))
                : QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                      .filePath(QStringLiteral("replica.sqlite"));
        auto db = safelink::store::Database::open(safelink::store::DatabaseConfig{.path = replicaPath});
        if (safelink::Status s = db ? (*db)->migrate() : safelink::Status(db.error()); !s) {
            QMessageBox::critical(&window, QApplication::translate("main", "Safelink"), s.error().toString());
        } else {
            replicaDb = std::move(db).value();
            replica = std::make_unique<safelink::sync::Replica>(*replicaDb);
            safelink::sync::SyncConfig config;
            safelink::desk::SignIn::parseAddress(hub, &config.host, &config.port);
            config.login = settings.value(QStringLiteral("login")).toString();
            config.seat = settings.value(QStringLiteral("seat")).toString();
            client = std::make_unique<safelink::sync::SyncClient>(*replica, config);
            if (password.isEmpty() && !client->hasSession() && interactive)
                askSignIn(QString(), client->hubKey());
            client->setCredentials(settings.value(QStringLiteral("login")).toString(), password);
            auto show = [&window, &client] {
                window.showSync(client->state(), client->pendingWrites());
            };
            QObject::connect(client.get(), &safelink::sync::SyncClient::stateChanged, &window, show);
            QObject::connect(client.get(), &safelink::sync::SyncClient::pendingChanged, &window, show);
            // Refused (wrong password, locked): the dialog again, with the hub's reason.
            QObject::connect(client.get(), &safelink::sync::SyncClient::signInFailed, &window,
                             [&, interactive](const safelink::Error &e) {
                                 if (!interactive) {
                                     window.showWarning(e.message);
                                     return;
                                 }
                                 QTimer::singleShot(0, &window, [&, message = e.message] {
                                     if (!askSignIn(message, client->hubKey())) {
                                         window.showWarning(message);
                                         return;
                                     }
                                     client->setCredentials(
                                         settings.value(QStringLiteral("login")).toString(), password);
                                     client->start();
                                 });
                             });
            // First connection to this hub: say which key is now trusted, to compare with the admin's.
            QObject::connect(client.get(), &safelink::sync::SyncClient::hubKeyLearned, &window,
                             [&window](const QByteArray &key) {
                                 window.showStatusMessage(
                                     QApplication::translate("main", "This seat now trusts the center key %1")
                                         .arg(safelink::net::fingerprint(key)));
                             });
            show();
            client->start();
        }
    }

    // The softphone: on its own thread; the window only shows what it reports.
    for (const char *key : {"sip-proxy", "sip-user", "sip-password-file"}) {
        if (parser.isSet(QLatin1String(key)))
            settings.setValue(QStringLiteral("sip/") + QLatin1String(key), parser.value(QLatin1String(key)));
    }
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    safelink::telephony::EngineConfig phoneConfig;
    phoneConfig.dataDir = dataDir + QStringLiteral("/sip");
    phoneConfig.recordDir = dataDir + QStringLiteral("/recordings-in-progress");
    safelink::telephony::Phone phone(phoneConfig);
    auto savedDevices = [&settings] {
        return safelink::desk::loadDevicePreferences(settings);
    };
    QObject::connect(&phone, &safelink::telephony::Phone::registrationChanged, &window,
                     [&window](safelink::telephony::RegistrationState state, const QString &message) {
                         window.showPhone(state, message);
                     });
    QObject::connect(&phone, &safelink::telephony::Phone::failed, &window,
                     [&window](const QString &message) { window.showWarning(message); });
    QObject::connect(&phone, &safelink::telephony::Phone::deviceFallback, &window,
                     [&window](const QString &message) { window.showWarning(message); });
    QObject::connect(&phone, &safelink::telephony::Phone::devicesChanged, &window,
                     [&window, &savedDevices](const QList<safelink::telephony::AudioDevice> &,
                                              const safelink::telephony::DevicePreferences &inUse) {
                         // The agent's headset is back: the warning goes.
                         const auto wanted = savedDevices();
                         if ((wanted.playbackId.isEmpty() || wanted.playbackId == inUse.playbackId)
                             && (wanted.captureId.isEmpty() || wanted.captureId == inUse.captureId))
                             window.showWarning(QString());
                     });
    QObject::connect(&window, &safelink::desk::MainWindow::audioDevicesRequested, &window, [&] {
        safelink::desk::AudioDevicesDialog dialog(phone.devices(), savedDevices(), &window);
        if (dialog.exec() != QDialog::Accepted)
            return;
        const auto chosen = dialog.preferences();
        safelink::desk::saveDevicePreferences(settings, chosen);
        phone.setDevices(chosen);
    });
    phone.start();
    phone.setDevices(savedDevices());
    // After every call: the call record to the hub, the recording sealed and queued for upload.
    std::unique_ptr<safelink::desk::CallArchiver> archiver;
    if (client) {
        archiver = std::make_unique<safelink::desk::CallArchiver>(
            phone, *client,
            safelink::desk::CallArchiver::Config{settings.value(QStringLiteral("seat")).toString(),
                                                 settings.value(QStringLiteral("login")).toString(),
                                                 phoneConfig.recordDir,
                                                 dataDir + QStringLiteral("/recordings-waiting-for-key")});
        QObject::connect(archiver.get(), &safelink::desk::CallArchiver::problem, &window,
                         [&window](const QString &message) { window.showWarning(message); });
        archiver->recover();
    }
    // The agent's work: call bar, screen pop, click-to-call, case forms.
    safelink::desk::DeskSession session(window, phone, replicaDb.get(), client.get(),
                                        {settings.value(QStringLiteral("area-code")).toString(),
                                         settings.value(QStringLiteral("login")).toString()});
    if (archiver)
        archiver->setAnnotator(
            [&session](const safelink::telephony::CallInfo &call, safelink::core::CallRecord &record) {
                session.annotate(call, record);
            });
    QObject::connect(&window, &safelink::desk::MainWindow::recentCallsRequested, &window, [&] {
        if (!replicaDb || !client) {
            window.showWarning(
                QApplication::translate("main", "Not connected to a hub: there are no calls to show."));
            return;
        }
        auto calls = safelink::store::CallRepository(*replicaDb).recent(200);
        safelink::desk::RecentCallsDialog dialog(
            calls.valueOr({}),
            [&client](const QString &id) {
                client->fetchRecording(id, safelink::protocol::RecordingPurpose::Play);
            },
            &window);
        auto fetched = QObject::connect(client.get(), &safelink::sync::SyncClient::recordingFetched, &dialog,
                                        &safelink::desk::RecentCallsDialog::showRecording);
        auto failed = QObject::connect(
            client.get(), &safelink::sync::SyncClient::recordingFetchFailed, &dialog,
            [&dialog](const QString &id, const safelink::Error &e) { dialog.showFetchError(id, e.message); });
        dialog.exec();
        QObject::disconnect(fetched);
        QObject::disconnect(failed);
    });
    // Headsets come and go during a 12-hour shift: look again every few seconds while idle, and when
    // a call starts ringing, so that a missing headset is said before the agent answers, not after.
    QTimer deviceCheck;
    QObject::connect(&deviceCheck, &QTimer::timeout, &phone, [&phone] {
        if (phone.calls().isEmpty())
            phone.reloadDevices();
    });
    deviceCheck.start(5000);
    QObject::connect(&phone, &safelink::telephony::Phone::callChanged, &phone,
                     [&phone](const safelink::telephony::CallInfo &call) {
                         if (call.state == safelink::telephony::CallState::Ringing
                             && phone.calls().size() == 1)
                             phone.reloadDevices();
                     });
    const QString sipProxy = settings.value(QStringLiteral("sip/sip-proxy")).toString();
    const QString sipUser = settings.value(QStringLiteral("sip/sip-user")).toString();
    if (!sipProxy.isEmpty() && !sipUser.isEmpty()) {
        safelink::telephony::AccountConfig account;
        account.proxy = sipProxy;
        account.user = sipUser;
        QFile f(settings.value(QStringLiteral("sip/sip-password-file")).toString());
        if (f.open(QIODevice::ReadOnly))
            account.password = QString::fromUtf8(f.readLine()).trimmed();
        phone.setAccount(account);
    } else if (client) {
        // The seat's line from the hub's seat configuration (safelink-hub seat), also when the desk
        // starts while the hub is away (kept in the replica), and again when the hub changes it.
        auto useHubLine = [&phone](const QString &proxy, const QString &user, const QString &password) {
            if (proxy.isEmpty() || user.isEmpty())
                return;
            safelink::telephony::AccountConfig account;
            account.proxy = proxy;
            account.user = user;
            account.password = password;
            phone.setAccount(account);
        };
        const auto line = client->sipLine();
        useHubLine(line.proxy, line.user, line.password);
        QObject::connect(client.get(), &safelink::sync::SyncClient::sipLineChanged, &phone, useHubLine);
    }

    // Startup figures for tests/bench/bench_desk: first window (painted) and ready (the hub's
    // changes applied, or at once without a hub).
    if (parser.isSet(QStringLiteral("report-startup"))) {
        QTimer::singleShot(0, &window, [&sinceStart] {
            std::printf("startup first_window_ms=%lld\n", sinceStart.elapsed());
            std::fflush(stdout);
        });
        auto ready = [&sinceStart] {
            std::printf("startup ready_ms=%lld\n", sinceStart.elapsed());
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        };
        if (!client)
            QTimer::singleShot(0, &window, ready);
        else
            QObject::connect(client.get(), &safelink::sync::SyncClient::stateChanged, &window,
                             [ready](safelink::sync::SyncState state) {
                                 if (state == safelink::sync::SyncState::Live)
                                     ready();
                             });
    }
    if (parser.isSet(QStringLiteral("screenshot"))) {
        const QString file = parser.value(QStringLiteral("screenshot"));
        QTimer::singleShot(1500, &window, [&window, file] {
            const bool ok = window.grab().save(file);
            QApplication::exit(ok ? 0 : 1);
        });
    }
    return app.exec();
}
