#include "speechdispatcherprobe.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocalSocket>

QString SpeechDispatcherProbe::socketPath()
{
    const QString address = qEnvironmentVariable("SPEECHD_ADDRESS");
    if (address.startsWith(QLatin1String("unix_socket:")))
        return address.mid(int(qstrlen("unix_socket:")));
    if (!address.isEmpty())
        return {};
    QString base = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (base.isEmpty())
        base = QDir::home().filePath(QStringLiteral(".cache"));
    return QDir(base).filePath(QStringLiteral("speech-dispatcher/speechd.sock"));
}

bool SpeechDispatcherProbe::answers(int timeoutMs)
{
    const QString path = socketPath();
    if (path.isEmpty() || !QFileInfo::exists(path))
        return true;
    QElapsedTimer timer;
    timer.start();
    QLocalSocket socket;
    socket.connectToServer(path);
    if (!socket.waitForConnected(timeoutMs)) {
        // Refused: a stale socket, and the plugin starts a new daemon. Not taken within the
        // time (a daemon whose queue is full because it no longer accepts) is a hung one: the
        // plugin's blocking connect would wait for it for ever.
        return socket.error() == QLocalSocket::ConnectionRefusedError
            || socket.error() == QLocalSocket::ServerNotFoundError;
    }
    // SSIP: QUIT is answered "231 HAPPY HACKING" and ends this connection only.
    socket.write("QUIT\r\n");
    socket.flush();
    const int left = int(qMax<qint64>(1, timeoutMs - timer.elapsed()));
    return socket.waitForReadyRead(left) && socket.bytesAvailable() > 0;
}
