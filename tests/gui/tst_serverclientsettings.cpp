// Settings for watching a serving collector: provider "Tickerline server" and
// its URL on the Feed page, its read token on the Providers page. The token
// goes to the secret store and never into the settings file.

#include "MemorySecretStore.h"
#include "ProviderPage.h"
#include "ProviderRegistry.h"
#include "ProvidersPage.h"
#include "Settings.h"
#include "TestSupport.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include "ProviderKeyRow.h"

using namespace tickerline;
using namespace Qt::StringLiterals;

class TestServerClientSettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void urlInSettingsTokenInTheStore()
    {
        test::TempFolder folder;
        const QString path = folder.path(u"settings.ini"_s);
        const QString token = u"read-token-7f3a9c2e41"_s;
        test::MemorySecretStore store;
        {
            Settings settings(path);
            ProviderPage feedPage;
            ProvidersPage keysPage(store, ProviderRegistry::providers());
            feedPage.load(settings);
            keysPage.load(settings);
            feedPage.show();
            keysPage.show();
            QVERIFY(QTest::qWaitForWindowExposed(&keysPage));

            auto *combo = feedPage.findChild<QComboBox *>(u"providerCombo"_s);
            const int index = combo->findText(u"Tickerline server"_s);
            QVERIFY(index >= 0);
            combo->setCurrentIndex(index);
            // A collector on this machine serves without a token: the page must not say one is needed.
            const QString keyText = feedPage.findChild<QLabel *>(u"keyLabel"_s)->text();
            QVERIFY2(keyText.startsWith(u"Optional (TICKERLINE_TOKEN)"_s), qPrintable(keyText));
            auto *url = feedPage.findChild<QLineEdit *>(u"serverUrlEdit"_s);
            QVERIFY(url->isEnabled());
            url->clear();
            QTest::keyClicks(url, u"ws://192.0.2.10:8765"_s);

            auto *row = keysPage.findChild<ProviderKeyRow *>(u"providerKeyRow_tickerline"_s);
            QVERIFY(row);
            QTest::keyClicks(row->findChild<QLineEdit *>(u"keyEdit"_s), token);
            QTest::mouseClick(row->findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);
            QTRY_COMPARE(store.storedKey(u"tickerline"_s), std::optional<QString>(token));

            feedPage.save(settings);
            keysPage.save(settings);
            QCOMPARE(settings.provider(), u"tickerline"_s);
            QCOMPARE(settings.value(Settings::Key::TickerlineServerUrl).toString(), u"ws://192.0.2.10:8765"_s);
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QVERIFY(written.contains("192.0.2.10"));
        QVERIFY(!written.contains(token.toUtf8()));
    }
};

QTEST_MAIN(TestServerClientSettings)
#include "tst_serverclientsettings.moc"
