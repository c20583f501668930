#include "Clock.h"
#include "ProviderRegistry.h"
#include "SimulatedFeed.h"

#include <QTest>

using namespace tickerline;

class TestProviderRegistry : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void simulatedIsListed();
    void everyListedProviderCanBeCreated_data();
    void everyListedProviderCanBeCreated();
    void find_data();
    void find();
    void unknownProviderGivesNoFeed();
};

void TestProviderRegistry::simulatedIsListed()
{
    const QList<ProviderInfo> providers = ProviderRegistry::providers();
    const auto it = std::find_if(providers.cbegin(), providers.cend(),
                                 [](const ProviderInfo &info) { return info.name == u"simulated"; });
    QVERIFY(it != providers.cend());
    QCOMPARE(it->title, QStringLiteral("Simulated market"));
    QCOMPARE(it->transport, QStringLiteral("simulated"));
    QVERIFY(it->keyVariable.isEmpty());
    QVERIFY(!it->description.isEmpty());
}

void TestProviderRegistry::everyListedProviderCanBeCreated_data()
{
    QTest::addColumn<QString>("name");
    for (const ProviderInfo &info : ProviderRegistry::providers())
        QTest::newRow(qPrintable(info.name)) << info.name;
}

void TestProviderRegistry::everyListedProviderCanBeCreated()
{
    QFETCH(QString, name);
    FeedConfig config;
    config.provider = name;
    config.symbols = QStringList{QStringLiteral("AAPL")};
    const std::unique_ptr<Feed> feed = ProviderRegistry::create(config, SystemClock::instance());
    QVERIFY(feed);
    QCOMPARE(feed->config().provider, name);
    QCOMPARE(feed->config().symbols, config.symbols);
}

void TestProviderRegistry::find_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("found");
    QTest::newRow("simulated") << QStringLiteral("simulated") << true;
    QTest::newRow("any case") << QStringLiteral("Simulated") << true;
    QTest::newRow("unknown") << QStringLiteral("iexcloud") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestProviderRegistry::find()
{
    QFETCH(QString, name);
    QFETCH(bool, found);
    const ProviderInfo *info = ProviderRegistry::find(name);
    QCOMPARE(info != nullptr, found);
    if (info) {
        QCOMPARE(info->name.compare(name, Qt::CaseInsensitive), 0);
        QCOMPARE(ProviderRegistry::find(name), info);   // stable pointer
    }
}

void TestProviderRegistry::unknownProviderGivesNoFeed()
{
    FeedConfig config;
    config.provider = QStringLiteral("iexcloud");
    QVERIFY(!ProviderRegistry::create(config, SystemClock::instance()));
    config.provider = QStringLiteral("simulated");
    QVERIFY(dynamic_cast<SimulatedFeed *>(ProviderRegistry::create(config, SystemClock::instance()).get()));
}

QTEST_GUILESS_MAIN(TestProviderRegistry)
#include "tst_providerregistry.moc"
