#include "AlertCenter.h"
#include "AlertDialog.h"
#include "AlertRuleStore.h"
#include "Clock.h"
#include "Engine.h"
#include "TestSupport.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace tickerline;
using namespace Qt::StringLiterals;

namespace {

// An alert center over a temporary folder and an engine that is not started:
// the dialog only needs the rules.
struct Fixture
{
    test::TempFolder folder;
    Engine engine{SystemClock::instance()};
    AlertCenter center{engine, folder.path(u"data"_s)};

    Fixture() { center.setKnownSymbols({u"AAPL"_s, u"MSFT"_s}); }
    [[nodiscard]] QString rulesFile() const { return folder.path(u"data/alerts.json"_s); }
};

template<typename T>
T *child(const QWidget &dialog, const QString &name)
{
    auto *widget = dialog.findChild<T *>(name);
    if (!widget)
        qFatal("no %s", qPrintable(name));
    return widget;
}

void typeInto(QWidget *widget, const QString &text)
{
    widget->setFocus();
    QTest::keyClick(widget, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(widget, Qt::Key_Backspace);
    QTest::keyClicks(widget, text);
}

void typeSymbol(const QWidget &dialog, const QString &text)
{
    typeInto(child<QComboBox>(dialog, u"symbolCombo"_s)->lineEdit(), text);
}

void chooseKind(const QWidget &dialog, AlertKind kind)
{
    auto *combo = child<QComboBox>(dialog, u"kindCombo"_s);
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    while (AlertKind(combo->currentData().toInt()) != kind) {
        const int before = combo->currentIndex();
        QTest::keyClick(combo, Qt::Key_Down);
        if (combo->currentIndex() == before)
            qFatal("kind not offered");
    }
}

void save(const QWidget &dialog)
{
    QTest::mouseClick(child<QPushButton>(dialog, u"saveButton"_s), Qt::LeftButton);
}

} // namespace

class TestAlertDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsRuleWithKeysAndClicks()
    {
        Fixture f;
        AlertDialog dialog(f.center);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        typeSymbol(dialog, u"msft"_s);
        chooseKind(dialog, AlertKind::PriceBelow);
        typeInto(child<QDoubleSpinBox>(dialog, u"levelSpin"_s), QLocale().toString(250.5));
        save(dialog);
        QCOMPARE(dialog.errorText(), QString());

        QCOMPARE(f.center.rules().size(), 1);
        const AlertRule rule = f.center.rules().constFirst();
        QCOMPARE(rule.symbol, u"MSFT"_s);
        QCOMPARE(rule.kind, AlertKind::PriceBelow);
        QCOMPARE(rule.level, 250.5);
        QCOMPARE(rule.rearm, AlertRearm::WhenFalse);
        QVERIFY(rule.enabled);
        QCOMPARE(child<QListWidget>(dialog, u"ruleList"_s)->count(), 1);
        QVERIFY(child<QListWidget>(dialog, u"ruleList"_s)->item(0)->text().contains(u"MSFT"_s));
        // Kept at once, in the file.
        QCOMPARE(AlertRuleStore(f.rulesFile()).load(), f.center.rules());

        // A second one: a 3 % move within 120 s, again after a 60 s cool-down.
        QTest::mouseClick(child<QPushButton>(dialog, u"newButton"_s), Qt::LeftButton);
        typeSymbol(dialog, u"AAPL"_s);
        chooseKind(dialog, AlertKind::PercentMove);
        QVERIFY(child<QDoubleSpinBox>(dialog, u"percentSpin"_s)->isVisible());
        QVERIFY(!child<QDoubleSpinBox>(dialog, u"levelSpin"_s)->isVisible());
        typeInto(child<QDoubleSpinBox>(dialog, u"percentSpin"_s), QLocale().toString(3));
        typeInto(child<QSpinBox>(dialog, u"windowSpin"_s), u"120"_s);
        auto *rearm = child<QComboBox>(dialog, u"rearmCombo"_s);
        rearm->setFocus();
        QTest::keyClick(rearm, Qt::Key_End);
        QCOMPARE(AlertRearm(rearm->currentData().toInt()), AlertRearm::AfterCooldown);
        QVERIFY(child<QSpinBox>(dialog, u"cooldownSpin"_s)->isVisible());
        typeInto(child<QSpinBox>(dialog, u"cooldownSpin"_s), u"60"_s);
        save(dialog);
        QCOMPARE(dialog.errorText(), QString());
        QCOMPARE(f.center.rules().size(), 2);
        const AlertRule move = f.center.rules().constLast();
        QCOMPARE(move.kind, AlertKind::PercentMove);
        QCOMPARE(move.percent, 3.0);
        QCOMPARE(move.windowSeconds, 120);
        QCOMPARE(move.rearm, AlertRearm::AfterCooldown);
        QCOMPARE(move.cooldownSeconds, 60);
    }

    void newLevelStartsAtTheLastPrice()
    {
        Fixture f;
        const QHash<QString, double> prices{{u"AAPL"_s, 187.25}, {u"MSFT"_s, 412.5}};
        AlertDialog dialog(f.center, [&prices](const QString &symbol) -> std::optional<double> {
            if (!prices.contains(symbol))
                return std::nullopt;
            return prices.value(symbol);
        });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *level = child<QDoubleSpinBox>(dialog, u"levelSpin"_s);
        // The first known symbol, at its last price.
        QCOMPARE(child<QComboBox>(dialog, u"symbolCombo"_s)->currentText(), u"AAPL"_s);
        QCOMPARE(level->value(), 187.25);
        // Another symbol: its price, as long as the user typed no level.
        typeSymbol(dialog, u"msft"_s);
        QCOMPARE(level->value(), 412.5);
        // A symbol without a quote yet: no made-up level.
        typeSymbol(dialog, u"NVDA"_s);
        QCOMPARE(level->value(), 0.0);
        // A typed level stays the user's when the symbol changes.
        typeSymbol(dialog, u"AAPL"_s);
        typeInto(level, QLocale().toString(200));
        typeSymbol(dialog, u"MSFT"_s);
        QCOMPARE(level->value(), 200.0);
        chooseKind(dialog, AlertKind::PriceAbove);
        save(dialog);
        QCOMPARE(dialog.errorText(), QString());
        QCOMPARE(f.center.rules().constFirst().level, 200.0);
        // The next new rule starts from the price again.
        QTest::mouseClick(child<QPushButton>(dialog, u"newButton"_s), Qt::LeftButton);
        QCOMPARE(level->value(), 187.25);
        // An existing rule keeps its own level whatever the symbol's price.
        child<QListWidget>(dialog, u"ruleList"_s)->setCurrentRow(0);
        QCOMPARE(level->value(), 200.0);
        typeSymbol(dialog, u"AAPL"_s);
        QCOMPARE(level->value(), 200.0);
    }

    void refusesInvalidRulesWithTheReason()
    {
        Fixture f;
        AlertDialog dialog(f.center);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *error = child<QLabel>(dialog, u"errorLabel"_s);

        typeSymbol(dialog, u"ZZZZ"_s);
        typeInto(child<QDoubleSpinBox>(dialog, u"levelSpin"_s), u"10"_s);
        save(dialog);
        QVERIFY2(dialog.errorText().contains(u"ZZZZ"_s) && dialog.errorText().contains(u"watchlist"_s),
                 qPrintable(dialog.errorText()));
        QVERIFY(error->isVisible());

        typeSymbol(dialog, u"AAPL"_s);
        typeInto(child<QDoubleSpinBox>(dialog, u"levelSpin"_s), u"0"_s);
        save(dialog);
        QVERIFY2(dialog.errorText().contains(u"above zero"_s), qPrintable(dialog.errorText()));

        chooseKind(dialog, AlertKind::PercentMove);
        typeInto(child<QSpinBox>(dialog, u"windowSpin"_s), u"0"_s);
        save(dialog);
        QVERIFY2(dialog.errorText().contains(u"window"_s), qPrintable(dialog.errorText()));

        chooseKind(dialog, AlertKind::PriceAbove);
        typeSymbol(dialog, QString());
        save(dialog);
        QVERIFY2(dialog.errorText().contains(u"symbol"_s), qPrintable(dialog.errorText()));

        QVERIFY(f.center.rules().isEmpty());
        QVERIFY(!QFile::exists(f.rulesFile()));
        QCOMPARE(child<QListWidget>(dialog, u"ruleList"_s)->count(), 0);

        // Put right, it is kept and the reason goes.
        typeSymbol(dialog, u"AAPL"_s);
        typeInto(child<QDoubleSpinBox>(dialog, u"levelSpin"_s), u"180"_s);
        save(dialog);
        QCOMPARE(dialog.errorText(), QString());
        QVERIFY(!error->isVisible());
        QCOMPARE(f.center.rules().size(), 1);
    }

    void editsAndDeletesRules()
    {
        Fixture f;
        AlertRule stale;
        stale.kind = AlertKind::FeedStale;
        stale.staleSeconds = 30;
        stale.lastFiredMs = 1'700'000'000'000;
        QCOMPARE(f.center.saveRule(stale), QString());   // the whole feed: no symbol needed
        AlertDialog dialog(f.center);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *list = child<QListWidget>(dialog, u"ruleList"_s);
        QCOMPARE(list->currentRow(), 0);
        QCOMPARE(child<QSpinBox>(dialog, u"staleSpin"_s)->value(), 30);
        QVERIFY(child<QSpinBox>(dialog, u"staleSpin"_s)->isVisible());

        typeInto(child<QSpinBox>(dialog, u"staleSpin"_s), u"45"_s);
        save(dialog);
        QCOMPARE(f.center.rules().size(), 1);
        QCOMPARE(f.center.rules().constFirst().staleSeconds, 45);
        QCOMPARE(f.center.rules().constFirst().lastFiredMs, 0);   // edited: armed afresh
        QVERIFY(list->item(0)->text().contains(u"45"_s));

        QTest::mouseClick(child<QPushButton>(dialog, u"deleteButton"_s), Qt::LeftButton);
        QVERIFY(f.center.rules().isEmpty());
        QCOMPARE(list->count(), 0);
        QVERIFY(AlertRuleStore(f.rulesFile()).load().isEmpty());
    }
};

QTEST_MAIN(TestAlertDialog)
#include "tst_alertdialog.moc"
