#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace tickerline {

class Settings;

// An inline banner above the watchlist on the simulated market: says that the
// prices are made up and how to watch a real feed. "Open settings" asks for
// the Feed page; closing it stores Settings::Key::FirstRunHintDismissed, so it
// never comes back.
class FirstRunHint final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstRunHint)
public:
    explicit FirstRunHint(Settings &settings, QWidget *parent = nullptr);

    // Whether the hint belongs on screen for a feed from this provider.
    [[nodiscard]] bool wantedFor(const QString &provider) const;

Q_SIGNALS:
    void settingsRequested();

private:
    void dismiss();

    Settings &m_settings;
    QLabel *m_text = nullptr;
    QPushButton *m_settingsButton = nullptr;
    QToolButton *m_closeButton = nullptr;
};

} // namespace tickerline
