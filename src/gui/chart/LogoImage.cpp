#include "LogoImage.h"

#include "LetterLogo.h"

#include <QBuffer>
#include <QImageReader>
#include <QPainter>
#include <QPainterPath>
#include <QSvgRenderer>

namespace tickerline {

namespace {
constexpr qsizetype MaxEncodedBytes = 1024 * 1024;
constexpr int MaxDecodedSide = 1024;

QImage fitSquare(const QImage &source, int size)
{
    QImage out(size, size, QImage::Format_ARGB32_Premultiplied);
    out.fill(Qt::transparent);
    QPainter p(&out);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    const QImage scaled = source.scaled(size, size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    p.drawImage((size - scaled.width()) / 2, (size - scaled.height()) / 2, scaled);
    return out;
}

QImage renderSvg(const QByteArray &bytes, int size)
{
    QSvgRenderer renderer(bytes);
    if (!renderer.isValid())
        return {};
    QImage out(size, size, QImage::Format_ARGB32_Premultiplied);
    out.fill(Qt::transparent);
    QPainter p(&out);
    p.setRenderHint(QPainter::Antialiasing);
    renderer.render(&p, QRectF(0, 0, size, size));
    return out;
}

QImage decodeRaster(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QSize declared = reader.size();
    if (!declared.isValid() || declared.width() > MaxDecodedSide || declared.height() > MaxDecodedSide)
        return {};
    return reader.read();
}
} // namespace

QImage letterMark(const SymbolLook &look, int size)
{
    QImage out(size, size, QImage::Format_ARGB32_Premultiplied);
    out.fill(Qt::transparent);
    // Darkened a little, so white letters stay readable on the lighter hues.
    const QColor background = look.color.darker(115);
    QPainter p(&out);
    p.setRenderHint(QPainter::Antialiasing);
    QPainterPath rounded;
    rounded.addRoundedRect(QRectF(0, 0, size, size), size * 0.22, size * 0.22);
    p.fillPath(rounded, background);
    QFont font = p.font();
    font.setBold(true);
    font.setPixelSize(qMax(6, int(size * (look.letters.size() > 1 ? 0.46 : 0.58))));
    p.setFont(font);
    p.setPen(Qt::white);
    p.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, look.letters);
    return out;
}

QImage logoImage(const Instrument &instrument, const SymbolLook &look, int size)
{
    const QByteArray &bytes = instrument.logo;
    if (!bytes.isEmpty() && bytes.size() <= MaxEncodedBytes && bytes != letterLogoSvg(instrument.symbol)) {
        const bool svg = instrument.logoMimeType == u"image/svg+xml"
            || bytes.trimmed().startsWith("<svg") || bytes.trimmed().startsWith("<?xml");
        const QImage decoded = svg ? renderSvg(bytes, size) : decodeRaster(bytes);
        if (!decoded.isNull())
            return svg ? decoded : fitSquare(decoded, size);
    }
    return letterMark(look, size);
}

} // namespace tickerline
