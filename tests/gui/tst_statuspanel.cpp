#include "StatusPanel.h"

#include <QLabel>
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

QTEST_MAIN(TstStatusPanel)
#include "tst_statuspanel.moc"
