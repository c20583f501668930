#include "Appearance.h"
#include "ChartWidgets.h"
#include "Clock.h"
#include "MainWindow.h"
#include "MarketColors.h"
#include "MemorySecretStore.h"
#include "PriceChart.h"
#include "QuoteTableModel.h"
#include "Session.h"
#include "Settings.h"
#include "TestSupport.h"

#include <QApplication>
#include <QChart>
#include <QStyle>
#include <QTest>

#include <memory>

using namespace tickerline;
using namespace tickerline::test;
using namespace Qt::StringLiterals;

namespace {

QPalette darkSystemPalette()
{
    // What a platform theme in dark mode hands over: dark window and base.
    QPalette p(QColor(0x30, 0x30, 0x30), QColor(0x24, 0x24, 0x24));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    return p;
}

struct Fixture
{
    test::TempFolder folder;
    Settings settings{folder.path(u"settings.ini"_s)};
    test::MemorySecretStore secrets;
    Session session{SystemClock::instance(), settings, secrets};
    MainWindow window{settings, session};

    Fixture()
    {
        QuoteTableModel *m = model();
        m->setSymbols({u"UP"_s, u"DOWN"_s});
        Frame frame;
        Quote up;
        up.symbol = u"UP"_s;
        up.last = 101;
        up.previousClose = 100;
        up.timeMs = 1'700'000'000'000;
        Quote down = up;
        down.symbol = u"DOWN"_s;
        down.last = 99;
        frame.quotes.insert(up.symbol, up);
        frame.quotes.insert(down.symbol, down);
        m->applyFrame(frame);
        window.show();
    }

    [[nodiscard]] QuoteTableModel *model() const { return window.findChild<QuoteTableModel *>(); }
    [[nodiscard]] QChart *chart() const { return chartOf(*window.findChild<PriceChart *>()); }
    [[nodiscard]] QColor changeColour(int row) const
    {
        return model()->index(row, QuoteTableModel::ChangePercentColumn).data(Qt::ForegroundRole).value<QColor>();
    }
};

} // namespace

// Settings → Appearance: system (default), light, dark; "system" follows the
// platform's light or dark mode while the app runs.
class TestAppearance final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void systemIsTheDefault();
    void systemModeFollowsPaletteChanges();
    void systemModeLeavesThePaletteToThePlatform();
    void explicitLightAndDark();
    void settingAppliesLive();

private:
    QString m_platformStyle;
};

void TestAppearance::initTestCase()
{
    m_platformStyle = QApplication::style()->name();
    applyAppearance(Appearance::System);   // captures the platform look, as main() does at start-up
}

void TestAppearance::cleanup()
{
    applyAppearance(Appearance::System);
}

void TestAppearance::systemIsTheDefault()
{
    const test::TempFolder folder;
    const Settings settings(folder.path(u"settings.ini"_s));
    QCOMPARE(settings.value(Settings::Key::Appearance).toString(), u"system"_s);
}

void TestAppearance::systemModeFollowsPaletteChanges()
{
    const Fixture f;
    QVERIFY(!isDarkPalette(QApplication::palette()));   // the offscreen platform is light
    QCOMPARE(f.chart()->theme(), QChart::ChartThemeLight);
    QCOMPARE(f.changeColour(0), upColor(QApplication::palette()));
    const QColor lightUp = f.changeColour(0);
    const QColor lightDown = f.changeColour(1);

    // The platform switches to dark mode: Qt hands the new palette to the
    // application (QEvent::ApplicationPaletteChange to every widget).
    QApplication::setPalette(darkSystemPalette());
    QTRY_COMPARE(f.chart()->theme(), QChart::ChartThemeDark);
    QVERIFY(isDarkPalette(f.window.palette()));
    QCOMPARE(f.changeColour(0), upColor(darkSystemPalette()));
    QCOMPARE(f.changeColour(1), downColor(darkSystemPalette()));
    QVERIFY(f.changeColour(0) != lightUp);
    QVERIFY(f.changeColour(1) != lightDown);

    // And back to light.
    applyAppearance(Appearance::System);
    QTRY_COMPARE(f.chart()->theme(), QChart::ChartThemeLight);
    QCOMPARE(f.changeColour(0), lightUp);
}

void TestAppearance::systemModeLeavesThePaletteToThePlatform()
{
    applyAppearance(Appearance::Dark);
    QVERIFY(QCoreApplication::testAttribute(Qt::AA_SetPalette));
    applyAppearance(Appearance::System);
    // No palette of our own: Qt resolves the application palette against the
    // platform theme's again at every theme change, so it follows the system.
    QVERIFY(!QCoreApplication::testAttribute(Qt::AA_SetPalette));
    QCOMPARE(QApplication::style()->name(), m_platformStyle);
}

void TestAppearance::explicitLightAndDark()
{
    const Fixture f;
    applyAppearance(Appearance::Dark);
    QVERIFY(isDarkPalette(QApplication::palette()));
    QCOMPARE(QApplication::style()->name().toLower(), u"fusion"_s);
    QTRY_COMPARE(f.chart()->theme(), QChart::ChartThemeDark);
    QCOMPARE(f.changeColour(0), upColor(QApplication::palette()));

    applyAppearance(Appearance::Light);
    QVERIFY(!isDarkPalette(QApplication::palette()));
    QTRY_COMPARE(f.chart()->theme(), QChart::ChartThemeLight);
    QCOMPARE(f.changeColour(0), upColor(QApplication::palette()));
}

void TestAppearance::settingAppliesLive()
{
    Fixture f;
    f.settings.setValue(Settings::Key::Appearance, u"dark"_s);
    QVERIFY(isDarkPalette(QApplication::palette()));
    QTRY_COMPARE(f.chart()->theme(), QChart::ChartThemeDark);
    f.settings.setValue(Settings::Key::Appearance, u"system"_s);
    QVERIFY(!QCoreApplication::testAttribute(Qt::AA_SetPalette));
    QTRY_COMPARE(f.chart()->theme(), QChart::ChartThemeLight);
}

QTEST_MAIN(TestAppearance)
#include "tst_appearance.moc"
