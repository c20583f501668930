#pragma once

// Small builders and checks shared by the storage tests (header-only: each
// test is its own executable).

#include "Bar.h"
#include "SeriesPoint.h"
#include "Tick.h"
#include "TickStore.h"
#include "Clock.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QSignalSpy>
#include <QTest>

#include <atomic>
#include <limits>
#include <memory>

namespace tickerline::test {

inline Tick makeTick(const QString &symbol, qint64 timeMs, double price, double size = 1.0,
                     qint64 sequence = -1, const QString &provider = QStringLiteral("sim"))
{
    Tick tick;
    tick.symbol = symbol;
    tick.provider = provider;
    tick.timeMs = timeMs;
    tick.price = price;
    tick.size = size;
    tick.sequence = sequence;
    tick.receivedMs = timeMs + 5;
    return tick;
}

inline Bar makeBar(const QString &symbol, qint64 timeMs, double close, qint64 intervalMs = 60'000,
                   const QString &provider = QStringLiteral("sim"))
{
    Bar bar;
    bar.symbol = symbol;
    bar.provider = provider;
    bar.timeMs = timeMs;
    bar.intervalMs = intervalMs;
    bar.open = bar.high = bar.low = bar.close = close;
    bar.volume = 10.0;
    return bar;
}

// A store on the calling thread, opened synchronously (slots called directly
// emit before they return); nullptr if it did not open.
inline std::unique_ptr<TickStore> openStore(const QString &path, const TickStoreOptions &options,
                                            const Clock &clock = SystemClock::instance())
{
    auto store = std::make_unique<TickStore>(clock, options);
    QSignalSpy opened(store.get(), &TickStore::opened);
    store->open(path);
    if (opened.count() != 1)
        return nullptr;
    return store;
}

inline std::unique_ptr<TickStore> openStore(const QString &path, const Clock &clock = SystemClock::instance())
{
    return openStore(path, TickStoreOptions{}, clock);
}

inline StoreStatus flush(TickStore &store)
{
    QSignalSpy flushed(&store, &TickStore::flushed);
    store.flush();
    return flushed.count() == 1 ? flushed.at(0).at(0).value<StoreStatus>() : StoreStatus{};
}

inline HistoryResult history(TickStore &store, const HistoryRequest &request)
{
    QSignalSpy ready(&store, &TickStore::historyReady);
    store.requestHistory(request);
    return ready.count() == 1 ? ready.at(0).at(0).value<HistoryResult>() : HistoryResult{};
}

// All points of one symbol (no reduction) in [fromMs, toMs].
inline Series history(TickStore &store, const QString &symbol, qint64 fromMs = 0,
                      qint64 toMs = std::numeric_limits<qint64>::max())
{
    HistoryRequest request;
    request.symbols = {symbol};
    request.fromMs = fromMs;
    request.toMs = toMs;
    request.maxPoints = 0;
    return history(store, request).series.value(symbol);
}

// A raw connection to a test database, for building old files by hand and
// for looking behind the store's back. Removed from Qt's registry on exit.
class RawDb
{
    Q_DISABLE_COPY_MOVE(RawDb)
public:
    explicit RawDb(const QString &path)
    {
        static std::atomic<int> counter{0};
        m_name = QStringLiteral("raw-test-%1").arg(++counter);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_open = db.open();
    }
    ~RawDb() { QSqlDatabase::removeDatabase(m_name); }

    [[nodiscard]] bool isOpen() const { return m_open; }

    // DDL and fixed statements only.
    [[nodiscard]] bool exec(const QString &sql) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name));
        if (query.exec(sql))
            return true;
        qWarning() << "RawDb:" << sql << query.lastError().text();
        return false;
    }

    [[nodiscard]] QVariant scalar(const QString &sql) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name));
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0);
    }

    void close() const { QSqlDatabase::database(m_name).close(); }

private:
    QString m_name;
    bool m_open = false;
};

} // namespace tickerline::test

namespace tickerline {

// Readable QCOMPARE failures for series (found through ADL).
inline char *toString(const Series &series)
{
    QByteArray text = "[";
    for (const SeriesPoint &p : series)
        text += '(' + QByteArray::number(p.timeMs) + ", " + QByteArray::number(p.value, 'g', 17) + ") ";
    text += ']';
    return qstrdup(text.constData());
}

} // namespace tickerline
