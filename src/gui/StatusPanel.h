#pragma once

#include "FeedStatus.h"
#include "StoreTypes.h"

#include <QHash>
#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace tickerline {

// The status bar's content: one label per feed ("Simulated market: Live ·
// 120 ticks/s") on the left, the database on the right. Problems are shown in
// the warning/error colour with the provider's or store's reason.
class StatusPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusPanel)
public:
    explicit StatusPanel(QWidget *parent = nullptr);
    ~StatusPanel() override;

    void setFeedStatus(const tickerline::FeedStatus &status);
    void clearFeeds();
    void setStoreStatus(const tickerline::StoreStatus &status);
    void setStoreError(const QString &message);
    // A viewer of a database that a collector writes (no feed of its own):
    // the database label says so instead of counting stored ticks.
    void setViewer(bool viewer);

    // The plain text shown, for tests and accessibility.
    [[nodiscard]] QString feedText(const QString &feed) const;
    [[nodiscard]] QString storeText() const;

Q_SIGNALS:
    // The PostgreSQL server refused the password and the user clicked
    // "Enter password…" in the message.
    void passwordRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Level { Good, Busy, Warning, Error };
    void showOn(QLabel *label, Level level, const QString &text, const QString &toolTip, const QString &link = {});
    [[nodiscard]] QString colourName(Level level) const;
    void refresh();

    QHBoxLayout *m_feedLayout = nullptr;
    QHash<QString, QLabel *> m_feedLabels;
    QHash<QString, tickerline::FeedStatus> m_feeds;
    QLabel *m_storeLabel = nullptr;
    tickerline::StoreStatus m_store;
    QString m_storeError;
    bool m_viewer = false;
};

} // namespace tickerline
