#pragma once

#include "SeriesColumns.h"
#include "SeriesPoint.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

namespace tickerline {

// The points of every charted symbol, one bounded buffer per symbol (history
// and live, see SeriesColumns), shared by every chart that shows the symbol:
// four panes on AAPL hold AAPL's points once. A chart says which symbols it
// uses; a buffer nobody uses goes. Live points come in once per hub frame,
// whatever the number of charts; history answers replace a range and say
// how coarse they are, so that a chart that needs finer points there asks
// for them again. GUI thread only; the signals pass references and must be
// connected directly.
class SeriesPool final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SeriesPool)
public:
    explicit SeriesPool(QObject *parent = nullptr);
    ~SeriesPool() override;

    // The symbols `user` shows; buffers no user shows any more are dropped.
    void setUsed(const void *user, const QStringList &symbols);
    void release(const void *user);

    // Live points of a hub frame, for the symbols in use.
    void append(const SeriesMap &points);
    // History for [fromMs, toMs] (see SeriesColumns::replaceRange), at most
    // one point per spacingMs on average (0: every stored point), from `source`.
    void replaceRange(const QString &symbol, qint64 fromMs, qint64 toMs, const Series &points, qint64 spacingMs,
                      const void *source);
    void setCapacity(qsizetype points);
    [[nodiscard]] qsizetype capacity() const { return m_capacity; }

    // Null for a symbol no chart uses or that has no points yet.
    [[nodiscard]] const SeriesColumns *buffer(const QString &symbol) const;
    // Points held for every symbol together.
    [[nodiscard]] qsizetype pointCount() const;

Q_SIGNALS:
    void appended(const tickerline::SeriesMap &points);
    void replaced(const QString &symbol, qint64 fromMs, qint64 toMs, qint64 spacingMs, const void *source);

private:
    [[nodiscard]] bool isUsed(const QString &symbol) const;
    void dropUnused();

    QHash<QString, SeriesColumns> m_buffers;
    QHash<const void *, QStringList> m_users;
    qsizetype m_capacity = SeriesColumns::DefaultCapacity;
};

} // namespace tickerline
