#include "StatusPanel.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace tickerline;

// The database part of the status bar: what a user sees while the store
// retries or has had to drop ticks.
class TstStatusPanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void storeStates_data();
    void storeStates();
    void viewerSaysWhatItFollows();
    void refusedPasswordOffersToEnterOne();
    void feedShowsNoticeAttemptsAndReconnects();
    void relayShowsItsServersFeed();
};

void TstStatusPanel::storeStates_data()
{
    QTest::addColumn<StoreStatus>("status");
    QTest::addColumn<QString>("text");

    StoreStatus open;
    open.state = StoreState::Open;
    open.location = QStringLiteral("/data/ticks.sqlite");
    open.committedTicks = 1234;
    QTest::newRow("open") << open << QStringLiteral("Database ticks.sqlite \u00b7 1,234 ticks stored");

    StoreStatus retrying = open;
    retrying.state = StoreState::Retrying;
    retrying.message = QStringLiteral("Cannot write to database /data/ticks.sqlite: database is locked");
    QTest::newRow("retrying") << retrying
                              << QStringLiteral("ticks.sqlite \u00b7 retrying: Cannot write to database "
                                                "/data/ticks.sqlite: database is locked");

    StoreStatus dropping = retrying;
    dropping.droppedTicks = 5000;
    QTest::newRow("retrying, dropped")
        << dropping
        << QStringLiteral("ticks.sqlite \u00b7 retrying: Cannot write to database /data/ticks.sqlite: "
                          "database is locked \u00b7 5,000 ticks dropped");

    StoreStatus recovered = dropping;
    recovered.state = StoreState::Open;
    recovered.message.clear();
    QTest::newRow("open again, dropped earlier")
        << recovered << QStringLiteral("Database ticks.sqlite \u00b7 1,234 ticks stored \u00b7 5,000 ticks dropped");
}

void TstStatusPanel::storeStates()
{
    QFETCH(StoreStatus, status);
    QFETCH(QString, text);
    StatusPanel panel;
    panel.setStoreStatus(status);
    QCOMPARE(panel.storeText(), text);
    QVERIFY(panel.findChild<QLabel *>(QStringLiteral("storeStatusLabel"))->toolTip().contains(
        QStringLiteral("%1 dropped").arg(QLocale().toString(status.droppedTicks))));
}

void TstStatusPanel::viewerSaysWhatItFollows()
{
    StoreStatus status;
    status.state = StoreState::Open;
    status.location = QStringLiteral("postgresql://ann@db.example:5432/ticks");
    StatusPanel panel;
    panel.setViewer(true);
    panel.setStoreStatus(status);
    QCOMPARE(panel.storeText(), QStringLiteral("Viewer \u2014 following ann@db.example/ticks"));
    // A lost server is still shown as such, and reconnecting.
    status.state = StoreState::Retrying;
    status.message = QStringLiteral("Lost the connection to %1, reconnecting: server closed the connection").arg(status.location);
    panel.setStoreStatus(status);
    QVERIFY2(panel.storeText().startsWith(QStringLiteral("ann@db.example/ticks \u00b7 retrying: Lost the connection")),
             qPrintable(panel.storeText()));
    // A recording window on the same database counts what it stores.
    panel.setViewer(false);
    status.state = StoreState::Open;
    status.message.clear();
    panel.setStoreStatus(status);
    QCOMPARE(panel.storeText(), QStringLiteral("Database ann@db.example/ticks \u00b7 0 ticks stored"));
}

void TstStatusPanel::refusedPasswordOffersToEnterOne()
{
    StatusPanel panel;
    QSignalSpy requested(&panel, &StatusPanel::passwordRequested);
    panel.setStoreError(QStringLiteral("Cannot open database postgresql://ann@db.example:5432/ticks: connection to server"
                                       " failed: FATAL:  password authentication failed for user \"ann\""));
    QCOMPARE(panel.storeText(), QStringLiteral("The database server refused the password. Enter password\u2026"));
    auto *label = panel.findChild<QLabel *>(QStringLiteral("storeStatusLabel"));
    QVERIFY(label->toolTip().contains(QStringLiteral("password authentication failed")));
    Q_EMIT label->linkActivated(QStringLiteral("action"));
    QCOMPARE(requested.count(), 1);
    // Other errors stay as they were, with no link.
    panel.setStoreError(QStringLiteral("Cannot open database /x.sqlite: disk I/O error"));
    QCOMPARE(panel.storeText(), QStringLiteral("Database error: Cannot open database /x.sqlite: disk I/O error"));
    QVERIFY(!label->text().contains(QStringLiteral("<a ")));
}

// Issue #12 §2/§2b: a notice (the user's interval against the provider's
// advice) stays in view; a refusing server shows the attempt count; the
// tooltip keeps the reconnects and the time spent disconnected.
void TstStatusPanel::feedShowsNoticeAttemptsAndReconnects()
{
    StatusPanel panel;
    FeedStatus status;
    status.feed = QStringLiteral("yahoo");
    status.state = FeedState::Live;
    status.notice = QStringLiteral("polling every 1 s as asked; the provider advises at least 15 s");
    panel.setFeedStatus(status);
    QVERIFY2(panel.feedText(status.feed).endsWith(status.notice), qPrintable(panel.feedText(status.feed)));

    status.state = FeedState::BackingOff;
    status.notice.clear();
    status.message = QStringLiteral("Connection refused");
    status.failures = 4;
    status.reconnects = 3;
    status.disconnectedMs = 2'345;
    panel.setFeedStatus(status);
    const QString text = panel.feedText(status.feed);
    QVERIFY2(text.contains(QStringLiteral("(attempt 4)")) && text.contains(status.message), qPrintable(text));
    auto *label = panel.findChild<QLabel *>(QStringLiteral("feedStatusLabel"));
    QVERIFY(label);
    QVERIFY2(label->toolTip().contains(QStringLiteral("Reconnects: 3 \u00b7 disconnected 2.3 s in all")),
             qPrintable(label->toolTip()));
    // A first drop is no news: no attempt count.
    status.failures = 1;
    panel.setFeedStatus(status);
    QVERIFY(!panel.feedText(status.feed).contains(QStringLiteral("attempt")));
}

// A serving collector's client is Live while the server answers; what the
// server's own feed does is said beside it, its reason too when not Live.
void TstStatusPanel::relayShowsItsServersFeed()
{
    StatusPanel panel;
    FeedStatus status;
    status.feed = QStringLiteral("tickerline");
    status.state = FeedState::Live;
    panel.setFeedStatus(status);
    QCOMPARE(panel.feedText(status.feed), QStringLiteral("Tickerline server: Live"));

    status.upstream = UpstreamFeed{QStringLiteral("simulated"), FeedState::Live, {}};
    panel.setFeedStatus(status);
    QCOMPARE(panel.feedText(status.feed), QStringLiteral("Tickerline server: Live \u00b7 server: Live, simulated"));

    status.upstream = UpstreamFeed{QStringLiteral("finnhub"), FeedState::BackingOff, QStringLiteral("Connection refused")};
    panel.setFeedStatus(status);
    QCOMPARE(panel.feedText(status.feed),
             QStringLiteral("Tickerline server: Live \u00b7 server: Backing off, finnhub (Connection refused)"));
}

QTEST_MAIN(TstStatusPanel)
#include "tst_statuspanel.moc"
