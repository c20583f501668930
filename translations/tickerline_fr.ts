<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AlertDialog</name>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>&amp;Rules:</source>
        <translation>&amp;Règles&#xa0;:</translation>
    </message>
    <message>
        <source>Alert rules</source>
        <translation>Règles d’alerte</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouvelle</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Su&amp;pprimer</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>&amp;Symbol:</source>
        <translation>&amp;Symbole&#xa0;:</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbole</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Condition&#xa0;:</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Price &amp;level:</source>
        <translation>Ni&amp;veau de cours&#xa0;:</translation>
    </message>
    <message>
        <source>Price level</source>
        <translation>Niveau de cours</translation>
    </message>
    <message>
        <source>&amp;Move by:</source>
        <translation>&amp;Hausse ou baisse de&#xa0;:</translation>
    </message>
    <message>
        <source>Move in percent</source>
        <translation>Variation en pourcentage</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Wi&amp;thin:</source>
        <translation>&amp;Dans un délai de&#xa0;:</translation>
    </message>
    <message>
        <source>Time window in seconds</source>
        <translation>Délai en secondes</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>No tick &amp;for:</source>
        <translation>Aucun &amp;tick pendant&#xa0;:</translation>
    </message>
    <message>
        <source>Silence in seconds</source>
        <translation>Durée sans tick en secondes</translation>
    </message>
    <message>
        <source>&amp;Fires:</source>
        <translation>Déc&amp;lenchement&#xa0;:</translation>
    </message>
    <message>
        <source>When the alert fires again</source>
        <translation>Quand l’alerte se déclenche de nouveau</translation>
    </message>
    <message>
        <source>&amp;Cool-down:</source>
        <translation>Délai de réar&amp;mement&#xa0;:</translation>
    </message>
    <message>
        <source>Cool-down in seconds</source>
        <translation>Délai de réarmement en secondes</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Activée</translation>
    </message>
    <message>
        <source>Sa&amp;ve Rule</source>
        <translation>&amp;Enregistrer la règle</translation>
    </message>
</context>
<context>
    <name>AppearancePage</name>
    <message>
        <source>Colours</source>
        <translation>Couleurs</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Suivre le s&amp;ystème</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>D&amp;ark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Tickerline starts.</source>
        <translation>Une nouvelle langue s’applique au prochain démarrage de Tickerline.</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Jour de l’An</translation>
    </message>
    <message>
        <source>Australia Day</source>
        <translation>Jour de l’Australie</translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation>Vendredi saint</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>Lundi de Pâques</translation>
    </message>
    <message>
        <source>Anzac Day</source>
        <translation>Jour de l’Anzac</translation>
    </message>
    <message>
        <source>King&apos;s Birthday</source>
        <translation>Anniversaire du Roi</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Noël</translation>
    </message>
    <message>
        <source>Boxing Day</source>
        <translation>Lendemain de Noël</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>Fête du Travail</translation>
    </message>
    <message>
        <source>Lunar New Year&apos;s Day</source>
        <translation>Nouvel An lunaire</translation>
    </message>
    <message>
        <source>The second day of Lunar New Year</source>
        <translation>Deuxième jour du Nouvel An lunaire</translation>
    </message>
    <message>
        <source>The third day of Lunar New Year</source>
        <translation>Troisième jour du Nouvel An lunaire</translation>
    </message>
    <message>
        <source>Ching Ming Festival</source>
        <translation>Fête de Qingming</translation>
    </message>
    <message>
        <source>The day following Good Friday</source>
        <translation>Samedi saint</translation>
    </message>
    <message>
        <source>The Birthday of the Buddha</source>
        <translation>Anniversaire de Bouddha</translation>
    </message>
    <message>
        <source>Tuen Ng Festival</source>
        <translation>Fête des bateaux-dragons</translation>
    </message>
    <message>
        <source>Hong Kong Special Administrative Region Establishment Day</source>
        <translation>Jour de l’établissement de la Région administrative spéciale de Hong Kong</translation>
    </message>
    <message>
        <source>The day following the Mid-Autumn Festival</source>
        <translation>Lendemain de la fête de la Mi-Automne</translation>
    </message>
    <message>
        <source>National Day</source>
        <translation>Fête nationale</translation>
    </message>
    <message>
        <source>Chung Yeung Festival</source>
        <translation>Fête de Chongyang</translation>
    </message>
    <message>
        <source>The first weekday after Christmas Day</source>
        <translation>Premier jour ouvré après Noël</translation>
    </message>
    <message>
        <source>Early May bank holiday</source>
        <translation>Jour férié bancaire de début mai</translation>
    </message>
    <message>
        <source>Spring bank holiday</source>
        <translation>Jour férié bancaire de printemps</translation>
    </message>
    <message>
        <source>Summer bank holiday</source>
        <translation>Jour férié bancaire d’été</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>Pre-market</source>
        <translation>Pré-ouverture</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Lunch break</source>
        <translation>Pause déjeuner</translation>
    </message>
    <message>
        <source>After hours</source>
        <translation>Après clôture</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Jour férié</translation>
    </message>
    <message>
        <source>Martin Luther King, Jr. Day</source>
        <translation>Journée Martin Luther King</translation>
    </message>
    <message>
        <source>Washington&apos;s Birthday</source>
        <translation>Anniversaire de Washington</translation>
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
        <translation>Fête de l’Indépendance</translation>
    </message>
    <message>
        <source>Labor Day</source>
        <translation>Fête du Travail</translation>
    </message>
    <message>
        <source>Thanksgiving Day</source>
        <translation>Action de grâce</translation>
    </message>
    <message>
        <source>Coming of Age Day</source>
        <translation>Jour de la majorité</translation>
    </message>
    <message>
        <source>National Foundation Day</source>
        <translation>Jour de la fondation de l’État</translation>
    </message>
    <message>
        <source>Emperor&apos;s Birthday</source>
        <translation>Anniversaire de l’Empereur</translation>
    </message>
    <message>
        <source>Vernal Equinox Day</source>
        <translation>Équinoxe de printemps</translation>
    </message>
    <message>
        <source>Showa Day</source>
        <translation>Jour de Shōwa</translation>
    </message>
    <message>
        <source>Constitution Memorial Day</source>
        <translation>Jour de la Constitution</translation>
    </message>
    <message>
        <source>Greenery Day</source>
        <translation>Jour de la verdure</translation>
    </message>
    <message>
        <source>Children&apos;s Day</source>
        <translation>Jour des enfants</translation>
    </message>
    <message>
        <source>Respect for the Aged Day</source>
        <translation>Jour du respect des personnes âgées</translation>
    </message>
    <message>
        <source>Autumnal Equinox Day</source>
        <translation>Équinoxe d’automne</translation>
    </message>
    <message>
        <source>Culture Day</source>
        <translation>Jour de la culture</translation>
    </message>
    <message>
        <source>Labour Thanksgiving Day</source>
        <translation>Jour de remerciement pour le travail</translation>
    </message>
    <message>
        <source>Marine Day</source>
        <translation>Jour de la mer</translation>
    </message>
    <message>
        <source>Mountain Day</source>
        <translation>Jour de la montagne</translation>
    </message>
    <message>
        <source>Sports Day</source>
        <translation>Jour du sport</translation>
    </message>
    <message>
        <source>Substitute Holiday</source>
        <translation>Jour férié de remplacement</translation>
    </message>
    <message>
        <source>Citizens&apos; Holiday</source>
        <translation>Jour férié des citoyens</translation>
    </message>
    <message>
        <source>Market holiday</source>
        <translation>Fermeture de la Bourse</translation>
    </message>
    <message>
        <source>Family Day</source>
        <translation>Jour de la Famille</translation>
    </message>
    <message>
        <source>Victoria Day</source>
        <translation>Fête de Victoria</translation>
    </message>
    <message>
        <source>Canada Day</source>
        <translation>Fête du Canada</translation>
    </message>
    <message>
        <source>Civic Holiday</source>
        <translation>Congé civique</translation>
    </message>
    <message>
        <source>New York Stock Exchange</source>
        <translation>Bourse de New York</translation>
    </message>
    <message>
        <source>Nasdaq</source>
        <translation>Nasdaq</translation>
    </message>
    <message>
        <source>London Stock Exchange</source>
        <translation>Bourse de Londres</translation>
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
        <translation>Bourse de Tokyo</translation>
    </message>
    <message>
        <source>Hong Kong Stock Exchange</source>
        <translation>Bourse de Hong Kong</translation>
    </message>
    <message>
        <source>Australian Securities Exchange</source>
        <translation>Bourse australienne</translation>
    </message>
    <message>
        <source>Toronto Stock Exchange</source>
        <translation>Bourse de Toronto</translation>
    </message>
    <message>
        <source>Crypto (24/7)</source>
        <translation>Crypto (24&#xa0;h/24, 7&#xa0;j/7)</translation>
    </message>
    <message>
        <source>Christmas Eve</source>
        <translation>Veille de Noël</translation>
    </message>
    <message>
        <source>New Year&apos;s Eve</source>
        <translation>Saint-Sylvestre</translation>
    </message>
</context>
<context>
    <name>CandleChart</name>
    <message>
        <source>O %1 H %2 L %3 C %4</source>
        <extracomment>The candle read-out&apos;s labels: open, high, low, close (one letter each where the language allows).</extracomment>
        <translation>O %1 H %2 B %3 C %4</translation>
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
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Last 5 days</source>
        <translation>5 derniers jours</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Dernier mois</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>6 derniers mois</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Dernière année</translation>
    </message>
    <message>
        <source>Everything, from the earliest point loaded</source>
        <translation>Tout, depuis le premier point chargé</translation>
    </message>
</context>
<context>
    <name>DataDelay</name>
    <message>
        <source>real-time</source>
        <translation>temps réel</translation>
    </message>
    <message>
        <source>delayed %1 min</source>
        <translation>différé de %1 min</translation>
    </message>
    <message>
        <source>real-time, %1 trades only</source>
        <translation>temps réel, transactions %1 uniquement</translation>
    </message>
    <message>
        <source>delay not known</source>
        <translation>délai inconnu</translation>
    </message>
    <message>
        <source>%1m delayed</source>
        <translation>différé %1 min</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>Browse for the database file</source>
        <translation>Choisir le fichier de base de données</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Use the default database location</source>
        <translation>Utiliser l’emplacement par défaut de la base de données</translation>
    </message>
    <message>
        <source>De&amp;fault</source>
        <translation>Par &amp;défaut</translation>
    </message>
    <message>
        <source>&amp;Keep raw ticks for:</source>
        <translation>&amp;Conserver les ticks bruts&#xa0;:</translation>
    </message>
    <message>
        <source>Days raw ticks are kept</source>
        <translation>Nombre de jours de conservation des ticks bruts</translation>
    </message>
    <message>
        <source>Older ticks are deleted hourly; bars from backfill are always kept.</source>
        <translation>Les ticks plus anciens sont supprimés toutes les heures&#x202f;; les barres issues du rattrapage sont toujours conservées.</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>Indéfiniment</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>&amp;Database file or PostgreSQL URL:</source>
        <translation>&amp;Fichier de base de données ou URL PostgreSQL&#xa0;:</translation>
    </message>
    <message>
        <source>Database file or PostgreSQL URL</source>
        <translation>Fichier de base de données ou URL PostgreSQL</translation>
    </message>
    <message>
        <source>PostgreSQL pass&amp;word:</source>
        <translation>&amp;Mot de passe PostgreSQL&#xa0;:</translation>
    </message>
    <message>
        <source>PostgreSQL password</source>
        <translation>Mot de passe PostgreSQL</translation>
    </message>
    <message>
        <source>Every tick received is recorded in this SQLite database, or in a PostgreSQL database given as postgresql://user@host:port/database. Leave it empty to use the default location. A new location takes effect the next time Tickerline starts.</source>
        <translation>Chaque tick reçu est enregistré dans cette base SQLite, ou dans une base PostgreSQL indiquée sous la forme postgresql://user@host:port/database. Laissez vide pour utiliser l’emplacement par défaut. Un nouvel emplacement s’applique au prochain démarrage de Tickerline.</translation>
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
        <translation>%1 a refusé %2</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>échec de %1</translation>
    </message>
    <message>
        <source>%1 is rate-limited until %2</source>
        <translation>%1 limite les requêtes jusqu’à %2</translation>
    </message>
    <message>
        <source>%1 spent its request budget (%2 of %3), the next request at %4</source>
        <translation>%1 a épuisé son quota de requêtes (%2 sur %3), prochaine requête à %4</translation>
    </message>
    <message>
        <source>%1 unreachable after %2 attempts</source>
        <translation>%1 injoignable après %2 tentatives</translation>
    </message>
    <message>
        <source>%1 is stale while the market of %2 is open</source>
        <translation>%1 est périmé alors que le marché de %2 est ouvert</translation>
    </message>
    <message>
        <source>%1 sent no tick of %2 for %3 s while its market is open</source>
        <translation>%1 n’a envoyé aucun tick de %2 depuis %3 s alors que son marché est ouvert</translation>
    </message>
    <message>
        <source>%1 has recovered</source>
        <translation>%1 est rétabli</translation>
    </message>
</context>
<context>
    <name>FeedStatus</name>
    <message>
        <source>Idle</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Périmé</translation>
    </message>
    <message>
        <source>Backing off</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>server: %1, %2</source>
        <translation>serveur : %1, %2</translation>
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
        <translation>Le pointeur %1 «&#xa0;%2&#xa0;» n’est pas un pointeur JSON (RFC 6901)</translation>
    </message>
    <message>
        <source>Give either a symbol pointer or a fixed symbol.</source>
        <translation>Indiquez soit un pointeur de symbole, soit un symbole fixe.</translation>
    </message>
    <message>
        <source>The provider name is empty.</source>
        <translation>Le nom du fournisseur est vide.</translation>
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
        <translation>Liste de suivi</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Reset Chart Zoom</source>
        <translation>&amp;Réinitialiser le zoom du graphique</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;About Tickerline</source>
        <translation>À &amp;propos de Tickerline</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>A&amp;lertes</translation>
    </message>
    <message>
        <source>Export Chart as &amp;PNG…</source>
        <translation>Exporter le graphique en P&amp;NG…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Export Chart as S&amp;VG…</source>
        <translation>Exporter le graphique en S&amp;VG…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Copy Chart</source>
        <translation>&amp;Copier le graphique</translation>
    </message>
    <message>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <source>&amp;Manage Alerts…</source>
        <translation>&amp;Gérer les alertes…</translation>
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
        <translation>paramètre de graphique inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PriceChart</name>
    <message>
        <source>Price</source>
        <translation>Cours</translation>
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
        <translation>&#xa0;% dans la vue</translation>
    </message>
</context>
<context>
    <name>ProviderChains</name>
    <message>
        <source>an empty provider name in “%1”</source>
        <translation>un nom de fournisseur vide dans «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>unknown provider “%1” (tickerline-collector providers lists them)</source>
        <translation>fournisseur inconnu «&#xa0;%1&#xa0;» (tickerline-collector providers en donne la liste)</translation>
    </message>
    <message>
        <source>“%1” is no market data provider and cannot take part in failover</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un fournisseur de données de marché et ne peut pas participer au basculement</translation>
    </message>
    <message>
        <source>“%1” is listed twice in “%2”</source>
        <translation>«&#xa0;%1&#xa0;» figure deux fois dans «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>more than one provider list for every symbol in “%1”</source>
        <translation>plus d’une liste de fournisseurs pour tous les symboles dans «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>no symbol before “=” in “%1”</source>
        <translation>aucun symbole avant «&#xa0;=&#xa0;» dans «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ProviderFeeds</name>
    <message>
        <source>%1 streams over WebSocket: the endpoint must be a ws:// or wss:// URL.</source>
        <translation>%1 diffuse via WebSocket&#xa0;: le point de terminaison doit être une URL ws:// ou wss://.</translation>
    </message>
</context>
<context>
    <name>ProviderKeyRow</name>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>ProviderPage</name>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Fournisseur&#xa0;:</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>Clé d’API&#xa0;:</translation>
    </message>
    <message>
        <source>Poll &amp;interval:</source>
        <translation>&amp;Intervalle d’interrogation&#xa0;:</translation>
    </message>
    <message>
        <source>Poll interval in seconds</source>
        <translation>Intervalle d’interrogation en secondes</translation>
    </message>
    <message>
        <source>How often a polling provider is asked for new quotes.</source>
        <translation>Fréquence à laquelle un fournisseur interrogé est sollicité pour de nouvelles cotations.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Simulated &amp;rate:</source>
        <translation>&amp;Cadence simulée&#xa0;:</translation>
    </message>
    <message>
        <source>Simulated ticks per second per symbol</source>
        <translation>Ticks simulés par seconde et par symbole</translation>
    </message>
    <message>
        <source>How many ticks per second the simulated market makes for each symbol.</source>
        <translation>Nombre de ticks par seconde que le marché simulé produit pour chaque symbole.</translation>
    </message>
    <message>
        <source> ticks/s per symbol</source>
        <translation> ticks/s par symbole</translation>
    </message>
</context>
<context>
    <name>ProviderRegistry</name>
    <message>
        <source>Simulated market</source>
        <translation>Marché simulé</translation>
    </message>
    <message>
        <source>Built-in random-walk market for demos and tests; no network, no key.</source>
        <translation>Marché intégré à marche aléatoire pour les démonstrations et les tests&#x202f;; ni réseau, ni clé.</translation>
    </message>
    <message>
        <source>Yahoo Finance</source>
        <translation>Yahoo Finance</translation>
    </message>
    <message>
        <source>Stocks, indices, funds, FX and crypto (AAPL, ^GSPC, VOD.L, EURUSD=X) every 15 s; gaps backfilled from 1-minute bars; no key.</source>
        <translation>Actions, indices, fonds, devises et cryptos (AAPL, ^GSPC, VOD.L, EURUSD=X) toutes les 15 s&#x202f;; lacunes comblées à partir de barres d’une minute&#x202f;; sans clé.</translation>
    </message>
    <message>
        <source>Finnhub</source>
        <translation>Finnhub</translation>
    </message>
    <message>
        <source>Live US trades (IEX on the free plan) with sizes; names, logos and 52-week ranges over REST.</source>
        <translation>Transactions américaines en direct (IEX avec l’offre gratuite) avec leurs volumes&#x202f;; noms, logos et fourchettes sur 52 semaines via REST.</translation>
    </message>
    <message>
        <source>Alpha Vantage</source>
        <translation>Alpha Vantage</translation>
    </message>
    <message>
        <source>Delayed quotes; the free key&apos;s 25 requests a day are spread over the day.</source>
        <translation>Cotations différées&#x202f;; les 25 requêtes quotidiennes de la clé gratuite sont réparties sur la journée.</translation>
    </message>
    <message>
        <source>Twelve Data</source>
        <translation>Twelve Data</translation>
    </message>
    <message>
        <source>Live prices for stocks, FX (EUR/USD) and crypto; names and 52-week ranges over REST.</source>
        <translation>Cours en direct des actions, devises (EUR/USD) et cryptos&#x202f;; noms et fourchettes sur 52 semaines via REST.</translation>
    </message>
    <message>
        <source>Coinbase Exchange</source>
        <translation>Coinbase Exchange</translation>
    </message>
    <message>
        <source>Crypto trades (ticker channel, BTC-USD); gaps and reconnects backfilled from 1-minute candles; no key.</source>
        <translation>Transactions crypto (canal ticker, BTC-USD)&#x202f;; lacunes et reconnexions comblées à partir de bougies d’une minute&#x202f;; sans clé.</translation>
    </message>
    <message>
        <source>Binance</source>
        <translation>Binance</translation>
    </message>
    <message>
        <source>Crypto trades (BTCUSDT); renewed before the 24 h limit, reconnects backfilled from 1-minute klines; not served in restricted locations; no key.</source>
        <translation>Transactions crypto (BTCUSDT)&#x202f;; renouvelé avant la limite de 24 h, reconnexions comblées à partir de klines d’une minute&#x202f;; indisponible dans les pays soumis à restrictions&#x202f;; sans clé.</translation>
    </message>
    <message>
        <source>WebSocket JSON feed</source>
        <translation>Flux JSON WebSocket</translation>
    </message>
    <message>
        <source>Any JSON WebSocket: --endpoint ws(s)://…, optional --subscribe template, JSON pointers for symbol, price, time and size.</source>
        <translation>Tout WebSocket JSON&#xa0;: --endpoint ws(s)://…, modèle --subscribe facultatif, pointeurs JSON pour le symbole, le cours, l’heure et le volume.</translation>
    </message>
    <message>
        <source>Server-Sent Events JSON feed</source>
        <translation>Flux JSON Server-Sent Events</translation>
    </message>
    <message>
        <source>Any JSON event stream: --endpoint http(s)://…, JSON pointers for symbol, price, time and size.</source>
        <translation>Tout flux d’événements JSON&#xa0;: --endpoint http(s)://…, pointeurs JSON pour le symbole, le cours, l’heure et le volume.</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Relecture</translation>
    </message>
    <message>
        <source>Plays a CSV recording (the export format) back at N× speed: --replay FILE --speed N.</source>
        <translation>Rejoue un enregistrement CSV (le format d’export) à N× la vitesse&#xa0;: --replay FILE --speed N.</translation>
    </message>
    <message>
        <source>Kraken</source>
        <translation>Kraken</translation>
    </message>
    <message>
        <source>Crypto trades over WebSocket v2 (BTC/USD; XBTUSD works too); reconnects backfilled from 1-minute OHLC; no key.</source>
        <translation>Transactions crypto par WebSocket v2 (BTC/USD&#x202f;; XBTUSD fonctionne aussi)&#x202f;; reconnexions comblées à partir des OHLC d’une minute&#x202f;; sans clé.</translation>
    </message>
    <message>
        <source>OKX</source>
        <translation>OKX</translation>
    </message>
    <message>
        <source>Crypto trades (BTC-USDT) over the v5 public WebSocket, kept open with a text ping; reconnects backfilled from 1-minute candles; no key.</source>
        <translation>Transactions crypto (BTC-USDT) par le WebSocket public v5, maintenu ouvert par un ping texte&#x202f;; reconnexions comblées à partir de bougies d’une minute&#x202f;; sans clé.</translation>
    </message>
    <message>
        <source>Bybit</source>
        <translation>Bybit</translation>
    </message>
    <message>
        <source>Crypto spot trades (BTCUSDT) over the v5 public WebSocket, kept open with its JSON ping; reconnects backfilled from 1-minute klines; no key.</source>
        <translation>Transactions crypto au comptant (BTCUSDT) par le WebSocket public v5, maintenu ouvert par son ping JSON&#x202f;; reconnexions comblées à partir de klines d’une minute&#x202f;; sans clé.</translation>
    </message>
    <message>
        <source>Bitstamp</source>
        <translation>Bitstamp</translation>
    </message>
    <message>
        <source>Crypto trades (btcusd, BTC/USD) over WebSocket v2; moves to a new connection when asked; reconnects backfilled from 1-minute OHLC; no key.</source>
        <translation>Transactions crypto (btcusd, BTC/USD) par WebSocket v2&#x202f;; passe à une nouvelle connexion sur demande&#x202f;; reconnexions comblées à partir des OHLC d’une minute&#x202f;; sans clé.</translation>
    </message>
    <message>
        <source>Tickerline server</source>
        <translation>Serveur Tickerline</translation>
    </message>
    <message>
        <source>Another Tickerline: a collector&apos;s `serve` (--endpoint ws://HOST:8765); ticks keep their provider, resumes without a gap; the read token only off this machine.</source>
        <translation>Un autre Tickerline : le `serve` d’un collecteur (--endpoint ws://HOST:8765) ; les ticks gardent leur fournisseur, reprise sans trou ; le jeton de lecture seulement hors de cette machine.</translation>
    </message>
</context>
<context>
    <name>ProvidersPage</name>
    <message>
        <source>API keys are kept in the system keychain, never in Tickerline&apos;s settings file. Save and Remove act at once; OK and Cancel leave keys as they are.</source>
        <translation>Les clés d’API sont conservées dans le trousseau du système, jamais dans le fichier de paramètres de Tickerline. «&#xa0;Enregistrer&#xa0;» et «&#xa0;Supprimer&#xa0;» agissent immédiatement&#x202f;; «&#xa0;OK&#xa0;» et «&#xa0;Annuler&#xa0;» ne modifient pas les clés.</translation>
    </message>
    <message>
        <source>None of the providers in this version of Tickerline needs an API key.</source>
        <translation>Aucun des fournisseurs de cette version de Tickerline ne nécessite de clé d’API.</translation>
    </message>
</context>
<context>
    <name>QuoteFreshness</name>
    <message>
        <source>Quotes: %1</source>
        <translation>Cotations&#xa0;: %1</translation>
    </message>
    <message>
        <source>Quotes from %1: %2</source>
        <translation>Cotations de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1s</source>
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <source>%1m</source>
        <translation>%1&#xa0;min</translation>
    </message>
    <message>
        <source>%1h</source>
        <translation>%1&#xa0;h</translation>
    </message>
    <message>
        <source>%1d</source>
        <translation>%1&#xa0;j</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No exchange calendar for this symbol</source>
        <translation>Aucun calendrier boursier pour ce symbole</translation>
    </message>
    <message>
        <source>Trades around the clock</source>
        <translation>Cotation 24 h/24</translation>
    </message>
    <message>
        <source>Exchange time: %1</source>
        <translation>Heure de la bourse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Holiday: %1</source>
        <translation>Jour férié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Closes %1</source>
        <translation>Fermeture %1</translation>
    </message>
    <message>
        <source>Opens %1</source>
        <translation>Ouverture %1</translation>
    </message>
    <message>
        <source>No quote yet</source>
        <translation>Aucune cotation pour l’instant</translation>
    </message>
    <message>
        <source>Last quote: %1, %2 ago</source>
        <translation>Dernière cotation&#xa0;: %1, il y a %2</translation>
    </message>
    <message>
        <source>Stale: no new quote for a while although the market is trading</source>
        <translation>Périmé&#xa0;: aucune nouvelle cotation depuis un moment alors que le marché est ouvert</translation>
    </message>
    <message>
        <source>The market is not trading: the last quote stays until it opens</source>
        <translation>Le marché est fermé&#xa0;: la dernière cotation reste affichée jusqu’à l’ouverture</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Pages de paramètres</translation>
    </message>
</context>
<context>
    <name>SimulatedProfile</name>
    <message>
        <source>%1 Corp. (simulated)</source>
        <translation>%1 SA (simulée)</translation>
    </message>
</context>
<context>
    <name>Symbol</name>
    <message>
        <source>The symbol is empty.</source>
        <translation>Le symbole est vide.</translation>
    </message>
    <message>
        <source>The symbol is longer than %1 characters.</source>
        <translation>Le symbole dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>The symbol contains a space.</source>
        <translation>Le symbole contient une espace.</translation>
    </message>
    <message>
        <source>The character “%1” is not allowed in a symbol.</source>
        <translation>Le caractère «&#xa0;%1&#xa0;» n’est pas autorisé dans un symbole.</translation>
    </message>
    <message>
        <source>The symbol needs at least one letter or digit.</source>
        <translation>Le symbole doit contenir au moins une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>No symbols given.</source>
        <translation>Aucun symbole indiqué.</translation>
    </message>
</context>
<context>
    <name>SymbolSearch</name>
    <message>
        <source>Symbol search is not available for this provider.</source>
        <translation>La recherche de symboles n’est pas disponible pour ce fournisseur.</translation>
    </message>
    <message>
        <source>The provider answered HTTP %1.</source>
        <translation>Le fournisseur a répondu HTTP %1.</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>TickerlineFeed</name>
    <message>
        <source>The server refused the token</source>
        <translation>Le serveur a refusé le jeton</translation>
    </message>
    <message>
        <source>Tickerline server: the URL must start with ws://, wss://, http:// or https:// (ws://127.0.0.1:8765).</source>
        <translation>Serveur Tickerline : l’URL doit commencer par ws://, wss://, http:// ou https:// (ws://127.0.0.1:8765).</translation>
    </message>
    <message>
        <source>Tickerline server: no PEM certificate in “%1”.</source>
        <translation>Serveur Tickerline : aucun certificat PEM dans « %1 ».</translation>
    </message>
</context>
<context>
    <name>TickersPage</name>
    <message>
        <source>&amp;Watchlist, in display order:</source>
        <translation>&amp;Liste de suivi, dans l’ordre d’affichage&#xa0;:</translation>
    </message>
    <message>
        <source>Watchlist symbols</source>
        <translation>Symboles de la liste de suivi</translation>
    </message>
    <message>
        <source>Move symbol up</source>
        <translation>Monter le symbole</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Vers le &amp;haut</translation>
    </message>
    <message>
        <source>Move symbol down</source>
        <translation>Descendre le symbole</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Vers le &amp;bas</translation>
    </message>
    <message>
        <source>Remove symbol</source>
        <translation>Supprimer le symbole</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>New &amp;symbol:</source>
        <translation>&amp;Nouveau symbole&#xa0;:</translation>
    </message>
    <message>
        <source>New symbol</source>
        <translation>Nouveau symbole</translation>
    </message>
    <message>
        <source>e.g. BRK-B or BTC-USD</source>
        <translation>p. ex. BRK-B ou BTC-USD</translation>
    </message>
    <message>
        <source>Add symbol</source>
        <translation>Ajouter le symbole</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
</context>
<context>
    <name>Watchlists</name>
    <message>
        <source>A watchlist needs a name.</source>
        <translation>Une liste de suivi doit avoir un nom.</translation>
    </message>
    <message>
        <source>A watchlist name has at most %1 characters.</source>
        <translation>Le nom d’une liste de suivi compte au plus %1 caractères.</translation>
    </message>
    <message>
        <source>There is already a watchlist called &quot;%1&quot;.</source>
        <translation>Il existe déjà une liste de suivi nommée «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Live market quotes: watchlist, charts, tick recording.</source>
        <translation>Cotations de marché en direct&#xa0;: liste de suivi, graphiques, enregistrement des ticks.</translation>
    </message>
    <message>
        <source>Use the simulated market, on the watchlist in Settings unless --symbols is given.</source>
        <translation>Utiliser le marché simulé, avec la liste de suivi des paramètres sauf si --symbols est indiqué.</translation>
    </message>
    <message>
        <source>Watch these symbols, comma-separated.</source>
        <translation>Suivre ces symboles, séparés par des virgules.</translation>
    </message>
    <message>
        <source>Quote provider (%1).</source>
        <translation>Fournisseur de cotations (%1).</translation>
    </message>
    <message>
        <source>Render the main window to a PNG once data is shown, then exit.</source>
        <translation>Enregistrer la fenêtre principale en PNG dès que des données s’affichent, puis quitter.</translation>
    </message>
    <message>
        <source>unexpected argument “%1”.</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>unknown provider “%1”; available: %2.</source>
        <translation>fournisseur inconnu «&#xa0;%1&#xa0;»&#x202f;; disponibles&#xa0;: %2.</translation>
    </message>
    <message>
        <source>--demo uses the simulated market; it cannot be combined with --provider %1.</source>
        <translation>--demo utilise le marché simulé&#x202f;; impossible de le combiner avec --provider %1.</translation>
    </message>
    <message>
        <source>--database needs a path or URL.</source>
        <translation>--database attend un chemin ou une URL.</translation>
    </message>
    <message>
        <source>--screenshot: the folder of “%1” does not exist.</source>
        <translation>--screenshot&#xa0;: le dossier de «&#xa0;%1&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <source>could not write the screenshot to “%1”.</source>
        <translation>impossible d’écrire la capture d’écran dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>no data to show within %1 s; no screenshot written.</source>
        <translation>aucune donnée à afficher en %1 s&#x202f;; aucune capture d’écran écrite.</translation>
    </message>
    <message>
        <source>Show the interface in this language (%1, or “system”) instead of the one chosen in Settings.</source>
        <translation>Afficher l’interface dans cette langue (%1, ou «&#xa0;system&#xa0;») au lieu de celle choisie dans les paramètres.</translation>
    </message>
    <message>
        <source>unknown language “%1”; available: %2, system.</source>
        <translation>langue inconnue «&#xa0;%1&#xa0;»&#x202f;; disponibles&#xa0;: %2, system.</translation>
    </message>
    <message>
        <source>no translation for “%1”; showing English texts.</source>
        <translation>aucune traduction pour «&#xa0;%1&#xa0;»&#x202f;; les textes s’affichent en anglais.</translation>
    </message>
    <message>
        <source>Database file, or postgresql://user@host:port/db (password from PGPASSWORD); a PostgreSQL database without --provider or --demo opens as a live viewer of what a tickerline-collector records there.</source>
        <translation>Fichier de base de données, ou postgresql://user@host:port/db (mot de passe tiré de PGPASSWORD)&#x202f;; une base PostgreSQL sans --provider ni --demo s’ouvre en visionneuse en direct de ce qu’un tickerline-collector y enregistre.</translation>
    </message>
    <message>
        <source>Show the line or the candle chart (line, candles), as the chart&apos;s switch does.</source>
        <translation>Afficher le graphique en ligne ou en bougies (line, candles), comme le sélecteur du graphique.</translation>
    </message>
    <message>
        <source>--chart: “%1” is neither line nor candles.</source>
        <translation>--chart&#xa0;: «&#xa0;%1&#xa0;» n’est ni line ni candles.</translation>
    </message>
    <message>
        <source>For screenshots and tests: start the app&apos;s clock at this instant (ISO 8601, e.g. 2026-12-05T15:00:00Z) instead of now.</source>
        <translation>Pour les captures d’écran et les tests&#xa0;: démarrer l’horloge de l’application à cet instant (ISO 8601, par ex. 2026-12-05T15:00:00Z) plutôt que maintenant.</translation>
    </message>
    <message>
        <source>--clock: “%1” is not an ISO 8601 time such as 2026-12-05T15:00:00Z.</source>
        <translation>--clock&#xa0;: «&#xa0;%1&#xa0;» n’est pas une heure ISO 8601 comme 2026-12-05T15:00:00Z.</translation>
    </message>
    <message>
        <source>no stored history within %1 s; the screenshot shows live prices only.</source>
        <translation>aucun historique enregistré en %1 s ; la capture ne montre que les cours en direct.</translation>
    </message>
</context>
<context>
    <name>tickerline</name>
    <message>
        <source>--%1 needs a positive number of seconds, got “%2”.</source>
        <translation>--%1 attend un nombre de secondes positif, reçu «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>--%1 needs an ISO-8601 time such as 2026-11-24T14:00:00Z, got “%2”.</source>
        <translation>--%1 attend une heure ISO 8601 comme 2026-11-24T14:00:00Z, reçu «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--provider replay needs --replay FILE.csv (a recording as export writes it).</source>
        <translation>--provider replay attend --replay FILE.csv (un enregistrement tel qu’export l’écrit).</translation>
    </message>
    <message>
        <source>--replay: cannot read “%1”.</source>
        <translation>--replay&#xa0;: impossible de lire «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--speed needs a number from 0 (as fast as possible) to 1000000, got “%1”.</source>
        <translation>--speed attend un nombre de 0 (le plus vite possible) à 1000000, reçu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--provider %1 needs --price-pointer P (a JSON pointer such as /p).</source>
        <translation>--provider %1 attend --price-pointer P (un pointeur JSON comme /p).</translation>
    </message>
    <message>
        <source>--time-unit needs s, ms, us or iso, got “%1”.</source>
        <translation>--time-unit attend s, ms, us ou iso, reçu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Bad --provider %1 options: %2</source>
        <translation>Options de --provider %1 incorrectes&#xa0;: %2</translation>
    </message>
    <message>
        <source>--%1 is only for --provider sse or websocket-json.</source>
        <translation>--%1 ne s’applique qu’à --provider sse ou websocket-json.</translation>
    </message>
    <message>
        <source>--%1 is only for --provider replay.</source>
        <translation>--%1 ne s’applique qu’à --provider replay.</translation>
    </message>
    <message>
        <source>Provider name.</source>
        <translation>Nom du fournisseur.</translation>
    </message>
    <message>
        <source>Comma-separated symbols.</source>
        <translation>Symboles séparés par des virgules.</translation>
    </message>
    <message>
        <source>Base URL replacing the provider&apos;s.</source>
        <translation>URL de base remplaçant celle du fournisseur.</translation>
    </message>
    <message>
        <source>Stop after this many seconds.</source>
        <translation>S’arrêter après ce nombre de secondes.</translation>
    </message>
    <message>
        <source>Seconds between polls.</source>
        <translation>Secondes entre deux interrogations.</translation>
    </message>
    <message>
        <source>Seconds without data before a feed is stale.</source>
        <translation>Secondes sans données avant qu’un flux soit considéré comme périmé.</translation>
    </message>
    <message>
        <source>Simulated ticks per second per symbol.</source>
        <translation>Ticks simulés par seconde et par symbole.</translation>
    </message>
    <message>
        <source>Seed of the simulated market.</source>
        <translation>Graine du marché simulé.</translation>
    </message>
    <message>
        <source>Subscribe template (sse, websocket-json).</source>
        <translation>Modèle d’abonnement (sse, websocket-json).</translation>
    </message>
    <message>
        <source>JSON pointer to the items.</source>
        <translation>Pointeur JSON vers les éléments.</translation>
    </message>
    <message>
        <source>JSON pointer to an item&apos;s symbol.</source>
        <translation>Pointeur JSON vers le symbole d’un élément.</translation>
    </message>
    <message>
        <source>JSON pointer to an item&apos;s price.</source>
        <translation>Pointeur JSON vers le cours d’un élément.</translation>
    </message>
    <message>
        <source>JSON pointer to an item&apos;s time.</source>
        <translation>Pointeur JSON vers l’heure d’un élément.</translation>
    </message>
    <message>
        <source>JSON pointer to an item&apos;s size.</source>
        <translation>Pointeur JSON vers le volume d’un élément.</translation>
    </message>
    <message>
        <source>Unit of the time: s, ms, us or iso.</source>
        <translation>Unité de l’heure&#xa0;: s, ms, us ou iso.</translation>
    </message>
    <message>
        <source>CSV recording to replay.</source>
        <translation>Enregistrement CSV à rejouer.</translation>
    </message>
    <message>
        <source>Replay speed; 0: as fast as possible.</source>
        <translation>Vitesse de relecture&#x202f;; 0&#xa0;: le plus vite possible.</translation>
    </message>
    <message>
        <source>record needs --provider NAME (see `tickerline-collector providers`).</source>
        <translation>record attend --provider NAME (voir `tickerline-collector providers`).</translation>
    </message>
    <message>
        <source>Unknown provider “%1” (see `tickerline-collector providers`).</source>
        <translation>Fournisseur inconnu «&#xa0;%1&#xa0;» (voir `tickerline-collector providers`).</translation>
    </message>
    <message>
        <source>record needs --symbols A,B.</source>
        <translation>record attend --symbols A,B.</translation>
    </message>
    <message>
        <source>Bad --symbols: %1</source>
        <translation>--symbols incorrect&#xa0;: %1</translation>
    </message>
    <message>
        <source>--endpoint needs an http(s):// or ws(s):// URL, got “%1”.</source>
        <translation>--endpoint attend une URL http(s):// ou ws(s)://, reçu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--rate needs a number of ticks per second between 0 and 10000000.</source>
        <translation>--rate attend un nombre de ticks par seconde entre 0 et 10000000.</translation>
    </message>
    <message>
        <source>--seed needs a positive whole number.</source>
        <translation>--seed attend un nombre entier positif.</translation>
    </message>
    <message>
        <source>Start time, ISO-8601.</source>
        <translation>Heure de début, ISO 8601.</translation>
    </message>
    <message>
        <source>End time, ISO-8601.</source>
        <translation>Heure de fin, ISO 8601.</translation>
    </message>
    <message>
        <source>Output format (csv).</source>
        <translation>Format de sortie (csv).</translation>
    </message>
    <message>
        <source>export needs --database PATH.</source>
        <translation>export attend --database PATH.</translation>
    </message>
    <message>
        <source>export needs --format csv.</source>
        <translation>export attend --format csv.</translation>
    </message>
    <message>
        <source>Unknown --format “%1”; supported: csv.</source>
        <translation>--format inconnu «&#xa0;%1&#xa0;»&#x202f;; pris en charge&#xa0;: csv.</translation>
    </message>
    <message>
        <source>--to is before --from.</source>
        <translation>--to est antérieur à --from.</translation>
    </message>
    <message>
        <source>Import the good rows when some are bad.</source>
        <translation>Importer les lignes valides quand certaines sont incorrectes.</translation>
    </message>
    <message>
        <source>CSV file.</source>
        <translation>Fichier CSV.</translation>
    </message>
    <message>
        <source>import needs --database PATH.</source>
        <translation>import attend --database PATH.</translation>
    </message>
    <message>
        <source>import needs the CSV file to read.</source>
        <translation>import attend le fichier CSV à lire.</translation>
    </message>
    <message>
        <source>providers takes no arguments.</source>
        <translation>providers n’accepte aucun argument.</translation>
    </message>
    <message>
        <source>A WebSocket JSON feed needs an endpoint (ws:// or wss://).</source>
        <translation>Un flux JSON WebSocket nécessite un point de terminaison (ws:// ou wss://).</translation>
    </message>
    <message>
        <source>An SSE feed needs an endpoint (http:// or https://).</source>
        <translation>Un flux SSE nécessite un point de terminaison (http:// ou https://).</translation>
    </message>
    <message>
        <source>A WebSocket JSON feed needs a ws:// or wss:// endpoint.</source>
        <translation>Un flux JSON WebSocket nécessite un point de terminaison ws:// ou wss://.</translation>
    </message>
    <message>
        <source>An SSE feed needs an http:// or https:// endpoint.</source>
        <translation>Un flux SSE nécessite un point de terminaison http:// ou https://.</translation>
    </message>
    <message>
        <source>An SSE feed has one stream: its subscribe template takes {symbols}, not {symbol}.</source>
        <translation>Un flux SSE n’a qu’un seul flux de données&#xa0;: son modèle d’abonnement prend {symbols}, pas {symbol}.</translation>
    </message>
    <message>
        <source>Give a symbol pointer, or exactly one symbol for a single-symbol feed.</source>
        <translation>Indiquez un pointeur de symbole, ou exactement un symbole pour un flux à symbole unique.</translation>
    </message>
    <message>
        <source>Replay needs a CSV recording as a file:// URL (tickerline-collector: --replay FILE).</source>
        <translation>La relecture nécessite un enregistrement CSV sous forme d’URL file:// (tickerline-collector&#xa0;: --replay FILE).</translation>
    </message>
    <message>
        <source>The replay speed must be 0 (as fast as possible) or more.</source>
        <translation>La vitesse de relecture doit être de 0 (le plus vite possible) ou plus.</translation>
    </message>
    <message>
        <source>--database: %1.</source>
        <translation>--database&#xa0;: %1.</translation>
    </message>
    <message>
        <source>--database takes a SQLite file path or a postgresql://user@host:port/database URL.</source>
        <translation>--database attend le chemin d’un fichier SQLite ou une URL postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>SQLite file or postgresql://user@host:port/database (password from PGPASSWORD).</source>
        <translation>Fichier SQLite ou postgresql://user@host:port/database (mot de passe tiré de PGPASSWORD).</translation>
    </message>
    <message>
        <source>SQLite file or postgresql:// URL.</source>
        <translation>Fichier SQLite ou URL postgresql://.</translation>
    </message>
    <message>
        <source>SQLite file (created if missing) or postgresql:// URL.</source>
        <translation>Fichier SQLite (créé s’il n’existe pas) ou URL postgresql://.</translation>
    </message>
    <message>
        <source>Choose a symbol.</source>
        <translation>Choisissez un symbole.</translation>
    </message>
    <message>
        <source>“%1” is not on the watchlist; add it in Settings first.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas dans la liste de suivi&#x202f;; ajoutez-le d’abord dans les paramètres.</translation>
    </message>
    <message>
        <source>The price level must be above zero.</source>
        <translation>Le niveau de cours doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>The move must be more than 0 %.</source>
        <translation>La variation doit être supérieure à 0&#xa0;%.</translation>
    </message>
    <message>
        <source>The time window must be longer than 0 seconds.</source>
        <translation>Le délai doit être supérieur à 0 seconde.</translation>
    </message>
    <message>
        <source>The silence must be longer than 0 seconds.</source>
        <translation>La durée sans tick doit être supérieure à 0 seconde.</translation>
    </message>
    <message>
        <source>The cool-down must be longer than 0 seconds.</source>
        <translation>Le délai de réarmement doit être supérieur à 0 seconde.</translation>
    </message>
    <message>
        <source>%1 at or above %2</source>
        <translation>%1 à %2 ou au-dessus</translation>
    </message>
    <message>
        <source>%1 at or below %2</source>
        <translation>%1 à %2 ou en dessous</translation>
    </message>
    <message>
        <source>%1 moves ±%2 % within %3 s</source>
        <translation>%1 varie de ±%2&#xa0;% en %3&#xa0;s</translation>
    </message>
    <message>
        <source>%1 crosses its 52-week high</source>
        <translation>%1 franchit son plus haut sur 52 semaines</translation>
    </message>
    <message>
        <source>%1 crosses its 52-week low</source>
        <translation>%1 franchit son plus bas sur 52 semaines</translation>
    </message>
    <message>
        <source>No tick from the feed for %1 s</source>
        <translation>Aucun tick du flux pendant %1&#xa0;s</translation>
    </message>
    <message>
        <source>No tick for %1 for %2 s</source>
        <translation>Aucun tick pour %1 pendant %2&#xa0;s</translation>
    </message>
    <message>
        <source>Price at or above</source>
        <translation>Cours supérieur ou égal à</translation>
    </message>
    <message>
        <source>Price at or below</source>
        <translation>Cours inférieur ou égal à</translation>
    </message>
    <message>
        <source>Move within a time window</source>
        <translation>Variation dans un délai donné</translation>
    </message>
    <message>
        <source>Crosses the 52-week high</source>
        <translation>Franchit le plus haut sur 52 semaines</translation>
    </message>
    <message>
        <source>Crosses the 52-week low</source>
        <translation>Franchit le plus bas sur 52 semaines</translation>
    </message>
    <message>
        <source>No ticks (stale feed)</source>
        <translation>Aucun tick (flux périmé)</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Une seule fois</translation>
    </message>
    <message>
        <source>Again once the condition was false</source>
        <translation>De nouveau, une fois la condition redevenue fausse</translation>
    </message>
    <message>
        <source>Again after a cool-down</source>
        <translation>De nouveau, après un délai de réarmement</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 n’est pas un JSON valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1d</source>
        <comment>candle interval in days</comment>
        <translation>%1&#xa0;j</translation>
    </message>
    <message>
        <source>%1h</source>
        <comment>candle interval in hours</comment>
        <translation>%1&#xa0;h</translation>
    </message>
    <message>
        <source>%1m</source>
        <comment>candle interval in minutes</comment>
        <translation>%1&#xa0;min</translation>
    </message>
    <message>
        <source>%1s</source>
        <comment>candle interval in seconds</comment>
        <translation>%1&#xa0;s</translation>
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
        <translation>--%1 attend --provider NAME.</translation>
    </message>
    <message>
        <source>serve records into a SQLite file; serving from a PostgreSQL database is not supported yet.</source>
        <translation>serve enregistre dans un fichier SQLite&#x202f;; servir depuis une base PostgreSQL n’est pas encore pris en charge.</translation>
    </message>
    <message>
        <source>Missing command: record, serve, push, export, import or providers (try --help).</source>
        <translation>Commande manquante&#xa0;: record, serve, push, export, import ou providers (essayez --help).</translation>
    </message>
    <message>
        <source>Unknown command “%1”: use record, serve, push, export, import or providers.</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;»&#xa0;: utilisez record, serve, push, export, import ou providers.</translation>
    </message>
    <message>
        <source>bad symbol: %1</source>
        <translation>symbole incorrect&#xa0;: %1</translation>
    </message>
    <message>
        <source>bad time “%1” (UTC milliseconds or ISO-8601)</source>
        <translation>heure incorrecte «&#xa0;%1&#xa0;» (millisecondes UTC ou ISO-8601)</translation>
    </message>
    <message>
        <source>bad price “%1”</source>
        <translation>prix incorrect «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>bad size “%1”</source>
        <translation>quantité incorrecte «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrée standard</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>expected symbol,time,price,volume</source>
        <translation>attendu&#xa0;: symbol,time,price,volume</translation>
    </message>
    <message>
        <source>Serving collector&apos;s address (default 127.0.0.1).</source>
        <translation>Adresse du collecteur qui sert les données (par défaut 127.0.0.1).</translation>
    </message>
    <message>
        <source>Its port (default 8765).</source>
        <translation>Son port (par défaut 8765).</translation>
    </message>
    <message>
        <source>File holding the publish token.</source>
        <translation>Fichier contenant le jeton de publication.</translation>
    </message>
    <message>
        <source>Messages to send.</source>
        <translation>Messages à envoyer.</translation>
    </message>
    <message>
        <source>Seconds between messages.</source>
        <translation>Secondes entre deux messages.</translation>
    </message>
    <message>
        <source>Ticks to send: CSV as export writes it, or JSON lines; - for standard input.</source>
        <translation>Ticks à envoyer&#xa0;: CSV tel qu’écrit par export, ou lignes JSON&#x202f;; - pour l’entrée standard.</translation>
    </message>
    <message>
        <source>Ticks per message.</source>
        <translation>Ticks par message.</translation>
    </message>
    <message>
        <source>Symbols of generated ticks (default PUSH).</source>
        <translation>Symboles des ticks générés (par défaut PUSH).</translation>
    </message>
    <message>
        <source>Provider name the ticks are stored under (default push).</source>
        <translation>Nom du fournisseur sous lequel les ticks sont enregistrés (par défaut push).</translation>
    </message>
    <message>
        <source>Give up after this many seconds without an acknowledgement.</source>
        <translation>Abandonner après ce nombre de secondes sans accusé de réception.</translation>
    </message>
    <message>
        <source>Print every acknowledgement.</source>
        <translation>Afficher chaque accusé de réception.</translation>
    </message>
    <message>
        <source>--host needs an address.</source>
        <translation>--host attend une adresse.</translation>
    </message>
    <message>
        <source>--port needs a port number from 1 to 65535.</source>
        <translation>--port attend un numéro de port de 1 à 65535.</translation>
    </message>
    <message>
        <source>push needs either --count N or --file FILE.</source>
        <translation>push attend --count N ou --file FILE.</translation>
    </message>
    <message>
        <source>--count needs a whole number from 1 to 100000000.</source>
        <translation>--count attend un nombre entier de 1 à 100000000.</translation>
    </message>
    <message>
        <source>--symbols is for generated ticks (--count); a file names its own.</source>
        <translation>--symbols concerne les ticks générés (--count)&#x202f;; un fichier indique les siens.</translation>
    </message>
    <message>
        <source>--delay needs a number of seconds from 0 to 3600.</source>
        <translation>--delay attend un nombre de secondes de 0 à 3600.</translation>
    </message>
    <message>
        <source>--batch needs a whole number from 1 to 10000.</source>
        <translation>--batch attend un nombre entier de 1 à 10000.</translation>
    </message>
    <message>
        <source>--provider needs 1 to 32 of a-z 0-9 _ -.</source>
        <translation>--provider attend 1 à 32 caractères parmi a-z 0-9 _ -.</translation>
    </message>
    <message>
        <source>--timeout needs a positive number of seconds.</source>
        <translation>--timeout attend un nombre de secondes positif.</translation>
    </message>
    <message>
        <source>--token-file: %1.</source>
        <translation>--token-file&#xa0;: %1.</translation>
    </message>
    <message>
        <source>--%1 needs a whole number from %2 to %3, got “%4”.</source>
        <translation>--%1 attend un nombre entier de %2 à %3, reçu «&#xa0;%4&#xa0;».</translation>
    </message>
    <message>
        <source>--%1: %2.</source>
        <translation>--%1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is shorter than 16 characters.</source>
        <translation>%1 compte moins de 16 caractères.</translation>
    </message>
    <message>
        <source>Address and port to serve on (default 127.0.0.1:8765).</source>
        <translation>Adresse et port de service (par défaut 127.0.0.1:8765).</translation>
    </message>
    <message>
        <source>File holding the read token.</source>
        <translation>Fichier contenant le jeton de lecture.</translation>
    </message>
    <message>
        <source>Most clients at once.</source>
        <translation>Nombre maximal de clients simultanés.</translation>
    </message>
    <message>
        <source>Most symbols one client may subscribe to.</source>
        <translation>Nombre maximal de symboles auxquels un client peut s’abonner.</translation>
    </message>
    <message>
        <source>Largest message a client may send.</source>
        <translation>Taille maximale d’un message envoyé par un client.</translation>
    </message>
    <message>
        <source>Most ticks per second one publisher may send.</source>
        <translation>Nombre maximal de ticks par seconde qu’un éditeur peut envoyer.</translation>
    </message>
    <message>
        <source>Unsent bytes after which a slow client is cut.</source>
        <translation>Octets non envoyés au-delà desquels un client lent est déconnecté.</translation>
    </message>
    <message>
        <source>Seconds between heartbeats.</source>
        <translation>Secondes entre deux battements de cœur (heartbeats).</translation>
    </message>
    <message>
        <source>Web page origin allowed to connect (repeatable), e.g. https://example.org.</source>
        <translation>Origine de page web autorisée à se connecter (répétable), par ex. https://example.org.</translation>
    </message>
    <message>
        <source>--listen needs HOST:PORT with a numeric address, e.g. 127.0.0.1:8765, got “%1”.</source>
        <translation>--listen attend HOST:PORT avec une adresse numérique, par ex. 127.0.0.1:8765, reçu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--listen %1 is reachable from other machines: serving there needs a read token (--token-file FILE or TICKERLINE_READ_TOKEN).</source>
        <translation>--listen %1 est accessible depuis d’autres machines&#xa0;: y servir exige un jeton de lecture (--token-file FILE ou TICKERLINE_READ_TOKEN).</translation>
    </message>
    <message>
        <source>--heartbeat needs a number of seconds from 0.05 to 3600, got “%1”.</source>
        <translation>--heartbeat attend un nombre de secondes de 0.05 à 3600, reçu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--allow-origin needs an origin such as https://example.org (scheme and host, no path), got “%1”.</source>
        <translation>--allow-origin attend une origine comme https://example.org (schéma et hôte, sans chemin), reçu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>cannot read the token file %1: %2</source>
        <translation>impossible de lire le fichier de jeton %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the token in %1 is shorter than %2 characters</source>
        <translation>le jeton de %1 compte moins de %2 caractères</translation>
    </message>
    <message>
        <source>Bad --failover: %1.</source>
        <translation>--failover incorrect&#xa0;: %1.</translation>
    </message>
    <message>
        <source>--failover needs providers, e.g. --failover coinbase,binance or --failover auto.</source>
        <translation>--failover exige des fournisseurs, par ex. --failover coinbase,binance ou --failover auto.</translation>
    </message>
    <message>
        <source>--provider %1 and --failover disagree: put %1 first in --failover, or leave --provider out.</source>
        <translation>--provider %1 et --failover se contredisent&#xa0;: placez %1 en premier dans --failover ou omettez --provider.</translation>
    </message>
    <message>
        <source>Providers in order of preference: P1,P2, auto, or SYM=P1,P2 entries joined by &apos;;&apos;.</source>
        <translation>Fournisseurs par ordre de préférence&#xa0;: P1,P2, auto ou des entrées SYM=P1,P2 séparées par &apos;;&apos;.</translation>
    </message>
    <message>
        <source>Connect with TLS (wss://), trusting the system&apos;s CAs.</source>
        <translation>Se connecter avec TLS (wss://) en faisant confiance aux autorités de certification du système.</translation>
    </message>
    <message>
        <source>Connect with TLS and trust the CA certificates in this PEM file too (e.g. a self-signed server&apos;s).</source>
        <translation>Se connecter avec TLS et faire aussi confiance aux certificats d’AC de ce fichier PEM (par ex. celui d’un serveur autosigné).</translation>
    </message>
    <message>
        <source>--ca: %1.</source>
        <translation>--ca&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Serve TLS (wss://, https://) with this PEM certificate (chain).</source>
        <translation>Servir en TLS (wss://, https://) avec ce certificat PEM (ou cette chaîne).</translation>
    </message>
    <message>
        <source>The certificate&apos;s PEM private key.</source>
        <translation>La clé privée PEM du certificat.</translation>
    </message>
    <message>
        <source>--cert and --key go together.</source>
        <translation>--cert et --key vont ensemble.</translation>
    </message>
    <message>
        <source>TLS: %1.</source>
        <translation>TLS&#xa0;: %1.</translation>
    </message>
    <message>
        <source>this build has no TLS backend (Qt found no OpenSSL)</source>
        <translation>cette version n’a pas de moteur TLS (Qt n’a trouvé aucun OpenSSL)</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 ne contient aucun certificat PEM</translation>
    </message>
    <message>
        <source>%1 holds no unencrypted PEM private key (RSA or EC)</source>
        <translation>%1 ne contient aucune clé privée PEM non chiffrée (RSA ou EC)</translation>
    </message>
    <message>
        <source>--ca is only for --provider tickerline (a serving collector on wss://).</source>
        <translation>--ca ne sert qu’avec --provider tickerline (un collecteur qui diffuse sur wss://).</translation>
    </message>
    <message>
        <source>Trust the CA certificates in this PEM file too (tickerline on wss://, e.g. a self-signed server&apos;s).</source>
        <translation>Faire aussi confiance aux certificats d’AC de ce fichier PEM (tickerline sur wss://, p. ex. un serveur auto-signé).</translation>
    </message>
</context>
<context>
    <name>tickerline::AboutDialog</name>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (compilé avec %2)</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>About Tickerline</source>
        <translation>À propos de Tickerline</translation>
    </message>
    <message>
        <source>Live market quotes: a watchlist, price charts and a tick database.</source>
        <translation>Cotations de marché en direct&#xa0;: une liste de suivi, des graphiques de cours et une base de données de ticks.</translation>
    </message>
    <message>
        <source>Copyright © 2026 The Tickerline developers.</source>
        <translation>Copyright © 2026 Les développeurs de Tickerline.</translation>
    </message>
    <message>
        <source>Versions and licences</source>
        <translation>Versions et licences</translation>
    </message>
    <message>
        <source>Tickerline&apos;s own source code is under the MIT licence. Qt Charts is used under the GNU GPL version 3 (a commercial Qt licence is the alternative), so the program as distributed is covered by the GPL version 3 as a whole.</source>
        <translation>Le code source propre à Tickerline est sous licence MIT. Qt Charts est utilisé sous la GNU GPL version 3 (une licence Qt commerciale en est l’alternative)&#x202f;; le programme tel que distribué est donc couvert dans son ensemble par la GPL version 3.</translation>
    </message>
    <message>
        <source>Running on %1 (%2), Qt platform “%3”.</source>
        <translation>Fonctionne sous %1 (%2), plateforme Qt «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>&amp;Copy Versions</source>
        <translation>&amp;Copier les versions</translation>
    </message>
    <message>
        <source>Copy the versions above as plain text, for a bug report.</source>
        <translation>Copier les versions ci-dessus en texte brut, pour un rapport de bogue.</translation>
    </message>
    <message>
        <source>Qt (Core, GUI, Widgets, Network, SQL, SVG, WebSockets)</source>
        <translation>Qt (Core, GUI, Widgets, Network, SQL, SVG, WebSockets)</translation>
    </message>
    <message>
        <source>LGPL-3.0 (or commercial)</source>
        <translation>LGPL-3.0 (ou commerciale)</translation>
    </message>
    <message>
        <source>GPL-3.0 (or commercial)</source>
        <translation>GPL-3.0 (ou commerciale)</translation>
    </message>
    <message>
        <source>Public domain</source>
        <translation>Domaine public</translation>
    </message>
    <message>
        <source>System: %1 (%2), Qt platform %3</source>
        <translation>Système&#xa0;: %1 (%2), plateforme Qt %3</translation>
    </message>
</context>
<context>
    <name>tickerline::AlertBanner</name>
    <message>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>Show Log</source>
        <translation>Afficher le journal</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message numerus="yes">
        <source>(%n more in the log)</source>
        <translation>
            <numerusform>(%n autre dans le journal)</numerusform>
            <numerusform>(%n autres dans le journal)</numerusform>
        </translation>
    </message>
    <message>
        <source>Alert: %1</source>
        <translation>Alerte&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>tickerline::AlertCenter</name>
    <message>
        <source>Could not read the alert rules: %1</source>
        <translation>Impossible de lire les règles d’alerte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>Alert: %1</source>
        <translation>Alerte&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — last %2 at %3</source>
        <translation>%1 — dernier cours %2 à %3</translation>
    </message>
    <message>
        <source>Could not save the alert rules: %1</source>
        <translation>Impossible d’enregistrer les règles d’alerte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not write the alerts log: %1</source>
        <translation>Impossible d’écrire le journal des alertes&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>tickerline::AlertDialog</name>
    <message>
        <source>the whole feed</source>
        <translation>tout le flux</translation>
    </message>
    <message>
        <source>%1 (off)</source>
        <translation>%1 (désactivée)</translation>
    </message>
    <message>
        <source>Last fired %1</source>
        <translation>Dernier déclenchement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Nouvelle règle</translation>
    </message>
</context>
<context>
    <name>tickerline::AlertLogDock</name>
    <message>
        <source>Alerts Log</source>
        <translation>Journal des alertes</translation>
    </message>
    <message>
        <source>Alerts log</source>
        <translation>Journal des alertes</translation>
    </message>
</context>
<context>
    <name>tickerline::AlertLogModel</name>
    <message>
        <source>Tick at %1: %2 × %3</source>
        <translation>Tick à %1&#xa0;: %2 × %3</translation>
    </message>
    <message>
        <source>No tick had arrived.</source>
        <translation>Aucun tick n’était encore arrivé.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbole</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Cours</translation>
    </message>
</context>
<context>
    <name>tickerline::AlertTrayNotifier</name>
    <message>
        <source>Tickerline alerts</source>
        <translation>Alertes Tickerline</translation>
    </message>
</context>
<context>
    <name>tickerline::AppearancePage</name>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>tickerline::CandleChart</name>
    <message>
        <source>Candles</source>
        <translation>Bougies</translation>
    </message>
    <message>
        <source>Candle symbol</source>
        <translation>Symbole des bougies</translation>
    </message>
    <message>
        <source>Symbol:</source>
        <translation>Symbole&#xa0;:</translation>
    </message>
    <message>
        <source>%1 candles</source>
        <translation>Bougies de %1</translation>
    </message>
    <message>
        <source>%1 candles (%2 would be more than %3 candles in this range)</source>
        <translation>Bougies de %1 (en %2, cette plage dépasserait %3 bougies)</translation>
    </message>
</context>
<context>
    <name>tickerline::CandleStudiesController</name>
    <message>
        <source>Candle chart</source>
        <translation>Graphique en bougies</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Price lines of the watchlist</source>
        <translation>Courbes de cours de la liste de suivi</translation>
    </message>
    <message>
        <source>Candles</source>
        <translation>Bougies</translation>
    </message>
    <message>
        <source>Candlesticks and volume of one symbol</source>
        <translation>Bougies japonaises et volume d’un symbole</translation>
    </message>
    <message>
        <source>Candle interval</source>
        <translation>Intervalle des bougies</translation>
    </message>
    <message>
        <source>Candle interval, also of the studies; coarser when the range needs it</source>
        <translation>Intervalle des bougies, utilisé aussi par les indicateurs&#x202f;; plus large si la plage l’exige</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>Indicateurs</translation>
    </message>
</context>
<context>
    <name>tickerline::ChartExport</name>
    <message>
        <source>There is no chart to export.</source>
        <translation>Il n’y a aucun graphique à exporter.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Tickerline chart</source>
        <translation>Graphique Tickerline</translation>
    </message>
    <message>
        <source>Exported by Tickerline on %1</source>
        <translation>Exporté par Tickerline le %1</translation>
    </message>
    <message>
        <source>Export Chart as PNG</source>
        <translation>Exporter le graphique en PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Export Chart as SVG</source>
        <translation>Exporter le graphique en SVG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Images SVG (*.svg)</translation>
    </message>
</context>
<context>
    <name>tickerline::ChartPanel</name>
    <message>
        <source>Price chart</source>
        <translation>Graphique des cours</translation>
    </message>
    <message>
        <source>Chart tools</source>
        <translation>Outils du graphique</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <source>Follow live: the right edge tracks the newest tick (Alt+L). Panning or zooming turns it off; a range or a double-click turns it on.</source>
        <translation>Suivre le direct&#xa0;: le bord droit suit le tick le plus récent (Alt+L). Un déplacement ou un zoom le désactive&#x202f;; une plage ou un double-clic le réactive.</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Percent compare: every line from 0 % at the start of the view (Alt+P). Turns the log scale off.</source>
        <translation>Comparaison en pourcentage&#xa0;: chaque courbe part de 0&#xa0;% au début de la vue (Alt+P). Désactive l’échelle logarithmique.</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Logarithmic price scale (Alt+G). Turns percent compare off.</source>
        <translation>Échelle de cours logarithmique (Alt+G). Désactive la comparaison en pourcentage.</translation>
    </message>
    <message>
        <source>52W</source>
        <translation>52 sem.</translation>
    </message>
    <message>
        <source>Show the 52-week high/low bands</source>
        <translation>Afficher les bandes plus haut/plus bas sur 52 semaines</translation>
    </message>
    <message>
        <source>Prev close</source>
        <translation>Clôt. préc.</translation>
    </message>
    <message>
        <source>Show a dashed line at each symbol&apos;s previous close</source>
        <translation>Afficher une ligne pointillée à la clôture précédente de chaque symbole</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Time axis and crosshair in local time, the exchange&apos;s time or UTC</source>
        <translation>Axe du temps et réticule en heure locale, en heure du marché ou en UTC</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Heure locale</translation>
    </message>
    <message>
        <source>Exchange time</source>
        <translation>Heure du marché</translation>
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
        <translation>Contenu du graphique</translation>
    </message>
    <message>
        <source>What this chart shows: the watchlist, its selected row, another watchlist or one symbol</source>
        <translation>Ce que montre ce graphique&#xa0;: la liste de suivi, sa ligne sélectionnée, une autre liste de suivi ou un symbole</translation>
    </message>
    <message>
        <source>Watchlist</source>
        <translation>Liste de suivi</translation>
    </message>
    <message>
        <source>Selected row</source>
        <translation>Ligne sélectionnée</translation>
    </message>
    <message>
        <source>List: %1</source>
        <translation>Liste&#xa0;: %1</translation>
    </message>
    <message>
        <source>Chart %1 · %2</source>
        <translation>Graphique %1 · %2</translation>
    </message>
</context>
<context>
    <name>tickerline::ChartStudies</name>
    <message>
        <source>%1 upper</source>
        <translation>%1 (bande sup.)</translation>
    </message>
    <message>
        <source>%1 lower</source>
        <translation>%1 (bande inf.)</translation>
    </message>
</context>
<context>
    <name>tickerline::ChartView</name>
    <message>
        <source>Wheel: zoom time · Shift+wheel: zoom price
Drag: pan · Right-drag: zoom to box
Double-click: back to the live window · Click a legend entry: hide or show its line</source>
        <translation>Molette&#xa0;: zoom sur le temps · Maj+molette&#xa0;: zoom sur les cours
Glisser&#xa0;: déplacer · Glisser avec le bouton droit&#xa0;: zoomer sur la zone
Double-clic&#xa0;: retour à la fenêtre en direct · Clic sur une entrée de la légende&#xa0;: masquer ou afficher sa courbe</translation>
    </message>
</context>
<context>
    <name>tickerline::ConnectionSupervisor</name>
    <message>
        <source>No data for %1 s</source>
        <translation>Aucune donnée depuis %L1 s</translation>
    </message>
</context>
<context>
    <name>tickerline::CsvTransferDialogs</name>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>The database is not open, so there is nothing to export or import into.</source>
        <translation>La base de données n’est pas ouverte&#xa0;: il n’y a rien à exporter ni où importer.</translation>
    </message>
    <message>
        <source>Export Ticks as CSV</source>
        <translation>Exporter les ticks en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Exporting ticks to %1…</source>
        <translation>Export des ticks vers %1…</translation>
    </message>
    <message>
        <source>Import Ticks from CSV</source>
        <translation>Importer des ticks depuis un CSV</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Importer un CSV</translation>
    </message>
    <message>
        <source>Import the ticks in %1 into %2?

Every row is checked first. If some rows are bad, import nothing, or import the good rows and skip the bad ones?</source>
        <translation>Importer les ticks de %1 dans %2&#x202f;?

Chaque ligne est d’abord vérifiée. Si certaines lignes sont incorrectes, ne rien importer, ou importer les lignes valides et ignorer les autres&#x202f;?</translation>
    </message>
    <message>
        <source>All or Nothing</source>
        <translation>Tout ou rien</translation>
    </message>
    <message>
        <source>Skip Bad Rows</source>
        <translation>Ignorer les lignes incorrectes</translation>
    </message>
    <message>
        <source>Importing ticks from %1…</source>
        <translation>Import des ticks depuis %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export annulé&#x202f;; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>The export to %1 failed: %2</source>
        <translation>L’export vers %1 a échoué&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln tick(s) to %1.</source>
        <translation>
            <numerusform>%Ln tick exporté vers %1.</numerusform>
            <numerusform>%Ln ticks exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Import annulé&#x202f;; rien n’a été importé.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln new tick(s) from %1.</source>
        <translation>
            <numerusform>%Ln nouveau tick importé depuis %1.</numerusform>
            <numerusform>%Ln nouveaux ticks importés depuis %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tick(s) were already stored.</source>
        <translation>
            <numerusform>%Ln tick était déjà enregistré.</numerusform>
            <numerusform>%Ln ticks étaient déjà enregistrés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bad row(s) were skipped.</source>
        <translation>
            <numerusform>%Ln ligne incorrecte a été ignorée.</numerusform>
            <numerusform>%Ln lignes incorrectes ont été ignorées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more bad row(s)</source>
        <translation>
            <numerusform>… et %Ln autre ligne incorrecte</numerusform>
            <numerusform>… et %Ln autres lignes incorrectes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tickerline::DataPage</name>
    <message>
        <source>Default location</source>
        <translation>Emplacement par défaut</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Par défaut&#xa0;: %1</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Database File</source>
        <translation>Fichier de base de données</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>Bases de données SQLite (*.sqlite *.sqlite3 *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Saving the password in the system keychain…</source>
        <translation>Enregistrement du mot de passe dans le trousseau système…</translation>
    </message>
    <message>
        <source>A SQLite file needs no password.</source>
        <translation>Un fichier SQLite ne nécessite pas de mot de passe.</translation>
    </message>
    <message>
        <source>Set PGPASSWORD to give the PostgreSQL password.</source>
        <translation>Définissez PGPASSWORD pour fournir le mot de passe PostgreSQL.</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in the settings; leave empty to keep the saved one (or use PGPASSWORD).</source>
        <translation>Conservé dans le trousseau système, jamais dans les paramètres&#x202f;; laissez vide pour garder celui déjà enregistré (ou utilisez PGPASSWORD).</translation>
    </message>
    <message>
        <source>The password is saved in the system keychain.</source>
        <translation>Le mot de passe est enregistré dans le trousseau système.</translation>
    </message>
    <message>
        <source>The password was not saved: %1</source>
        <translation>Le mot de passe n’a pas été enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>tickerline::Engine</name>
    <message>
        <source>Unknown provider “%1”.</source>
        <translation>Fournisseur inconnu «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>tickerline::FailoverFeed</name>
    <message>
        <source>Unknown provider “%1”.</source>
        <translation>Fournisseur inconnu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>no provider</source>
        <translation>aucun fournisseur</translation>
    </message>
    <message>
        <source>no provider left</source>
        <translation>plus aucun fournisseur</translation>
    </message>
    <message>
        <source>%1: %2 → %3: %4</source>
        <translation>%1&#xa0;: %2 → %3&#xa0;: %4</translation>
    </message>
</context>
<context>
    <name>tickerline::FeedKeyResolver</name>
    <message>
        <source>No API key for %1: set %2. No system keychain is available to keep one in Settings → Providers.</source>
        <translation>Aucune clé d’API pour %1&#xa0;: définissez %2. Aucun trousseau système n’est disponible pour en conserver une dans Paramètres → Fournisseurs.</translation>
    </message>
    <message>
        <source>No API key for %1: add one in Settings → Providers or set %2.</source>
        <translation>Aucune clé d’API pour %1&#xa0;: ajoutez-en une dans Paramètres → Fournisseurs ou définissez %2.</translation>
    </message>
</context>
<context>
    <name>tickerline::FirstRunHint</name>
    <message>
        <source>You are watching a simulated market: the prices are made up. To watch real quotes, choose a provider under Settings → Feed and, if it needs one, add its API key under Settings → Providers.</source>
        <translation>Vous suivez un marché simulé&#xa0;: les cours sont fictifs. Pour suivre des cotations réelles, choisissez un fournisseur dans Paramètres → Flux et, s’il en exige une, ajoutez sa clé d’API dans Paramètres → Fournisseurs.</translation>
    </message>
    <message>
        <source>&amp;Open Settings</source>
        <translation>&amp;Ouvrir les paramètres</translation>
    </message>
    <message>
        <source>Close this hint for good</source>
        <translation>Fermer ce message et ne plus l’afficher</translation>
    </message>
    <message>
        <source>Close hint</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <source>Simulated market hint</source>
        <translation>Message sur le marché simulé</translation>
    </message>
</context>
<context>
    <name>tickerline::HttpFront</name>
    <message>
        <source>TLS handshake with %1 failed (%2): a plain ws:// or http:// client, or one that does not trust this certificate?</source>
        <translation>échec de la négociation TLS avec %1 (%2)&#xa0;: un client ws:// ou http:// simple, ou un client qui ne fait pas confiance à ce certificat&#x202f;?</translation>
    </message>
    <message>
        <source>refused a browser page from %1 (not in --allow-origin)</source>
        <translation>page de navigateur de %1 refusée (absente de --allow-origin)</translation>
    </message>
    <message>
        <source>refused a client from %1: bad token</source>
        <translation>client de %1 refusé&#xa0;: jeton incorrect</translation>
    </message>
</context>
<context>
    <name>tickerline::MainWindow</name>
    <message>
        <source>Could not read the chart history: %1</source>
        <translation>Impossible de lire l’historique du graphique&#xa0;: %1</translation>
    </message>
    <message>
        <source>The new database location is used from the next start.</source>
        <translation>Le nouvel emplacement de la base de données sera utilisé au prochain démarrage.</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage.</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <source>Chart copied to the clipboard.</source>
        <translation>Graphique copié dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Chart saved to %1</source>
        <translation>Graphique enregistré dans %1</translation>
    </message>
    <message>
        <source>Alerts &amp;Log</source>
        <translation>&amp;Journal des alertes</translation>
    </message>
    <message>
        <source>Watchlist</source>
        <translation>Liste de suivi</translation>
    </message>
    <message>
        <source>Some saved watchlists could not be read: %1</source>
        <translation>Certaines listes de suivi enregistrées n’ont pas pu être lues&#xa0;: %1</translation>
    </message>
    <message>
        <source>No stored history: the database could not be opened (see the status bar).
Live prices since the start are shown.</source>
        <translation>Aucun historique enregistré : la base de données n’a pas pu être ouverte (voir la barre d’état).
Les cours en direct depuis le démarrage sont affichés.</translation>
    </message>
</context>
<context>
    <name>tickerline::NetworkFeed</name>
    <message>
        <source>No API key: set %1 or add one in Settings → Providers.</source>
        <translation>Aucune clé d’API&#xa0;: définissez %1 ou ajoutez-en une dans Paramètres → Fournisseurs.</translation>
    </message>
</context>
<context>
    <name>tickerline::PollingFeed</name>
    <message>
        <source>polling every %1 s was asked, but the provider allows %2 requests per %3 s: each symbol is quoted about every %4 s</source>
        <translation>interrogation toutes les %1 s demandée, mais le fournisseur autorise %2 requêtes par %3 s&#xa0;: chaque symbole est coté environ toutes les %4 s</translation>
    </message>
    <message>
        <source>polling every %1 s as asked; the provider advises at least %2 s and may rate-limit (HTTP 429)</source>
        <translation>interrogation toutes les %1 s comme demandé&#x202f;; le fournisseur conseille au moins %2 s et peut limiter le nombre de requêtes (HTTP 429)</translation>
    </message>
</context>
<context>
    <name>tickerline::PriceChart</name>
    <message>
        <source>Change (%)</source>
        <translation>Variation (%)</translation>
    </message>
</context>
<context>
    <name>tickerline::ProviderKeyRow</name>
    <message>
        <source>%1 API key</source>
        <translation>Clé d’API %1</translation>
    </message>
    <message>
        <source>Save the %1 API key</source>
        <translation>Enregistrer la clé d’API %1</translation>
    </message>
    <message>
        <source>Remove the %1 API key</source>
        <translation>Supprimer la clé d’API %1</translation>
    </message>
    <message>
        <source>%1 API key state</source>
        <translation>État de la clé d’API %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistrée.</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Supprimée.</translation>
    </message>
    <message>
        <source>No keychain to keep a key in</source>
        <translation>Aucun trousseau pour conserver une clé</translation>
    </message>
    <message>
        <source>Paste a new key to replace it</source>
        <translation>Collez une nouvelle clé pour la remplacer</translation>
    </message>
    <message>
        <source>Paste your %1 API key</source>
        <translation>Collez votre clé d’API %1</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Hide the typed %1 API key</source>
        <translation>Masquer la clé d’API %1 saisie</translation>
    </message>
    <message>
        <source>Show the typed %1 API key</source>
        <translation>Afficher la clé d’API %1 saisie</translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation>Vérification du trousseau système…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Suppression…</translation>
    </message>
    <message>
        <source>This key is not saved yet: press Save, or clear the field.</source>
        <translation>Cette clé n’est pas encore enregistrée&#xa0;: cliquez sur «&#xa0;Enregistrer&#xa0;» ou videz le champ.</translation>
    </message>
    <message>
        <source>Set by %1 in the environment.</source>
        <translation>Définie par %1 dans l’environnement.</translation>
    </message>
    <message>
        <source>Not set. Set %1 in the environment to use %2.</source>
        <translation>Non définie. Définissez %1 dans l’environnement pour utiliser %2.</translation>
    </message>
    <message>
        <source>The key set by %1 in the environment is used.</source>
        <translation>La clé définie par %1 dans l’environnement est utilisée.</translation>
    </message>
    <message>
        <source>Stored in the system keychain.</source>
        <translation>Enregistrée dans le trousseau système.</translation>
    </message>
    <message>
        <source>%1 is set in the environment too; Tickerline uses the stored key, the collector uses %1.</source>
        <translation>%1 est aussi défini dans l’environnement&#x202f;; Tickerline utilise la clé enregistrée, le collecteur utilise %1.</translation>
    </message>
    <message>
        <source>Not set.</source>
        <translation>Non définie.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Use Until Quit</source>
        <translation>Utiliser jusqu’à la fermeture</translation>
    </message>
    <message>
        <source>Paste a key to use until Tickerline quits</source>
        <translation>Collez une clé à utiliser jusqu’à la fermeture de Tickerline</translation>
    </message>
    <message>
        <source>Used until Tickerline quits: held in memory only, never written.</source>
        <translation>Utilisée jusqu’à la fermeture de Tickerline&#xa0;: conservée en mémoire uniquement, jamais écrite.</translation>
    </message>
    <message>
        <source>Not set. Paste a key to use it until Tickerline quits, or set %1 in the environment.</source>
        <translation>Non définie. Collez une clé pour l’utiliser jusqu’à la fermeture de Tickerline, ou définissez %1 dans l’environnement.</translation>
    </message>
</context>
<context>
    <name>tickerline::ProviderPage</name>
    <message>
        <source>Feed</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>This version of Tickerline does not know this provider.</source>
        <translation>Cette version de Tickerline ne connaît pas ce fournisseur.</translation>
    </message>
    <message>
        <source>Not needed.</source>
        <translation>Non requise.</translation>
    </message>
    <message>
        <source>Needed (%1).</source>
        <translation>Requise (%1).</translation>
    </message>
    <message>
        <source>Needed (%1): &lt;a href=&quot;providers&quot;&gt;enter it on the Providers page&lt;/a&gt;.</source>
        <translation>Requise (%1)&#xa0;: &lt;a href=&quot;providers&quot;&gt;saisissez-la dans la page Fournisseurs&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>A serving collector (tickerline-collector serve): ws://, wss://, http:// or https://. Its read token goes on the Providers page, never in the URL.</source>
        <translation>Un collecteur qui sert (tickerline-collector serve) : ws://, wss://, http:// ou https://. Son jeton de lecture va dans la page Fournisseurs, jamais dans l’URL.</translation>
    </message>
    <message>
        <source>Server URL:</source>
        <translation>URL du serveur :</translation>
    </message>
    <message>
        <source>Optional (%1): only a server on another machine asks for one; &lt;a href=&quot;providers&quot;&gt;enter it on the Providers page&lt;/a&gt;.</source>
        <translation>Facultatif (%1) : seul un serveur sur une autre machine en demande un ; &lt;a href=&quot;providers&quot;&gt;saisissez-le dans la page Fournisseurs&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Optional (%1): only a server on another machine asks for one.</source>
        <translation>Facultatif (%1) : seul un serveur sur une autre machine en demande un.</translation>
    </message>
</context>
<context>
    <name>tickerline::ProvidersPage</name>
    <message>
        <source>Providers</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <source>No system keychain (such as GNOME Keyring or KWallet) is available, so API keys cannot be kept from one run to the next, and Tickerline never writes them to a plain file. Paste a key below to use it until Tickerline quits, or set it in the environment: %1.</source>
        <translation>Aucun trousseau du système (comme GNOME Keyring ou KWallet) n’est disponible&#xa0;: les clés d’API ne peuvent donc pas être conservées d’une exécution à l’autre, et Tickerline ne les écrit jamais dans un simple fichier. Collez une clé ci-dessous pour l’utiliser jusqu’à la fermeture de Tickerline, ou définissez-la dans l’environnement&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>tickerline::Publisher</name>
    <message>
        <source>no acknowledgement for %1 s</source>
        <translation>aucun accusé de réception depuis %1 s</translation>
    </message>
    <message>
        <source>the server refused the token: %1</source>
        <translation>le serveur a refusé le jeton&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 ticks refused</source>
        <translation>%1 ticks refusés</translation>
    </message>
    <message>
        <source>the server did not complete the WebSocket handshake (%1); if it serves TLS, connect with TLS (push --tls, or --ca FILE for a self-signed certificate)</source>
        <translation>le serveur n’a pas terminé la négociation WebSocket (%1)&#x202f;; s’il utilise TLS, connectez-vous avec TLS (push --tls, ou --ca FILE pour un certificat autosigné)</translation>
    </message>
    <message>
        <source>%1 (last connection attempt: %2)</source>
        <translation>%1 (dernière tentative de connexion&#xa0;: %2)</translation>
    </message>
    <message>
        <source>TLS: the server&apos;s certificate is not trusted: %1</source>
        <translation>TLS&#xa0;: le certificat du serveur n’est pas approuvé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>tickerline::PushCommand</name>
    <message>
        <source>ack %1: %2 ticks stored</source>
        <translation>accusé %1&#xa0;: %2 ticks enregistrés</translation>
    </message>
    <message>
        <source>%1 refused: %2</source>
        <translation>%1 refusé&#xa0;: %2</translation>
    </message>
    <message>
        <source>connected; %1 ticks waiting for acknowledgement</source>
        <translation>connecté&#x202f;; %1 ticks en attente d’accusé de réception</translation>
    </message>
    <message>
        <source>connection lost (%1); reconnecting</source>
        <translation>connexion perdue (%1)&#x202f;; reconnexion</translation>
    </message>
    <message>
        <source>published %1 ticks, every one acknowledged</source>
        <translation>%1 ticks publiés, tous confirmés</translation>
    </message>
    <message>
        <source>%1 ticks in %2 messages not acknowledged: %3</source>
        <translation>%1 ticks dans %2 messages non confirmés&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>tickerline::QuoteTableModel</name>
    <message>
        <source>Untick a symbol to hide its line in the chart</source>
        <translation>Décochez un symbole pour masquer sa courbe dans le graphique</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbole</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Dernier</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <source>Change %</source>
        <translation>Variation %</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>52-week range</source>
        <translation>Fourchette sur 52 semaines</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>%1: these quotes may be out of date</source>
        <translation>%1&#xa0;: ces cotations sont peut-être périmées</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>52-week low: %1</source>
        <translation>Plus bas sur 52 semaines&#xa0;: %1</translation>
    </message>
    <message>
        <source>52-week high: %1</source>
        <translation>Plus haut sur 52 semaines&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Last: %1 %2</source>
        <translation>Dernier&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>Previous close: %1</source>
        <translation>Clôture précédente&#xa0;: %1</translation>
    </message>
    <message>
        <source>Volume: %1</source>
        <translation>Volume&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1, line hidden in the chart</source>
        <translation>%1, courbe masquée dans le graphique</translation>
    </message>
    <message>
        <source>%1, line shown in the chart</source>
        <translation>%1, courbe affichée dans le graphique</translation>
    </message>
    <message>
        <source>52-week range from %1 to %2</source>
        <translation>Fourchette sur 52 semaines de %1 à %2</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>up %1</source>
        <translation>en hausse de %1</translation>
    </message>
    <message>
        <source>down %1</source>
        <translation>en baisse de %1</translation>
    </message>
    <message>
        <source>up %1 percent</source>
        <translation>en hausse de %1 pour cent</translation>
    </message>
    <message>
        <source>down %1 percent</source>
        <translation>en baisse de %1 pour cent</translation>
    </message>
    <message>
        <source>%1 old, stale</source>
        <translation>il y a %1, périmé</translation>
    </message>
    <message>
        <source>%1 old</source>
        <translation>il y a %1</translation>
    </message>
    <message>
        <source>The market state of the symbol&apos;s exchange now</source>
        <translation>L’état actuel du marché de la bourse du symbole</translation>
    </message>
    <message>
        <source>How old the last quote is, and how late its provider delivers</source>
        <translation>L’âge de la dernière cotation et le différé de son fournisseur</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
</context>
<context>
    <name>tickerline::ReplayFeed</name>
    <message>
        <source>Cannot open the recording %1: %2</source>
        <translation>Impossible d’ouvrir l’enregistrement %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is a database, not a CSV recording: make one with `tickerline-collector export --database FILE --format csv`.</source>
        <translation>%1 est une base de données, pas un enregistrement CSV&#xa0;: créez-en un avec `tickerline-collector export --database FILE --format csv`.</translation>
    </message>
    <message>
        <source>Replay finished</source>
        <translation>Relecture terminée</translation>
    </message>
</context>
<context>
    <name>tickerline::SecretStore</name>
    <message>
        <source>No system keychain (such as GNOME Keyring or KWallet) is available.</source>
        <translation>Aucun trousseau système (comme GNOME Keyring ou KWallet) n’est disponible.</translation>
    </message>
    <message>
        <source>The system keychain refused access; it may be locked.</source>
        <translation>Le trousseau système a refusé l’accès&#x202f;; il est peut-être verrouillé.</translation>
    </message>
    <message>
        <source>The system keychain failed.</source>
        <translation>Le trousseau système a échoué.</translation>
    </message>
    <message>
        <source>The system keychain failed: %1</source>
        <translation>Le trousseau système a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 Set %2 in the environment instead to use %3.</source>
        <translation>%1 Définissez plutôt %2 dans l’environnement pour utiliser %3.</translation>
    </message>
</context>
<context>
    <name>tickerline::ServeCommand</name>
    <message>
        <source>served %1 clients (%2 refused, %3 cut as slow), acknowledged %4 published ticks</source>
        <translation>%1 clients servis (%2 refusés, %3 déconnectés car lents), %4 ticks publiés confirmés</translation>
    </message>
    <message>
        <source>cannot listen on %1: address in use — is another collector serving there?</source>
        <translation>impossible d’écouter sur %1&#xa0;: adresse déjà utilisée — un autre collecteur y sert-il déjà&#x202f;?</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>impossible d’écouter sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>serving on wss://%1/v1/stream, https://%1/v1/events (SSE) and https://%1/v1/history</source>
        <translation>service sur wss://%1/v1/stream, https://%1/v1/events (SSE) et https://%1/v1/history</translation>
    </message>
    <message>
        <source>serving on ws://%1/v1/stream, http://%1/v1/events (SSE) and http://%1/v1/history</source>
        <translation>service sur ws://%1/v1/stream, http://%1/v1/events (SSE) et http://%1/v1/history</translation>
    </message>
</context>
<context>
    <name>tickerline::StatusPanel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source> · %1 ticks/s</source>
        <translation> · %1 ticks/s</translation>
    </message>
    <message>
        <source> · retry at %1</source>
        <translation> · nouvel essai à %1</translation>
    </message>
    <message>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message>
        <source>%1 ticks received, %2 malformed frames</source>
        <translation>%1 ticks reçus, %2 trames mal formées</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Erreur de base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1
%2 ticks stored, %3 duplicates ignored, %4 waiting, %5 dropped</source>
        <translation>%1
%2 ticks enregistrés, %3 doublons ignorés, %4 en attente, %5 abandonnés</translation>
    </message>
    <message>
        <source> · %1 ticks dropped</source>
        <translation> · %1 ticks abandonnés</translation>
    </message>
    <message>
        <source>Database: opening…</source>
        <translation>Base de données&#xa0;: ouverture…</translation>
    </message>
    <message>
        <source>Database %1 · %2 ticks stored</source>
        <translation>Base de données %1 · %2 ticks enregistrés</translation>
    </message>
    <message>
        <source>%1 · retrying: %2</source>
        <translation>%1 · nouvel essai&#xa0;: %2</translation>
    </message>
    <message>
        <source>The database server refused the password.</source>
        <translation>Le serveur de base de données a refusé le mot de passe.</translation>
    </message>
    <message>
        <source>Enter password…</source>
        <translation>Saisir le mot de passe…</translation>
    </message>
    <message>
        <source>Viewer — following %1</source>
        <translation>Visionneuse — suivi de %1</translation>
    </message>
    <message>
        <source>%1
Shows what a collector records there; this window records nothing.</source>
        <translation>%1
Affiche ce qu’un collecteur y enregistre&#x202f;; cette fenêtre n’enregistre rien.</translation>
    </message>
    <message>
        <source> (attempt %1)</source>
        <translation> (tentative %1)</translation>
    </message>
    <message>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message>
        <source>Reconnects: %1 · disconnected %2 s in all</source>
        <translation>Reconnexions&#xa0;: %1 · %2 s de déconnexion au total</translation>
    </message>
</context>
<context>
    <name>tickerline::StreamServer</name>
    <message>
        <source>refused a client from %1: bad token</source>
        <translation>client de %1 refusé&#xa0;: jeton incorrect</translation>
    </message>
    <message>
        <source>refused a client: %1 clients already connected</source>
        <translation>client refusé&#xa0;: %1 clients déjà connectés</translation>
    </message>
    <message>
        <source>cut slow client %1 (%2); %3 cut so far</source>
        <translation>client lent %1 déconnecté (%2)&#x202f;; %3 déconnectés jusqu’ici</translation>
    </message>
    <message>
        <source>refused a plain-text client from %1: this server speaks TLS only</source>
        <translation>client non chiffré de %1 refusé&#xa0;: ce serveur n’accepte que TLS</translation>
    </message>
</context>
<context>
    <name>tickerline::StreamingFeed</name>
    <message>
        <source>Renewing the connection before the provider&apos;s time limit</source>
        <translation>Renouvellement de la connexion avant la limite de durée du fournisseur</translation>
    </message>
    <message>
        <source>The provider asked for a new connection</source>
        <translation>Le fournisseur a demandé une nouvelle connexion</translation>
    </message>
</context>
<context>
    <name>tickerline::StudiesButton</name>
    <message>
        <source>Studies</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Add or remove indicators (SMA, EMA, VWAP, Bollinger) and spread or ratio lines</source>
        <translation>Ajouter ou retirer des indicateurs (SMA, EMA, VWAP, Bollinger) et des courbes d’écart ou de ratio</translation>
    </message>
    <message>
        <source>&amp;Add Study…</source>
        <translation>&amp;Ajouter un indicateur…</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <source>Remove All Studies</source>
        <translation>Retirer tous les indicateurs</translation>
    </message>
</context>
<context>
    <name>tickerline::StudyDialog</name>
    <message>
        <source>Add Study</source>
        <translation>Ajouter un indicateur</translation>
    </message>
    <message>
        <source>Simple moving average (SMA)</source>
        <translation>Moyenne mobile simple (SMA)</translation>
    </message>
    <message>
        <source>Exponential moving average (EMA)</source>
        <translation>Moyenne mobile exponentielle (EMA)</translation>
    </message>
    <message>
        <source>Volume-weighted average price (VWAP)</source>
        <translation>Prix moyen pondéré par les volumes (VWAP)</translation>
    </message>
    <message>
        <source>Bollinger bands</source>
        <translation>Bandes de Bollinger</translation>
    </message>
    <message>
        <source>Spread of two symbols (A − B)</source>
        <translation>Écart entre deux symboles (A − B)</translation>
    </message>
    <message>
        <source>Ratio of two symbols (A / B)</source>
        <translation>Ratio de deux symboles (A / B)</translation>
    </message>
    <message>
        <source> candles</source>
        <translation> bougies</translation>
    </message>
    <message>
        <source> σ</source>
        <translation> σ</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>&amp;Study:</source>
        <translation>&amp;Indicateur&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ymbol:</source>
        <translation>S&amp;ymbole&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Second symbol:</source>
        <translation>&amp;Second symbole&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Largeur&#xa0;:</translation>
    </message>
</context>
<context>
    <name>tickerline::SymbolSearchBox</name>
    <message>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %n h</numerusform>
            <numerusform>il y a %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>(cached)</source>
        <translation>(en cache)</translation>
    </message>
    <message>
        <source>%1 spells it %2; added as %3.</source>
        <translation>%1 l’écrit %2&#x202f;; ajouté sous %3.</translation>
    </message>
    <message>
        <source>No match for “%1”.</source>
        <translation>Aucun résultat pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>Searching… (%n provider(s) still to answer)</source>
        <translation>
            <numerusform>Recherche… (%n fournisseur n’a pas encore répondu)</numerusform>
            <numerusform>Recherche… (%n fournisseurs n’ont pas encore répondu)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is unreachable: showing its results cached %2.</source>
        <translation>%1 est injoignable&#xa0;: affichage de ses résultats mis en cache %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Unreachable (offline?): %1.</source>
        <translation>Injoignables (hors ligne&#x202f;?)&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>tickerline::SymbolSearchController</name>
    <message>
        <source>&amp;Add Symbol…</source>
        <translation>&amp;Ajouter un symbole…</translation>
    </message>
    <message>
        <source>Search symbols and names across the providers and add one to the watchlist</source>
        <translation>Rechercher des symboles et des noms chez les fournisseurs et en ajouter un à la liste de suivi</translation>
    </message>
    <message>
        <source>%1 is already in the watchlist.</source>
        <translation>%1 est déjà dans la liste de suivi.</translation>
    </message>
</context>
<context>
    <name>tickerline::SymbolSearchPalette</name>
    <message>
        <source>Add symbol</source>
        <translation>Ajouter un symbole</translation>
    </message>
    <message>
        <source>Search symbol or name, e.g. AAPL, apple, bitcoin</source>
        <translation>Rechercher un symbole ou un nom, par ex. AAPL, apple, bitcoin</translation>
    </message>
    <message>
        <source>Search symbol or name</source>
        <translation>Rechercher un symbole ou un nom</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Résultats</translation>
    </message>
</context>
<context>
    <name>tickerline::TickersPage</name>
    <message>
        <source>Tickers</source>
        <translation>Symboles</translation>
    </message>
    <message>
        <source>%1 is already in the watchlist.</source>
        <translation>%1 est déjà dans la liste de suivi.</translation>
    </message>
    <message>
        <source>The watchlist needs at least one symbol.</source>
        <translation>La liste de suivi doit contenir au moins un symbole.</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Symbol or name, e.g. AAPL or apple</source>
        <translation>Symbole ou nom, par ex. AAPL ou apple</translation>
    </message>
</context>
<context>
    <name>tickerline::ViewMenu</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Variation</translation>
    </message>
    <message>
        <source>Change in &amp;Percent</source>
        <translation>Variation en &amp;pourcentage</translation>
    </message>
    <message>
        <source>&amp;Volume</source>
        <translation>V&amp;olume</translation>
    </message>
    <message>
        <source>&amp;52-Week Range</source>
        <translation>Fourchette sur &amp;52 semaines</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Heure</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation>&amp;Graphique</translation>
    </message>
    <message>
        <source>Chart &amp;Tool Bar</source>
        <translation>&amp;Barre d’outils du graphique</translation>
    </message>
    <message>
        <source>Watchlist C&amp;olumns</source>
        <translation>&amp;Colonnes de la liste de suivi</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Séance</translation>
    </message>
    <message>
        <source>&amp;Age</source>
        <translation>Â&amp;ge</translation>
    </message>
</context>
<context>
    <name>tickerline::VolumePane</name>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Volume (k)</source>
        <translation>Volume (k)</translation>
    </message>
    <message>
        <source>Volume (M)</source>
        <translation>Volume (M)</translation>
    </message>
    <message>
        <source>Volume (B)</source>
        <translation>Volume (Md)</translation>
    </message>
</context>
<context>
    <name>tickerline::WatchlistBook</name>
    <message>
        <source>There is no watchlist called &quot;%1&quot;.</source>
        <translation>Il n’existe aucune liste de suivi nommée «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A watchlist needs a first symbol.</source>
        <translation>Une liste de suivi doit avoir un premier symbole.</translation>
    </message>
    <message>
        <source>The last watchlist cannot be deleted.</source>
        <translation>La dernière liste de suivi ne peut pas être supprimée.</translation>
    </message>
    <message>
        <source>%1 is already on &quot;%2&quot;.</source>
        <translation>%1 est déjà dans «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>A workspace needs at least one watchlist.</source>
        <translation>Un espace de travail doit contenir au moins une liste de suivi.</translation>
    </message>
    <message>
        <source>The watchlist &quot;%1&quot; has no symbols.</source>
        <translation>La liste de suivi «&#xa0;%1&#xa0;» ne contient aucun symbole.</translation>
    </message>
</context>
<context>
    <name>tickerline::WatchlistTabs</name>
    <message>
        <source>Watchlists</source>
        <translation>Listes de suivi</translation>
    </message>
    <message>
        <source>New watchlist</source>
        <translation>Nouvelle liste de suivi</translation>
    </message>
    <message>
        <source>New Watchlist</source>
        <translation>Nouvelle liste de suivi</translation>
    </message>
    <message>
        <source>Name of the new watchlist:</source>
        <translation>Nom de la nouvelle liste de suivi&#xa0;:</translation>
    </message>
    <message>
        <source>Name of the new watchlist (it starts with %1):</source>
        <translation>Nom de la nouvelle liste de suivi (elle commence par %1)&#xa0;:</translation>
    </message>
    <message>
        <source>Rename Watchlist</source>
        <translation>Renommer la liste de suivi</translation>
    </message>
    <message>
        <source>New name for &quot;%1&quot;:</source>
        <translation>Nouveau nom pour «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Su&amp;pprimer</translation>
    </message>
    <message>
        <source>&amp;New Watchlist…</source>
        <translation>&amp;Nouvelle liste de suivi…</translation>
    </message>
</context>
<context>
    <name>tickerline::WorkspaceController</name>
    <message>
        <source>New C&amp;hart Pane</source>
        <translation>&amp;Nouveau volet de graphique</translation>
    </message>
    <message>
        <source>Chart &amp;Panes</source>
        <translation>&amp;Volets de graphique</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>&amp;None yet: View → New Chart Pane</source>
        <translation>&amp;Aucun pour l’instant&#xa0;: Affichage → Nouveau volet de graphique</translation>
    </message>
    <message>
        <source>Lin&amp;k Crosshair Across Charts</source>
        <translation>Lier le ré&amp;ticule des graphiques</translation>
    </message>
    <message>
        <source>Link Chart Ran&amp;ges</source>
        <translation>Lier les &amp;plages des graphiques</translation>
    </message>
    <message>
        <source>&amp;Workspaces</source>
        <translation>&amp;Espaces de travail</translation>
    </message>
    <message>
        <source>&amp;Save Workspace</source>
        <translation>&amp;Enregistrer l’espace de travail</translation>
    </message>
    <message>
        <source>Workspace &quot;%1&quot; saved.</source>
        <translation>Espace de travail «&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
    <message>
        <source>Save Workspace &amp;As…</source>
        <translation>Enregistrer l’espace de travail &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Delete This Workspace</source>
        <translation>Su&amp;pprimer cet espace de travail</translation>
    </message>
    <message>
        <source>&amp;Export Workspace…</source>
        <translation>E&amp;xporter l’espace de travail…</translation>
    </message>
    <message>
        <source>&amp;Import Workspace…</source>
        <translation>&amp;Importer un espace de travail…</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>The saved workspaces could not be read (%1). The file was kept as %2.</source>
        <translation>Les espaces de travail enregistrés n’ont pas pu être lus (%1). Le fichier a été conservé sous %2.</translation>
    </message>
    <message>
        <source>The saved workspaces could not be read (%1).</source>
        <translation>Les espaces de travail enregistrés n’ont pas pu être lus (%1).</translation>
    </message>
    <message>
        <source>The workspaces could not be saved to %1: %2</source>
        <translation>Les espaces de travail n’ont pas pu être enregistrés dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>A workspace needs a name.</source>
        <translation>Un espace de travail doit avoir un nom.</translation>
    </message>
    <message>
        <source>A workspace name has at most %1 characters.</source>
        <translation>Le nom d’un espace de travail compte au plus %1 caractères.</translation>
    </message>
    <message>
        <source>There is already a workspace called &quot;%1&quot;.</source>
        <translation>Il existe déjà un espace de travail nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>There is no workspace called &quot;%1&quot;.</source>
        <translation>Il n’existe aucun espace de travail nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Workspace &quot;%1&quot;.</source>
        <translation>Passage à l’espace de travail «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The only workspace cannot be deleted.</source>
        <translation>Le seul espace de travail ne peut pas être supprimé.</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 n’a pas été importé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Workspace &quot;%1&quot; imported.</source>
        <translation>Espace de travail «&#xa0;%1&#xa0;» importé.</translation>
    </message>
    <message>
        <source>The workspace could not be exported to %1: %2</source>
        <translation>L’espace de travail n’a pas pu être exporté vers %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Save Workspace As</source>
        <translation>Enregistrer l’espace de travail sous</translation>
    </message>
    <message>
        <source>Name of the new workspace:</source>
        <translation>Nom du nouvel espace de travail&#xa0;:</translation>
    </message>
    <message>
        <source>Export Workspace</source>
        <translation>Exporter l’espace de travail</translation>
    </message>
    <message>
        <source>Tickerline workspaces (*.json)</source>
        <translation>Espaces de travail Tickerline (*.json)</translation>
    </message>
    <message>
        <source>Workspace exported to %1</source>
        <translation>Espace de travail exporté vers %1</translation>
    </message>
    <message>
        <source>Import Workspace</source>
        <translation>Importer un espace de travail</translation>
    </message>
</context>
<context>
    <name>tickerline::WorkspaceFile</name>
    <message>
        <source>&quot;%1&quot; is not base64 text</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas du texte base64</translation>
    </message>
    <message>
        <source>a workspace without a name</source>
        <translation>un espace de travail sans nom</translation>
    </message>
    <message>
        <source>workspace &quot;%1&quot;: %2</source>
        <translation>espace de travail «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>no watchlists</source>
        <translation>aucune liste de suivi</translation>
    </message>
    <message>
        <source>the watchlist &quot;%1&quot; has no symbols</source>
        <translation>la liste de suivi «&#xa0;%1&#xa0;» ne contient aucun symbole</translation>
    </message>
    <message>
        <source>the current watchlist &quot;%1&quot; is not one of its watchlists</source>
        <translation>la liste de suivi courante «&#xa0;%1&#xa0;» ne fait pas partie de ses listes de suivi</translation>
    </message>
    <message>
        <source>main chart: %1</source>
        <translation>graphique principal&#xa0;: %1</translation>
    </message>
    <message>
        <source>a chart pane with the id &quot;%1&quot; (ids are distinct numbers from 2)</source>
        <translation>un volet de graphique avec l’identifiant «&#xa0;%1&#xa0;» (les identifiants sont des nombres distincts à partir de 2)</translation>
    </message>
    <message>
        <source>chart %1: %2</source>
        <translation>graphique %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>not valid JSON at character %1: %2</source>
        <translation>JSON non valide au caractère %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>not a Tickerline workspace file (no &quot;format&quot;: &quot;%1&quot;)</source>
        <translation>pas un fichier d’espace de travail Tickerline (pas de &quot;format&quot;: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>written by a newer Tickerline (file version %1; this one reads up to %2)</source>
        <translation>écrit par une version plus récente de Tickerline (version de fichier %1&#x202f;; celle-ci lit jusqu’à la version %2)</translation>
    </message>
    <message>
        <source>no valid &quot;version&quot;</source>
        <translation>aucune valeur valide pour &quot;version&quot;</translation>
    </message>
    <message>
        <source>two workspaces called &quot;%1&quot;</source>
        <translation>deux espaces de travail nommés «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>tickerline::symbolsearch</name>
    <message>
        <source>The answer is not JSON.</source>
        <translation>La réponse n’est pas du JSON.</translation>
    </message>
    <message>
        <source>The answer is not in the expected format.</source>
        <translation>La réponse n’est pas au format attendu.</translation>
    </message>
</context>
</TS>
