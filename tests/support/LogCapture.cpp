#include "LogCapture.h"

#include <QLoggingCategory>
#include <QMutex>

using namespace Qt::StringLiterals;

namespace tickerline::test {

namespace {

QMutex mutex;
QStringList captured;

void capture(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    const QMutexLocker lock(&mutex);
    captured.append(QString::fromLatin1(context.category ? context.category : "default") + u": "_s + message);
}

} // namespace

LogCapture::LogCapture()
{
    {
        const QMutexLocker lock(&mutex);
        captured.clear();
    }
    QLoggingCategory::setFilterRules(u"*.debug=true"_s);
    m_previous = qInstallMessageHandler(&capture);
}

LogCapture::~LogCapture()
{
    qInstallMessageHandler(m_previous);
    QLoggingCategory::setFilterRules({});
}

QStringList LogCapture::messages() const
{
    const QMutexLocker lock(&mutex);
    return captured;
}

QString LogCapture::messageContaining(const QString &text) const
{
    const QMutexLocker lock(&mutex);
    for (const QString &message : std::as_const(captured)) {
        if (message.contains(text))
            return message;
    }
    return {};
}

} // namespace tickerline::test
