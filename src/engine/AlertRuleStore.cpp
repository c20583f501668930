#include "AlertRuleStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace tickerline {

namespace {
constexpr int FormatVersion = 1;
}

AlertRuleStore::AlertRuleStore(QString filePath)
    : m_filePath(std::move(filePath))
{
}

QString AlertRuleStore::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/alerts.json"_s;
}

AlertRuleList AlertRuleStore::load(QString *error) const
{
    QFile file(m_filePath);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = QCoreApplication::translate("tickerline", "%1 is not valid JSON: %2")
                         .arg(QDir::toNativeSeparators(m_filePath), parseError.errorString());
        return {};
    }
    AlertRuleList rules;
    const QJsonArray array = document.object().value(u"rules"_s).toArray();
    for (const QJsonValue &value : array) {
        if (std::optional<AlertRule> rule = alertRuleFromJson(value.toObject()))
            rules.append(*rule);
    }
    return rules;
}

bool AlertRuleStore::save(const AlertRuleList &rules, QString *error) const
{
    QJsonArray array;
    for (const AlertRule &rule : rules)
        array.append(alertRuleToJson(rule));
    const QJsonObject root{{u"version"_s, FormatVersion}, {u"rules"_s, array}};
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson()) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace tickerline
