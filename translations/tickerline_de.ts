<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AlertDialog</name>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>&amp;Rules:</source>
        <translation>&amp;Regeln:</translation>
    </message>
    <message>
        <source>Alert rules</source>
        <translation>Alarmregeln</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>&amp;Symbol:</source>
        <translation>&amp;Symbol:</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Bedingung:</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Price &amp;level:</source>
        <translation>Kurs&amp;marke:</translation>
    </message>
    <message>
        <source>Price level</source>
        <translation>Kursmarke</translation>
    </message>
    <message>
        <source>&amp;Move by:</source>
        <translation>Be&amp;wegung um:</translation>
    </message>
    <message>
        <source>Move in percent</source>
        <translation>Kursbewegung in Prozent</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Wi&amp;thin:</source>
        <translation>&amp;Innerhalb von:</translation>
    </message>
    <message>
        <source>Time window in seconds</source>
        <translation>Zeitfenster in Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>No tick &amp;for:</source>
        <translation>Kein &amp;Tick seit:</translation>
    </message>
    <message>
        <source>Silence in seconds</source>
        <translation>Dauer ohne Ticks in Sekunden</translation>
    </message>
    <message>
        <source>&amp;Fires:</source>
        <translation>&amp;Auslösung:</translation>
    </message>
    <message>
        <source>When the alert fires again</source>
        <translation>Wann der Alarm erneut auslöst</translation>
    </message>
    <message>
        <source>&amp;Cool-down:</source>
        <translation>S&amp;perrzeit:</translation>
    </message>
    <message>
        <source>Cool-down in seconds</source>
        <translation>Sperrzeit in Sekunden</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>A&amp;ktiv</translation>
    </message>
    <message>
        <source>Sa&amp;ve Rule</source>
        <translation>Regel sp&amp;eichern</translation>
    </message>
</context>
<context>
    <name>AppearancePage</name>
    <message>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Dem System folgen</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Dem &amp;System folgen</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>D&amp;ark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation>Sp&amp;rache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Tickerline starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Tickerline.</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Neujahr</translation>
    </message>
    <message>
        <source>Australia Day</source>
        <translation>Australia Day</translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation>Karfreitag</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>Ostermontag</translation>
    </message>
    <message>
        <source>Anzac Day</source>
        <translation>Anzac Day</translation>
    </message>
    <message>
        <source>King&apos;s Birthday</source>
        <translation>Geburtstag des Königs</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>1. Weihnachtsfeiertag</translation>
    </message>
    <message>
        <source>Boxing Day</source>
        <translation>2. Weihnachtsfeiertag</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>Tag der Arbeit</translation>
    </message>
    <message>
        <source>Lunar New Year&apos;s Day</source>
        <translation>Chinesisches Neujahr</translation>
    </message>
    <message>
        <source>The second day of Lunar New Year</source>
        <translation>Zweiter Tag des Chinesischen Neujahrs</translation>
    </message>
    <message>
        <source>The third day of Lunar New Year</source>
        <translation>Dritter Tag des Chinesischen Neujahrs</translation>
    </message>
    <message>
        <source>Ching Ming Festival</source>
        <translation>Qingming-Fest</translation>
    </message>
    <message>
        <source>The day following Good Friday</source>
        <translation>Karsamstag</translation>
    </message>
    <message>
        <source>The Birthday of the Buddha</source>
        <translation>Buddhas Geburtstag</translation>
    </message>
    <message>
        <source>Tuen Ng Festival</source>
        <translation>Drachenbootfest</translation>
    </message>
    <message>
        <source>Hong Kong Special Administrative Region Establishment Day</source>
        <translation>Gründungstag der Sonderverwaltungszone Hongkong</translation>
    </message>
    <message>
        <source>The day following the Mid-Autumn Festival</source>
        <translation>Tag nach dem Mondfest</translation>
    </message>
    <message>
        <source>National Day</source>
        <translation>Nationalfeiertag</translation>
    </message>
    <message>
        <source>Chung Yeung Festival</source>
        <translation>Chongyang-Fest</translation>
    </message>
    <message>
        <source>The first weekday after Christmas Day</source>
        <translation>Erster Wochentag nach Weihnachten</translation>
    </message>
    <message>
        <source>Early May bank holiday</source>
        <translation>Bankfeiertag Anfang Mai</translation>
    </message>
    <message>
        <source>Spring bank holiday</source>
        <translation>Bankfeiertag im Frühjahr</translation>
    </message>
    <message>
        <source>Summer bank holiday</source>
        <translation>Bankfeiertag im Sommer</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Pre-market</source>
        <translation>Vorbörse</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Geöffnet</translation>
    </message>
    <message>
        <source>Lunch break</source>
        <translation>Mittagspause</translation>
    </message>
    <message>
        <source>After hours</source>
        <translation>Nachbörse</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Feiertag</translation>
    </message>
    <message>
        <source>Martin Luther King, Jr. Day</source>
        <translation>Martin-Luther-King-Tag</translation>
    </message>
    <message>
        <source>Washington&apos;s Birthday</source>
        <translation>Washingtons Geburtstag</translation>
    </message>
    <message>
        <source>Memorial Day</source>
        <translation>Memorial Day</translation>
    </message>
    <message>
        <source>Juneteenth National Independence Day</source>
        <translation>Juneteenth</translation>
    </message>
    <message>
        <source>Independence Day</source>
        <translation>Unabhängigkeitstag</translation>
    </message>
    <message>
        <source>Labor Day</source>
        <translation>Labor Day</translation>
    </message>
    <message>
        <source>Thanksgiving Day</source>
        <translation>Thanksgiving</translation>
    </message>
    <message>
        <source>Coming of Age Day</source>
        <translation>Tag der Volljährigkeit</translation>
    </message>
    <message>
        <source>National Foundation Day</source>
        <translation>Staatsgründungstag</translation>
    </message>
    <message>
        <source>Emperor&apos;s Birthday</source>
        <translation>Geburtstag des Kaisers</translation>
    </message>
    <message>
        <source>Vernal Equinox Day</source>
        <translation>Frühlings-Tagundnachtgleiche</translation>
    </message>
    <message>
        <source>Showa Day</source>
        <translation>Shōwa-Tag</translation>
    </message>
    <message>
        <source>Constitution Memorial Day</source>
        <translation>Verfassungsgedenktag</translation>
    </message>
    <message>
        <source>Greenery Day</source>
        <translation>Tag des Grüns</translation>
    </message>
    <message>
        <source>Children&apos;s Day</source>
        <translation>Kindertag</translation>
    </message>
    <message>
        <source>Respect for the Aged Day</source>
        <translation>Tag der Achtung vor dem Alter</translation>
    </message>
    <message>
        <source>Autumnal Equinox Day</source>
        <translation>Herbst-Tagundnachtgleiche</translation>
    </message>
    <message>
        <source>Culture Day</source>
        <translation>Tag der Kultur</translation>
    </message>
    <message>
        <source>Labour Thanksgiving Day</source>
        <translation>Tag des Dankes für die Arbeit</translation>
    </message>
    <message>
        <source>Marine Day</source>
        <translation>Tag des Meeres</translation>
    </message>
    <message>
        <source>Mountain Day</source>
        <translation>Tag der Berge</translation>
    </message>
    <message>
        <source>Sports Day</source>
        <translation>Tag des Sports</translation>
    </message>
    <message>
        <source>Substitute Holiday</source>
        <translation>Ersatzfeiertag</translation>
    </message>
    <message>
        <source>Citizens&apos; Holiday</source>
        <translation>Bürgerfeiertag</translation>
    </message>
    <message>
        <source>Market holiday</source>
        <translation>Börsenfeiertag</translation>
    </message>
    <message>
        <source>Family Day</source>
        <translation>Tag der Familie</translation>
    </message>
    <message>
        <source>Victoria Day</source>
        <translation>Victoria Day</translation>
    </message>
    <message>
        <source>Canada Day</source>
        <translation>Kanada-Tag</translation>
    </message>
    <message>
        <source>Civic Holiday</source>
        <translation>Civic Holiday</translation>
    </message>
    <message>
        <source>New York Stock Exchange</source>
        <translation>New Yorker Börse</translation>
    </message>
    <message>
        <source>Nasdaq</source>
        <translation>Nasdaq</translation>
    </message>
    <message>
        <source>London Stock Exchange</source>
        <translation>Londoner Börse</translation>
    </message>
    <message>
        <source>Xetra</source>
        <translation>Xetra</translation>
    </message>
    <message>
        <source>Euronext Paris</source>
        <translation>Euronext Paris</translation>
    </message>
    <message>
        <source>Tokyo Stock Exchange</source>
        <translation>Tokioter Börse</translation>
    </message>
    <message>
        <source>Hong Kong Stock Exchange</source>
        <translation>Hongkonger Börse</translation>
    </message>
    <message>
        <source>Australian Securities Exchange</source>
        <translation>Australische Wertpapierbörse</translation>
    </message>
    <message>
        <source>Toronto Stock Exchange</source>
        <translation>Börse Toronto</translation>
    </message>
    <message>
        <source>Crypto (24/7)</source>
        <translation>Krypto (24/7)</translation>
    </message>
    <message>
        <source>Christmas Eve</source>
        <translation>Heiligabend</translation>
    </message>
    <message>
        <source>New Year&apos;s Eve</source>
        <translation>Silvester</translation>
    </message>
</context>
<context>
    <name>CandleChart</name>
    <message>
        <source>O %1 H %2 L %3 C %4</source>
        <extracomment>The candle read-out&apos;s labels: open, high, low, close (one letter each where the language allows).</extracomment>
        <translation>E %1 H %2 T %3 S %4</translation>
    </message>
    <message>
        <source>Vol %1</source>
        <translation>Vol. %1</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Last 5 days</source>
        <translation>Letzte 5 Tage</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>Letzte 6 Monate</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <source>Everything, from the earliest point loaded</source>
        <translation>Alles, ab dem ältesten geladenen Datenpunkt</translation>
    </message>
</context>
<context>
    <name>DataDelay</name>
    <message>
        <source>real-time</source>
        <translation>Echtzeit</translation>
    </message>
    <message>
        <source>delayed %1 min</source>
        <translation>um %1 min verzögert</translation>
    </message>
    <message>
        <source>real-time, %1 trades only</source>
        <translation>Echtzeit, nur Trades von %1</translation>
    </message>
    <message>
        <source>delay not known</source>
        <translation>Verzögerung unbekannt</translation>
    </message>
    <message>
        <source>%1m delayed</source>
        <translation>%1 min verzögert</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>Browse for the database file</source>
        <translation>Datenbankdatei auswählen</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <source>Use the default database location</source>
        <translation>Standardort der Datenbank verwenden</translation>
    </message>
    <message>
        <source>De&amp;fault</source>
        <translation>&amp;Standard</translation>
    </message>
    <message>
        <source>&amp;Keep raw ticks for:</source>
        <translation>Rohe Ticks &amp;aufbewahren:</translation>
    </message>
    <message>
        <source>Days raw ticks are kept</source>
        <translation>Tage, die rohe Ticks aufbewahrt werden</translation>
    </message>
    <message>
        <source>Older ticks are deleted hourly; bars from backfill are always kept.</source>
        <translation>Ältere Ticks werden stündlich gelöscht; nachgeladene Balken bleiben immer erhalten.</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>&amp;Database file or PostgreSQL URL:</source>
        <translation>&amp;Datenbankdatei oder PostgreSQL-URL:</translation>
    </message>
    <message>
        <source>Database file or PostgreSQL URL</source>
        <translation>Datenbankdatei oder PostgreSQL-URL</translation>
    </message>
    <message>
        <source>PostgreSQL pass&amp;word:</source>
        <translation>PostgreSQL-&amp;Passwort:</translation>
    </message>
    <message>
        <source>PostgreSQL password</source>
        <translation>PostgreSQL-Passwort</translation>
    </message>
    <message>
        <source>Every tick received is recorded in this SQLite database, or in a PostgreSQL database given as postgresql://user@host:port/database. Leave it empty to use the default location. A new location takes effect the next time Tickerline starts.</source>
        <translation>Jeder empfangene Tick wird in dieser SQLite-Datenbank gespeichert oder in einer PostgreSQL-Datenbank, angegeben als postgresql://user@host:port/database. Leer lassen, um den Standardort zu verwenden. Ein neuer Ort gilt ab dem nächsten Start von Tickerline.</translation>
    </message>
</context>
<context>
    <name>FailoverController</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 refused %2</source>
        <translation>%1 hat %2 abgelehnt</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 is rate-limited until %2</source>
        <translation>%1 ist bis %2 gedrosselt</translation>
    </message>
    <message>
        <source>%1 spent its request budget (%2 of %3), the next request at %4</source>
        <translation>%1 hat sein Anfragekontingent aufgebraucht (%2 von %3), nächste Anfrage um %4</translation>
    </message>
    <message>
        <source>%1 unreachable after %2 attempts</source>
        <translation>%1 nach %2 Versuchen nicht erreichbar</translation>
    </message>
    <message>
        <source>%1 is stale while the market of %2 is open</source>
        <translation>%1 ist veraltet, obwohl der Markt von %2 geöffnet ist</translation>
    </message>
    <message>
        <source>%1 sent no tick of %2 for %3 s while its market is open</source>
        <translation>%1 hat seit %3 s keinen Tick von %2 gesendet, obwohl dessen Markt geöffnet ist</translation>
    </message>
    <message>
        <source>%1 has recovered</source>
        <translation>%1 ist wieder verfügbar</translation>
    </message>
</context>
<context>
    <name>FeedStatus</name>
    <message>
        <source>Idle</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbindet</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>Backing off</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>server: %1, %2</source>
        <translation>Server: %1, %2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
</context>
<context>
    <name>JsonMapping</name>
    <message>
        <source>The %1 pointer &quot;%2&quot; is not a JSON pointer (RFC 6901)</source>
        <translation>Der %1-Zeiger „%2“ ist kein JSON-Zeiger (RFC 6901)</translation>
    </message>
    <message>
        <source>Give either a symbol pointer or a fixed symbol.</source>
        <translation>Geben Sie entweder einen Symbol-Zeiger oder ein festes Symbol an.</translation>
    </message>
    <message>
        <source>The provider name is empty.</source>
        <translation>Der Anbietername ist leer.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Tickerline</source>
        <translation>Tickerline</translation>
    </message>
    <message>
        <source>Watchlist</source>
        <translation>Beobachtungsliste</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Reset Chart Zoom</source>
        <translation>Diagramm-Zoom &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;About Tickerline</source>
        <translation>&amp;Über Tickerline</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>A&amp;larme</translation>
    </message>
    <message>
        <source>Export Chart as &amp;PNG…</source>
        <translation>Diagramm als &amp;PNG exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Export Chart as S&amp;VG…</source>
        <translation>Diagramm als S&amp;VG exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Copy Chart</source>
        <translation>Diagramm &amp;kopieren</translation>
    </message>
    <message>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <source>&amp;Manage Alerts…</source>
        <translation>Alarme &amp;verwalten…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
</context>
<context>
    <name>PaneState</name>
    <message>
        <source>unknown chart setting &quot;%1&quot;</source>
        <translation>unbekannte Diagrammeinstellung „%1“</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>PriceChart</name>
    <message>
        <source>Price</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>MMM d</source>
        <extracomment>Time axis label at midnight, a QDateTime format: MMM month, d day</extracomment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <extracomment>Time axis label for a month, a QDateTime format: MMM month, yyyy year</extracomment>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source> % in view</source>
        <translation> % in der Ansicht</translation>
    </message>
</context>
<context>
    <name>ProviderChains</name>
    <message>
        <source>an empty provider name in “%1”</source>
        <translation>ein leerer Anbietername in „%1“</translation>
    </message>
    <message>
        <source>unknown provider “%1” (tickerline-collector providers lists them)</source>
        <translation>unbekannter Anbieter „%1“ (tickerline-collector providers listet sie auf)</translation>
    </message>
    <message>
        <source>“%1” is no market data provider and cannot take part in failover</source>
        <translation>„%1“ ist kein Marktdatenanbieter und kann nicht am Failover teilnehmen</translation>
    </message>
    <message>
        <source>“%1” is listed twice in “%2”</source>
        <translation>„%1“ ist in „%2“ doppelt aufgeführt</translation>
    </message>
    <message>
        <source>more than one provider list for every symbol in “%1”</source>
        <translation>mehr als eine Anbieterliste für alle Symbole in „%1“</translation>
    </message>
    <message>
        <source>no symbol before “=” in “%1”</source>
        <translation>kein Symbol vor „=“ in „%1“</translation>
    </message>
</context>
<context>
    <name>ProviderFeeds</name>
    <message>
        <source>%1 streams over WebSocket: the endpoint must be a ws:// or wss:// URL.</source>
        <translation>%1 überträgt per WebSocket: Der Endpunkt muss eine ws://- oder wss://-URL sein.</translation>
    </message>
</context>
<context>
    <name>ProviderKeyRow</name>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>ProviderPage</name>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API-Schlüssel:</translation>
    </message>
    <message>
        <source>Poll &amp;interval:</source>
        <translation>Abfrage&amp;intervall:</translation>
    </message>
    <message>
        <source>Poll interval in seconds</source>
        <translation>Abfrageintervall in Sekunden</translation>
    </message>
    <message>
        <source>How often a polling provider is asked for new quotes.</source>
        <translation>Wie oft ein abfragender Anbieter nach neuen Kursen gefragt wird.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Simulated &amp;rate:</source>
        <translation>Simulierte &amp;Rate:</translation>
    </message>
    <message>
        <source>Simulated ticks per second per symbol</source>
        <translation>Simulierte Ticks pro Sekunde und Symbol</translation>
    </message>
    <message>
        <source>How many ticks per second the simulated market makes for each symbol.</source>
        <translation>Wie viele Ticks pro Sekunde der simulierte Markt für jedes Symbol erzeugt.</translation>
    </message>
    <message>
        <source> ticks/s per symbol</source>
        <translation> Ticks/s je Symbol</translation>
    </message>
</context>
<context>
    <name>ProviderRegistry</name>
    <message>
        <source>Simulated market</source>
        <translation>Simulierter Markt</translation>
    </message>
    <message>
        <source>Built-in random-walk market for demos and tests; no network, no key.</source>
        <translation>Eingebauter Random-Walk-Markt für Vorführungen und Tests; kein Netzwerk, kein Schlüssel.</translation>
    </message>
    <message>
        <source>Yahoo Finance</source>
        <translation>Yahoo Finance</translation>
    </message>
    <message>
        <source>Stocks, indices, funds, FX and crypto (AAPL, ^GSPC, VOD.L, EURUSD=X) every 15 s; gaps backfilled from 1-minute bars; no key.</source>
        <translation>Aktien, Indizes, Fonds, Devisen und Krypto (AAPL, ^GSPC, VOD.L, EURUSD=X) alle 15 s; Lücken werden aus 1-Minuten-Balken nachgeladen; kein Schlüssel.</translation>
    </message>
    <message>
        <source>Finnhub</source>
        <translation>Finnhub</translation>
    </message>
    <message>
        <source>Live US trades (IEX on the free plan) with sizes; names, logos and 52-week ranges over REST.</source>
        <translation>US-Trades in Echtzeit (IEX im kostenlosen Tarif) mit Stückzahlen; Namen, Logos und 52-Wochen-Spannen über REST.</translation>
    </message>
    <message>
        <source>Alpha Vantage</source>
        <translation>Alpha Vantage</translation>
    </message>
    <message>
        <source>Delayed quotes; the free key&apos;s 25 requests a day are spread over the day.</source>
        <translation>Verzögerte Kurse; die 25 Anfragen pro Tag des kostenlosen Schlüssels werden über den Tag verteilt.</translation>
    </message>
    <message>
        <source>Twelve Data</source>
        <translation>Twelve Data</translation>
    </message>
    <message>
        <source>Live prices for stocks, FX (EUR/USD) and crypto; names and 52-week ranges over REST.</source>
        <translation>Echtzeitkurse für Aktien, Devisen (EUR/USD) und Krypto; Namen und 52-Wochen-Spannen über REST.</translation>
    </message>
    <message>
        <source>Coinbase Exchange</source>
        <translation>Coinbase Exchange</translation>
    </message>
    <message>
        <source>Crypto trades (ticker channel, BTC-USD); gaps and reconnects backfilled from 1-minute candles; no key.</source>
        <translation>Krypto-Trades (Ticker-Kanal, BTC-USD); Lücken und Neuverbindungen werden aus 1-Minuten-Kerzen nachgeladen; kein Schlüssel.</translation>
    </message>
    <message>
        <source>Binance</source>
        <translation>Binance</translation>
    </message>
    <message>
        <source>Crypto trades (BTCUSDT); renewed before the 24 h limit, reconnects backfilled from 1-minute klines; not served in restricted locations; no key.</source>
        <translation>Krypto-Trades (BTCUSDT); vor dem 24-h-Limit erneuert, Neuverbindungen werden aus 1-Minuten-Klines nachgeladen; in gesperrten Regionen nicht verfügbar; kein Schlüssel.</translation>
    </message>
    <message>
        <source>WebSocket JSON feed</source>
        <translation>WebSocket-JSON-Feed</translation>
    </message>
    <message>
        <source>Any JSON WebSocket: --endpoint ws(s)://…, optional --subscribe template, JSON pointers for symbol, price, time and size.</source>
        <translation>Beliebiger JSON-WebSocket: --endpoint ws(s)://…, optional eine --subscribe-Vorlage, JSON-Zeiger für Symbol, Kurs, Zeit und Stückzahl.</translation>
    </message>
    <message>
        <source>Server-Sent Events JSON feed</source>
        <translation>Server-Sent-Events-JSON-Feed</translation>
    </message>
    <message>
        <source>Any JSON event stream: --endpoint http(s)://…, JSON pointers for symbol, price, time and size.</source>
        <translation>Beliebiger JSON-Ereignisstrom: --endpoint http(s)://…, JSON-Zeiger für Symbol, Kurs, Zeit und Stückzahl.</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <source>Plays a CSV recording (the export format) back at N× speed: --replay FILE --speed N.</source>
        <translation>Spielt eine CSV-Aufzeichnung (im Exportformat) mit N-facher Geschwindigkeit ab: --replay FILE --speed N.</translation>
    </message>
    <message>
        <source>Kraken</source>
        <translation>Kraken</translation>
    </message>
    <message>
        <source>Crypto trades over WebSocket v2 (BTC/USD; XBTUSD works too); reconnects backfilled from 1-minute OHLC; no key.</source>
        <translation>Krypto-Trades über WebSocket v2 (BTC/USD; XBTUSD geht auch); Neuverbindungen werden aus 1-Minuten-OHLC nachgeladen; kein Schlüssel.</translation>
    </message>
    <message>
        <source>OKX</source>
        <translation>OKX</translation>
    </message>
    <message>
        <source>Crypto trades (BTC-USDT) over the v5 public WebSocket, kept open with a text ping; reconnects backfilled from 1-minute candles; no key.</source>
        <translation>Krypto-Trades (BTC-USDT) über den öffentlichen v5-WebSocket, mit einem Text-Ping offen gehalten; Neuverbindungen werden aus 1-Minuten-Kerzen nachgeladen; kein Schlüssel.</translation>
    </message>
    <message>
        <source>Bybit</source>
        <translation>Bybit</translation>
    </message>
    <message>
        <source>Crypto spot trades (BTCUSDT) over the v5 public WebSocket, kept open with its JSON ping; reconnects backfilled from 1-minute klines; no key.</source>
        <translation>Krypto-Spot-Trades (BTCUSDT) über den öffentlichen v5-WebSocket, mit dessen JSON-Ping offen gehalten; Neuverbindungen werden aus 1-Minuten-Klines nachgeladen; kein Schlüssel.</translation>
    </message>
    <message>
        <source>Bitstamp</source>
        <translation>Bitstamp</translation>
    </message>
    <message>
        <source>Crypto trades (btcusd, BTC/USD) over WebSocket v2; moves to a new connection when asked; reconnects backfilled from 1-minute OHLC; no key.</source>
        <translation>Krypto-Trades (btcusd, BTC/USD) über WebSocket v2; wechselt auf Anforderung zu einer neuen Verbindung; Neuverbindungen werden aus 1-Minuten-OHLC nachgeladen; kein Schlüssel.</translation>
    </message>
    <message>
        <source>Tickerline server</source>
        <translation>Tickerline-Server</translation>
    </message>
    <message>
        <source>Another Tickerline: a collector&apos;s `serve` (--endpoint ws://HOST:8765); ticks keep their provider, resumes without a gap; the read token only off this machine.</source>
        <translation>Ein anderes Tickerline: das `serve` eines Collectors (--endpoint ws://HOST:8765); Ticks behalten ihren Anbieter, Wiederaufnahme ohne Lücke; das Lese-Token nur außerhalb dieses Rechners.</translation>
    </message>
</context>
<context>
    <name>ProvidersPage</name>
    <message>
        <source>API keys are kept in the system keychain, never in Tickerline&apos;s settings file. Save and Remove act at once; OK and Cancel leave keys as they are.</source>
        <translation>API-Schlüssel werden im Schlüsselbund des Systems aufbewahrt, nie in der Einstellungsdatei von Tickerline. „Speichern“ und „Entfernen“ wirken sofort; „OK“ und „Abbrechen“ lassen die Schlüssel unverändert.</translation>
    </message>
    <message>
        <source>None of the providers in this version of Tickerline needs an API key.</source>
        <translation>Keiner der Anbieter in dieser Version von Tickerline benötigt einen API-Schlüssel.</translation>
    </message>
</context>
<context>
    <name>QuoteFreshness</name>
    <message>
        <source>Quotes: %1</source>
        <translation>Kurse: %1</translation>
    </message>
    <message>
        <source>Quotes from %1: %2</source>
        <translation>Kurse von %1: %2</translation>
    </message>
    <message>
        <source>%1s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1m</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No exchange calendar for this symbol</source>
        <translation>Kein Börsenkalender für dieses Symbol</translation>
    </message>
    <message>
        <source>Trades around the clock</source>
        <translation>Handel rund um die Uhr</translation>
    </message>
    <message>
        <source>Exchange time: %1</source>
        <translation>Börsenzeit: %1</translation>
    </message>
    <message>
        <source>Holiday: %1</source>
        <translation>Feiertag: %1</translation>
    </message>
    <message>
        <source>Closes %1</source>
        <translation>Schließt %1</translation>
    </message>
    <message>
        <source>Opens %1</source>
        <translation>Öffnet %1</translation>
    </message>
    <message>
        <source>No quote yet</source>
        <translation>Noch kein Kurs</translation>
    </message>
    <message>
        <source>Last quote: %1, %2 ago</source>
        <translation>Letzter Kurs: %1, vor %2</translation>
    </message>
    <message>
        <source>Stale: no new quote for a while although the market is trading</source>
        <translation>Veraltet: seit einiger Zeit kein neuer Kurs, obwohl der Markt handelt</translation>
    </message>
    <message>
        <source>The market is not trading: the last quote stays until it opens</source>
        <translation>Der Markt handelt nicht: Der letzte Kurs bleibt bis zur Öffnung stehen</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
</context>
<context>
    <name>SimulatedProfile</name>
    <message>
        <source>%1 Corp. (simulated)</source>
        <translation>%1 AG (simuliert)</translation>
    </message>
</context>
<context>
    <name>Symbol</name>
    <message>
        <source>The symbol is empty.</source>
        <translation>Das Symbol ist leer.</translation>
    </message>
    <message>
        <source>The symbol is longer than %1 characters.</source>
        <translation>Das Symbol ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The symbol contains a space.</source>
        <translation>Das Symbol enthält ein Leerzeichen.</translation>
    </message>
    <message>
        <source>The character “%1” is not allowed in a symbol.</source>
        <translation>Das Zeichen „%1“ ist in einem Symbol nicht erlaubt.</translation>
    </message>
    <message>
        <source>The symbol needs at least one letter or digit.</source>
        <translation>Das Symbol braucht mindestens einen Buchstaben oder eine Ziffer.</translation>
    </message>
    <message>
        <source>No symbols given.</source>
        <translation>Keine Symbole angegeben.</translation>
    </message>
</context>
<context>
    <name>SymbolSearch</name>
    <message>
        <source>Symbol search is not available for this provider.</source>
        <translation>Die Symbolsuche ist für diesen Anbieter nicht verfügbar.</translation>
    </message>
    <message>
        <source>The provider answered HTTP %1.</source>
        <translation>Der Anbieter antwortete mit HTTP %1.</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
</context>
<context>
    <name>TickerlineFeed</name>
    <message>
        <source>The server refused the token</source>
        <translation>Der Server hat das Token abgelehnt</translation>
    </message>
    <message>
        <source>Tickerline server: the URL must start with ws://, wss://, http:// or https:// (ws://127.0.0.1:8765).</source>
        <translation>Tickerline-Server: Die URL muss mit ws://, wss://, http:// oder https:// beginnen (ws://127.0.0.1:8765).</translation>
    </message>
    <message>
        <source>Tickerline server: no PEM certificate in “%1”.</source>
        <translation>Tickerline-Server: kein PEM-Zertifikat in „%1“.</translation>
    </message>
</context>
<context>
    <name>TickersPage</name>
    <message>
        <source>&amp;Watchlist, in display order:</source>
        <translation>&amp;Beobachtungsliste, in Anzeigereihenfolge:</translation>
    </message>
    <message>
        <source>Watchlist symbols</source>
        <translation>Symbole der Beobachtungsliste</translation>
    </message>
    <message>
        <source>Move symbol up</source>
        <translation>Symbol nach oben verschieben</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move symbol down</source>
        <translation>Symbol nach unten verschieben</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Remove symbol</source>
        <translation>Symbol entfernen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>New &amp;symbol:</source>
        <translation>Neues &amp;Symbol:</translation>
    </message>
    <message>
        <source>New symbol</source>
        <translation>Neues Symbol</translation>
    </message>
    <message>
        <source>e.g. BRK-B or BTC-USD</source>
        <translation>z. B. BRK-B oder BTC-USD</translation>
    </message>
    <message>
        <source>Add symbol</source>
        <translation>Symbol hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
</context>
<context>
    <name>Watchlists</name>
    <message>
        <source>A watchlist needs a name.</source>
        <translation>Eine Beobachtungsliste braucht einen Namen.</translation>
    </message>
    <message>
        <source>A watchlist name has at most %1 characters.</source>
        <translation>Der Name einer Beobachtungsliste hat höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>There is already a watchlist called &quot;%1&quot;.</source>
        <translation>Es gibt bereits eine Beobachtungsliste namens „%1“.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Live market quotes: watchlist, charts, tick recording.</source>
        <translation>Marktkurse in Echtzeit: Beobachtungsliste, Diagramme, Tick-Aufzeichnung.</translation>
    </message>
    <message>
        <source>Use the simulated market, on the watchlist in Settings unless --symbols is given.</source>
        <translation>Den simulierten Markt verwenden, mit der Beobachtungsliste aus den Einstellungen, sofern --symbols nicht angegeben ist.</translation>
    </message>
    <message>
        <source>Watch these symbols, comma-separated.</source>
        <translation>Diese Symbole beobachten, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>Quote provider (%1).</source>
        <translation>Kursanbieter (%1).</translation>
    </message>
    <message>
        <source>Render the main window to a PNG once data is shown, then exit.</source>
        <translation>Das Hauptfenster als PNG speichern, sobald Daten angezeigt werden, dann beenden.</translation>
    </message>
    <message>
        <source>unexpected argument “%1”.</source>
        <translation>unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>unknown provider “%1”; available: %2.</source>
        <translation>unbekannter Anbieter „%1“; verfügbar: %2.</translation>
    </message>
    <message>
        <source>--demo uses the simulated market; it cannot be combined with --provider %1.</source>
        <translation>--demo verwendet den simulierten Markt; es kann nicht mit --provider %1 kombiniert werden.</translation>
    </message>
    <message>
        <source>--database needs a path or URL.</source>
        <translation>--database braucht einen Pfad oder eine URL.</translation>
    </message>
    <message>
        <source>--screenshot: the folder of “%1” does not exist.</source>
        <translation>--screenshot: Der Ordner von „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>could not write the screenshot to “%1”.</source>
        <translation>Schreiben des Bildschirmfotos nach „%1“ fehlgeschlagen.</translation>
    </message>
    <message>
        <source>no data to show within %1 s; no screenshot written.</source>
        <translation>keine Daten innerhalb von %1 s; kein Bildschirmfoto geschrieben.</translation>
    </message>
    <message>
        <source>Show the interface in this language (%1, or “system”) instead of the one chosen in Settings.</source>
        <translation>Die Oberfläche in dieser Sprache anzeigen (%1 oder „system“) statt in der in den Einstellungen gewählten.</translation>
    </message>
    <message>
        <source>unknown language “%1”; available: %2, system.</source>
        <translation>unbekannte Sprache „%1“; verfügbar: %2, system.</translation>
    </message>
    <message>
        <source>no translation for “%1”; showing English texts.</source>
        <translation>keine Übersetzung für „%1“; Texte werden auf Englisch angezeigt.</translation>
    </message>
    <message>
        <source>Database file, or postgresql://user@host:port/db (password from PGPASSWORD); a PostgreSQL database without --provider or --demo opens as a live viewer of what a tickerline-collector records there.</source>
        <translation>Datenbankdatei oder postgresql://user@host:port/db (Passwort aus PGPASSWORD); eine PostgreSQL-Datenbank ohne --provider oder --demo öffnet sich als Live-Ansicht dessen, was ein tickerline-collector dort aufzeichnet.</translation>
    </message>
    <message>
        <source>Show the line or the candle chart (line, candles), as the chart&apos;s switch does.</source>
        <translation>Das Linien- oder das Kerzendiagramm anzeigen (line, candles), wie der Umschalter über dem Diagramm.</translation>
    </message>
    <message>
        <source>--chart: “%1” is neither line nor candles.</source>
        <translation>--chart: „%1“ ist weder line noch candles.</translation>
    </message>
    <message>
        <source>For screenshots and tests: start the app&apos;s clock at this instant (ISO 8601, e.g. 2026-12-05T15:00:00Z) instead of now.</source>
        <translation>Für Bildschirmfotos und Tests: Die Uhr der App zu diesem Zeitpunkt (ISO 8601, z. B. 2026-12-05T15:00:00Z) statt jetzt starten.</translation>
    </message>
    <message>
        <source>--clock: “%1” is not an ISO 8601 time such as 2026-12-05T15:00:00Z.</source>
        <translation>--clock: „%1“ ist keine ISO-8601-Zeit wie 2026-12-05T15:00:00Z.</translation>
    </message>
    <message>
        <source>no stored history within %1 s; the screenshot shows live prices only.</source>
        <translation>keine gespeicherte Historie innerhalb von %1 s; der Screenshot zeigt nur Live-Kurse.</translation>
    </message>
</context>
<context>
    <name>tickerline</name>
    <message>
        <source>--%1 needs a positive number of seconds, got “%2”.</source>
        <translation>--%1 braucht eine positive Anzahl Sekunden, erhalten: „%2“.</translation>
    </message>
    <message>
        <source>--%1 needs an ISO-8601 time such as 2026-11-24T14:00:00Z, got “%2”.</source>
        <translation>--%1 braucht eine ISO-8601-Zeit wie 2026-11-24T14:00:00Z, erhalten: „%2“.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>--provider replay needs --replay FILE.csv (a recording as export writes it).</source>
        <translation>--provider replay braucht --replay FILE.csv (eine Aufzeichnung, wie export sie schreibt).</translation>
    </message>
    <message>
        <source>--replay: cannot read “%1”.</source>
        <translation>--replay: „%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>--speed needs a number from 0 (as fast as possible) to 1000000, got “%1”.</source>
        <translation>--speed braucht eine Zahl von 0 (so schnell wie möglich) bis 1000000, erhalten: „%1“.</translation>
    </message>
    <message>
        <source>--provider %1 needs --price-pointer P (a JSON pointer such as /p).</source>
        <translation>--provider %1 braucht --price-pointer P (einen JSON-Zeiger wie /p).</translation>
    </message>
    <message>
        <source>--time-unit needs s, ms, us or iso, got “%1”.</source>
        <translation>--time-unit braucht s, ms, us oder iso, erhalten: „%1“.</translation>
    </message>
    <message>
        <source>Bad --provider %1 options: %2</source>
        <translation>Ungültige Optionen für --provider %1: %2</translation>
    </message>
    <message>
        <source>--%1 is only for --provider sse or websocket-json.</source>
        <translation>--%1 gilt nur für --provider sse oder websocket-json.</translation>
    </message>
    <message>
        <source>--%1 is only for --provider replay.</source>
        <translation>--%1 gilt nur für --provider replay.</translation>
    </message>
    <message>
        <source>Provider name.</source>
        <translation>Name des Anbieters.</translation>
    </message>
    <message>
        <source>Comma-separated symbols.</source>
        <translation>Symbole, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>Base URL replacing the provider&apos;s.</source>
        <translation>Basis-URL anstelle der des Anbieters.</translation>
    </message>
    <message>
        <source>Stop after this many seconds.</source>
        <translation>Nach so vielen Sekunden aufhören.</translation>
    </message>
    <message>
        <source>Seconds between polls.</source>
        <translation>Sekunden zwischen Abfragen.</translation>
    </message>
    <message>
        <source>Seconds without data before a feed is stale.</source>
        <translation>Sekunden ohne Daten, bis ein Feed als veraltet gilt.</translation>
    </message>
    <message>
        <source>Simulated ticks per second per symbol.</source>
        <translation>Simulierte Ticks pro Sekunde und Symbol.</translation>
    </message>
    <message>
        <source>Seed of the simulated market.</source>
        <translation>Startwert des simulierten Markts.</translation>
    </message>
    <message>
        <source>Subscribe template (sse, websocket-json).</source>
        <translation>Abonnement-Vorlage (sse, websocket-json).</translation>
    </message>
    <message>
        <source>JSON pointer to the items.</source>
        <translation>JSON-Zeiger auf die Einträge.</translation>
    </message>
    <message>
        <source>JSON pointer to an item&apos;s symbol.</source>
        <translation>JSON-Zeiger auf das Symbol eines Eintrags.</translation>
    </message>
    <message>
        <source>JSON pointer to an item&apos;s price.</source>
        <translation>JSON-Zeiger auf den Kurs eines Eintrags.</translation>
    </message>
    <message>
        <source>JSON pointer to an item&apos;s time.</source>
        <translation>JSON-Zeiger auf die Zeit eines Eintrags.</translation>
    </message>
    <message>
        <source>JSON pointer to an item&apos;s size.</source>
        <translation>JSON-Zeiger auf die Stückzahl eines Eintrags.</translation>
    </message>
    <message>
        <source>Unit of the time: s, ms, us or iso.</source>
        <translation>Einheit der Zeit: s, ms, us oder iso.</translation>
    </message>
    <message>
        <source>CSV recording to replay.</source>
        <translation>Abzuspielende CSV-Aufzeichnung.</translation>
    </message>
    <message>
        <source>Replay speed; 0: as fast as possible.</source>
        <translation>Wiedergabegeschwindigkeit; 0: so schnell wie möglich.</translation>
    </message>
    <message>
        <source>record needs --provider NAME (see `tickerline-collector providers`).</source>
        <translation>record braucht --provider NAME (siehe `tickerline-collector providers`).</translation>
    </message>
    <message>
        <source>Unknown provider “%1” (see `tickerline-collector providers`).</source>
        <translation>Unbekannter Anbieter „%1“ (siehe `tickerline-collector providers`).</translation>
    </message>
    <message>
        <source>record needs --symbols A,B.</source>
        <translation>record braucht --symbols A,B.</translation>
    </message>
    <message>
        <source>Bad --symbols: %1</source>
        <translation>Ungültiges --symbols: %1</translation>
    </message>
    <message>
        <source>--endpoint needs an http(s):// or ws(s):// URL, got “%1”.</source>
        <translation>--endpoint braucht eine http(s)://- oder ws(s)://-URL, erhalten: „%1“.</translation>
    </message>
    <message>
        <source>--rate needs a number of ticks per second between 0 and 10000000.</source>
        <translation>--rate braucht eine Anzahl Ticks pro Sekunde zwischen 0 und 10000000.</translation>
    </message>
    <message>
        <source>--seed needs a positive whole number.</source>
        <translation>--seed braucht eine positive ganze Zahl.</translation>
    </message>
    <message>
        <source>Start time, ISO-8601.</source>
        <translation>Startzeit, ISO 8601.</translation>
    </message>
    <message>
        <source>End time, ISO-8601.</source>
        <translation>Endzeit, ISO 8601.</translation>
    </message>
    <message>
        <source>Output format (csv).</source>
        <translation>Ausgabeformat (csv).</translation>
    </message>
    <message>
        <source>export needs --database PATH.</source>
        <translation>export braucht --database PATH.</translation>
    </message>
    <message>
        <source>export needs --format csv.</source>
        <translation>export braucht --format csv.</translation>
    </message>
    <message>
        <source>Unknown --format “%1”; supported: csv.</source>
        <translation>Unbekanntes --format „%1“; unterstützt: csv.</translation>
    </message>
    <message>
        <source>--to is before --from.</source>
        <translation>--to liegt vor --from.</translation>
    </message>
    <message>
        <source>Import the good rows when some are bad.</source>
        <translation>Die gültigen Zeilen importieren, wenn einige ungültig sind.</translation>
    </message>
    <message>
        <source>CSV file.</source>
        <translation>CSV-Datei.</translation>
    </message>
    <message>
        <source>import needs --database PATH.</source>
        <translation>import braucht --database PATH.</translation>
    </message>
    <message>
        <source>import needs the CSV file to read.</source>
        <translation>import braucht die zu lesende CSV-Datei.</translation>
    </message>
    <message>
        <source>providers takes no arguments.</source>
        <translation>providers nimmt keine Argumente.</translation>
    </message>
    <message>
        <source>A WebSocket JSON feed needs an endpoint (ws:// or wss://).</source>
        <translation>Ein WebSocket-JSON-Feed braucht einen Endpunkt (ws:// oder wss://).</translation>
    </message>
    <message>
        <source>An SSE feed needs an endpoint (http:// or https://).</source>
        <translation>Ein SSE-Feed braucht einen Endpunkt (http:// oder https://).</translation>
    </message>
    <message>
        <source>A WebSocket JSON feed needs a ws:// or wss:// endpoint.</source>
        <translation>Ein WebSocket-JSON-Feed braucht einen ws://- oder wss://-Endpunkt.</translation>
    </message>
    <message>
        <source>An SSE feed needs an http:// or https:// endpoint.</source>
        <translation>Ein SSE-Feed braucht einen http://- oder https://-Endpunkt.</translation>
    </message>
    <message>
        <source>An SSE feed has one stream: its subscribe template takes {symbols}, not {symbol}.</source>
        <translation>Ein SSE-Feed hat nur einen Datenstrom: Seine Abonnement-Vorlage nimmt {symbols}, nicht {symbol}.</translation>
    </message>
    <message>
        <source>Give a symbol pointer, or exactly one symbol for a single-symbol feed.</source>
        <translation>Geben Sie einen Symbol-Zeiger an oder genau ein Symbol für einen Feed mit nur einem Symbol.</translation>
    </message>
    <message>
        <source>Replay needs a CSV recording as a file:// URL (tickerline-collector: --replay FILE).</source>
        <translation>Die Wiedergabe braucht eine CSV-Aufzeichnung als file://-URL (tickerline-collector: --replay FILE).</translation>
    </message>
    <message>
        <source>The replay speed must be 0 (as fast as possible) or more.</source>
        <translation>Die Wiedergabegeschwindigkeit muss 0 (so schnell wie möglich) oder mehr sein.</translation>
    </message>
    <message>
        <source>--database: %1.</source>
        <translation>--database: %1.</translation>
    </message>
    <message>
        <source>--database takes a SQLite file path or a postgresql://user@host:port/database URL.</source>
        <translation>--database erwartet den Pfad einer SQLite-Datei oder eine URL der Form postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>SQLite file or postgresql://user@host:port/database (password from PGPASSWORD).</source>
        <translation>SQLite-Datei oder postgresql://user@host:port/database (Passwort aus PGPASSWORD).</translation>
    </message>
    <message>
        <source>SQLite file or postgresql:// URL.</source>
        <translation>SQLite-Datei oder postgresql://-URL.</translation>
    </message>
    <message>
        <source>SQLite file (created if missing) or postgresql:// URL.</source>
        <translation>SQLite-Datei (wird angelegt, falls sie fehlt) oder postgresql://-URL.</translation>
    </message>
    <message>
        <source>Choose a symbol.</source>
        <translation>Wählen Sie ein Symbol.</translation>
    </message>
    <message>
        <source>“%1” is not on the watchlist; add it in Settings first.</source>
        <translation>„%1“ ist nicht in der Beobachtungsliste; fügen Sie es zuerst in den Einstellungen hinzu.</translation>
    </message>
    <message>
        <source>The price level must be above zero.</source>
        <translation>Die Kursmarke muss über null liegen.</translation>
    </message>
    <message>
        <source>The move must be more than 0 %.</source>
        <translation>Die Kursbewegung muss größer als 0 % sein.</translation>
    </message>
    <message>
        <source>The time window must be longer than 0 seconds.</source>
        <translation>Das Zeitfenster muss länger als 0 Sekunden sein.</translation>
    </message>
    <message>
        <source>The silence must be longer than 0 seconds.</source>
        <translation>Die Dauer ohne Ticks muss länger als 0 Sekunden sein.</translation>
    </message>
    <message>
        <source>The cool-down must be longer than 0 seconds.</source>
        <translation>Die Sperrzeit muss länger als 0 Sekunden sein.</translation>
    </message>
    <message>
        <source>%1 at or above %2</source>
        <translation>%1 auf oder über %2</translation>
    </message>
    <message>
        <source>%1 at or below %2</source>
        <translation>%1 auf oder unter %2</translation>
    </message>
    <message>
        <source>%1 moves ±%2 % within %3 s</source>
        <translation>%1 bewegt sich um ±%2 % innerhalb von %3 s</translation>
    </message>
    <message>
        <source>%1 crosses its 52-week high</source>
        <translation>%1 überschreitet sein 52-Wochen-Hoch</translation>
    </message>
    <message>
        <source>%1 crosses its 52-week low</source>
        <translation>%1 unterschreitet sein 52-Wochen-Tief</translation>
    </message>
    <message>
        <source>No tick from the feed for %1 s</source>
        <translation>Seit %1 s kein Tick vom Feed</translation>
    </message>
    <message>
        <source>No tick for %1 for %2 s</source>
        <translation>Seit %2 s kein Tick für %1</translation>
    </message>
    <message>
        <source>Price at or above</source>
        <translation>Kurs auf oder über</translation>
    </message>
    <message>
        <source>Price at or below</source>
        <translation>Kurs auf oder unter</translation>
    </message>
    <message>
        <source>Move within a time window</source>
        <translation>Kursbewegung im Zeitfenster</translation>
    </message>
    <message>
        <source>Crosses the 52-week high</source>
        <translation>Überschreitet das 52-Wochen-Hoch</translation>
    </message>
    <message>
        <source>Crosses the 52-week low</source>
        <translation>Unterschreitet das 52-Wochen-Tief</translation>
    </message>
    <message>
        <source>No ticks (stale feed)</source>
        <translation>Keine Ticks (Feed veraltet)</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Einmal</translation>
    </message>
    <message>
        <source>Again once the condition was false</source>
        <translation>Erneut, nachdem die Bedingung nicht mehr erfüllt war</translation>
    </message>
    <message>
        <source>Again after a cool-down</source>
        <translation>Erneut nach einer Sperrzeit</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 ist kein gültiges JSON: %2</translation>
    </message>
    <message>
        <source>%1d</source>
        <comment>candle interval in days</comment>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>%1h</source>
        <comment>candle interval in hours</comment>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1m</source>
        <comment>candle interval in minutes</comment>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1s</source>
        <comment>candle interval in seconds</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>SMA(%1) %2</source>
        <translation>SMA(%1) %2</translation>
    </message>
    <message>
        <source>EMA(%1) %2</source>
        <translation>EMA(%1) %2</translation>
    </message>
    <message>
        <source>VWAP %1</source>
        <translation>VWAP %1</translation>
    </message>
    <message>
        <source>Bollinger(%1, %2) %3</source>
        <translation>Bollinger(%1; %2) %3</translation>
    </message>
    <message>
        <source>%1 − %2</source>
        <comment>spread of two symbols</comment>
        <translation>%1 − %2</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <comment>ratio of two symbols</comment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>--%1 needs --provider NAME.</source>
        <translation>--%1 braucht --provider NAME.</translation>
    </message>
    <message>
        <source>serve records into a SQLite file; serving from a PostgreSQL database is not supported yet.</source>
        <translation>serve zeichnet in eine SQLite-Datei auf; Bereitstellen aus einer PostgreSQL-Datenbank wird noch nicht unterstützt.</translation>
    </message>
    <message>
        <source>Missing command: record, serve, push, export, import or providers (try --help).</source>
        <translation>Befehl fehlt: record, serve, push, export, import oder providers (siehe --help).</translation>
    </message>
    <message>
        <source>Unknown command “%1”: use record, serve, push, export, import or providers.</source>
        <translation>Unbekannter Befehl „%1“: Verwenden Sie record, serve, push, export, import oder providers.</translation>
    </message>
    <message>
        <source>bad symbol: %1</source>
        <translation>ungültiges Symbol: %1</translation>
    </message>
    <message>
        <source>bad time “%1” (UTC milliseconds or ISO-8601)</source>
        <translation>ungültige Zeit „%1“ (UTC-Millisekunden oder ISO-8601)</translation>
    </message>
    <message>
        <source>bad price “%1”</source>
        <translation>ungültiger Kurs „%1“</translation>
    </message>
    <message>
        <source>bad size “%1”</source>
        <translation>ungültige Stückzahl „%1“</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>expected symbol,time,price,volume</source>
        <translation>erwartet: symbol,time,price,volume</translation>
    </message>
    <message>
        <source>Serving collector&apos;s address (default 127.0.0.1).</source>
        <translation>Adresse des bereitstellenden Collectors (Standard 127.0.0.1).</translation>
    </message>
    <message>
        <source>Its port (default 8765).</source>
        <translation>Dessen Port (Standard 8765).</translation>
    </message>
    <message>
        <source>File holding the publish token.</source>
        <translation>Datei mit dem Veröffentlichungs-Token.</translation>
    </message>
    <message>
        <source>Messages to send.</source>
        <translation>Zu sendende Nachrichten.</translation>
    </message>
    <message>
        <source>Seconds between messages.</source>
        <translation>Sekunden zwischen Nachrichten.</translation>
    </message>
    <message>
        <source>Ticks to send: CSV as export writes it, or JSON lines; - for standard input.</source>
        <translation>Zu sendende Ticks: CSV, wie export sie schreibt, oder JSON-Zeilen; - für die Standardeingabe.</translation>
    </message>
    <message>
        <source>Ticks per message.</source>
        <translation>Ticks pro Nachricht.</translation>
    </message>
    <message>
        <source>Symbols of generated ticks (default PUSH).</source>
        <translation>Symbole der erzeugten Ticks (Standard PUSH).</translation>
    </message>
    <message>
        <source>Provider name the ticks are stored under (default push).</source>
        <translation>Anbietername, unter dem die Ticks gespeichert werden (Standard push).</translation>
    </message>
    <message>
        <source>Give up after this many seconds without an acknowledgement.</source>
        <translation>Nach so vielen Sekunden ohne Bestätigung aufgeben.</translation>
    </message>
    <message>
        <source>Print every acknowledgement.</source>
        <translation>Jede Bestätigung ausgeben.</translation>
    </message>
    <message>
        <source>--host needs an address.</source>
        <translation>--host braucht eine Adresse.</translation>
    </message>
    <message>
        <source>--port needs a port number from 1 to 65535.</source>
        <translation>--port braucht eine Portnummer von 1 bis 65535.</translation>
    </message>
    <message>
        <source>push needs either --count N or --file FILE.</source>
        <translation>push braucht entweder --count N oder --file FILE.</translation>
    </message>
    <message>
        <source>--count needs a whole number from 1 to 100000000.</source>
        <translation>--count braucht eine ganze Zahl von 1 bis 100000000.</translation>
    </message>
    <message>
        <source>--symbols is for generated ticks (--count); a file names its own.</source>
        <translation>--symbols gilt für erzeugte Ticks (--count); eine Datei nennt ihre eigenen.</translation>
    </message>
    <message>
        <source>--delay needs a number of seconds from 0 to 3600.</source>
        <translation>--delay braucht eine Anzahl Sekunden von 0 bis 3600.</translation>
    </message>
    <message>
        <source>--batch needs a whole number from 1 to 10000.</source>
        <translation>--batch braucht eine ganze Zahl von 1 bis 10000.</translation>
    </message>
    <message>
        <source>--provider needs 1 to 32 of a-z 0-9 _ -.</source>
        <translation>--provider braucht 1 bis 32 Zeichen aus a-z 0-9 _ -.</translation>
    </message>
    <message>
        <source>--timeout needs a positive number of seconds.</source>
        <translation>--timeout braucht eine positive Anzahl Sekunden.</translation>
    </message>
    <message>
        <source>--token-file: %1.</source>
        <translation>--token-file: %1.</translation>
    </message>
    <message>
        <source>--%1 needs a whole number from %2 to %3, got “%4”.</source>
        <translation>--%1 braucht eine ganze Zahl von %2 bis %3, erhalten: „%4“.</translation>
    </message>
    <message>
        <source>--%1: %2.</source>
        <translation>--%1: %2.</translation>
    </message>
    <message>
        <source>%1 is shorter than 16 characters.</source>
        <translation>%1 ist kürzer als 16 Zeichen.</translation>
    </message>
    <message>
        <source>Address and port to serve on (default 127.0.0.1:8765).</source>
        <translation>Adresse und Port für die Bereitstellung (Standard 127.0.0.1:8765).</translation>
    </message>
    <message>
        <source>File holding the read token.</source>
        <translation>Datei mit dem Lese-Token.</translation>
    </message>
    <message>
        <source>Most clients at once.</source>
        <translation>Höchstzahl gleichzeitiger Clients.</translation>
    </message>
    <message>
        <source>Most symbols one client may subscribe to.</source>
        <translation>Höchstzahl Symbole, die ein Client abonnieren darf.</translation>
    </message>
    <message>
        <source>Largest message a client may send.</source>
        <translation>Größte Nachricht, die ein Client senden darf.</translation>
    </message>
    <message>
        <source>Most ticks per second one publisher may send.</source>
        <translation>Höchstzahl Ticks pro Sekunde, die ein Publisher senden darf.</translation>
    </message>
    <message>
        <source>Unsent bytes after which a slow client is cut.</source>
        <translation>Ungesendete Bytes, ab denen ein langsamer Client getrennt wird.</translation>
    </message>
    <message>
        <source>Seconds between heartbeats.</source>
        <translation>Sekunden zwischen Heartbeats.</translation>
    </message>
    <message>
        <source>Web page origin allowed to connect (repeatable), e.g. https://example.org.</source>
        <translation>Webseiten-Origin, der sich verbinden darf (wiederholbar), z. B. https://example.org.</translation>
    </message>
    <message>
        <source>--listen needs HOST:PORT with a numeric address, e.g. 127.0.0.1:8765, got “%1”.</source>
        <translation>--listen braucht HOST:PORT mit numerischer Adresse, z. B. 127.0.0.1:8765, erhalten: „%1“.</translation>
    </message>
    <message>
        <source>--listen %1 is reachable from other machines: serving there needs a read token (--token-file FILE or TICKERLINE_READ_TOKEN).</source>
        <translation>--listen %1 ist von anderen Rechnern erreichbar: Bereitstellen dort braucht ein Lese-Token (--token-file FILE oder TICKERLINE_READ_TOKEN).</translation>
    </message>
    <message>
        <source>--heartbeat needs a number of seconds from 0.05 to 3600, got “%1”.</source>
        <translation>--heartbeat braucht eine Anzahl Sekunden von 0.05 bis 3600, erhalten: „%1“.</translation>
    </message>
    <message>
        <source>--allow-origin needs an origin such as https://example.org (scheme and host, no path), got “%1”.</source>
        <translation>--allow-origin braucht einen Origin wie https://example.org (Schema und Host, kein Pfad), erhalten: „%1“.</translation>
    </message>
    <message>
        <source>cannot read the token file %1: %2</source>
        <translation>Token-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the token in %1 is shorter than %2 characters</source>
        <translation>das Token in %1 ist kürzer als %2 Zeichen</translation>
    </message>
    <message>
        <source>Bad --failover: %1.</source>
        <translation>Ungültiges --failover: %1.</translation>
    </message>
    <message>
        <source>--failover needs providers, e.g. --failover coinbase,binance or --failover auto.</source>
        <translation>--failover braucht Anbieter, z. B. --failover coinbase,binance oder --failover auto.</translation>
    </message>
    <message>
        <source>--provider %1 and --failover disagree: put %1 first in --failover, or leave --provider out.</source>
        <translation>--provider %1 und --failover widersprechen sich: Setzen Sie %1 in --failover an die erste Stelle oder lassen Sie --provider weg.</translation>
    </message>
    <message>
        <source>Providers in order of preference: P1,P2, auto, or SYM=P1,P2 entries joined by &apos;;&apos;.</source>
        <translation>Anbieter in der Reihenfolge ihres Vorrangs: P1,P2, auto oder durch &apos;;&apos; verbundene Einträge SYM=P1,P2.</translation>
    </message>
    <message>
        <source>Connect with TLS (wss://), trusting the system&apos;s CAs.</source>
        <translation>Mit TLS (wss://) verbinden und den Zertifizierungsstellen des Systems vertrauen.</translation>
    </message>
    <message>
        <source>Connect with TLS and trust the CA certificates in this PEM file too (e.g. a self-signed server&apos;s).</source>
        <translation>Mit TLS verbinden und zusätzlich den CA-Zertifikaten in dieser PEM-Datei vertrauen (z. B. dem eines selbstsignierten Servers).</translation>
    </message>
    <message>
        <source>--ca: %1.</source>
        <translation>--ca: %1.</translation>
    </message>
    <message>
        <source>Serve TLS (wss://, https://) with this PEM certificate (chain).</source>
        <translation>TLS (wss://, https://) mit diesem PEM-Zertifikat (bzw. dieser Zertifikatskette) bereitstellen.</translation>
    </message>
    <message>
        <source>The certificate&apos;s PEM private key.</source>
        <translation>Der private PEM-Schlüssel des Zertifikats.</translation>
    </message>
    <message>
        <source>--cert and --key go together.</source>
        <translation>--cert und --key gehören zusammen.</translation>
    </message>
    <message>
        <source>TLS: %1.</source>
        <translation>TLS: %1.</translation>
    </message>
    <message>
        <source>this build has no TLS backend (Qt found no OpenSSL)</source>
        <translation>dieser Build hat kein TLS-Backend (Qt hat kein OpenSSL gefunden)</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>%1 holds no unencrypted PEM private key (RSA or EC)</source>
        <translation>%1 enthält keinen unverschlüsselten privaten PEM-Schlüssel (RSA oder EC)</translation>
    </message>
    <message>
        <source>--ca is only for --provider tickerline (a serving collector on wss://).</source>
        <translation>--ca gilt nur für --provider tickerline (einen bereitstellenden Collector über wss://).</translation>
    </message>
    <message>
        <source>Trust the CA certificates in this PEM file too (tickerline on wss://, e.g. a self-signed server&apos;s).</source>
        <translation>Auch den CA-Zertifikaten in dieser PEM-Datei vertrauen (tickerline über wss://, z. B. bei einem selbstsignierten Server).</translation>
    </message>
</context>
<context>
    <name>tickerline::AboutDialog</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (erstellt mit %2)</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>About Tickerline</source>
        <translation>Über Tickerline</translation>
    </message>
    <message>
        <source>Live market quotes: a watchlist, price charts and a tick database.</source>
        <translation>Marktkurse in Echtzeit: eine Beobachtungsliste, Kursdiagramme und eine Tick-Datenbank.</translation>
    </message>
    <message>
        <source>Copyright © 2026 The Tickerline developers.</source>
        <translation>Copyright © 2026 Die Tickerline-Entwickler.</translation>
    </message>
    <message>
        <source>Versions and licences</source>
        <translation>Versionen und Lizenzen</translation>
    </message>
    <message>
        <source>Tickerline&apos;s own source code is under the MIT licence. Qt Charts is used under the GNU GPL version 3 (a commercial Qt licence is the alternative), so the program as distributed is covered by the GPL version 3 as a whole.</source>
        <translation>Der eigene Quellcode von Tickerline steht unter der MIT-Lizenz. Qt Charts wird unter der GNU GPL Version 3 verwendet (die Alternative ist eine kommerzielle Qt-Lizenz), daher unterliegt das Programm in der verteilten Form insgesamt der GPL Version 3.</translation>
    </message>
    <message>
        <source>Running on %1 (%2), Qt platform “%3”.</source>
        <translation>Läuft auf %1 (%2), Qt-Plattform „%3“.</translation>
    </message>
    <message>
        <source>&amp;Copy Versions</source>
        <translation>Versionen &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the versions above as plain text, for a bug report.</source>
        <translation>Die obigen Versionen als reinen Text kopieren, für einen Fehlerbericht.</translation>
    </message>
    <message>
        <source>Qt (Core, GUI, Widgets, Network, SQL, SVG, WebSockets)</source>
        <translation>Qt (Core, GUI, Widgets, Network, SQL, SVG, WebSockets)</translation>
    </message>
    <message>
        <source>LGPL-3.0 (or commercial)</source>
        <translation>LGPL-3.0 (oder kommerziell)</translation>
    </message>
    <message>
        <source>GPL-3.0 (or commercial)</source>
        <translation>GPL-3.0 (oder kommerziell)</translation>
    </message>
    <message>
        <source>Public domain</source>
        <translation>Gemeinfrei</translation>
    </message>
    <message>
        <source>System: %1 (%2), Qt platform %3</source>
        <translation>System: %1 (%2), Qt-Plattform %3</translation>
    </message>
</context>
<context>
    <name>tickerline::AlertBanner</name>
    <message>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Show Log</source>
        <translation>Protokoll anzeigen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Alert: %1</source>
        <translation>Alarm: %1</translation>
    </message>
    <message numerus="yes">
        <source>(%n more in the log)</source>
        <translation>
            <numerusform>(%n weiterer im Protokoll)</numerusform>
            <numerusform>(%n weitere im Protokoll)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tickerline::AlertCenter</name>
    <message>
        <source>Could not read the alert rules: %1</source>
        <translation>Die Alarmregeln konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Alert: %1</source>
        <translation>Alarm: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — last %2 at %3</source>
        <translation>%1 — Kurs %2 um %3</translation>
    </message>
    <message>
        <source>Could not save the alert rules: %1</source>
        <translation>Die Alarmregeln konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Could not write the alerts log: %1</source>
        <translation>Das Alarmprotokoll konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>tickerline::AlertDialog</name>
    <message>
        <source>the whole feed</source>
        <translation>gesamter Feed</translation>
    </message>
    <message>
        <source>%1 (off)</source>
        <translation>%1 (aus)</translation>
    </message>
    <message>
        <source>Last fired %1</source>
        <translation>Zuletzt ausgelöst: %1</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Neue Regel</translation>
    </message>
</context>
<context>
    <name>tickerline::AlertLogDock</name>
    <message>
        <source>Alerts Log</source>
        <translation>Alarmprotokoll</translation>
    </message>
    <message>
        <source>Alerts log</source>
        <translation>Alarmprotokoll</translation>
    </message>
</context>
<context>
    <name>tickerline::AlertLogModel</name>
    <message>
        <source>Tick at %1: %2 × %3</source>
        <translation>Tick um %1: %2 × %3</translation>
    </message>
    <message>
        <source>No tick had arrived.</source>
        <translation>Es war noch kein Tick eingetroffen.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Kurs</translation>
    </message>
</context>
<context>
    <name>tickerline::AlertTrayNotifier</name>
    <message>
        <source>Tickerline alerts</source>
        <translation>Tickerline-Alarme</translation>
    </message>
</context>
<context>
    <name>tickerline::AppearancePage</name>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>tickerline::CandleChart</name>
    <message>
        <source>Candles</source>
        <translation>Kerzen</translation>
    </message>
    <message>
        <source>Candle symbol</source>
        <translation>Symbol des Kerzendiagramms</translation>
    </message>
    <message>
        <source>Symbol:</source>
        <translation>Symbol:</translation>
    </message>
    <message>
        <source>%1 candles</source>
        <translation>Kerzen: %1</translation>
    </message>
    <message>
        <source>%1 candles (%2 would be more than %3 candles in this range)</source>
        <translation>Kerzen: %1 (%2 ergäbe in diesem Zeitraum mehr als %3 Kerzen)</translation>
    </message>
</context>
<context>
    <name>tickerline::CandleStudiesController</name>
    <message>
        <source>Candle chart</source>
        <translation>Kerzendiagramm</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linie</translation>
    </message>
    <message>
        <source>Price lines of the watchlist</source>
        <translation>Kurslinien der Beobachtungsliste</translation>
    </message>
    <message>
        <source>Candles</source>
        <translation>Kerzen</translation>
    </message>
    <message>
        <source>Candlesticks and volume of one symbol</source>
        <translation>Kerzen und Volumen eines Symbols</translation>
    </message>
    <message>
        <source>Candle interval</source>
        <translation>Kerzenintervall</translation>
    </message>
    <message>
        <source>Candle interval, also of the studies; coarser when the range needs it</source>
        <translation>Kerzenintervall, auch für die Indikatoren; gröber, wenn der Zeitraum es erfordert</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>Indikatoren</translation>
    </message>
</context>
<context>
    <name>tickerline::ChartExport</name>
    <message>
        <source>There is no chart to export.</source>
        <translation>Es gibt kein Diagramm zum Exportieren.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Tickerline chart</source>
        <translation>Tickerline-Diagramm</translation>
    </message>
    <message>
        <source>Exported by Tickerline on %1</source>
        <translation>Exportiert von Tickerline am %1</translation>
    </message>
    <message>
        <source>Export Chart as PNG</source>
        <translation>Diagramm als PNG exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Export Chart as SVG</source>
        <translation>Diagramm als SVG exportieren</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
</context>
<context>
    <name>tickerline::ChartPanel</name>
    <message>
        <source>Price chart</source>
        <translation>Kursdiagramm</translation>
    </message>
    <message>
        <source>Chart tools</source>
        <translation>Diagrammwerkzeuge</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Follow live: the right edge tracks the newest tick (Alt+L). Panning or zooming turns it off; a range or a double-click turns it on.</source>
        <translation>Live folgen: Der rechte Rand folgt dem neuesten Tick (Alt+L). Verschieben oder Zoomen schaltet es aus, ein Zeitraum oder ein Doppelklick wieder ein.</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Percent compare: every line from 0 % at the start of the view (Alt+P). Turns the log scale off.</source>
        <translation>Prozentvergleich: Jede Linie beginnt am linken Rand der Ansicht bei 0 % (Alt+P). Schaltet die logarithmische Skala aus.</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Logarithmic price scale (Alt+G). Turns percent compare off.</source>
        <translation>Logarithmische Kursskala (Alt+G). Schaltet den Prozentvergleich aus.</translation>
    </message>
    <message>
        <source>52W</source>
        <translation>52W</translation>
    </message>
    <message>
        <source>Show the 52-week high/low bands</source>
        <translation>Bänder von 52-Wochen-Hoch und -Tief anzeigen</translation>
    </message>
    <message>
        <source>Prev close</source>
        <translation>Vortagesschluss</translation>
    </message>
    <message>
        <source>Show a dashed line at each symbol&apos;s previous close</source>
        <translation>Gestrichelte Linie auf Höhe des Vortagesschlusses jedes Symbols anzeigen</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Time axis and crosshair in local time, the exchange&apos;s time or UTC</source>
        <translation>Zeitachse und Fadenkreuz in Ortszeit, Börsenzeit oder UTC</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <source>Exchange time</source>
        <translation>Börsenzeit</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
</context>
<context>
    <name>tickerline::ChartPanes</name>
    <message>
        <source>Chart shows</source>
        <translation>Diagramm zeigt</translation>
    </message>
    <message>
        <source>What this chart shows: the watchlist, its selected row, another watchlist or one symbol</source>
        <translation>Was dieses Diagramm zeigt: die Beobachtungsliste, ihre ausgewählte Zeile, eine andere Beobachtungsliste oder ein Symbol</translation>
    </message>
    <message>
        <source>Watchlist</source>
        <translation>Beobachtungsliste</translation>
    </message>
    <message>
        <source>Selected row</source>
        <translation>Ausgewählte Zeile</translation>
    </message>
    <message>
        <source>List: %1</source>
        <translation>Liste: %1</translation>
    </message>
    <message>
        <source>Chart %1 · %2</source>
        <translation>Diagramm %1 · %2</translation>
    </message>
</context>
<context>
    <name>tickerline::ChartStudies</name>
    <message>
        <source>%1 upper</source>
        <translation>%1 oberes Band</translation>
    </message>
    <message>
        <source>%1 lower</source>
        <translation>%1 unteres Band</translation>
    </message>
</context>
<context>
    <name>tickerline::ChartView</name>
    <message>
        <source>Wheel: zoom time · Shift+wheel: zoom price
Drag: pan · Right-drag: zoom to box
Double-click: back to the live window · Click a legend entry: hide or show its line</source>
        <translation>Mausrad: Zeit zoomen · Umschalt+Mausrad: Kurs zoomen
Ziehen: verschieben · Rechts ziehen: auf Rechteck zoomen
Doppelklick: zurück zum Live-Fenster · Klick auf einen Legendeneintrag: Linie aus- oder einblenden</translation>
    </message>
</context>
<context>
    <name>tickerline::ConnectionSupervisor</name>
    <message>
        <source>No data for %1 s</source>
        <translation>Seit %L1 s keine Daten</translation>
    </message>
</context>
<context>
    <name>tickerline::CsvTransferDialogs</name>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>The database is not open, so there is nothing to export or import into.</source>
        <translation>Die Datenbank ist nicht geöffnet; es gibt nichts zu exportieren und kein Ziel für einen Import.</translation>
    </message>
    <message>
        <source>Export Ticks as CSV</source>
        <translation>Ticks als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Exporting ticks to %1…</source>
        <translation>Ticks werden nach %1 exportiert…</translation>
    </message>
    <message>
        <source>Import Ticks from CSV</source>
        <translation>Ticks aus CSV importieren</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>CSV importieren</translation>
    </message>
    <message>
        <source>Import the ticks in %1 into %2?

Every row is checked first. If some rows are bad, import nothing, or import the good rows and skip the bad ones?</source>
        <translation>Die Ticks aus %1 in %2 importieren?

Jede Zeile wird zuerst geprüft. Wenn einige Zeilen ungültig sind: nichts importieren, oder die gültigen Zeilen importieren und die ungültigen überspringen?</translation>
    </message>
    <message>
        <source>All or Nothing</source>
        <translation>Alles oder nichts</translation>
    </message>
    <message>
        <source>Skip Bad Rows</source>
        <translation>Ungültige Zeilen überspringen</translation>
    </message>
    <message>
        <source>Importing ticks from %1…</source>
        <translation>Ticks werden aus %1 importiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>The export to %1 failed: %2</source>
        <translation>Der Export nach %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln tick(s) to %1.</source>
        <translation>
            <numerusform>%Ln Tick nach %1 exportiert.</numerusform>
            <numerusform>%Ln Ticks nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Import abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln new tick(s) from %1.</source>
        <translation>
            <numerusform>%Ln neuer Tick aus %1 importiert.</numerusform>
            <numerusform>%Ln neue Ticks aus %1 importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tick(s) were already stored.</source>
        <translation>
            <numerusform>%Ln Tick war bereits gespeichert.</numerusform>
            <numerusform>%Ln Ticks waren bereits gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bad row(s) were skipped.</source>
        <translation>
            <numerusform>%Ln ungültige Zeile wurde übersprungen.</numerusform>
            <numerusform>%Ln ungültige Zeilen wurden übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more bad row(s)</source>
        <translation>
            <numerusform>… und %Ln weitere ungültige Zeile</numerusform>
            <numerusform>… und %Ln weitere ungültige Zeilen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tickerline::DataPage</name>
    <message>
        <source>Default location</source>
        <translation>Standardort</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Database File</source>
        <translation>Datenbankdatei</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.sqlite *.sqlite3 *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Saving the password in the system keychain…</source>
        <translation>Passwort wird im Schlüsselbund des Systems gespeichert…</translation>
    </message>
    <message>
        <source>A SQLite file needs no password.</source>
        <translation>Eine SQLite-Datei braucht kein Passwort.</translation>
    </message>
    <message>
        <source>Set PGPASSWORD to give the PostgreSQL password.</source>
        <translation>Setzen Sie PGPASSWORD, um das PostgreSQL-Passwort anzugeben.</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in the settings; leave empty to keep the saved one (or use PGPASSWORD).</source>
        <translation>Wird im Schlüsselbund des Systems aufbewahrt, nie in den Einstellungen; leer lassen, um das gespeicherte zu behalten (oder PGPASSWORD verwenden).</translation>
    </message>
    <message>
        <source>The password is saved in the system keychain.</source>
        <translation>Das Passwort ist im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>The password was not saved: %1</source>
        <translation>Das Passwort wurde nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>tickerline::Engine</name>
    <message>
        <source>Unknown provider “%1”.</source>
        <translation>Unbekannter Anbieter „%1“.</translation>
    </message>
</context>
<context>
    <name>tickerline::FailoverFeed</name>
    <message>
        <source>Unknown provider “%1”.</source>
        <translation>Unbekannter Anbieter „%1“.</translation>
    </message>
    <message>
        <source>no provider</source>
        <translation>kein Anbieter</translation>
    </message>
    <message>
        <source>no provider left</source>
        <translation>kein Anbieter mehr übrig</translation>
    </message>
    <message>
        <source>%1: %2 → %3: %4</source>
        <translation>%1: %2 → %3: %4</translation>
    </message>
</context>
<context>
    <name>tickerline::FeedKeyResolver</name>
    <message>
        <source>No API key for %1: set %2. No system keychain is available to keep one in Settings → Providers.</source>
        <translation>Kein API-Schlüssel für %1: Setzen Sie %2. Es ist kein Schlüsselbund verfügbar, um einen unter Einstellungen → Anbieter aufzubewahren.</translation>
    </message>
    <message>
        <source>No API key for %1: add one in Settings → Providers or set %2.</source>
        <translation>Kein API-Schlüssel für %1: Fügen Sie unter Einstellungen → Anbieter einen hinzu oder setzen Sie %2.</translation>
    </message>
</context>
<context>
    <name>tickerline::FirstRunHint</name>
    <message>
        <source>You are watching a simulated market: the prices are made up. To watch real quotes, choose a provider under Settings → Feed and, if it needs one, add its API key under Settings → Providers.</source>
        <translation>Sie sehen einen simulierten Markt: Die Kurse sind erfunden. Für echte Kurse wählen Sie unter Einstellungen → Datenquelle einen Anbieter und fügen, falls er einen braucht, unter Einstellungen → Anbieter seinen API-Schlüssel hinzu.</translation>
    </message>
    <message>
        <source>&amp;Open Settings</source>
        <translation>&amp;Einstellungen öffnen</translation>
    </message>
    <message>
        <source>Close this hint for good</source>
        <translation>Diesen Hinweis dauerhaft schließen</translation>
    </message>
    <message>
        <source>Close hint</source>
        <translation>Hinweis schließen</translation>
    </message>
    <message>
        <source>Simulated market hint</source>
        <translation>Hinweis zum simulierten Markt</translation>
    </message>
</context>
<context>
    <name>tickerline::HttpFront</name>
    <message>
        <source>TLS handshake with %1 failed (%2): a plain ws:// or http:// client, or one that does not trust this certificate?</source>
        <translation>TLS-Handshake mit %1 fehlgeschlagen (%2): ein einfacher ws://- oder http://-Client oder einer, der diesem Zertifikat nicht vertraut?</translation>
    </message>
    <message>
        <source>refused a browser page from %1 (not in --allow-origin)</source>
        <translation>Browserseite von %1 abgelehnt (nicht in --allow-origin)</translation>
    </message>
    <message>
        <source>refused a client from %1: bad token</source>
        <translation>Client von %1 abgelehnt: ungültiges Token</translation>
    </message>
</context>
<context>
    <name>tickerline::MainWindow</name>
    <message>
        <source>Could not read the chart history: %1</source>
        <translation>Der Diagrammverlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The new database location is used from the next start.</source>
        <translation>Der neue Datenbankort wird ab dem nächsten Start verwendet.</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>Die neue Sprache wird ab dem nächsten Start verwendet.</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Chart copied to the clipboard.</source>
        <translation>Diagramm in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Chart saved to %1</source>
        <translation>Diagramm unter %1 gespeichert</translation>
    </message>
    <message>
        <source>Alerts &amp;Log</source>
        <translation>Alarm&amp;protokoll</translation>
    </message>
    <message>
        <source>Watchlist</source>
        <translation>Beobachtungsliste</translation>
    </message>
    <message>
        <source>Some saved watchlists could not be read: %1</source>
        <translation>Einige gespeicherte Beobachtungslisten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No stored history: the database could not be opened (see the status bar).
Live prices since the start are shown.</source>
        <translation>Keine gespeicherte Historie: Die Datenbank konnte nicht geöffnet werden (siehe Statusleiste).
Gezeigt werden die Live-Kurse seit dem Start.</translation>
    </message>
</context>
<context>
    <name>tickerline::NetworkFeed</name>
    <message>
        <source>No API key: set %1 or add one in Settings → Providers.</source>
        <translation>Kein API-Schlüssel: Setzen Sie %1 oder fügen Sie unter Einstellungen → Anbieter einen hinzu.</translation>
    </message>
</context>
<context>
    <name>tickerline::PollingFeed</name>
    <message>
        <source>polling every %1 s was asked, but the provider allows %2 requests per %3 s: each symbol is quoted about every %4 s</source>
        <translation>Abfrage alle %1 s gewünscht, aber der Anbieter erlaubt %2 Anfragen pro %3 s: Jedes Symbol erhält etwa alle %4 s einen Kurs</translation>
    </message>
    <message>
        <source>polling every %1 s as asked; the provider advises at least %2 s and may rate-limit (HTTP 429)</source>
        <translation>Abfrage wie gewünscht alle %1 s; der Anbieter empfiehlt mindestens %2 s und kann Anfragen drosseln (HTTP 429)</translation>
    </message>
</context>
<context>
    <name>tickerline::PriceChart</name>
    <message>
        <source>Change (%)</source>
        <translation>Änderung (%)</translation>
    </message>
</context>
<context>
    <name>tickerline::ProviderKeyRow</name>
    <message>
        <source>%1 API key</source>
        <translation>API-Schlüssel für %1</translation>
    </message>
    <message>
        <source>Save the %1 API key</source>
        <translation>API-Schlüssel für %1 speichern</translation>
    </message>
    <message>
        <source>Remove the %1 API key</source>
        <translation>API-Schlüssel für %1 entfernen</translation>
    </message>
    <message>
        <source>%1 API key state</source>
        <translation>Status des API-Schlüssels für %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Entfernt.</translation>
    </message>
    <message>
        <source>No keychain to keep a key in</source>
        <translation>Kein Schlüsselbund für Schlüssel</translation>
    </message>
    <message>
        <source>Paste a new key to replace it</source>
        <translation>Neuen Schlüssel einfügen, um ihn zu ersetzen</translation>
    </message>
    <message>
        <source>Paste your %1 API key</source>
        <translation>API-Schlüssel für %1 einfügen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Hide the typed %1 API key</source>
        <translation>Eingegebenen API-Schlüssel für %1 verbergen</translation>
    </message>
    <message>
        <source>Show the typed %1 API key</source>
        <translation>Eingegebenen API-Schlüssel für %1 anzeigen</translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation>Schlüsselbund des Systems wird geprüft…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Wird entfernt…</translation>
    </message>
    <message>
        <source>This key is not saved yet: press Save, or clear the field.</source>
        <translation>Dieser Schlüssel ist noch nicht gespeichert: Klicken Sie auf „Speichern“ oder leeren Sie das Feld.</translation>
    </message>
    <message>
        <source>Set by %1 in the environment.</source>
        <translation>Durch %1 in der Umgebung gesetzt.</translation>
    </message>
    <message>
        <source>Not set. Set %1 in the environment to use %2.</source>
        <translation>Nicht gesetzt. Setzen Sie %1 in der Umgebung, um %2 zu nutzen.</translation>
    </message>
    <message>
        <source>The key set by %1 in the environment is used.</source>
        <translation>Der durch %1 in der Umgebung gesetzte Schlüssel wird verwendet.</translation>
    </message>
    <message>
        <source>Stored in the system keychain.</source>
        <translation>Im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>%1 is set in the environment too; Tickerline uses the stored key, the collector uses %1.</source>
        <translation>%1 ist auch in der Umgebung gesetzt; Tickerline verwendet den gespeicherten Schlüssel, der Collector %1.</translation>
    </message>
    <message>
        <source>Not set.</source>
        <translation>Nicht gesetzt.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Use Until Quit</source>
        <translation>Bis zum Beenden nutzen</translation>
    </message>
    <message>
        <source>Paste a key to use until Tickerline quits</source>
        <translation>Schlüssel für diese Sitzung einfügen</translation>
    </message>
    <message>
        <source>Used until Tickerline quits: held in memory only, never written.</source>
        <translation>Wird bis zum Beenden von Tickerline genutzt: nur im Arbeitsspeicher gehalten, nie geschrieben.</translation>
    </message>
    <message>
        <source>Not set. Paste a key to use it until Tickerline quits, or set %1 in the environment.</source>
        <translation>Nicht gesetzt. Fügen Sie einen Schlüssel ein, um ihn bis zum Beenden von Tickerline zu nutzen, oder setzen Sie %1 in der Umgebung.</translation>
    </message>
</context>
<context>
    <name>tickerline::ProviderPage</name>
    <message>
        <source>Feed</source>
        <translation>Datenquelle</translation>
    </message>
    <message>
        <source>This version of Tickerline does not know this provider.</source>
        <translation>Diese Version von Tickerline kennt diesen Anbieter nicht.</translation>
    </message>
    <message>
        <source>Not needed.</source>
        <translation>Nicht nötig.</translation>
    </message>
    <message>
        <source>Needed (%1).</source>
        <translation>Erforderlich (%1).</translation>
    </message>
    <message>
        <source>Needed (%1): &lt;a href=&quot;providers&quot;&gt;enter it on the Providers page&lt;/a&gt;.</source>
        <translation>Erforderlich (%1): &lt;a href=&quot;providers&quot;&gt;auf der Seite „Anbieter“ eingeben&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>A serving collector (tickerline-collector serve): ws://, wss://, http:// or https://. Its read token goes on the Providers page, never in the URL.</source>
        <translation>Ein servierender Collector (tickerline-collector serve): ws://, wss://, http:// oder https://. Sein Lese-Token gehört auf die Seite Anbieter, nie in die URL.</translation>
    </message>
    <message>
        <source>Server URL:</source>
        <translation>Server-URL:</translation>
    </message>
    <message>
        <source>Optional (%1): only a server on another machine asks for one; &lt;a href=&quot;providers&quot;&gt;enter it on the Providers page&lt;/a&gt;.</source>
        <translation>Optional (%1): Nur ein Server auf einem anderen Rechner verlangt eines; &lt;a href=&quot;providers&quot;&gt;auf der Seite „Anbieter“ eingeben&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Optional (%1): only a server on another machine asks for one.</source>
        <translation>Optional (%1): Nur ein Server auf einem anderen Rechner verlangt eines.</translation>
    </message>
</context>
<context>
    <name>tickerline::ProvidersPage</name>
    <message>
        <source>Providers</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>No system keychain (such as GNOME Keyring or KWallet) is available, so API keys cannot be kept from one run to the next, and Tickerline never writes them to a plain file. Paste a key below to use it until Tickerline quits, or set it in the environment: %1.</source>
        <translation>Es ist kein Schlüsselbund des Systems (etwa GNOME Keyring oder KWallet) verfügbar, daher können API-Schlüssel nicht von einem Start zum nächsten aufbewahrt werden, und Tickerline schreibt sie nie in eine einfache Datei. Fügen Sie unten einen Schlüssel ein, um ihn bis zum Beenden von Tickerline zu nutzen, oder setzen Sie ihn in der Umgebung: %1.</translation>
    </message>
</context>
<context>
    <name>tickerline::Publisher</name>
    <message>
        <source>no acknowledgement for %1 s</source>
        <translation>seit %1 s keine Bestätigung</translation>
    </message>
    <message>
        <source>the server refused the token: %1</source>
        <translation>der Server hat das Token abgelehnt: %1</translation>
    </message>
    <message>
        <source>%1 ticks refused</source>
        <translation>%1 Ticks abgelehnt</translation>
    </message>
    <message>
        <source>the server did not complete the WebSocket handshake (%1); if it serves TLS, connect with TLS (push --tls, or --ca FILE for a self-signed certificate)</source>
        <translation>der Server hat den WebSocket-Handshake nicht abgeschlossen (%1); wenn er TLS anbietet, verbinden Sie sich mit TLS (push --tls oder --ca FILE für ein selbstsigniertes Zertifikat)</translation>
    </message>
    <message>
        <source>%1 (last connection attempt: %2)</source>
        <translation>%1 (letzter Verbindungsversuch: %2)</translation>
    </message>
    <message>
        <source>TLS: the server&apos;s certificate is not trusted: %1</source>
        <translation>TLS: Dem Zertifikat des Servers wird nicht vertraut: %1</translation>
    </message>
</context>
<context>
    <name>tickerline::PushCommand</name>
    <message>
        <source>ack %1: %2 ticks stored</source>
        <translation>Bestätigung %1: %2 Ticks gespeichert</translation>
    </message>
    <message>
        <source>%1 refused: %2</source>
        <translation>%1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>connected; %1 ticks waiting for acknowledgement</source>
        <translation>verbunden; %1 Ticks warten auf Bestätigung</translation>
    </message>
    <message>
        <source>connection lost (%1); reconnecting</source>
        <translation>Verbindung verloren (%1); neue Verbindung wird aufgebaut</translation>
    </message>
    <message>
        <source>published %1 ticks, every one acknowledged</source>
        <translation>%1 Ticks veröffentlicht, alle bestätigt</translation>
    </message>
    <message>
        <source>%1 ticks in %2 messages not acknowledged: %3</source>
        <translation>%1 Ticks in %2 Nachrichten nicht bestätigt: %3</translation>
    </message>
</context>
<context>
    <name>tickerline::QuoteTableModel</name>
    <message>
        <source>Untick a symbol to hide its line in the chart</source>
        <translation>Häkchen entfernen, um die Linie des Symbols im Diagramm auszublenden</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Change %</source>
        <translation>Änderung %</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>52-week range</source>
        <translation>52-Wochen-Spanne</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>%1: these quotes may be out of date</source>
        <translation>%1: Diese Kurse sind möglicherweise veraltet</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>52-week low: %1</source>
        <translation>52-Wochen-Tief: %1</translation>
    </message>
    <message>
        <source>52-week high: %1</source>
        <translation>52-Wochen-Hoch: %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 (Börse: %2)</translation>
    </message>
    <message>
        <source>Last: %1 %2</source>
        <translation>Kurs: %1 %2</translation>
    </message>
    <message>
        <source>Previous close: %1</source>
        <translation>Vortagesschluss: %1</translation>
    </message>
    <message>
        <source>Volume: %1</source>
        <translation>Volumen: %1</translation>
    </message>
    <message>
        <source>%1, line hidden in the chart</source>
        <translation>%1, Linie im Diagramm ausgeblendet</translation>
    </message>
    <message>
        <source>%1, line shown in the chart</source>
        <translation>%1, Linie im Diagramm eingeblendet</translation>
    </message>
    <message>
        <source>52-week range from %1 to %2</source>
        <translation>52-Wochen-Spanne von %1 bis %2</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>up %1</source>
        <translation>plus %1</translation>
    </message>
    <message>
        <source>down %1</source>
        <translation>minus %1</translation>
    </message>
    <message>
        <source>up %1 percent</source>
        <translation>plus %1 Prozent</translation>
    </message>
    <message>
        <source>down %1 percent</source>
        <translation>minus %1 Prozent</translation>
    </message>
    <message>
        <source>%1 old, stale</source>
        <translation>%1 alt, veraltet</translation>
    </message>
    <message>
        <source>%1 old</source>
        <translation>%1 alt</translation>
    </message>
    <message>
        <source>The market state of the symbol&apos;s exchange now</source>
        <translation>Der aktuelle Marktstatus der Börse des Symbols</translation>
    </message>
    <message>
        <source>How old the last quote is, and how late its provider delivers</source>
        <translation>Wie alt der letzte Kurs ist und wie verzögert sein Anbieter liefert</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Marktphase</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
</context>
<context>
    <name>tickerline::ReplayFeed</name>
    <message>
        <source>Cannot open the recording %1: %2</source>
        <translation>Die Aufzeichnung %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is a database, not a CSV recording: make one with `tickerline-collector export --database FILE --format csv`.</source>
        <translation>%1 ist eine Datenbank, keine CSV-Aufzeichnung: Erstellen Sie eine mit `tickerline-collector export --database FILE --format csv`.</translation>
    </message>
    <message>
        <source>Replay finished</source>
        <translation>Wiedergabe beendet</translation>
    </message>
</context>
<context>
    <name>tickerline::SecretStore</name>
    <message>
        <source>No system keychain (such as GNOME Keyring or KWallet) is available.</source>
        <translation>Es ist kein Schlüsselbund des Systems (etwa GNOME Keyring oder KWallet) verfügbar.</translation>
    </message>
    <message>
        <source>The system keychain refused access; it may be locked.</source>
        <translation>Der Schlüsselbund des Systems hat den Zugriff verweigert; vielleicht ist er gesperrt.</translation>
    </message>
    <message>
        <source>The system keychain failed.</source>
        <translation>Der Schlüsselbund des Systems hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>The system keychain failed: %1</source>
        <translation>Der Schlüsselbund des Systems hat einen Fehler gemeldet: %1</translation>
    </message>
    <message>
        <source>%1 Set %2 in the environment instead to use %3.</source>
        <translation>%1 Setzen Sie stattdessen %2 in der Umgebung, um %3 zu nutzen.</translation>
    </message>
</context>
<context>
    <name>tickerline::ServeCommand</name>
    <message>
        <source>served %1 clients (%2 refused, %3 cut as slow), acknowledged %4 published ticks</source>
        <translation>%1 Clients bedient (%2 abgelehnt, %3 als zu langsam getrennt), %4 veröffentlichte Ticks bestätigt</translation>
    </message>
    <message>
        <source>cannot listen on %1: address in use — is another collector serving there?</source>
        <translation>kann nicht auf %1 lauschen: Adresse belegt – stellt dort schon ein anderer Collector bereit?</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>kann nicht auf %1 lauschen: %2</translation>
    </message>
    <message>
        <source>serving on wss://%1/v1/stream, https://%1/v1/events (SSE) and https://%1/v1/history</source>
        <translation>stellt bereit unter wss://%1/v1/stream, https://%1/v1/events (SSE) und https://%1/v1/history</translation>
    </message>
    <message>
        <source>serving on ws://%1/v1/stream, http://%1/v1/events (SSE) and http://%1/v1/history</source>
        <translation>stellt bereit unter ws://%1/v1/stream, http://%1/v1/events (SSE) und http://%1/v1/history</translation>
    </message>
</context>
<context>
    <name>tickerline::StatusPanel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> · %1 ticks/s</source>
        <translation> · %1 Ticks/s</translation>
    </message>
    <message>
        <source> · retry at %1</source>
        <translation> · neuer Versuch um %1</translation>
    </message>
    <message>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message>
        <source>%1 ticks received, %2 malformed frames</source>
        <translation>%1 Ticks empfangen, %2 fehlerhafte Frames</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Datenbankfehler: %1</translation>
    </message>
    <message>
        <source>%1
%2 ticks stored, %3 duplicates ignored, %4 waiting, %5 dropped</source>
        <translation>%1
%2 Ticks gespeichert, %3 Duplikate ignoriert, %4 wartend, %5 verworfen</translation>
    </message>
    <message>
        <source> · %1 ticks dropped</source>
        <translation> · %1 Ticks verworfen</translation>
    </message>
    <message>
        <source>Database: opening…</source>
        <translation>Datenbank: wird geöffnet…</translation>
    </message>
    <message>
        <source>Database %1 · %2 ticks stored</source>
        <translation>Datenbank %1 · %2 Ticks gespeichert</translation>
    </message>
    <message>
        <source>%1 · retrying: %2</source>
        <translation>%1 · neuer Versuch: %2</translation>
    </message>
    <message>
        <source>The database server refused the password.</source>
        <translation>Der Datenbankserver hat das Passwort abgelehnt.</translation>
    </message>
    <message>
        <source>Enter password…</source>
        <translation>Passwort eingeben…</translation>
    </message>
    <message>
        <source>Viewer — following %1</source>
        <translation>Live-Ansicht — folgt %1</translation>
    </message>
    <message>
        <source>%1
Shows what a collector records there; this window records nothing.</source>
        <translation>%1
Zeigt, was ein Collector dort aufzeichnet; dieses Fenster zeichnet nichts auf.</translation>
    </message>
    <message>
        <source> (attempt %1)</source>
        <translation> (Versuch %1)</translation>
    </message>
    <message>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message>
        <source>Reconnects: %1 · disconnected %2 s in all</source>
        <translation>Neuverbindungen: %1 · insgesamt %2 s getrennt</translation>
    </message>
</context>
<context>
    <name>tickerline::StreamServer</name>
    <message>
        <source>refused a client from %1: bad token</source>
        <translation>Client von %1 abgelehnt: ungültiges Token</translation>
    </message>
    <message>
        <source>refused a client: %1 clients already connected</source>
        <translation>Client abgelehnt: bereits %1 Clients verbunden</translation>
    </message>
    <message>
        <source>cut slow client %1 (%2); %3 cut so far</source>
        <translation>langsamen Client %1 getrennt (%2); bisher %3 getrennt</translation>
    </message>
    <message>
        <source>refused a plain-text client from %1: this server speaks TLS only</source>
        <translation>unverschlüsselten Client von %1 abgelehnt: Dieser Server spricht nur TLS</translation>
    </message>
</context>
<context>
    <name>tickerline::StreamingFeed</name>
    <message>
        <source>Renewing the connection before the provider&apos;s time limit</source>
        <translation>Verbindung wird vor dem Zeitlimit des Anbieters erneuert</translation>
    </message>
    <message>
        <source>The provider asked for a new connection</source>
        <translation>Der Anbieter hat eine neue Verbindung angefordert</translation>
    </message>
</context>
<context>
    <name>tickerline::StudiesButton</name>
    <message>
        <source>Studies</source>
        <translation>Indikatoren</translation>
    </message>
    <message>
        <source>Add or remove indicators (SMA, EMA, VWAP, Bollinger) and spread or ratio lines</source>
        <translation>Indikatoren (SMA, EMA, VWAP, Bollinger) sowie Spread- und Verhältnislinien hinzufügen oder entfernen</translation>
    </message>
    <message>
        <source>&amp;Add Study…</source>
        <translation>Indikator &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Remove All Studies</source>
        <translation>Alle Indikatoren entfernen</translation>
    </message>
</context>
<context>
    <name>tickerline::StudyDialog</name>
    <message>
        <source>Add Study</source>
        <translation>Indikator hinzufügen</translation>
    </message>
    <message>
        <source>Simple moving average (SMA)</source>
        <translation>Einfacher gleitender Durchschnitt (SMA)</translation>
    </message>
    <message>
        <source>Exponential moving average (EMA)</source>
        <translation>Exponentieller gleitender Durchschnitt (EMA)</translation>
    </message>
    <message>
        <source>Volume-weighted average price (VWAP)</source>
        <translation>Volumengewichteter Durchschnittspreis (VWAP)</translation>
    </message>
    <message>
        <source>Bollinger bands</source>
        <translation>Bollinger-Bänder</translation>
    </message>
    <message>
        <source>Spread of two symbols (A − B)</source>
        <translation>Spread zweier Symbole (A − B)</translation>
    </message>
    <message>
        <source>Ratio of two symbols (A / B)</source>
        <translation>Verhältnis zweier Symbole (A / B)</translation>
    </message>
    <message>
        <source> candles</source>
        <translation> Kerzen</translation>
    </message>
    <message>
        <source> σ</source>
        <translation> σ</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Study:</source>
        <translation>&amp;Indikator:</translation>
    </message>
    <message>
        <source>S&amp;ymbol:</source>
        <translation>&amp;Symbol:</translation>
    </message>
    <message>
        <source>&amp;Second symbol:</source>
        <translation>&amp;Zweites Symbol:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Breite:</translation>
    </message>
</context>
<context>
    <name>tickerline::SymbolSearchBox</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>(cached)</source>
        <translation>(aus dem Cache)</translation>
    </message>
    <message>
        <source>%1 spells it %2; added as %3.</source>
        <translation>%1 schreibt es %2; wird als %3 hinzugefügt.</translation>
    </message>
    <message>
        <source>No match for “%1”.</source>
        <translation>Kein Treffer für „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>Searching… (%n provider(s) still to answer)</source>
        <translation>
            <numerusform>Suche läuft… (%n Anbieter steht noch aus)</numerusform>
            <numerusform>Suche läuft… (%n Anbieter stehen noch aus)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is unreachable: showing its results cached %2.</source>
        <translation>%1 ist nicht erreichbar: Es werden die %2 zwischengespeicherten Ergebnisse angezeigt.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Unreachable (offline?): %1.</source>
        <translation>Nicht erreichbar (offline?): %1.</translation>
    </message>
</context>
<context>
    <name>tickerline::SymbolSearchController</name>
    <message>
        <source>&amp;Add Symbol…</source>
        <translation>Symbol &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Search symbols and names across the providers and add one to the watchlist</source>
        <translation>Symbole und Namen bei allen Anbietern suchen und eines zur Beobachtungsliste hinzufügen</translation>
    </message>
    <message>
        <source>%1 is already in the watchlist.</source>
        <translation>%1 ist bereits in der Beobachtungsliste.</translation>
    </message>
</context>
<context>
    <name>tickerline::SymbolSearchPalette</name>
    <message>
        <source>Add symbol</source>
        <translation>Symbol hinzufügen</translation>
    </message>
    <message>
        <source>Search symbol or name, e.g. AAPL, apple, bitcoin</source>
        <translation>Symbol oder Name suchen, z. B. AAPL, apple, bitcoin</translation>
    </message>
    <message>
        <source>Search symbol or name</source>
        <translation>Symbol oder Name suchen</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Treffer</translation>
    </message>
</context>
<context>
    <name>tickerline::TickersPage</name>
    <message>
        <source>Tickers</source>
        <translation>Symbole</translation>
    </message>
    <message>
        <source>%1 is already in the watchlist.</source>
        <translation>%1 ist bereits in der Beobachtungsliste.</translation>
    </message>
    <message>
        <source>The watchlist needs at least one symbol.</source>
        <translation>Die Beobachtungsliste braucht mindestens ein Symbol.</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Symbol or name, e.g. AAPL or apple</source>
        <translation>Symbol oder Name, z. B. AAPL oder apple</translation>
    </message>
</context>
<context>
    <name>tickerline::ViewMenu</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>Än&amp;derung</translation>
    </message>
    <message>
        <source>Change in &amp;Percent</source>
        <translation>Änderung in &amp;Prozent</translation>
    </message>
    <message>
        <source>&amp;Volume</source>
        <translation>&amp;Volumen</translation>
    </message>
    <message>
        <source>&amp;52-Week Range</source>
        <translation>&amp;52-Wochen-Spanne</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Zeit</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation>&amp;Diagramm</translation>
    </message>
    <message>
        <source>Chart &amp;Tool Bar</source>
        <translation>Diagramm-&amp;Werkzeugleiste</translation>
    </message>
    <message>
        <source>Watchlist C&amp;olumns</source>
        <translation>&amp;Spalten der Beobachtungsliste</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Marktphase</translation>
    </message>
    <message>
        <source>&amp;Age</source>
        <translation>&amp;Alter</translation>
    </message>
</context>
<context>
    <name>tickerline::VolumePane</name>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Volume (k)</source>
        <translation>Vol. (Tsd.)</translation>
    </message>
    <message>
        <source>Volume (M)</source>
        <translation>Vol. (Mio.)</translation>
    </message>
    <message>
        <source>Volume (B)</source>
        <translation>Vol. (Mrd.)</translation>
    </message>
</context>
<context>
    <name>tickerline::WatchlistBook</name>
    <message>
        <source>There is no watchlist called &quot;%1&quot;.</source>
        <translation>Es gibt keine Beobachtungsliste namens „%1“.</translation>
    </message>
    <message>
        <source>A watchlist needs a first symbol.</source>
        <translation>Eine Beobachtungsliste braucht ein erstes Symbol.</translation>
    </message>
    <message>
        <source>The last watchlist cannot be deleted.</source>
        <translation>Die letzte Beobachtungsliste kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>%1 is already on &quot;%2&quot;.</source>
        <translation>%1 ist bereits in „%2“.</translation>
    </message>
    <message>
        <source>A workspace needs at least one watchlist.</source>
        <translation>Ein Arbeitsbereich braucht mindestens eine Beobachtungsliste.</translation>
    </message>
    <message>
        <source>The watchlist &quot;%1&quot; has no symbols.</source>
        <translation>Die Beobachtungsliste „%1“ enthält keine Symbole.</translation>
    </message>
</context>
<context>
    <name>tickerline::WatchlistTabs</name>
    <message>
        <source>Watchlists</source>
        <translation>Beobachtungslisten</translation>
    </message>
    <message>
        <source>New watchlist</source>
        <translation>Neue Beobachtungsliste</translation>
    </message>
    <message>
        <source>New Watchlist</source>
        <translation>Neue Beobachtungsliste</translation>
    </message>
    <message>
        <source>Name of the new watchlist:</source>
        <translation>Name der neuen Beobachtungsliste:</translation>
    </message>
    <message>
        <source>Name of the new watchlist (it starts with %1):</source>
        <translation>Name der neuen Beobachtungsliste (sie beginnt mit %1):</translation>
    </message>
    <message>
        <source>Rename Watchlist</source>
        <translation>Beobachtungsliste umbenennen</translation>
    </message>
    <message>
        <source>New name for &quot;%1&quot;:</source>
        <translation>Neuer Name für „%1“:</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;New Watchlist…</source>
        <translation>&amp;Neue Beobachtungsliste…</translation>
    </message>
</context>
<context>
    <name>tickerline::WorkspaceController</name>
    <message>
        <source>New C&amp;hart Pane</source>
        <translation>&amp;Neues Diagrammfenster</translation>
    </message>
    <message>
        <source>Chart &amp;Panes</source>
        <translation>Diagramm&amp;fenster</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>&amp;None yet: View → New Chart Pane</source>
        <translation>&amp;Noch keine: Ansicht → Neues Diagrammfenster</translation>
    </message>
    <message>
        <source>Lin&amp;k Crosshair Across Charts</source>
        <translation>Faden&amp;kreuz in allen Diagrammen koppeln</translation>
    </message>
    <message>
        <source>Link Chart Ran&amp;ges</source>
        <translation>Zeit&amp;räume der Diagramme koppeln</translation>
    </message>
    <message>
        <source>&amp;Workspaces</source>
        <translation>&amp;Arbeitsbereiche</translation>
    </message>
    <message>
        <source>&amp;Save Workspace</source>
        <translation>Arbeitsbereich &amp;speichern</translation>
    </message>
    <message>
        <source>Workspace &quot;%1&quot; saved.</source>
        <translation>Arbeitsbereich „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Save Workspace &amp;As…</source>
        <translation>Arbeitsbereich speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Delete This Workspace</source>
        <translation>Diesen Arbeitsbereich &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Export Workspace…</source>
        <translation>Arbeitsbereich &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Import Workspace…</source>
        <translation>Arbeitsbereich &amp;importieren…</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>The saved workspaces could not be read (%1). The file was kept as %2.</source>
        <translation>Die gespeicherten Arbeitsbereiche konnten nicht gelesen werden (%1). Die Datei wurde als %2 aufbewahrt.</translation>
    </message>
    <message>
        <source>The saved workspaces could not be read (%1).</source>
        <translation>Die gespeicherten Arbeitsbereiche konnten nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>The workspaces could not be saved to %1: %2</source>
        <translation>Die Arbeitsbereiche konnten nicht unter %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>A workspace needs a name.</source>
        <translation>Ein Arbeitsbereich braucht einen Namen.</translation>
    </message>
    <message>
        <source>A workspace name has at most %1 characters.</source>
        <translation>Der Name eines Arbeitsbereichs hat höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>There is already a workspace called &quot;%1&quot;.</source>
        <translation>Es gibt bereits einen Arbeitsbereich namens „%1“.</translation>
    </message>
    <message>
        <source>There is no workspace called &quot;%1&quot;.</source>
        <translation>Es gibt keinen Arbeitsbereich namens „%1“.</translation>
    </message>
    <message>
        <source>Workspace &quot;%1&quot;.</source>
        <translation>Zum Arbeitsbereich „%1“ gewechselt.</translation>
    </message>
    <message>
        <source>The only workspace cannot be deleted.</source>
        <translation>Der einzige Arbeitsbereich kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 wurde nicht importiert: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Workspace &quot;%1&quot; imported.</source>
        <translation>Arbeitsbereich „%1“ importiert.</translation>
    </message>
    <message>
        <source>The workspace could not be exported to %1: %2</source>
        <translation>Der Arbeitsbereich konnte nicht nach %1 exportiert werden: %2</translation>
    </message>
    <message>
        <source>Save Workspace As</source>
        <translation>Arbeitsbereich speichern unter</translation>
    </message>
    <message>
        <source>Name of the new workspace:</source>
        <translation>Name des neuen Arbeitsbereichs:</translation>
    </message>
    <message>
        <source>Export Workspace</source>
        <translation>Arbeitsbereich exportieren</translation>
    </message>
    <message>
        <source>Tickerline workspaces (*.json)</source>
        <translation>Tickerline-Arbeitsbereiche (*.json)</translation>
    </message>
    <message>
        <source>Workspace exported to %1</source>
        <translation>Arbeitsbereich nach %1 exportiert</translation>
    </message>
    <message>
        <source>Import Workspace</source>
        <translation>Arbeitsbereich importieren</translation>
    </message>
</context>
<context>
    <name>tickerline::WorkspaceFile</name>
    <message>
        <source>&quot;%1&quot; is not base64 text</source>
        <translation>„%1“ ist kein Base64-Text</translation>
    </message>
    <message>
        <source>a workspace without a name</source>
        <translation>ein Arbeitsbereich ohne Namen</translation>
    </message>
    <message>
        <source>workspace &quot;%1&quot;: %2</source>
        <translation>Arbeitsbereich „%1“: %2</translation>
    </message>
    <message>
        <source>no watchlists</source>
        <translation>keine Beobachtungslisten</translation>
    </message>
    <message>
        <source>the watchlist &quot;%1&quot; has no symbols</source>
        <translation>die Beobachtungsliste „%1“ enthält keine Symbole</translation>
    </message>
    <message>
        <source>the current watchlist &quot;%1&quot; is not one of its watchlists</source>
        <translation>die aktuelle Beobachtungsliste „%1“ gehört nicht zu seinen Beobachtungslisten</translation>
    </message>
    <message>
        <source>main chart: %1</source>
        <translation>Hauptdiagramm: %1</translation>
    </message>
    <message>
        <source>a chart pane with the id &quot;%1&quot; (ids are distinct numbers from 2)</source>
        <translation>ein Diagrammfenster mit der ID „%1“ (IDs sind verschiedene Zahlen ab 2)</translation>
    </message>
    <message>
        <source>chart %1: %2</source>
        <translation>Diagramm %1: %2</translation>
    </message>
    <message>
        <source>not valid JSON at character %1: %2</source>
        <translation>kein gültiges JSON bei Zeichen %1: %2</translation>
    </message>
    <message>
        <source>not a Tickerline workspace file (no &quot;format&quot;: &quot;%1&quot;)</source>
        <translation>keine Tickerline-Arbeitsbereichsdatei (kein &quot;format&quot;: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>written by a newer Tickerline (file version %1; this one reads up to %2)</source>
        <translation>von einem neueren Tickerline geschrieben (Dateiversion %1; dieses liest bis Version %2)</translation>
    </message>
    <message>
        <source>no valid &quot;version&quot;</source>
        <translation>kein gültiger Wert für &quot;version&quot;</translation>
    </message>
    <message>
        <source>two workspaces called &quot;%1&quot;</source>
        <translation>zwei Arbeitsbereiche namens „%1“</translation>
    </message>
</context>
<context>
    <name>tickerline::symbolsearch</name>
    <message>
        <source>The answer is not JSON.</source>
        <translation>Die Antwort ist kein JSON.</translation>
    </message>
    <message>
        <source>The answer is not in the expected format.</source>
        <translation>Die Antwort hat nicht das erwartete Format.</translation>
    </message>
</context>
</TS>
