#include "Venue.h"

#include <QCoreApplication>

namespace tickerline::calendar {

namespace {

QString text(const char *source)
{
    return QCoreApplication::translate("Calendar", source);
}

} // namespace

Venue venue(VenueId id)
{
    Venue v;
    v.id = id;
    switch (id) {
    case VenueId::Nyse:
    case VenueId::Nasdaq:
        // One calendar and the same hours; extended hours as NYSE Arca and Nasdaq run them.
        v.mic = id == VenueId::Nyse ? QStringLiteral("XNYS") : QStringLiteral("XNAS");
        v.name = id == VenueId::Nyse ? text(QT_TRANSLATE_NOOP("Calendar", "New York Stock Exchange"))
                                     : text(QT_TRANSLATE_NOOP("Calendar", "Nasdaq"));
        v.timeZone = "America/New_York";
        v.preMarket = TimeRange{QTime(4, 0), QTime(9, 30)};
        v.regular = {QTime(9, 30), QTime(16, 0)};
        v.afterHours = TimeRange{QTime(16, 0), QTime(20, 0)};
        break;
    case VenueId::Lse:
        v.mic = QStringLiteral("XLON");
        v.name = text(QT_TRANSLATE_NOOP("Calendar", "London Stock Exchange"));
        v.timeZone = "Europe/London";
        v.regular = {QTime(8, 0), QTime(16, 30)};
        break;
    case VenueId::Xetra:
        v.mic = QStringLiteral("XETR");
        v.name = text(QT_TRANSLATE_NOOP("Calendar", "Xetra"));
        v.timeZone = "Europe/Berlin";
        v.regular = {QTime(9, 0), QTime(17, 30)};
        break;
    case VenueId::EuronextParis:
        v.mic = QStringLiteral("XPAR");
        v.name = text(QT_TRANSLATE_NOOP("Calendar", "Euronext Paris"));
        v.timeZone = "Europe/Paris";
        v.regular = {QTime(9, 0), QTime(17, 30)};
        break;
    case VenueId::Tse:
        // Closes at 15:30 since 5 November 2024 (15:00 before; MarketCalendar knows the date).
        v.mic = QStringLiteral("XTKS");
        v.name = text(QT_TRANSLATE_NOOP("Calendar", "Tokyo Stock Exchange"));
        v.timeZone = "Asia/Tokyo";
        v.regular = {QTime(9, 0), QTime(15, 30)};
        v.lunch = TimeRange{QTime(11, 30), QTime(12, 30)};
        break;
    case VenueId::Hkex:
        // The pre-opening session is an auction: orders in from 09:00, matched at 09:20.
        v.mic = QStringLiteral("XHKG");
        v.name = text(QT_TRANSLATE_NOOP("Calendar", "Hong Kong Stock Exchange"));
        v.timeZone = "Asia/Hong_Kong";
        v.preMarket = TimeRange{QTime(9, 0), QTime(9, 30)};
        v.regular = {QTime(9, 30), QTime(16, 0)};
        v.lunch = TimeRange{QTime(12, 0), QTime(13, 0)};
        break;
    case VenueId::Asx:
        v.mic = QStringLiteral("XASX");
        v.name = text(QT_TRANSLATE_NOOP("Calendar", "Australian Securities Exchange"));
        v.timeZone = "Australia/Sydney";
        v.regular = {QTime(10, 0), QTime(16, 0)};
        break;
    case VenueId::Tsx:
        v.mic = QStringLiteral("XTSE");
        v.name = text(QT_TRANSLATE_NOOP("Calendar", "Toronto Stock Exchange"));
        v.timeZone = "America/Toronto";
        v.regular = {QTime(9, 30), QTime(16, 0)};
        break;
    case VenueId::Crypto:
        v.name = text(QT_TRANSLATE_NOOP("Calendar", "Crypto (24/7)"));
        v.timeZone = "UTC";
        v.regular = {QTime(0, 0), QTime(23, 59, 59, 999)};
        v.alwaysOpen = true;
        break;
    }
    return v;
}

QList<VenueId> allVenues()
{
    return {VenueId::Nyse, VenueId::Nasdaq, VenueId::Lse,  VenueId::Xetra, VenueId::EuronextParis,
            VenueId::Tse,  VenueId::Hkex,   VenueId::Asx,  VenueId::Tsx,   VenueId::Crypto};
}

} // namespace tickerline::calendar
