#include "StandardFolders.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace tickerline;
using namespace Qt::StringLiterals;

// A fresh home: HOME and XDG_CONFIG_HOME point at an empty folder, so the
// standard Pictures and Documents folders are $HOME/Pictures and
// $HOME/Documents, which do not exist until the test makes them.
class TestStandardFolders final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        qputenv("HOME", QFile::encodeName(m_home->path()));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home->filePath(u".config"_s)));
    }

    void missingFolderFallsBackToHome()
    {
        QVERIFY(!QFileInfo::exists(m_home->filePath(u"Pictures"_s)));
        QCOMPARE(existingStandardFolder(QStandardPaths::PicturesLocation), QDir::homePath());
        QCOMPARE(QDir::homePath(), m_home->path());
        // Nothing made behind the user's back.
        QVERIFY(!QFileInfo::exists(m_home->filePath(u"Pictures"_s)));
    }

    void existingFolderIsUsed()
    {
        QVERIFY(QDir(m_home->path()).mkdir(u"Documents"_s));
        QCOMPARE(existingStandardFolder(QStandardPaths::DocumentsLocation), m_home->filePath(u"Documents"_s));
        QCOMPARE(existingStandardFolder(QStandardPaths::PicturesLocation), m_home->path());
    }

private:
    std::unique_ptr<QTemporaryDir> m_home;
};

QTEST_GUILESS_MAIN(TestStandardFolders)
#include "tst_standardfolders.moc"
