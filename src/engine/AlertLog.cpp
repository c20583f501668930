#include "AlertLog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tickerline {

namespace {

QList<QByteArray> readLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines = file.readAll().split('\n');
    lines.removeIf([](const QByteArray &line) { return line.trimmed().isEmpty(); });
    return lines;
}

} // namespace

AlertLog::AlertLog(QString filePath, int maxEntries)
    : m_filePath(std::move(filePath))
    , m_maxEntries(std::max(1, maxEntries))
{
}

QString AlertLog::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/alerts-log.jsonl"_s;
}

AlertEventList AlertLog::load() const
{
    const QList<QByteArray> lines = readLines(m_filePath);
    AlertEventList events;
    for (const QByteArray &line : lines) {
        if (std::optional<AlertEvent> event = alertEventFromJson(QJsonDocument::fromJson(line).object()))
            events.append(*event);
    }
    if (events.size() > m_maxEntries)
        events.remove(0, events.size() - m_maxEntries);
    return events;
}

bool AlertLog::append(const AlertEvent &event, QString *error)
{
    if (m_lines < 0)
        m_lines = int(readLines(m_filePath).size());
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    QFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    const QByteArray line = QJsonDocument(alertEventToJson(event)).toJson(QJsonDocument::Compact) + '\n';
    if (file.write(line) != line.size()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.close();
    ++m_lines;
    return m_lines < 2 * m_maxEntries || compact(error);
}

bool AlertLog::compact(QString *error)
{
    QList<QByteArray> lines = readLines(m_filePath);
    if (lines.size() > m_maxEntries)
        lines.remove(0, lines.size() - m_maxEntries);
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    for (const QByteArray &line : std::as_const(lines))
        file.write(line + '\n');
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    m_lines = int(lines.size());
    return true;
}

} // namespace tickerline
