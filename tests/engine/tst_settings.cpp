#include "Settings.h"
#include "TestSupport.h"

#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

#include <limits>
#include <memory>

using namespace Qt::StringLiterals;
using tickerline::Settings;
using Key = tickerline::Settings::Key;

class TestSettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void defaults();
    void storedValuesConverted();
    void unreadableStoredValuesFallBack_data();
    void unreadableStoredValuesFallBack();
    void numbersClamped_data();
    void numbersClamped();
    void unconvertibleValueIgnored();
    void disallowedAppearanceIgnored();
    void failoverListsKeptAsGiven();
    void appearanceCaseNormalised();
    void changedOncePerRealChange();
    void resetRestoresDefault();
    void defaultsNotWritten();
    void persistsAcrossInstances();
    void symbolsNormalisedAndDeduplicated();
    void emptySymbolListIgnored();
    void byteArraysRoundTrip();

private:
    [[nodiscard]] QString iniPath() const { return m_folder->path(u"settings.ini"_s); }
    // Writes raw values straight into the file, as a hand edit would.
    void writeRaw(const QString &path, const QVariant &value) const;

    std::unique_ptr<tickerline::test::TempFolder> m_folder;
};

void TestSettings::init()
{
    m_folder = std::make_unique<tickerline::test::TempFolder>();
    QVERIFY(m_folder->isValid());
}

void TestSettings::writeRaw(const QString &path, const QVariant &value) const
{
    QSettings raw(iniPath(), QSettings::IniFormat);
    raw.setValue(path, value);
    raw.sync();
    QCOMPARE(raw.status(), QSettings::NoError);
}

void TestSettings::defaults()
{
    // A key never set is not a refused value: a fresh file reads silently.
    QTest::failOnWarning(QRegularExpression(u"Using the default"_s));
    const Settings settings(iniPath());
    QCOMPARE(settings.symbols(),
             QStringList({u"AAPL"_s, u"MSFT"_s, u"NVDA"_s, u"AMZN"_s, u"GOOGL"_s, u"NFLX"_s}));
    QCOMPARE(settings.provider(), u"simulated"_s);
    QCOMPARE(settings.pollIntervalSeconds(), 15);
    QCOMPARE(settings.databaseLocation(), QString());
    QCOMPARE(settings.value(Key::Appearance).toString(), u"system"_s);
    QCOMPARE(settings.simulatedTicksPerSecond(), 20.0);
    QCOMPARE(settings.chartWindowDays(), 7);
    QCOMPARE(settings.value(Key::WindowGeometry).toByteArray(), QByteArray());
    QCOMPARE(settings.value(Key::WindowState).typeId(), QMetaType::QByteArray);
    QCOMPARE(settings.value(Key::SplitterState).typeId(), QMetaType::QByteArray);
    QCOMPARE(settings.value(Key::HiddenChartSymbols).toStringList(), QStringList());
    QCOMPARE(Settings::defaultValue(Key::PollIntervalSeconds), QVariant(15));
    QCOMPARE(Settings::range(Key::PollIntervalSeconds).minimum, 1.0);
    QCOMPARE(Settings::range(Key::PollIntervalSeconds).maximum, 3600.0);
    QCOMPARE(Settings::keyName(Key::Appearance), u"ui/appearance"_s);
}

void TestSettings::storedValuesConverted()
{
    // INI files hold text: every value comes back as a string and must be
    // converted to the key's type.
    writeRaw(Settings::keyName(Key::PollIntervalSeconds), u"60"_s);
    writeRaw(Settings::keyName(Key::SimulatedTicksPerSecond), u"2.5"_s);
    writeRaw(Settings::keyName(Key::Symbols), u"TSLA"_s);

    const Settings settings(iniPath());
    QCOMPARE(settings.value(Key::PollIntervalSeconds).typeId(), QMetaType::Int);
    QCOMPARE(settings.pollIntervalSeconds(), 60);
    QCOMPARE(settings.value(Key::SimulatedTicksPerSecond).typeId(), QMetaType::Double);
    QCOMPARE(settings.simulatedTicksPerSecond(), 2.5);
    QCOMPARE(settings.symbols(), QStringList{u"TSLA"_s});
}

void TestSettings::unreadableStoredValuesFallBack_data()
{
    QTest::addColumn<Key>("key");
    QTest::addColumn<QVariant>("stored");

    QTest::newRow("interval not a number") << Key::PollIntervalSeconds << QVariant(u"soon"_s);
    QTest::newRow("interval below range") << Key::PollIntervalSeconds << QVariant(0);
    QTest::newRow("interval above range") << Key::PollIntervalSeconds << QVariant(3601);
    QTest::newRow("rate below range") << Key::SimulatedTicksPerSecond << QVariant(0.01);
    QTest::newRow("rate nan") << Key::SimulatedTicksPerSecond << QVariant(u"nan"_s);
    QTest::newRow("days above range") << Key::ChartWindowDays << QVariant(u"5000"_s);
    QTest::newRow("appearance not allowed") << Key::Appearance << QVariant(u"purple"_s);
    QTest::newRow("language not offered") << Key::Language << QVariant(u"xx"_s);
    QTest::newRow("provider empty") << Key::Provider << QVariant(u" "_s);
    QTest::newRow("symbols all invalid") << Key::Symbols << QVariant(QStringList{u"A A"_s, u"$"_s});
    QTest::newRow("failover into the simulated market") << Key::Failover << QVariant(u"yahoo,simulated"_s);
    QTest::newRow("failover to an unknown provider") << Key::Failover << QVariant(u"auto;AAPL=nosuch"_s);
}

void TestSettings::unreadableStoredValuesFallBack()
{
    QFETCH(Key, key);
    QFETCH(QVariant, stored);
    writeRaw(Settings::keyName(key), stored);

    const Settings settings(iniPath());
    QCOMPARE(settings.value(key), Settings::defaultValue(key));
}

void TestSettings::numbersClamped_data()
{
    QTest::addColumn<Key>("key");
    QTest::addColumn<QVariant>("input");
    QTest::addColumn<QVariant>("expected");

    QTest::newRow("interval in range") << Key::PollIntervalSeconds << QVariant(60) << QVariant(60);
    QTest::newRow("interval zero") << Key::PollIntervalSeconds << QVariant(0) << QVariant(1);
    QTest::newRow("interval negative") << Key::PollIntervalSeconds << QVariant(-5) << QVariant(1);
    QTest::newRow("interval huge") << Key::PollIntervalSeconds << QVariant(1'000'000) << QVariant(3600);
    QTest::newRow("interval from text") << Key::PollIntervalSeconds << QVariant(u"90"_s) << QVariant(90);
    QTest::newRow("interval from double") << Key::PollIntervalSeconds << QVariant(29.6) << QVariant(30);
    QTest::newRow("rate tiny") << Key::SimulatedTicksPerSecond << QVariant(0.0) << QVariant(0.1);
    QTest::newRow("rate huge") << Key::SimulatedTicksPerSecond << QVariant(5e9) << QVariant(1e6);
    QTest::newRow("rate infinite") << Key::SimulatedTicksPerSecond
                                   << QVariant(std::numeric_limits<double>::infinity()) << QVariant(1e6);
    QTest::newRow("rate fraction") << Key::SimulatedTicksPerSecond << QVariant(0.5) << QVariant(0.5);
    QTest::newRow("days zero") << Key::ChartWindowDays << QVariant(0) << QVariant(1);
    QTest::newRow("days huge") << Key::ChartWindowDays << QVariant(99'999) << QVariant(3650);
}

void TestSettings::numbersClamped()
{
    QFETCH(Key, key);
    QFETCH(QVariant, input);
    QFETCH(QVariant, expected);

    Settings settings(iniPath());
    settings.setValue(key, input);
    QCOMPARE(settings.value(key), expected);
    settings.sync();
    QCOMPARE(Settings(iniPath()).value(key), expected);
}

void TestSettings::unconvertibleValueIgnored()
{
    Settings settings(iniPath());
    settings.setValue(Key::PollIntervalSeconds, 42);
    QSignalSpy spy(&settings, &Settings::changed);

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"feed/pollIntervalSeconds"_s));
    settings.setValue(Key::PollIntervalSeconds, u"often"_s);
    QCOMPARE(settings.pollIntervalSeconds(), 42);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"feed/simulatedTicksPerSecond"_s));
    settings.setValue(Key::SimulatedTicksPerSecond, std::numeric_limits<double>::quiet_NaN());
    QCOMPARE(settings.simulatedTicksPerSecond(), 20.0);
    QCOMPARE(spy.count(), 0);
}

void TestSettings::disallowedAppearanceIgnored()
{
    Settings settings(iniPath());
    settings.setValue(Key::Appearance, u"dark"_s);
    QSignalSpy spy(&settings, &Settings::changed);

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"ui/appearance.*not one of system, light, dark"_s));
    settings.setValue(Key::Appearance, u"purple"_s);
    QCOMPARE(settings.value(Key::Appearance).toString(), u"dark"_s);
    QCOMPARE(spy.count(), 0);
    settings.sync();
    QCOMPARE(Settings(iniPath()).value(Key::Appearance).toString(), u"dark"_s);
}

void TestSettings::failoverListsKeptAsGiven()
{
    Settings settings(iniPath());
    QCOMPARE(settings.failover(), QString());   // off unless asked
    settings.setValue(Key::Failover, u" auto;AAPL=finnhub,yahoo "_s);
    QCOMPARE(settings.failover(), u"auto;AAPL=finnhub,yahoo"_s);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"feed/failover.*simulated"_s));
    settings.setValue(Key::Failover, u"simulated"_s);
    QCOMPARE(settings.failover(), u"auto;AAPL=finnhub,yahoo"_s);
}

void TestSettings::appearanceCaseNormalised()
{
    Settings settings(iniPath());
    settings.setValue(Key::Appearance, u" Light "_s);
    QCOMPARE(settings.value(Key::Appearance).toString(), u"light"_s);
}

void TestSettings::changedOncePerRealChange()
{
    Settings settings(iniPath());
    QSignalSpy spy(&settings, &Settings::changed);

    settings.setValue(Key::PollIntervalSeconds, 30);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<Key>(), Key::PollIntervalSeconds);

    settings.setValue(Key::PollIntervalSeconds, 30);       // same value
    settings.setValue(Key::PollIntervalSeconds, u"30"_s);  // same value, other type
    QCOMPARE(spy.count(), 1);

    settings.setValue(Key::Provider, u"simulated"_s);      // the default, unset before
    QCOMPARE(spy.count(), 1);

    settings.setSymbols({u"aapl"_s, u"MSFT"_s});
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).value<Key>(), Key::Symbols);
    settings.setSymbols({u"AAPL"_s, u"msft"_s, u"AAPL"_s}); // normalises to the same list
    QCOMPARE(spy.count(), 2);
}

void TestSettings::resetRestoresDefault()
{
    Settings settings(iniPath());
    settings.setValue(Key::ChartWindowDays, 30);
    QSignalSpy spy(&settings, &Settings::changed);

    settings.reset(Key::ChartWindowDays);
    QCOMPARE(settings.chartWindowDays(), 7);
    QCOMPARE(spy.count(), 1);
    settings.reset(Key::ChartWindowDays);
    QCOMPARE(spy.count(), 1);
}

void TestSettings::defaultsNotWritten()
{
    Settings settings(iniPath());
    settings.setValue(Key::PollIntervalSeconds, 60);
    settings.setValue(Key::Appearance, u"system"_s);
    settings.setValue(Key::PollIntervalSeconds, 15);
    settings.sync();

    const QSettings raw(iniPath(), QSettings::IniFormat);
    QVERIFY(!raw.contains(Settings::keyName(Key::PollIntervalSeconds)));
    QVERIFY(!raw.contains(Settings::keyName(Key::Appearance)));
}

void TestSettings::persistsAcrossInstances()
{
    {
        Settings first(iniPath());
        first.setSymbols({u"BTC-USD"_s, u"EUR/USD"_s});
        first.setValue(Key::Provider, u"yahoo"_s);
        first.setValue(Key::PollIntervalSeconds, 120);
        first.setValue(Key::DatabaseLocation, u"/tmp/a, b/ticks.sqlite"_s);
        first.setValue(Key::Appearance, u"light"_s);
        first.setValue(Key::SimulatedTicksPerSecond, 0.25);
        first.setValue(Key::ChartWindowDays, 30);
        first.setValue(Key::HiddenChartSymbols, QStringList{u"EUR/USD"_s});
        first.sync();
    }
    const Settings second(iniPath());
    QCOMPARE(second.symbols(), QStringList({u"BTC-USD"_s, u"EUR/USD"_s}));
    QCOMPARE(second.provider(), u"yahoo"_s);
    QCOMPARE(second.pollIntervalSeconds(), 120);
    QCOMPARE(second.databaseLocation(), u"/tmp/a, b/ticks.sqlite"_s);
    QCOMPARE(second.value(Key::Appearance).toString(), u"light"_s);
    QCOMPARE(second.simulatedTicksPerSecond(), 0.25);
    QCOMPARE(second.chartWindowDays(), 30);
    QCOMPARE(second.value(Key::HiddenChartSymbols).toStringList(), QStringList{u"EUR/USD"_s});
}

void TestSettings::symbolsNormalisedAndDeduplicated()
{
    Settings settings(iniPath());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"watchlist/symbols.*A A.*\\$"_s));
    settings.setSymbols({u" aapl"_s, u"brk-b"_s, u"AAPL"_s, u"A A"_s, u"$"_s, u"^gspc"_s});
    const QStringList expected{u"AAPL"_s, u"BRK-B"_s, u"^GSPC"_s};
    QCOMPARE(settings.symbols(), expected);
    settings.sync();
    QCOMPARE(Settings(iniPath()).symbols(), expected);

    // A hand-edited file is read the same way.
    writeRaw(Settings::keyName(Key::Symbols), QStringList{u"msft"_s, u"MSFT"_s, u"bad symbol"_s});
    QCOMPARE(Settings(iniPath()).symbols(), QStringList{u"MSFT"_s});
}

void TestSettings::emptySymbolListIgnored()
{
    Settings settings(iniPath());
    settings.setSymbols({u"TSLA"_s});
    QSignalSpy spy(&settings, &Settings::changed);

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"watchlist/symbols.*no valid symbol"_s));
    settings.setSymbols({});
    QCOMPARE(settings.symbols(), QStringList{u"TSLA"_s});
    QCOMPARE(spy.count(), 0);

    // An empty list of hidden symbols is fine and survives a restart.
    settings.setValue(Key::HiddenChartSymbols, QStringList{u"TSLA"_s});
    settings.setValue(Key::HiddenChartSymbols, QStringList());
    settings.sync();
    QCOMPARE(Settings(iniPath()).value(Key::HiddenChartSymbols).toStringList(), QStringList());
}

void TestSettings::byteArraysRoundTrip()
{
    const QByteArray geometry("\x01\x02\x00\xff,=\n", 7);
    {
        Settings settings(iniPath());
        settings.setValue(Key::WindowGeometry, geometry);
        settings.sync();
    }
    QCOMPARE(Settings(iniPath()).value(Key::WindowGeometry).toByteArray(), geometry);
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
