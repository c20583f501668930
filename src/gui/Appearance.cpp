#include "Appearance.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

using namespace Qt::StringLiterals;

namespace tickerline {

namespace {

const QString &platformStyleName()
{
    static const QString name = QApplication::style()->name();
    return name;
}

QPalette darkPalette()
{
    const QColor window(0x1f, 0x22, 0x27);
    const QColor base(0x17, 0x19, 0x1d);
    const QColor alternate(0x1d, 0x20, 0x25);
    const QColor button(0x2a, 0x2e, 0x35);
    const QColor text(0xe4, 0xe6, 0xea);
    const QColor disabledText(0x6b, 0x70, 0x79);
    const QColor highlight(0x2f, 0x6f, 0xd1);

    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, alternate);
    p.setColor(QPalette::ToolTipBase, button);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8f, 0x98));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x3a, 0x3f, 0x47));
    p.setColor(QPalette::Midlight, QColor(0x31, 0x35, 0x3c));
    p.setColor(QPalette::Mid, QColor(0x26, 0x29, 0x2f));
    p.setColor(QPalette::Dark, QColor(0x12, 0x14, 0x17));
    p.setColor(QPalette::Shadow, QColor(0x0a, 0x0b, 0x0d));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x8b, 0xff));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x3a, 0x3f, 0x47));
    return p;
}

void setStyle(const QString &name)
{
    if (QApplication::style()->name().compare(name, Qt::CaseInsensitive) != 0)
        QApplication::setStyle(name);
}

} // namespace

void applyAppearance(Appearance mode)
{
    const QString &platformStyle = platformStyleName();
    if (mode == Appearance::Dark) {
        setStyle(u"Fusion"_s);
        QApplication::setPalette(darkPalette());
    } else if (mode == Appearance::Light) {
        setStyle(u"Fusion"_s);
        QApplication::setPalette(QApplication::style()->standardPalette());
    } else {
        setStyle(platformStyle);
        // A palette with nothing set resolves entirely against the platform
        // theme's, and Qt resolves it again on every theme change: the
        // application (and with it the chart and watchlist, which pick their
        // colours from the palette's lightness) follows the system's light or
        // dark mode live. Qt 6.4 has no QStyleHints::colorScheme().
        QApplication::setPalette(QPalette());
    }
}

} // namespace tickerline
