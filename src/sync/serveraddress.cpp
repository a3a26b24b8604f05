#include "serveraddress.h"

#include <QHostAddress>

bool ServerAddress::isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool ServerAddress::protectsCredentials(const QUrl &url)
{
    if (url.scheme() == QLatin1String("https"))
        return true;
    return url.scheme() == QLatin1String("http") && isLoopback(url);
}

QString ServerAddress::refusal(const QUrl &url, const QString &secret)
{
    if (protectsCredentials(url))
        return {};
    return QStringLiteral("phones would send their %1 unprotected to %2: give --server the https:// address "
                          "(http:// only for 127.0.0.1 or localhost)").arg(secret, url.host().left(80));
}
