#pragma once

#include <QStringList>

namespace tickerline::test {

// Turns on every logging category at every level and captures all messages,
// from any thread, while it lives: for tests proving that a secret is never
// logged. One at a time.
class LogCapture final
{
public:
    LogCapture();
    ~LogCapture();
    Q_DISABLE_COPY_MOVE(LogCapture)

    [[nodiscard]] QStringList messages() const;
    // The first message containing text, or an empty string.
    [[nodiscard]] QString messageContaining(const QString &text) const;
    [[nodiscard]] bool contains(const QString &text) const { return !messageContaining(text).isEmpty(); }

private:
    QtMessageHandler m_previous = nullptr;
};

} // namespace tickerline::test
