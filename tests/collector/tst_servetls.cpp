// `serve --cert/--key` over real sockets: a self-signed certificate made
// with openssl at test time is refused by default (the message names the
// certificate problem) and accepted with `push --ca`; SSE over TLS 1.2+;
// a plain client at the TLS port gets told why; bad TLS files exit 2.

#include "ServeFixture.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace tickerline;
using namespace tickerline::test;

class TestServeTls final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_cert;
    QString m_key;

    [[nodiscard]] QStringList tlsServe(const QString &db) const
    {
        return {QStringLiteral("--cert"), m_cert, QStringLiteral("--key"), m_key, QStringLiteral("--provider"),
                QStringLiteral("simulated"), QStringLiteral("--symbols"), QStringLiteral("A"), QStringLiteral("--database"),
                db};
    }

    [[nodiscard]] static QStringList push(quint16 port, const QStringList &more)
    {
        return QStringList{QStringLiteral("push"), QStringLiteral("--port"), QString::number(port), QStringLiteral("--count"),
                           QStringLiteral("3"), QStringLiteral("--timeout"), QStringLiteral("3")}
               + more;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty() && !realPartsRequired())
            QSKIP("openssl is not installed");
        QVERIFY(QSslSocket::supportsSsl());
        m_cert = m_dir.filePath(QStringLiteral("cert.pem"));
        m_key = m_dir.filePath(QStringLiteral("key.pem"));
        QString problem;
        QVERIFY2(makeSelfSignedCertificate(m_cert, m_key, &problem), qPrintable(problem));
    }

    void selfSignedIsRefusedByDefaultAndAcceptedWithCa()
    {
        TempFolder folder;
        ServeProcess serve;
        QVERIFY(serve.start(tlsServe(folder.path(QStringLiteral("t.db")))));
        QVERIFY(serve.stderrText().contains(QLatin1String("serving on wss://")));

        const Run refused = runCollector(push(serve.port(), {QStringLiteral("--tls")}));
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("TLS: the server's certificate is not trusted: The certificate is self-signed"),
                 refused.err.constData());

        const Run accepted = runCollector(push(serve.port(), {QStringLiteral("--ca"), m_cert}));
        QVERIFY2(accepted.exitCode == 0, accepted.err.constData());
        QVERIFY(accepted.err.contains("published 3 ticks, every one acknowledged"));
        QVERIFY(serve.stop());
    }

    void eventsOverTls()
    {
        TempFolder folder;
        ServeProcess serve;
        QVERIFY(serve.start(tlsServe(folder.path(QStringLiteral("e.db")))));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(QSslCertificate::fromPath(m_cert));
        EventStreamClient client;
        client.openTls(serve.port(), tls, "/v1/events?symbols=A");
        QTRY_VERIFY_WITH_TIMEOUT(client.sequences.size() >= 3, 20'000);
        QCOMPARE(client.status, 200);
        const QSsl::SslProtocol protocol = client.socket.sessionProtocol();
        QVERIFY2(protocol == QSsl::TlsV1_2 || protocol == QSsl::TlsV1_3, qPrintable(QString::number(int(protocol))));

        // The same client without the CA: the handshake fails on its side, the server says so.
        EventStreamClient untrusting;
        untrusting.openTls(serve.port(), QSslConfiguration::defaultConfiguration(), "/v1/events?symbols=A");
        QSignalSpy errors(&untrusting.socket, &QSslSocket::sslErrors);
        QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), 10'000);
        QCOMPARE(untrusting.status, 0);
        QTRY_VERIFY_WITH_TIMEOUT(serve.stderrText().contains(QLatin1String("TLS handshake with 127.0.0.1 failed")), 10'000);
        client.socket.abort();
        QVERIFY(serve.stop());
    }

    void plainClientAtTlsPortIsToldWhy()
    {
        TempFolder folder;
        ServeProcess serve;
        QVERIFY(serve.start(tlsServe(folder.path(QStringLiteral("p.db")))));
        QNetworkAccessManager manager;
        std::unique_ptr<QNetworkReply> reply(
            manager.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/v1/events?symbols=A").arg(serve.port())))));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        QVERIFY(finished.wait(20'000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
        QVERIFY(reply->readAll().contains("this server speaks TLS only: use https:// or wss://"));

        const Run plain = runCollector(push(serve.port(), {}));
        QCOMPARE(plain.exitCode, 1);
        QVERIFY2(plain.err.contains("if it serves TLS, connect with TLS (push --tls"), plain.err.constData());
        QVERIFY(serve.stderrText().contains(QLatin1String("refused a plain-text client from 127.0.0.1")));
        QVERIFY(serve.stop());
    }

    void badTlsFilesExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("cert without key") << QStringList{QStringLiteral("--cert"), QStringLiteral("cert.pem")}
                                          << QStringLiteral("--cert and --key go together.");
        QTest::newRow("missing cert") << QStringList{QStringLiteral("--cert"), QStringLiteral("/nonexistent/c.pem"),
                                                     QStringLiteral("--key"), QStringLiteral("/nonexistent/k.pem")}
                                      << QStringLiteral("TLS: cannot read /nonexistent/c.pem");
        QTest::newRow("key is not a key") << QStringList{QStringLiteral("--cert"), QStringLiteral("CERT"),
                                                         QStringLiteral("--key"), QStringLiteral("CERT")}
                                          << QStringLiteral("holds no unencrypted PEM private key");
    }

    void badTlsFilesExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        arguments.replaceInStrings(QStringLiteral("CERT"), m_cert);
        const Run run = runCollector(QStringList{QStringLiteral("serve"), QStringLiteral("--listen"),
                                                 QStringLiteral("127.0.0.1:0")}
                                     + arguments);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestServeTls)
#include "tst_servetls.moc"
