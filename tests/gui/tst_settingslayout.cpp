#include "MemorySecretStore.h"
#include "ProviderRegistry.h"
#include "SessionKeyStore.h"
#include "Settings.h"
#include "SettingsDialog.h"
#include "TestSupport.h"
#include "Translations.h"

#include <QAbstractButton>
#include <QDir>
#include <QFontDatabase>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QStyleOptionFrame>
#include <QScreen>
#include <QTabWidget>
#include <QTest>

using namespace tickerline;
using namespace Qt::StringLiterals;

enum class Keys { NoneStored, StoredAndInEnvironment, NoKeychain, NoKeychainSessionKey };
Q_DECLARE_METATYPE(Keys)

namespace {

// What a user would call cut off: text wider (or, wrapped, taller) than the
// widget shows, or a widget that its parents clip.
QStringList clippedWidgets(QWidget *page)
{
    QStringList found;
    const auto describe = [](const QWidget *widget, const QString &text, const QString &why) {
        return u"%1 \"%2\" (%3): %4"_s.arg(QString::fromLatin1(widget->metaObject()->className()),
                                           QString(text).replace(u'\n', u' ').left(60), widget->objectName(), why);
    };
    const auto widgets = page->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisibleTo(page) || widget->width() <= 0)
            continue;
        QString text;
        if (auto *label = qobject_cast<QLabel *>(widget)) {
            text = label->text();
            if (text.isEmpty())
                continue;
            if (label->wordWrap()) {
                if (label->heightForWidth(label->width()) > label->height())
                    found.append(describe(widget, text, u"wrapped text needs %1 px height, has %2"_s
                                                            .arg(label->heightForWidth(label->width()))
                                                            .arg(label->height())));
            } else if (label->minimumSizeHint().width() > label->width()) {
                found.append(describe(widget, text, u"needs %1 px width, has %2"_s
                                                        .arg(label->minimumSizeHint().width())
                                                        .arg(label->width())));
            }
        } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            text = button->text();
            if (!text.isEmpty() && button->sizeHint().width() > button->width())
                found.append(describe(widget, text, u"needs %1 px width, has %2"_s
                                                        .arg(button->sizeHint().width())
                                                        .arg(button->width())));
        } else if (auto *edit = qobject_cast<QLineEdit *>(widget)) {
            // A hint cut short no longer says what to type.
            text = edit->placeholderText();
            if (text.isEmpty() || !edit->text().isEmpty())
                continue;
            QStyleOptionFrame option;
            option.initFrom(edit);
            option.lineWidth = edit->hasFrame() ? edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, edit) : 0;
            const QRect textRect = edit->style()->subElementRect(QStyle::SE_LineEditContents, &option, edit)
                                       .marginsRemoved(edit->textMargins());
            // QLineEdit keeps 2 px each side of its text (QLineEditPrivate::horizontalMargin).
            const int needed = edit->fontMetrics().horizontalAdvance(text) + 4;
            if (needed > textRect.width())
                found.append(describe(widget, text, u"placeholder needs %1 px width, has %2"_s
                                                        .arg(needed)
                                                        .arg(textRect.width())));
        } else if (auto *box = qobject_cast<QGroupBox *>(widget)) {
            text = box->title();
            if (box->minimumSizeHint().width() > box->width())
                found.append(describe(widget, text, u"needs %1 px width, has %2"_s
                                                        .arg(box->minimumSizeHint().width())
                                                        .arg(box->width())));
        } else {
            continue;
        }
        // Inside the page: not cut by the dialog's edge or a parent's.
        const QRect onPage(widget->mapTo(page, QPoint(0, 0)), widget->size());
        if (!page->rect().contains(onPage))
            found.append(describe(widget, text, u"reaches outside the page (%1,%2 %3×%4 on a %5×%6 page)"_s
                                                    .arg(onPage.x())
                                                    .arg(onPage.y())
                                                    .arg(onPage.width())
                                                    .arg(onPage.height())
                                                    .arg(page->width())
                                                    .arg(page->height())));
    }
    return found;
}

} // namespace

// Every page of the settings dialog fits its default size in every
// language: no label, button or group title is elided or cut. With
// TICKERLINE_SHOTS set, each page is also saved as
// settings-PAGE-LANGUAGE.png there (the docs' screenshots are made so).
class TestSettingsLayout final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup()
    {
        installTranslations(u"en"_s);
        for (const ProviderInfo &provider : ProviderRegistry::providers())
            if (!provider.keyVariable.isEmpty())
                qunsetenv(provider.keyVariable.toLatin1().constData());
    }
    void everyPageFitsItsDefaultSize_data();
    void everyPageFitsItsDefaultSize();
};


void TestSettingsLayout::everyPageFitsItsDefaultSize_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<Keys>("keys");
    // The Providers page's texts are longest with a key both stored and in
    // the environment, and without a keychain (a banner above the rows).
    for (const Language &language : availableLanguages()) {
        const QByteArray code = language.code.toLatin1();
        QTest::newRow(QByteArray(code + " no keys").constData()) << language.code << Keys::NoneStored;
        QTest::newRow(QByteArray(code + " keys stored and in the environment").constData()) << language.code << Keys::StoredAndInEnvironment;
        QTest::newRow(QByteArray(code + " no keychain").constData()) << language.code << Keys::NoKeychain;
        QTest::newRow(QByteArray(code + " no keychain, a key for this session").constData())
            << language.code << Keys::NoKeychainSessionKey;
    }
}

void TestSettingsLayout::everyPageFitsItsDefaultSize()
{
    QFETCH(QString, code);
    QFETCH(Keys, keys);
    QVERIFY(installTranslations(code));
    if (code == u"ja"_s)
        QVERIFY2(!QFontDatabase::families(QFontDatabase::Japanese).isEmpty(),
                 "no font with Japanese glyphs: install fonts-ipafont-gothic (scripts/setup does)");

    test::TempFolder folder;
    Settings settings(folder.path(u"settings.ini"_s));
    test::MemorySecretStore secrets;
    for (const ProviderInfo &provider : ProviderRegistry::providers()) {
        if (provider.keyVariable.isEmpty())
            continue;
        qunsetenv(provider.keyVariable.toLatin1().constData());
        if (keys == Keys::StoredAndInEnvironment) {
            secrets.writeKey(provider.name, u"stored-key"_s);
            qputenv(provider.keyVariable.toLatin1().constData(), "env-key");
        }
    }
    if (keys == Keys::NoKeychain || keys == Keys::NoKeychainSessionKey)
        secrets.setFailure({SecretError::Code::NoBackendAvailable,
                            u"The name org.freedesktop.secrets was not provided by any .service files"_s});
    // As the app has it: the keychain under a store that can hold a key for the session.
    SessionKeyStore session(secrets);
    if (keys == Keys::NoKeychainSessionKey)
        session.holdForSession(u"finnhub"_s, u"session-key"_s);
    SettingsDialog dialog(settings, folder.path(u"ticks.sqlite"_s), &session);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // The default size: what the dialog chose, and it fits the screen.
    const QRect screen = dialog.screen()->availableGeometry();
    QVERIFY2(dialog.frameGeometry().width() <= screen.width() && dialog.frameGeometry().height() <= screen.height(),
             qPrintable(u"dialog %1×%2 on a %3×%4 screen"_s.arg(dialog.width())
                            .arg(dialog.height())
                            .arg(screen.width())
                            .arg(screen.height())));

    auto *tabs = dialog.findChild<QTabWidget *>(u"pageTabs"_s);
    QVERIFY(tabs);
    const QString shots = qEnvironmentVariable("TICKERLINE_SHOTS");
    QStringList problems;
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QWidget *page = tabs->widget(i);
        QTRY_VERIFY(page->isVisible());
        // The Providers page settles first: its rows read the keychain.
        QTRY_VERIFY(!dialog.findChild<QLabel *>(u"stateLabel"_s)
                    || !dialog.findChild<QLabel *>(u"stateLabel"_s)->text().endsWith(u'\u2026'));
        for (const QString &problem : clippedWidgets(page))
            problems.append(tabs->tabText(i) + u": "_s + problem);
        if (!shots.isEmpty())
            dialog.grab().save(QDir(shots).filePath(
                u"settings-%1-%2-%3.png"_s.arg(page->objectName(), code).arg(int(keys))));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(u"at %1×%2:\n  "_s.arg(dialog.width()).arg(dialog.height())
                                            + problems.join(u"\n  "_s)));
}

QTEST_MAIN(TestSettingsLayout)
#include "tst_settingslayout.moc"
