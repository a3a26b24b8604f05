#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

// Test helper of tst_couchdiff: turns one server's answer into a form comparable with the other
// server's. What may differ between two correct CouchDB servers is replaced:
// - revision hashes (CouchDB's depend on its Erlang term encoding) by placeholders numbered in
//   order of appearance, so "the same revision again" is still checked;
// - sequences (CouchDB's are opaque "N-g1AA…" strings; a batch that writes two revisions of
//   one document counts once there, twice in our store) by placeholders numbered in order of
//   appearance of their number N; 0 stays 0;
// - fields naming the installation (uuid, version, sizes, start time, timings).
// One normaliser is used per sequence and per server, so placeholders stay consistent across
// the steps of a sequence.
class CouchDiffNormaliser
{
public:
    QJsonValue normalise(const QJsonValue &value, const QString &key = {})
    {
        static const QSet<QString> installation { "instance_start_time", "sizes", "uuid", "git_sha", "features", "vendor",
                                                  "version", "props", "cluster", "disk_format_version", "execution_time_ms",
                                                  "features_flags", "file", "active", "external", "ref" };
        static const QSet<QString> sequences { "seq", "last_seq", "update_seq", "purge_seq" };
        if (installation.contains(key))
            return QStringLiteral("<installation>");
        if (sequences.contains(key))
            return sequence(value);
        if (key == QLatin1String("bookmark") && value.toString() != QLatin1String("nil"))
            return QStringLiteral("<bookmark>");
        if (value.isObject()) {
            QJsonObject out;
            const QJsonObject in = value.toObject();
            for (auto it = in.begin(); it != in.end(); ++it)
                out.insert(it.key(), normalise(it.value(), it.key()));
            return out;
        }
        if (value.isArray()) {
            QJsonArray out;
            for (const QJsonValue &v : value.toArray())
                out.append(normalise(v));
            return out;
        }
        if (value.isString())
            return text(value.toString());
        return value;
    }

    // A body that is not one JSON value (a continuous feed, an event stream): line by line,
    // each line as JSON where it is, empty (heartbeat) lines left out.
    QJsonValue normaliseBody(const QByteArray &body)
    {
        QJsonParseError error;
        const QJsonDocument whole = QJsonDocument::fromJson(body, &error);
        if (error.error == QJsonParseError::NoError)
            return normalise(whole.isArray() ? QJsonValue(whole.array()) : QJsonValue(whole.object()));
        if (body.isEmpty())
            return QJsonValue();
        QJsonArray lines;
        for (const QByteArray &raw : body.split('\n')) {
            const QByteArray line = raw.trimmed();
            if (line.isEmpty())
                continue;
            const QJsonDocument parsed = QJsonDocument::fromJson(line);
            if (parsed.isObject()) {
                lines.append(normalise(parsed.object()));
            } else if (line.startsWith("data: ") && QJsonDocument::fromJson(line.mid(6)).isObject()) {
                lines.append(QJsonObject { { "data", normalise(QJsonDocument::fromJson(line.mid(6)).object()) } });
            } else if (line.startsWith("id: ")) {
                lines.append(QJsonObject { { "id", sequence(QString::fromUtf8(line.mid(4)).remove(u'"')) } });
            } else {
                lines.append(text(QString::fromUtf8(line)));
            }
        }
        return lines;
    }

private:
    QHash<QString, QString> m_hashes;

    QHash<qint64, QString> m_sequences;

    QJsonValue sequence(const QJsonValue &value)
    {
        bool number = value.isDouble();
        qint64 n = value.toInteger();
        if (value.isString())
            n = value.toString().section(u'-', 0, 0).toLongLong(&number);
        if (!number)
            return value;
        if (n == 0)
            return 0;
        auto found = m_sequences.constFind(n);
        if (found == m_sequences.cend())
            found = m_sequences.insert(n, QStringLiteral("S%1").arg(m_sequences.size() + 1));
        return *found;
    }

    QString placeholder(const QString &hash)
    {
        auto found = m_hashes.constFind(hash);
        if (found == m_hashes.cend())
            found = m_hashes.insert(hash, QStringLiteral("#%1").arg(m_hashes.size() + 1));
        return *found;
    }

    QString text(const QString &s)
    {
        static const QRegularExpression revision(QStringLiteral("^(\\d+)-([0-9a-f]{32})$"));
        // 32 hex digits: a revision hash or a uuid; 40: the name CouchDB gives an index.
        static const QRegularExpression hash(QStringLiteral("^(_design/)?([0-9a-f]{32}|[0-9a-f]{40})$"));
        if (const auto match = revision.match(s); match.hasMatch())
            return match.captured(1) + u'-' + placeholder(match.captured(2));
        if (hash.match(s).hasMatch())
            return placeholder(s);
        return s;
    }
};
