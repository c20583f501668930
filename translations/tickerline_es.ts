<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AlertDialog</name>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>&amp;Rules:</source>
        <translation>&amp;Reglas:</translation>
    </message>
    <message>
        <source>Alert rules</source>
        <translation>Reglas de alerta</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nueva</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>&amp;Symbol:</source>
        <translation>&amp;Símbolo:</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Símbolo</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Condición:</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condición</translation>
    </message>
    <message>
        <source>Price &amp;level:</source>
        <translation>Nive&amp;l de precio:</translation>
    </message>
    <message>
        <source>Price level</source>
        <translation>Nivel de precio</translation>
    </message>
    <message>
        <source>&amp;Move by:</source>
        <translation>&amp;Variación:</translation>
    </message>
    <message>
        <source>Move in percent</source>
        <translation>Variación en porcentaje</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Wi&amp;thin:</source>
        <translation>&amp;Intervalo:</translation>
    </message>
    <message>
        <source>Time window in seconds</source>
        <translation>Intervalo de tiempo en segundos</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>No tick &amp;for:</source>
        <translation>Sin ticks &amp;durante:</translation>
    </message>
    <message>
        <source>Silence in seconds</source>
        <translation>Tiempo sin ticks en segundos</translation>
    </message>
    <message>
        <source>&amp;Fires:</source>
        <translation>&amp;Activación:</translation>
    </message>
    <message>
        <source>When the alert fires again</source>
        <translation>Cuándo vuelve a activarse la alerta</translation>
    </message>
    <message>
        <source>&amp;Cool-down:</source>
        <translation>&amp;Periodo de espera:</translation>
    </message>
    <message>
        <source>Cool-down in seconds</source>
        <translation>Periodo de espera en segundos</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Habilitada</translation>
    </message>
    <message>
        <source>Sa&amp;ve Rule</source>
        <translation>&amp;Guardar regla</translation>
    </message>
</context>
<context>
    <name>AppearancePage</name>
    <message>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Seguir al sistema</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Seguir al &amp;sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>C&amp;laro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>D&amp;ark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Tickerline starts.</source>
        <translation>El nuevo idioma se aplica la próxima vez que se inicie Tickerline.</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Año Nuevo</translation>
    </message>
    <message>
        <source>Australia Day</source>
        <translation>Día de Australia</translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation>Viernes Santo</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>Lunes de Pascua</translation>
    </message>
    <message>
        <source>Anzac Day</source>
        <translation>Día de ANZAC</translation>
    </message>
    <message>
        <source>King&apos;s Birthday</source>
        <translation>Cumpleaños del Rey</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Navidad</translation>
    </message>
    <message>
        <source>Boxing Day</source>
        <translation>San Esteban</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>Día del Trabajo</translation>
    </message>
    <message>
        <source>Lunar New Year&apos;s Day</source>
        <translation>Año Nuevo Lunar</translation>
    </message>
    <message>
        <source>The second day of Lunar New Year</source>
        <translation>Segundo día del Año Nuevo Lunar</translation>
    </message>
    <message>
        <source>The third day of Lunar New Year</source>
        <translation>Tercer día del Año Nuevo Lunar</translation>
    </message>
    <message>
        <source>Ching Ming Festival</source>
        <translation>Festival de Qingming</translation>
    </message>
    <message>
        <source>The day following Good Friday</source>
        <translation>Sábado Santo</translation>
    </message>
    <message>
        <source>The Birthday of the Buddha</source>
        <translation>Cumpleaños de Buda</translation>
    </message>
    <message>
        <source>Tuen Ng Festival</source>
        <translation>Festival del Barco del Dragón</translation>
    </message>
    <message>
        <source>Hong Kong Special Administrative Region Establishment Day</source>
        <translation>Día del Establecimiento de la Región Administrativa Especial de Hong Kong</translation>
    </message>
    <message>
        <source>The day following the Mid-Autumn Festival</source>
        <translation>Día siguiente al Festival del Medio Otoño</translation>
    </message>
    <message>
        <source>National Day</source>
        <translation>Día Nacional</translation>
    </message>
    <message>
        <source>Chung Yeung Festival</source>
        <translation>Festival de Chongyang</translation>
    </message>
    <message>
        <source>The first weekday after Christmas Day</source>
        <translation>Primer día laborable después de Navidad</translation>
    </message>
    <message>
        <source>Early May bank holiday</source>
        <translation>Festivo bancario de principios de mayo</translation>
    </message>
    <message>
        <source>Spring bank holiday</source>
        <translation>Festivo bancario de primavera</translation>
    </message>
    <message>
        <source>Summer bank holiday</source>
        <translation>Festivo bancario de verano</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Pre-market</source>
        <translation>Preapertura</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Lunch break</source>
        <translation>Pausa de mediodía</translation>
    </message>
    <message>
        <source>After hours</source>
        <translation>Tras el cierre</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Festivo</translation>
    </message>
    <message>
        <source>Martin Luther King, Jr. Day</source>
        <translation>Día de Martin Luther King Jr.</translation>
    </message>
    <message>
        <source>Washington&apos;s Birthday</source>
        <translation>Natalicio de Washington</translation>
    </message>
    <message>
        <source>Memorial Day</source>
        <translation>Día de los Caídos</translation>
    </message>
    <message>
        <source>Juneteenth National Independence Day</source>
        <translation>Juneteenth</translation>
    </message>
    <message>
        <source>Independence Day</source>
        <translation>Día de la Independencia</translation>
    </message>
    <message>
        <source>Labor Day</source>
        <translation>Día del Trabajo</translation>
    </message>
    <message>
        <source>Thanksgiving Day</source>
        <translation>Día de Acción de Gracias</translation>
    </message>
    <message>
        <source>Coming of Age Day</source>
        <translation>Día de la Mayoría de Edad</translation>
    </message>
    <message>
        <source>National Foundation Day</source>
        <translation>Día de la Fundación Nacional</translation>
    </message>
    <message>
        <source>Emperor&apos;s Birthday</source>
        <translation>Cumpleaños del Emperador</translation>
    </message>
    <message>
        <source>Vernal Equinox Day</source>
        <translation>Equinoccio de primavera</translation>
    </message>
    <message>
        <source>Showa Day</source>
        <translation>Día de Shōwa</translation>
    </message>
    <message>
        <source>Constitution Memorial Day</source>
        <translation>Día de la Constitución</translation>
    </message>
    <message>
        <source>Greenery Day</source>
        <translation>Día de la Naturaleza</translation>
    </message>
    <message>
        <source>Children&apos;s Day</source>
        <translation>Día del Niño</translation>
    </message>
    <message>
        <source>Respect for the Aged Day</source>
        <translation>Día del Respeto a los Mayores</translation>
    </message>
    <message>
        <source>Autumnal Equinox Day</source>
        <translation>Equinoccio de otoño</translation>
    </message>
    <message>
        <source>Culture Day</source>
        <translation>Día de la Cultura</translation>
    </message>
    <message>
        <source>Labour Thanksgiving Day</source>
        <translation>Día de Acción de Gracias por el Trabajo</translation>
    </message>
    <message>
        <source>Marine Day</source>
        <translation>Día del Mar</translation>
    </message>
    <message>
        <source>Mountain Day</source>
        <translation>Día de la Montaña</translation>
    </message>
    <message>
        <source>Sports Day</source>
        <translation>Día del Deporte</translation>
    </message>
    <message>
        <source>Substitute Holiday</source>
        <translation>Festivo sustitutorio</translation>
    </message>
    <message>
        <source>Citizens&apos; Holiday</source>
        <translation>Festivo ciudadano</translation>
    </message>
    <message>
        <source>Market holiday</source>
        <translation>Festivo bursátil</translation>
    </message>
    <message>
        <source>Family Day</source>
        <translation>Día de la Familia</translation>
    </message>
    <message>
        <source>Victoria Day</source>
        <translation>Día de la Reina Victoria</translation>
    </message>
    <message>
        <source>Canada Day</source>
        <translation>Día de Canadá</translation>
    </message>
    <message>
        <source>Civic Holiday</source>
        <translation>Festivo cívico</translation>
    </message>
    <message>
        <source>New York Stock Exchange</source>
        <translation>Bolsa de Nueva York</translation>
    </message>
    <message>
        <source>Nasdaq</source>
        <translation>Nasdaq</translation>
    </message>
    <message>
        <source>London Stock Exchange</source>
        <translation>Bolsa de Londres</translation>
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
        <translation>Bolsa de Tokio</translation>
    </message>
    <message>
        <source>Hong Kong Stock Exchange</source>
        <translation>Bolsa de Hong Kong</translation>
    </message>
    <message>
        <source>Australian Securities Exchange</source>
        <translation>Bolsa de Australia</translation>
    </message>
    <message>
        <source>Toronto Stock Exchange</source>
        <translation>Bolsa de Toronto</translation>
    </message>
    <message>
        <source>Crypto (24/7)</source>
        <translation>Criptomonedas (24/7)</translation>
    </message>
    <message>
        <source>Christmas Eve</source>
        <translation>Nochebuena</translation>
    </message>
    <message>
        <source>New Year&apos;s Eve</source>
        <translation>Nochevieja</translation>
    </message>
</context>
<context>
    <name>CandleChart</name>
    <message>
        <source>O %1 H %2 L %3 C %4</source>
        <extracomment>The candle read-out&apos;s labels: open, high, low, close (one letter each where the language allows).</extracomment>
        <translation>A %1 Máx %2 Mín %3 C %4</translation>
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
        <translation>Última hora</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>Last 5 days</source>
        <translation>Últimos 5 días</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Último mes</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>Últimos 6 meses</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Último año</translation>
    </message>
    <message>
        <source>Everything, from the earliest point loaded</source>
        <translation>Todo, desde el primer punto cargado</translation>
    </message>
</context>
<context>
    <name>DataDelay</name>
    <message>
        <source>real-time</source>
        <translation>en tiempo real</translation>
    </message>
    <message>
        <source>delayed %1 min</source>
        <translation>con %1 min de retraso</translation>
    </message>
    <message>
        <source>real-time, %1 trades only</source>
        <translation>en tiempo real, solo operaciones de %1</translation>
    </message>
    <message>
        <source>delay not known</source>
        <translation>retraso desconocido</translation>
    </message>
    <message>
        <source>%1m delayed</source>
        <translation>%1m de retraso</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>Browse for the database file</source>
        <translation>Buscar el archivo de base de datos</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Use the default database location</source>
        <translation>Usar la ubicación predeterminada de la base de datos</translation>
    </message>
    <message>
        <source>De&amp;fault</source>
        <translation>&amp;Predeterminado</translation>
    </message>
    <message>
        <source>&amp;Keep raw ticks for:</source>
        <translation>&amp;Conservar los ticks sin procesar:</translation>
    </message>
    <message>
        <source>Days raw ticks are kept</source>
        <translation>Días que se conservan los ticks sin procesar</translation>
    </message>
    <message>
        <source>Older ticks are deleted hourly; bars from backfill are always kept.</source>
        <translation>Los ticks más antiguos se eliminan cada hora; las barras del relleno histórico se conservan siempre.</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>Siempre</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>&amp;Database file or PostgreSQL URL:</source>
        <translation>&amp;Archivo de base de datos o URL de PostgreSQL:</translation>
    </message>
    <message>
        <source>Database file or PostgreSQL URL</source>
        <translation>Archivo de base de datos o URL de PostgreSQL</translation>
    </message>
    <message>
        <source>PostgreSQL pass&amp;word:</source>
        <translation>C&amp;ontraseña de PostgreSQL:</translation>
    </message>
    <message>
        <source>PostgreSQL password</source>
        <translation>Contraseña de PostgreSQL</translation>
    </message>
    <message>
        <source>Every tick received is recorded in this SQLite database, or in a PostgreSQL database given as postgresql://user@host:port/database. Leave it empty to use the default location. A new location takes effect the next time Tickerline starts.</source>
        <translation>Cada tick recibido se registra en esta base de datos SQLite, o en una base de datos PostgreSQL indicada como postgresql://user@host:port/database. Déjelo vacío para usar la ubicación predeterminada. La nueva ubicación se aplica la próxima vez que se inicie Tickerline.</translation>
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
        <translation>%1 rechazó %2</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 falló</translation>
    </message>
    <message>
        <source>%1 is rate-limited until %2</source>
        <translation>%1 limita las solicitudes hasta las %2</translation>
    </message>
    <message>
        <source>%1 spent its request budget (%2 of %3), the next request at %4</source>
        <translation>%1 agotó su cupo de solicitudes (%2 de %3), la próxima solicitud a las %4</translation>
    </message>
    <message>
        <source>%1 unreachable after %2 attempts</source>
        <translation>%1 inaccesible tras %2 intentos</translation>
    </message>
    <message>
        <source>%1 is stale while the market of %2 is open</source>
        <translation>%1 está desactualizado aunque el mercado de %2 está abierto</translation>
    </message>
    <message>
        <source>%1 sent no tick of %2 for %3 s while its market is open</source>
        <translation>%1 no ha enviado ningún tick de %2 en %3 s aunque su mercado está abierto</translation>
    </message>
    <message>
        <source>%1 has recovered</source>
        <translation>%1 se ha recuperado</translation>
    </message>
</context>
<context>
    <name>FeedStatus</name>
    <message>
        <source>Idle</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En directo</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Desactualizado</translation>
    </message>
    <message>
        <source>Backing off</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>server: %1, %2</source>
        <translation>servidor: %1, %2</translation>
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
        <translation>El puntero %1 «%2» no es un puntero JSON (RFC 6901)</translation>
    </message>
    <message>
        <source>Give either a symbol pointer or a fixed symbol.</source>
        <translation>Indique un puntero de símbolo o un símbolo fijo.</translation>
    </message>
    <message>
        <source>The provider name is empty.</source>
        <translation>El nombre del proveedor está vacío.</translation>
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
        <translation>Lista de seguimiento</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importar CSV…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Reset Chart Zoom</source>
        <translation>&amp;Restablecer el zoom del gráfico</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;About Tickerline</source>
        <translation>&amp;Acerca de Tickerline</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>A&amp;lertas</translation>
    </message>
    <message>
        <source>Export Chart as &amp;PNG…</source>
        <translation>Exportar gráfico como &amp;PNG…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Export Chart as S&amp;VG…</source>
        <translation>Exportar gráfico como S&amp;VG…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Copy Chart</source>
        <translation>&amp;Copiar gráfico</translation>
    </message>
    <message>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <source>&amp;Manage Alerts…</source>
        <translation>&amp;Gestionar alertas…</translation>
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
        <translation>ajuste de gráfico desconocido «%1»</translation>
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
        <translation>Precio</translation>
    </message>
    <message>
        <source>MMM d</source>
        <extracomment>Time axis label at midnight, a QDateTime format: MMM month, d day</extracomment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <extracomment>Time axis label for a month, a QDateTime format: MMM month, yyyy year</extracomment>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source> % in view</source>
        <translation> % en la vista</translation>
    </message>
</context>
<context>
    <name>ProviderChains</name>
    <message>
        <source>an empty provider name in “%1”</source>
        <translation>un nombre de proveedor vacío en «%1»</translation>
    </message>
    <message>
        <source>unknown provider “%1” (tickerline-collector providers lists them)</source>
        <translation>proveedor desconocido «%1» (tickerline-collector providers los enumera)</translation>
    </message>
    <message>
        <source>“%1” is no market data provider and cannot take part in failover</source>
        <translation>«%1» no es un proveedor de datos de mercado y no puede participar en la conmutación por error</translation>
    </message>
    <message>
        <source>“%1” is listed twice in “%2”</source>
        <translation>«%1» aparece dos veces en «%2»</translation>
    </message>
    <message>
        <source>more than one provider list for every symbol in “%1”</source>
        <translation>más de una lista de proveedores para todos los símbolos en «%1»</translation>
    </message>
    <message>
        <source>no symbol before “=” in “%1”</source>
        <translation>ningún símbolo antes de «=» en «%1»</translation>
    </message>
</context>
<context>
    <name>ProviderFeeds</name>
    <message>
        <source>%1 streams over WebSocket: the endpoint must be a ws:// or wss:// URL.</source>
        <translation>%1 transmite por WebSocket: el punto de conexión debe ser una URL ws:// o wss://.</translation>
    </message>
</context>
<context>
    <name>ProviderKeyRow</name>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>ProviderPage</name>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Proveedor:</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>Clave de API:</translation>
    </message>
    <message>
        <source>Poll &amp;interval:</source>
        <translation>&amp;Intervalo de consulta:</translation>
    </message>
    <message>
        <source>Poll interval in seconds</source>
        <translation>Intervalo de consulta en segundos</translation>
    </message>
    <message>
        <source>How often a polling provider is asked for new quotes.</source>
        <translation>Con qué frecuencia se piden nuevas cotizaciones a un proveedor por consulta.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Simulated &amp;rate:</source>
        <translation>&amp;Ritmo simulado:</translation>
    </message>
    <message>
        <source>Simulated ticks per second per symbol</source>
        <translation>Ticks simulados por segundo y símbolo</translation>
    </message>
    <message>
        <source>How many ticks per second the simulated market makes for each symbol.</source>
        <translation>Cuántos ticks por segundo genera el mercado simulado para cada símbolo.</translation>
    </message>
    <message>
        <source> ticks/s per symbol</source>
        <translation> ticks/s por símbolo</translation>
    </message>
</context>
<context>
    <name>ProviderRegistry</name>
    <message>
        <source>Simulated market</source>
        <translation>Mercado simulado</translation>
    </message>
    <message>
        <source>Built-in random-walk market for demos and tests; no network, no key.</source>
        <translation>Mercado integrado de paseo aleatorio para demostraciones y pruebas; sin red ni clave.</translation>
    </message>
    <message>
        <source>Yahoo Finance</source>
        <translation>Yahoo Finance</translation>
    </message>
    <message>
        <source>Stocks, indices, funds, FX and crypto (AAPL, ^GSPC, VOD.L, EURUSD=X) every 15 s; gaps backfilled from 1-minute bars; no key.</source>
        <translation>Acciones, índices, fondos, divisas y criptomonedas (AAPL, ^GSPC, VOD.L, EURUSD=X) cada 15 s; los huecos se rellenan con barras de 1 minuto; sin clave.</translation>
    </message>
    <message>
        <source>Finnhub</source>
        <translation>Finnhub</translation>
    </message>
    <message>
        <source>Live US trades (IEX on the free plan) with sizes; names, logos and 52-week ranges over REST.</source>
        <translation>Operaciones de EE. UU. en directo (IEX en el plan gratuito) con volúmenes; nombres, logotipos y rangos de 52 semanas por REST.</translation>
    </message>
    <message>
        <source>Alpha Vantage</source>
        <translation>Alpha Vantage</translation>
    </message>
    <message>
        <source>Delayed quotes; the free key&apos;s 25 requests a day are spread over the day.</source>
        <translation>Cotizaciones diferidas; las 25 solicitudes diarias de la clave gratuita se reparten a lo largo del día.</translation>
    </message>
    <message>
        <source>Twelve Data</source>
        <translation>Twelve Data</translation>
    </message>
    <message>
        <source>Live prices for stocks, FX (EUR/USD) and crypto; names and 52-week ranges over REST.</source>
        <translation>Precios en directo de acciones, divisas (EUR/USD) y criptomonedas; nombres y rangos de 52 semanas por REST.</translation>
    </message>
    <message>
        <source>Coinbase Exchange</source>
        <translation>Coinbase Exchange</translation>
    </message>
    <message>
        <source>Crypto trades (ticker channel, BTC-USD); gaps and reconnects backfilled from 1-minute candles; no key.</source>
        <translation>Operaciones de criptomonedas (canal ticker, BTC-USD); huecos y reconexiones rellenados con velas de 1 minuto; sin clave.</translation>
    </message>
    <message>
        <source>Binance</source>
        <translation>Binance</translation>
    </message>
    <message>
        <source>Crypto trades (BTCUSDT); renewed before the 24 h limit, reconnects backfilled from 1-minute klines; not served in restricted locations; no key.</source>
        <translation>Operaciones de criptomonedas (BTCUSDT); se renueva antes del límite de 24 h, las reconexiones se rellenan con klines de 1 minuto; no disponible en ubicaciones restringidas; sin clave.</translation>
    </message>
    <message>
        <source>WebSocket JSON feed</source>
        <translation>Fuente JSON por WebSocket</translation>
    </message>
    <message>
        <source>Any JSON WebSocket: --endpoint ws(s)://…, optional --subscribe template, JSON pointers for symbol, price, time and size.</source>
        <translation>Cualquier WebSocket JSON: --endpoint ws(s)://…, plantilla --subscribe opcional, punteros JSON para símbolo, precio, hora y volumen.</translation>
    </message>
    <message>
        <source>Server-Sent Events JSON feed</source>
        <translation>Fuente JSON por Server-Sent Events</translation>
    </message>
    <message>
        <source>Any JSON event stream: --endpoint http(s)://…, JSON pointers for symbol, price, time and size.</source>
        <translation>Cualquier flujo de eventos JSON: --endpoint http(s)://…, punteros JSON para símbolo, precio, hora y volumen.</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Reproducción</translation>
    </message>
    <message>
        <source>Plays a CSV recording (the export format) back at N× speed: --replay FILE --speed N.</source>
        <translation>Reproduce una grabación CSV (el formato de exportación) a velocidad N×: --replay FILE --speed N.</translation>
    </message>
    <message>
        <source>Kraken</source>
        <translation>Kraken</translation>
    </message>
    <message>
        <source>Crypto trades over WebSocket v2 (BTC/USD; XBTUSD works too); reconnects backfilled from 1-minute OHLC; no key.</source>
        <translation>Operaciones de criptomonedas por WebSocket v2 (BTC/USD; XBTUSD también sirve); las reconexiones se rellenan con OHLC de 1 minuto; sin clave.</translation>
    </message>
    <message>
        <source>OKX</source>
        <translation>OKX</translation>
    </message>
    <message>
        <source>Crypto trades (BTC-USDT) over the v5 public WebSocket, kept open with a text ping; reconnects backfilled from 1-minute candles; no key.</source>
        <translation>Operaciones de criptomonedas (BTC-USDT) por el WebSocket público v5, mantenido abierto con un ping de texto; las reconexiones se rellenan con velas de 1 minuto; sin clave.</translation>
    </message>
    <message>
        <source>Bybit</source>
        <translation>Bybit</translation>
    </message>
    <message>
        <source>Crypto spot trades (BTCUSDT) over the v5 public WebSocket, kept open with its JSON ping; reconnects backfilled from 1-minute klines; no key.</source>
        <translation>Operaciones de criptomonedas al contado (BTCUSDT) por el WebSocket público v5, mantenido abierto con su ping JSON; las reconexiones se rellenan con klines de 1 minuto; sin clave.</translation>
    </message>
    <message>
        <source>Bitstamp</source>
        <translation>Bitstamp</translation>
    </message>
    <message>
        <source>Crypto trades (btcusd, BTC/USD) over WebSocket v2; moves to a new connection when asked; reconnects backfilled from 1-minute OHLC; no key.</source>
        <translation>Operaciones de criptomonedas (btcusd, BTC/USD) por WebSocket v2; pasa a una conexión nueva cuando se le pide; las reconexiones se rellenan con OHLC de 1 minuto; sin clave.</translation>
    </message>
    <message>
        <source>Tickerline server</source>
        <translation>Servidor Tickerline</translation>
    </message>
    <message>
        <source>Another Tickerline: a collector&apos;s `serve` (--endpoint ws://HOST:8765); ticks keep their provider, resumes without a gap; the read token only off this machine.</source>
        <translation>Otro Tickerline: el `serve` de un recolector (--endpoint ws://HOST:8765); los ticks conservan su proveedor, se reanuda sin huecos; el token de lectura solo fuera de esta máquina.</translation>
    </message>
</context>
<context>
    <name>ProvidersPage</name>
    <message>
        <source>API keys are kept in the system keychain, never in Tickerline&apos;s settings file. Save and Remove act at once; OK and Cancel leave keys as they are.</source>
        <translation>Las claves de API se guardan en el llavero del sistema, nunca en el archivo de configuración de Tickerline. «Guardar» y «Eliminar» actúan al momento; «Aceptar» y «Cancelar» dejan las claves como están.</translation>
    </message>
    <message>
        <source>None of the providers in this version of Tickerline needs an API key.</source>
        <translation>Ninguno de los proveedores de esta versión de Tickerline necesita una clave de API.</translation>
    </message>
</context>
<context>
    <name>QuoteFreshness</name>
    <message>
        <source>Quotes: %1</source>
        <translation>Cotizaciones: %1</translation>
    </message>
    <message>
        <source>Quotes from %1: %2</source>
        <translation>Cotizaciones de %1: %2</translation>
    </message>
    <message>
        <source>%1s</source>
        <translation>%1s</translation>
    </message>
    <message>
        <source>%1m</source>
        <translation>%1m</translation>
    </message>
    <message>
        <source>%1h</source>
        <translation>%1h</translation>
    </message>
    <message>
        <source>%1d</source>
        <translation>%1d</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No exchange calendar for this symbol</source>
        <translation>No hay calendario bursátil para este símbolo</translation>
    </message>
    <message>
        <source>Trades around the clock</source>
        <translation>Cotiza las 24 horas</translation>
    </message>
    <message>
        <source>Exchange time: %1</source>
        <translation>Hora de la bolsa: %1</translation>
    </message>
    <message>
        <source>Holiday: %1</source>
        <translation>Festivo: %1</translation>
    </message>
    <message>
        <source>Closes %1</source>
        <translation>Cierra %1</translation>
    </message>
    <message>
        <source>Opens %1</source>
        <translation>Abre %1</translation>
    </message>
    <message>
        <source>No quote yet</source>
        <translation>Aún no hay cotización</translation>
    </message>
    <message>
        <source>Last quote: %1, %2 ago</source>
        <translation>Última cotización: %1, hace %2</translation>
    </message>
    <message>
        <source>Stale: no new quote for a while although the market is trading</source>
        <translation>Desactualizado: no hay cotizaciones nuevas desde hace un rato aunque el mercado está abierto</translation>
    </message>
    <message>
        <source>The market is not trading: the last quote stays until it opens</source>
        <translation>El mercado está cerrado: la última cotización se mantiene hasta la apertura</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Páginas de configuración</translation>
    </message>
</context>
<context>
    <name>SimulatedProfile</name>
    <message>
        <source>%1 Corp. (simulated)</source>
        <translation>%1 S.A. (simulada)</translation>
    </message>
</context>
<context>
    <name>Symbol</name>
    <message>
        <source>The symbol is empty.</source>
        <translation>El símbolo está vacío.</translation>
    </message>
    <message>
        <source>The symbol is longer than %1 characters.</source>
        <translation>El símbolo tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>The symbol contains a space.</source>
        <translation>El símbolo contiene un espacio.</translation>
    </message>
    <message>
        <source>The character “%1” is not allowed in a symbol.</source>
        <translation>El carácter «%1» no está permitido en un símbolo.</translation>
    </message>
    <message>
        <source>The symbol needs at least one letter or digit.</source>
        <translation>El símbolo necesita al menos una letra o un dígito.</translation>
    </message>
    <message>
        <source>No symbols given.</source>
        <translation>No se ha indicado ningún símbolo.</translation>
    </message>
</context>
<context>
    <name>SymbolSearch</name>
    <message>
        <source>Symbol search is not available for this provider.</source>
        <translation>La búsqueda de símbolos no está disponible para este proveedor.</translation>
    </message>
    <message>
        <source>The provider answered HTTP %1.</source>
        <translation>El proveedor respondió HTTP %1.</translation>
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
        <translation>El servidor rechazó el token</translation>
    </message>
    <message>
        <source>Tickerline server: the URL must start with ws://, wss://, http:// or https:// (ws://127.0.0.1:8765).</source>
        <translation>Servidor Tickerline: la URL debe empezar por ws://, wss://, http:// o https:// (ws://127.0.0.1:8765).</translation>
    </message>
    <message>
        <source>Tickerline server: no PEM certificate in “%1”.</source>
        <translation>Servidor de Tickerline: no hay ningún certificado PEM en «%1».</translation>
    </message>
</context>
<context>
    <name>TickersPage</name>
    <message>
        <source>&amp;Watchlist, in display order:</source>
        <translation>&amp;Lista de seguimiento, en orden de visualización:</translation>
    </message>
    <message>
        <source>Watchlist symbols</source>
        <translation>Símbolos de la lista de seguimiento</translation>
    </message>
    <message>
        <source>Move symbol up</source>
        <translation>Subir el símbolo</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move symbol down</source>
        <translation>Bajar el símbolo</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Remove symbol</source>
        <translation>Quitar el símbolo</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>New &amp;symbol:</source>
        <translation>&amp;Nuevo símbolo:</translation>
    </message>
    <message>
        <source>New symbol</source>
        <translation>Nuevo símbolo</translation>
    </message>
    <message>
        <source>e.g. BRK-B or BTC-USD</source>
        <translation>p. ej., BRK-B o BTC-USD</translation>
    </message>
    <message>
        <source>Add symbol</source>
        <translation>Añadir el símbolo</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
</context>
<context>
    <name>Watchlists</name>
    <message>
        <source>A watchlist needs a name.</source>
        <translation>Una lista de seguimiento necesita un nombre.</translation>
    </message>
    <message>
        <source>A watchlist name has at most %1 characters.</source>
        <translation>El nombre de una lista de seguimiento tiene como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>There is already a watchlist called &quot;%1&quot;.</source>
        <translation>Ya hay una lista de seguimiento llamada «%1».</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Live market quotes: watchlist, charts, tick recording.</source>
        <translation>Cotizaciones de mercado en directo: lista de seguimiento, gráficos, registro de ticks.</translation>
    </message>
    <message>
        <source>Use the simulated market, on the watchlist in Settings unless --symbols is given.</source>
        <translation>Usar el mercado simulado, con la lista de seguimiento de la configuración salvo que se indique --symbols.</translation>
    </message>
    <message>
        <source>Watch these symbols, comma-separated.</source>
        <translation>Seguir estos símbolos, separados por comas.</translation>
    </message>
    <message>
        <source>Quote provider (%1).</source>
        <translation>Proveedor de cotizaciones (%1).</translation>
    </message>
    <message>
        <source>Render the main window to a PNG once data is shown, then exit.</source>
        <translation>Guardar la ventana principal como PNG en cuanto se muestren datos y salir.</translation>
    </message>
    <message>
        <source>unexpected argument “%1”.</source>
        <translation>argumento inesperado «%1».</translation>
    </message>
    <message>
        <source>unknown provider “%1”; available: %2.</source>
        <translation>proveedor desconocido «%1»; disponibles: %2.</translation>
    </message>
    <message>
        <source>--demo uses the simulated market; it cannot be combined with --provider %1.</source>
        <translation>--demo usa el mercado simulado; no se puede combinar con --provider %1.</translation>
    </message>
    <message>
        <source>--database needs a path or URL.</source>
        <translation>--database necesita una ruta o una URL.</translation>
    </message>
    <message>
        <source>--screenshot: the folder of “%1” does not exist.</source>
        <translation>--screenshot: la carpeta de «%1» no existe.</translation>
    </message>
    <message>
        <source>could not write the screenshot to “%1”.</source>
        <translation>no se pudo escribir la captura de pantalla en «%1».</translation>
    </message>
    <message>
        <source>no data to show within %1 s; no screenshot written.</source>
        <translation>no hay datos que mostrar en %1 s; no se ha escrito ninguna captura.</translation>
    </message>
    <message>
        <source>Show the interface in this language (%1, or “system”) instead of the one chosen in Settings.</source>
        <translation>Mostrar la interfaz en este idioma (%1, o «system») en lugar del elegido en la configuración.</translation>
    </message>
    <message>
        <source>unknown language “%1”; available: %2, system.</source>
        <translation>idioma desconocido «%1»; disponibles: %2, system.</translation>
    </message>
    <message>
        <source>no translation for “%1”; showing English texts.</source>
        <translation>no hay traducción para «%1»; se muestran los textos en inglés.</translation>
    </message>
    <message>
        <source>Database file, or postgresql://user@host:port/db (password from PGPASSWORD); a PostgreSQL database without --provider or --demo opens as a live viewer of what a tickerline-collector records there.</source>
        <translation>Archivo de base de datos, o postgresql://user@host:port/db (contraseña de PGPASSWORD); una base de datos PostgreSQL sin --provider ni --demo se abre como visor en directo de lo que un tickerline-collector registra en ella.</translation>
    </message>
    <message>
        <source>Show the line or the candle chart (line, candles), as the chart&apos;s switch does.</source>
        <translation>Mostrar el gráfico de líneas o el de velas (line, candles), como hace el selector del gráfico.</translation>
    </message>
    <message>
        <source>--chart: “%1” is neither line nor candles.</source>
        <translation>--chart: «%1» no es ni line ni candles.</translation>
    </message>
    <message>
        <source>For screenshots and tests: start the app&apos;s clock at this instant (ISO 8601, e.g. 2026-12-05T15:00:00Z) instead of now.</source>
        <translation>Para capturas de pantalla y pruebas: iniciar el reloj de la aplicación en este instante (ISO 8601, p. ej. 2026-12-05T15:00:00Z) en lugar de ahora.</translation>
    </message>
    <message>
        <source>--clock: “%1” is not an ISO 8601 time such as 2026-12-05T15:00:00Z.</source>
        <translation>--clock: «%1» no es una hora ISO 8601 como 2026-12-05T15:00:00Z.</translation>
    </message>
    <message>
        <source>no stored history within %1 s; the screenshot shows live prices only.</source>
        <translation>sin historial guardado en %1 s; la captura muestra solo precios en vivo.</translation>
    </message>
</context>
<context>
    <name>tickerline</name>
    <message>
        <source>--%1 needs a positive number of seconds, got “%2”.</source>
        <translation>--%1 necesita un número positivo de segundos; se recibió «%2».</translation>
    </message>
    <message>
        <source>--%1 needs an ISO-8601 time such as 2026-11-24T14:00:00Z, got “%2”.</source>
        <translation>--%1 necesita una hora ISO 8601 como 2026-11-24T14:00:00Z; se recibió «%2».</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Argumento inesperado «%1».</translation>
    </message>
    <message>
        <source>--provider replay needs --replay FILE.csv (a recording as export writes it).</source>
        <translation>--provider replay necesita --replay FILE.csv (una grabación como la que escribe export).</translation>
    </message>
    <message>
        <source>--replay: cannot read “%1”.</source>
        <translation>--replay: no se puede leer «%1».</translation>
    </message>
    <message>
        <source>--speed needs a number from 0 (as fast as possible) to 1000000, got “%1”.</source>
        <translation>--speed necesita un número de 0 (lo más rápido posible) a 1000000; se recibió «%1».</translation>
    </message>
    <message>
        <source>--provider %1 needs --price-pointer P (a JSON pointer such as /p).</source>
        <translation>--provider %1 necesita --price-pointer P (un puntero JSON como /p).</translation>
    </message>
    <message>
        <source>--time-unit needs s, ms, us or iso, got “%1”.</source>
        <translation>--time-unit necesita s, ms, us o iso; se recibió «%1».</translation>
    </message>
    <message>
        <source>Bad --provider %1 options: %2</source>
        <translation>Opciones de --provider %1 no válidas: %2</translation>
    </message>
    <message>
        <source>--%1 is only for --provider sse or websocket-json.</source>
        <translation>--%1 solo sirve para --provider sse o websocket-json.</translation>
    </message>
    <message>
        <source>--%1 is only for --provider replay.</source>
        <translation>--%1 solo sirve para --provider replay.</translation>
    </message>
    <message>
        <source>Provider name.</source>
        <translation>Nombre del proveedor.</translation>
    </message>
    <message>
        <source>Comma-separated symbols.</source>
        <translation>Símbolos separados por comas.</translation>
    </message>
    <message>
        <source>Base URL replacing the provider&apos;s.</source>
        <translation>URL base que sustituye a la del proveedor.</translation>
    </message>
    <message>
        <source>Stop after this many seconds.</source>
        <translation>Detenerse tras estos segundos.</translation>
    </message>
    <message>
        <source>Seconds between polls.</source>
        <translation>Segundos entre consultas.</translation>
    </message>
    <message>
        <source>Seconds without data before a feed is stale.</source>
        <translation>Segundos sin datos antes de que una fuente se considere desactualizada.</translation>
    </message>
    <message>
        <source>Simulated ticks per second per symbol.</source>
        <translation>Ticks simulados por segundo y símbolo.</translation>
    </message>
    <message>
        <source>Seed of the simulated market.</source>
        <translation>Semilla del mercado simulado.</translation>
    </message>
    <message>
        <source>Subscribe template (sse, websocket-json).</source>
        <translation>Plantilla de suscripción (sse, websocket-json).</translation>
    </message>
    <message>
        <source>JSON pointer to the items.</source>
        <translation>Puntero JSON a los elementos.</translation>
    </message>
    <message>
        <source>JSON pointer to an item&apos;s symbol.</source>
        <translation>Puntero JSON al símbolo de un elemento.</translation>
    </message>
    <message>
        <source>JSON pointer to an item&apos;s price.</source>
        <translation>Puntero JSON al precio de un elemento.</translation>
    </message>
    <message>
        <source>JSON pointer to an item&apos;s time.</source>
        <translation>Puntero JSON a la hora de un elemento.</translation>
    </message>
    <message>
        <source>JSON pointer to an item&apos;s size.</source>
        <translation>Puntero JSON al volumen de un elemento.</translation>
    </message>
    <message>
        <source>Unit of the time: s, ms, us or iso.</source>
        <translation>Unidad de la hora: s, ms, us o iso.</translation>
    </message>
    <message>
        <source>CSV recording to replay.</source>
        <translation>Grabación CSV que reproducir.</translation>
    </message>
    <message>
        <source>Replay speed; 0: as fast as possible.</source>
        <translation>Velocidad de reproducción; 0: lo más rápido posible.</translation>
    </message>
    <message>
        <source>record needs --provider NAME (see `tickerline-collector providers`).</source>
        <translation>record necesita --provider NAME (consulte `tickerline-collector providers`).</translation>
    </message>
    <message>
        <source>Unknown provider “%1” (see `tickerline-collector providers`).</source>
        <translation>Proveedor desconocido «%1» (consulte `tickerline-collector providers`).</translation>
    </message>
    <message>
        <source>record needs --symbols A,B.</source>
        <translation>record necesita --symbols A,B.</translation>
    </message>
    <message>
        <source>Bad --symbols: %1</source>
        <translation>--symbols no válido: %1</translation>
    </message>
    <message>
        <source>--endpoint needs an http(s):// or ws(s):// URL, got “%1”.</source>
        <translation>--endpoint necesita una URL http(s):// o ws(s)://; se recibió «%1».</translation>
    </message>
    <message>
        <source>--rate needs a number of ticks per second between 0 and 10000000.</source>
        <translation>--rate necesita un número de ticks por segundo entre 0 y 10000000.</translation>
    </message>
    <message>
        <source>--seed needs a positive whole number.</source>
        <translation>--seed necesita un número entero positivo.</translation>
    </message>
    <message>
        <source>Start time, ISO-8601.</source>
        <translation>Hora de inicio, ISO 8601.</translation>
    </message>
    <message>
        <source>End time, ISO-8601.</source>
        <translation>Hora de fin, ISO 8601.</translation>
    </message>
    <message>
        <source>Output format (csv).</source>
        <translation>Formato de salida (csv).</translation>
    </message>
    <message>
        <source>export needs --database PATH.</source>
        <translation>export necesita --database PATH.</translation>
    </message>
    <message>
        <source>export needs --format csv.</source>
        <translation>export necesita --format csv.</translation>
    </message>
    <message>
        <source>Unknown --format “%1”; supported: csv.</source>
        <translation>--format desconocido «%1»; admitido: csv.</translation>
    </message>
    <message>
        <source>--to is before --from.</source>
        <translation>--to es anterior a --from.</translation>
    </message>
    <message>
        <source>Import the good rows when some are bad.</source>
        <translation>Importar las filas válidas cuando algunas son incorrectas.</translation>
    </message>
    <message>
        <source>CSV file.</source>
        <translation>Archivo CSV.</translation>
    </message>
    <message>
        <source>import needs --database PATH.</source>
        <translation>import necesita --database PATH.</translation>
    </message>
    <message>
        <source>import needs the CSV file to read.</source>
        <translation>import necesita el archivo CSV que leer.</translation>
    </message>
    <message>
        <source>providers takes no arguments.</source>
        <translation>providers no admite argumentos.</translation>
    </message>
    <message>
        <source>A WebSocket JSON feed needs an endpoint (ws:// or wss://).</source>
        <translation>Una fuente JSON por WebSocket necesita un punto de conexión (ws:// o wss://).</translation>
    </message>
    <message>
        <source>An SSE feed needs an endpoint (http:// or https://).</source>
        <translation>Una fuente SSE necesita un punto de conexión (http:// o https://).</translation>
    </message>
    <message>
        <source>A WebSocket JSON feed needs a ws:// or wss:// endpoint.</source>
        <translation>Una fuente JSON por WebSocket necesita un punto de conexión ws:// o wss://.</translation>
    </message>
    <message>
        <source>An SSE feed needs an http:// or https:// endpoint.</source>
        <translation>Una fuente SSE necesita un punto de conexión http:// o https://.</translation>
    </message>
    <message>
        <source>An SSE feed has one stream: its subscribe template takes {symbols}, not {symbol}.</source>
        <translation>Una fuente SSE tiene un único flujo: su plantilla de suscripción admite {symbols}, no {symbol}.</translation>
    </message>
    <message>
        <source>Give a symbol pointer, or exactly one symbol for a single-symbol feed.</source>
        <translation>Indique un puntero de símbolo, o exactamente un símbolo para una fuente de un solo símbolo.</translation>
    </message>
    <message>
        <source>Replay needs a CSV recording as a file:// URL (tickerline-collector: --replay FILE).</source>
        <translation>La reproducción necesita una grabación CSV como URL file:// (tickerline-collector: --replay FILE).</translation>
    </message>
    <message>
        <source>The replay speed must be 0 (as fast as possible) or more.</source>
        <translation>La velocidad de reproducción debe ser 0 (lo más rápido posible) o más.</translation>
    </message>
    <message>
        <source>--database: %1.</source>
        <translation>--database: %1.</translation>
    </message>
    <message>
        <source>--database takes a SQLite file path or a postgresql://user@host:port/database URL.</source>
        <translation>--database admite la ruta de un archivo SQLite o una URL postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>SQLite file or postgresql://user@host:port/database (password from PGPASSWORD).</source>
        <translation>Archivo SQLite o postgresql://user@host:port/database (contraseña de PGPASSWORD).</translation>
    </message>
    <message>
        <source>SQLite file or postgresql:// URL.</source>
        <translation>Archivo SQLite o URL postgresql://.</translation>
    </message>
    <message>
        <source>SQLite file (created if missing) or postgresql:// URL.</source>
        <translation>Archivo SQLite (se crea si no existe) o URL postgresql://.</translation>
    </message>
    <message>
        <source>Choose a symbol.</source>
        <translation>Elija un símbolo.</translation>
    </message>
    <message>
        <source>“%1” is not on the watchlist; add it in Settings first.</source>
        <translation>«%1» no está en la lista de seguimiento; añádalo antes en la configuración.</translation>
    </message>
    <message>
        <source>The price level must be above zero.</source>
        <translation>El nivel de precio debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>The move must be more than 0 %.</source>
        <translation>La variación debe ser mayor que 0 %.</translation>
    </message>
    <message>
        <source>The time window must be longer than 0 seconds.</source>
        <translation>El intervalo de tiempo debe durar más de 0 segundos.</translation>
    </message>
    <message>
        <source>The silence must be longer than 0 seconds.</source>
        <translation>El tiempo sin ticks debe durar más de 0 segundos.</translation>
    </message>
    <message>
        <source>The cool-down must be longer than 0 seconds.</source>
        <translation>El periodo de espera debe durar más de 0 segundos.</translation>
    </message>
    <message>
        <source>%1 at or above %2</source>
        <translation>%1 igual o superior a %2</translation>
    </message>
    <message>
        <source>%1 at or below %2</source>
        <translation>%1 igual o inferior a %2</translation>
    </message>
    <message>
        <source>%1 moves ±%2 % within %3 s</source>
        <translation>%1 varía ±%2 % en %3 s</translation>
    </message>
    <message>
        <source>%1 crosses its 52-week high</source>
        <translation>%1 cruza su máximo de 52 semanas</translation>
    </message>
    <message>
        <source>%1 crosses its 52-week low</source>
        <translation>%1 cruza su mínimo de 52 semanas</translation>
    </message>
    <message>
        <source>No tick from the feed for %1 s</source>
        <translation>Sin ticks de la fuente de datos durante %1 s</translation>
    </message>
    <message>
        <source>No tick for %1 for %2 s</source>
        <translation>Sin ticks de %1 durante %2 s</translation>
    </message>
    <message>
        <source>Price at or above</source>
        <translation>Precio igual o superior a</translation>
    </message>
    <message>
        <source>Price at or below</source>
        <translation>Precio igual o inferior a</translation>
    </message>
    <message>
        <source>Move within a time window</source>
        <translation>Variación en un intervalo de tiempo</translation>
    </message>
    <message>
        <source>Crosses the 52-week high</source>
        <translation>Cruza el máximo de 52 semanas</translation>
    </message>
    <message>
        <source>Crosses the 52-week low</source>
        <translation>Cruza el mínimo de 52 semanas</translation>
    </message>
    <message>
        <source>No ticks (stale feed)</source>
        <translation>Sin ticks (fuente desactualizada)</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Una vez</translation>
    </message>
    <message>
        <source>Again once the condition was false</source>
        <translation>De nuevo tras dejar de cumplirse</translation>
    </message>
    <message>
        <source>Again after a cool-down</source>
        <translation>De nuevo tras un periodo de espera</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 no es un JSON válido: %2</translation>
    </message>
    <message>
        <source>%1d</source>
        <comment>candle interval in days</comment>
        <translation>%1d</translation>
    </message>
    <message>
        <source>%1h</source>
        <comment>candle interval in hours</comment>
        <translation>%1h</translation>
    </message>
    <message>
        <source>%1m</source>
        <comment>candle interval in minutes</comment>
        <translation>%1m</translation>
    </message>
    <message>
        <source>%1s</source>
        <comment>candle interval in seconds</comment>
        <translation>%1s</translation>
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
        <translation>Bollinger(%1, %2) %3</translation>
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
        <translation>--%1 necesita --provider NAME.</translation>
    </message>
    <message>
        <source>serve records into a SQLite file; serving from a PostgreSQL database is not supported yet.</source>
        <translation>serve registra en un archivo SQLite; servir desde una base de datos PostgreSQL aún no es compatible.</translation>
    </message>
    <message>
        <source>Missing command: record, serve, push, export, import or providers (try --help).</source>
        <translation>Falta el comando: record, serve, push, export, import o providers (pruebe --help).</translation>
    </message>
    <message>
        <source>Unknown command “%1”: use record, serve, push, export, import or providers.</source>
        <translation>Comando desconocido «%1»: use record, serve, push, export, import o providers.</translation>
    </message>
    <message>
        <source>bad symbol: %1</source>
        <translation>símbolo no válido: %1</translation>
    </message>
    <message>
        <source>bad time “%1” (UTC milliseconds or ISO-8601)</source>
        <translation>hora no válida «%1» (milisegundos UTC o ISO-8601)</translation>
    </message>
    <message>
        <source>bad price “%1”</source>
        <translation>precio no válido «%1»</translation>
    </message>
    <message>
        <source>bad size “%1”</source>
        <translation>cantidad no válida «%1»</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrada estándar</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>expected symbol,time,price,volume</source>
        <translation>se esperaba symbol,time,price,volume</translation>
    </message>
    <message>
        <source>Serving collector&apos;s address (default 127.0.0.1).</source>
        <translation>Dirección del colector que sirve (predeterminada 127.0.0.1).</translation>
    </message>
    <message>
        <source>Its port (default 8765).</source>
        <translation>Su puerto (predeterminado 8765).</translation>
    </message>
    <message>
        <source>File holding the publish token.</source>
        <translation>Archivo con el token de publicación.</translation>
    </message>
    <message>
        <source>Messages to send.</source>
        <translation>Mensajes que enviar.</translation>
    </message>
    <message>
        <source>Seconds between messages.</source>
        <translation>Segundos entre mensajes.</translation>
    </message>
    <message>
        <source>Ticks to send: CSV as export writes it, or JSON lines; - for standard input.</source>
        <translation>Ticks que enviar: CSV tal como lo escribe export, o líneas JSON; - para la entrada estándar.</translation>
    </message>
    <message>
        <source>Ticks per message.</source>
        <translation>Ticks por mensaje.</translation>
    </message>
    <message>
        <source>Symbols of generated ticks (default PUSH).</source>
        <translation>Símbolos de los ticks generados (predeterminado PUSH).</translation>
    </message>
    <message>
        <source>Provider name the ticks are stored under (default push).</source>
        <translation>Nombre de proveedor con el que se guardan los ticks (predeterminado push).</translation>
    </message>
    <message>
        <source>Give up after this many seconds without an acknowledgement.</source>
        <translation>Abandonar tras estos segundos sin confirmación.</translation>
    </message>
    <message>
        <source>Print every acknowledgement.</source>
        <translation>Mostrar cada confirmación.</translation>
    </message>
    <message>
        <source>--host needs an address.</source>
        <translation>--host necesita una dirección.</translation>
    </message>
    <message>
        <source>--port needs a port number from 1 to 65535.</source>
        <translation>--port necesita un número de puerto de 1 a 65535.</translation>
    </message>
    <message>
        <source>push needs either --count N or --file FILE.</source>
        <translation>push necesita --count N o --file FILE.</translation>
    </message>
    <message>
        <source>--count needs a whole number from 1 to 100000000.</source>
        <translation>--count necesita un número entero de 1 a 100000000.</translation>
    </message>
    <message>
        <source>--symbols is for generated ticks (--count); a file names its own.</source>
        <translation>--symbols es para ticks generados (--count); un archivo indica los suyos.</translation>
    </message>
    <message>
        <source>--delay needs a number of seconds from 0 to 3600.</source>
        <translation>--delay necesita un número de segundos de 0 a 3600.</translation>
    </message>
    <message>
        <source>--batch needs a whole number from 1 to 10000.</source>
        <translation>--batch necesita un número entero de 1 a 10000.</translation>
    </message>
    <message>
        <source>--provider needs 1 to 32 of a-z 0-9 _ -.</source>
        <translation>--provider necesita de 1 a 32 caracteres de a-z 0-9 _ -.</translation>
    </message>
    <message>
        <source>--timeout needs a positive number of seconds.</source>
        <translation>--timeout necesita un número positivo de segundos.</translation>
    </message>
    <message>
        <source>--token-file: %1.</source>
        <translation>--token-file: %1.</translation>
    </message>
    <message>
        <source>--%1 needs a whole number from %2 to %3, got “%4”.</source>
        <translation>--%1 necesita un número entero de %2 a %3; se recibió «%4».</translation>
    </message>
    <message>
        <source>--%1: %2.</source>
        <translation>--%1: %2.</translation>
    </message>
    <message>
        <source>%1 is shorter than 16 characters.</source>
        <translation>%1 tiene menos de 16 caracteres.</translation>
    </message>
    <message>
        <source>Address and port to serve on (default 127.0.0.1:8765).</source>
        <translation>Dirección y puerto en los que servir (predeterminado 127.0.0.1:8765).</translation>
    </message>
    <message>
        <source>File holding the read token.</source>
        <translation>Archivo con el token de lectura.</translation>
    </message>
    <message>
        <source>Most clients at once.</source>
        <translation>Máximo de clientes a la vez.</translation>
    </message>
    <message>
        <source>Most symbols one client may subscribe to.</source>
        <translation>Máximo de símbolos a los que puede suscribirse un cliente.</translation>
    </message>
    <message>
        <source>Largest message a client may send.</source>
        <translation>Mensaje más grande que puede enviar un cliente.</translation>
    </message>
    <message>
        <source>Most ticks per second one publisher may send.</source>
        <translation>Máximo de ticks por segundo que puede enviar un publicador.</translation>
    </message>
    <message>
        <source>Unsent bytes after which a slow client is cut.</source>
        <translation>Bytes sin enviar a partir de los cuales se desconecta a un cliente lento.</translation>
    </message>
    <message>
        <source>Seconds between heartbeats.</source>
        <translation>Segundos entre latidos (heartbeats).</translation>
    </message>
    <message>
        <source>Web page origin allowed to connect (repeatable), e.g. https://example.org.</source>
        <translation>Origen de página web al que se permite conectar (repetible), p. ej. https://example.org.</translation>
    </message>
    <message>
        <source>--listen needs HOST:PORT with a numeric address, e.g. 127.0.0.1:8765, got “%1”.</source>
        <translation>--listen necesita HOST:PORT con una dirección numérica, p. ej. 127.0.0.1:8765; se recibió «%1».</translation>
    </message>
    <message>
        <source>--listen %1 is reachable from other machines: serving there needs a read token (--token-file FILE or TICKERLINE_READ_TOKEN).</source>
        <translation>--listen %1 es accesible desde otras máquinas: servir ahí necesita un token de lectura (--token-file FILE o TICKERLINE_READ_TOKEN).</translation>
    </message>
    <message>
        <source>--heartbeat needs a number of seconds from 0.05 to 3600, got “%1”.</source>
        <translation>--heartbeat necesita un número de segundos de 0.05 a 3600; se recibió «%1».</translation>
    </message>
    <message>
        <source>--allow-origin needs an origin such as https://example.org (scheme and host, no path), got “%1”.</source>
        <translation>--allow-origin necesita un origen como https://example.org (esquema y host, sin ruta); se recibió «%1».</translation>
    </message>
    <message>
        <source>cannot read the token file %1: %2</source>
        <translation>no se puede leer el archivo de token %1: %2</translation>
    </message>
    <message>
        <source>the token in %1 is shorter than %2 characters</source>
        <translation>el token de %1 tiene menos de %2 caracteres</translation>
    </message>
    <message>
        <source>Bad --failover: %1.</source>
        <translation>--failover no válido: %1.</translation>
    </message>
    <message>
        <source>--failover needs providers, e.g. --failover coinbase,binance or --failover auto.</source>
        <translation>--failover necesita proveedores, p. ej. --failover coinbase,binance o --failover auto.</translation>
    </message>
    <message>
        <source>--provider %1 and --failover disagree: put %1 first in --failover, or leave --provider out.</source>
        <translation>--provider %1 y --failover no coinciden: ponga %1 en primer lugar en --failover u omita --provider.</translation>
    </message>
    <message>
        <source>Providers in order of preference: P1,P2, auto, or SYM=P1,P2 entries joined by &apos;;&apos;.</source>
        <translation>Proveedores por orden de preferencia: P1,P2, auto o entradas SYM=P1,P2 separadas por &apos;;&apos;.</translation>
    </message>
    <message>
        <source>Connect with TLS (wss://), trusting the system&apos;s CAs.</source>
        <translation>Conectar con TLS (wss://), confiando en las autoridades de certificación del sistema.</translation>
    </message>
    <message>
        <source>Connect with TLS and trust the CA certificates in this PEM file too (e.g. a self-signed server&apos;s).</source>
        <translation>Conectar con TLS y confiar también en los certificados de CA de este archivo PEM (p. ej. el de un servidor autofirmado).</translation>
    </message>
    <message>
        <source>--ca: %1.</source>
        <translation>--ca: %1.</translation>
    </message>
    <message>
        <source>Serve TLS (wss://, https://) with this PEM certificate (chain).</source>
        <translation>Servir TLS (wss://, https://) con este certificado PEM (o cadena).</translation>
    </message>
    <message>
        <source>The certificate&apos;s PEM private key.</source>
        <translation>La clave privada PEM del certificado.</translation>
    </message>
    <message>
        <source>--cert and --key go together.</source>
        <translation>--cert y --key van juntos.</translation>
    </message>
    <message>
        <source>TLS: %1.</source>
        <translation>TLS: %1.</translation>
    </message>
    <message>
        <source>this build has no TLS backend (Qt found no OpenSSL)</source>
        <translation>esta compilación no tiene motor TLS (Qt no encontró OpenSSL)</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 no contiene ningún certificado PEM</translation>
    </message>
    <message>
        <source>%1 holds no unencrypted PEM private key (RSA or EC)</source>
        <translation>%1 no contiene ninguna clave privada PEM sin cifrar (RSA o EC)</translation>
    </message>
    <message>
        <source>--ca is only for --provider tickerline (a serving collector on wss://).</source>
        <translation>--ca solo sirve con --provider tickerline (un recolector que sirve por wss://).</translation>
    </message>
    <message>
        <source>Trust the CA certificates in this PEM file too (tickerline on wss://, e.g. a self-signed server&apos;s).</source>
        <translation>Confiar también en los certificados de CA de este archivo PEM (tickerline por wss://, p. ej. un servidor autofirmado).</translation>
    </message>
</context>
<context>
    <name>tickerline::AboutDialog</name>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (compilado con %2)</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>About Tickerline</source>
        <translation>Acerca de Tickerline</translation>
    </message>
    <message>
        <source>Live market quotes: a watchlist, price charts and a tick database.</source>
        <translation>Cotizaciones de mercado en directo: una lista de seguimiento, gráficos de cotizaciones y una base de datos de ticks.</translation>
    </message>
    <message>
        <source>Copyright © 2026 The Tickerline developers.</source>
        <translation>Copyright © 2026 Los desarrolladores de Tickerline.</translation>
    </message>
    <message>
        <source>Versions and licences</source>
        <translation>Versiones y licencias</translation>
    </message>
    <message>
        <source>Tickerline&apos;s own source code is under the MIT licence. Qt Charts is used under the GNU GPL version 3 (a commercial Qt licence is the alternative), so the program as distributed is covered by the GPL version 3 as a whole.</source>
        <translation>El código fuente propio de Tickerline está bajo la licencia MIT. Qt Charts se usa bajo la GNU GPL versión 3 (la alternativa es una licencia comercial de Qt), por lo que el programa tal como se distribuye está cubierto en su conjunto por la GPL versión 3.</translation>
    </message>
    <message>
        <source>Running on %1 (%2), Qt platform “%3”.</source>
        <translation>Se ejecuta en %1 (%2), plataforma de Qt «%3».</translation>
    </message>
    <message>
        <source>&amp;Copy Versions</source>
        <translation>&amp;Copiar versiones</translation>
    </message>
    <message>
        <source>Copy the versions above as plain text, for a bug report.</source>
        <translation>Copiar las versiones anteriores como texto sin formato, para un informe de errores.</translation>
    </message>
    <message>
        <source>Qt (Core, GUI, Widgets, Network, SQL, SVG, WebSockets)</source>
        <translation>Qt (Core, GUI, Widgets, Network, SQL, SVG, WebSockets)</translation>
    </message>
    <message>
        <source>LGPL-3.0 (or commercial)</source>
        <translation>LGPL-3.0 (o comercial)</translation>
    </message>
    <message>
        <source>GPL-3.0 (or commercial)</source>
        <translation>GPL-3.0 (o comercial)</translation>
    </message>
    <message>
        <source>Public domain</source>
        <translation>Dominio público</translation>
    </message>
    <message>
        <source>System: %1 (%2), Qt platform %3</source>
        <translation>Sistema: %1 (%2), plataforma de Qt %3</translation>
    </message>
</context>
<context>
    <name>tickerline::AlertBanner</name>
    <message>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <source>Show Log</source>
        <translation>Ver registro</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message numerus="yes">
        <source>(%n more in the log)</source>
        <translation>
            <numerusform>(%n más en el registro)</numerusform>
            <numerusform>(%n más en el registro)</numerusform>
        </translation>
    </message>
    <message>
        <source>Alert: %1</source>
        <translation>Alerta: %1</translation>
    </message>
</context>
<context>
    <name>tickerline::AlertCenter</name>
    <message>
        <source>Could not read the alert rules: %1</source>
        <translation>No se pudieron leer las reglas de alerta: %1</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <source>Alert: %1</source>
        <translation>Alerta: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — last %2 at %3</source>
        <translation>%1 — último %2 a las %3</translation>
    </message>
    <message>
        <source>Could not save the alert rules: %1</source>
        <translation>No se pudieron guardar las reglas de alerta: %1</translation>
    </message>
    <message>
        <source>Could not write the alerts log: %1</source>
        <translation>No se pudo escribir el registro de alertas: %1</translation>
    </message>
</context>
<context>
    <name>tickerline::AlertDialog</name>
    <message>
        <source>the whole feed</source>
        <translation>toda la fuente de datos</translation>
    </message>
    <message>
        <source>%1 (off)</source>
        <translation>%1 (deshabilitada)</translation>
    </message>
    <message>
        <source>Last fired %1</source>
        <translation>Última activación: %1</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Nueva regla</translation>
    </message>
</context>
<context>
    <name>tickerline::AlertLogDock</name>
    <message>
        <source>Alerts Log</source>
        <translation>Registro de alertas</translation>
    </message>
    <message>
        <source>Alerts log</source>
        <translation>Registro de alertas</translation>
    </message>
</context>
<context>
    <name>tickerline::AlertLogModel</name>
    <message>
        <source>Tick at %1: %2 × %3</source>
        <translation>Tick a las %1: %2 × %3</translation>
    </message>
    <message>
        <source>No tick had arrived.</source>
        <translation>No había llegado ningún tick.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Símbolo</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
</context>
<context>
    <name>tickerline::AlertTrayNotifier</name>
    <message>
        <source>Tickerline alerts</source>
        <translation>Alertas de Tickerline</translation>
    </message>
</context>
<context>
    <name>tickerline::AppearancePage</name>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Idioma del sistema</translation>
    </message>
</context>
<context>
    <name>tickerline::CandleChart</name>
    <message>
        <source>Candles</source>
        <translation>Velas</translation>
    </message>
    <message>
        <source>Candle symbol</source>
        <translation>Símbolo de las velas</translation>
    </message>
    <message>
        <source>Symbol:</source>
        <translation>Símbolo:</translation>
    </message>
    <message>
        <source>%1 candles</source>
        <translation>Velas de %1</translation>
    </message>
    <message>
        <source>%1 candles (%2 would be more than %3 candles in this range)</source>
        <translation>Velas de %1 (con %2 serían más de %3 velas en este rango)</translation>
    </message>
</context>
<context>
    <name>tickerline::CandleStudiesController</name>
    <message>
        <source>Candle chart</source>
        <translation>Gráfico de velas</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Price lines of the watchlist</source>
        <translation>Líneas de precio de la lista de seguimiento</translation>
    </message>
    <message>
        <source>Candles</source>
        <translation>Velas</translation>
    </message>
    <message>
        <source>Candlesticks and volume of one symbol</source>
        <translation>Velas japonesas y volumen de un símbolo</translation>
    </message>
    <message>
        <source>Candle interval</source>
        <translation>Intervalo de las velas</translation>
    </message>
    <message>
        <source>Candle interval, also of the studies; coarser when the range needs it</source>
        <translation>Intervalo de las velas, también el de los indicadores; más amplio si el rango lo requiere</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>Indicadores</translation>
    </message>
</context>
<context>
    <name>tickerline::ChartExport</name>
    <message>
        <source>There is no chart to export.</source>
        <translation>No hay ningún gráfico que exportar.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Tickerline chart</source>
        <translation>Gráfico de Tickerline</translation>
    </message>
    <message>
        <source>Exported by Tickerline on %1</source>
        <translation>Exportado por Tickerline el %1</translation>
    </message>
    <message>
        <source>Export Chart as PNG</source>
        <translation>Exportar gráfico como PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Export Chart as SVG</source>
        <translation>Exportar gráfico como SVG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Imágenes SVG (*.svg)</translation>
    </message>
</context>
<context>
    <name>tickerline::ChartPanel</name>
    <message>
        <source>Price chart</source>
        <translation>Gráfico de cotizaciones</translation>
    </message>
    <message>
        <source>Chart tools</source>
        <translation>Herramientas del gráfico</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En directo</translation>
    </message>
    <message>
        <source>Follow live: the right edge tracks the newest tick (Alt+L). Panning or zooming turns it off; a range or a double-click turns it on.</source>
        <translation>Seguir en directo: el borde derecho sigue al tick más reciente (Alt+L). Desplazar o hacer zoom lo desactiva; elegir un rango o hacer doble clic lo activa.</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Percent compare: every line from 0 % at the start of the view (Alt+P). Turns the log scale off.</source>
        <translation>Comparación porcentual: cada línea parte del 0 % al inicio de la vista (Alt+P). Desactiva la escala logarítmica.</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Logarithmic price scale (Alt+G). Turns percent compare off.</source>
        <translation>Escala de precios logarítmica (Alt+G). Desactiva la comparación porcentual.</translation>
    </message>
    <message>
        <source>52W</source>
        <translation>52 sem.</translation>
    </message>
    <message>
        <source>Show the 52-week high/low bands</source>
        <translation>Mostrar las bandas de máximo/mínimo de 52 semanas</translation>
    </message>
    <message>
        <source>Prev close</source>
        <translation>Cierre ant.</translation>
    </message>
    <message>
        <source>Show a dashed line at each symbol&apos;s previous close</source>
        <translation>Mostrar una línea discontinua en el cierre anterior de cada símbolo</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Time axis and crosshair in local time, the exchange&apos;s time or UTC</source>
        <translation>Eje de tiempo y cursor en cruz en hora local, hora del mercado o UTC</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Hora local</translation>
    </message>
    <message>
        <source>Exchange time</source>
        <translation>Hora del mercado</translation>
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
        <translation>Contenido del gráfico</translation>
    </message>
    <message>
        <source>What this chart shows: the watchlist, its selected row, another watchlist or one symbol</source>
        <translation>Qué muestra este gráfico: la lista de seguimiento, su fila seleccionada, otra lista de seguimiento o un símbolo</translation>
    </message>
    <message>
        <source>Watchlist</source>
        <translation>Lista de seguimiento</translation>
    </message>
    <message>
        <source>Selected row</source>
        <translation>Fila seleccionada</translation>
    </message>
    <message>
        <source>List: %1</source>
        <translation>Lista: %1</translation>
    </message>
    <message>
        <source>Chart %1 · %2</source>
        <translation>Gráfico %1 · %2</translation>
    </message>
</context>
<context>
    <name>tickerline::ChartStudies</name>
    <message>
        <source>%1 upper</source>
        <translation>%1 superior</translation>
    </message>
    <message>
        <source>%1 lower</source>
        <translation>%1 inferior</translation>
    </message>
</context>
<context>
    <name>tickerline::ChartView</name>
    <message>
        <source>Wheel: zoom time · Shift+wheel: zoom price
Drag: pan · Right-drag: zoom to box
Double-click: back to the live window · Click a legend entry: hide or show its line</source>
        <translation>Rueda: zoom del tiempo · Mayús+rueda: zoom del precio
Arrastrar: desplazar · Arrastrar con el botón derecho: zoom a un recuadro
Doble clic: volver a la ventana en directo · Clic en una entrada de la leyenda: ocultar o mostrar su línea</translation>
    </message>
</context>
<context>
    <name>tickerline::ConnectionSupervisor</name>
    <message>
        <source>No data for %1 s</source>
        <translation>Sin datos desde hace %L1 s</translation>
    </message>
</context>
<context>
    <name>tickerline::CsvTransferDialogs</name>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>The database is not open, so there is nothing to export or import into.</source>
        <translation>La base de datos no está abierta, así que no hay nada que exportar ni dónde importar.</translation>
    </message>
    <message>
        <source>Export Ticks as CSV</source>
        <translation>Exportar ticks como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Exporting ticks to %1…</source>
        <translation>Exportando ticks a %1…</translation>
    </message>
    <message>
        <source>Import Ticks from CSV</source>
        <translation>Importar ticks desde CSV</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Importar CSV</translation>
    </message>
    <message>
        <source>Import the ticks in %1 into %2?

Every row is checked first. If some rows are bad, import nothing, or import the good rows and skip the bad ones?</source>
        <translation>¿Importar los ticks de %1 en %2?

Primero se comprueba cada fila. Si algunas filas son incorrectas, ¿no importar nada, o importar las filas válidas y omitir las incorrectas?</translation>
    </message>
    <message>
        <source>All or Nothing</source>
        <translation>Todo o nada</translation>
    </message>
    <message>
        <source>Skip Bad Rows</source>
        <translation>Omitir filas incorrectas</translation>
    </message>
    <message>
        <source>Importing ticks from %1…</source>
        <translation>Importando ticks desde %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se ha escrito ningún archivo.</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <source>The export to %1 failed: %2</source>
        <translation>La exportación a %1 ha fallado: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln tick(s) to %1.</source>
        <translation>
            <numerusform>Se ha exportado %Ln tick a %1.</numerusform>
            <numerusform>Se han exportado %Ln ticks a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Importación cancelada; no se ha importado nada.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln new tick(s) from %1.</source>
        <translation>
            <numerusform>Se ha importado %Ln tick nuevo desde %1.</numerusform>
            <numerusform>Se han importado %Ln ticks nuevos desde %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tick(s) were already stored.</source>
        <translation>
            <numerusform>%Ln tick ya estaba guardado.</numerusform>
            <numerusform>%Ln ticks ya estaban guardados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bad row(s) were skipped.</source>
        <translation>
            <numerusform>Se ha omitido %Ln fila incorrecta.</numerusform>
            <numerusform>Se han omitido %Ln filas incorrectas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more bad row(s)</source>
        <translation>
            <numerusform>… y %Ln fila incorrecta más</numerusform>
            <numerusform>… y %Ln filas incorrectas más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tickerline::DataPage</name>
    <message>
        <source>Default location</source>
        <translation>Ubicación predeterminada</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Predeterminada: %1</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Database File</source>
        <translation>Archivo de base de datos</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>Bases de datos SQLite (*.sqlite *.sqlite3 *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Saving the password in the system keychain…</source>
        <translation>Guardando la contraseña en el llavero del sistema…</translation>
    </message>
    <message>
        <source>A SQLite file needs no password.</source>
        <translation>Un archivo SQLite no necesita contraseña.</translation>
    </message>
    <message>
        <source>Set PGPASSWORD to give the PostgreSQL password.</source>
        <translation>Defina PGPASSWORD para indicar la contraseña de PostgreSQL.</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in the settings; leave empty to keep the saved one (or use PGPASSWORD).</source>
        <translation>Se guarda en el llavero del sistema, nunca en la configuración; déjelo vacío para conservar la guardada (o use PGPASSWORD).</translation>
    </message>
    <message>
        <source>The password is saved in the system keychain.</source>
        <translation>La contraseña se ha guardado en el llavero del sistema.</translation>
    </message>
    <message>
        <source>The password was not saved: %1</source>
        <translation>No se ha guardado la contraseña: %1</translation>
    </message>
</context>
<context>
    <name>tickerline::Engine</name>
    <message>
        <source>Unknown provider “%1”.</source>
        <translation>Proveedor desconocido «%1».</translation>
    </message>
</context>
<context>
    <name>tickerline::FailoverFeed</name>
    <message>
        <source>Unknown provider “%1”.</source>
        <translation>Proveedor desconocido «%1».</translation>
    </message>
    <message>
        <source>no provider</source>
        <translation>ningún proveedor</translation>
    </message>
    <message>
        <source>no provider left</source>
        <translation>no queda ningún proveedor</translation>
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
        <translation>No hay clave de API para %1: defina %2. No hay ningún llavero del sistema disponible para guardar una en Configuración → Proveedores.</translation>
    </message>
    <message>
        <source>No API key for %1: add one in Settings → Providers or set %2.</source>
        <translation>No hay clave de API para %1: añada una en Configuración → Proveedores o defina %2.</translation>
    </message>
</context>
<context>
    <name>tickerline::FirstRunHint</name>
    <message>
        <source>You are watching a simulated market: the prices are made up. To watch real quotes, choose a provider under Settings → Feed and, if it needs one, add its API key under Settings → Providers.</source>
        <translation>Está viendo un mercado simulado: los precios son inventados. Para ver cotizaciones reales, elija un proveedor en Configuración → Fuente de datos y, si lo necesita, añada su clave de API en Configuración → Proveedores.</translation>
    </message>
    <message>
        <source>&amp;Open Settings</source>
        <translation>Abrir &amp;configuración</translation>
    </message>
    <message>
        <source>Close this hint for good</source>
        <translation>Cerrar este aviso para siempre</translation>
    </message>
    <message>
        <source>Close hint</source>
        <translation>Cerrar el aviso</translation>
    </message>
    <message>
        <source>Simulated market hint</source>
        <translation>Aviso de mercado simulado</translation>
    </message>
</context>
<context>
    <name>tickerline::HttpFront</name>
    <message>
        <source>TLS handshake with %1 failed (%2): a plain ws:// or http:// client, or one that does not trust this certificate?</source>
        <translation>falló la negociación TLS con %1 (%2): ¿un cliente ws:// o http:// sin cifrar, o uno que no confía en este certificado?</translation>
    </message>
    <message>
        <source>refused a browser page from %1 (not in --allow-origin)</source>
        <translation>rechazada una página de navegador de %1 (no está en --allow-origin)</translation>
    </message>
    <message>
        <source>refused a client from %1: bad token</source>
        <translation>rechazado un cliente de %1: token no válido</translation>
    </message>
</context>
<context>
    <name>tickerline::MainWindow</name>
    <message>
        <source>Could not read the chart history: %1</source>
        <translation>No se pudo leer el historial del gráfico: %1</translation>
    </message>
    <message>
        <source>The new database location is used from the next start.</source>
        <translation>La nueva ubicación de la base de datos se usará a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>El nuevo idioma se usará a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <source>Chart copied to the clipboard.</source>
        <translation>Gráfico copiado al portapapeles.</translation>
    </message>
    <message>
        <source>Chart saved to %1</source>
        <translation>Gráfico guardado en %1</translation>
    </message>
    <message>
        <source>Alerts &amp;Log</source>
        <translation>Registro de a&amp;lertas</translation>
    </message>
    <message>
        <source>Watchlist</source>
        <translation>Lista de seguimiento</translation>
    </message>
    <message>
        <source>Some saved watchlists could not be read: %1</source>
        <translation>No se pudieron leer algunas listas de seguimiento guardadas: %1</translation>
    </message>
    <message>
        <source>No stored history: the database could not be opened (see the status bar).
Live prices since the start are shown.</source>
        <translation>Sin historial guardado: no se pudo abrir la base de datos (vea la barra de estado).
Se muestran los precios en vivo desde el inicio.</translation>
    </message>
</context>
<context>
    <name>tickerline::NetworkFeed</name>
    <message>
        <source>No API key: set %1 or add one in Settings → Providers.</source>
        <translation>No hay clave de API: defina %1 o añada una en Configuración → Proveedores.</translation>
    </message>
</context>
<context>
    <name>tickerline::PollingFeed</name>
    <message>
        <source>polling every %1 s was asked, but the provider allows %2 requests per %3 s: each symbol is quoted about every %4 s</source>
        <translation>se pidió consultar cada %1 s, pero el proveedor permite %2 solicitudes cada %3 s: cada símbolo recibe una cotización aproximadamente cada %4 s</translation>
    </message>
    <message>
        <source>polling every %1 s as asked; the provider advises at least %2 s and may rate-limit (HTTP 429)</source>
        <translation>consultando cada %1 s según lo pedido; el proveedor aconseja al menos %2 s y puede limitar las solicitudes (HTTP 429)</translation>
    </message>
</context>
<context>
    <name>tickerline::PriceChart</name>
    <message>
        <source>Change (%)</source>
        <translation>Variación (%)</translation>
    </message>
</context>
<context>
    <name>tickerline::ProviderKeyRow</name>
    <message>
        <source>%1 API key</source>
        <translation>Clave de API de %1</translation>
    </message>
    <message>
        <source>Save the %1 API key</source>
        <translation>Guardar la clave de API de %1</translation>
    </message>
    <message>
        <source>Remove the %1 API key</source>
        <translation>Eliminar la clave de API de %1</translation>
    </message>
    <message>
        <source>%1 API key state</source>
        <translation>Estado de la clave de API de %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardada.</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Eliminada.</translation>
    </message>
    <message>
        <source>No keychain to keep a key in</source>
        <translation>No hay llavero donde guardar una clave</translation>
    </message>
    <message>
        <source>Paste a new key to replace it</source>
        <translation>Pegue una clave nueva para sustituirla</translation>
    </message>
    <message>
        <source>Paste your %1 API key</source>
        <translation>Pegue su clave de API de %1</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Hide the typed %1 API key</source>
        <translation>Ocultar la clave de API de %1 escrita</translation>
    </message>
    <message>
        <source>Show the typed %1 API key</source>
        <translation>Mostrar la clave de API de %1 escrita</translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation>Comprobando el llavero del sistema…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Eliminando…</translation>
    </message>
    <message>
        <source>This key is not saved yet: press Save, or clear the field.</source>
        <translation>Esta clave aún no está guardada: pulse «Guardar» o vacíe el campo.</translation>
    </message>
    <message>
        <source>Set by %1 in the environment.</source>
        <translation>Definida por %1 en el entorno.</translation>
    </message>
    <message>
        <source>Not set. Set %1 in the environment to use %2.</source>
        <translation>Sin definir. Defina %1 en el entorno para usar %2.</translation>
    </message>
    <message>
        <source>The key set by %1 in the environment is used.</source>
        <translation>Se usa la clave definida por %1 en el entorno.</translation>
    </message>
    <message>
        <source>Stored in the system keychain.</source>
        <translation>Guardada en el llavero del sistema.</translation>
    </message>
    <message>
        <source>%1 is set in the environment too; Tickerline uses the stored key, the collector uses %1.</source>
        <translation>%1 también está definida en el entorno; Tickerline usa la clave guardada y el recolector usa %1.</translation>
    </message>
    <message>
        <source>Not set.</source>
        <translation>Sin definir.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Use Until Quit</source>
        <translation>Usar hasta salir</translation>
    </message>
    <message>
        <source>Paste a key to use until Tickerline quits</source>
        <translation>Pegue una clave para usarla hasta que Tickerline se cierre</translation>
    </message>
    <message>
        <source>Used until Tickerline quits: held in memory only, never written.</source>
        <translation>Se usa hasta que Tickerline se cierre: solo se guarda en memoria, nunca se escribe.</translation>
    </message>
    <message>
        <source>Not set. Paste a key to use it until Tickerline quits, or set %1 in the environment.</source>
        <translation>Sin definir. Pegue una clave para usarla hasta que Tickerline se cierre, o defina %1 en el entorno.</translation>
    </message>
</context>
<context>
    <name>tickerline::ProviderPage</name>
    <message>
        <source>Feed</source>
        <translation>Fuente de datos</translation>
    </message>
    <message>
        <source>This version of Tickerline does not know this provider.</source>
        <translation>Esta versión de Tickerline no conoce este proveedor.</translation>
    </message>
    <message>
        <source>Not needed.</source>
        <translation>No es necesaria.</translation>
    </message>
    <message>
        <source>Needed (%1).</source>
        <translation>Necesaria (%1).</translation>
    </message>
    <message>
        <source>Needed (%1): &lt;a href=&quot;providers&quot;&gt;enter it on the Providers page&lt;/a&gt;.</source>
        <translation>Necesaria (%1): &lt;a href=&quot;providers&quot;&gt;introdúzcala en la página Proveedores&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>A serving collector (tickerline-collector serve): ws://, wss://, http:// or https://. Its read token goes on the Providers page, never in the URL.</source>
        <translation>Un recolector que sirve (tickerline-collector serve): ws://, wss://, http:// o https://. Su token de lectura va en la página Proveedores, nunca en la URL.</translation>
    </message>
    <message>
        <source>Server URL:</source>
        <translation>URL del servidor:</translation>
    </message>
    <message>
        <source>Optional (%1): only a server on another machine asks for one; &lt;a href=&quot;providers&quot;&gt;enter it on the Providers page&lt;/a&gt;.</source>
        <translation>Opcional (%1): solo lo pide un servidor en otra máquina; &lt;a href=&quot;providers&quot;&gt;introdúzcalo en la página Proveedores&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Optional (%1): only a server on another machine asks for one.</source>
        <translation>Opcional (%1): solo lo pide un servidor en otra máquina.</translation>
    </message>
</context>
<context>
    <name>tickerline::ProvidersPage</name>
    <message>
        <source>Providers</source>
        <translation>Proveedores</translation>
    </message>
    <message>
        <source>No system keychain (such as GNOME Keyring or KWallet) is available, so API keys cannot be kept from one run to the next, and Tickerline never writes them to a plain file. Paste a key below to use it until Tickerline quits, or set it in the environment: %1.</source>
        <translation>No hay ningún llavero del sistema disponible (como GNOME Keyring o KWallet), así que las claves de API no se pueden conservar de una ejecución a otra, y Tickerline nunca las escribe en un archivo sin cifrar. Pegue una clave abajo para usarla hasta que Tickerline se cierre, o defínala en el entorno: %1.</translation>
    </message>
</context>
<context>
    <name>tickerline::Publisher</name>
    <message>
        <source>no acknowledgement for %1 s</source>
        <translation>sin confirmación durante %1 s</translation>
    </message>
    <message>
        <source>the server refused the token: %1</source>
        <translation>el servidor ha rechazado el token: %1</translation>
    </message>
    <message>
        <source>%1 ticks refused</source>
        <translation>%1 ticks rechazados</translation>
    </message>
    <message>
        <source>the server did not complete the WebSocket handshake (%1); if it serves TLS, connect with TLS (push --tls, or --ca FILE for a self-signed certificate)</source>
        <translation>el servidor no completó la negociación WebSocket (%1); si usa TLS, conéctese con TLS (push --tls, o --ca FILE para un certificado autofirmado)</translation>
    </message>
    <message>
        <source>%1 (last connection attempt: %2)</source>
        <translation>%1 (último intento de conexión: %2)</translation>
    </message>
    <message>
        <source>TLS: the server&apos;s certificate is not trusted: %1</source>
        <translation>TLS: el certificado del servidor no es de confianza: %1</translation>
    </message>
</context>
<context>
    <name>tickerline::PushCommand</name>
    <message>
        <source>ack %1: %2 ticks stored</source>
        <translation>confirmación %1: %2 ticks guardados</translation>
    </message>
    <message>
        <source>%1 refused: %2</source>
        <translation>%1 rechazado: %2</translation>
    </message>
    <message>
        <source>connected; %1 ticks waiting for acknowledgement</source>
        <translation>conectado; %1 ticks a la espera de confirmación</translation>
    </message>
    <message>
        <source>connection lost (%1); reconnecting</source>
        <translation>conexión perdida (%1); reconectando</translation>
    </message>
    <message>
        <source>published %1 ticks, every one acknowledged</source>
        <translation>%1 ticks publicados, todos confirmados</translation>
    </message>
    <message>
        <source>%1 ticks in %2 messages not acknowledged: %3</source>
        <translation>%1 ticks en %2 mensajes sin confirmar: %3</translation>
    </message>
</context>
<context>
    <name>tickerline::QuoteTableModel</name>
    <message>
        <source>Untick a symbol to hide its line in the chart</source>
        <translation>Desmarque un símbolo para ocultar su línea en el gráfico</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Símbolo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Último</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variación</translation>
    </message>
    <message>
        <source>Change %</source>
        <translation>Variación %</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>52-week range</source>
        <translation>Rango de 52 semanas</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>%1: these quotes may be out of date</source>
        <translation>%1: estas cotizaciones pueden estar desactualizadas</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>52-week low: %1</source>
        <translation>Mínimo de 52 semanas: %1</translation>
    </message>
    <message>
        <source>52-week high: %1</source>
        <translation>Máximo de 52 semanas: %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Last: %1 %2</source>
        <translation>Último: %1 %2</translation>
    </message>
    <message>
        <source>Previous close: %1</source>
        <translation>Cierre anterior: %1</translation>
    </message>
    <message>
        <source>Volume: %1</source>
        <translation>Volumen: %1</translation>
    </message>
    <message>
        <source>%1, line hidden in the chart</source>
        <translation>%1, línea oculta en el gráfico</translation>
    </message>
    <message>
        <source>%1, line shown in the chart</source>
        <translation>%1, línea visible en el gráfico</translation>
    </message>
    <message>
        <source>52-week range from %1 to %2</source>
        <translation>Rango de 52 semanas de %1 a %2</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>up %1</source>
        <translation>sube %1</translation>
    </message>
    <message>
        <source>down %1</source>
        <translation>baja %1</translation>
    </message>
    <message>
        <source>up %1 percent</source>
        <translation>sube %1 por ciento</translation>
    </message>
    <message>
        <source>down %1 percent</source>
        <translation>baja %1 por ciento</translation>
    </message>
    <message>
        <source>%1 old, stale</source>
        <translation>hace %1, desactualizado</translation>
    </message>
    <message>
        <source>%1 old</source>
        <translation>hace %1</translation>
    </message>
    <message>
        <source>The market state of the symbol&apos;s exchange now</source>
        <translation>El estado actual del mercado de la bolsa del símbolo</translation>
    </message>
    <message>
        <source>How old the last quote is, and how late its provider delivers</source>
        <translation>La antigüedad de la última cotización y el retraso con que la entrega su proveedor</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Antigüedad</translation>
    </message>
</context>
<context>
    <name>tickerline::ReplayFeed</name>
    <message>
        <source>Cannot open the recording %1: %2</source>
        <translation>No se puede abrir la grabación %1: %2</translation>
    </message>
    <message>
        <source>%1 is a database, not a CSV recording: make one with `tickerline-collector export --database FILE --format csv`.</source>
        <translation>%1 es una base de datos, no una grabación CSV: cree una con `tickerline-collector export --database FILE --format csv`.</translation>
    </message>
    <message>
        <source>Replay finished</source>
        <translation>Reproducción terminada</translation>
    </message>
</context>
<context>
    <name>tickerline::SecretStore</name>
    <message>
        <source>No system keychain (such as GNOME Keyring or KWallet) is available.</source>
        <translation>No hay ningún llavero del sistema (como GNOME Keyring o KWallet) disponible.</translation>
    </message>
    <message>
        <source>The system keychain refused access; it may be locked.</source>
        <translation>El llavero del sistema ha denegado el acceso; puede que esté bloqueado.</translation>
    </message>
    <message>
        <source>The system keychain failed.</source>
        <translation>El llavero del sistema ha fallado.</translation>
    </message>
    <message>
        <source>The system keychain failed: %1</source>
        <translation>El llavero del sistema ha fallado: %1</translation>
    </message>
    <message>
        <source>%1 Set %2 in the environment instead to use %3.</source>
        <translation>%1 Defina %2 en el entorno para usar %3.</translation>
    </message>
</context>
<context>
    <name>tickerline::ServeCommand</name>
    <message>
        <source>served %1 clients (%2 refused, %3 cut as slow), acknowledged %4 published ticks</source>
        <translation>%1 clientes servidos (%2 rechazados, %3 desconectados por lentos), %4 ticks publicados confirmados</translation>
    </message>
    <message>
        <source>cannot listen on %1: address in use — is another collector serving there?</source>
        <translation>no se puede escuchar en %1: dirección en uso; ¿hay otro colector sirviendo ahí?</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>no se puede escuchar en %1: %2</translation>
    </message>
    <message>
        <source>serving on wss://%1/v1/stream, https://%1/v1/events (SSE) and https://%1/v1/history</source>
        <translation>sirviendo en wss://%1/v1/stream, https://%1/v1/events (SSE) y https://%1/v1/history</translation>
    </message>
    <message>
        <source>serving on ws://%1/v1/stream, http://%1/v1/events (SSE) and http://%1/v1/history</source>
        <translation>sirviendo en ws://%1/v1/stream, http://%1/v1/events (SSE) y http://%1/v1/history</translation>
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
        <translation> · %1 ticks/s</translation>
    </message>
    <message>
        <source> · retry at %1</source>
        <translation> · reintento a las %1</translation>
    </message>
    <message>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message>
        <source>%1 ticks received, %2 malformed frames</source>
        <translation>%1 ticks recibidos, %2 tramas mal formadas</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Error de base de datos: %1</translation>
    </message>
    <message>
        <source>%1
%2 ticks stored, %3 duplicates ignored, %4 waiting, %5 dropped</source>
        <translation>%1
%2 ticks guardados, %3 duplicados ignorados, %4 en espera, %5 descartados</translation>
    </message>
    <message>
        <source> · %1 ticks dropped</source>
        <translation> · %1 ticks descartados</translation>
    </message>
    <message>
        <source>Database: opening…</source>
        <translation>Base de datos: abriendo…</translation>
    </message>
    <message>
        <source>Database %1 · %2 ticks stored</source>
        <translation>Base de datos %1 · %2 ticks guardados</translation>
    </message>
    <message>
        <source>%1 · retrying: %2</source>
        <translation>%1 · reintentando: %2</translation>
    </message>
    <message>
        <source>The database server refused the password.</source>
        <translation>El servidor de base de datos ha rechazado la contraseña.</translation>
    </message>
    <message>
        <source>Enter password…</source>
        <translation>Introducir contraseña…</translation>
    </message>
    <message>
        <source>Viewer — following %1</source>
        <translation>Visor — siguiendo %1</translation>
    </message>
    <message>
        <source>%1
Shows what a collector records there; this window records nothing.</source>
        <translation>%1
Muestra lo que un recolector registra allí; esta ventana no registra nada.</translation>
    </message>
    <message>
        <source> (attempt %1)</source>
        <translation> (intento %1)</translation>
    </message>
    <message>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message>
        <source>Reconnects: %1 · disconnected %2 s in all</source>
        <translation>Reconexiones: %1 · %2 s sin conexión en total</translation>
    </message>
</context>
<context>
    <name>tickerline::StreamServer</name>
    <message>
        <source>refused a client from %1: bad token</source>
        <translation>rechazado un cliente de %1: token no válido</translation>
    </message>
    <message>
        <source>refused a client: %1 clients already connected</source>
        <translation>rechazado un cliente: ya hay %1 clientes conectados</translation>
    </message>
    <message>
        <source>cut slow client %1 (%2); %3 cut so far</source>
        <translation>desconectado el cliente lento %1 (%2); %3 desconectados hasta ahora</translation>
    </message>
    <message>
        <source>refused a plain-text client from %1: this server speaks TLS only</source>
        <translation>rechazado un cliente sin cifrar de %1: este servidor solo admite TLS</translation>
    </message>
</context>
<context>
    <name>tickerline::StreamingFeed</name>
    <message>
        <source>Renewing the connection before the provider&apos;s time limit</source>
        <translation>Renovando la conexión antes del límite de tiempo del proveedor</translation>
    </message>
    <message>
        <source>The provider asked for a new connection</source>
        <translation>El proveedor ha pedido una conexión nueva</translation>
    </message>
</context>
<context>
    <name>tickerline::StudiesButton</name>
    <message>
        <source>Studies</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>Add or remove indicators (SMA, EMA, VWAP, Bollinger) and spread or ratio lines</source>
        <translation>Añadir o quitar indicadores (SMA, EMA, VWAP, Bollinger) y líneas de diferencial o de ratio</translation>
    </message>
    <message>
        <source>&amp;Add Study…</source>
        <translation>&amp;Añadir indicador…</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <source>Remove All Studies</source>
        <translation>Quitar todos los indicadores</translation>
    </message>
</context>
<context>
    <name>tickerline::StudyDialog</name>
    <message>
        <source>Add Study</source>
        <translation>Añadir indicador</translation>
    </message>
    <message>
        <source>Simple moving average (SMA)</source>
        <translation>Media móvil simple (SMA)</translation>
    </message>
    <message>
        <source>Exponential moving average (EMA)</source>
        <translation>Media móvil exponencial (EMA)</translation>
    </message>
    <message>
        <source>Volume-weighted average price (VWAP)</source>
        <translation>Precio medio ponderado por volumen (VWAP)</translation>
    </message>
    <message>
        <source>Bollinger bands</source>
        <translation>Bandas de Bollinger</translation>
    </message>
    <message>
        <source>Spread of two symbols (A − B)</source>
        <translation>Diferencial de dos símbolos (A − B)</translation>
    </message>
    <message>
        <source>Ratio of two symbols (A / B)</source>
        <translation>Ratio de dos símbolos (A / B)</translation>
    </message>
    <message>
        <source> candles</source>
        <translation> velas</translation>
    </message>
    <message>
        <source> σ</source>
        <translation> σ</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>&amp;Study:</source>
        <translation>&amp;Indicador:</translation>
    </message>
    <message>
        <source>S&amp;ymbol:</source>
        <translation>&amp;Símbolo:</translation>
    </message>
    <message>
        <source>&amp;Second symbol:</source>
        <translation>Se&amp;gundo símbolo:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Anchura:</translation>
    </message>
</context>
<context>
    <name>tickerline::SymbolSearchBox</name>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>hace %n min</numerusform>
            <numerusform>hace %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>hace %n h</numerusform>
            <numerusform>hace %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>(cached)</source>
        <translation>(en caché)</translation>
    </message>
    <message>
        <source>%1 spells it %2; added as %3.</source>
        <translation>%1 lo escribe %2; se añade como %3.</translation>
    </message>
    <message>
        <source>No match for “%1”.</source>
        <translation>No hay resultados para «%1».</translation>
    </message>
    <message numerus="yes">
        <source>Searching… (%n provider(s) still to answer)</source>
        <translation>
            <numerusform>Buscando… (falta por responder %n proveedor)</numerusform>
            <numerusform>Buscando… (faltan por responder %n proveedores)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is unreachable: showing its results cached %2.</source>
        <translation>%1 no está accesible: se muestran sus resultados guardados en caché %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Unreachable (offline?): %1.</source>
        <translation>Inaccesibles (¿sin conexión?): %1.</translation>
    </message>
</context>
<context>
    <name>tickerline::SymbolSearchController</name>
    <message>
        <source>&amp;Add Symbol…</source>
        <translation>&amp;Añadir símbolo…</translation>
    </message>
    <message>
        <source>Search symbols and names across the providers and add one to the watchlist</source>
        <translation>Buscar símbolos y nombres en los proveedores y añadir uno a la lista de seguimiento</translation>
    </message>
    <message>
        <source>%1 is already in the watchlist.</source>
        <translation>%1 ya está en la lista de seguimiento.</translation>
    </message>
</context>
<context>
    <name>tickerline::SymbolSearchPalette</name>
    <message>
        <source>Add symbol</source>
        <translation>Añadir un símbolo</translation>
    </message>
    <message>
        <source>Search symbol or name, e.g. AAPL, apple, bitcoin</source>
        <translation>Buscar símbolo o nombre, p. ej. AAPL, apple, bitcoin</translation>
    </message>
    <message>
        <source>Search symbol or name</source>
        <translation>Buscar símbolo o nombre</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Coincidencias</translation>
    </message>
</context>
<context>
    <name>tickerline::TickersPage</name>
    <message>
        <source>Tickers</source>
        <translation>Símbolos</translation>
    </message>
    <message>
        <source>%1 is already in the watchlist.</source>
        <translation>%1 ya está en la lista de seguimiento.</translation>
    </message>
    <message>
        <source>The watchlist needs at least one symbol.</source>
        <translation>La lista de seguimiento necesita al menos un símbolo.</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Coincidencias</translation>
    </message>
    <message>
        <source>Symbol or name, e.g. AAPL or apple</source>
        <translation>Símbolo o nombre, p. ej. AAPL o apple</translation>
    </message>
</context>
<context>
    <name>tickerline::ViewMenu</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Variación</translation>
    </message>
    <message>
        <source>Change in &amp;Percent</source>
        <translation>Variación en &amp;porcentaje</translation>
    </message>
    <message>
        <source>&amp;Volume</source>
        <translation>V&amp;olumen</translation>
    </message>
    <message>
        <source>&amp;52-Week Range</source>
        <translation>Rango de &amp;52 semanas</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Hora</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation>&amp;Gráfico</translation>
    </message>
    <message>
        <source>Chart &amp;Tool Bar</source>
        <translation>&amp;Barra de herramientas del gráfico</translation>
    </message>
    <message>
        <source>Watchlist C&amp;olumns</source>
        <translation>&amp;Columnas de la lista de seguimiento</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <source>&amp;Age</source>
        <translation>&amp;Antigüedad</translation>
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
        <translation>Vol. (k)</translation>
    </message>
    <message>
        <source>Volume (M)</source>
        <translation>Vol. (M)</translation>
    </message>
    <message>
        <source>Volume (B)</source>
        <translation>Vol. (mil M)</translation>
    </message>
</context>
<context>
    <name>tickerline::WatchlistBook</name>
    <message>
        <source>There is no watchlist called &quot;%1&quot;.</source>
        <translation>No hay ninguna lista de seguimiento llamada «%1».</translation>
    </message>
    <message>
        <source>A watchlist needs a first symbol.</source>
        <translation>Una lista de seguimiento necesita un primer símbolo.</translation>
    </message>
    <message>
        <source>The last watchlist cannot be deleted.</source>
        <translation>La última lista de seguimiento no se puede eliminar.</translation>
    </message>
    <message>
        <source>%1 is already on &quot;%2&quot;.</source>
        <translation>%1 ya está en «%2».</translation>
    </message>
    <message>
        <source>A workspace needs at least one watchlist.</source>
        <translation>Un espacio de trabajo necesita al menos una lista de seguimiento.</translation>
    </message>
    <message>
        <source>The watchlist &quot;%1&quot; has no symbols.</source>
        <translation>La lista de seguimiento «%1» no tiene símbolos.</translation>
    </message>
</context>
<context>
    <name>tickerline::WatchlistTabs</name>
    <message>
        <source>Watchlists</source>
        <translation>Listas de seguimiento</translation>
    </message>
    <message>
        <source>New watchlist</source>
        <translation>Nueva lista de seguimiento</translation>
    </message>
    <message>
        <source>New Watchlist</source>
        <translation>Nueva lista de seguimiento</translation>
    </message>
    <message>
        <source>Name of the new watchlist:</source>
        <translation>Nombre de la nueva lista de seguimiento:</translation>
    </message>
    <message>
        <source>Name of the new watchlist (it starts with %1):</source>
        <translation>Nombre de la nueva lista de seguimiento (empieza por %1):</translation>
    </message>
    <message>
        <source>Rename Watchlist</source>
        <translation>Cambiar el nombre de la lista de seguimiento</translation>
    </message>
    <message>
        <source>New name for &quot;%1&quot;:</source>
        <translation>Nuevo nombre para «%1»:</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Cambiar nombre…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>&amp;New Watchlist…</source>
        <translation>&amp;Nueva lista de seguimiento…</translation>
    </message>
</context>
<context>
    <name>tickerline::WorkspaceController</name>
    <message>
        <source>New C&amp;hart Pane</source>
        <translation>&amp;Nuevo panel de gráfico</translation>
    </message>
    <message>
        <source>Chart &amp;Panes</source>
        <translation>&amp;Paneles de gráfico</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>&amp;None yet: View → New Chart Pane</source>
        <translation>&amp;Ninguno todavía: Ver → Nuevo panel de gráfico</translation>
    </message>
    <message>
        <source>Lin&amp;k Crosshair Across Charts</source>
        <translation>Vincular el cursor en cr&amp;uz de los gráficos</translation>
    </message>
    <message>
        <source>Link Chart Ran&amp;ges</source>
        <translation>&amp;Vincular los rangos de los gráficos</translation>
    </message>
    <message>
        <source>&amp;Workspaces</source>
        <translation>&amp;Espacios de trabajo</translation>
    </message>
    <message>
        <source>&amp;Save Workspace</source>
        <translation>&amp;Guardar espacio de trabajo</translation>
    </message>
    <message>
        <source>Workspace &quot;%1&quot; saved.</source>
        <translation>Espacio de trabajo «%1» guardado.</translation>
    </message>
    <message>
        <source>Save Workspace &amp;As…</source>
        <translation>Guardar espacio de trabajo &amp;como…</translation>
    </message>
    <message>
        <source>&amp;Delete This Workspace</source>
        <translation>&amp;Eliminar este espacio de trabajo</translation>
    </message>
    <message>
        <source>&amp;Export Workspace…</source>
        <translation>E&amp;xportar espacio de trabajo…</translation>
    </message>
    <message>
        <source>&amp;Import Workspace…</source>
        <translation>&amp;Importar espacio de trabajo…</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <source>The saved workspaces could not be read (%1). The file was kept as %2.</source>
        <translation>No se pudieron leer los espacios de trabajo guardados (%1). El archivo se ha conservado como %2.</translation>
    </message>
    <message>
        <source>The saved workspaces could not be read (%1).</source>
        <translation>No se pudieron leer los espacios de trabajo guardados (%1).</translation>
    </message>
    <message>
        <source>The workspaces could not be saved to %1: %2</source>
        <translation>No se pudieron guardar los espacios de trabajo en %1: %2</translation>
    </message>
    <message>
        <source>A workspace needs a name.</source>
        <translation>Un espacio de trabajo necesita un nombre.</translation>
    </message>
    <message>
        <source>A workspace name has at most %1 characters.</source>
        <translation>El nombre de un espacio de trabajo tiene como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>There is already a workspace called &quot;%1&quot;.</source>
        <translation>Ya hay un espacio de trabajo llamado «%1».</translation>
    </message>
    <message>
        <source>There is no workspace called &quot;%1&quot;.</source>
        <translation>No hay ningún espacio de trabajo llamado «%1».</translation>
    </message>
    <message>
        <source>Workspace &quot;%1&quot;.</source>
        <translation>Cambiado al espacio de trabajo «%1».</translation>
    </message>
    <message>
        <source>The only workspace cannot be deleted.</source>
        <translation>El único espacio de trabajo no se puede eliminar.</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 no se ha importado: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Workspace &quot;%1&quot; imported.</source>
        <translation>Espacio de trabajo «%1» importado.</translation>
    </message>
    <message>
        <source>The workspace could not be exported to %1: %2</source>
        <translation>No se pudo exportar el espacio de trabajo a %1: %2</translation>
    </message>
    <message>
        <source>Save Workspace As</source>
        <translation>Guardar espacio de trabajo como</translation>
    </message>
    <message>
        <source>Name of the new workspace:</source>
        <translation>Nombre del nuevo espacio de trabajo:</translation>
    </message>
    <message>
        <source>Export Workspace</source>
        <translation>Exportar espacio de trabajo</translation>
    </message>
    <message>
        <source>Tickerline workspaces (*.json)</source>
        <translation>Espacios de trabajo de Tickerline (*.json)</translation>
    </message>
    <message>
        <source>Workspace exported to %1</source>
        <translation>Espacio de trabajo exportado a %1</translation>
    </message>
    <message>
        <source>Import Workspace</source>
        <translation>Importar espacio de trabajo</translation>
    </message>
</context>
<context>
    <name>tickerline::WorkspaceFile</name>
    <message>
        <source>&quot;%1&quot; is not base64 text</source>
        <translation>«%1» no es texto base64</translation>
    </message>
    <message>
        <source>a workspace without a name</source>
        <translation>un espacio de trabajo sin nombre</translation>
    </message>
    <message>
        <source>workspace &quot;%1&quot;: %2</source>
        <translation>espacio de trabajo «%1»: %2</translation>
    </message>
    <message>
        <source>no watchlists</source>
        <translation>ninguna lista de seguimiento</translation>
    </message>
    <message>
        <source>the watchlist &quot;%1&quot; has no symbols</source>
        <translation>la lista de seguimiento «%1» no tiene símbolos</translation>
    </message>
    <message>
        <source>the current watchlist &quot;%1&quot; is not one of its watchlists</source>
        <translation>la lista de seguimiento actual «%1» no es una de sus listas de seguimiento</translation>
    </message>
    <message>
        <source>main chart: %1</source>
        <translation>gráfico principal: %1</translation>
    </message>
    <message>
        <source>a chart pane with the id &quot;%1&quot; (ids are distinct numbers from 2)</source>
        <translation>un panel de gráfico con el id «%1» (los id son números distintos a partir de 2)</translation>
    </message>
    <message>
        <source>chart %1: %2</source>
        <translation>gráfico %1: %2</translation>
    </message>
    <message>
        <source>not valid JSON at character %1: %2</source>
        <translation>JSON no válido en el carácter %1: %2</translation>
    </message>
    <message>
        <source>not a Tickerline workspace file (no &quot;format&quot;: &quot;%1&quot;)</source>
        <translation>no es un archivo de espacio de trabajo de Tickerline (falta &quot;format&quot;: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>written by a newer Tickerline (file version %1; this one reads up to %2)</source>
        <translation>escrito por un Tickerline más reciente (versión de archivo %1; este lee hasta la versión %2)</translation>
    </message>
    <message>
        <source>no valid &quot;version&quot;</source>
        <translation>ningún valor válido para &quot;version&quot;</translation>
    </message>
    <message>
        <source>two workspaces called &quot;%1&quot;</source>
        <translation>dos espacios de trabajo llamados «%1»</translation>
    </message>
</context>
<context>
    <name>tickerline::symbolsearch</name>
    <message>
        <source>The answer is not JSON.</source>
        <translation>La respuesta no es JSON.</translation>
    </message>
    <message>
        <source>The answer is not in the expected format.</source>
        <translation>La respuesta no tiene el formato esperado.</translation>
    </message>
</context>
</TS>
