#pragma once

#include <QLabel>
#include <QStringList>

namespace tickerline {

// A word-wrapping label as tall as the longest of the texts it may show, so
// that a row does not grow (and push or squeeze its neighbours) when its text
// changes, and a dialog can size itself for the longest state up front.
class ReservedHeightLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReservedHeightLabel)
public:
    explicit ReservedHeightLabel(QWidget *parent = nullptr);
    ~ReservedHeightLabel() override;

    void setReservedTexts(const QStringList &texts);

    [[nodiscard]] int heightForWidth(int width) const override;

private:
    QStringList m_reserved;
};

} // namespace tickerline
