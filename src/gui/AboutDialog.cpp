#include "AboutDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtCharts/qtchartsversion.h>

#include <atomic>

using namespace Qt::StringLiterals;

// Set by src/gui/CMakeLists.txt from the packages found at configure time.
#ifndef TICKERLINE_SIMDJSON_VERSION
#define TICKERLINE_SIMDJSON_VERSION ""
#endif
#ifndef TICKERLINE_QTKEYCHAIN_VERSION
#define TICKERLINE_QTKEYCHAIN_VERSION ""
#endif

namespace tickerline {

namespace {

constexpr int IconSize = 64;
const QString Homepage = u"https://github.com/tickerline/tickerline"_s;

QString orUnknown(const QString &version)
{
    return version.isEmpty() ? AboutDialog::tr("unknown") : version;
}

QString qtVersion()
{
    const QString running = QString::fromLatin1(qVersion());
    const QString built = QStringLiteral(QT_VERSION_STR);
    return running == built ? running : AboutDialog::tr("%1 (built with %2)").arg(running, built);
}

QString componentsHtml(const QList<AboutComponent> &components)
{
    QString rows;
    for (const AboutComponent &c : components) {
        rows += u"<tr><td><a href=\""_s + c.url.toHtmlEscaped() + u"\">"_s + c.name.toHtmlEscaped()
            + u"</a></td><td>"_s + orUnknown(c.version).toHtmlEscaped() + u"</td><td>"_s
            + c.licence.toHtmlEscaped() + u"</td></tr>"_s;
    }
    return u"<table cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr><th align=\"left\">"_s
        + AboutDialog::tr("Component").toHtmlEscaped() + u"</th><th align=\"left\">"_s
        + AboutDialog::tr("Version").toHtmlEscaped() + u"</th><th align=\"left\">"_s
        + AboutDialog::tr("Licence").toHtmlEscaped() + u"</th></tr>"_s + rows + u"</table>"_s;
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Tickerline"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QApplication::windowIcon().pixmap(IconSize, IconSize));
    icon->setAlignment(Qt::AlignTop);

    auto *title = new QLabel(this);
    title->setTextFormat(Qt::RichText);
    title->setOpenExternalLinks(true);
    title->setWordWrap(true);
    title->setTextInteractionFlags(Qt::TextBrowserInteraction);
    title->setText(u"<h2>Tickerline "_s + QCoreApplication::applicationVersion().toHtmlEscaped() + u"</h2><p>"_s
                   + tr("Live market quotes: a watchlist, price charts and a tick database.").toHtmlEscaped()
                   + u"</p><p>"_s + tr("Copyright \u00a9 2026 The Tickerline developers.").toHtmlEscaped()
                   + u"<br><a href=\""_s + Homepage + u"\">"_s + Homepage + u"</a></p>"_s);

    auto *details = new QTextBrowser(this);
    details->setOpenExternalLinks(true);
    details->setAccessibleName(tr("Versions and licences"));
    details->setHtml(componentsHtml(components()) + u"<p>"_s
                     + tr("Tickerline's own source code is under the MIT licence. Qt Charts is used under the "
                          "GNU GPL version 3 (a commercial Qt licence is the alternative), so the program "
                          "as distributed is covered by the GPL version 3 as a whole.").toHtmlEscaped()
                     + u"</p><p>"_s
                     + tr("Running on %1 (%2), Qt platform \u201c%3\u201d.")
                           .arg(QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture(),
                                QGuiApplication::platformName())
                           .toHtmlEscaped()
                     + u"</p>"_s);
    details->setMinimumSize(520, 260);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy Versions"), QDialogButtonBox::ActionRole);
    copy->setToolTip(tr("Copy the versions above as plain text, for a bug report."));
    connect(copy, &QPushButton::clicked, this, &AboutDialog::copyVersions);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *header = new QHBoxLayout;
    header->addWidget(icon);
    header->addWidget(title, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(details, 1);
    layout->addWidget(buttons);
}

AboutDialog::~AboutDialog() = default;

QList<AboutComponent> AboutDialog::components()
{
    return {
        {u"Tickerline"_s, QCoreApplication::applicationVersion(), u"MIT"_s, Homepage},
        {tr("Qt (Core, GUI, Widgets, Network, SQL, SVG, WebSockets)"), qtVersion(),
         tr("LGPL-3.0 (or commercial)"), u"https://www.qt.io/licensing/"_s},
        {u"Qt Charts"_s, QStringLiteral(QTCHARTS_VERSION_STR), tr("GPL-3.0 (or commercial)"),
         u"https://doc.qt.io/qt-6/qtcharts-index.html"_s},
        {u"simdjson"_s, QStringLiteral(TICKERLINE_SIMDJSON_VERSION), u"Apache-2.0"_s,
         u"https://simdjson.org/"_s},
        {u"QtKeychain"_s, QStringLiteral(TICKERLINE_QTKEYCHAIN_VERSION), u"BSD-3-Clause"_s,
         u"https://github.com/frankosterfeld/qtkeychain"_s},
        {u"SQLite"_s, sqliteVersion(), tr("Public domain"), u"https://sqlite.org/copyright.html"_s},
    };
}

QString AboutDialog::sqliteVersion()
{
    const QString driver = u"QSQLITE"_s;
    if (!QSqlDatabase::isDriverAvailable(driver))
        return {};
    // A connection of its own, so that nothing else's connection is touched.
    static std::atomic<int> serial = 0;
    const QString name = u"tickerline-about-%1"_s.arg(++serial);
    QString version;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
        db.setDatabaseName(u":memory:"_s);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(u"select sqlite_version()"_s) && query.next())
                version = query.value(0).toString();
        }
    }   // every handle on the connection is gone before it is removed
    QSqlDatabase::removeDatabase(name);
    return version;
}

QString AboutDialog::versionsText()
{
    QStringList lines;
    for (const AboutComponent &c : components())
        lines.append(c.name + u": "_s + orUnknown(c.version));
    lines.append(tr("System: %1 (%2), Qt platform %3")
                     .arg(QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture(),
                          QGuiApplication::platformName()));
    return lines.join(u'\n') + u'\n';
}

void AboutDialog::copyVersions()
{
    QGuiApplication::clipboard()->setText(versionsText());
}

} // namespace tickerline
