#include "Workspace.h"

#include "PaneState.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace tickerline {

qsizetype WorkspaceSet::indexOf(const QString &name) const
{
    for (qsizetype i = 0; i < workspaces.size(); ++i) {
        if (workspaces.at(i).name == name)
            return i;
    }
    return -1;
}

namespace WorkspaceFile {

namespace {

constexpr auto SetFormat = "tickerline-workspaces"_L1;
constexpr auto OneFormat = "tickerline-workspace"_L1;

// lupdate files tr() in this namespace under its name.
QString tr(const char *text)
{
    return QCoreApplication::translate("tickerline::WorkspaceFile", text);
}

QJsonObject toJson(const Workspace &w)
{
    return QJsonObject{
        {"name"_L1, w.name},
        {"watchlists"_L1, QJsonDocument::fromJson(Watchlists::toJson(w.watchlists).toUtf8()).array()},
        {"currentWatchlist"_L1, w.currentWatchlist},
        {"mainPane"_L1, w.mainPane},
        {"dockedPanes"_L1, w.dockedPanes},
        {"crosshairLinked"_L1, w.crosshairLinked},
        {"rangesLinked"_L1, w.rangesLinked},
        {"windowState"_L1, QString::fromLatin1(w.windowState.toBase64())},
        {"geometry"_L1, QString::fromLatin1(w.geometry.toBase64())},
        {"splitterState"_L1, QString::fromLatin1(w.splitterState.toBase64())},
    };
}

std::optional<QByteArray> base64(const QJsonObject &o, QLatin1StringView key, QString *problem)
{
    const QJsonValue value = o.value(key);
    if (value.isUndefined())
        return QByteArray();
    const auto decoded = QByteArray::fromBase64Encoding(value.toString().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!value.isString() || !decoded) {
        *problem = tr("\"%1\" is not base64 text").arg(key);
        return std::nullopt;
    }
    return *decoded;
}

std::optional<Workspace> fromJson(const QJsonValue &value, QString *problem)
{
    const QJsonObject o = value.toObject();
    Workspace w;
    w.name = o.value("name"_L1).toString().trimmed();
    if (!value.isObject() || w.name.isEmpty()) {
        *problem = tr("a workspace without a name");
        return std::nullopt;
    }
    const auto fail = [&](const QString &why) {
        *problem = tr("workspace \"%1\": %2").arg(w.name, why);
        return std::nullopt;
    };
    const QJsonValue lists = o.value("watchlists"_L1);
    if (!lists.isArray() || lists.toArray().isEmpty())
        return fail(tr("no watchlists"));
    const Watchlists read = Watchlists::fromJson(QString::fromUtf8(QJsonDocument(lists.toArray()).toJson()));
    if (!read.problem.isEmpty())
        return fail(read.problem);
    for (const Watchlist &list : read.lists) {
        if (list.symbols.isEmpty())
            return fail(tr("the watchlist \"%1\" has no symbols").arg(list.name));
    }
    w.watchlists = read.lists;
    w.currentWatchlist = o.value("currentWatchlist"_L1).toString();
    if (Watchlists{w.watchlists, {}}.indexOf(w.currentWatchlist) < 0)
        return fail(tr("the current watchlist \"%1\" is not one of its watchlists").arg(w.currentWatchlist));
    w.mainPane = o.value("mainPane"_L1).toObject();
    if (const QString why = PaneState::problem(w.mainPane); !why.isEmpty())
        return fail(tr("main chart: %1").arg(why));
    static const QRegularExpression paneId(u"^[0-9]{1,4}$"_s);
    QSet<QString> ids;
    for (const QJsonValue &pane : o.value("dockedPanes"_L1).toArray()) {
        const QString id = pane.toObject().value("id"_L1).toString();
        if (!paneId.match(id).hasMatch() || id.toInt() < 2 || ids.contains(id))
            return fail(tr("a chart pane with the id \"%1\" (ids are distinct numbers from 2)").arg(id));
        ids.insert(id);
        if (const QString why = PaneState::problem(pane.toObject().value("state"_L1).toObject()); !why.isEmpty())
            return fail(tr("chart %1: %2").arg(id, why));
        w.dockedPanes.append(pane);
    }
    w.crosshairLinked = o.value("crosshairLinked"_L1).toBool(true);
    w.rangesLinked = o.value("rangesLinked"_L1).toBool(false);
    QString why;
    const auto state = base64(o, "windowState"_L1, &why);
    const auto geometry = base64(o, "geometry"_L1, &why);
    const auto splitter = base64(o, "splitterState"_L1, &why);
    if (!state || !geometry || !splitter)
        return fail(why);
    w.windowState = *state;
    w.geometry = *geometry;
    w.splitterState = *splitter;
    return w;
}

// The document's object once its kind and version are ones this build reads.
std::optional<QJsonObject> envelope(const QByteArray &bytes, QLatin1StringView format, QString *problem)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        *problem = tr("not valid JSON at character %1: %2").arg(error.offset).arg(error.errorString());
        return std::nullopt;
    }
    const QJsonObject o = document.object();
    if (o.value("format"_L1).toString() != format) {
        *problem = tr("not a Tickerline workspace file (no \"format\": \"%1\")").arg(format);
        return std::nullopt;
    }
    const int version = o.value("version"_L1).toInt(0);
    if (version > Version) {
        *problem = tr("written by a newer Tickerline (file version %1; this one reads up to %2)").arg(version).arg(Version);
        return std::nullopt;
    }
    if (version < 1) {
        *problem = tr("no valid \"version\"");
        return std::nullopt;
    }
    return o;
}

} // namespace

QString defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"workspaces.json"_s);
}

QByteArray write(const WorkspaceSet &set)
{
    QJsonArray all;
    for (const Workspace &w : set.workspaces)
        all.append(toJson(w));
    return QJsonDocument(QJsonObject{{"format"_L1, SetFormat}, {"version"_L1, Version}, {"current"_L1, set.current},
                                     {"workspaces"_L1, all}})
        .toJson(QJsonDocument::Indented);
}

std::optional<WorkspaceSet> read(const QByteArray &bytes, QString *problem)
{
    const std::optional<QJsonObject> o = envelope(bytes, SetFormat, problem);
    if (!o)
        return std::nullopt;
    WorkspaceSet set;
    for (const QJsonValue &value : o->value("workspaces"_L1).toArray()) {
        std::optional<Workspace> w = fromJson(value, problem);
        if (!w)
            return std::nullopt;
        if (set.indexOf(w->name) >= 0) {
            *problem = tr("two workspaces called \"%1\"").arg(w->name);
            return std::nullopt;
        }
        set.workspaces.append(*w);
    }
    set.current = o->value("current"_L1).toString();
    if (!set.workspaces.isEmpty() && set.indexOf(set.current) < 0)
        set.current = set.workspaces.first().name;
    return set;
}

QByteArray writeOne(const Workspace &workspace)
{
    return QJsonDocument(QJsonObject{{"format"_L1, OneFormat}, {"version"_L1, Version},
                                     {"workspace"_L1, toJson(workspace)}})
        .toJson(QJsonDocument::Indented);
}

std::optional<Workspace> readOne(const QByteArray &bytes, QString *problem)
{
    const std::optional<QJsonObject> o = envelope(bytes, OneFormat, problem);
    if (!o)
        return std::nullopt;
    return fromJson(o->value("workspace"_L1), problem);
}

} // namespace WorkspaceFile

} // namespace tickerline
