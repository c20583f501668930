#pragma once

// A serving collector and /v1/stream clients for the process-level tests:
// the real executable in a QProcess, real QWebSocket clients on 127.0.0.1.

#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>

#include <memory>
#include <optional>

namespace tickerline::test {

inline bool writeFile(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(contents) == contents.size();
}

// A self-signed certificate for 127.0.0.1 and its key, written by openssl
// (scripts/setup installs it) to these PEM files; false with a reason when that fails.
inline bool makeSelfSignedCertificate(const QString &certificate, const QString &key, QString *problem)
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty()) {
        *problem = QStringLiteral("openssl is not installed (scripts/setup installs it)");
        return false;
    }
    QProcess make;
    make.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                         QStringLiteral("-nodes"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), certificate,
                         QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                         QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")});
    if (!make.waitForFinished(60'000) || make.exitCode() != 0) {
        *problem = QString::fromUtf8(make.readAllStandardError());
        return false;
    }
    return true;
}

struct Run
{
    int exitCode = -1;
    QByteArray err;
};

// The collector run to its end (a minute at most).
inline Run runCollector(const QStringList &arguments)
{
    QProcess process;
    endWithThisProcess(process);
    process.start(QStringLiteral(COLLECTOR_PATH), arguments);
    if (!process.waitForFinished(60'000))
        process.kill();
    return {process.exitCode(), process.readAllStandardError()};
}

// `tickerline-collector serve … --listen 127.0.0.1:PORT` (0: any free port,
// read back from its "serving on" line).
class ServeProcess
{
public:
    ServeProcess() { endWithThisProcess(m_process); }
    ~ServeProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    Q_DISABLE_COPY_MOVE(ServeProcess)

    // Starts and waits for the "serving on" line; false when it exits first.
    bool start(const QStringList &arguments, quint16 port = 0)
    {
        m_err.clear();
        m_process.start(QStringLiteral(COLLECTOR_PATH),
                        QStringList{QStringLiteral("serve"), QStringLiteral("--listen"),
                                    QStringLiteral("127.0.0.1:%1").arg(port)}
                            + arguments);
        static const QRegularExpression serving(QStringLiteral("serving on wss?://127\\.0\\.0\\.1:(\\d+)/v1/stream"));
        QRegularExpressionMatch match;
        (void)QTest::qWaitFor([&] {
            match = serving.match(stderrText());
            return match.hasMatch() || m_process.state() == QProcess::NotRunning;
        }, 30'000);
        if (!match.hasMatch())
            return false;
        m_port = quint16(match.captured(1).toUInt());
        return true;
    }

    QString stderrText()
    {
        m_err += m_process.readAllStandardError();
        return QString::fromUtf8(m_err);
    }

    // SIGTERM: commits and exits 0.
    bool stop()
    {
        m_process.terminate();
        const bool finished = m_process.waitForFinished(30'000);
        const bool ok = finished && m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
        if (!ok)
            qWarning().noquote() << "serve did not stop cleanly: finished" << finished << "status"
                                 << m_process.exitStatus() << "code" << m_process.exitCode() << stderrText();
        return ok;
    }

    void kill()
    {
        m_process.kill();
        m_process.waitForFinished();
    }

    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] QUrl url() const { return QUrl(QStringLiteral("ws://127.0.0.1:%1/v1/stream").arg(m_port)); }
    QProcess &process() { return m_process; }

private:
    QProcess m_process;
    QByteArray m_err;
    quint16 m_port = 0;
};

// A client that keeps every message it got, and every tick's sequence.
class StreamClient
{
public:
    StreamClient()
    {
        QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket, [this](const QString &text) {
            const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
            const QString type = object.value(QLatin1String("type")).toString();
            if (type == u"ticks") {
                for (const QJsonValue &tick : object.value(QLatin1String("ticks")).toArray()) {
                    sequences.append(tick.toObject().value(QLatin1String("seq")).toInteger());
                    symbols.append(tick.toObject().value(QLatin1String("symbol")).toString());
                    prices.append(tick.toObject().value(QLatin1String("price")).toDouble());
                    replayFlags.append(object.value(QLatin1String("replay")).toBool());
                }
                upTo = std::max(upTo, object.value(QLatin1String("upTo")).toInteger());
                return;   // kept apart: tens of thousands of them
            }
            messages.append(object);
        });
    }

    void open(const QUrl &url, const QByteArray &token = {})
    {
        QNetworkRequest request(url);
        if (!token.isEmpty())
            request.setRawHeader("Authorization", QByteArrayLiteral("Bearer ") + token);
        socket.open(request);
    }

    void send(const QByteArray &json) { socket.sendTextMessage(QString::fromUtf8(json)); }

    // The first message of this type (and id, when given) received, or an empty object.
    [[nodiscard]] QJsonObject find(const QString &type, const QString &id = {}) const
    {
        for (const QJsonObject &message : messages) {
            if (message.value(QLatin1String("type")).toString() == type
                && (id.isEmpty() || message.value(QLatin1String("id")).toString() == id))
                return message;
        }
        return {};
    }
    [[nodiscard]] bool has(const QString &type, const QString &id = {}) const { return !find(type, id).isEmpty(); }

    QWebSocket socket;
    QList<QJsonObject> messages;
    QList<qint64> sequences;
    QStringList symbols;
    QList<double> prices;
    QList<bool> replayFlags;
    qint64 upTo = 0;
};

} // namespace tickerline::test

namespace tickerline::test {

// A /v1/events client on a bare QTcpSocket: the request written by hand, the
// response head kept, each Server-Sent Event parsed as the spec says (id:,
// data:, retry:, comments), the ticks of "ticks" events kept apart.
class EventStreamClient
{
public:
    EventStreamClient()
    {
        QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [this] { read(); });
    }

    void open(quint16 port, const QByteArray &target, const QByteArray &extraHeaders = {})
    {
        socket.connectToHost(QHostAddress::LocalHost, port);
        request(target, extraHeaders);
    }

    // Over TLS, trusting what tls says (the request goes once encrypted).
    void openTls(quint16 port, const QSslConfiguration &tls, const QByteArray &target)
    {
        socket.setSslConfiguration(tls);
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
        request(target, {});
    }

    void request(const QByteArray &target, const QByteArray &extraHeaders)
    {
        socket.write("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n" + extraHeaders
                     + "\r\n");
    }

    [[nodiscard]] bool hasHead() const { return status != 0; }
    [[nodiscard]] QByteArray header(const QByteArray &name) const
    {
        for (const QByteArray &line : head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().toLower() == name.toLower())
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }
    [[nodiscard]] bool has(const QString &type) const
    {
        for (const QJsonObject &message : messages) {
            if (message.value(QLatin1String("type")).toString() == type)
                return true;
        }
        return false;
    }
    [[nodiscard]] QJsonObject find(const QString &type) const
    {
        for (const QJsonObject &message : messages) {
            if (message.value(QLatin1String("type")).toString() == type)
                return message;
        }
        return {};
    }

    QSslSocket socket;   // plain unless openTls()
    int status = 0;
    QByteArray head;
    QByteArray body;                 // a non-stream answer's body
    QList<QJsonObject> messages;     // every event but ticks
    QList<qint64> sequences;
    QStringList symbols;
    QList<double> prices;
    QList<bool> replayFlags;
    std::optional<qint64> lastEventId;
    bool idsRise = true;             // every id above the one before
    int retryFields = 0;
    int heartbeats = 0;
    int eventsWithoutData = 0;

private:
    void read()
    {
        m_buffer += socket.readAll();
        if (status == 0) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            head = m_buffer.left(end);
            m_buffer.remove(0, end + 4);
            status = head.mid(9, 3).toInt();
        }
        if (header("content-type") != "text/event-stream") {
            body += std::exchange(m_buffer, {});
            return;
        }
        for (qsizetype end = m_buffer.indexOf("\n\n"); end >= 0; end = m_buffer.indexOf("\n\n")) {
            const QByteArray block = m_buffer.left(end);
            m_buffer.remove(0, end + 2);
            event(block);
        }
    }

    void event(const QByteArray &block)
    {
        QByteArray data;
        bool hasData = false;
        for (const QByteArray &line : block.split('\n')) {
            if (line.startsWith(':')) {
                heartbeats += line.contains("heartbeat") ? 1 : 0;
            } else if (line.startsWith("retry: ")) {
                ++retryFields;
            } else if (line.startsWith("id: ")) {
                const qint64 id = line.mid(4).toLongLong();
                idsRise = idsRise && (!lastEventId || id > *lastEventId);
                lastEventId = id;
            } else if (line.startsWith("data: ")) {
                data += line.mid(6);
                hasData = true;
            }
        }
        if (!hasData) {
            eventsWithoutData += block.startsWith(':') || block.startsWith("retry") ? 0 : 1;
            return;
        }
        const QJsonObject object = QJsonDocument::fromJson(data).object();
        if (object.value(QLatin1String("type")).toString() != u"ticks") {
            messages.append(object);
            return;
        }
        for (const QJsonValue &value : object.value(QLatin1String("ticks")).toArray()) {
            const QJsonObject tick = value.toObject();
            sequences.append(tick.value(QLatin1String("seq")).toInteger());
            symbols.append(tick.value(QLatin1String("symbol")).toString());
            prices.append(tick.value(QLatin1String("price")).toDouble());
            replayFlags.append(object.value(QLatin1String("replay")).toBool());
        }
    }

    QByteArray m_buffer;
};

} // namespace tickerline::test
