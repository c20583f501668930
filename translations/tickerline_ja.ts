<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AlertDialog</name>
    <message>
        <source>Alerts</source>
        <translation>アラート</translation>
    </message>
    <message>
        <source>&amp;Rules:</source>
        <translation>ルール(&amp;R):</translation>
    </message>
    <message>
        <source>Alert rules</source>
        <translation>アラートのルール</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>&amp;Symbol:</source>
        <translation>シンボル(&amp;S):</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>シンボル</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>条件(&amp;W):</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Price &amp;level:</source>
        <translation>指定価格(&amp;L):</translation>
    </message>
    <message>
        <source>Price level</source>
        <translation>指定価格</translation>
    </message>
    <message>
        <source>&amp;Move by:</source>
        <translation>変動幅(&amp;M):</translation>
    </message>
    <message>
        <source>Move in percent</source>
        <translation>変動幅 (%)</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Wi&amp;thin:</source>
        <translation>期間(&amp;T):</translation>
    </message>
    <message>
        <source>Time window in seconds</source>
        <translation>期間 (秒)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>No tick &amp;for:</source>
        <translation>ティックなしの時間(&amp;O):</translation>
    </message>
    <message>
        <source>Silence in seconds</source>
        <translation>ティックなしの時間 (秒)</translation>
    </message>
    <message>
        <source>&amp;Fires:</source>
        <translation>発動(&amp;F):</translation>
    </message>
    <message>
        <source>When the alert fires again</source>
        <translation>アラートを再び発動する条件</translation>
    </message>
    <message>
        <source>&amp;Cool-down:</source>
        <translation>クールダウン(&amp;C):</translation>
    </message>
    <message>
        <source>Cool-down in seconds</source>
        <translation>クールダウン (秒)</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>有効(&amp;E)</translation>
    </message>
    <message>
        <source>Sa&amp;ve Rule</source>
        <translation>ルールを保存(&amp;V)</translation>
    </message>
</context>
<context>
    <name>AppearancePage</name>
    <message>
        <source>Colours</source>
        <translation>配色</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>システムに従う</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>システムに従う(&amp;S)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>ライト(&amp;L)</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>D&amp;ark</source>
        <translation>ダーク(&amp;A)</translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation>言語(&amp;N)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Tickerline starts.</source>
        <translation>新しい言語は Tickerline の次回起動時に反映されます。</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>元日</translation>
    </message>
    <message>
        <source>Australia Day</source>
        <translation>オーストラリアデー</translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation>聖金曜日</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>イースターマンデー</translation>
    </message>
    <message>
        <source>Anzac Day</source>
        <translation>アンザックデー</translation>
    </message>
    <message>
        <source>King&apos;s Birthday</source>
        <translation>国王誕生日</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>クリスマス</translation>
    </message>
    <message>
        <source>Boxing Day</source>
        <translation>ボクシングデー</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>労働者の日</translation>
    </message>
    <message>
        <source>Lunar New Year&apos;s Day</source>
        <translation>旧正月</translation>
    </message>
    <message>
        <source>The second day of Lunar New Year</source>
        <translation>旧正月 2 日目</translation>
    </message>
    <message>
        <source>The third day of Lunar New Year</source>
        <translation>旧正月 3 日目</translation>
    </message>
    <message>
        <source>Ching Ming Festival</source>
        <translation>清明節</translation>
    </message>
    <message>
        <source>The day following Good Friday</source>
        <translation>聖金曜日の翌日</translation>
    </message>
    <message>
        <source>The Birthday of the Buddha</source>
        <translation>仏誕節</translation>
    </message>
    <message>
        <source>Tuen Ng Festival</source>
        <translation>端午節</translation>
    </message>
    <message>
        <source>Hong Kong Special Administrative Region Establishment Day</source>
        <translation>香港特別行政区成立記念日</translation>
    </message>
    <message>
        <source>The day following the Mid-Autumn Festival</source>
        <translation>中秋節の翌日</translation>
    </message>
    <message>
        <source>National Day</source>
        <translation>国慶節</translation>
    </message>
    <message>
        <source>Chung Yeung Festival</source>
        <translation>重陽節</translation>
    </message>
    <message>
        <source>The first weekday after Christmas Day</source>
        <translation>クリスマス後の最初の平日</translation>
    </message>
    <message>
        <source>Early May bank holiday</source>
        <translation>5 月初めのバンクホリデー</translation>
    </message>
    <message>
        <source>Spring bank holiday</source>
        <translation>春のバンクホリデー</translation>
    </message>
    <message>
        <source>Summer bank holiday</source>
        <translation>夏のバンクホリデー</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>取引時間外</translation>
    </message>
    <message>
        <source>Pre-market</source>
        <translation>プレマーケット</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>取引中</translation>
    </message>
    <message>
        <source>Lunch break</source>
        <translation>昼休み</translation>
    </message>
    <message>
        <source>After hours</source>
        <translation>アフターマーケット</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>休場日</translation>
    </message>
    <message>
        <source>Martin Luther King, Jr. Day</source>
        <translation>キング牧師記念日</translation>
    </message>
    <message>
        <source>Washington&apos;s Birthday</source>
        <translation>ワシントン誕生日</translation>
    </message>
    <message>
        <source>Memorial Day</source>
        <translation>メモリアルデー</translation>
    </message>
    <message>
        <source>Juneteenth National Independence Day</source>
        <translation>ジューンティーンス</translation>
    </message>
    <message>
        <source>Independence Day</source>
        <translation>独立記念日</translation>
    </message>
    <message>
        <source>Labor Day</source>
        <translation>レイバーデー</translation>
    </message>
    <message>
        <source>Thanksgiving Day</source>
        <translation>感謝祭</translation>
    </message>
    <message>
        <source>Coming of Age Day</source>
        <translation>成人の日</translation>
    </message>
    <message>
        <source>National Foundation Day</source>
        <translation>建国記念の日</translation>
    </message>
    <message>
        <source>Emperor&apos;s Birthday</source>
        <translation>天皇誕生日</translation>
    </message>
    <message>
        <source>Vernal Equinox Day</source>
        <translation>春分の日</translation>
    </message>
    <message>
        <source>Showa Day</source>
        <translation>昭和の日</translation>
    </message>
    <message>
        <source>Constitution Memorial Day</source>
        <translation>憲法記念日</translation>
    </message>
    <message>
        <source>Greenery Day</source>
        <translation>みどりの日</translation>
    </message>
    <message>
        <source>Children&apos;s Day</source>
        <translation>こどもの日</translation>
    </message>
    <message>
        <source>Respect for the Aged Day</source>
        <translation>敬老の日</translation>
    </message>
    <message>
        <source>Autumnal Equinox Day</source>
        <translation>秋分の日</translation>
    </message>
    <message>
        <source>Culture Day</source>
        <translation>文化の日</translation>
    </message>
    <message>
        <source>Labour Thanksgiving Day</source>
        <translation>勤労感謝の日</translation>
    </message>
    <message>
        <source>Marine Day</source>
        <translation>海の日</translation>
    </message>
    <message>
        <source>Mountain Day</source>
        <translation>山の日</translation>
    </message>
    <message>
        <source>Sports Day</source>
        <translation>スポーツの日</translation>
    </message>
    <message>
        <source>Substitute Holiday</source>
        <translation>振替休日</translation>
    </message>
    <message>
        <source>Citizens&apos; Holiday</source>
        <translation>国民の休日</translation>
    </message>
    <message>
        <source>Market holiday</source>
        <translation>市場休業日</translation>
    </message>
    <message>
        <source>Family Day</source>
        <translation>家族の日</translation>
    </message>
    <message>
        <source>Victoria Day</source>
        <translation>ビクトリアデー</translation>
    </message>
    <message>
        <source>Canada Day</source>
        <translation>カナダデー</translation>
    </message>
    <message>
        <source>Civic Holiday</source>
        <translation>シビックホリデー</translation>
    </message>
    <message>
        <source>New York Stock Exchange</source>
        <translation>ニューヨーク証券取引所</translation>
    </message>
    <message>
        <source>Nasdaq</source>
        <translation>ナスダック</translation>
    </message>
    <message>
        <source>London Stock Exchange</source>
        <translation>ロンドン証券取引所</translation>
    </message>
    <message>
        <source>Xetra</source>
        <translation>Xetra</translation>
    </message>
    <message>
        <source>Euronext Paris</source>
        <translation>ユーロネクスト・パリ</translation>
    </message>
    <message>
        <source>Tokyo Stock Exchange</source>
        <translation>東京証券取引所</translation>
    </message>
    <message>
        <source>Hong Kong Stock Exchange</source>
        <translation>香港証券取引所</translation>
    </message>
    <message>
        <source>Australian Securities Exchange</source>
        <translation>オーストラリア証券取引所</translation>
    </message>
    <message>
        <source>Toronto Stock Exchange</source>
        <translation>トロント証券取引所</translation>
    </message>
    <message>
        <source>Crypto (24/7)</source>
        <translation>暗号資産 (24 時間 365 日)</translation>
    </message>
    <message>
        <source>Christmas Eve</source>
        <translation>クリスマスイブ</translation>
    </message>
    <message>
        <source>New Year&apos;s Eve</source>
        <translation>大晦日</translation>
    </message>
</context>
<context>
    <name>CandleChart</name>
    <message>
        <source>O %1 H %2 L %3 C %4</source>
        <extracomment>The candle read-out&apos;s labels: open, high, low, close (one letter each where the language allows).</extracomment>
        <translation>始 %1 高 %2 安 %3 終 %4</translation>
    </message>
    <message>
        <source>Vol %1</source>
        <translation>出来高 %1</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Last hour</source>
        <translation>直近 1 時間</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>直近 1 日</translation>
    </message>
    <message>
        <source>Last 5 days</source>
        <translation>直近 5 日</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>直近 7 日</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>直近 1 か月</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>直近 6 か月</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>直近 1 年</translation>
    </message>
    <message>
        <source>Everything, from the earliest point loaded</source>
        <translation>全期間 (読み込んだ最初のデータから)</translation>
    </message>
</context>
<context>
    <name>DataDelay</name>
    <message>
        <source>real-time</source>
        <translation>リアルタイム</translation>
    </message>
    <message>
        <source>delayed %1 min</source>
        <translation>%1 分遅延</translation>
    </message>
    <message>
        <source>real-time, %1 trades only</source>
        <translation>リアルタイム (%1 の約定のみ)</translation>
    </message>
    <message>
        <source>delay not known</source>
        <translation>遅延は不明</translation>
    </message>
    <message>
        <source>%1m delayed</source>
        <translation>%1分遅延</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>Browse for the database file</source>
        <translation>データベースファイルを参照</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Use the default database location</source>
        <translation>データベースの既定の場所を使う</translation>
    </message>
    <message>
        <source>De&amp;fault</source>
        <translation>既定(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Keep raw ticks for:</source>
        <translation>生ティックの保存期間(&amp;K):</translation>
    </message>
    <message>
        <source>Days raw ticks are kept</source>
        <translation>生ティックを保存する日数</translation>
    </message>
    <message>
        <source>Older ticks are deleted hourly; bars from backfill are always kept.</source>
        <translation>古いティックは 1 時間ごとに削除されます。補完で取得したバーは常に保持されます。</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>無期限</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>&amp;Database file or PostgreSQL URL:</source>
        <translation>データベースファイルまたは PostgreSQL の URL(&amp;D):</translation>
    </message>
    <message>
        <source>Database file or PostgreSQL URL</source>
        <translation>データベースファイルまたは PostgreSQL の URL</translation>
    </message>
    <message>
        <source>PostgreSQL pass&amp;word:</source>
        <translation>PostgreSQL のパスワード(&amp;W):</translation>
    </message>
    <message>
        <source>PostgreSQL password</source>
        <translation>PostgreSQL のパスワード</translation>
    </message>
    <message>
        <source>Every tick received is recorded in this SQLite database, or in a PostgreSQL database given as postgresql://user@host:port/database. Leave it empty to use the default location. A new location takes effect the next time Tickerline starts.</source>
        <translation>受信したすべてのティックを、この SQLite データベース、または postgresql://user@host:port/database の形式で指定した PostgreSQL データベースに記録します。空欄にすると既定の場所を使います。新しい場所は Tickerline の次回起動時に反映されます。</translation>
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
        <translation>%1 が %2 を拒否しました</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 が失敗しました</translation>
    </message>
    <message>
        <source>%1 is rate-limited until %2</source>
        <translation>%1 は %2 までレート制限されています</translation>
    </message>
    <message>
        <source>%1 spent its request budget (%2 of %3), the next request at %4</source>
        <translation>%1 はリクエスト枠を使い切りました (%3 中 %2)。次のリクエストは %4 です</translation>
    </message>
    <message>
        <source>%1 unreachable after %2 attempts</source>
        <translation>%1 に %2 回試行しても接続できません</translation>
    </message>
    <message>
        <source>%1 is stale while the market of %2 is open</source>
        <translation>%2 の市場が取引中なのに %1 の更新が止まっています</translation>
    </message>
    <message>
        <source>%1 sent no tick of %2 for %3 s while its market is open</source>
        <translation>市場が取引中なのに %1 から %2 のティックが %3 秒間届いていません</translation>
    </message>
    <message>
        <source>%1 has recovered</source>
        <translation>%1 が復旧しました</translation>
    </message>
</context>
<context>
    <name>FeedStatus</name>
    <message>
        <source>Idle</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>接続中</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>ライブ</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>更新停止</translation>
    </message>
    <message>
        <source>Backing off</source>
        <translation>再試行待ち</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>server: %1, %2</source>
        <translation>サーバー: %1、%2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
</context>
<context>
    <name>JsonMapping</name>
    <message>
        <source>The %1 pointer &quot;%2&quot; is not a JSON pointer (RFC 6901)</source>
        <translation>%1 のポインター「%2」は JSON ポインター (RFC 6901) ではありません</translation>
    </message>
    <message>
        <source>Give either a symbol pointer or a fixed symbol.</source>
        <translation>シンボルのポインターか固定のシンボルのどちらかを指定してください。</translation>
    </message>
    <message>
        <source>The provider name is empty.</source>
        <translation>プロバイダー名が空です。</translation>
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
        <translation>ウォッチリスト</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV をインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV にエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Reset Chart Zoom</source>
        <translation>チャートのズームをリセット(&amp;R)</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;About Tickerline</source>
        <translation>Tickerline について(&amp;A)</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>チャート</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>アラート(&amp;A)</translation>
    </message>
    <message>
        <source>Export Chart as &amp;PNG…</source>
        <translation>チャートを PNG にエクスポート(&amp;P)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Export Chart as S&amp;VG…</source>
        <translation>チャートを SVG にエクスポート(&amp;V)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Copy Chart</source>
        <translation>チャートをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <source>&amp;Manage Alerts…</source>
        <translation>アラートの管理(&amp;M)…</translation>
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
        <translation>不明なチャート設定「%1」</translation>
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
        <translation>価格</translation>
    </message>
    <message>
        <source>MMM d</source>
        <extracomment>Time axis label at midnight, a QDateTime format: MMM month, d day</extracomment>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <extracomment>Time axis label for a month, a QDateTime format: MMM month, yyyy year</extracomment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source> % in view</source>
        <translation> %、表示範囲内</translation>
    </message>
</context>
<context>
    <name>ProviderChains</name>
    <message>
        <source>an empty provider name in “%1”</source>
        <translation>「%1」に空のプロバイダー名があります</translation>
    </message>
    <message>
        <source>unknown provider “%1” (tickerline-collector providers lists them)</source>
        <translation>不明なプロバイダー「%1」です (一覧は tickerline-collector providers で表示できます)</translation>
    </message>
    <message>
        <source>“%1” is no market data provider and cannot take part in failover</source>
        <translation>「%1」は市場データのプロバイダーではないため、フェイルオーバーに参加できません</translation>
    </message>
    <message>
        <source>“%1” is listed twice in “%2”</source>
        <translation>「%1」が「%2」に 2 回指定されています</translation>
    </message>
    <message>
        <source>more than one provider list for every symbol in “%1”</source>
        <translation>「%1」に全シンボル向けのプロバイダー一覧が複数あります</translation>
    </message>
    <message>
        <source>no symbol before “=” in “%1”</source>
        <translation>「%1」の「=」の前にシンボルがありません</translation>
    </message>
</context>
<context>
    <name>ProviderFeeds</name>
    <message>
        <source>%1 streams over WebSocket: the endpoint must be a ws:// or wss:// URL.</source>
        <translation>%1 は WebSocket で配信します。エンドポイントは ws:// または wss:// の URL にしてください。</translation>
    </message>
</context>
<context>
    <name>ProviderKeyRow</name>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
</context>
<context>
    <name>ProviderPage</name>
    <message>
        <source>&amp;Provider:</source>
        <translation>プロバイダー(&amp;P):</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API キー:</translation>
    </message>
    <message>
        <source>Poll &amp;interval:</source>
        <translation>ポーリング間隔(&amp;I):</translation>
    </message>
    <message>
        <source>Poll interval in seconds</source>
        <translation>ポーリング間隔 (秒)</translation>
    </message>
    <message>
        <source>How often a polling provider is asked for new quotes.</source>
        <translation>ポーリング型のプロバイダーに新しい相場を問い合わせる間隔です。</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Simulated &amp;rate:</source>
        <translation>シミュレーション速度(&amp;R):</translation>
    </message>
    <message>
        <source>Simulated ticks per second per symbol</source>
        <translation>シンボルごとの 1 秒あたりのシミュレーションティック数</translation>
    </message>
    <message>
        <source>How many ticks per second the simulated market makes for each symbol.</source>
        <translation>シミュレーション市場がシンボルごとに 1 秒あたり生成するティック数です。</translation>
    </message>
    <message>
        <source> ticks/s per symbol</source>
        <translation> ティック/秒 (シンボルごと)</translation>
    </message>
</context>
<context>
    <name>ProviderRegistry</name>
    <message>
        <source>Simulated market</source>
        <translation>シミュレーション市場</translation>
    </message>
    <message>
        <source>Built-in random-walk market for demos and tests; no network, no key.</source>
        <translation>デモやテスト用の内蔵ランダムウォーク市場です。ネットワークもキーも不要です。</translation>
    </message>
    <message>
        <source>Yahoo Finance</source>
        <translation>Yahoo Finance</translation>
    </message>
    <message>
        <source>Stocks, indices, funds, FX and crypto (AAPL, ^GSPC, VOD.L, EURUSD=X) every 15 s; gaps backfilled from 1-minute bars; no key.</source>
        <translation>株式、指数、ファンド、為替、暗号資産 (AAPL、^GSPC、VOD.L、EURUSD=X) を 15 秒ごとに取得。欠損は 1 分足で補完。キー不要。</translation>
    </message>
    <message>
        <source>Finnhub</source>
        <translation>Finnhub</translation>
    </message>
    <message>
        <source>Live US trades (IEX on the free plan) with sizes; names, logos and 52-week ranges over REST.</source>
        <translation>米国の約定をリアルタイムに数量付きで取得 (無料プランは IEX)。銘柄名、ロゴ、52 週レンジは REST で取得。</translation>
    </message>
    <message>
        <source>Alpha Vantage</source>
        <translation>Alpha Vantage</translation>
    </message>
    <message>
        <source>Delayed quotes; the free key&apos;s 25 requests a day are spread over the day.</source>
        <translation>遅延相場。無料キーの 1 日 25 回のリクエストを 1 日に分散して使います。</translation>
    </message>
    <message>
        <source>Twelve Data</source>
        <translation>Twelve Data</translation>
    </message>
    <message>
        <source>Live prices for stocks, FX (EUR/USD) and crypto; names and 52-week ranges over REST.</source>
        <translation>株式、為替 (EUR/USD)、暗号資産のリアルタイム価格。銘柄名と 52 週レンジは REST で取得。</translation>
    </message>
    <message>
        <source>Coinbase Exchange</source>
        <translation>Coinbase Exchange</translation>
    </message>
    <message>
        <source>Crypto trades (ticker channel, BTC-USD); gaps and reconnects backfilled from 1-minute candles; no key.</source>
        <translation>暗号資産の約定 (ticker チャネル、BTC-USD)。欠損と再接続の間は 1 分足のローソク足で補完。キー不要。</translation>
    </message>
    <message>
        <source>Binance</source>
        <translation>Binance</translation>
    </message>
    <message>
        <source>Crypto trades (BTCUSDT); renewed before the 24 h limit, reconnects backfilled from 1-minute klines; not served in restricted locations; no key.</source>
        <translation>暗号資産の約定 (BTCUSDT)。24 時間の制限前に接続を更新し、再接続の間は 1 分足の kline で補完。制限地域では利用不可。キー不要。</translation>
    </message>
    <message>
        <source>WebSocket JSON feed</source>
        <translation>WebSocket JSON フィード</translation>
    </message>
    <message>
        <source>Any JSON WebSocket: --endpoint ws(s)://…, optional --subscribe template, JSON pointers for symbol, price, time and size.</source>
        <translation>任意の JSON WebSocket: --endpoint ws(s)://…、任意で --subscribe テンプレート、シンボル・価格・時刻・数量の JSON ポインター。</translation>
    </message>
    <message>
        <source>Server-Sent Events JSON feed</source>
        <translation>Server-Sent Events JSON フィード</translation>
    </message>
    <message>
        <source>Any JSON event stream: --endpoint http(s)://…, JSON pointers for symbol, price, time and size.</source>
        <translation>任意の JSON イベントストリーム: --endpoint http(s)://…、シンボル・価格・時刻・数量の JSON ポインター。</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>リプレイ</translation>
    </message>
    <message>
        <source>Plays a CSV recording (the export format) back at N× speed: --replay FILE --speed N.</source>
        <translation>CSV 録画 (エクスポート形式) を N 倍速で再生します: --replay FILE --speed N。</translation>
    </message>
    <message>
        <source>Kraken</source>
        <translation>Kraken</translation>
    </message>
    <message>
        <source>Crypto trades over WebSocket v2 (BTC/USD; XBTUSD works too); reconnects backfilled from 1-minute OHLC; no key.</source>
        <translation>WebSocket v2 による暗号資産の約定 (BTC/USD。XBTUSD も可)。再接続の間は 1 分足の OHLC で補完。キー不要。</translation>
    </message>
    <message>
        <source>OKX</source>
        <translation>OKX</translation>
    </message>
    <message>
        <source>Crypto trades (BTC-USDT) over the v5 public WebSocket, kept open with a text ping; reconnects backfilled from 1-minute candles; no key.</source>
        <translation>v5 パブリック WebSocket による暗号資産の約定 (BTC-USDT)。テキストの ping で接続を維持。再接続の間は 1 分足のローソク足で補完。キー不要。</translation>
    </message>
    <message>
        <source>Bybit</source>
        <translation>Bybit</translation>
    </message>
    <message>
        <source>Crypto spot trades (BTCUSDT) over the v5 public WebSocket, kept open with its JSON ping; reconnects backfilled from 1-minute klines; no key.</source>
        <translation>v5 パブリック WebSocket による暗号資産の現物約定 (BTCUSDT)。JSON の ping で接続を維持。再接続の間は 1 分足の kline で補完。キー不要。</translation>
    </message>
    <message>
        <source>Bitstamp</source>
        <translation>Bitstamp</translation>
    </message>
    <message>
        <source>Crypto trades (btcusd, BTC/USD) over WebSocket v2; moves to a new connection when asked; reconnects backfilled from 1-minute OHLC; no key.</source>
        <translation>WebSocket v2 による暗号資産の約定 (btcusd、BTC/USD)。要求があれば新しい接続に移行。再接続の間は 1 分足の OHLC で補完。キー不要。</translation>
    </message>
    <message>
        <source>Tickerline server</source>
        <translation>Tickerline サーバー</translation>
    </message>
    <message>
        <source>Another Tickerline: a collector&apos;s `serve` (--endpoint ws://HOST:8765); ticks keep their provider, resumes without a gap; the read token only off this machine.</source>
        <translation>別の Tickerline：コレクターの `serve`（--endpoint ws://HOST:8765）。ティックは元のプロバイダーを保持し、欠落なく再開します。読み取りトークンはこのマシン外の場合のみ必要です。</translation>
    </message>
</context>
<context>
    <name>ProvidersPage</name>
    <message>
        <source>API keys are kept in the system keychain, never in Tickerline&apos;s settings file. Save and Remove act at once; OK and Cancel leave keys as they are.</source>
        <translation>API キーはシステムのキーチェーンに保管され、Tickerline の設定ファイルには書き込まれません。「保存」と「削除」はすぐに実行され、「OK」と「キャンセル」はキーを変更しません。</translation>
    </message>
    <message>
        <source>None of the providers in this version of Tickerline needs an API key.</source>
        <translation>このバージョンの Tickerline には API キーが必要なプロバイダーはありません。</translation>
    </message>
</context>
<context>
    <name>QuoteFreshness</name>
    <message>
        <source>Quotes: %1</source>
        <translation>相場: %1</translation>
    </message>
    <message>
        <source>Quotes from %1: %2</source>
        <translation>%1 の相場: %2</translation>
    </message>
    <message>
        <source>%1s</source>
        <translation>%1秒</translation>
    </message>
    <message>
        <source>%1m</source>
        <translation>%1分</translation>
    </message>
    <message>
        <source>%1h</source>
        <translation>%1時間</translation>
    </message>
    <message>
        <source>%1d</source>
        <translation>%1日</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No exchange calendar for this symbol</source>
        <translation>このシンボルには取引所カレンダーがありません</translation>
    </message>
    <message>
        <source>Trades around the clock</source>
        <translation>24 時間取引</translation>
    </message>
    <message>
        <source>Exchange time: %1</source>
        <translation>取引所の時刻: %1</translation>
    </message>
    <message>
        <source>Holiday: %1</source>
        <translation>休場日: %1</translation>
    </message>
    <message>
        <source>Closes %1</source>
        <translation>終了 %1</translation>
    </message>
    <message>
        <source>Opens %1</source>
        <translation>開始 %1</translation>
    </message>
    <message>
        <source>No quote yet</source>
        <translation>まだ相場がありません</translation>
    </message>
    <message>
        <source>Last quote: %1, %2 ago</source>
        <translation>最終相場: %1 (%2 前)</translation>
    </message>
    <message>
        <source>Stale: no new quote for a while although the market is trading</source>
        <translation>更新停止: 市場は取引中ですが、しばらく新しい相場がありません</translation>
    </message>
    <message>
        <source>The market is not trading: the last quote stays until it opens</source>
        <translation>市場は取引時間外です。取引が始まるまで最終相場が表示されます</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>設定ページ</translation>
    </message>
</context>
<context>
    <name>SimulatedProfile</name>
    <message>
        <source>%1 Corp. (simulated)</source>
        <translation>%1 社 (模擬)</translation>
    </message>
</context>
<context>
    <name>Symbol</name>
    <message>
        <source>The symbol is empty.</source>
        <translation>シンボルが空です。</translation>
    </message>
    <message>
        <source>The symbol is longer than %1 characters.</source>
        <translation>シンボルが %1 文字を超えています。</translation>
    </message>
    <message>
        <source>The symbol contains a space.</source>
        <translation>シンボルに空白が含まれています。</translation>
    </message>
    <message>
        <source>The character “%1” is not allowed in a symbol.</source>
        <translation>文字「%1」はシンボルに使えません。</translation>
    </message>
    <message>
        <source>The symbol needs at least one letter or digit.</source>
        <translation>シンボルには英字か数字が少なくとも 1 文字必要です。</translation>
    </message>
    <message>
        <source>No symbols given.</source>
        <translation>シンボルが指定されていません。</translation>
    </message>
</context>
<context>
    <name>SymbolSearch</name>
    <message>
        <source>Symbol search is not available for this provider.</source>
        <translation>このプロバイダーではシンボル検索を利用できません。</translation>
    </message>
    <message>
        <source>The provider answered HTTP %1.</source>
        <translation>プロバイダーの応答は HTTP %1 でした。</translation>
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
        <translation>サーバーがトークンを拒否しました</translation>
    </message>
    <message>
        <source>Tickerline server: the URL must start with ws://, wss://, http:// or https:// (ws://127.0.0.1:8765).</source>
        <translation>Tickerline サーバー：URL は ws://、wss://、http://、https:// のいずれかで始まる必要があります（ws://127.0.0.1:8765）。</translation>
    </message>
    <message>
        <source>Tickerline server: no PEM certificate in “%1”.</source>
        <translation>Tickerline サーバー: 「%1」に PEM 証明書がありません。</translation>
    </message>
</context>
<context>
    <name>TickersPage</name>
    <message>
        <source>&amp;Watchlist, in display order:</source>
        <translation>ウォッチリスト (表示順)(&amp;W):</translation>
    </message>
    <message>
        <source>Watchlist symbols</source>
        <translation>ウォッチリストのシンボル</translation>
    </message>
    <message>
        <source>Move symbol up</source>
        <translation>シンボルを上へ移動</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上へ(&amp;U)</translation>
    </message>
    <message>
        <source>Move symbol down</source>
        <translation>シンボルを下へ移動</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>下へ(&amp;D)</translation>
    </message>
    <message>
        <source>Remove symbol</source>
        <translation>シンボルを削除</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>New &amp;symbol:</source>
        <translation>新しいシンボル(&amp;S):</translation>
    </message>
    <message>
        <source>New symbol</source>
        <translation>新しいシンボル</translation>
    </message>
    <message>
        <source>e.g. BRK-B or BTC-USD</source>
        <translation>例: BRK-B、BTC-USD</translation>
    </message>
    <message>
        <source>Add symbol</source>
        <translation>シンボルを追加</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
</context>
<context>
    <name>Watchlists</name>
    <message>
        <source>A watchlist needs a name.</source>
        <translation>ウォッチリストには名前が必要です。</translation>
    </message>
    <message>
        <source>A watchlist name has at most %1 characters.</source>
        <translation>ウォッチリストの名前は %1 文字以内です。</translation>
    </message>
    <message>
        <source>There is already a watchlist called &quot;%1&quot;.</source>
        <translation>「%1」という名前のウォッチリストはすでにあります。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Live market quotes: watchlist, charts, tick recording.</source>
        <translation>リアルタイムの相場: ウォッチリスト、チャート、ティック記録。</translation>
    </message>
    <message>
        <source>Use the simulated market, on the watchlist in Settings unless --symbols is given.</source>
        <translation>シミュレーション市場を使います (--symbols がなければ設定のウォッチリスト)。</translation>
    </message>
    <message>
        <source>Watch these symbols, comma-separated.</source>
        <translation>これらのシンボルを監視します (カンマ区切り)。</translation>
    </message>
    <message>
        <source>Quote provider (%1).</source>
        <translation>相場プロバイダー (%1)。</translation>
    </message>
    <message>
        <source>Render the main window to a PNG once data is shown, then exit.</source>
        <translation>データが表示されたらメインウィンドウを PNG に保存して終了します。</translation>
    </message>
    <message>
        <source>unexpected argument “%1”.</source>
        <translation>予期しない引数「%1」です。</translation>
    </message>
    <message>
        <source>unknown provider “%1”; available: %2.</source>
        <translation>不明なプロバイダー「%1」です。利用可能: %2。</translation>
    </message>
    <message>
        <source>--demo uses the simulated market; it cannot be combined with --provider %1.</source>
        <translation>--demo はシミュレーション市場を使うため、--provider %1 とは併用できません。</translation>
    </message>
    <message>
        <source>--database needs a path or URL.</source>
        <translation>--database にはパスか URL が必要です。</translation>
    </message>
    <message>
        <source>--screenshot: the folder of “%1” does not exist.</source>
        <translation>--screenshot: 「%1」のフォルダーが存在しません。</translation>
    </message>
    <message>
        <source>could not write the screenshot to “%1”.</source>
        <translation>スクリーンショットを「%1」に書き込めませんでした。</translation>
    </message>
    <message>
        <source>no data to show within %1 s; no screenshot written.</source>
        <translation>%1 秒以内に表示するデータがありません。スクリーンショットは書き込まれていません。</translation>
    </message>
    <message>
        <source>Show the interface in this language (%1, or “system”) instead of the one chosen in Settings.</source>
        <translation>インターフェースをこの言語 (%1、または「system」) で表示します。設定で選んだ言語より優先されます。</translation>
    </message>
    <message>
        <source>unknown language “%1”; available: %2, system.</source>
        <translation>不明な言語「%1」です。利用可能: %2、system。</translation>
    </message>
    <message>
        <source>no translation for “%1”; showing English texts.</source>
        <translation>「%1」の翻訳がありません。英語で表示します。</translation>
    </message>
    <message>
        <source>Database file, or postgresql://user@host:port/db (password from PGPASSWORD); a PostgreSQL database without --provider or --demo opens as a live viewer of what a tickerline-collector records there.</source>
        <translation>データベースファイル、または postgresql://user@host:port/db (パスワードは PGPASSWORD から)。--provider も --demo も指定せずに PostgreSQL データベースを開くと、tickerline-collector がそこに記録する内容をライブで表示します。</translation>
    </message>
    <message>
        <source>Show the line or the candle chart (line, candles), as the chart&apos;s switch does.</source>
        <translation>ラインチャートまたはローソク足チャートを表示します (line、candles)。チャートの切り替えボタンと同じです。</translation>
    </message>
    <message>
        <source>--chart: “%1” is neither line nor candles.</source>
        <translation>--chart: 「%1」は line でも candles でもありません。</translation>
    </message>
    <message>
        <source>For screenshots and tests: start the app&apos;s clock at this instant (ISO 8601, e.g. 2026-12-05T15:00:00Z) instead of now.</source>
        <translation>スクリーンショットとテスト用: アプリの時計を現在時刻ではなくこの時点 (ISO 8601、例: 2026-12-05T15:00:00Z) から開始します。</translation>
    </message>
    <message>
        <source>--clock: “%1” is not an ISO 8601 time such as 2026-12-05T15:00:00Z.</source>
        <translation>--clock: 「%1」は 2026-12-05T15:00:00Z のような ISO 8601 の時刻ではありません。</translation>
    </message>
    <message>
        <source>no stored history within %1 s; the screenshot shows live prices only.</source>
        <translation>%1 秒以内に保存済みの履歴がありません。スクリーンショットはライブ価格のみを表示します。</translation>
    </message>
</context>
<context>
    <name>tickerline</name>
    <message>
        <source>--%1 needs a positive number of seconds, got “%2”.</source>
        <translation>--%1 には正の秒数が必要ですが、「%2」が指定されました。</translation>
    </message>
    <message>
        <source>--%1 needs an ISO-8601 time such as 2026-11-24T14:00:00Z, got “%2”.</source>
        <translation>--%1 には 2026-11-24T14:00:00Z のような ISO 8601 形式の時刻が必要ですが、「%2」が指定されました。</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>予期しない引数「%1」です。</translation>
    </message>
    <message>
        <source>--provider replay needs --replay FILE.csv (a recording as export writes it).</source>
        <translation>--provider replay には --replay FILE.csv (export が書き出す形式の録画) が必要です。</translation>
    </message>
    <message>
        <source>--replay: cannot read “%1”.</source>
        <translation>--replay: 「%1」を読み込めません。</translation>
    </message>
    <message>
        <source>--speed needs a number from 0 (as fast as possible) to 1000000, got “%1”.</source>
        <translation>--speed には 0 (最速) から 1000000 までの数値が必要ですが、「%1」が指定されました。</translation>
    </message>
    <message>
        <source>--provider %1 needs --price-pointer P (a JSON pointer such as /p).</source>
        <translation>--provider %1 には --price-pointer P (/p のような JSON ポインター) が必要です。</translation>
    </message>
    <message>
        <source>--time-unit needs s, ms, us or iso, got “%1”.</source>
        <translation>--time-unit には s、ms、us、iso のいずれかが必要ですが、「%1」が指定されました。</translation>
    </message>
    <message>
        <source>Bad --provider %1 options: %2</source>
        <translation>--provider %1 のオプションが正しくありません: %2</translation>
    </message>
    <message>
        <source>--%1 is only for --provider sse or websocket-json.</source>
        <translation>--%1 は --provider sse または websocket-json 専用です。</translation>
    </message>
    <message>
        <source>--%1 is only for --provider replay.</source>
        <translation>--%1 は --provider replay 専用です。</translation>
    </message>
    <message>
        <source>Provider name.</source>
        <translation>プロバイダー名。</translation>
    </message>
    <message>
        <source>Comma-separated symbols.</source>
        <translation>カンマ区切りのシンボル。</translation>
    </message>
    <message>
        <source>Base URL replacing the provider&apos;s.</source>
        <translation>プロバイダーの URL の代わりに使うベース URL。</translation>
    </message>
    <message>
        <source>Stop after this many seconds.</source>
        <translation>この秒数が経過したら停止します。</translation>
    </message>
    <message>
        <source>Seconds between polls.</source>
        <translation>ポーリングの間隔 (秒)。</translation>
    </message>
    <message>
        <source>Seconds without data before a feed is stale.</source>
        <translation>フィードが更新停止とみなされるまでのデータなしの秒数。</translation>
    </message>
    <message>
        <source>Simulated ticks per second per symbol.</source>
        <translation>シンボルごとの 1 秒あたりのシミュレーションティック数。</translation>
    </message>
    <message>
        <source>Seed of the simulated market.</source>
        <translation>シミュレーション市場のシード値。</translation>
    </message>
    <message>
        <source>Subscribe template (sse, websocket-json).</source>
        <translation>購読テンプレート (sse、websocket-json)。</translation>
    </message>
    <message>
        <source>JSON pointer to the items.</source>
        <translation>項目を指す JSON ポインター。</translation>
    </message>
    <message>
        <source>JSON pointer to an item&apos;s symbol.</source>
        <translation>項目のシンボルを指す JSON ポインター。</translation>
    </message>
    <message>
        <source>JSON pointer to an item&apos;s price.</source>
        <translation>項目の価格を指す JSON ポインター。</translation>
    </message>
    <message>
        <source>JSON pointer to an item&apos;s time.</source>
        <translation>項目の時刻を指す JSON ポインター。</translation>
    </message>
    <message>
        <source>JSON pointer to an item&apos;s size.</source>
        <translation>項目の数量を指す JSON ポインター。</translation>
    </message>
    <message>
        <source>Unit of the time: s, ms, us or iso.</source>
        <translation>時刻の単位: s、ms、us、iso。</translation>
    </message>
    <message>
        <source>CSV recording to replay.</source>
        <translation>再生する CSV 録画。</translation>
    </message>
    <message>
        <source>Replay speed; 0: as fast as possible.</source>
        <translation>再生速度。0 は最速。</translation>
    </message>
    <message>
        <source>record needs --provider NAME (see `tickerline-collector providers`).</source>
        <translation>record には --provider NAME が必要です (`tickerline-collector providers` を参照)。</translation>
    </message>
    <message>
        <source>Unknown provider “%1” (see `tickerline-collector providers`).</source>
        <translation>不明なプロバイダー「%1」です (`tickerline-collector providers` を参照)。</translation>
    </message>
    <message>
        <source>record needs --symbols A,B.</source>
        <translation>record には --symbols A,B が必要です。</translation>
    </message>
    <message>
        <source>Bad --symbols: %1</source>
        <translation>--symbols が正しくありません: %1</translation>
    </message>
    <message>
        <source>--endpoint needs an http(s):// or ws(s):// URL, got “%1”.</source>
        <translation>--endpoint には http(s):// または ws(s):// の URL が必要ですが、「%1」が指定されました。</translation>
    </message>
    <message>
        <source>--rate needs a number of ticks per second between 0 and 10000000.</source>
        <translation>--rate には 0 から 10000000 までの 1 秒あたりのティック数が必要です。</translation>
    </message>
    <message>
        <source>--seed needs a positive whole number.</source>
        <translation>--seed には正の整数が必要です。</translation>
    </message>
    <message>
        <source>Start time, ISO-8601.</source>
        <translation>開始時刻 (ISO 8601)。</translation>
    </message>
    <message>
        <source>End time, ISO-8601.</source>
        <translation>終了時刻 (ISO 8601)。</translation>
    </message>
    <message>
        <source>Output format (csv).</source>
        <translation>出力形式 (csv)。</translation>
    </message>
    <message>
        <source>export needs --database PATH.</source>
        <translation>export には --database PATH が必要です。</translation>
    </message>
    <message>
        <source>export needs --format csv.</source>
        <translation>export には --format csv が必要です。</translation>
    </message>
    <message>
        <source>Unknown --format “%1”; supported: csv.</source>
        <translation>不明な --format「%1」です。対応形式: csv。</translation>
    </message>
    <message>
        <source>--to is before --from.</source>
        <translation>--to が --from より前です。</translation>
    </message>
    <message>
        <source>Import the good rows when some are bad.</source>
        <translation>不正な行があっても正しい行をインポートします。</translation>
    </message>
    <message>
        <source>CSV file.</source>
        <translation>CSV ファイル。</translation>
    </message>
    <message>
        <source>import needs --database PATH.</source>
        <translation>import には --database PATH が必要です。</translation>
    </message>
    <message>
        <source>import needs the CSV file to read.</source>
        <translation>import には読み込む CSV ファイルが必要です。</translation>
    </message>
    <message>
        <source>providers takes no arguments.</source>
        <translation>providers は引数を取りません。</translation>
    </message>
    <message>
        <source>A WebSocket JSON feed needs an endpoint (ws:// or wss://).</source>
        <translation>WebSocket JSON フィードにはエンドポイント (ws:// または wss://) が必要です。</translation>
    </message>
    <message>
        <source>An SSE feed needs an endpoint (http:// or https://).</source>
        <translation>SSE フィードにはエンドポイント (http:// または https://) が必要です。</translation>
    </message>
    <message>
        <source>A WebSocket JSON feed needs a ws:// or wss:// endpoint.</source>
        <translation>WebSocket JSON フィードには ws:// または wss:// のエンドポイントが必要です。</translation>
    </message>
    <message>
        <source>An SSE feed needs an http:// or https:// endpoint.</source>
        <translation>SSE フィードには http:// または https:// のエンドポイントが必要です。</translation>
    </message>
    <message>
        <source>An SSE feed has one stream: its subscribe template takes {symbols}, not {symbol}.</source>
        <translation>SSE フィードのストリームは 1 本だけです。購読テンプレートには {symbol} ではなく {symbols} を使ってください。</translation>
    </message>
    <message>
        <source>Give a symbol pointer, or exactly one symbol for a single-symbol feed.</source>
        <translation>シンボルのポインターを指定するか、単一シンボルのフィードならシンボルを 1 つだけ指定してください。</translation>
    </message>
    <message>
        <source>Replay needs a CSV recording as a file:// URL (tickerline-collector: --replay FILE).</source>
        <translation>リプレイには file:// URL 形式の CSV 録画が必要です (tickerline-collector: --replay FILE)。</translation>
    </message>
    <message>
        <source>The replay speed must be 0 (as fast as possible) or more.</source>
        <translation>再生速度は 0 (最速) 以上にしてください。</translation>
    </message>
    <message>
        <source>--database: %1.</source>
        <translation>--database: %1。</translation>
    </message>
    <message>
        <source>--database takes a SQLite file path or a postgresql://user@host:port/database URL.</source>
        <translation>--database には SQLite ファイルのパスか postgresql://user@host:port/database 形式の URL を指定します。</translation>
    </message>
    <message>
        <source>SQLite file or postgresql://user@host:port/database (password from PGPASSWORD).</source>
        <translation>SQLite ファイルまたは postgresql://user@host:port/database (パスワードは PGPASSWORD から)。</translation>
    </message>
    <message>
        <source>SQLite file or postgresql:// URL.</source>
        <translation>SQLite ファイルまたは postgresql:// の URL。</translation>
    </message>
    <message>
        <source>SQLite file (created if missing) or postgresql:// URL.</source>
        <translation>SQLite ファイル (存在しなければ作成) または postgresql:// の URL。</translation>
    </message>
    <message>
        <source>Choose a symbol.</source>
        <translation>シンボルを選んでください。</translation>
    </message>
    <message>
        <source>“%1” is not on the watchlist; add it in Settings first.</source>
        <translation>「%1」はウォッチリストにありません。先に設定で追加してください。</translation>
    </message>
    <message>
        <source>The price level must be above zero.</source>
        <translation>指定価格は 0 より大きくしてください。</translation>
    </message>
    <message>
        <source>The move must be more than 0 %.</source>
        <translation>変動幅は 0 % より大きくしてください。</translation>
    </message>
    <message>
        <source>The time window must be longer than 0 seconds.</source>
        <translation>期間は 0 秒より長くしてください。</translation>
    </message>
    <message>
        <source>The silence must be longer than 0 seconds.</source>
        <translation>ティックなしの時間は 0 秒より長くしてください。</translation>
    </message>
    <message>
        <source>The cool-down must be longer than 0 seconds.</source>
        <translation>クールダウンは 0 秒より長くしてください。</translation>
    </message>
    <message>
        <source>%1 at or above %2</source>
        <translation>%1 が %2 以上</translation>
    </message>
    <message>
        <source>%1 at or below %2</source>
        <translation>%1 が %2 以下</translation>
    </message>
    <message>
        <source>%1 moves ±%2 % within %3 s</source>
        <translation>%1 が %3 秒以内に ±%2 % 変動</translation>
    </message>
    <message>
        <source>%1 crosses its 52-week high</source>
        <translation>%1 が 52 週高値を上抜け</translation>
    </message>
    <message>
        <source>%1 crosses its 52-week low</source>
        <translation>%1 が 52 週安値を下抜け</translation>
    </message>
    <message>
        <source>No tick from the feed for %1 s</source>
        <translation>フィードからのティックが %1 秒間なし</translation>
    </message>
    <message>
        <source>No tick for %1 for %2 s</source>
        <translation>%1 のティックが %2 秒間なし</translation>
    </message>
    <message>
        <source>Price at or above</source>
        <translation>価格が指定値以上</translation>
    </message>
    <message>
        <source>Price at or below</source>
        <translation>価格が指定値以下</translation>
    </message>
    <message>
        <source>Move within a time window</source>
        <translation>一定期間内の変動</translation>
    </message>
    <message>
        <source>Crosses the 52-week high</source>
        <translation>52 週高値を上抜け</translation>
    </message>
    <message>
        <source>Crosses the 52-week low</source>
        <translation>52 週安値を下抜け</translation>
    </message>
    <message>
        <source>No ticks (stale feed)</source>
        <translation>ティックなし (フィードの更新停止)</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>1 回のみ</translation>
    </message>
    <message>
        <source>Again once the condition was false</source>
        <translation>条件が解除された後に再度</translation>
    </message>
    <message>
        <source>Again after a cool-down</source>
        <translation>クールダウン後に再度</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 は有効な JSON ではありません: %2</translation>
    </message>
    <message>
        <source>%1d</source>
        <comment>candle interval in days</comment>
        <translation>%1日</translation>
    </message>
    <message>
        <source>%1h</source>
        <comment>candle interval in hours</comment>
        <translation>%1時間</translation>
    </message>
    <message>
        <source>%1m</source>
        <comment>candle interval in minutes</comment>
        <translation>%1分</translation>
    </message>
    <message>
        <source>%1s</source>
        <comment>candle interval in seconds</comment>
        <translation>%1秒</translation>
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
        <translation>BB(%1, %2) %3</translation>
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
        <translation>--%1 には --provider NAME が必要です。</translation>
    </message>
    <message>
        <source>serve records into a SQLite file; serving from a PostgreSQL database is not supported yet.</source>
        <translation>serve は SQLite ファイルに記録します。PostgreSQL データベースからの配信はまだサポートされていません。</translation>
    </message>
    <message>
        <source>Missing command: record, serve, push, export, import or providers (try --help).</source>
        <translation>コマンドがありません: record、serve、push、export、import、providers のいずれかを指定してください (--help を参照)。</translation>
    </message>
    <message>
        <source>Unknown command “%1”: use record, serve, push, export, import or providers.</source>
        <translation>不明なコマンド「%1」です。record、serve、push、export、import、providers のいずれかを使ってください。</translation>
    </message>
    <message>
        <source>bad symbol: %1</source>
        <translation>不正なシンボル: %1</translation>
    </message>
    <message>
        <source>bad time “%1” (UTC milliseconds or ISO-8601)</source>
        <translation>不正な時刻「%1」(UTC のミリ秒または ISO 8601)</translation>
    </message>
    <message>
        <source>bad price “%1”</source>
        <translation>不正な価格「%1」</translation>
    </message>
    <message>
        <source>bad size “%1”</source>
        <translation>不正な数量「%1」</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>標準入力</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>expected symbol,time,price,volume</source>
        <translation>symbol,time,price,volume の形式が必要です</translation>
    </message>
    <message>
        <source>Serving collector&apos;s address (default 127.0.0.1).</source>
        <translation>配信するコレクターのアドレス (既定値 127.0.0.1)。</translation>
    </message>
    <message>
        <source>Its port (default 8765).</source>
        <translation>そのポート (既定値 8765)。</translation>
    </message>
    <message>
        <source>File holding the publish token.</source>
        <translation>発行トークンを格納したファイル。</translation>
    </message>
    <message>
        <source>Messages to send.</source>
        <translation>送信するメッセージ数。</translation>
    </message>
    <message>
        <source>Seconds between messages.</source>
        <translation>メッセージの間隔 (秒)。</translation>
    </message>
    <message>
        <source>Ticks to send: CSV as export writes it, or JSON lines; - for standard input.</source>
        <translation>送信するティック: export が書き出す形式の CSV または JSON Lines。- で標準入力。</translation>
    </message>
    <message>
        <source>Ticks per message.</source>
        <translation>1 メッセージあたりのティック数。</translation>
    </message>
    <message>
        <source>Symbols of generated ticks (default PUSH).</source>
        <translation>生成するティックのシンボル (既定値 PUSH)。</translation>
    </message>
    <message>
        <source>Provider name the ticks are stored under (default push).</source>
        <translation>ティックを保存するときのプロバイダー名 (既定値 push)。</translation>
    </message>
    <message>
        <source>Give up after this many seconds without an acknowledgement.</source>
        <translation>確認応答がないままこの秒数が経過したら中止します。</translation>
    </message>
    <message>
        <source>Print every acknowledgement.</source>
        <translation>すべての確認応答を表示します。</translation>
    </message>
    <message>
        <source>--host needs an address.</source>
        <translation>--host にはアドレスが必要です。</translation>
    </message>
    <message>
        <source>--port needs a port number from 1 to 65535.</source>
        <translation>--port には 1 から 65535 までのポート番号が必要です。</translation>
    </message>
    <message>
        <source>push needs either --count N or --file FILE.</source>
        <translation>push には --count N か --file FILE のどちらかが必要です。</translation>
    </message>
    <message>
        <source>--count needs a whole number from 1 to 100000000.</source>
        <translation>--count には 1 から 100000000 までの整数が必要です。</translation>
    </message>
    <message>
        <source>--symbols is for generated ticks (--count); a file names its own.</source>
        <translation>--symbols は生成するティック (--count) 用です。ファイルでは各行にシンボルがあります。</translation>
    </message>
    <message>
        <source>--delay needs a number of seconds from 0 to 3600.</source>
        <translation>--delay には 0 から 3600 までの秒数が必要です。</translation>
    </message>
    <message>
        <source>--batch needs a whole number from 1 to 10000.</source>
        <translation>--batch には 1 から 10000 までの整数が必要です。</translation>
    </message>
    <message>
        <source>--provider needs 1 to 32 of a-z 0-9 _ -.</source>
        <translation>--provider には a-z 0-9 _ - からなる 1 から 32 文字が必要です。</translation>
    </message>
    <message>
        <source>--timeout needs a positive number of seconds.</source>
        <translation>--timeout には正の秒数が必要です。</translation>
    </message>
    <message>
        <source>--token-file: %1.</source>
        <translation>--token-file: %1。</translation>
    </message>
    <message>
        <source>--%1 needs a whole number from %2 to %3, got “%4”.</source>
        <translation>--%1 には %2 から %3 までの整数が必要ですが、「%4」が指定されました。</translation>
    </message>
    <message>
        <source>--%1: %2.</source>
        <translation>--%1: %2。</translation>
    </message>
    <message>
        <source>%1 is shorter than 16 characters.</source>
        <translation>%1 が 16 文字未満です。</translation>
    </message>
    <message>
        <source>Address and port to serve on (default 127.0.0.1:8765).</source>
        <translation>配信するアドレスとポート (既定値 127.0.0.1:8765)。</translation>
    </message>
    <message>
        <source>File holding the read token.</source>
        <translation>読み取りトークンを格納したファイル。</translation>
    </message>
    <message>
        <source>Most clients at once.</source>
        <translation>同時接続クライアント数の上限。</translation>
    </message>
    <message>
        <source>Most symbols one client may subscribe to.</source>
        <translation>1 クライアントが購読できるシンボル数の上限。</translation>
    </message>
    <message>
        <source>Largest message a client may send.</source>
        <translation>クライアントが送信できるメッセージの最大サイズ。</translation>
    </message>
    <message>
        <source>Most ticks per second one publisher may send.</source>
        <translation>1 つの発行元が送信できる 1 秒あたりのティック数の上限。</translation>
    </message>
    <message>
        <source>Unsent bytes after which a slow client is cut.</source>
        <translation>低速なクライアントを切断する未送信バイト数。</translation>
    </message>
    <message>
        <source>Seconds between heartbeats.</source>
        <translation>ハートビートの間隔 (秒)。</translation>
    </message>
    <message>
        <source>Web page origin allowed to connect (repeatable), e.g. https://example.org.</source>
        <translation>接続を許可する Web ページのオリジン (複数指定可)。例: https://example.org。</translation>
    </message>
    <message>
        <source>--listen needs HOST:PORT with a numeric address, e.g. 127.0.0.1:8765, got “%1”.</source>
        <translation>--listen には 127.0.0.1:8765 のような数値アドレスの HOST:PORT が必要ですが、「%1」が指定されました。</translation>
    </message>
    <message>
        <source>--listen %1 is reachable from other machines: serving there needs a read token (--token-file FILE or TICKERLINE_READ_TOKEN).</source>
        <translation>--listen %1 は他のマシンから接続できます。そこで配信するには読み取りトークン (--token-file FILE または TICKERLINE_READ_TOKEN) が必要です。</translation>
    </message>
    <message>
        <source>--heartbeat needs a number of seconds from 0.05 to 3600, got “%1”.</source>
        <translation>--heartbeat には 0.05 から 3600 までの秒数が必要ですが、「%1」が指定されました。</translation>
    </message>
    <message>
        <source>--allow-origin needs an origin such as https://example.org (scheme and host, no path), got “%1”.</source>
        <translation>--allow-origin には https://example.org のようなオリジン (スキームとホスト、パスなし) が必要ですが、「%1」が指定されました。</translation>
    </message>
    <message>
        <source>cannot read the token file %1: %2</source>
        <translation>トークンファイル %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>the token in %1 is shorter than %2 characters</source>
        <translation>%1 のトークンが %2 文字未満です</translation>
    </message>
    <message>
        <source>Bad --failover: %1.</source>
        <translation>--failover が不正です: %1。</translation>
    </message>
    <message>
        <source>--failover needs providers, e.g. --failover coinbase,binance or --failover auto.</source>
        <translation>--failover にはプロバイダーを指定してください (例: --failover coinbase,binance または --failover auto)。</translation>
    </message>
    <message>
        <source>--provider %1 and --failover disagree: put %1 first in --failover, or leave --provider out.</source>
        <translation>--provider %1 と --failover が一致しません。--failover の先頭に %1 を置くか、--provider を省略してください。</translation>
    </message>
    <message>
        <source>Providers in order of preference: P1,P2, auto, or SYM=P1,P2 entries joined by &apos;;&apos;.</source>
        <translation>優先順のプロバイダー: P1,P2、auto、または &apos;;&apos; で区切った SYM=P1,P2 の指定。</translation>
    </message>
    <message>
        <source>Connect with TLS (wss://), trusting the system&apos;s CAs.</source>
        <translation>システムの CA を信頼して TLS (wss://) で接続します。</translation>
    </message>
    <message>
        <source>Connect with TLS and trust the CA certificates in this PEM file too (e.g. a self-signed server&apos;s).</source>
        <translation>TLS で接続し、この PEM ファイルの CA 証明書 (自己署名サーバーの証明書など) も信頼します。</translation>
    </message>
    <message>
        <source>--ca: %1.</source>
        <translation>--ca: %1。</translation>
    </message>
    <message>
        <source>Serve TLS (wss://, https://) with this PEM certificate (chain).</source>
        <translation>この PEM 証明書 (チェーン) で TLS (wss://、https://) を提供します。</translation>
    </message>
    <message>
        <source>The certificate&apos;s PEM private key.</source>
        <translation>証明書の PEM 秘密鍵。</translation>
    </message>
    <message>
        <source>--cert and --key go together.</source>
        <translation>--cert と --key は一緒に指定してください。</translation>
    </message>
    <message>
        <source>TLS: %1.</source>
        <translation>TLS: %1。</translation>
    </message>
    <message>
        <source>this build has no TLS backend (Qt found no OpenSSL)</source>
        <translation>このビルドには TLS バックエンドがありません (Qt が OpenSSL を見つけられませんでした)</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 に PEM 証明書がありません</translation>
    </message>
    <message>
        <source>%1 holds no unencrypted PEM private key (RSA or EC)</source>
        <translation>%1 に暗号化されていない PEM 秘密鍵 (RSA または EC) がありません</translation>
    </message>
    <message>
        <source>--ca is only for --provider tickerline (a serving collector on wss://).</source>
        <translation>--ca は --provider tickerline（wss:// で配信するコレクター）専用です。</translation>
    </message>
    <message>
        <source>Trust the CA certificates in this PEM file too (tickerline on wss://, e.g. a self-signed server&apos;s).</source>
        <translation>この PEM ファイルの CA 証明書も信頼します（wss:// の tickerline、例: 自己署名のサーバー）。</translation>
    </message>
</context>
<context>
    <name>tickerline::AboutDialog</name>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (%2 でビルド)</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>コンポーネント</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>About Tickerline</source>
        <translation>Tickerline について</translation>
    </message>
    <message>
        <source>Live market quotes: a watchlist, price charts and a tick database.</source>
        <translation>リアルタイムの相場: ウォッチリスト、価格チャート、ティックデータベース。</translation>
    </message>
    <message>
        <source>Copyright © 2026 The Tickerline developers.</source>
        <translation>Copyright © 2026 Tickerline 開発者</translation>
    </message>
    <message>
        <source>Versions and licences</source>
        <translation>バージョンとライセンス</translation>
    </message>
    <message>
        <source>Tickerline&apos;s own source code is under the MIT licence. Qt Charts is used under the GNU GPL version 3 (a commercial Qt licence is the alternative), so the program as distributed is covered by the GPL version 3 as a whole.</source>
        <translation>Tickerline 独自のソースコードは MIT ライセンスです。Qt Charts は GNU GPL バージョン 3 で利用しているため (代わりに Qt の商用ライセンスも選べます)、配布されるプログラム全体には GPL バージョン 3 が適用されます。</translation>
    </message>
    <message>
        <source>Running on %1 (%2), Qt platform “%3”.</source>
        <translation>%1 (%2) 上で動作中、Qt プラットフォーム「%3」。</translation>
    </message>
    <message>
        <source>&amp;Copy Versions</source>
        <translation>バージョンをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the versions above as plain text, for a bug report.</source>
        <translation>上記のバージョンをプレーンテキストでコピーします (バグ報告用)。</translation>
    </message>
    <message>
        <source>Qt (Core, GUI, Widgets, Network, SQL, SVG, WebSockets)</source>
        <translation>Qt (Core, GUI, Widgets, Network, SQL, SVG, WebSockets)</translation>
    </message>
    <message>
        <source>LGPL-3.0 (or commercial)</source>
        <translation>LGPL-3.0 (または商用)</translation>
    </message>
    <message>
        <source>GPL-3.0 (or commercial)</source>
        <translation>GPL-3.0 (または商用)</translation>
    </message>
    <message>
        <source>Public domain</source>
        <translation>パブリックドメイン</translation>
    </message>
    <message>
        <source>System: %1 (%2), Qt platform %3</source>
        <translation>システム: %1 (%2)、Qt プラットフォーム %3</translation>
    </message>
</context>
<context>
    <name>tickerline::AlertBanner</name>
    <message>
        <source>Alert</source>
        <translation>アラート</translation>
    </message>
    <message>
        <source>Show Log</source>
        <translation>履歴を表示</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message numerus="yes">
        <source>(%n more in the log)</source>
        <translation>
            <numerusform>(ほか %n 件は履歴を参照)</numerusform>
        </translation>
    </message>
    <message>
        <source>Alert: %1</source>
        <translation>アラート: %1</translation>
    </message>
</context>
<context>
    <name>tickerline::AlertCenter</name>
    <message>
        <source>Could not read the alert rules: %1</source>
        <translation>アラートのルールを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>アラート</translation>
    </message>
    <message>
        <source>Alert: %1</source>
        <translation>アラート: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — last %2 at %3</source>
        <translation>%1 — 現在値 %2 (%3)</translation>
    </message>
    <message>
        <source>Could not save the alert rules: %1</source>
        <translation>アラートのルールを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Could not write the alerts log: %1</source>
        <translation>アラート履歴を書き込めませんでした: %1</translation>
    </message>
</context>
<context>
    <name>tickerline::AlertDialog</name>
    <message>
        <source>the whole feed</source>
        <translation>フィード全体</translation>
    </message>
    <message>
        <source>%1 (off)</source>
        <translation>%1 (無効)</translation>
    </message>
    <message>
        <source>Last fired %1</source>
        <translation>最終発動: %1</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>新しいルール</translation>
    </message>
</context>
<context>
    <name>tickerline::AlertLogDock</name>
    <message>
        <source>Alerts Log</source>
        <translation>アラート履歴</translation>
    </message>
    <message>
        <source>Alerts log</source>
        <translation>アラート履歴</translation>
    </message>
</context>
<context>
    <name>tickerline::AlertLogModel</name>
    <message>
        <source>Tick at %1: %2 × %3</source>
        <translation>%1 のティック: %2 × %3</translation>
    </message>
    <message>
        <source>No tick had arrived.</source>
        <translation>ティックはまだ届いていませんでした。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>シンボル</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>アラート</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>価格</translation>
    </message>
</context>
<context>
    <name>tickerline::AlertTrayNotifier</name>
    <message>
        <source>Tickerline alerts</source>
        <translation>Tickerline のアラート</translation>
    </message>
</context>
<context>
    <name>tickerline::AppearancePage</name>
    <message>
        <source>Appearance</source>
        <translation>外観</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの言語</translation>
    </message>
</context>
<context>
    <name>tickerline::CandleChart</name>
    <message>
        <source>Candles</source>
        <translation>ローソク足</translation>
    </message>
    <message>
        <source>Candle symbol</source>
        <translation>ローソク足のシンボル</translation>
    </message>
    <message>
        <source>Symbol:</source>
        <translation>シンボル:</translation>
    </message>
    <message>
        <source>%1 candles</source>
        <translation>%1足</translation>
    </message>
    <message>
        <source>%1 candles (%2 would be more than %3 candles in this range)</source>
        <translation>%1足 (%2足ではこの期間のローソク足が %3 本を超えるため)</translation>
    </message>
</context>
<context>
    <name>tickerline::CandleStudiesController</name>
    <message>
        <source>Candle chart</source>
        <translation>ローソク足チャート</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>ライン</translation>
    </message>
    <message>
        <source>Price lines of the watchlist</source>
        <translation>ウォッチリストの価格ライン</translation>
    </message>
    <message>
        <source>Candles</source>
        <translation>ローソク足</translation>
    </message>
    <message>
        <source>Candlesticks and volume of one symbol</source>
        <translation>1 シンボルのローソク足と出来高</translation>
    </message>
    <message>
        <source>Candle interval</source>
        <translation>足種</translation>
    </message>
    <message>
        <source>Candle interval, also of the studies; coarser when the range needs it</source>
        <translation>ローソク足の足種 (インジケーターにも適用)。期間に対して細かすぎる場合はより長い足で表示します</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>インジケーター</translation>
    </message>
</context>
<context>
    <name>tickerline::ChartExport</name>
    <message>
        <source>There is no chart to export.</source>
        <translation>エクスポートするチャートがありません。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 を書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>Tickerline chart</source>
        <translation>Tickerline チャート</translation>
    </message>
    <message>
        <source>Exported by Tickerline on %1</source>
        <translation>%1 に Tickerline でエクスポート</translation>
    </message>
    <message>
        <source>Export Chart as PNG</source>
        <translation>チャートを PNG にエクスポート</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>Export Chart as SVG</source>
        <translation>チャートを SVG にエクスポート</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG 画像 (*.svg)</translation>
    </message>
</context>
<context>
    <name>tickerline::ChartPanel</name>
    <message>
        <source>Price chart</source>
        <translation>価格チャート</translation>
    </message>
    <message>
        <source>Chart tools</source>
        <translation>チャートツール</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>ライブ</translation>
    </message>
    <message>
        <source>Follow live: the right edge tracks the newest tick (Alt+L). Panning or zooming turns it off; a range or a double-click turns it on.</source>
        <translation>ライブ追従: 右端が最新のティックに追従します (Alt+L)。スクロールやズームでオフになり、期間の選択かダブルクリックでオンに戻ります。</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Percent compare: every line from 0 % at the start of the view (Alt+P). Turns the log scale off.</source>
        <translation>騰落率で比較: 表示範囲の左端を 0 % として各ラインを表示します (Alt+P)。対数目盛はオフになります。</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>対数</translation>
    </message>
    <message>
        <source>Logarithmic price scale (Alt+G). Turns percent compare off.</source>
        <translation>価格軸を対数目盛で表示します (Alt+G)。騰落率での比較はオフになります。</translation>
    </message>
    <message>
        <source>52W</source>
        <translation>52 週</translation>
    </message>
    <message>
        <source>Show the 52-week high/low bands</source>
        <translation>52 週高値・安値のバンドを表示</translation>
    </message>
    <message>
        <source>Prev close</source>
        <translation>前日終値</translation>
    </message>
    <message>
        <source>Show a dashed line at each symbol&apos;s previous close</source>
        <translation>各シンボルの前日終値に破線を表示</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>タイムゾーン</translation>
    </message>
    <message>
        <source>Time axis and crosshair in local time, the exchange&apos;s time or UTC</source>
        <translation>時間軸とクロスヘアの時刻をローカル時刻、取引所の時刻、UTC のいずれかで表示</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>ローカル時刻</translation>
    </message>
    <message>
        <source>Exchange time</source>
        <translation>取引所時刻</translation>
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
        <translation>チャートの表示内容</translation>
    </message>
    <message>
        <source>What this chart shows: the watchlist, its selected row, another watchlist or one symbol</source>
        <translation>このチャートに表示する内容: ウォッチリスト、その選択中の行、別のウォッチリスト、または 1 つのシンボル</translation>
    </message>
    <message>
        <source>Watchlist</source>
        <translation>ウォッチリスト</translation>
    </message>
    <message>
        <source>Selected row</source>
        <translation>選択中の行</translation>
    </message>
    <message>
        <source>List: %1</source>
        <translation>リスト: %1</translation>
    </message>
    <message>
        <source>Chart %1 · %2</source>
        <translation>チャート %1 · %2</translation>
    </message>
</context>
<context>
    <name>tickerline::ChartStudies</name>
    <message>
        <source>%1 upper</source>
        <translation>%1 上部バンド</translation>
    </message>
    <message>
        <source>%1 lower</source>
        <translation>%1 下部バンド</translation>
    </message>
</context>
<context>
    <name>tickerline::ChartView</name>
    <message>
        <source>Wheel: zoom time · Shift+wheel: zoom price
Drag: pan · Right-drag: zoom to box
Double-click: back to the live window · Click a legend entry: hide or show its line</source>
        <translation>ホイール: 時間軸をズーム · Shift+ホイール: 価格軸をズーム
ドラッグ: スクロール · 右ドラッグ: 範囲を選択してズーム
ダブルクリック: ライブ表示に戻る · 凡例をクリック: ラインの表示/非表示</translation>
    </message>
</context>
<context>
    <name>tickerline::ConnectionSupervisor</name>
    <message>
        <source>No data for %1 s</source>
        <translation>%L1 秒間データなし</translation>
    </message>
</context>
<context>
    <name>tickerline::CsvTransferDialogs</name>
    <message>
        <source>line %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>The database is not open, so there is nothing to export or import into.</source>
        <translation>データベースが開かれていないため、エクスポートもインポートもできません。</translation>
    </message>
    <message>
        <source>Export Ticks as CSV</source>
        <translation>ティックを CSV にエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV ファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Exporting ticks to %1…</source>
        <translation>ティックを %1 にエクスポート中…</translation>
    </message>
    <message>
        <source>Import Ticks from CSV</source>
        <translation>CSV からティックをインポート</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>CSV のインポート</translation>
    </message>
    <message>
        <source>Import the ticks in %1 into %2?

Every row is checked first. If some rows are bad, import nothing, or import the good rows and skip the bad ones?</source>
        <translation>%1 のティックを %2 にインポートしますか？

最初にすべての行を検査します。不正な行があった場合、何もインポートしないか、正しい行だけをインポートして不正な行をスキップするかを選んでください。</translation>
    </message>
    <message>
        <source>All or Nothing</source>
        <translation>すべてか、何もしないか</translation>
    </message>
    <message>
        <source>Skip Bad Rows</source>
        <translation>不正な行をスキップ</translation>
    </message>
    <message>
        <source>Importing ticks from %1…</source>
        <translation>%1 からティックをインポート中…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>エクスポートを取り消しました。ファイルは書き込まれていません。</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV のエクスポート</translation>
    </message>
    <message>
        <source>The export to %1 failed: %2</source>
        <translation>%1 へのエクスポートに失敗しました: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln tick(s) to %1.</source>
        <translation>
            <numerusform>%Ln 件のティックを %1 にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>インポートを取り消しました。何もインポートされていません。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln new tick(s) from %1.</source>
        <translation>
            <numerusform>%1 から新しいティックを %Ln 件インポートしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tick(s) were already stored.</source>
        <translation>
            <numerusform>%Ln 件は保存済みでした。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bad row(s) were skipped.</source>
        <translation>
            <numerusform>不正な %Ln 行をスキップしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more bad row(s)</source>
        <translation>
            <numerusform>…ほか不正な行が %Ln 行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tickerline::DataPage</name>
    <message>
        <source>Default location</source>
        <translation>既定の場所</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>既定: %1</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>データ</translation>
    </message>
    <message>
        <source>Database File</source>
        <translation>データベースファイル</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>SQLite データベース (*.sqlite *.sqlite3 *.db);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Saving the password in the system keychain…</source>
        <translation>パスワードをシステムのキーチェーンに保存中…</translation>
    </message>
    <message>
        <source>A SQLite file needs no password.</source>
        <translation>SQLite ファイルにはパスワードは不要です。</translation>
    </message>
    <message>
        <source>Set PGPASSWORD to give the PostgreSQL password.</source>
        <translation>PostgreSQL のパスワードは環境変数 PGPASSWORD で指定してください。</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in the settings; leave empty to keep the saved one (or use PGPASSWORD).</source>
        <translation>システムのキーチェーンに保管され、設定ファイルには書き込まれません。空欄のままにすると保存済みのパスワード (または PGPASSWORD) を使います。</translation>
    </message>
    <message>
        <source>The password is saved in the system keychain.</source>
        <translation>パスワードをシステムのキーチェーンに保存しました。</translation>
    </message>
    <message>
        <source>The password was not saved: %1</source>
        <translation>パスワードを保存できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>tickerline::Engine</name>
    <message>
        <source>Unknown provider “%1”.</source>
        <translation>不明なプロバイダー「%1」です。</translation>
    </message>
</context>
<context>
    <name>tickerline::FailoverFeed</name>
    <message>
        <source>Unknown provider “%1”.</source>
        <translation>不明なプロバイダー「%1」です。</translation>
    </message>
    <message>
        <source>no provider</source>
        <translation>プロバイダーがありません</translation>
    </message>
    <message>
        <source>no provider left</source>
        <translation>残りのプロバイダーがありません</translation>
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
        <translation>%1 の API キーがありません。%2 を設定してください。設定 → プロバイダーでキーを保管するためのシステムのキーチェーンがありません。</translation>
    </message>
    <message>
        <source>No API key for %1: add one in Settings → Providers or set %2.</source>
        <translation>%1 の API キーがありません。設定 → プロバイダーで追加するか、%2 を設定してください。</translation>
    </message>
</context>
<context>
    <name>tickerline::FirstRunHint</name>
    <message>
        <source>You are watching a simulated market: the prices are made up. To watch real quotes, choose a provider under Settings → Feed and, if it needs one, add its API key under Settings → Providers.</source>
        <translation>シミュレーション市場を表示しています。価格は架空のものです。実際の相場を表示するには、設定 → フィードでプロバイダーを選び、必要であれば設定 → プロバイダーで API キーを追加してください。</translation>
    </message>
    <message>
        <source>&amp;Open Settings</source>
        <translation>設定を開く(&amp;O)</translation>
    </message>
    <message>
        <source>Close this hint for good</source>
        <translation>このヒントを閉じて今後は表示しない</translation>
    </message>
    <message>
        <source>Close hint</source>
        <translation>ヒントを閉じる</translation>
    </message>
    <message>
        <source>Simulated market hint</source>
        <translation>シミュレーション市場のヒント</translation>
    </message>
</context>
<context>
    <name>tickerline::HttpFront</name>
    <message>
        <source>TLS handshake with %1 failed (%2): a plain ws:// or http:// client, or one that does not trust this certificate?</source>
        <translation>%1 との TLS ハンドシェイクに失敗しました (%2)。TLS なしの ws:// や http:// のクライアントか、この証明書を信頼していないクライアントの可能性があります。</translation>
    </message>
    <message>
        <source>refused a browser page from %1 (not in --allow-origin)</source>
        <translation>%1 からのブラウザーページを拒否しました (--allow-origin にありません)</translation>
    </message>
    <message>
        <source>refused a client from %1: bad token</source>
        <translation>%1 からのクライアントを拒否しました: トークンが不正です</translation>
    </message>
</context>
<context>
    <name>tickerline::MainWindow</name>
    <message>
        <source>Could not read the chart history: %1</source>
        <translation>チャートの履歴を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>The new database location is used from the next start.</source>
        <translation>新しいデータベースの場所は次回起動時から使われます。</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>新しい言語は次回起動時から使われます。</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>チャート</translation>
    </message>
    <message>
        <source>Chart copied to the clipboard.</source>
        <translation>チャートをクリップボードにコピーしました。</translation>
    </message>
    <message>
        <source>Chart saved to %1</source>
        <translation>チャートを %1 に保存しました</translation>
    </message>
    <message>
        <source>Alerts &amp;Log</source>
        <translation>アラート履歴(&amp;L)</translation>
    </message>
    <message>
        <source>Watchlist</source>
        <translation>ウォッチリスト</translation>
    </message>
    <message>
        <source>Some saved watchlists could not be read: %1</source>
        <translation>保存済みのウォッチリストの一部を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>No stored history: the database could not be opened (see the status bar).
Live prices since the start are shown.</source>
        <translation>保存済みの履歴がありません: データベースを開けませんでした（ステータスバーを参照）。
起動以降のライブ価格を表示しています。</translation>
    </message>
</context>
<context>
    <name>tickerline::NetworkFeed</name>
    <message>
        <source>No API key: set %1 or add one in Settings → Providers.</source>
        <translation>API キーがありません。%1 を設定するか、設定 → プロバイダーで追加してください。</translation>
    </message>
</context>
<context>
    <name>tickerline::PollingFeed</name>
    <message>
        <source>polling every %1 s was asked, but the provider allows %2 requests per %3 s: each symbol is quoted about every %4 s</source>
        <translation>%1 秒ごとのポーリングが指定されましたが、プロバイダーが許可するのは %3 秒あたり %2 回のリクエストのため、各シンボルの相場は約 %4 秒ごとに取得されます</translation>
    </message>
    <message>
        <source>polling every %1 s as asked; the provider advises at least %2 s and may rate-limit (HTTP 429)</source>
        <translation>指定どおり %1 秒ごとにポーリングしています。プロバイダーの推奨は %2 秒以上で、レート制限される場合があります (HTTP 429)</translation>
    </message>
</context>
<context>
    <name>tickerline::PriceChart</name>
    <message>
        <source>Change (%)</source>
        <translation>騰落率 (%)</translation>
    </message>
</context>
<context>
    <name>tickerline::ProviderKeyRow</name>
    <message>
        <source>%1 API key</source>
        <translation>%1 の API キー</translation>
    </message>
    <message>
        <source>Save the %1 API key</source>
        <translation>%1 の API キーを保存</translation>
    </message>
    <message>
        <source>Remove the %1 API key</source>
        <translation>%1 の API キーを削除</translation>
    </message>
    <message>
        <source>%1 API key state</source>
        <translation>%1 の API キーの状態</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>削除しました。</translation>
    </message>
    <message>
        <source>No keychain to keep a key in</source>
        <translation>キーを保管するキーチェーンがありません</translation>
    </message>
    <message>
        <source>Paste a new key to replace it</source>
        <translation>置き換えるには新しいキーを貼り付け</translation>
    </message>
    <message>
        <source>Paste your %1 API key</source>
        <translation>%1 の API キーを貼り付け</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隠す</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Hide the typed %1 API key</source>
        <translation>入力した %1 の API キーを隠す</translation>
    </message>
    <message>
        <source>Show the typed %1 API key</source>
        <translation>入力した %1 の API キーを表示</translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation>システムのキーチェーンを確認中…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存中…</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>削除中…</translation>
    </message>
    <message>
        <source>This key is not saved yet: press Save, or clear the field.</source>
        <translation>このキーはまだ保存されていません。「保存」を押すか、欄を空にしてください。</translation>
    </message>
    <message>
        <source>Set by %1 in the environment.</source>
        <translation>環境変数 %1 で設定されています。</translation>
    </message>
    <message>
        <source>Not set. Set %1 in the environment to use %2.</source>
        <translation>未設定です。%2 を使うには環境変数 %1 を設定してください。</translation>
    </message>
    <message>
        <source>The key set by %1 in the environment is used.</source>
        <translation>環境変数 %1 で設定されたキーを使います。</translation>
    </message>
    <message>
        <source>Stored in the system keychain.</source>
        <translation>システムのキーチェーンに保存されています。</translation>
    </message>
    <message>
        <source>%1 is set in the environment too; Tickerline uses the stored key, the collector uses %1.</source>
        <translation>環境変数 %1 も設定されています。Tickerline は保存されたキーを、コレクターは %1 を使います。</translation>
    </message>
    <message>
        <source>Not set.</source>
        <translation>未設定です。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Use Until Quit</source>
        <translation>終了まで使用</translation>
    </message>
    <message>
        <source>Paste a key to use until Tickerline quits</source>
        <translation>Tickerline の終了まで使うキーを貼り付け</translation>
    </message>
    <message>
        <source>Used until Tickerline quits: held in memory only, never written.</source>
        <translation>Tickerline の終了まで使用します。メモリーにのみ保持され、書き込まれることはありません。</translation>
    </message>
    <message>
        <source>Not set. Paste a key to use it until Tickerline quits, or set %1 in the environment.</source>
        <translation>未設定です。キーを貼り付けて Tickerline の終了まで使うか、環境変数 %1 を設定してください。</translation>
    </message>
</context>
<context>
    <name>tickerline::ProviderPage</name>
    <message>
        <source>Feed</source>
        <translation>フィード</translation>
    </message>
    <message>
        <source>This version of Tickerline does not know this provider.</source>
        <translation>このバージョンの Tickerline はこのプロバイダーに対応していません。</translation>
    </message>
    <message>
        <source>Not needed.</source>
        <translation>不要です。</translation>
    </message>
    <message>
        <source>Needed (%1).</source>
        <translation>必要です (%1)。</translation>
    </message>
    <message>
        <source>Needed (%1): &lt;a href=&quot;providers&quot;&gt;enter it on the Providers page&lt;/a&gt;.</source>
        <translation>必要です (%1): &lt;a href=&quot;providers&quot;&gt;プロバイダーのページで入力してください&lt;/a&gt;。</translation>
    </message>
    <message>
        <source>A serving collector (tickerline-collector serve): ws://, wss://, http:// or https://. Its read token goes on the Providers page, never in the URL.</source>
        <translation>配信中のコレクター（tickerline-collector serve）：ws://、wss://、http://、https://。読み取りトークンは URL ではなく「プロバイダー」ページに入力します。</translation>
    </message>
    <message>
        <source>Server URL:</source>
        <translation>サーバー URL：</translation>
    </message>
    <message>
        <source>Optional (%1): only a server on another machine asks for one; &lt;a href=&quot;providers&quot;&gt;enter it on the Providers page&lt;/a&gt;.</source>
        <translation>任意 (%1): 別のマシンのサーバーだけが要求します。&lt;a href=&quot;providers&quot;&gt;プロバイダーのページで入力してください&lt;/a&gt;。</translation>
    </message>
    <message>
        <source>Optional (%1): only a server on another machine asks for one.</source>
        <translation>任意 (%1): 別のマシンのサーバーだけが要求します。</translation>
    </message>
</context>
<context>
    <name>tickerline::ProvidersPage</name>
    <message>
        <source>Providers</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>No system keychain (such as GNOME Keyring or KWallet) is available, so API keys cannot be kept from one run to the next, and Tickerline never writes them to a plain file. Paste a key below to use it until Tickerline quits, or set it in the environment: %1.</source>
        <translation>システムのキーチェーン (GNOME Keyring や KWallet など) が利用できないため、API キーを次回の起動まで保持できません。また、Tickerline がキーを通常のファイルに書き込むことはありません。下にキーを貼り付けて Tickerline の終了まで使うか、環境変数で設定してください: %1。</translation>
    </message>
</context>
<context>
    <name>tickerline::Publisher</name>
    <message>
        <source>no acknowledgement for %1 s</source>
        <translation>%1 秒間確認応答がありません</translation>
    </message>
    <message>
        <source>the server refused the token: %1</source>
        <translation>サーバーがトークンを拒否しました: %1</translation>
    </message>
    <message>
        <source>%1 ticks refused</source>
        <translation>ティック %1 件が拒否されました</translation>
    </message>
    <message>
        <source>the server did not complete the WebSocket handshake (%1); if it serves TLS, connect with TLS (push --tls, or --ca FILE for a self-signed certificate)</source>
        <translation>サーバーが WebSocket ハンドシェイクを完了しませんでした (%1)。サーバーが TLS を使う場合は TLS で接続してください (push --tls、自己署名証明書には --ca FILE)</translation>
    </message>
    <message>
        <source>%1 (last connection attempt: %2)</source>
        <translation>%1 (最後の接続試行: %2)</translation>
    </message>
    <message>
        <source>TLS: the server&apos;s certificate is not trusted: %1</source>
        <translation>TLS: サーバーの証明書は信頼されていません: %1</translation>
    </message>
</context>
<context>
    <name>tickerline::PushCommand</name>
    <message>
        <source>ack %1: %2 ticks stored</source>
        <translation>確認応答 %1: ティック %2 件を保存</translation>
    </message>
    <message>
        <source>%1 refused: %2</source>
        <translation>%1 が拒否されました: %2</translation>
    </message>
    <message>
        <source>connected; %1 ticks waiting for acknowledgement</source>
        <translation>接続しました。ティック %1 件が確認応答待ちです</translation>
    </message>
    <message>
        <source>connection lost (%1); reconnecting</source>
        <translation>接続が切れました (%1)。再接続中</translation>
    </message>
    <message>
        <source>published %1 ticks, every one acknowledged</source>
        <translation>ティック %1 件を発行し、すべて確認応答を受けました</translation>
    </message>
    <message>
        <source>%1 ticks in %2 messages not acknowledged: %3</source>
        <translation>メッセージ %2 件のティック %1 件が未確認です: %3</translation>
    </message>
</context>
<context>
    <name>tickerline::QuoteTableModel</name>
    <message>
        <source>Untick a symbol to hide its line in the chart</source>
        <translation>チェックを外すと、そのシンボルの線をチャートに表示しません</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>シンボル</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>現在値</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>前日比</translation>
    </message>
    <message>
        <source>Change %</source>
        <translation>前日比 %</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>出来高</translation>
    </message>
    <message>
        <source>52-week range</source>
        <translation>52 週レンジ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>%1: these quotes may be out of date</source>
        <translation>%1: この相場は古い可能性があります</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>52-week low: %1</source>
        <translation>52 週安値: %1</translation>
    </message>
    <message>
        <source>52-week high: %1</source>
        <translation>52 週高値: %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 (取引所: %2)</translation>
    </message>
    <message>
        <source>Last: %1 %2</source>
        <translation>現在値: %1 %2</translation>
    </message>
    <message>
        <source>Previous close: %1</source>
        <translation>前日終値: %1</translation>
    </message>
    <message>
        <source>Volume: %1</source>
        <translation>出来高: %1</translation>
    </message>
    <message>
        <source>%1, line hidden in the chart</source>
        <translation>%1、チャートのラインは非表示</translation>
    </message>
    <message>
        <source>%1, line shown in the chart</source>
        <translation>%1、チャートのラインは表示中</translation>
    </message>
    <message>
        <source>52-week range from %1 to %2</source>
        <translation>52 週レンジ %1 から %2</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>変わらず</translation>
    </message>
    <message>
        <source>up %1</source>
        <translation>%1 上昇</translation>
    </message>
    <message>
        <source>down %1</source>
        <translation>%1 下落</translation>
    </message>
    <message>
        <source>up %1 percent</source>
        <translation>%1 パーセント上昇</translation>
    </message>
    <message>
        <source>down %1 percent</source>
        <translation>%1 パーセント下落</translation>
    </message>
    <message>
        <source>%1 old, stale</source>
        <translation>%1 前、更新停止</translation>
    </message>
    <message>
        <source>%1 old</source>
        <translation>%1 前</translation>
    </message>
    <message>
        <source>The market state of the symbol&apos;s exchange now</source>
        <translation>シンボルの取引所の現在の取引状況</translation>
    </message>
    <message>
        <source>How old the last quote is, and how late its provider delivers</source>
        <translation>最終相場からの経過時間と、プロバイダーの配信遅延</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>取引状況</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>経過時間</translation>
    </message>
</context>
<context>
    <name>tickerline::ReplayFeed</name>
    <message>
        <source>Cannot open the recording %1: %2</source>
        <translation>録画 %1 を開けません: %2</translation>
    </message>
    <message>
        <source>%1 is a database, not a CSV recording: make one with `tickerline-collector export --database FILE --format csv`.</source>
        <translation>%1 はデータベースで、CSV 録画ではありません。`tickerline-collector export --database FILE --format csv` で作成してください。</translation>
    </message>
    <message>
        <source>Replay finished</source>
        <translation>リプレイ完了</translation>
    </message>
</context>
<context>
    <name>tickerline::SecretStore</name>
    <message>
        <source>No system keychain (such as GNOME Keyring or KWallet) is available.</source>
        <translation>システムのキーチェーン (GNOME Keyring や KWallet など) が利用できません。</translation>
    </message>
    <message>
        <source>The system keychain refused access; it may be locked.</source>
        <translation>システムのキーチェーンがアクセスを拒否しました。ロックされている可能性があります。</translation>
    </message>
    <message>
        <source>The system keychain failed.</source>
        <translation>システムのキーチェーンでエラーが発生しました。</translation>
    </message>
    <message>
        <source>The system keychain failed: %1</source>
        <translation>システムのキーチェーンでエラーが発生しました: %1</translation>
    </message>
    <message>
        <source>%1 Set %2 in the environment instead to use %3.</source>
        <translation>%1 %3 を使うには、代わりに環境変数 %2 を設定してください。</translation>
    </message>
</context>
<context>
    <name>tickerline::ServeCommand</name>
    <message>
        <source>served %1 clients (%2 refused, %3 cut as slow), acknowledged %4 published ticks</source>
        <translation>クライアント %1 件に配信 (拒否 %2 件、低速のため切断 %3 件)、発行されたティック %4 件に確認応答</translation>
    </message>
    <message>
        <source>cannot listen on %1: address in use — is another collector serving there?</source>
        <translation>%1 で待ち受けできません: アドレスが使用中です。別のコレクターがそこで配信していませんか?</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>%1 で待ち受けできません: %2</translation>
    </message>
    <message>
        <source>serving on wss://%1/v1/stream, https://%1/v1/events (SSE) and https://%1/v1/history</source>
        <translation>wss://%1/v1/stream、https://%1/v1/events (SSE)、https://%1/v1/history で提供中</translation>
    </message>
    <message>
        <source>serving on ws://%1/v1/stream, http://%1/v1/events (SSE) and http://%1/v1/history</source>
        <translation>ws://%1/v1/stream、http://%1/v1/events (SSE)、http://%1/v1/history で提供中</translation>
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
        <translation> · %1 ティック/秒</translation>
    </message>
    <message>
        <source> · retry at %1</source>
        <translation> · %1 に再試行</translation>
    </message>
    <message>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message>
        <source>%1 ticks received, %2 malformed frames</source>
        <translation>受信ティック %1 件、不正なフレーム %2 件</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>データベースエラー: %1</translation>
    </message>
    <message>
        <source>%1
%2 ticks stored, %3 duplicates ignored, %4 waiting, %5 dropped</source>
        <translation>%1
保存 %2 件、重複無視 %3 件、待機中 %4 件、破棄 %5 件</translation>
    </message>
    <message>
        <source> · %1 ticks dropped</source>
        <translation> · ティック %1 件を破棄</translation>
    </message>
    <message>
        <source>Database: opening…</source>
        <translation>データベース: 開いています…</translation>
    </message>
    <message>
        <source>Database %1 · %2 ticks stored</source>
        <translation>データベース %1 · ティック %2 件を保存済み</translation>
    </message>
    <message>
        <source>%1 · retrying: %2</source>
        <translation>%1 · 再試行中: %2</translation>
    </message>
    <message>
        <source>The database server refused the password.</source>
        <translation>データベースサーバーがパスワードを拒否しました。</translation>
    </message>
    <message>
        <source>Enter password…</source>
        <translation>パスワードを入力…</translation>
    </message>
    <message>
        <source>Viewer — following %1</source>
        <translation>ビューアー — %1 を表示中</translation>
    </message>
    <message>
        <source>%1
Shows what a collector records there; this window records nothing.</source>
        <translation>%1
コレクターがこのデータベースに記録する内容を表示します。このウィンドウは何も記録しません。</translation>
    </message>
    <message>
        <source> (attempt %1)</source>
        <translation> (%1 回目の試行)</translation>
    </message>
    <message>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message>
        <source>Reconnects: %1 · disconnected %2 s in all</source>
        <translation>再接続: %1 回 · 切断時間の合計: %2 秒</translation>
    </message>
</context>
<context>
    <name>tickerline::StreamServer</name>
    <message>
        <source>refused a client from %1: bad token</source>
        <translation>%1 からのクライアントを拒否しました: トークンが不正です</translation>
    </message>
    <message>
        <source>refused a client: %1 clients already connected</source>
        <translation>クライアントを拒否しました: すでに %1 件のクライアントが接続中です</translation>
    </message>
    <message>
        <source>cut slow client %1 (%2); %3 cut so far</source>
        <translation>低速なクライアント %1 を切断しました (%2)。これまでに %3 件を切断</translation>
    </message>
    <message>
        <source>refused a plain-text client from %1: this server speaks TLS only</source>
        <translation>%1 からの暗号化されていないクライアントを拒否しました: このサーバーは TLS のみ対応しています</translation>
    </message>
</context>
<context>
    <name>tickerline::StreamingFeed</name>
    <message>
        <source>Renewing the connection before the provider&apos;s time limit</source>
        <translation>プロバイダーの時間制限の前に接続を更新中</translation>
    </message>
    <message>
        <source>The provider asked for a new connection</source>
        <translation>プロバイダーが新しい接続を要求しました</translation>
    </message>
</context>
<context>
    <name>tickerline::StudiesButton</name>
    <message>
        <source>Studies</source>
        <translation>インジケーター</translation>
    </message>
    <message>
        <source>Add or remove indicators (SMA, EMA, VWAP, Bollinger) and spread or ratio lines</source>
        <translation>インジケーター (SMA、EMA、VWAP、ボリンジャーバンド) とスプレッド・比率のラインを追加・削除</translation>
    </message>
    <message>
        <source>&amp;Add Study…</source>
        <translation>インジケーターを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 を削除</translation>
    </message>
    <message>
        <source>Remove All Studies</source>
        <translation>すべてのインジケーターを削除</translation>
    </message>
</context>
<context>
    <name>tickerline::StudyDialog</name>
    <message>
        <source>Add Study</source>
        <translation>インジケーターを追加</translation>
    </message>
    <message>
        <source>Simple moving average (SMA)</source>
        <translation>単純移動平均 (SMA)</translation>
    </message>
    <message>
        <source>Exponential moving average (EMA)</source>
        <translation>指数平滑移動平均 (EMA)</translation>
    </message>
    <message>
        <source>Volume-weighted average price (VWAP)</source>
        <translation>出来高加重平均価格 (VWAP)</translation>
    </message>
    <message>
        <source>Bollinger bands</source>
        <translation>ボリンジャーバンド (BB)</translation>
    </message>
    <message>
        <source>Spread of two symbols (A − B)</source>
        <translation>2 シンボルのスプレッド (A − B)</translation>
    </message>
    <message>
        <source>Ratio of two symbols (A / B)</source>
        <translation>2 シンボルの比率 (A / B)</translation>
    </message>
    <message>
        <source> candles</source>
        <translation> 本</translation>
    </message>
    <message>
        <source> σ</source>
        <translation> σ</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>&amp;Study:</source>
        <translation>インジケーター(&amp;S):</translation>
    </message>
    <message>
        <source>S&amp;ymbol:</source>
        <translation>シンボル(&amp;Y):</translation>
    </message>
    <message>
        <source>&amp;Second symbol:</source>
        <translation>2 つ目のシンボル(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期間(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>バンド幅(&amp;W):</translation>
    </message>
</context>
<context>
    <name>tickerline::SymbolSearchBox</name>
    <message>
        <source>just now</source>
        <translation>たった今</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n 分前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n 時間前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n 日前</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>検索中…</translation>
    </message>
    <message>
        <source>(cached)</source>
        <translation>(キャッシュ)</translation>
    </message>
    <message>
        <source>%1 spells it %2; added as %3.</source>
        <translation>%1 での表記は %2 です。%3 として追加します。</translation>
    </message>
    <message>
        <source>No match for “%1”.</source>
        <translation>「%1」に一致するものはありません。</translation>
    </message>
    <message numerus="yes">
        <source>Searching… (%n provider(s) still to answer)</source>
        <translation>
            <numerusform>検索中… (%n 件のプロバイダーの応答待ち)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is unreachable: showing its results cached %2.</source>
        <translation>%1 に接続できません。キャッシュした結果 (%2) を表示しています。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Unreachable (offline?): %1.</source>
        <translation>接続できません (オフライン?): %1。</translation>
    </message>
</context>
<context>
    <name>tickerline::SymbolSearchController</name>
    <message>
        <source>&amp;Add Symbol…</source>
        <translation>シンボルを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Search symbols and names across the providers and add one to the watchlist</source>
        <translation>プロバイダー全体でシンボルと名称を検索し、ウォッチリストに追加します</translation>
    </message>
    <message>
        <source>%1 is already in the watchlist.</source>
        <translation>%1 はすでにウォッチリストにあります。</translation>
    </message>
</context>
<context>
    <name>tickerline::SymbolSearchPalette</name>
    <message>
        <source>Add symbol</source>
        <translation>シンボルを追加</translation>
    </message>
    <message>
        <source>Search symbol or name, e.g. AAPL, apple, bitcoin</source>
        <translation>シンボルまたは名称を検索 (例: AAPL、apple、bitcoin)</translation>
    </message>
    <message>
        <source>Search symbol or name</source>
        <translation>シンボルまたは名称を検索</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>検索結果</translation>
    </message>
</context>
<context>
    <name>tickerline::TickersPage</name>
    <message>
        <source>Tickers</source>
        <translation>シンボル</translation>
    </message>
    <message>
        <source>%1 is already in the watchlist.</source>
        <translation>%1 はすでにウォッチリストにあります。</translation>
    </message>
    <message>
        <source>The watchlist needs at least one symbol.</source>
        <translation>ウォッチリストには少なくとも 1 つのシンボルが必要です。</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <source>Symbol or name, e.g. AAPL or apple</source>
        <translation>シンボルまたは名称 (例: AAPL、apple)</translation>
    </message>
</context>
<context>
    <name>tickerline::ViewMenu</name>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>前日比(&amp;C)</translation>
    </message>
    <message>
        <source>Change in &amp;Percent</source>
        <translation>前日比 %(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Volume</source>
        <translation>出来高(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;52-Week Range</source>
        <translation>52 週レンジ(&amp;5)</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>時刻(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation>チャート(&amp;C)</translation>
    </message>
    <message>
        <source>Chart &amp;Tool Bar</source>
        <translation>チャートツールバー(&amp;T)</translation>
    </message>
    <message>
        <source>Watchlist C&amp;olumns</source>
        <translation>ウォッチリストの列(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>取引状況(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Age</source>
        <translation>経過時間(&amp;A)</translation>
    </message>
</context>
<context>
    <name>tickerline::VolumePane</name>
    <message>
        <source>Volume</source>
        <translation>出来高</translation>
    </message>
    <message>
        <source>Volume (k)</source>
        <translation>出来高 (千)</translation>
    </message>
    <message>
        <source>Volume (M)</source>
        <translation>出来高 (百万)</translation>
    </message>
    <message>
        <source>Volume (B)</source>
        <translation>出来高 (十億)</translation>
    </message>
</context>
<context>
    <name>tickerline::WatchlistBook</name>
    <message>
        <source>There is no watchlist called &quot;%1&quot;.</source>
        <translation>「%1」という名前のウォッチリストはありません。</translation>
    </message>
    <message>
        <source>A watchlist needs a first symbol.</source>
        <translation>ウォッチリストには最初のシンボルが必要です。</translation>
    </message>
    <message>
        <source>The last watchlist cannot be deleted.</source>
        <translation>最後のウォッチリストは削除できません。</translation>
    </message>
    <message>
        <source>%1 is already on &quot;%2&quot;.</source>
        <translation>%1 はすでに「%2」にあります。</translation>
    </message>
    <message>
        <source>A workspace needs at least one watchlist.</source>
        <translation>ワークスペースには少なくとも 1 つのウォッチリストが必要です。</translation>
    </message>
    <message>
        <source>The watchlist &quot;%1&quot; has no symbols.</source>
        <translation>ウォッチリスト「%1」にシンボルがありません。</translation>
    </message>
</context>
<context>
    <name>tickerline::WatchlistTabs</name>
    <message>
        <source>Watchlists</source>
        <translation>ウォッチリスト</translation>
    </message>
    <message>
        <source>New watchlist</source>
        <translation>新しいウォッチリスト</translation>
    </message>
    <message>
        <source>New Watchlist</source>
        <translation>新しいウォッチリスト</translation>
    </message>
    <message>
        <source>Name of the new watchlist:</source>
        <translation>新しいウォッチリストの名前:</translation>
    </message>
    <message>
        <source>Name of the new watchlist (it starts with %1):</source>
        <translation>新しいウォッチリストの名前 (最初のシンボル: %1):</translation>
    </message>
    <message>
        <source>Rename Watchlist</source>
        <translation>ウォッチリストの名前を変更</translation>
    </message>
    <message>
        <source>New name for &quot;%1&quot;:</source>
        <translation>「%1」の新しい名前:</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>名前を変更(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;New Watchlist…</source>
        <translation>新しいウォッチリスト(&amp;N)…</translation>
    </message>
</context>
<context>
    <name>tickerline::WorkspaceController</name>
    <message>
        <source>New C&amp;hart Pane</source>
        <translation>新しいチャートペイン(&amp;H)</translation>
    </message>
    <message>
        <source>Chart &amp;Panes</source>
        <translation>チャートペイン(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>&amp;None yet: View → New Chart Pane</source>
        <translation>まだありません: 表示 → 新しいチャートペイン(&amp;N)</translation>
    </message>
    <message>
        <source>Lin&amp;k Crosshair Across Charts</source>
        <translation>クロスヘアを全チャートで連動(&amp;K)</translation>
    </message>
    <message>
        <source>Link Chart Ran&amp;ges</source>
        <translation>チャートの期間を連動(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Workspaces</source>
        <translation>ワークスペース(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Save Workspace</source>
        <translation>ワークスペースを保存(&amp;S)</translation>
    </message>
    <message>
        <source>Workspace &quot;%1&quot; saved.</source>
        <translation>ワークスペース「%1」を保存しました。</translation>
    </message>
    <message>
        <source>Save Workspace &amp;As…</source>
        <translation>名前を付けてワークスペースを保存(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Delete This Workspace</source>
        <translation>このワークスペースを削除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Export Workspace…</source>
        <translation>ワークスペースをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import Workspace…</source>
        <translation>ワークスペースをインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>既定</translation>
    </message>
    <message>
        <source>The saved workspaces could not be read (%1). The file was kept as %2.</source>
        <translation>保存済みのワークスペースを読み込めませんでした (%1)。ファイルは %2 として残してあります。</translation>
    </message>
    <message>
        <source>The saved workspaces could not be read (%1).</source>
        <translation>保存済みのワークスペースを読み込めませんでした (%1)。</translation>
    </message>
    <message>
        <source>The workspaces could not be saved to %1: %2</source>
        <translation>ワークスペースを %1 に保存できませんでした: %2</translation>
    </message>
    <message>
        <source>A workspace needs a name.</source>
        <translation>ワークスペースには名前が必要です。</translation>
    </message>
    <message>
        <source>A workspace name has at most %1 characters.</source>
        <translation>ワークスペースの名前は %1 文字以内です。</translation>
    </message>
    <message>
        <source>There is already a workspace called &quot;%1&quot;.</source>
        <translation>「%1」という名前のワークスペースはすでにあります。</translation>
    </message>
    <message>
        <source>There is no workspace called &quot;%1&quot;.</source>
        <translation>「%1」という名前のワークスペースはありません。</translation>
    </message>
    <message>
        <source>Workspace &quot;%1&quot;.</source>
        <translation>ワークスペース「%1」に切り替えました。</translation>
    </message>
    <message>
        <source>The only workspace cannot be deleted.</source>
        <translation>唯一のワークスペースは削除できません。</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 はインポートされませんでした: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Workspace &quot;%1&quot; imported.</source>
        <translation>ワークスペース「%1」をインポートしました。</translation>
    </message>
    <message>
        <source>The workspace could not be exported to %1: %2</source>
        <translation>ワークスペースを %1 にエクスポートできませんでした: %2</translation>
    </message>
    <message>
        <source>Save Workspace As</source>
        <translation>名前を付けてワークスペースを保存</translation>
    </message>
    <message>
        <source>Name of the new workspace:</source>
        <translation>新しいワークスペースの名前:</translation>
    </message>
    <message>
        <source>Export Workspace</source>
        <translation>ワークスペースのエクスポート</translation>
    </message>
    <message>
        <source>Tickerline workspaces (*.json)</source>
        <translation>Tickerline ワークスペース (*.json)</translation>
    </message>
    <message>
        <source>Workspace exported to %1</source>
        <translation>ワークスペースを %1 にエクスポートしました</translation>
    </message>
    <message>
        <source>Import Workspace</source>
        <translation>ワークスペースのインポート</translation>
    </message>
</context>
<context>
    <name>tickerline::WorkspaceFile</name>
    <message>
        <source>&quot;%1&quot; is not base64 text</source>
        <translation>「%1」は base64 テキストではありません</translation>
    </message>
    <message>
        <source>a workspace without a name</source>
        <translation>名前のないワークスペースがあります</translation>
    </message>
    <message>
        <source>workspace &quot;%1&quot;: %2</source>
        <translation>ワークスペース「%1」: %2</translation>
    </message>
    <message>
        <source>no watchlists</source>
        <translation>ウォッチリストがありません</translation>
    </message>
    <message>
        <source>the watchlist &quot;%1&quot; has no symbols</source>
        <translation>ウォッチリスト「%1」にシンボルがありません</translation>
    </message>
    <message>
        <source>the current watchlist &quot;%1&quot; is not one of its watchlists</source>
        <translation>現在のウォッチリスト「%1」がそのワークスペースのウォッチリストにありません</translation>
    </message>
    <message>
        <source>main chart: %1</source>
        <translation>メインチャート: %1</translation>
    </message>
    <message>
        <source>a chart pane with the id &quot;%1&quot; (ids are distinct numbers from 2)</source>
        <translation>ID が「%1」のチャートペインがあります (ID は 2 以上の重複しない数値です)</translation>
    </message>
    <message>
        <source>chart %1: %2</source>
        <translation>チャート %1: %2</translation>
    </message>
    <message>
        <source>not valid JSON at character %1: %2</source>
        <translation>%1 文字目で JSON として無効です: %2</translation>
    </message>
    <message>
        <source>not a Tickerline workspace file (no &quot;format&quot;: &quot;%1&quot;)</source>
        <translation>Tickerline のワークスペースファイルではありません (&quot;format&quot;: &quot;%1&quot; がありません)</translation>
    </message>
    <message>
        <source>written by a newer Tickerline (file version %1; this one reads up to %2)</source>
        <translation>新しい Tickerline で書き込まれています (ファイルのバージョン %1。このバージョンが読めるのは %2 まで)</translation>
    </message>
    <message>
        <source>no valid &quot;version&quot;</source>
        <translation>有効な &quot;version&quot; がありません</translation>
    </message>
    <message>
        <source>two workspaces called &quot;%1&quot;</source>
        <translation>「%1」という名前のワークスペースが 2 つあります</translation>
    </message>
</context>
<context>
    <name>tickerline::symbolsearch</name>
    <message>
        <source>The answer is not JSON.</source>
        <translation>応答が JSON ではありません。</translation>
    </message>
    <message>
        <source>The answer is not in the expected format.</source>
        <translation>応答が想定した形式ではありません。</translation>
    </message>
</context>
</TS>
