import type { LineRule } from '../types.js';
import { letterCase } from '../features.js';
import { hasWord } from './fold.js';
import { ICON_NAME, withoutIconNames } from './icon-names.js';
import { UI_HEAD, UI_TAIL, wholeLine } from './words.js';

/** An image's hint to open it larger ("Click to enlarge", "Zum Vergrößern klicken", "Cliquez pour agrandir"), maybe in brackets. */
const ENLARGE_HINT = [
  'click (?:(?:on )?(?:the |this )?(?:image|photo|picture) )?(?:to|for) (?:enlarge|zoom|(?:a )?larger (?:image|version|view))',
  '(?:(?:bild|foto) )?(?:zum|zur) vergrö(?:ß|ss)er(?:n|ung) (?:an)?klicken',
  '(?:(?:bild|foto) )?(?:an)?klicken,? (?:zum|um (?:es |das bild |das foto )?zu) vergrö(?:ß|ss)ern',
  'klick(?:en)? (?:zum|für) vergrö(?:ß|ss)er(?:n|ung)',
  "(?:cliquez|cliquer) (?:sur l['’](?:image|photo) )?pour (?:l['’])?agrandir",
  '(?:haga )?clic (?:aquí )?para (?:ampliar|agrandar)',
  'clicca per ingrandire',
  'kliknij,? (?:aby|żeby) powiększyć',
].join('|');

/** Words of a site's interface that are never article text when they stand alone on a line. */
const UI_WORDS = [
  'loader', 'loading', 'lädt', 'lade', 'wird geladen', 'live', 'newsticker', 'liveticker', 'ticker', 'chats?', 'neueste oben', 'älteste oben',
  'teilen', 'shares?', 'tweet', 'drucken', 'print', 'e-?mail', 'mail', 'facebook', 'twitter', 'x', 'whatsapp', 'telegram', 'linkedin',
  'xing', 'pinterest', 'instagram', 'youtube', 'tiktok', 'reddit', 'flipboard', 'pocket', 'messenger', 'kopieren', 'link kopieren', 'text kopieren', 'copy link', 'copy this link', 'copy text',
  'menü', 'menu', 'navigation', 'suche', 'suchen', 'search', 'schließen', 'schliessen', 'close', 'vergrößern', 'vergrössern', 'bild vergrößern', 'enlarge', 'zoom',
  'seite auswählen', 'select page', 'app herunterladen', 'download (?:the )?app', 'warenkorb', 'leerer warenkorb', 'cart', 'zurück', 'back', 'weiter', 'next', 'previous', 'vorherige?',
  'nächste', 'nach oben', 'zum seitenanfang', 'back to top', 'top', 'startseite', 'home', 'homepage', 'login', 'log in', 'logout', 'anmelden',
  'abmelden', 'registrieren', 'sign in', 'sign up', 'register', 'mein konto', 'my account', 'konto', 'profil', 'merken', 'gemerkt', 'speichern',
  'save', 'bookmark', 'folgen', 'follow', 'abonnieren', 'subscribe', 'jetzt abonnieren', 'abo', 'abos', 'newsletter', 'podcast', 'podcasts', 'video',
  'videos', '(?:play|watch) (?:the )?video', 'video (?:abspielen|starten)', 'audio', 'bilder', 'fotos', 'galerie', 'bildergalerie', 'fotostrecke', 'zur bilddatenbank', 'vorlesen', 'artikel vorlesen',
  'anhören', 'listen', 'permalink', 'rss', 'impressum', 'datenschutz', 'datenschutzerklärung', 'agb', 'kontakt', 'contact', 'privacy policy',
  'privacy', 'terms', 'terms of use', 'cookies', 'cookie-einstellungen', 'cookie settings', 'einstellungen', 'settings', 'hilfe', 'help', 'faq',
  'sitemap', 'mediadaten', 'jobs', 'karriere', 'über uns', 'about', 'about us', 'werben', 'archiv', 'archive', 'themen', 'ressorts', 'rubriken',
  'kategorien', 'categories', 'tags', 'schlagworte', 'unsere themen', 'aktuelle ausgabe', 'alle', 'all', '(?:view|see|show) all(?: \\(\\d+\\))?', 'alle (?:anzeigen|ansehen)(?: \\(\\d+\\))?', 'plus', 'premium', 'exklusiv', 'anzeigen', 'ausblenden', 'einblenden',
  'antworten', 'reply', 'melden', 'report', 'like', 'liken', 'gefällt mir', 'dislike', 'sortieren', 'sort', 'filter', 'ok', 'akzeptieren', 'accept',
  'ablehnen', 'decline', 'zustimmen', 'alle akzeptieren', 'accept all', 'mehr', 'more', 'hier', 'here', 'klicken sie hier', 'click here',
  'senden', 'absenden', 'abschicken', 'submit', 'send', 'abbrechen', 'cancel', 'bewerten', 'jetzt bewerten', 'rate', 'rate this', 'jetzt anmelden', 'jetzt registrieren', 'imprint', 'inhalt', 'inhaltsverzeichnis', 'contents', 'table of contents', 'in diesem (?:artikel|beitrag|text|ratgeber)', 'cite this (?:article|paper|chapter|page)', 'rights and permissions', 'reprints and permissions', 'auf dieser seite', 'in this (?:article|post|story|guide)', 'on this page', 'dans cet article', 'sur cette page', 'en este artículo', 'in questo articolo', 'w tym artykule', 'toggle', '(?:(?:hide|show|toggle) )?caption', 'a', 'b', 'dossier', 'audio-player', 'player', 'kommentar-?feed', 'comments? feed', 'trackback(?:-url)?',
  // Display toggles, the share panel's confirmation, a translation widget's and a search box's labels ("Dark Mode Go Top",
  // "Copy Link URLCopied!", "Select Language", "Close this search box.").
  'dark mode', 'light mode', 'dunkelmodus', 'go (?:to )?top', 'url', '(?:link |url )?copied!?', 'link kopiert!?', 'select language', 'sprache wählen',
  'close (?:this )?search(?: box| form)?', '(?:more|extra) sharing options',
  // An image's hint to open it larger (ENLARGE_HINT).
  `\\(?(?:${ENLARGE_HINT})\\)?`,
  // A dialog's close button, in the page's words ("Fermer la popin", "Close window", "Fenster schließen").
  'fermer', 'fermer la (?:fenêtre|popin|pop-?up)', 'close (?:the |this )?(?:window|pop-?up|dialog)', '(?:fenster|dialog) schlie(?:ß|ss)en',
  // A dialog's answers and checkbox ("Jetzt aktivieren", "Nein, danke", "Not now", "Diesen Hinweis nicht mehr anzeigen") and a
  // footer's links to the site's standards.
  'jetzt aktivieren', 'nein,? danke', 'no,? thanks', 'not now', 'nicht jetzt', 'vielleicht später', 'maybe later',
  // A consent dialog's answers ("Ich bin einverstanden.", "Einverstanden", "I agree", "OK, verstanden", "Got it"), and a deals
  // site's button to report an expired offer ("Deal abgelaufen? Jetzt melden! Abgelaufen?").
  '(?:ich bin )?einverstanden', 'ich stimme zu', 'i agree', '(?:ok,? )?verstanden', 'got it',
  '(?:deal|angebot|gutschein|coupon) abgelaufen\\?(?:\\s*jetzt melden!?)?(?:\\s*abgelaufen\\?)?', '(?:deal|offer|coupon) expired\\?(?:\\s*report (?:it|this)(?: now)?!?)?',
  '(?:diesen|den) hinweis (?:in zukunft |künftig )?nicht mehr (?:anzeigen|zeigen)', "(?:do not|don['’]t) show (?:this|me this)(?: message| notice)? again",
  // The bookmark button's notice: "Article bookmarked", "Find your bookmarks in your Independent Premium section, under my profile".
  '(?:article|story) (?:bookmarked|saved)', '(?:artikel|beitrag) (?:gemerkt|gespeichert)', 'find your (?:bookmarks|saved (?:articles|stories)) (?:in|under) .{1,80}',
  'editorial (?:standards|guidelines|policy|policies)', '(?:ethics|corrections) policy', 'our standards(?::\\s*.{1,60})?', '\\d{1,4}\\s*[-–]\\s*\\d{1,4} (?:of|von|de|sur|di) \\d{1,6}',
  // Links to write to the site or its newsroom, and to report a mistake ("Scrivi alla Redazione", "Kontakt zur Redaktion", "Fehler melden").
  '(?:how to )?contact us', 'how to reach us', 'get in touch', 'write to us', '(?:contact|write to|e-?mail) the (?:editors?|newsroom|editorial team)', 'send us (?:a tip|your tips?|feedback)', '(?:give|send) us (?:your )?feedback (?:in|on|at|via) (?:our|the) [\\p{L} ]{1,30}',
  'kontaktieren sie uns(?: gerne)?(?: auch)?(?: direkt)?', 'kontaktiere uns', 'schreiben sie uns', 'schreib(?:t)? uns', 'kontakt (?:zur|mit der) redaktion', '(?:die )?redaktion kontaktieren',
  '(?:schreiben sie|schreib) (?:der|an die) redaktion', '(?:feedback|tipp|hinweis|leserbrief) an die redaktion', 'fehler melden', '(?:einen )?fehler gefunden\\?',
  'report an? (?:error|typo|correction|mistake)', 'scrivi alla redazione', 'contatta la redazione', 'contattaci', 'scrivici', 'écrire à la rédaction',
  'contacter la rédaction', 'nous contacter', 'contactez-nous', 'contáctanos', 'escríbenos', 'contactar con la redacción', 'escribe a la redacción',
  // An address a script hides from harvesters, as the page shows it without the script: "[email protected]" (Cloudflare).
  '\\[(?:email\\sprotected|javascript protected email address)\\]',
];
const UI_LINE = wholeLine([`${UI_HEAD}(?:${UI_WORDS.join('|')})${UI_TAIL}`]);
/**
 * A search box's hint: "Type to search or hit ESC to close", "Suchbegriff eingeben", "Geben Sie einen Suchbegriff ein und
 * drücken Sie Enter", "Mit einem Klick auf Enter geht die Suche los, mit ESC verlassen Sie das Suchfenster."
 */
const SEARCH_HINT: readonly RegExp[] = [
  /^(?:type|start typing)(?: and (?:press|hit) [“"']?(?:enter|return)[”"']?)? to search\b.{0,40}$/iu,
  /^(?:(?:bitte )?(?:suchbegriff|suchwort|stichwort)e? (?:hier )?eingeben|geben sie (?:einen |ein |ihren |hier )?(?:suchbegriff|suchwort|stichwort)\p{L}* ein)\b.{0,60}$/iu,
  /^(?:suchbegriff|suchwort|stichwort)e?\s+such(?:e|en)$/iu,
  /\b(?:enter|eingabe(?:taste)?|return)\b.{0,40}\b(?:such\p{L}*|search)\b.{0,40}\besc\b|\b(?:klick|drücken sie|drücke|press|hit)\b.{0,40}\b(?:enter|eingabe(?:taste)?|return)\b.{0,20}\b(?:um die suche|to search)\b/iu,
];
const SEARCH_HINT_WORDS = ['search', 'such', 'stichwort'];
/** A toggle of a part of the page ("Quellen ausblenden", "Bewertungen anzeigen"). */
const PART_TOGGLE = String.raw`(?:alle )?(?:quellen|kommentare|details|bilder|antworten|einzelnachweise|fußnoten|bewertungen|sources|comments|replies) (?:anzeigen|ausblenden|einblenden|verbergen|zeigen|show|hide)`;
/** Tools for the page and toggles of its parts: "Dieses Skript als PDF herunterladen", "Artikel drucken", "Print this article", "Quellen ausblenden", "drukuj" (sharing is strip/share-prompt's). */
const PAGE_TOOL = wholeLine([
  String.raw`(?:(?:diese[nsr]?|den|das|die|this) )?(?:(?:artikel|beitrag|skript|manuskript|text|seite|rezept|dokument|sendung|article|page|recipe|story) )?(?:als |as (?:a )?)?(?:pdf|e-?book|druckversion)(?:-datei)? (?:herunterladen|downloaden|download|drucken|ausdrucken|speichern|öffnen)`,
  String.raw`(?:download|print|save|email|e-mail) (?:this|the) (?:article|page|story|recipe|post)`,
  String.raw`(?:(?:diese[nsr]?|den|das|die) )?(?:artikel|beitrag|seite|rezept|text) (?:drucken|ausdrucken|herunterladen|speichern|versenden|verschicken|per e-?mail (?:versenden|senden|verschicken))`,
  PART_TOGGLE,
  String.raw`(?:drukuj|imprimir|imprimer|stampa)`,
  // A read-aloud player's button: "Artikel anhören", "Listen to this article", "Escuchar artículo", "Escucha esta nota aquí", "Écouter l'article".
  String.raw`(?:(?:diese[nsr]? |den )?(?:artikel|beitrag|text) (?:anhören|vorlesen(?: lassen)?)|listen to (?:this|the) (?:article|story|post)|escucha(?:r)? (?:el |este |esta |la )?(?:artículo|articulo|audio|nota)(?: aquí| aqui)?|[ée]couter (?:l['’]|cet )article|ascolta (?:l['’])?articolo|ouvir (?:o |este )?artigo)`,
  // A link to the site's editorial rules beside the byline: "Learn about our editorial policies", "Learn about our Financial Review Board".
  String.raw`(?:learn|read) (?:more )?about (?:our|the) (?:editorial (?:policies|policy|process|guidelines|standards)|(?:financial |medical |expert )?review board|fact[- ]checking (?:process|policy))|mehr (?:über|zu) unsere[nmr]? (?:redaktionellen (?:richtlinien|grundsätze|standards)|redaktionsrichtlinien)`,
  // A gallery's keyboard hint: "Tipp: du kannst mit der Tastatur blättern", "Tip: use the arrow keys".
  String.raw`(?:tipp|tip|hinweis)\s*:\s*(?:du kannst|sie können|you can|use)\b.{0,40}\b(?:tastatur|pfeiltasten|keyboard|arrow keys)\b.{0,30}`,
]);

/** A line made only of UI words glued or stacked together ("Neueste obenÄlteste oben", "Teilen Drucken", "Rezept speichern Speichern"). */
// Closed comments alone are strip/comment-prompt's, a tool or toggle alone PAGE_TOOL's, sharing or rating the
// text alone ("Artikel teilen", "Rezept bewerten") strip/share-prompt's or strip/rating-prompt's; in a row of UI words they are one of them.
const UI_WORD_SEQUENCE = new RegExp(
  `^(?:${UI_HEAD}(?:${[
    ...UI_WORDS.filter((w) => w.length > 2),
    'kommentare geschlossen',
    'comments (?:are )?closed',
    '(?:(?:diese[nsr]?|den|das|die) )?(?:artikel|beitrag|seite|rezept|text) (?:drucken|ausdrucken|herunterladen|speichern|merken|teilen|bewerten|versenden|verschicken|weiterempfehlen|per e-?mail (?:versenden|senden|verschicken))',
    PART_TOGGLE,
  ].join('|')})${UI_TAIL}[\\s|/·•]*){2,8}$`,
  'iu',
);

/** A label naming the page's own address, then that address alone (strip/page-link). */
const PAGE_LINK = new RegExp(
  `^(?:${[
    String.raw`(?:read or share|share|teilen|copy|kopieren|link to|verlinken)(?: (?:this|diese[nsr]?|den|das|die))? (?:story|article|page|post|artikel|beitrag|seite|geschichte)`,
    String.raw`(?:diese[nsr]?|den|das|die) (?:artikel|beitrag|seite|geschichte) (?:teilen|verlinken|kopieren)`,
    String.raw`(?:short|kurz|perma|artikel|page|story|seiten|beitrags)[ -]?(?:link|url|address|adresse)`,
    String.raw`(?:link|url|adresse|address) (?:zum|zu diesem|dieses|des|to this|of this|for this) (?:artikel|beitrag|article|story|page|post|seite)`,
    String.raw`shortlink|permalink`,
  ].join('|')})${String.raw`\s*:\s*(?:https?://|www\.)\S+$`}`,
  'iu',
);

/** MediaWiki's print footer and last-edited line, in the wiki's language (strip/wiki-footer). */
const WIKI_FOOTER = /^(?:(?:retrieved from|abgerufen von|récupérée de|obtenido de|estratto da|pobrano z|opgehaald van|hämtad från)\s*[:]?\s*["“„«‘'‚]?\s*https?:\/\/\S+?\s*["”“»’'‘]?\.?|(?:this page was last (?:edited|modified) on|diese seite wurde zuletzt am|cette page a été modifiée pour la dernière fois le|la dernière modification de cette page a été faite le|esta página (?:se editó|fue editada|fue modificada) por última vez el|questa pagina è stata modificata per l['’]ultima volta il|tę stronę ostatnio edytowano) \d.{3,60}?\.?)$/iu;

/** An ad label standing alone. */
const AD_LABEL = wholeLine([
  String.raw`[-–•|\s]*(?:anzeige|werbung|advertisement|advertising|sponsored|sponsored content|gesponsert|promotion|ad|ads|reklame|partnerinhalt|paid content)[-–•|:\s]*`,
  // Where an ad slot cuts the text: "Story continues below advertisement", "Continue Reading Below", "Weiterlesen nach der Anzeige".
  String.raw`(?:advertisement\s*[-–:]?\s*)?(?:(?:the )?(?:story|article|text|content) continues (?:below|after (?:this|the) (?:ad|advertisement))(?: (?:this )?(?:ad|advertisement))?|continue reading (?:below|after (?:the|this) ad(?:vertisement)?)|(?:lesen sie )?weiter(?:lesen)? (?:nach|unter) der (?:anzeige|werbung)|(?:der )?(?:artikel|text) (?:geht|wird) (?:nach|unter) der (?:anzeige|werbung) (?:weiter|fortgesetzt))\.?`,
]);

/** An ad's teaser opened by its label and a separator; a disclosure ("Werbung: Dieser Beitrag enthält …") is strip/ad-disclosure's. */
const AD_TEASER = /^(?:anzeige|werbung|sponsored|advertisement|gesponsert|promotion)\s*[-–|:]\s*(?!(?:dieser|dieses|diese|der|die|das|enthält|unbezahlt|unbeauftragt|affiliate|beitrag|artikel|post|this|the)\b)\S/iu;

/** Headers and prompts of comment sections (a whole line). */
const COMMENT_PROMPT = wholeLine([
        String.raw`${UI_HEAD}(?:\d+\s+)?(?:kommentare?|leserkommentare|comments?|diskussion|discussion|responses?)(?:\s*\(\d+\))?${UI_TAIL}`,
        String.raw`(?:kommentar|comment|antwort) (?:schreiben|verfassen|hinzufügen|abgeben|posten|erstellen)${UI_TAIL}`,
        String.raw`(?:leave|post|write|add) a (?:reply|comment|response)${UI_TAIL}`,
        String.raw`(?:please )?(?:log ?in|sign in|register)(?: here)? to (?:leave a |post a |write a )?(?:comment|reply|post)${UI_TAIL}`,
        String.raw`(?:diskutieren|kommentieren) sie mit[!.]?${UI_TAIL}`,
        // With the login it asks for: "Um einen Kommentar zu hinterlassen, loggen Sie sich bitte ein."
        String.raw`um (?:an der diskussion teilzunehmen|zu kommentieren|kommentieren zu können|einen kommentar (?:zu )?(?:schreiben|verfassen|hinterlassen|abgeben)(?: zu können)?)[,.:]?(?:\s*(?:loggen sie sich|melden sie sich|logge dich|melde dich|müssen sie sich|musst du dich)\b[^.!]{0,60}[.!]?)?`,
        String.raw`(?:loggen|melden) sie sich (?:bitte )?an(?: oder registrieren sie sich)?[.!]?`,
        String.raw`loggen sie sich ein(?: oder registrieren sie sich)?[.!]?`,
        String.raw`(?:sie müssen )?(?:angemeldet|eingeloggt) sein,? um (?:zu kommentieren|einen kommentar [\p{L} ]+)[.!]?`,
        String.raw`you must be logged in to post a comment[.!]?`,
        // "Para comentar debes registrarte y completar los datos generales.", "Pour commenter, vous devez être connecté.", "To comment, please sign in."
        String.raw`(?:para (?:comentar|poder comentar|dejar un comentario|deixar um comentário)|pour (?:commenter|pouvoir commenter|laisser un commentaire)|to (?:comment|post a comment|leave a comment)),? (?:debes|debe|deberás|tienes que|tiene que|necesitas|es necesario|é necessário|você precisa|vous devez|veuillez|il faut|you must|you need to|please)\b.{0,100}`,
        // With the moderation's note in brackets: "Keine Kommentare (Kommentare erscheinen erst nach unserer Freigabe)".
        String.raw`(?:(?:es gibt )?(?:noch |bisher |bislang )?keine kommentare(?: vorhanden)?|(?:there (?:are|is) )?no comments(?: yet| so far)?)[.!]?(?:\s*\([^()]{1,120}\))?|sei der erste,? der (?:kommentiert|einen kommentar schreibt)[.!]?|be the first to comment[.!]?`,
        // Signed in to comment what the page holds: "Um den Tipp "Tomaten richtig schneiden" kommentieren zu können, müssen Sie eingeloggt sein."
        String.raw`um (?:(?:den|das|die|diesen|dieses|diese|einen|ein|eine|ihren|deinen) .{1,80} )?(?:zu kommentieren|kommentieren zu können|(?:zu )?bewerten (?:und|oder) (?:zu )?kommentieren(?: zu können)?),? (?:müssen sie|musst du|muss man) (?:sich |dich )?(?:\p{L}+ )?(?:eingeloggt|angemeldet|registriert|einloggen|anmelden|registrieren)\b.{0,60}`,
        // Where no one may comment, or only the signed-in: "Leider sind keine Kommentare möglich.", "Nur angemeldete Benutzer können kommentieren und bewerten."
        String.raw`(?:leider )?(?:sind )?(?:hier )?keine kommentare (?:mehr )?möglich[.!]?|(?:comments|commenting) (?:is|are) (?:not available|disabled|turned off)(?: for this (?:article|story|post))?[.!]?`,
        String.raw`nur (?:angemeldete|registrierte|eingeloggte) (?:benutzer|nutzer|mitglieder|leser)(?:innen|:innen|\*innen)? (?:können|dürfen) (?:kommentieren|kommentare (?:schreiben|verfassen|abgeben))(?: und (?:bewerten|antworten))?[.!]?|only (?:registered|logged[- ]in|signed[- ]in|subscribed) (?:users|members|readers|subscribers) can (?:comment|post comments|leave comments)[.!]?`,
        // The comments' house rules as a line: "Please be mindful of our community standards.", "Community Rules apply to all content you upload …"
        String.raw`please (?:be mindful of|respect|follow|read|observe|review|keep to) (?:our|the) (?:community (?:standards|guidelines|rules)|comment(?:ing)? (?:policy|guidelines|rules)|house rules)\b.{0,80}|(?:our )?community (?:rules|guidelines|standards) apply to\b.{0,120}`,
        // The comment section's call: "Be part of the conversation", "Join the discussion", "Share your thoughts and debate the big issues".
        String.raw`(?:be part of|join|start) the (?:conversation|discussion|debate)[.!]?|share your (?:thoughts|views|opinion)(?: below| with us)?(?: and (?:debate|discuss) [\p{L} ]{1,30})?[.!]?`,
        // The comment form's messages: its check of the length ("Ihr Kommentar ist zu lang. Es sind maximal 2048 Zeichen erlaubt!",
        // "Your comment is too long (maximum 1000 characters)."), a failed sending ("Beim Absenden Ihres Kommentars ist ein Fehler aufgetreten.").
        String.raw`(?:beim (?:absenden|senden|speichern|übermitteln) (?:ihres|deines|des) kommentars?|(?:an error occurred|there was an error|error) (?:while |when )?(?:posting|submitting|sending|saving) (?:your|the) comment)\b[^.!]{0,40}[.!]?(?:\s*(?:bitte (?:versuchen sie|versuche) es (?:erneut|noch einmal|später)|please try again(?: later)?)[.!]?)?`,
        String.raw`(?:(?:ihr|dein) (?:kommentar|beitrag|text) ist zu lang|(?:your )?(?:comment|reply) is too long)\b(?:[.!,:]?\s*\(?(?:es sind )?(?:maximal|max\.?|höchstens|maximum(?: of)?|up to)\s*\d[\d.,]*\s*(?:zeichen|characters)(?: (?:erlaubt|möglich|zulässig|allowed))?\)?)?[.!]?`,
        // Closed: "Kommentare geschlossen", "Die Kommentarfunktion ist für diesen Artikel deaktiviert.", "Comments are closed."
        String.raw`(?:die )?(?:kommentare|kommentarfunktion)(?: (?:sind|ist))?(?: (?:für|zu|unter|bei) (?:diesen|diesem|dieses|diese[rm]?) (?:artikel|beitrag|eintrag|text|thema))?(?: (?:sind|ist))?(?: (?:derzeit|aktuell|leider|bereits|nicht mehr|hier))* (?:geschlossen|deaktiviert|gesperrt|abgeschaltet|nicht (?:verfügbar|aktiviert|möglich))[.!]?|comments (?:are )?closed[.!]?`,
        // The letters-to-the-editor prompt: "We want to hear what you think about this article.", "We'd love to hear from you", "Submit a letter to the editor"
        String.raw`(?:we (?:want|would love|'d love|’d love) to hear (?:what you think|from you)|(?:tell|let) us what you think|(?:submit|write|send) (?:us )?a letter to the editor)\b.{0,160}`,
        // "Verraten Sie gerne in den Kommentaren: …", "Let us know in the comments"
        String.raw`(?:verraten|schreiben|erzählen|sagen) (?:sie|sie uns|du|du uns|uns|es uns|ihr|ihr uns) (?:gerne |gern |doch )?(?:\p{L}+ )?in den kommentaren\b.{0,120}|(?:let us know|tell us|share your thoughts) in the comments\b.{0,120}`,
      ]);

/**
 * The comments' house rules: "Bitte registrieren Sie sich und halten Sie sich an unsere Netiquette." Apart from
 * COMMENT_PROMPT, behind a word test: its leading run would be tried on every line.
 */
const HOUSE_RULES = new RegExp(String.raw`^.{0,80}\b(?:halten sie sich an|haltet euch an|halte dich an|beachten sie|beachte|es gilt|es gelten|please (?:follow|read|observe)) (?:unsere |die |our )?(?:netiquette|community[- ]?richtlinien|kommentarregeln|diskussionsregeln|community guidelines|commenting guidelines)\b.{0,40}$`, 'iu');
const HOUSE_RULES_WORDS = ['netiquette', 'richtlinien', 'regeln', 'guidelines'];
/** How comments are moderated: "Comments under pseudonym are allowed but …", "Kommentare werden erst nach Prüfung freigeschaltet." */
const MODERATION_NOTE = /^(?:\d+\.\s*)?(?:note:\s*)?(?:we(?: are|['’]re) (?:temporarily |currently )?moderating (?:all )?comments\b|comments? (?:under (?:a )?pseudonyms?|(?:are|will be) (?:moderated|reviewed|held for moderation|published (?:only )?after))|(?:ihre |ihr |dein |alle |die )?(?:kommentare|kommentar|leserkommentare|leserbeiträge) (?:werden|wird|sind|erscheinen|erscheint) (?:erst |nur )?(?:nach (?:unserer |der |einer )?(?:prüfung|freischaltung|moderation|sichtung|freigabe)|(?:von uns |von der redaktion )?(?:moderiert|freigegeben|freigeschaltet|geprüft))|kommentare unter pseudonym|your comment is awaiting moderation|(?:ihr|dein) kommentar (?:wartet (?:noch )?auf (?:die )?(?:freischaltung|moderation|freigabe|prüfung)|muss (?:noch )?(?:von der redaktion |von einem moderator )?(?:freigeschaltet|freigegeben|geprüft) werden)|comments? (?:will )?(?:appear|be (?:visible|published|shown)) (?:only )?(?:after|once) (?:approval|moderation|(?:it|they) (?:has|have) been (?:approved|reviewed)))\b.{0,300}$/iu;
/** Write to the editors: "Bei Fragen und Anregungen zu diesem Artikel …", "Puede escribirnos a … o seguir a Materia en Facebook", "Have a tip? Email us …". */
const FEEDBACK_PROMPT = /^(?:bei fragen(?:,| und| oder)?(?: (?:anregungen|kritik|hinweisen|wünschen|feedback))?\b.{0,40}\bzu (?:diesem|unserem|dem) (?:artikel|beitrag|thema|text)\b.{0,60}\b(?:mit uns|an uns|schreiben sie uns|kontaktieren sie uns)\b.{0,60}|(?:puede|puedes|podéis|pueden) (?:escribirnos|contactarnos|seguirnos)\b.{0,250}|(?:have|got) (?:a |any )?(?:questions?|tips?|feedback|story ideas?)\?? .{0,40}\b(?:e-?mail|write to|contact|reach) us\b.{0,100}|["“]?(?:(?:questions|comments|feedback|suggestions|tips|fragen|anregungen|kritik|hinweise)(?: (?:or|and|oder|und) \p{L}+)?\?\s*){1,3}(?:(?:e-?mail|write to|contact|reach) us|(?:schreiben|kontaktieren|mailen) sie uns|schreib(?:t|e)? uns)\b.{0,100}|(?:kommentare|anmerkungen) zu (?:diesem|dem) (?:text|artikel|beitrag)\b.{0,40}\b(?:könnt ihr|können sie|kannst du)\b.{0,40}\b(?:netzwerken|kanälen|facebook|instagram|twitter|social media)\b.{0,100}|comments on this (?:story|article|post)\b.{0,40}\b(?:on our|on facebook|on twitter|social)\b.{0,100})$/iu;
const FEEDBACK_WORDS = ['fragen', 'escribirnos', 'contactarnos', 'seguirnos', 'mail us', 'write to us', 'contact us', 'reach us', 'kommentare zu', 'comments on', 'sie uns', 'schreib'];
const MODERATION_WORDS = ['pseudonym', 'moderat', 'review', 'published', 'prüfung', 'freischaltung', 'sichtung', 'freigabe', 'freigegeben', 'freigeschaltet', 'approv', 'appear', 'visible'];

/** Disclosures of advertising and affiliate links. */
const AD_DISCLOSURE: readonly RegExp[] = [
  /\b(?:dieser|der|dieses|das|unser|unsere|diese|die|this|the|our) (?:beitrag|artikel|text|post|blogpost|blogbeitrag|video|seite|article|page)\b.{0,30}\b(?:enthält|beinhaltet|contains|includes)\b.{0,60}(?:werbung|werbende|affiliate|provisions|partner-?links|anzeige|sponsored|advertis)/iu,
  /\b(?:bei den|die mit \*? ?(?:markierten|gekennzeichneten)|alle mit \*? ?(?:markierten|gekennzeichneten)|die) (?:verlinkungen|links)\b.{0,60}\b(?:affiliate|provisions|partner-?links|werbelinks)/iu,
  /\b(?:affiliate[- ]?links?|provisionslinks?|werbelinks?|partner-?links?)\b.{0,160}\b(?:provision|vergütung|kommission|commission)/iu,
  // "Solche Links kennzeichnen wir mit einem Sternchen (*). Geld erhalten wir, wenn Sie diesen Link … klicken"
  /\b(?:solche|diese|die|alle|entsprechende) (?:links|verlinkungen) (?:kennzeichnen|markieren) wir\b.{0,40}(?:sternchen|\*)/iu,
  /\b(?:geld|eine provision|eine vergütung) (?:erhalten|bekommen|verdienen) wir,? wenn (?:sie|du|ihr)\b.{0,40}\blinks?\b/iu,
  /^\*?\s*(?:werbung|anzeige|affiliate-?links?)\s*[.:|,]\s*(?:dieser|dieses|der|das|enthält|unbezahlte|unbeauftragte)\b/iu,
  // "… and advertisers do not influence our picks", "Unsere Werbepartner haben keinen Einfluss auf …"
  /\b(?:advertisers|sponsors|werbepartner|anzeigenkunden) (?:do not|don'?t|never|have no|haben keinen) (?:influence|einfluss)\b/iu,
  // Only that it may: "This post may contain affiliate links", "Dieser Artikel kann Links zu Anbietern enthalten, von denen X eine Provision erhält".
  /\b(?:dieser|der|dieses|das|unser|unsere|diese|die|this|the|our) (?:beitrag|artikel|text|post|blogpost|blogbeitrag|video|seite|website|site|blog|article|page)\b.{0,40}?\b(?:kann|könnte|können|may|might|can|could)\b.{0,60}?\b(?:enthalten|contain)\b.{0,80}?(?:werbung|werbende|affiliate|provision|vergütung|partner-?links|referral|sponsored|advertis|commission)/iu,
  // Amazon's required statement, in its English and German wording.
  /\bas an amazon associate,? (?:i|we) earn\b|\bals amazon-partner (?:verdiene ich|verdienen wir)\b/iu,
  // "Advertising disclosure: We may receive compensation for some of the links in our stories."
  /\bwe (?:may )?(?:earn|receive|get) compensation\b.{0,60}\blinks?\b/iu,
  // "If you buy something through this post, IGN may get a share of the sale."
  /\bif you (?:buy|purchase) (?:something|anything|a product|products) (?:through|via|from) (?:this|our|these|the|a) (?:post|article|story|page|links?)\b.{0,60}\b(?:share of the sale|commission|compensation|(?:may )?(?:earn|receive|get) (?:a|some)\b)/iu,
  // The header of the box: "Advertising Disclosure", "Affiliate disclaimer:"; a note on where it holds ("The advertising disclaimer below does not apply to this article").
  /\b(?:advertising|advertiser|affiliate|sponsorship) (?:disclosure|disclaimer)s?\b.{0,30}\b(?:does not|doesn['’]t|do not|don['’]t) apply\b/iu,
  /^(?:advertising|advertiser|affiliate(?: link)?) (?:disclosure|disclaimer)s?\s*:?$/iu,
  // A sponsor and the blogger's word on it: "This post is sponsored by Acme, but all opinions are my own."
  /\b(?:sponsored|sponsoring|compensated|paid|gifted|sent (?:to )?(?:me|us)|provided (?:to (?:me|us) )?by)\b.{0,160}\b(?:opinions|views|thoughts) (?:are|remain|expressed (?:here )?are) (?:always |entirely |completely |all |100% )?(?:my|our) own\b/iu,
  // A bank advertiser's distance from what the page says: "… not provided or commissioned by the bank advertiser", "… endorsed by any card issuer".
  /\b(?:not|nor) (?:been )?(?:provided|commissioned|reviewed|approved|endorsed)\b.{0,60}\bby (?:the|any|our) (?:bank |card |credit card )?(?:advertisers?|issuers?)\b/iu,
  // "We may earn a commission …", "… erhalten wir eine kleine Provision"
  /\bwe (?:may )?(?:earn|receive|get) (?:a )?(?:small )?(?:commission|affiliate commission)\b|\b(?:may|might|can|could) (?:earn|receive|get) (?:an? )?(?:small )?(?:affiliate )?commission\b.{0,80}\b(?:links?|if you (?:buy|purchase|click))\b|\b(?:erhalten|bekommen) wir (?:ggf\. |gegebenenfalls |eventuell |unter umständen )?eine (?:kleine )?(?:provision|vergütung)\b/iu,
];

/** Appeals for donations and paid support. */
const SUPPORT_APPEAL: readonly RegExp[] = [
  /^(?:jede|jeder) (?:\p{L}+ )?(?:spende|euro|beitrag|unterstützung)\b.{0,20}\b(?:hilft|zählt)\b.{0,100}!$/iu,
  /^(?:ihr|ihre|dein|deine|euer|eure) (?:beitrag|spende|unterstützung|abo)\b.{0,20}\b(?:hilft|ermöglicht|sichert)\b.{0,40}\bunsere[nmr]? (?:berichterstattung|journalismus|arbeit|redaktion|angebot|inhalte)\b/iu,
  /^(?:jetzt |bitte )?(?:unterstützen sie|unterstütze|unterstützt|supporte|supportet) (?:uns|unsere[nmr]? (?:\p{L}+ )?(?:arbeit|journalismus|berichterstattung|redaktion|projekt))\b.{0,80}$/iu,
  // A donation button: "Jetzt spenden!", "Donate now", "Faire un don".
  /^(?:jetzt |hier |bitte |online )*spenden[.!]?$|^donate(?: now| today)?[.!]?$|^faire un don[.!]?$|^(?:dona|haz una donación)(?: ahora| aquí)?[.!]?$/iu,
  // A donation form's checkbox: "Ja, ich möchte nachtkritik.de unterstützen."
  /^ja,? ich (?:möchte|will) (?:\S+ ){1,3}(?:unterstützen|fördern)[.!]?$/iu,
  // The site by its name, and nothing else: "Unterstütze RosaMag"
  /^(?:[Jj]etzt )?(?:[Uu]nterstützen [Ss]ie|[Uu]nterstütze|[Uu]nterstützt) \p{Lu}[\p{L}\d.-]+(?: (?:bereits |schon )?(?:ab|mit) [\d.,]+ ?(?:€|euro|eur)?)?[.!]?$/u,
  // The same on Polish, Spanish and French pages: "… Wesprzyj nas darowizną lub przekaż nam 1% podatku.", "Apoya nuestro periodismo", "Soutenez notre rédaction".
  /\b(?:wesprzyj|wspieraj|wspomóż) nas (?:darowizną|wpłatą|finansowo|przelewem)(?!\p{L})|\b(?:apoya|apóyanos para sostener|apoye) (?:nuestro|el) periodismo\b|\bsoutenez(?:-nous| notre (?:journalisme|travail|rédaction|média))\b/iu,
  /^(?:if you (?:enjoyed|liked|like|value|appreciate)\b.{0,80}\b(?:please )?(?:consider )?(?:supporting|support|donating|becoming a (?:patron|member|supporter))|(?:please )?(?:consider )?(?:supporting|support) (?:us|our (?:work|journalism|reporting))\b)/iu,
  // The site by its name: "Support Snopes and make a difference for readers everywhere.", "Support Snopes so we continue to pursue the facts".
  /^[Ss]upport \p{Lu}[\p{L}\d.-]+ (?:and|so|to|today)\b.{0,100}\b(?:readers?|journalism|reporting|our work|facts|mission|independen\p{L}*)\b.{0,60}$/u,
  // "We rely on your support to make local news available to all", "This site depends on readers' donations"
  /^(?:we|this (?:site|website|newsroom|blog)|our (?:newsroom|journalism|reporting)) (?:rel(?:y|ies)|depends?) on (?:your|readers[’']?|reader|the) (?:support|donations|contributions|generosity)\b.{0,100}$/iu,
  // "We do this work every day at no cost to you, but it is far from free to produce …"
  // The site's funding, then the appeal: "KATAPULT ist gemeinnützig und unabhängig. Wir finanzieren uns durch Spenden und Abos. Unterstütze unsere Arbeit …"
  /\bwir finanzieren uns\b.{0,60}\b(?:spenden|abos?|abonnements|mitgliedsbeiträge)\b.{0,120}\b(?:unterstütze|unterstützen sie|unterstützt uns|abonniere|abonnieren sie|jetzt spenden|werde mitglied|werden sie mitglied)\b/iu,
  /\bat no cost to you\b.{0,40}\b(?:far from free|not free|costs? (?:us|money))\b|\bfar from free to produce\b/iu,
  // "Do you rely on Snopes reporting? Click here to support it."
  /^(?:do you|if you) (?:rely on|value|appreciate|enjoy|like) (?:[\p{L}\d.'’-]+ ){0,2}(?:reporting|journalism|coverage|work|articles|stories)\b.{0,10}[?,.]\s*(?:please )?(?:click here to |then )?(?:support|donate|become a (?:member|supporter|patron))\b.{0,60}$/iu,
];

/** A sign-up's confirmation: "Sie haben sich erfolgreich angemeldet Vielen Dank! Bitte prüfen Sie Ihr E-Mail Postfach.", "Please check your inbox …". */
const SIGNUP_CHECK_MAIL = String.raw`(?:(?:bitte )?(?:prüfen|überprüfen|checken) sie (?:jetzt )?(?:ihr|ihren) (?:e-?mail[- ]?)?(?:postfach|posteingang)|(?:please )?check your (?:e-?mail|inbox|mailbox))[^.!?]{0,60}`;
const SIGNUP_CONFIRMED = new RegExp(
  String.raw`^(?:(?:(?:sie haben sich|du hast dich) (?:erfolgreich )?(?:für (?:den|unseren) newsletter )?(?:angemeldet|registriert|eingetragen)|you(?: have|['’]ve) (?:successfully )?(?:subscribed|signed up|registered))(?:[.!,]?\s*(?:vielen dank|danke|thank you|thanks)[.!]?)?(?:[.!]?\s*${SIGNUP_CHECK_MAIL})?|${SIGNUP_CHECK_MAIL})[.!]?$`,
  'iu',
);

/** Prompts to switch on notifications; online counters. */
const NOTIFICATION_PROMPT: readonly RegExp[] = [
  /^(?:(?:desktop-?|push-?|browser-?)?(?:benachrichtigung(?:en)?|mitteilungen|nachrichten|notifications?)\s+(?:aktivieren|erlauben|zulassen|einschalten|abonnieren|enable|allow|turn on)|(?:aktiviere|aktivieren sie|erlaube|erlauben sie) (?:die |unsere )?(?:desktop-?|push-?|browser-?)\s?(?:benachrichtigungen|mitteilungen|nachrichten))\b/iu,
  /\bdürfen wir (?:sie|dich|euch)\b.{0,60}\b(?:benachrichtigen|informieren)\?/iu,
  // The browser's permission dialog and its answer: "Erlauben Sie handelsblatt.com Ihnen Benachrichtigungen zu schicken.",
  // "Allow example.com to send you notifications", "We'd like to show you notifications for the latest news",
  // "Benachrichtigungen erfolgreich aktiviert", "Notifications enabled".
  /\b(?:erlauben sie|erlaube|allow)\b.{0,60}\b(?:(?:ihnen|dir) (?:push-?)?(?:benachrichtigungen|mitteilungen|nachrichten) zu (?:schicken|senden|zeigen)|to (?:send|show) you (?:push )?notifications)\b/iu,
  /\bwe(?:'|’| woul)?d like to (?:send|show) you (?:push )?notifications\b/iu,
  // A push service's bell: "Erhalte Updates direkt auf dieses Gerät – abonniere jetzt.", "Get updates directly on your device".
  /^(?:erhalte|erhalten sie|bekomme|bekommen sie|get|receive)\s+(?:die neuesten\s+|aktuelle\s+|the latest\s+)?(?:updates|benachrichtigungen|neuigkeiten|nachrichten|notifications|news)\s+(?:direkt\s+|directly\s+|right\s+)?(?:auf|on|to)\s+(?:dieses|diesem|dein|deinem|ihr|ihrem|this|your)\s+(?:gerät|device|smartphone|handy|desktop|browser)\b.{0,60}$/iu,
  /^(?:push-?|browser-?)?(?:benachrichtigungen|mitteilungen|notifications) (?:erfolgreich |successfully )?(?:aktiviert|eingeschaltet|enabled|activated|turned on)(?:[.!]?$|[.!]?\s+(?:wir|we|sie|you)\b)/iu,
  /^(?:aktuell |derzeit |zurzeit )?(?:sind |ist )?(?:\d+|ein|eine|kein|keine) (?:besucher|gäste|gast|mitglieder|mitglied|benutzer|nutzer|user|visitors?|guests?|members?)\b.{0,40}\bonline\b.{0,80}$/iu,
];

/** Prompts to rate the page. */
const RATING_PROMPT: readonly RegExp[] = [
  /^wie (?:hat|haben|gefällt|gefallen) (?:dir|ihnen|euch) (?:der|die|das|dieser|diese|dieses|unser|unsere) (?:artikel|beitrag|rezept|text|seite|video|post|anleitung|ratgeber)\b.{0,20}\?$/iu,
  /^(?:(?:jetzt |bitte )?(?:bewerte|bewerten sie|rate) (?:diesen|dieses|diese|den|das|die|unseren|unser|this)\s+(?:artikel|beitrag|rezept|text|seite|video|post|article|recipe)|(?:artikel|beitrag|rezept|text|seite|video) bewerten)\s*[.:!]*$/iu,
  /^(?:war|ist) (?:dieser|diese|dieses|der|die|das) (?:artikel|beitrag|seite|text|information|antwort|ratgeber)\b.{0,20}(?:hilfreich|nützlich)\?/iu,
  // A feedback widget's question in other words and languages: "Fandest du den Artikel hilfreich?",
  // "Was this article helpful?", "Did you find this page useful?", "Cet article vous a-t-il été utile ?",
  // "¿Te resultó útil este artículo?", "Ti è stato utile questo articolo?"; and its follow-up, "Warum ist der Artikel nicht hilfreich für dich?".
  /^(?:(?:fandest du|fanden sie|findest du|finden sie|fandet ihr) (?:den|diesen|die|diese|das|dieses) (?:artikel|beitrag|seite|text|informationen?|antwort|ratgeber|tipps?|anleitung)|(?:was|is) (?:this|the) (?:article|page|post|answer|information|guide|tip|story|content)|did you find (?:this|the) (?:article|page|post|answer|information|guide|tip|story|content)|(?:warum|wieso|weshalb) (?:ist|war) (?:der|dieser|die|diese|das|dieses) (?:artikel|beitrag|seite|text|antwort) nicht|why (?:was|is) (?:this|the) (?:article|page|post|answer|information|guide) not)\b.{0,20}(?:hilfreich|nützlich|helpful|useful)\b.{0,20}\?$/iu,
  /^(?:(?:cet article|cette page|cette réponse|ce contenu) vous a-t-(?:il|elle) été utile|¿?(?:(?:te|le|os|les) )?(?:ha resultado|resultó|ha sido|fue|es) (?:útil|de ayuda) (?:este|esta) (?:artículo|página|información|contenido|nota)|(?:ti|vi|le) è stat[oa] utile (?:questo|questa) (?:articolo|pagina|contenuto|risposta))\s*\?$/iu,
  // Its buttons and tally: "hilfreich nicht hilfreich", "Found This Helpful", "12 people found this helpful".
  /^(?:hilfreich\s+nicht hilfreich|helpful\s+not helpful|(?:\d+ (?:of \d+ )?(?:people|persons|users|customers|readers) )?found this (?:helpful|useful)\s*[.!]*)$/iu,
  /\b(?:wenn|falls) (?:du|sie|ihr) (?:unseren|diesen|den|unser|dieses|das) (?:beitrag|artikel|text|post|rezept) bewerte(?:st|n|t)\b.{0,20}$/iu,
  // The widget's answer to a vote: "Vielen Dank für deine Stimme!", "Danke für Ihre Bewertung.", "Thanks for your rating!"
  /^(?:vielen )?(?:dank|danke|thanks?(?: you)?) (?:für|for) (?:deine|ihre|eure|your) (?:stimme|bewertung|abstimmung|vote|rating)\s*[.!]*$/iu,
  // Or to a second vote: "Du hast das Rezept bereits bewertet.", "You have already rated this recipe."
  /^(?:du hast|sie haben|ihr habt|you(?:'ve| have)) (?:(?:das|den|die|diesen|dieses|diese|this|the) (?:artikel|beitrag|rezept|text|video|post|article|recipe|story) )?(?:bereits|schon|already) (?:bewertet|abgestimmt|rated|voted)\b.{0,20}[.!]?$/iu,
  // The widget's call to sign in first: "Melde dich an und bewerte das Rezept.", "Log in to rate this recipe".
  /^(?:(?:bitte |jetzt )?(?:melde dich an|melden sie sich an|logge dich ein|loggen sie sich ein)(?:,? um| und)|(?:log|sign) in (?:to|and)) .{0,40}\b(?:bewerte|bewerten|rate)\b.{0,20}[.!]?$/iu,
];

/** Rights notices in words: "This article is the copyrighted property of …", reprint only with permission, "Sofern nicht anders angegeben, … CC BY". */
const RIGHTS_NOTICE: readonly RegExp[] = [
  /\b(?:is|are) (?:the )?(?:copyrighted|exclusive|intellectual) property of\b/iu,
  // A long notice opening with its year: "© 2019 Beachbody, LLC. All rights reserved. Beachbody, LLC is the owner of …".
  /^(?:copyright\s*)?(?:©|\(c\)|copyright)\s*\d{4}\b.{0,80}\ball rights reserved\b/iu,
  // Trademark notices: "PCMag … are among the federally registered trademarks of Ziff Davis, LLC and may not be used by third
  // parties without explicit permission", "… are registered trademarks of Apple Inc. Roku is a registered trademark of …".
  /\b(?:are|is) (?:among )?(?:the )?(?:federally )?registered trademarks? of\b.{0,200}\b(?:permission|other countries|third parties)\b|\bregistered trademarks? of\b.{0,200}\bregistered trademarks? of\b/iu,
  /^this (?:document|article|content|material|page|work|website) is (?:subject to|protected by) copyright\b/iu,
  // "The material on this site may not be reproduced, distributed, transmitted, cached or otherwise used, except with the prior written permission of …"
  /^(?:the )?(?:material|content|contents|inhalte) (?:on|of|dieser) (?:this )?(?:site|website|page|webseite|website)\b.{0,30}\b(?:may not be|dürfen nicht)\b.{0,40}\b(?:reproduced|copied|republished|distributed|vervielfältigt|kopiert|verbreitet)\b.{0,200}$/iu,
  // The terms of use accepted by using the site: "Durch die Nutzung dieser Website zeigen Sie an, dass Sie unsere Nutzungsbedingungen … akzeptieren",
  // "By using this site, you agree to our Terms of Use".
  /^(?:by using this (?:site|website|service)|durch die (?:nutzung|verwendung) dieser (?:website|webseite|seite|site)),? (?:you (?:agree|accept|consent|acknowledge)|(?:zeigen|erklären|stimmen|akzeptieren) sie)\b.{0,80}\b(?:terms|nutzungsbedingungen|agb|privacy|datenschutz\p{L}*)\b.{0,120}$/iu,
  /^(?:written )?permission (?:must be obtained|is required)\b.{0,60}\b(?:reprint|republish|reproduc|copy)/iu,
  // The prohibition closes the line: "Nachdruck nur mit Genehmigung des Verlags.", not "…, urteilte das Gericht."
  /^(?:(?:jede|jeder|die|der|eine|all|any|no)\s+)?(?:nachdruck|vervielfältigung|weiterverbreitung|weiterveröffentlichung|reprints?|reproduction|republication|redistribution)\b.{0,60}\b(?:nur mit|only with|prohibited|untersagt|verboten|not permitted|ohne (?:vorherige |ausdrückliche |schriftliche )*(?:genehmigung|zustimmung|erlaubnis)|without (?:the )?(?:prior |express )*(?:written )?permission)[^,;]{0,60}$/iu,
  // "Materiał chroniony prawem autorskim - zasady przedruków określa regulamin.", "Dieser Artikel ist urheberrechtlich geschützt."
  /^(?:(?:dieser|dieses|der|das|die|alle|this|the|all|our|ten|ta|cały|wszystkie)\s+)?(?:materiał|materiały|treść|treści|artykuł|tekst|material|materials|content|inhalt|inhalte|artikel|beitrag|text)(?!\p{L}).{0,30}?\b(?:chronion[yae] prawem autorskim|(?:is|are) protected by copyright|(?:ist|sind) urheberrechtlich geschützt)\b[^,;]{0,80}$/iu,
  /^(?:sofern nicht anders (?:angegeben|ausgewiesen|vermerkt|gekennzeichnet)|soweit nicht anders (?:angegeben|vermerkt)|unless otherwise (?:noted|stated|indicated|specified)),?.{0,100}\b(?:cc[ -]by|creative commons|lizenz|licen[sc]e[ds]?|copyright|urheberrecht)/iu,
];
/** "Alle Rechte vorbehalten" in the languages of the pages: English, Spanish, Portuguese, French, Italian, Polish, Dutch. */
const ALL_RIGHTS_RESERVED =
  /\b(?:alle rechte vorbehalten|all rights reserved|todos los derechos reservados|todos os direitos reservados|tous droits réservés|tutti i diritti riservati|wszelkie prawa zastrzeżone|alle rechten voorbehouden)\b/iu;
const RESERVED_WORDS = ['vorbehalten', 'reserved', 'reservados', 'réservés', 'riservati', 'zastrzeżone', 'voorbehouden'];
const RIGHTS_WORDS = ['may not be', 'dürfen nicht', 'by using this', 'nutzung dieser', 'verwendung dieser', 'trademark', 'rights reserved', 'subject to copyright', 'autorskim', 'protected by copyright', 'urheberrechtlich', 'property', 'permission', 'nachdruck', 'vervielfältigung', 'weiterverbreitung', 'weiterveröffentlichung', 'reprint', 'reproduc', 'republi', 'redistribu', 'sofern', 'soweit', 'unless'];

/** The site disclaiming its contributors' opinions: "… is not responsible for the opinions … presented by contributors", "… n'engagent que leurs auteurs". */
const OPINION_DISCLAIMER: readonly RegExp[] = [
  /\b(?:is|are) not responsible for (?:the )?(?:opinions|views|content|statements|comments)\b/iu,
  /\bn['’]engagent que (?:leurs?|son|ses) auteurs?\b/iu,
  /^(?:the )?(?:views|opinions) expressed\b.{0,80}\b(?:are (?:solely )?(?:those|the views) of the (?:authors?|writers?|contributors?)|do not (?:necessarily )?reflect)\b/iu,
  /\b(?:geben|gibt|spiegeln|spiegelt) (?:nicht (?:notwendigerweise |unbedingt |zwingend |immer )?)?(?:die )?(?:meinung|ansicht|auffassung)\b.{0,40}\b(?:der redaktion|des verlags|des herausgebers|(?:des|der) (?:autors|autorin|autoren|verfassers|verfasserin) wieder)\b/iu,
  // "Die Meinung des Autors muss nicht mit der Meinung der Redaktion übereinstimmen."
  /\b(?:meinung|ansicht|auffassung)\b.{0,60}\b(?:muss|müssen|muß) nicht\b.{0,60}\b(?:meinung|ansicht|auffassung|haltung) (?:der redaktion|des verlags|des herausgebers|der herausgeber)\b/iu,
  // "… may not necessarily reflect the views of the site itself nor the views of its owners": the site's views, not a poll's.
  /\b(?:may|might|do|does|will|did) not necessarily (?:reflect|represent) (?:the )?(?:views?|opinions?|positions?|polic(?:y|ies))\b.{0,20}\bof (?:the |this )?(?:site|website|web site|blog|publication|publisher|newspaper|magazine|editors?|editorial (?:board|staff|team|department)|owners?|management)\b/iu,
  // Readers' comments: "Kommentare von Lesern stellen keinesfalls die Meinung der Redaktion dar!"
  /^(?:die )?(?:kommentare|leserkommentare|beiträge|zuschriften)\b.{0,40}\b(?:stellen|geben)\b.{0,30}\b(?:meinung|ansicht|auffassung) der redaktion\b.{0,10}$/iu,
];
const DISCLAIMER_WORDS = ['responsible', 'engagent', 'expressed', 'meinung', 'ansicht', 'auffassung', 'necessarily'];

/** The site disclaiming liability for what it links to or states: "Trotz sorgfältiger inhaltlicher Kontrolle übernehmen wir keine Haftung …", "Alle Angaben ohne Gewähr". */
const LIABILITY_DISCLAIMER: readonly RegExp[] = [
  /^(?:haftungsausschluss:?\s*)?trotz sorgfältiger (?:inhaltlicher )?(?:kontrolle|prüfung|recherche)\b.{0,30}?(?<!\p{L})(?:übernehmen wir|übernehme ich|können wir|kann ich|wird)\b.{0,30}\bkeine (?:haftung|gewähr)\b/iu,
  /\bfür (?:den|die) inhalte? (?:der|von) (?:verlinkten|verknüpften|externen) (?:seiten|websites?|webseiten|internetseiten|links|angebote)\b.{0,40}\b(?:ausschließlich|allein|nur) (?:deren|die|ihre) (?:betreiber|anbieter)\b.{0,40}\bverantwortlich\b/iu,
  /^(?:alle )?angaben ohne gewähr(?: auf (?:richtigkeit|vollständigkeit)(?: und (?:richtigkeit|vollständigkeit|aktualität))?)?[.!]?$/iu,
];
const LIABILITY_WORDS = ['haftung', 'gewähr', 'verantwortlich'];

/** The site disclaiming advice: a supplement's FDA notice, "for informational purposes only … not … medical advice", "ersetzt keine ärztliche Beratung". */
const ADVICE_DISCLAIMER: readonly RegExp[] = [
  /\bthese statements have not been evaluated by the food and drug administration\b/iu,
  /\b(?:is|are) not intended to diagnose, treat, cure,? or prevent any disease\b/iu,
  /\bfor (?:general )?informational purposes only\b.{0,160}\b(?:medical|professional|legal|financial|tax|investment) (?:advice|diagnosis|treatment)\b/iu,
  /\b(?:medical|professional|legal|financial|investment) advice\b.{0,60}\bfor (?:general )?informational purposes only\b/iu,
  /\b(?:dient|dienen) (?:nur|ausschließlich|lediglich) (?:der|zur) (?:allgemeinen )?information\b.{0,80}\bersetz(?:t|en) (?:keine|nicht (?:die|den|eine|einen))\b.{0,30}\b(?:beratung|behandlung|diagnose|arzt|ärztin)\b/iu,
  /^(?:dieser|der|unser|dieses|das) (?:artikel|beitrag|text|inhalt|ratgeber)\b.{0,40}\bersetz(?:t|en) (?:keine|nicht (?:die|den|eine|einen))\b.{0,30}?(?<!\p{L})(?:ärztliche|medizinische|professionelle|rechtliche|steuerliche) (?:beratung|behandlung|diagnose)\b/iu,
];
const ADVICE_WORDS = ['food and drug', 'diagnose', 'informational purposes', 'ersetz'];

/** "Design von Andreas Viklund und Ainslie Johnson. Community Icons von Tilo Hensel." */
const SITE_DESIGN_CREDIT = /^(?:(?:wordpress|joomla|drupal|blogger|ghost|tumblr|shopify)\s+)?(?:(?:web)?design|theme|template|layout|umsetzung|realisierung)\s*(?:von|by|:)\s*[^.!?]{2,60}(?:\.\s*[\p{L} ]{0,30}\b(?:icons?|fotos?|bilder|hosting)\b[^.!?]{0,60})?\.?$/iu;
/** … naming someone: a capital after "von", "by" or the colon. */
const SITE_DESIGN_NAME = /^(?:\p{L}+\s+)?\p{L}+\s*(?:von|by|:)\s*\p{Lu}/u;
/** "Proudly powered by WordPress", "… läuft mit WordPress". */
const SITE_SOFTWARE_CREDIT = /\b(?:proudly |stolz )?(?:powered by|präsentiert von|betrieben mit|läuft mit|läuft auf|erstellt mit|bloggen auf|bloggen sie auf) (?:wordpress|joomla|drupal|typo3|jimdo|wix|blogger|ghost|hugo|jekyll|squarespace|shopify)(?:\.com)?\b[^.!?]{0,60}\.?$/iu;
/** The blog host's own advert in the footer: "Erstelle eine kostenlose Website oder Blog – auf WordPress.com.", "Create a free website or blog at WordPress.com." */
const SITE_HOST_PITCH = /^(?:erstelle|erstellen sie|create|start|starte)\b[^.!?]{0,40}\b(?:website|webseite|homepage|blog|site)\b[^.!?]{0,20}\b(?:auf|bei|mit|at|on|with) (?:wordpress|jimdo|wix|blogger|squarespace|tumblr|weebly)\.com\.?$/iu;

/** Networks a share button names. */
const SHARE_NETWORK = String.raw`(?:facebook|twitter|x|whatsapp|messenger|linkedin|xing|pinterest|telegram|e-?mail|mail|courriel|reddit|tumblr|flipboard|bluesky|threads|mastodon|sms)`;
/** A share button's label in one of the languages of the pages: the verb, its preposition, the network. */
const SHARE_BUTTON = String.raw`(?:share (?:on|via|by|with)|partager (?:sur|par|via|avec)|compartir (?:en|por|vía|via|con)|condividi (?:su|via|per|con)|udostępnij (?:na|przez)|(?:teilen|teile) (?:auf|über|per|via|mit)|partilhar (?:no|na|por|via)|compartilhar (?:no|na|por|via)|delen (?:op|via)) ${SHARE_NETWORK}`;
/** A row of share buttons and nothing else: "Partager sur Facebook Partager sur Twitter Partager par e-mail". */
const SHARE_BUTTON_ROW = new RegExp(String.raw`^(?:${SHARE_BUTTON}\s*[|·•,]?\s*){2,12}$`, 'iu');

/** "Artikel gefallen? Vergiss nicht zu teilen!" */
const SHARE_IF_LIKED = /^(?:(?:dir|ihnen|euch) )?(?:der |dieser |unser )?(?:artikel|beitrag|text|post|rezept|video) gefallen\?.{0,40}\b(?:teilen|share)\b.{0,10}$|^(?:liked?|loved?|enjoy(?:ed)?) (?:it|this|this (?:article|post|story|recipe)|what you(?:'ve|’ve)? read)\?\s*(?:then |please )?share (?:it|this)\b.{0,20}$/iu;
/** The blog's line under a post: "Erstellt am Dienstag 6. Mai 2014 um 23:30 und abgelegt unter Linux, Tutorials." */
const POST_FILED_UNDER = /^(?:(?:dieser|this) (?:eintrag|beitrag|artikel|entry|post) (?:wurde|was) )?(?:erstellt|geschrieben|veröffentlicht|verfasst|gepostet|posted|written)\b.{0,80}\b(?:abgelegt|abgespeichert|eingeordnet|kategorisiert|filed|posted) (?:unter|in|under)\b/iu;
/** WordPress's line under a post: "This entry was posted in News and tagged … on … by admin.", "Dieser Eintrag wurde veröffentlicht in …". */
/** The labels of a post's categories and tags, in the languages of the pages. */
const TAXONOMY_LABELS = String.raw`kategorien?|categories|category|subjects|schlagw[öo]rter|schlagworte?|stichw[öo]rter|stichworte?|tags?|themen|rubriken?|temas|etiquetas|categorías|palabras clave|étiquettes|mots[- ]clés|catégories|argomenti|tagi`;
/** "Schlagwörter", "Temas:": the label alone, its values on the lines below. */
export const TAXONOMY_LABEL_ALONE = new RegExp(String.raw`^(?:${TAXONOMY_LABELS}|thema|rubrik)\s*:?\s*$`, 'iu');
/** "Tags: python, docker", "Veröffentlicht in: Aktuell": the label with its values. */
const TAXONOMY_LINE = new RegExp(String.raw`^(?:${TAXONOMY_LABELS}|abgelegt (?:unter|in)|veröffentlicht in|posted in|filed under|tagged(?: with)?|getaggt mit|verschlagwortet mit)\s*:\s*\S.*$`, 'iu');
const ENTRY_POSTED = /^(?:this (?:entry|post) was posted|dieser (?:eintrag|beitrag) wurde (?:veröffentlicht|gepostet)) (?:in|on|unter|am)\b/iu;
/**
 * The same line of the classic theme in German, date first, often with its feed sentence: "Der Beitrag wurde am Mittwoch,
 * den 27. November 2019 um 15:21 Uhr veröffentlicht und wurde unter Allgemein abgelegt. Du kannst die Kommentare zu
 * diesen Eintrag durch den RSS 2.0 Feed verfolgen."; "You can follow any responses to this entry through the RSS 2.0 feed."
 */
const ENTRY_FILED_ON = /^(?:der|dieser) (?:eintrag|beitrag|artikel) wurde am .{0,60}\b(?:veröffentlicht|erstellt|geschrieben|verfasst)\b.{0,20}\bunter\b.{0,200}\b(?:abgelegt|gespeichert|kategorisiert|eingeordnet)\b/iu;
const ENTRY_FEED = /\b(?:kommentare|antworten|responses|comments)\b.{0,40}\b(?:durch|über|via|through|using) (?:den|the) rss(?: 2\.0)?[- ]?feed\b/iu;

/**
 * The consent text of a form, opening with its consent: the privacy checkbox ("Ja, ich habe die Datenschutzerklärung gelesen
 * und bin damit einverstanden, dass …", "I have read and agree to the privacy policy"), a sign-up's opt-in ("Mit Absenden
 * meiner E-Mail-Adresse willige ich … ein"), the privacy template's contact-form clause ("Wenn Sie uns per Kontaktformular
 * Anfragen zukommen lassen, werden Ihre Angaben … gespeichert"). Anchored at the start: a text that only quotes one goes on.
 */
const FORM_CONSENT: readonly RegExp[] = [
  /^(?:ja,? )?ich habe die (?:datenschutzerklärung|datenschutzhinweise|datenschutzbestimmungen|datenschutzrichtlinien?|agb)(?: (?:vollständig|aufmerksam))? (?:gelesen|zur kenntnis genommen)\b/iu,
  /^(?:ich (?:akzeptiere|stimme) (?:die |der )?(?:datenschutzerklärung|datenschutzbestimmungen|datenschutzhinweise|agb)\b)/iu,
  /^(?:yes,? )?i (?:have read|agree|accept|consent)\b.{0,60}\b(?:privacy policy|terms (?:of (?:use|service)|and conditions)|data protection)\b/iu,
  /^(?:mit (?:dem )?(?:absenden|abschicken|klick auf)|durch (?:das )?absenden|mit (?:meiner|der) anmeldung)\b.{0,80}\b(?:willige ich|stimme ich|erkläre ich mich|bin ich (?:damit )?einverstanden)\b/iu,
  /^wenn sie uns per (?:kontaktformular|e-mail|mail) (?:anfragen|eine anfrage|nachrichten) (?:zukommen lassen|senden|schicken), werden ihre (?:angaben|daten)\b/iu,
  // Consent to the processing of one's data: "I agree to the processing of my personal data for the purpose of …".
  /^(?:yes,? )?i (?:agree|consent) to the processing of my (?:personal )?data\b/iu,
  /^(?:ja,? )?ich (?:stimme der|willige in die) verarbeitung meiner (?:personenbezogenen )?daten\b/iu,
  // The form's captcha notice: "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply."
  /^this (?:site|page|form) is protected by recaptcha\b.{0,120}$/iu,
  // A sign-up's small print, addressing the reader: "By signing up, I agree to receive emails from … and to the Privacy Policy",
  // "Mit Ihrer Anmeldung erklären Sie sich mit unserer Datenschutzerklärung einverstanden", "En vous inscrivant, vous acceptez …".
  /^by (?:signing up|subscribing|registering|creating an account|continuing|(?:clicking|submitting|entering|providing)\b[^,.]{0,40}),? (?:i|you)(?: (?:also|hereby))? (?:agree|consent|accept|acknowledge|confirm|understand)\b.{0,200}\b(?:privacy (?:policy|notice|statement)|terms (?:of (?:use|service)|and conditions)|cookie policy|e-?mails?|newsletters?|marketing|comments?|(?:your|my) (?:personal )?data)(?!\p{L})/iu,
  // A comment form's data clauses: "Your personal data will only be disclosed … to third parties for the purposes of spam filtering …",
  // "You may revoke this consent at any time …", "Further information on data privacy can be found in our Data Protection Policy."
  /^your (?:personal )?data will (?:only )?be (?:disclosed|transmitted|passed on|shared|forwarded)\b.{0,60}\bthird parties (?:(?:only )?(?:for the purposes? of|if|when|unless|where)|except)\b.{0,400}$/iu,
  /^(?:you (?:may|can) (?:revoke|withdraw) (?:this|your) consent(?: at any time)?|(?:sie können|du kannst) (?:diese|ihre|deine) einwilligung jederzeit)\b.{0,240}$/iu,
  /^(?:(?:further|more|additional) information (?:on|about|regarding) (?:data (?:privacy|protection)|privacy|(?:the )?processing of (?:your )?(?:personal )?data)\b.{0,120}\b(?:policy|statement|notice)|weitere informationen (?:zum|zur|über den) datenschutz\p{L}*\b.{0,100}\b(?:datenschutzerklärung|datenschutzhinweisen|datenschutzbestimmungen))\.?$/iu,
  // A comment or contact form's clause, the reader addressed: "Mit dem von dir abgeschickten Kommentar akzeptierst du, dass … Daten …",
  // "Mit der Nutzung dieses Formulars erklärst du dich mit der Speicherung und Verarbeitung deiner Daten … einverstanden."
  /^mit (?:dem|der) (?:von (?:dir|ihnen) )?(?:abgeschickten|abgesendeten|absenden|abschicken|nutzung)\b.{0,60}? (?:akzeptierst du|akzeptieren sie|erklärst du dich|erklären sie sich|stimmst du|stimmen sie|willigst du|willigen sie|bestätigst du|bestätigen sie)\b.{0,300}\b(?:daten|datenschutz\p{L}*|einverstanden)(?!\p{L})/iu,
  // The contact form template's clause: "Ich stimme zu, dass meine Angaben aus dem Kontaktformular zur Beantwortung meiner Anfrage erhoben und verarbeitet werden."
  /^(?:ja,? )?ich (?:stimme zu|bin damit einverstanden|willige ein),? dass meine (?:angaben|daten|personenbezogenen daten|e-?mail-adresse)\b.{0,200}\b(?:erhoben|verarbeitet|gespeichert|genutzt|verwendet)\b/iu,
  /^mit (?:der|ihrer|deiner) (?:anmeldung|registrierung|eintragung)\b.{0,40}? (?:erklären sie sich|erklärst du dich|stimmen sie|stimmst du|akzeptieren sie|akzeptierst du|willigen sie|willigst du|bestätigen sie|bestätigst du)\b.{0,200}\b(?:datenschutz\p{L}*|nutzungsbedingungen|agb|newsletter|e-?mails?|einverstanden)(?!\p{L})/iu,
  /^en (?:vous inscrivant|vous abonnant|t'inscrivant|t’inscrivant|(?:cliquant|soumettant)\b[^,.]{0,40}),? (?:vous acceptez|tu acceptes|vous reconnaissez|j'accepte|j’accepte)\b.{0,200}\b(?:politique de confidentialité|conditions (?:générales|d'utilisation|d’utilisation)|données personnelles|cgu|e-?mails?|newsletters?)(?!\p{L})/iu,
  /^al (?:suscribirte|suscribirse|registrarte|registrarse|(?:hacer clic|enviar)\b[^,.]{0,40}),? (?:aceptas|acepta|usted acepta|confirmas|confirma)\b.{0,200}\b(?:política de privacidad|aviso de privacidad|términos|condiciones|datos personales|correos?)(?!\p{L})/iu,
];
const FORM_CONSENT_WORDS = [
  'third parties', 'einwilligung', 'information on', 'information about', 'information regarding', 'informationen zum', 'informationen zur', 'informationen über',
  'recaptcha', 'gelesen', 'zur kenntnis', 'akzeptiere', 'stimme', 'agree', 'accept', 'consent', 'have read', 'willige', 'einverstanden', 'erkläre ich', 'anfragen',
  'acknowledge', 'confirm', 'understand', 'erklären sie', 'erklärst', 'stimmst', 'akzeptier', 'willigst', 'bestätig', 'reconnaissez', 'acepta',
];

/** The reader told they may leave the newsletter: "You can opt out of our newsletters at any time …", "Sie können sich jederzeit … abmelden". */
const NEWSLETTER_OPT_OUT = /\b(?:you can|you may) (?:opt out of|unsubscribe from|unsubscribe)\b.{0,60}\b(?:at any time|anytime)\b|\b(?:sie können sich|du kannst dich) (?:jederzeit|at any time)\b.{0,60}\b(?:abmelden|austragen|abbestellen)\b|\b(?:sie können|du kannst) (?:den|unseren|diesen) newsletter jederzeit\b.{0,40}\b(?:abbestellen|kündigen|abmelden)\b/iu;

/** Sign-up forms of a newsletter. */
const NEWSLETTER_SIGN_UP: readonly RegExp[] = [
  // "Jetzt für Golf-Lotse Top-News anmelden", "Hier für unser Morgen-Briefing registrieren", "Kostenlos zum Newsletter anmelden und nichts verpassen"
  /^(?:jetzt |hier )?(?:kostenlos |gratis )?(?:für|zum|zu) (?:den |das |die |unseren |unser |unsere )?[\p{L}\d-]{0,30}(?:[ -]?[\p{L}\d-]{1,30}){0,2}(?:newsletter|news|updates|briefing|push-?nachrichten)\b\s*(?:anmelden|abonnieren|registrieren|eintragen)(?: und [\p{L}\d -]{1,50})?[.!]?$/iu,
  // The consent box of a sign-up form: double opt-in, "Ich bin mit der Verarbeitung meiner Daten … einverstanden".
  /\bdouble[- ]opt[- ]in\b/iu,
  /^ich (?:bin|erkläre mich) (?:mit|damit) .{0,80}\b(?:datenschutz\p{L}*|verarbeitung|speicherung)\b.{0,80}\beinverstanden/iu,
  // "Mit Absenden meiner E-Mail-Adresse willige ich … ein, den … Newsletter … zu erhalten", "Ich bin damit einverstanden, dass … mir per E-Mail … Werbung …"
  /\bwillige (?:ich|ein)\b.{0,120}\b(?:newsletter|werbung|werbe-?e-?mails?|e-?mails?|informationen) .{0,60}\b(?:zu erhalten|zu empfangen|zugesandt|zugeschickt|zusendet|zusenden)\b/iu,
  /^ich bin (?:damit )?einverstanden,? dass .{0,60}\b(?:mir|mich)\b.{0,40}\b(?:per e-?mail|newsletter)\b.{0,80}\b(?:werbung|angebote|informationen|newsletter)\b/iu,
  // The opt-in boxes of a sign-up form, in the reader's voice: "Contact me with news and offers from other Future brands",
  // "Receive email from us on behalf of our trusted partners or sponsors".
  /^(?:please )?(?:contact|e-?mail|send|keep) me (?:with |about )?(?:(?:news|updates|information)\b.{0,30}\b)?(?:special )?(?:offers|promotions|deals)\b.{0,40}\bfrom\b.{0,160}$/iu,
  /^receive (?:e-?mails?|news|offers|updates|messages)\b.{0,30}\bon behalf of\b.{0,80}$/iu,
];
const NEWSLETTER_WORDS = ['news', 'briefing', 'update', 'push', 'opt-in', 'einverstanden', 'willige', 'offers', 'promotions', 'deals', 'behalf'];
/** Pitches for the sign-up: "Never miss the latest news by signing up …", "Do you want to be informed of …? Subscribe below", "Zapraszamy do subskrypcji". */
const NEWSLETTER_PITCH: readonly RegExp[] = [
  /^(?:never miss|don'?t miss|stay (?:informed|updated|up to date)|get (?:the latest|our)|be the first to (?:know|hear))\b.{0,80}\b(?:sign(?:ing)? up|subscrib\p{L}*|newsletter|inbox)\b.{0,60}$/iu,
  // "Sign up to get the best content of the week, and great gaming deals, as picked by the editors."
  /^sign up (?:now |today |here )?to (?:get|receive)\b.{0,120}$/iu,
  // "Get the Most Popular … Stories in a Weekly Newsletter", "Get The Times of Israel's Daily Edition by email and never miss our top stories"
  /^get (?:the|our|a)\b.{0,80}\b(?:(?:in|via) (?:a|our|the) (?:\p{L}+ )?newsletter|by e-?mail|(?:in|to) your inbox)\b.{0,60}$/iu,
  // "Join the hundreds of developers who get new code … delivered to their inboxes every week.", "Join 50,000 subscribers"
  /^join (?:the |over |more than )?(?:[\d.,]+k?|hundreds|thousands|millions)\b.{0,120}\b(?:inbox(?:es)?|newsletters?|subscribers)\b.{0,40}$/iu,
  // "Missing out on the latest …? Enter your email below to receive future announcements direct to your inbox."
  /\benter your e-?mail(?: address)? (?:below|here) (?:to|and) (?:receive|get|subscribe|sign up|stay)\b/iu,
  /^(?:do you want|would you like|want) to (?:be informed|stay (?:informed|updated|up to date)|receive|get)\b.{0,80}\b(?:subscribe|sign up)\b.{0,30}$/iu,
  /^zapraszamy (?:też |także |również )?do (?:subskrypcji|zapisania się)\b.{0,160}$/iu,
  // The box's promise of when the mail comes: "Get breaking news alerts and special reports. The news and stories that matter,
  // delivered weekday mornings.", "Let our news meet your inbox."
  /\b(?:news|stories|headlines|updates|briefing)\b.{0,60}\bdelivered (?:(?:straight |right |directly )?to your inbox|(?:every |each )?(?:weekday |weekend |sunday |saturday )?(?:mornings?|evenings?|day|week|daily|weekly))\b.{0,20}$/iu,
  /^let (?:our|the) [\p{L} ]{1,30} meet your inbox\b/iu,
  // "Want more deals? Join the IGN Deals Newsletter.", "Join our newsletter"
  /(?:^|[?!.]\s+)join (?:the|our) (?:[\p{L}\d&'’-]+ ){0,3}newsletters?[.!]?$/iu,
  // "Get breaking space news and the latest updates on rocket launches, skywatching events and more!"
  /^get (?:breaking|exclusive|the latest) (?:[\p{L}-]+ ){0,2}(?:news|updates|stories|headlines)\b.{0,100}\band more!?$/iu,
  // "Get regular updates on the latest tutorials, offers & news at Statistics Globe."
  /^get (?:regular |weekly |daily |monthly |free )?(?:e-?mail )?updates (?:on|about) (?:the |our )?(?:latest|newest)\b(?=.{0,60}\b(?:news|offers|posts|articles|stories|tutorials|deals|recipes)\b).{0,100}$/iu,
  // "Every day we send an email with the top stories from Digg."
  /^(?:every|each) (?:day|week|morning|weekday|sunday) we send (?:an? |our )?(?:e-?mail|newsletter) (?:with|of|featuring) (?:the |our )?(?:top|best|latest|biggest|most)\b.{0,100}$/iu,
  // The site's sister titles and community: "Need more space? Subscribe to our sister title "All About Space" Magazine for the
  // latest amazing news from the final frontier!", "Join our Space Forums to keep talking space on the latest missions …".
  /^(?:[^.!?]{0,40}\?\s*)?subscribe to our (?:sister |print )?(?:title|magazine|publication)\b.{0,80}\bfor (?:the latest|more|all the|our)\b.{0,80}$/iu,
  /^(?:[^.!?]{0,40}\?\s*)?join (?:our|the) (?:[\p{L}\d&'’-]+ ){0,3}(?:forums?|community|discord(?: server)?|subreddit|facebook group)\b(?: to\b.{0,180}| (?:today|now|here)\b.{0,60})?[.!]?$/iu,
];
const NEWSLETTER_PITCH_WORDS = ['sign', 'subscri', 'newsletter', 'inbox', 'subskryp', 'zapisania', 'email', 'e-mail', 'delivered', 'updates on', 'updates about', 'and more', 'join our', 'join the'];
/**
 * The box's promise, no sentence but where the mail goes: "The best stories of the week, straight to your inbox.",
 * "Tous nos derniers podcasts dans votre boîte mail.", "Las noticias más importantes en tu correo".
 */
const INBOX_PROMISE = /^[^.!?]{0,40}\b(?:best|latest|top|biggest|daily|weekly|news|stories|headlines|updates|derniers|dernières|meilleur\p{L}*|actualités|noticias|novedades|podcasts?|episodes?)(?!\p{L})[^.!?]{0,50}\b(?:(?:straight |right |directly |direct )?(?:to|in|into) your inbox|dans (?:votre|ta) boîte (?:mail|e-?mail|aux lettres|de réception)|en tu (?:correo|bandeja de entrada|e-?mail))\b[.!]?$/iu;
const INBOX_WORDS = ['inbox', 'boîte', 'correo', 'bandeja', 'en tu e'];
/** A newsletter's call to action and small print where it stands in the box, not in a sentence about one. */
const NEWSLETTER_CTA: readonly RegExp[] = [
  // "Nichts Neues verpassen! - Newsletter abonnieren", "Coaching-Newsletter erhalten"
  /(?:^|[!?.:–-]\s*)[\p{L}-]*newsletter (?:abonnieren|bestellen|erhalten|anmelden)[.!]?$/iu,
  // "Dann abonniere meinen Newsletter: http://…"
  /\b(?:abonniere|abonnieren sie|bestelle|bestellen sie|hol dir|holen sie sich) (?:meinen|unseren|den|jetzt den|jetzt unseren) [\p{L}-]*newsletter\b/iu,
  // "Du willst noch weitere Infos zum Newsletter? Jetzt mehr erfahren"
  /\bnewsletter\b.{0,40}\?\s*(?:jetzt |hier )?(?:mehr erfahren|anmelden|abonnieren|klicken)/iu,
  // "Der Newsletter ist kostenlos und kann jederzeit abonniert und wieder abbestellt werden."
  /\bnewsletter\b.{0,80}\bjederzeit\b.{0,60}\b(?:abbestell\p{L}*|abgemeldet|abmelden|kündbar|widerruf\p{L}*)/iu,
  // "Nach Anmeldung erhalten Sie eine Aktivierungs-E-Mail."
  /\bnach (?:der |ihrer |deiner )?anmeldung erhalten (?:sie|du) eine (?:aktivierungs|bestätigungs)-?e-?mail\b/iu,
  // French and Spanish sign-ups: "… vous envoyer les lettres d'information …", "Regístrate para recibir contenido exclusivo"
  /\b(?:adresse (?:e-?mail|de messagerie|électronique))\b.{0,60}\b(?:vous envoyer|recevoir)\b.{0,40}\b(?:lettres? d'information|newsletters?|infolettres?)\b/iu,
  /^(?:regístrate|registrate|suscríbete|suscribite|inscríbete|inscribite|abonnez-vous|inscrivez-vous)\b.{0,60}\b(?:recibir|recibí|recevoir|newsletter|boletín|lettre)\b.{0,60}$/iu,
];
const NEWSLETTER_CTA_WORDS = ['newsletter', 'anmeldung', 'messagerie', 'adresse', 'regístr', 'suscr', 'inscr', 'abonnez'];
const endsWithMailbox = (t: string): boolean => {
  const tail = t.slice(-8).toLowerCase();
  return tail.endsWith('mail') || tail === 'postfach';
};
/** A short teaser of the newsletter box, no sentence: "Tipps, Hilfe und Schnäppchen für dein Tier per E-Mail". */
const NEWSLETTER_TEASER = /[^.!?](?:\s(?:per|via) e-?mail|\s(?:direkt )?in (?:dein|ihr|euer) postfach)$/iu;

/** "We use cookies" in Polish, Spanish, Portuguese, French, Italian and Dutch: the site's own notice, in the first person or by the site. */
const COOKIE_USE =
  /\b(?:korzystamy z|używamy|wykorzystujemy|(?:ta|nasza) (?:strona|witryna)(?: internetowa)? (?:używa|korzysta z|wykorzystuje)|utilizamos|usamos|(?:este|nuestro|o nosso) (?:sitio(?: web)?|site|portal|website) (?:utiliza|usa)|nous utilisons|(?:ce|notre) site (?:utilise|emploie)|utilizziamo|(?:questo|il nostro) sito (?:utilizza|usa)|wij gebruiken|we gebruiken|(?:deze|onze) (?:website|site) gebruikt) (?:plików |pliki |los |las |des |i |os |as |gli |de |het )?(?:cookies?|cookie-bestanden)\b/iu;

/**
 * A consent box speaking to the reader about cookies in French, Spanish, Italian or Portuguese: "votre
 * consentement est nécessaire", "En cliquant sur « OK », vous acceptez …", "consultez la politique de
 * cookies". The reader addressed tells it from a report on cookie rules ("le consentement des internautes").
 */
const COOKIE_CONSENT =
  /\b(?:(?:votre|ton) consentement|vous (?:acceptez|refusez|consentez)|vous pouvez (?:également |aussi |à tout moment )?(?:paramétrer|gérer|configurer|modifier|retirer|refuser|accepter)|consultez (?:la|notre) politique (?:de|des|relative aux) cookies|(?:su|tu) consentimiento|(?:usted )?aceptas? (?:el uso|la instalación|su uso|nuestra)|puedes? (?:configurar|cambiar|rechazar|gestionar)|consulte (?:nuestra|la) pol[ií]tica de cookies|il (?:tuo|suo) consenso|(?:accetti|acconsenti)\b|puoi (?:modificare|gestire|negare|rifiutare)|o seu consentimento|(?:você )?aceita (?:o uso|a utilização)|pode (?:alterar|gerir|gerenciar|recusar))/iu;

/** What a skip link skips to: the content, the navigation, the search, the footer. */
const SKIP_TARGET = String.raw`(?:haupt)?(?:inhalt|navigation|menü|suche|fußzeile|seitenleiste)|hauptbereich|(?:the )?(?:main |primary )?(?:content|navigation|menu|search|footer|sidebar)`;
/**
 * An accessibility skip link ("Zum Inhalt springen", "Springe zur Navigation", "Skip to content"),
 * several glued together, and the menu button's label before them ("Primäres Menü Springe zum Inhalt").
 * "Zum Inhalt" alone is also a heading of reviews: only with its verb or "direkt".
 */
const SKIP_LINK = new RegExp(
  String.raw`^(?:(?:(?:primäres|sekundäres|haupt|mobiles|main|primary|mobile) ?)?(?:menü|menu|navigation)\s+)?(?:(?:` +
    [
      String.raw`(?:springe?n?|gehe?|wechsle) (?:direkt )?(?:zu[mr]?|zu den) (?:${SKIP_TARGET})`,
      String.raw`(?:direkt )?(?:zu[mr]?|zu den) (?:${SKIP_TARGET}) (?:springen|wechseln|gehen)`,
      String.raw`direkt (?:zu[mr]?|zu den) (?:${SKIP_TARGET})`,
      String.raw`(?:${SKIP_TARGET}) überspringen`,
      String.raw`(?:skip|jump) (?:to|over) (?:${SKIP_TARGET})`,
      String.raw`skip (?:navigation|links?)`,
    ].join('|') +
    String.raw`)${UI_TAIL}[\s|·•,]*){1,4}$`,
  'iu',
);
const SKIP_WORDS = ['spring', 'direkt', 'geh', 'wechs', 'überspring', 'skip', 'jump'];

/** A form's confirmation or validation message ("Vielen Dank für Ihre Anmeldung.", "Bitte fülle alle Pflichtfelder aus."). */
const FORM_MESSAGE: readonly RegExp[] = [
  // A multiple select's help: "Hold Ctrl or Cmd to select multiple editions.", "Halten Sie die Strg-Taste gedrückt, um mehrere auszuwählen."
  /^(?:hold|press)(?: down)? (?:the )?(?:ctrl|control|cmd|command|shift)\b.{0,40}\bto select (?:multiple|several|more than one)\b.{0,40}$|^(?:halten sie|halte) (?:die )?(?:strg|ctrl|cmd|shift|umschalt)(?:-taste)?\b.{0,40}\bum mehrere\b.{0,40}$/iu,
  /^(?:vielen |herzlichen |besten )?dank(?:e)? für (?:ihre|deine|eure|die) (?:anmeldung|registrierung|nachricht|anfrage|bestellung|eintragung|bewertung|rückmeldung)\b[.!]?(?:\s.{0,120})?$/iu,
  /^thank(?:s| you) for (?:subscribing|signing up|registering|your (?:message|submission|registration|subscription|request|feedback|rating))\b[.!]?(?:\s.{0,120})?$/iu,
  /^bitte (?:fülle|füllen sie|füllt) (?:alle )?(?:pflichtfelder|erforderlichen felder|markierten felder|mit \* (?:markierten|gekennzeichneten) felder)\b.{0,40}$/iu,
  // "Required fields are marked *" is a comment form's line: strip/comment-form, which runs first, has it.
  /^(?:please )?(?:fill (?:in|out) )?(?:all )?(?:the )?required fields?\b.{0,20}$/iu,
  // A consent checkbox's validation: "Bitte stimme unseren Nutzungsbedingungen zu.", "Please accept the terms of use."
  /^(?:bitte (?:stimme|stimmen sie) (?:unseren|unserer|den|der) (?:nutzungsbedingungen|datenschutzerklärung|datenschutzbestimmungen|agb|teilnahmebedingungen) zu|bitte (?:akzeptiere|akzeptieren sie|bestätige|bestätigen sie) (?:unsere |die |den )?(?:nutzungsbedingungen|datenschutzerklärung|datenschutzbestimmungen|agb|teilnahmebedingungen|datenschutzhinweise?)|please (?:accept|agree to) (?:our |the )?(?:terms(?: of (?:use|service))?|privacy policy|terms and conditions))[.!]?$/iu,
  /^(?:dieses feld ist (?:ein )?pflicht(?:feld)?|this field is required|\*?\s*(?:pflichtfelder?|pflichtangaben?)|mit \* (?:markierte|gekennzeichnete) felder sind pflicht(?:felder|angaben)?)[.!]?$/iu,
  // A shop's cart message: "… wurde erfolgreich hinzugefügt.", "… wurde dem Warenkorb hinzugefügt", "Added to cart"
  /\b(?:wurde|wurden) (?:erfolgreich (?:(?:zu[mr]?|in den|dem|der|ihrem|deinem) )?(?:warenkorb |merkliste |wunschliste )?|(?:zu[mr]?|in den|dem|der|ihrem|deinem) (?:warenkorb|merkliste|wunschliste) )(?:hinzugefügt|gelegt)[.!]?$|^(?:successfully )?added to (?:your )?(?:cart|basket|wishlist)[.!]?$/iu,
];
const FORM_WORDS = ['select multiple', 'select several', 'select more', 'mehrere', 'dank', 'thank', 'pflicht', 'required', 'fülle', 'hinzugefügt', 'gelegt', 'added', 'stimme', 'akzeptier', 'bestätig', 'accept', 'agree'];

/** A rating widget's summary: "Rating: 5.0/5 (1 vote cast)", "1,0 bei 2 Bewertungen", "4,5 von 5 Sternen". */
const RATING_SUMMARY: readonly RegExp[] = [
  /^(?:rating|bewertung|wertung|durchschnittliche bewertung|average rating|ø)\s*:?\s*\d(?:[.,]\d+)?\s*(?:\/|von|out of|aus)\s*\d+\b.{0,40}$/iu,
  /^\d(?:[.,]\d+)?\s*(?:\/\s*\d+\s*)?(?:bei|aus|von|from|with)\s+\d+\s*(?:bewertungen?|stimmen|votes?|ratings?|rezensionen?|reviews?)\.?$/iu,
  /^\d(?:[.,]\d+)? (?:von|out of) \d+ (?:sternen?|stars?|punkten?|points?)\b.{0,40}$/iu,
  /^\(?\d+ (?:bewertungen?|stimmen|votes? cast|ratings?)\)?$/iu,
  /^\(?(?:noch )?keine bewertungen(?: vorhanden)?\)?[.!]?$|^\(?no (?:ratings|reviews) yet\)?[.!]?$/iu,
  // An average named as one needs no scale ("Durchschnittliche Bewertung: 4.52"), the count under it no score ("bei 948 Bewertungen").
  /^(?:durchschnittliche bewertung|average rating|ø)\s*:?\s*\d(?:[.,]\d+)?$/iu,
  /^(?:bei|aus|from|based on) \d[\d.,]* (?:bewertungen|stimmen|votes|ratings|rezensionen|reviews)$/iu,
];
const RATING_SUMMARY_WORDS = ['bewert', 'wertung', 'rating', 'vote', 'stimme', 'stern', 'star', 'rezension', 'review', 'punkt', 'point'];

/** A paywall's or login wall's prompt: subscribe or log in to read on. */
const PAYWALL_PROMPT: readonly RegExp[] = [
  /^to (?:view|read|continue reading|access|keep reading) (?:the (?:full|rest of the|entire|whole) )?(?:story|article|this (?:story|article)|content|stories)[,.]? (?:please )?(?:subscribe|log ?in|sign in|register|become a (?:subscriber|member))\b.{0,100}$/iu,
  /^subscribe (?:now |today )?(?:to [\p{L}\d .'’&-]{1,60} )?(?:for|to (?:read|get|continue|access)) (?:the (?:full|whole|rest of the) (?:story|article)|full access|unlimited access)\b.{0,60}$/iu,
  /\balready (?:a|an) (?:subscriber|member)\b.{0,80}\b(?:log ?in|sign in)\b/iu,
  /^(?:this (?:article|story|content|post) is (?:only |exclusively )?(?:for|available (?:only )?to) (?:subscribers|members|premium members))\b.{0,80}$/iu,
  /^(?:sie sind|du bist) (?:aktuell |derzeit |zurzeit |noch )?nicht (?:eingeloggt|angemeldet)[.!]?$/iu,
  /^(?:dieser|der|dieses|das) (?:artikel|beitrag|inhalt|text) ist (?:nur |exklusiv )?(?:für|für unsere) (?:abonnenten|abonnentinnen|abonnent\*innen|abonnierende|plus-?(?:leser\p{L}*|kunden)|mitglieder)\b.{0,80}$/iu,
  /^(?:jetzt |hier )?(?:abonnieren|abo abschließen|registrieren|anmelden|testen) und (?:sofort )?(?:weiterlesen|weiter lesen|alles lesen)\b.{0,60}$/iu,
  /^(?:hazte (?:miembro|socio|suscriptor)|suscríbete(?: ahora| ya)?)\b.{0,80}$/iu,
  /^para (?:seguir leyendo|leer (?:la nota|el artículo|la noticia) completa)[,.]? (?:suscríbete|inicia sesión|regístrate)\b.{0,60}$/iu,
  /^pour (?:accéder|lire|continuer à lire|lire la suite)\b.{0,80}\b(?:abonnez-vous|connectez-vous|inscrivez-vous)\b.{0,60}$/iu,
  // The wall's headings alone, its offer on the lines below: "Pour lire la suite", "Pour accéder en illimité", "To continue reading".
  /^(?:pour (?:lire la suite|accéder en illimité|continuer (?:à lire|votre lecture|la lecture))(?: de cet article)?|to (?:continue reading|keep reading|read the full (?:story|article))(?: this (?:story|article))?|um (?:weiterzulesen|den (?:ganzen|vollständigen) (?:artikel|beitrag) zu lesen))\s*[.:…]*$/iu,
  // The meter of free articles: "You have read 2 of 5 free articles this month", "Vous avez lu 1 des 4 articles gratuits ce mois-ci.",
  // "Sie haben 3 von 5 kostenlosen Artikeln gelesen", "You have 2 free articles left", "You've reached your free article limit".
  /^(?:you(?:'|’)?ve|you have) (?:read|viewed|used) (?:\d+|one|two|three|four|five) (?:of|out of) (?:your )?(?:\d+ |one |two |three |four |five |ten )?free (?:articles?|stories|stor(?:y|ies))\b.{0,60}$/iu,
  /^vous avez (?:lu|consulté) (?:\d+|un) (?:des|de vos|sur) (?:\d+ )?articles? (?:gratuits?|offerts?)\b.{0,40}$/iu,
  /^(?:sie haben|du hast) (?:bereits |schon )?(?:\d+|einen?) (?:von|der|deiner|ihrer) (?:\d+ )?(?:kostenlosen|freien|gratis)[- ]?(?:artikeln?|beiträgen?|texten?)\b.{0,40}$/iu,
  /^(?:you have|you've got|you’ve got) (?:\d+|one|two|three|four|five) free (?:articles?|stories|stor(?:y|ies)) (?:left|remaining)\b.{0,40}$/iu,
  /\b(?:you(?:'|’)?ve|you have) reached (?:your|the) (?:limit of free (?:articles|stories)|free (?:article|story) limit|monthly (?:free )?(?:article |story )?limit)\b/iu,
];
const PAYWALL_WORDS = ['subscri', 'log', 'sign in', 'regist', 'member', 'eingeloggt', 'angemeldet', 'abonn', 'weiterles', 'weiter les', 'alles les', 'suscr', 'hazte', 'connectez', 'inscrivez', 'free', 'gratuit', 'offert', 'kostenlos', 'freien', 'gratis', 'pour ', 'reading', 'read the full', 'weiterzules', 'zu lesen'];

/**
 * The publication selling its own issue: where to buy it, how to subscribe, a free trial. The reader is
 * addressed ("Lesen Sie", "jetzt", "bestellen"): a report on a newspaper's E-Paper tells, it does not sell.
 */
const ISSUE_PROMO: readonly RegExp[] = [
  // The label of the box naming the issue the article appeared in: "ERSCHIENEN IN", "Published in:", "Aus der Ausgabe".
  /^(?:erschienen in|veröffentlicht in|aus (?:der|dem) (?:ausgabe|heft)|published in|appeared in|from the issue)\s*:?$/iu,
  // "Jetzt am Kiosk", "Die aktuelle TOUR – Jetzt am Kiosk", "… Jetzt am Kiosk oder in der BIKE App."
  /\bjetzt (?:neu )?(?:am|im|beim) (?:kiosk|bahnhofskiosk|zeitschriftenhandel|zeitungshandel)\b[^.!?]{0,40}[.!]?$/iu,
  // "Die aktuelle Ausgabe der L-MAG jetzt an jedem Bahnhofskiosk, im Abo, als e-Paper und bei Readly erhältlich."
  /^(?:die )?(?:aktuelle|neue|neueste) (?:ausgabe|heft|nummer)\b.{0,80}\b(?:jetzt|ab sofort|hier)\b.{0,40}\b(?:kiosk|abo|e-?paper|einzelheft|app|erhältlich|bestellen)\b.{0,100}$/iu,
  // "Lesen Sie das BIKE Magazin. Einfach digital in der BIKE-App … oder bestellen Sie es im Shop als Abo oder Einzelheft:"
  /^lesen sie (?:das|die|den) .{0,60}\b(?:abo|einzelheft|e-?paper|kiosk|app)\b.{0,160}$/iu,
  // "Heft bestellen", "Einzelheft bestellen", "Probeheft bestellen", "Jetzt 3 Ausgaben GRATIS erhalten!"
  // "Jetzt die aktuelle Ausgabe bestellen!", also between arrows (">>> … <<<").
  /^[>»›\s]*(?:jetzt )?(?:(?:die|das|den) )?(?:aktuelle[ns]? |neue[ns]? |neueste[ns]? )?(?:einzel|probe|print-?)?(?:heft|ausgabe|magazin|abo|buch|e-?book) (?:bestellen|kaufen|sichern|testen)[.!]?[\s<«‹]*$/iu,
  // "Jetzt neu! Besuchen Sie unseren Fan-Shop!", "Entdecken Sie unseren Online-Shop"
  /^(?:jetzt neu!?\s*)?(?:besuchen sie|besuche|besucht|entdecken sie|entdecke|stöbern sie in) (?:unseren|unserem|den) [\p{L}-]*shop\b.{0,40}$/iu,
  /^(?:jetzt )?(?:\d+|zwei|drei|vier|fünf) (?:ausgaben|hefte) (?:gratis|kostenlos|für \d+ ?(?:€|euro))(?: (?:testen|lesen|erhalten|sichern))?[.!]?$/iu,
  // The digital subscription's trial: "Neu: Tagesspiegel Plus jetzt gratis testen!", "Jetzt 4 Wochen kostenlos testen", "FAZ+ 30 Tage kostenlos lesen".
  /^(?:neu:?\s*)?(?:[\p{L}\d+.-]+\s){0,3}(?:jetzt\s+)?(?:(?:\d+|einen|zwei|drei|vier|sechs) (?:tage|wochen|monate?)\s+)?(?:gratis|kostenlos|kostenfrei|unverbindlich)\s+(?:testen|lesen|probelesen)!?$/iu,
  // "Dieser Beitrag stammt aus Ausgabe 7/2019 der Technology Review. Das Heft ist ab 20.06.2019 im Handel … erhältlich."
  /^(?:dieser|der) (?:beitrag|artikel|text) (?:stammt|ist) (?:aus|in) (?:der )?(?:ausgabe|heft|nummer)\b.{0,160}\b(?:im handel|am kiosk|erhältlich|bestellen|im abo)\b.{0,100}$/iu,
  /^this (?:article|story) (?:originally )?(?:appeared|appears|was published) in the .{0,60}\b(?:issue|edition)\b.{0,120}\b(?:subscribe|buy|order|newsstands?)\b.{0,80}$/iu,
  // The title's name and what a subscription gives: "Subscribe to WIRED and stay smart with more of your favorite Ideas writers."
  /^(?:[Ss]ubscribe|SUBSCRIBE) (?:now |today |NOW |TODAY )?(?:to|TO) (?:the |THE )?\p{Lu}[\p{L}\d&'’.-]*(?: \p{Lu}[\p{L}\d&'’.-]*){0,3} (?:and|to|for|AND|TO|FOR) (?:stay|get|keep|receive|enjoy|never miss|unlimited|full|support|STAY|GET|KEEP|RECEIVE|ENJOY|NEVER MISS|UNLIMITED|FULL|SUPPORT)\b.{0,120}$/u,
];
const ISSUE_PROMO_WORDS = ['erschienen in', 'veröffentlicht in', 'published in', 'appeared in', 'kiosk', 'ausgabe', 'heft', 'lesen sie', 'magazin', 'abo', 'issue', 'edition', 'buch', 'book', 'shop', 'subscribe', 'gratis', 'kostenlos', 'kostenfrei', 'unverbindlich'];

/** "Follow us on Twitter", "Follow NBC Latino on Facebook": us, a handle or a name, not "Follow these steps shared on Twitter". */
const FOLLOW_ON = /^(?:follow|like) (us|@[\w.]+|[\p{L}\d.&'’-]+(?: [\p{L}\d.&'’-]+){0,3}) on (?:twitter|facebook|instagram|linkedin|youtube|tiktok|threads|mastodon|x)\b.{0,220}$/iu;
const followOn = (t: string): boolean => {
  const who = FOLLOW_ON.exec(t)?.[1];
  if (who === undefined) return false;
  // "Follow me on Twitter: @annamuster", not "Follow him on Twitter, the coach told his players …": a pronoun only with a handle.
  if (/^(?:me|him|her|them)$/iu.test(who)) return t.includes('@');
  return /^(?:us|@)/iu.test(who) || /^\p{Lu}/u.test(who);
};
/** The newsroom asking for tips, opening a reporter's contact box: "Have a tip?", "Got a news tip?", "Hast du einen Hinweis?". */
const TIP_PROMPT = /^(?:(?:have|got) (?:a|any) (?:news |story )?tips?|(?:hast du|haben sie) (?:einen )?(?:hinweis|tipp)|un tuyau)\s*[?!]$/iu;
/** A sentence's end before the next one: an e-mail address or a handle keeps its dots, as they have no space after. */
const SENTENCE_BREAK = /(?<=[.!?])\s+(?=\S)/u;
/** The site asking to follow it elsewhere: its social accounts, its app, its channel. */
const FOLLOW_PROMPT: readonly RegExp[] = [
  // The reporters' accounts under a wire story: "Reach the reporters on Twitter at http://twitter.com/…".
  /^(?:reach|follow|contact) (?:the (?:reporters?|authors?|writers?)|(?:him|her|them)) (?:on|at|via) (?:twitter|x|facebook|instagram|linkedin|mastodon)\b.{0,200}$/iu,
  // A reporter's address under the story: "Contact Mark Di Stefano at mark.distefano@buzzfeed.com", "Reach the writer at …",
  // with the accounts to follow after it ("Email Tariq Malik at tmalik@space.com or follow him @tariqjmalik. Follow us …").
  /^(?:contact|reach|e-?mail|write to) (?:the (?:reporters?|authors?|writers?|editors?)|(?:him|her|them)|\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,3}) (?:at|via) \S+@\S+?(?:\.?$|,? (?:or|and) follow (?:him|her|them|us)\b.{0,200}$)/iu,
  // The writer's address under the story: "Jemele Hill can be reached at jemeleespn@gmail.com.", "Sie erreichen die Autorin unter …".
  /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,3} (?:can|may) be reached (?:at|via|by) (?:e-?mail (?:at )?)?\S+@\S+?\.?$/u,
  /^(?:sie erreichen|erreichen sie|du erreichst) (?:die autorin|den autor|die redaktion|(?:ihn|sie)) (?:unter|per e-?mail|via|über)\b.{0,80}$/iu,
  // An author box's offers: "… You can send him an e-mail; bookmark his page; subscribe to his RSS feed; follow him on Twitter".
  /\b(?:send|e-?mail) (?:him|her|them) an? e-?mail\b.{0,200}\b(?:follow|subscribe to) (?:him|her|them|his|her|their)\b/iu,
  // Its app: "CLICK HERE TO GET THE FOX NEWS APP", "GET FOX BUSINESS ON THE GO BY CLICKING HERE", "Download our app now!".
  /^(?:click here to )?(?:get|download|install) (?:the |our )?[\p{L}\d&'’. -]{0,40}?\b(?:app|apps|on the go)(?: (?:by clicking|click) here| here| now| today)?[.!]?$/iu,
  // The site's accounts: "Get HuffPost Business On Twitter, Facebook, and Google Buzz!".
  /^[Gg]et \p{Lu}[\p{L}\d.&'’-]*(?: \p{Lu}[\p{L}\d.&'’-]*){0,4} [Oo]n (?:Twitter|Facebook|Instagram|LinkedIn|YouTube|TikTok|Threads|Mastodon)\b.{0,160}$/u,
  // Its channel: "Subscribe to AppleInsider on YouTube", "Subscribe to our YouTube channel", "Abonniere unseren YouTube-Kanal".
  /^(?:subscribe to (?:[\p{L}\d.&'’-]+ ){1,3}on (?:youtube|twitch|spotify|apple podcasts)|subscribe to (?:our|the|my) (?:[\p{L}\d.&'’-]+ ){0,3}(?:youtube|twitch) channel|(?:abonniere|abonnieren sie|abonniert) (?:unseren|meinen|den) youtube-?kanal)\b.{0,80}$/iu,
  // The site's coverage elsewhere: "Follow AP's full coverage of Brexit and British politics at https://www.apnews.com/Brexit".
  /^follow (?:our|[\p{L}.&'’ -]{1,30}['’]s?) (?:full |complete |live |latest )?coverage (?:of|on)\b.{0,120}$/iu,
  // More of a section at its address: "More AP NBA: https://apnews.com/NBA and https://twitter.com/AP_Sports".
  /^More (?:[\p{Lu}\d][\p{L}\d&'’.-]*)(?: [\p{Lu}\d][\p{L}\d&'’.-]*){0,3}:\s*(?:https?:\/\/|www\.)\S+(?:\s*(?:and|,)\s*(?:https?:\/\/|www\.)\S+)*$/u,
  // A podcast's player links: "Listen: http://po.st/TP_615", "iTunes: …", "Download: …".
  /^(?:listen|download|subscribe|itunes|apple podcasts|spotify|google podcasts|stitcher|rss|anhören|herunterladen|abonnieren)\s*:\s*(?:https?:\/\/|www\.)\S+$/iu,
  /^(?:folge|folgen sie|folgt) (?:uns|[\p{L}\d .&@-]{1,30}) (?:auch |doch )?(?:auf|bei|in den sozialen (?:netzwerken|medien))\b.{0,100}$/iu,
  /\bdownload (?:the|our) [\p{L}\d .&'’-]{1,40} apps? (?:for|on) (?:ios|android|iphone|ipad)\b.{0,40}$/iu,
  /^get (?:the latest|breaking|all the latest|our latest) (?:news|updates|headlines|stories)\b.{0,60}\b(?:with|on|in|via|from) (?:the|our) [\p{L}\d .&'’-]{0,40}\bapp\b.{0,20}$/iu,
  /^(?:laden sie|lade dir|holen sie sich|hol dir) (?:jetzt )?(?:die|unsere|unsere kostenlose) [\p{L}\d .&-]{0,40}\bapp\b.{0,60}$/iu,
  // "Jetzt die App herunterladen", "Unsere App Deutsche Weine im AppStore", "Our app on Google Play".
  /^(?:jetzt )?(?:die|unsere) (?:kostenlose |neue )?(?:[\p{L}\d.&-]+[ -])?app (?:herunterladen|installieren|laden)[.!]?$|^(?:unsere|die|our|the) (?:[\p{L}\d.&-]+ ){0,2}app\b.{0,40}\b(?:im|in the|on|auf|bei) (?:apple )?(?:app ?store|google play|play store)[.!]?$/iu,
  /^(?:¿)?ya sabías que .{0,60}\btenemos (?:un )?canal de (?:telegram|whatsapp|youtube)\b.{0,120}$/iu,
  /^(?:¡)?(?:mira|visita|suscríbete a|únete a) (?:lo que tiene )?nuestro canal de (?:youtube|telegram|whatsapp)\b.{0,40}$/iu,
  /^(?:síguenos|siguenos|suivez-nous|obserwuj nas|seguici) (?:en|sur|na|su)\b.{0,100}$/iu,
  // Becoming the site's fan on a network: "Devenez fan sur Facebook, suivez-nous sur Twitter", "Become a fan on Facebook".
  /^(?:devenez fan|become a fan|werden sie fan|werde fan|hazte fan|diventa fan)\b.{0,100}$/iu,
  // The prompt alone over the social icons: "Folgen Sie uns", "Follow us", "Suivez-nous", "Síguenos".
  /^(?:folgen sie uns|folge uns|folgt uns|follow us|síguenos|siguenos|suivez-nous|obserwuj nas|seguici|siga-nos)\s*[:!.]*$/iu,
];
const isFollowPrompt = (t: string): boolean => followOn(t) || FOLLOW_PROMPT.some((re) => re.test(t));
/**
 * A reporter's contact box on one line, every sentence of it a prompt to reach or follow someone: "Have a tip? Amy
 * Kuperinsky may be reached at akuperinsky@example.com. Follow her on Twitter @AmyKup or on Facebook.".
 */
const contactSentences = (t: string): boolean => {
  if (!t.includes('@')) return false;
  const sentences = t.split(SENTENCE_BREAK);
  return sentences.length >= 2 && sentences.every((x) => TIP_PROMPT.test(x) || isFollowPrompt(x));
};
const FOLLOW_WORDS = ['fan', 'follow', 'like', 'erreich', 'twitter', 'facebook', 'instagram', 'folg', 'download', 'app', 'canal', 'sígu', 'sigu', 'suivez', 'obserwuj', 'seguici', 'siga', 'reach', 'contact', 'mail', 'write to', 'http', 'www.', 'listen', 'itunes', 'spotify', 'podcast', 'stitcher', 'rss', 'anhören', 'abonnier', 'subscribe', 'on the go'];

/** The counter of a paged list: "Showing 1–10 of 19 results", "Es werden die Weine 1 bis 10 von insgesamt 19 angezeigt!", "Seite 2 von 5". */
const PAGED_LIST = /^(?:(?:zeige|zeigen|showing|displaying|anzeige|angezeigt|ergebnisse?|results?|treffer|artikel|produkte|einträge|items?|es werden(?: die)?(?: \p{L}+)?)\s*:?\s*\d+\s*(?:[-–—]|bis|to)\s*\d+\s*(?:von|of|aus)\s*(?:insgesamt\s*)?\d+(?:\s+\p{L}+)?(?:\s+angezeigt)?|(?:seite|page)\s+\d+\s+(?:von|of)\s+\d+)\s*[.!]?$/iu;

/** A note when a video or audio can be played until ("Video verfügbar bis 28.02.2021"). */
const AVAILABILITY_WORDS = ['verfügbar', 'abrufbar', 'online', 'mediathek', 'available'];
const AVAILABILITY_NOTE = /^(?:video|audio|podcast|sendung|beitrag|film|folge|clip)s? (?:verfügbar|abrufbar|online|in der mediathek) bis\b.{0,40}$|^(?:verfügbar|abrufbar) bis (?:zum )?\d.{0,30}$|^(?:available|video available|available to watch) (?:until|till)\b.{0,30}$/iu;

/**
 * Cheap first tests: words without which the patterns below cannot match, found in the lower-cased
 * text (fold.ts) before any of the patterns runs.
 */
const NOTIFICATION_WORDS = ['online', 'benachrichtig', 'mitteilung', 'nachricht', 'notification', 'dürfen wir', 'gerät', 'device'];
/** The word list finds "rate" inside words too; the regex then asks for the word alone. */
const RATING_WORD = /bewert|gefallen|gefällt|hilfreich|nützlich|helpful|useful|utile|útil|de ayuda|\brated?\b|stimme|\bvote\b|rating/iu;
/** A feedback widget's button or call: "Give Feedback", "… Tell us what you think about our new look by taking this survey." */
const FEEDBACK_WIDGET = /^(?:give (?:us )?(?:your )?feedback|send (?:us )?(?:your )?feedback|leave (?:us )?feedback|feedback geben|feedback senden)[.!]?$|\b(?:tell|let) us (?:know )?what you think (?:of|about) (?:our|the|this) (?:new )?(?:look|design|site|website|page|layout)\b.{0,80}$/iu;
const RATING_WORDS = ['bewert', 'gefallen', 'gefällt', 'hilfreich', 'nützlich', 'helpful', 'useful', 'utile', 'útil', 'de ayuda', 'rate', 'stimme', 'vote', 'rating'];
const SUPPORT_WORDS = ['contribution', 'generosity', 'spende', 'unterstütz', 'hilft', 'zählt', 'ermöglicht', 'sichert', 'support', 'donat', 'un don', 'dona', 'wesprzyj', 'wspieraj', 'wspomóż', 'periodismo', 'soutenez', 'no cost to you', 'free to produce'];
/** Words without which no line discloses advertising: a cheap first test. */
const AD_DISCLOSURE_WORDS = ['werb', 'affiliate', 'provision', 'vergütung', 'commission', 'anzeige', 'sponsor', 'advertis', 'referral', 'amazon', 'kennzeichnen wir', 'markieren wir', 'geld erhalten wir', 'if you buy', 'if you purchase', 'issuer'];
/** Site software a footer credits: a cheap first test. */
const SITE_SOFTWARE_WORDS = ['wordpress', 'joomla', 'drupal', 'typo3', 'jimdo', 'wix', 'blogger', 'ghost', 'hugo', 'jekyll', 'squarespace', 'shopify', 'design', 'theme', 'template', 'layout', 'umsetzung', 'realisierung'];

/** A file's type and size, as a download link states them: "PDF | 38 KB", "(PDF, 1,2 MB)", "PDF-Datei, 245 kB", "DOCX 12 KB". */
const FILE_TYPE_SIZE = /(?:^|[\s(\[|,;:–-]|\p{Ll}|\d)(?:pdf|docx?|xlsx?|pptx?|odt|ods|rtf|zip|csv|mp3|epub)(?:-datei| file| document)?\s*[|,;:(\s–-]\s*(?:\d+(?:[.,]\d+)?\s*(?:kb|mb|kib|mib|kbyte|mbyte)\b)/iu;

/** Any letter or digit, in any script. */
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * What the page tells a browser without what it needs: JavaScript off, Flash missing, an old browser, a player the
 * browser cannot run. Said to the reader ("you", "please", "Sie", "bitte", "To view this content, …", "Get …"), and short:
 * a text about JavaScript or browsers says none of it to its reader.
 */
const BROWSER_NOTICE_WORDS = ['javascript', 'browser', 'flash', 'navigateur', 'navegador', 'playback', 'wiedergabe'];
const BROWSER_NOTICE_MAX = 400;
const READER_ADDRESSED = /\b(?:you|your|please|sorry|sie|bitte|du|dein\p{L}*|ihr(?:e[mnrs]?)?|vous|votre|veuillez|désolé|usted|tu|su|por favor|per favore)\b|^(?:to (?:view|see|watch|play|use|read|listen)|um (?:diese[nsm]?|den|das|die)\b|(?:get|install|update|upgrade|enable|activate|download)\b)/iu;
const BROWSER_NOTICE: readonly RegExp[] = [
  // Turn it on: "Please enable JavaScript to view the comments", "Bitte aktivieren Sie JavaScript", "Veuillez activer JavaScript".
  /\b(?:enable|activate|turn on|aktivieren sie|aktiviere|schalten sie|activez|activer|habilite|habilita|activa|attiva|attivare|włącz)\b[^.!?]{0,30}\bjavascript\b/iu,
  // "dass Sie JavaScript aktivieren haben", "Du musst JavaScript einschalten".
  /\b(?:sie|du)\b[^.!?]{0,30}\bjavascript\b[^.!?]{0,20}\b(?:aktivieren|aktiviert|einschalten|erlauben|zulassen)\b/iu,
  // Required or off: "Javascript must be enabled", "your browser needs Javascript", "JavaScript is disabled".
  /\bjavascript\b[^.!?]{0,20}\b(?:must|needs to|has to|should) be (?:enabled|activated|turned on|installed)\b|\b(?:requires?|needs?|benötigt|erfordert|nécessite|requiere|richiede)\b[^.!?]{0,20}\bjavascript\b|\bjavascript (?:is |ist )?(?:required|erforderlich|disabled|deaktiviert|nicht aktiviert|désactivé|desactivado)\b/iu,
  // A browser that cannot: "Your browser does not support the video tag", "You are using an outdated browser".
  /\b(?:your|ihr|dein|votre|tu|su|il tuo) (?:web ?|inter?net ?)?(?:browser|navigateur|navegador)\b[^.!?]{0,40}\b(?:does not|doesn't|doesn’t|cannot|can't|can’t|is not|isn't|unterstützt|kann|ne (?:supporte|prend)|no (?:soporta|admite|es compatible)|non supporta|is out of date|is outdated|ist veraltet|est obsolète)\b|\b(?:you are|you're|you’re) using (?:an? )?(?:outdated|old|older|unsupported|browser version with limited support)\b|\bsie (?:verwenden|nutzen|benutzen) (?:einen )?(?:veralteten|alten)\b/iu,
  // A player the device cannot run: "Media playback is unsupported on your device", "Die Wiedergabe wird auf Ihrem Gerät nicht unterstützt".
  /\b(?:media )?playback (?:is )?(?:unsupported|not supported|not available)\b[^.!?]{0,20}\b(?:device|browser)\b|\bwiedergabe\b[^.!?]{0,40}\b(?:gerät|browser)\b[^.!?]{0,20}\bnicht (?:unterstützt|möglich|verfügbar)\b/iu,
  // A plug-in to get: "update your Flash plugin", "Adobe Flash Player must be installed".
  // "Get Adobe Flash Player" names the player: "Get the flash sale" is no notice.
  /\b(?:update|upgrade|install|installieren|aktualisieren)\b[^.!?]{0,40}\bflash(?: ?player| plug-?in)?\b|\b(?:get|download|herunterladen)\b[^.!?]{0,40}\bflash ?(?:player|plug-?in)\b|\bflash(?: ?player| plug-?in)?\b[^.!?]{0,20}\b(?:must be installed|is required|required|erforderlich|benötigt|wird benötigt)\b/iu,
];

/** Code and configuration run words together too ("class QunitTests(StaticLiveServerTestCase):", "from django.contrib…", "AllCops: DisabledByDefault: true"). */
const CODE_LINE = /[(){}[\]=_;<>]|^(?:from|import|class|def|const|let|var|function|return)\b|:.*:/u;
/** Joins of glued link texts a menu has at least, and at least half as many as it has spaces. */
const GLUED_JOINS = 3;

const isLower = (c: number): boolean => letterCase(c) === 2;

/** At i, German's inclusive capital I, which is no join: "In" or "Innen", then no lower-case letter ("AutorInnen", "LeserIn"). */
function inclusiveI(t: string, i: number): boolean {
  if (t.charCodeAt(i) !== 73 || t.charCodeAt(i + 1) !== 110) return false;
  if (!isLower(t.charCodeAt(i + 2))) return true;
  return t.startsWith('nen', i + 2) && !isLower(t.charCodeAt(i + 5));
}

/**
 * A menu or tag list whose items stand glued together ("HomeWeatherTrafficWatchPhotosApps", "Últimas
 * noticiasRusia invade UcraniaCoronavirus…"): where a page's link texts ran together without a space,
 * three lower-case letters meet a capital ("NachrichtenPolitik"). Counted in one loop over the line
 * with each code unit's case from the strip features' table (letterCase): a Unicode expression doing
 * the same cost this rule four times what the interface words' rule costs, on every line.
 */
function gluedMenu(t: string): boolean {
  if (t.length > 400) return false;
  let joins = 0;
  let spaces = 0;
  let lowerRun = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    const k = c < 128 ? (c >= 97 && c <= 122 ? 2 : c >= 65 && c <= 90 ? 3 : 1) : letterCase(c);
    if (k === 2) {
      lowerRun++;
      continue;
    }
    if (k === 3 && lowerRun >= 3 && !inclusiveI(t, i)) joins++;
    else if (c === 32) spaces++;
    lowerRun = 0;
  }
  return joins >= GLUED_JOINS && joins * 2 >= spaces && !CODE_LINE.test(t);
}

/** Words beside an icon's name that still make a menu item or a button, not a sentence (strip/icon-name). */
const ICON_LINE_WORDS = 8;

const NETWORK_SEPARATOR = /\s*[|·•,]\s*|\s+/u;
/** Longest bar of sister sites looked at (the eval pages' longest: 9 names, 122 characters). */
const NETWORK_MAX_CHARS = 400;
const HOST_LABEL = /^[A-Za-z0-9][A-Za-z0-9-]*$/u;
const TOP_LEVEL = /^[a-z]{2,6}$/u;
/** Between two dots of glued names: a top-level domain, then the next name's label ("atevents" in "kurier.atevents.at"). */
const TOP_LEVEL_THEN_LABEL = /^[a-z]{2,6}[A-Za-z0-9][A-Za-z0-9-]*$/u;

/**
 * Three domain names or more and nothing else, glued ("kurier.atevents.atfuturezone.at") or set
 * apart; the top-level domain in lower case. Read piece by piece between the dots: one expression
 * over the glued names backtracks exponentially on a long line of dots that is no such list.
 */
function siteNetwork(t: string): boolean {
  // Most lines have fewer than three dots, or words before the first: they are not split at all.
  const line = t.trim();
  if (line.length > NETWORK_MAX_CHARS) return false;
  for (let dots = 0, at = -1; dots < 3; dots++) if ((at = line.indexOf('.', at + 1)) < 0) return false;
  if (!HOST_LABEL.test(line.slice(0, line.indexOf('.')))) return false;
  let domains = 0;
  for (const chunk of line.split(NETWORK_SEPARATOR)) {
    const parts = chunk.split('.');
    if (parts.length < 2 || !HOST_LABEL.test(parts[0]!) || !TOP_LEVEL.test(parts[parts.length - 1]!)) return false;
    for (let k = 1; k < parts.length - 1; k++) if (!TOP_LEVEL_THEN_LABEL.test(parts[k]!)) return false;
    domains += parts.length - 1;
  }
  return domains >= 3;
}

/** An address as a page prints its own: without scheme, `www.`, fragment and trailing slash, in lower case. */
export const ownAddress = (url: string): string =>
  url.trim().replace(/^https?:\/\/(?:www\.)?/iu, '').replace(/#.*$/u, '').replace(/\/+$/u, '').toLowerCase();
const BARE_URL = /^https?:\/\/\S+$/iu;

export const siteUiRules: LineRule[] = [
  {
    kind: 'line',
    id: 'strip/own-address',
    action: 'remove',
    description: 'The page\'s own address printed as a line of its own (for the printout, or over the headline): the record\'s URL or the canonical one, not a link the text gives.',
    examples: {
      pageUrl: 'https://www.mysanantonio.com/news/article/Cat-found-in-New-Mexico-after-going-missing-in-14848175.php',
      matches: ['https://www.mysanantonio.com/news/article/Cat-found-in-New-Mexico-after-going-missing-in-14848175.php', 'http://mysanantonio.com/news/article/Cat-found-in-New-Mexico-after-going-missing-in-14848175.php#comments'],
      keeps: ['https://www.gnu.org/philosophy/free-sw.de.html', 'https://www.mysanantonio.com/news/', 'Mehr unter https://www.mysanantonio.com/news/article/Cat-found-in-New-Mexico-after-going-missing-in-14848175.php'],
    },
    test: (t, ctx) => !!ctx.addresses?.length && BARE_URL.test(t) && ctx.addresses.includes(ownAddress(t)),
  },
  {
    kind: 'line',
    id: 'strip/no-words',
    action: 'remove',
    description: 'A line without a single letter or digit: a rule drawn in characters, a section break, an icon or a lone bullet ("___", "* * *", "»", "•••").',
    examples: { matches: ['___', '* * *', '»', '•••', '– – –', '|'], keeps: ['3', 'A', '* * * Fortsetzung folgt * * *', '→ 5 %'] },
    test: (t) => t.length <= 200 && !WORD_CHARACTER.test(t),
  },
  {
    kind: 'line',
    id: 'strip/glued-menu',
    action: 'remove',
    description: 'A menu or tag list whose link texts stand glued together, as a page without spaces between its links gives them: three joins or more of a lower-case word and a capital, and not twice as many spaces ("HomeWeatherTrafficWatchPhotosApps", "ImpressumNutzungshinweisDatenschutzKontakt"). Code, which runs words together too, is not one.',
    examples: {
      matches: ['HomeWeatherTrafficWatchPhotosApps', 'ImpressumNutzungshinweisDatenschutzKontakt', 'Últimas noticiasRusia invade UcraniaCoronavirusCrisis en VenezuelaTendenciasESPN', 'Themen: Appdigitale KartenRouteStravaTourenplanung', '#LoveTrailsRespectRules'],
      keeps: ['WordPress, JavaScript und TypeScript: Was Entwickler 2022 lernen sollten', 'alle AutorInnen, HerausgeberInnen und ÜbersetzerInnen nennen', 'class QunitTests(StaticLiveServerTestCase):', 'AllCops: DisabledByDefault: true TargetRubyVersion: 2.5', 'from django.contrib.staticfiles.testing import StaticLiveServerTestCase', 'Die BahnCard gilt auch im FlixTrain nicht.', 'iPhone, MacBook und PayPal'],
    },
    test: gluedMenu,
  },
  {
    kind: 'line',
    id: 'strip/site-network',
    action: 'remove',
    description: 'A bar of a media group\'s sister sites: three domain names or more and nothing else, glued together as a dump gives the links ("kurier.atevents.atfuturezone.atfilm.at") or set apart by spaces, bars or commas.',
    examples: {
      matches: ['kurier.atevents.atfuturezone.atfilm.atk.atschautv.atprofil.atlust-auf-oesterreich.at', 'agrariumonline.hufigyelo.huvg.hu', 'die-linke.de, european-left.org, guengl.eu, rosalux.de', 'spiegel.de | manager-magazin.de | harvardbusinessmanager.de'],
      keeps: ['www.example.co.uk', 'Mehr auf kurier.at, events.at und futurezone.at', 'Homajon.David.Satirisch.Ernst', 'kurier.at'],
    },
    test: siteNetwork,
  },
  {
    kind: 'line',
    id: 'strip/browser-notice',
    action: 'remove',
    description: 'What the page tells a browser without JavaScript, Flash or a recent version, or one that cannot play its player ("Please enable JavaScript to view the comments", "Your browser does not support the video tag", "Media playback is unsupported on your device"): said to the reader, and short.',
    examples: {
      matches: [
        'Please enable JavaScript to view the comments powered by Disqus.',
        'Dieser Shop setzt voraus, dass Sie JavaScript aktivieren haben. Bitte aktivieren Sie JavaScript und laden Sie die Seite erneut.',
        'To view this content, Javascript must be enabled and Adobe Flash Player must be installed.',
        "Sorry, but your browser needs Javascript to use this site. If you're not sure how to activate it, please refer to this site: https://www.enable-javascript.com/",
        'Update Required To play the media you will need to either update your browser to a recent version or update your Flash plugin.',
        'Thank you for visiting nature.com. You are using a browser version with limited support for CSS. To obtain the best experience, we recommend you use a more up to date browser (or turn off compatibility mode in Internet Explorer).',
        'Your browser does not support the video tag.',
        'Ihr Browser unterstützt dieses Videoformat nicht.',
        'Veuillez activer JavaScript dans votre navigateur.',
        'You are using an older browser version. Please use a supported version for the best MSN experience',
        'Get Adobe Flash Player to watch this video.',
        'Media playback is unsupported on your device',
        'Die Wiedergabe wird auf Ihrem Gerät nicht unterstützt.',
      ],
      keeps: [
        'Marissa: Being AMP-first means constantly flexing your creative muscles. We needed to re-evaluate how we wrote inline JavaScript.',
        'In terms of scripting languages, Python is better than Ruby, but I would say Javascript is the best of the bunch.',
        'The promise of Google Stadia: high quality visuals and rock-solid performance streamed to your browser.',
        'Viele Websites funktionieren nicht, wenn JavaScript deaktiviert ist, erklärt der Experte.',
        'W październiku na serwerach Microsoftu pojawiła się łatka, której zadaniem było usunięcie Flash Playera z Windowsa 10.',
        'You are old enough to remember when your browser was Netscape.',
        'Get the flash sale deals in your browser before they end.',
        'Playback of the tapes is not supported by the court, your lawyer said.',
      ],
    },
    test: (t) => t.length <= BROWSER_NOTICE_MAX && hasWord(t, BROWSER_NOTICE_WORDS) && READER_ADDRESSED.test(t) && BROWSER_NOTICE.some((r) => r.test(t)),
  },
  {
    kind: 'line',
    id: 'strip/ui-word',
    action: 'remove',
    description: 'A site interface word alone on a line: ticker and player controls, share buttons, menus, account links, an image\'s enlarge hint ("Click to enlarge"); page tools and toggles ("Artikel drucken", "Als PDF herunterladen", "Quellen ausblenden"); a dialog\'s buttons ("Nein, danke", "Not now", "Diesen Hinweis nicht mehr anzeigen"), a bookmark notice, a footer\'s link to the site\'s standards, a link to write to the site or its newsroom or to report a mistake ("Scrivi alla Redazione", "Kontakt zur Redaktion", "Contact us", "Fehler gefunden?"); a search box\'s hint ("Type to search or hit ESC to close", "Suchbegriff eingeben").',
    examples: {
      matches: ['In diesem Artikel:', 'In this article', 'Cite this article', 'Rights and permissions', 'Click to enlarge', 'Zum Vergrößern klicken', '(Bild anklicken zum Vergrößern)', 'Cliquez pour agrandir', 'Fermer la popin', 'Close window', '[email protected]', '[email\u00a0protected]', '[javascript protected email address]', 'Caption', 'Give us feedback in our Product Forums.', 'hide caption', 'Play Video', 'Video abspielen', 'loader', 'Live', 'Vergrößern', 'Seite auswählen', 'Menü Leerer Warenkorb', 'Chats', 'Dark Mode Go Top', 'Copy Link URLCopied!', 'Link copied!', 'Select Language Select Language', 'Close this search box.', 'Share Close extra sharing options', 'Learn about our editorial policies', 'Learn about our Financial Review Board', 'Newsticker', 'Neueste obenÄlteste oben', 'Kommentarfeed | Kommentare geschlossen | Trackback-URL', 'Diese Seite drucken Diese Seite per Email verschicken.', 'Teilen', 'Facebook Twitter WhatsApp', 'Abonnieren', 'Impressum', 'Dieses Skript als PDF herunterladen', 'Artikel drucken', 'Print this article', 'Quellen ausblenden', 'drukuj', 'Liken Lade …', 'Artikel anhören', 'ESCUCHA ESTA NOTA AQUÍ', 'Listen to this article', 'Escuchar artículo', 'Écouter l’article', 'Impressum/Imprint', 'Abbrechen', 'Tipp: du kannst mit der Tastatur blättern', 'Unsere Themen', 'Aktuelle Ausgabe', 'Bewertungen anzeigen Abbrechen Jetzt anmelden', '\uE87D Rezept speichern Speichern \uE87D Rezept speichern Speichern', '\uE80D Teilen', 'Copy this link', 'Jetzt Aktivieren', 'Nein, danke', 'Not now', 'Diesen Hinweis in Zukunft nicht mehr anzeigen.', "Don't show this again", 'Article bookmarked', 'Find your bookmarks in your Independent Premium section, under my profile', 'Our Standards: The Thomson Reuters Trust Principles.', 'Our Standards:The Thomson Reuters Trust Principles.', '1 - 5 of 36', 'Editorial Standards', 'Type to search or hit ESC to close', 'Type and Press “enter” to Search', 'Suchbegriff eingeben...Suchen', 'Geben Sie einen Suchbegriff ein und drücken Sie "Enter"', 'Mit einem Klick auf Enter geht die Suche los, mit ESC verlassen Sie das Suchfenster.', 'Drücken Sie Öffnen / Eingabe / Enter / Return um die Suche zu starten', 'Scrivi alla Redazione', 'Kontakt zur Redaktion', 'Schreiben Sie uns', 'Contact us', 'Kontaktieren Sie uns gerne auch direkt', 'How to contact us', 'View all (23)', 'Shares', 'Fehler gefunden?', 'Report an error', 'Écrire à la rédaction', 'Contáctanos', 'Ich bin einverstanden.', 'Einverstanden', 'I agree', 'OK, verstanden', 'Deal abgelaufen? Jetzt melden! Abgelaufen?', 'Deal expired? Report it'],
      keeps: ['In diesem Artikel geht es um die Frage, wer die Rechnung bezahlt.', 'Click to enlarge the map, the guide says, and the trails appear.', 'Live-Übertragung aus Moskau beendet', 'Ich bin einverstanden, sagte der Bürgermeister nach der Sitzung.', 'Deal abgelaufen: Der Vertrag mit dem Stürmer endet im Sommer.', 'Schreiben Sie uns, was Sie von dem Plan halten: Die Redaktion sammelt die Stimmen bis Freitag.', 'Contact us at the address below if the parcel does not arrive.', 'Dark mode drains the battery less on OLED screens.', 'The URL was copied from a phishing mail, the police said.', 'Learn about our editorial policies and how we choose the products we review, then decide for yourself.', 'Das Teilen von Daten ist umstritten.', 'Kontakt zu den Separatisten', 'Das PDF herunterladen dauerte Stunden, klagten Nutzer.', 'Escuchar artículos en voz alta ayuda a los niños a leer.', 'Type the address into the search field, the manual says, and the map opens.', 'Press return at the first prompt and then enter a very secure passphrase.'],
    },
    test: (t) => (t.length <= 80 && (UI_LINE.test(t) || UI_WORD_SEQUENCE.test(t) || PAGE_TOOL.test(t))) || (t.length <= 160 && hasWord(t, SEARCH_HINT_WORDS) && SEARCH_HINT.some((re) => re.test(t))),
  },
  {
    kind: 'line',
    id: 'strip/download-link',
    action: 'remove',
    description: 'A download link with its file type and size ("Informationsschreiben vom 14. Oktober 2021 PDF | 38 KB | Datei ist nicht barrierefrei", "Jahresbericht 2021 (PDF, 1,2 MB)"): an attachment listed under the text, not text.',
    examples: {
      matches: ['Informationsschreiben vom 14. Oktober 2021PDF | 38 KB | Datei ist nicht barrierefrei', 'Jahresbericht 2021 (PDF, 1,2 MB)', 'Antragsformular PDF-Datei, 245 kB', 'Download: Merkblatt (pdf, 120 KB)'],
      keeps: ['Der Bericht umfasst als PDF rund 120 Seiten und ist 4 MB groß, teilte das Ministerium mit.', 'Die Datei im PDF-Format steht auf der Website bereit.'],
    },
    test: (t) => t.length <= 200 && FILE_TYPE_SIZE.test(t) && !/[.!?]["”’)]?$/.test(t),
  },
  {
    kind: 'line',
    id: 'strip/page-link',
    action: 'remove',
    description: 'The page\'s own address offered to copy or share ("Read or Share this story: http://usat.ly/…", "Kurzlink: https://…", "Permalink: …"): a print layout\'s or share box\'s line, not text. A link the text points to ("Mehr Informationen: https://…") stays.',
    examples: {
      matches: ['Read or Share this story: http://usat.ly/1x3DFko', 'Kurzlink: https://www.example.de/-/123456', 'Permalink: https://example.org/2021/05/titel/', 'Short URL: https://t.co/abc', 'Link zum Artikel: https://www.zeitung.de/lokales/artikel123.html', 'Diesen Artikel teilen: www.zeitung.de/a/123'],
      keeps: ['Mehr Informationen: https://www.stadt.de/haushalt', 'Die Petition steht unter https://example.org/petition online.', 'Quelle: https://www.destatis.de', 'Link: https://www.stadt.de/antrag'],
    },
    test: (t) => t.length <= 200 && PAGE_LINK.test(t),
  },
  {
    kind: 'line',
    id: 'strip/wiki-footer',
    action: 'remove',
    description: 'A wiki\'s footer under the text: the address the page was retrieved from ("Retrieved from \"https://…\"", "Abgerufen von „https://…“") and when the page was last edited ("This page was last edited on 3 May 2021, at 10:12"), as MediaWiki prints them on every page.',
    examples: {
      matches: ['Retrieved from "https://harrypotter.fandom.com/wiki/Water-Making_Spell?oldid=1371310"', 'Abgerufen von „https://de.wikipedia.org/w/index.php?title=Test&oldid=123“', 'Récupérée de « https://fr.wikipedia.org/w/index.php?title=Test&oldid=1 »', 'Obtenido de «https://es.wikipedia.org/w/index.php?title=Test&oldid=1»', 'This page was last edited on 3 May 2021, at 10:12 (UTC).', 'Diese Seite wurde zuletzt am 3. Mai 2021 um 10:12 Uhr bearbeitet.', 'Cette page a été modifiée pour la dernière fois le 3 mai 2021 à 10:12.'],
      keeps: ['Retrieved from the archive, the letters show a different story.', 'Abgerufen von der Polizei wurden die Daten erst im Mai.', 'This page was last edited by the author of the book, the court found, not by the publisher.'],
    },
    test: (t) => t.length <= 300 && WIKI_FOOTER.test(t),
  },
  {
    kind: 'line',
    id: 'strip/ad-label',
    action: 'remove',
    description: 'An ad label ("Anzeige", "Werbung", "Advertisement", "Sponsored"), alone or opening the ad\'s teaser ("ANZEIGE - Heute mal ausgehen?", "Anzeige: Cloud Services"), and the note where an ad cuts the text ("Story continues below advertisement", "Weiterlesen nach der Anzeige").',
    examples: {
      matches: ['Anzeige', 'ANZEIGE', 'Werbung', 'Advertisement', 'Sponsored', '- Anzeige -', 'Story continues below advertisement', 'Continue Reading Below', 'Article continues after this advertisement', 'Weiterlesen nach der Anzeige', 'Der Artikel geht unter der Anzeige weiter', 'ANZEIGE - Heute mal ausgehen/bestellen? Wie wäre es mit:', 'Anzeige: Herausforderungen meistern mit den Rasierern von Braun', 'Sponsored: Sip, Savor, Celebrate'],
      keeps: ['Die Anzeige wurde am Montag erstattet.', 'Anzeige gegen Unbekannt: Die Polizei ermittelt.', 'The story continues below the fold with more photos of the parade.'],
    },
    test: (t) => AD_LABEL.test(t) || (t.length <= 160 && AD_TEASER.test(t)),
  },
  {
    kind: 'line',
    id: 'strip/comment-prompt',
    action: 'remove',
    description: 'Comment section prompts and headers: log in to comment, write a comment, "Kommentare", comments closed, tell us in the comments, the comments\' house rules ("… halten Sie sich an unsere Netiquette"), the comment form\'s messages ("Ihr Kommentar ist zu lang …", a failed sending).',
    examples: {
      matches: ['Kommentare', 'Please log in here to leave a comment.', 'Note: we are temporarily moderating all comments submitted to deal with a surge in spam.', 'Para comentar debes registrarte y completar los datos generales.', 'Pour commenter, vous devez être connecté.', 'To comment, please sign in.', 'Um an der Diskussion teilzunehmen,', 'Um einen Kommentar zu hinterlassen, loggen Sie sich bitte ein.', 'loggen Sie sich ein oder registrieren Sie sich', 'Kommentar schreiben', 'Leave a Reply', 'Log in to comment', 'Diskutieren Sie mit!', 'Kommentare geschlossen', 'Die Kommentarfunktion ist für diesen Artikel deaktiviert.', 'Die Kommentarfunktion für diesen Artikel ist deaktiviert.', 'Die Kommentarfunktion ist derzeit deaktiviert.', 'Comments are closed.', 'We want to hear what you think about this article.', 'Tell us what you think: submit a letter to the editor.', 'We want to hear what you think about this article. Submit a letter to the editor or write to letters@theatlantic.com.', 'Verraten Sie gerne in den Kommentaren: Was bedeutet ein Award für Sie?', 'Let us know in the comments!', 'Bitte registrieren Sie sich und halten Sie sich an unsere Netiquette.', '4. Comments under pseudonym are allowed but a valid email address is obligatory.', 'Kommentare werden erst nach Prüfung freigeschaltet.', 'Bei Fragen und Anregungen zu diesem Artikel können Sie hier mit uns in Kontakt treten.', 'Puede escribirnos a nuno@esmateria.com o seguir a Materia en Facebook, Twitter o Instagram.', 'Have a tip? Email us at tips@example.com.', '"Questions? Comments? Email us at', 'Fragen? Anregungen? Schreiben Sie uns an redaktion@example.de', 'Kommentare zu diesem Text könnt ihr uns in unseren Netzwerken hinterlassen und dort mit fast 140.000 Menschen teilen!', 'There are no comments yet', 'Es gibt noch keine Kommentare.', 'Leider sind keine Kommentare möglich.', 'Comments are disabled for this article.', 'Nur angemeldete Benutzer können kommentieren und bewerten.', 'Only registered users can comment.', 'Be part of the conversation', 'Join the discussion', 'Share your thoughts and debate the big issues', 'Please be mindful of our community standards.', 'Community Rules apply to all content you upload or otherwise submit to this site.', 'Keine Kommentare (Kommentare erscheinen erst nach unserer Freigabe)', 'Kommentare erscheinen erst nach Freigabe durch die Redaktion.', 'Your comment is awaiting moderation.', 'Dein Kommentar wartet auf Freischaltung.', 'Ihr Kommentar muss noch von der Redaktion freigeschaltet werden.', 'Ihr Kommentar ist zu lang. Es sind maximal 2048 Zeichen erlaubt!', 'Your comment is too long (maximum 1000 characters).', 'Beim absenden Ihres Kommentar ist ein Fehler aufgetreten. Bitte versuchen sie es erneut.', 'There was an error submitting your comment. Please try again.', 'Comments will appear after approval.', 'Um den Tipp "Tomaten richtig schneiden" kommentieren zu können, müssen Sie eingeloggt sein.', 'Um diesen Artikel zu kommentieren, musst du dich anmelden.'],
      keeps: ['Die Kommentare des Kremls waren deutlich.', 'Kommentar: Putin spielt auf Zeit', 'Die Kommentare der Zuschauer waren geschlossen positiv.', 'Die Netiquette verlangt, dass man höflich bleibt, sagt die Forscherin.', 'Die Beiträge werden nach Prüfung durch das Finanzamt erstattet.', 'Bei Fragen zu diesem Thema hilft die Verbraucherzentrale weiter, sagt die Expertin.', 'Questions? Plenty. The minister did not answer them.', 'Fragen? Anregungen? Die Stadt lädt am Montag zur Bürgerversammlung ein.', 'Keine Kommentare möglich, sagte der Sprecher am Montag.', 'Join the discussion on the new budget at the town hall on Friday.', 'Only registered users can vote in the primary, the party said.', 'Keine Kommentare (der Sprecher lehnte ab) gab es vom Ministerium.', 'Die Ergebnisse erscheinen erst nach Prüfung durch das Amt.', 'Um den Vertrag zu kommentieren, traf sich der Ausschuss am Montag.', 'Ihr Kommentar ist zu lang, fand die Jury, und kürzte ihn auf eine Minute.'],
    },
    test: (t) => COMMENT_PROMPT.test(t) || (hasWord(t, HOUSE_RULES_WORDS) && HOUSE_RULES.test(t)) || (hasWord(t, MODERATION_WORDS) && MODERATION_NOTE.test(t)) || (hasWord(t, FEEDBACK_WORDS) && FEEDBACK_PROMPT.test(t)),
  },
  {
    kind: 'line',
    id: 'strip/registration-box',
    action: 'remove',
    description: 'Registration, login and account messages ("Registrierung erfolgreich abgeschlossen!", a sign-up\'s confirmation, confirm-your-e-mail prompts).',
    examples: {
      matches: ['Registrierung erfolgreich abgeschlossen!', 'Sie haben sich erfolgreich angemeldet Vielen Dank! Bitte prüfen Sie Ihr E-Mail Postfach.', 'Please check your inbox to confirm your subscription.', 'Are you sure you want to delete your Example.com account?', 'Your account has been deleted! You can restore your account within 30 days.', 'Konto löschen', 'Klicken Sie bitte den Link aus der E-Mail, die an geschickt wurde', 'Bitte klicke auf den Link in der Bestätigungsmail, um deine Anmeldung abzuschließen.', 'Passwort vergessen?', 'Jetzt kostenlos registrieren', 'Mit ZDF-Konto anmelden.', 'Mit Google anmelden', 'Sign in with Apple'],
      keeps: ['Die Registrierung der Wähler ist abgeschlossen, teilte die Behörde mit.', 'Sie haben sich erfolgreich angemeldet, sagte der Trainer, und spielen am Sonntag.', 'Your account has been a great help, the senator told the bank.', 'Mit der Bahn anreisen und vor Ort anmelden, empfiehlt der Veranstalter.'],
    },
    test: (t) =>
      t.length <= 160 &&
      (/^(?:registrierung|anmeldung|registration|sign-?up|login|anmelden)\b.{0,30}\b(?:erfolgreich|abgeschlossen|successful|complete)/iu.test(t) ||
        SIGNUP_CONFIRMED.test(t) ||
        (hasWord(t, ['link']) && /\b(?:klicke[n]?|click)\b.{0,40}\blink\b.{0,40}(?:\be-?mail|mail)\b/iu.test(t)) ||
        (hasWord(t, ['bestätigen', 'confirm', 'verify']) && /\b(?:bestätigen|confirm|verify)\b.{0,30}\b(?:e-?mail|adresse|address)\b/iu.test(t)) ||
        /^(?:passwort|password|kennwort) (?:vergessen|forgotten|forgot)\??$/iu.test(t) ||
        /^(?:jetzt )?(?:kostenlos |gratis )?(?:registrieren|anmelden|einloggen|sign up|register)(?: (?:und|and) .{0,40})?[.!]?$/iu.test(t) ||
        /^(?:noch kein|sie haben noch kein|don'?t have an?) (?:konto|account|benutzerkonto)/iu.test(t) ||
        // The account's own dialogs: "Are you sure you want to delete your … account?", "Your account has been deleted!", "Konto löschen".
        /^(?:are you sure you want to delete your\b.{0,40}\baccount\?|(?:möchten|willst) (?:sie|du) (?:ihr|dein) (?:konto|benutzerkonto|profil) wirklich löschen\?|delete (?:my |your )?account|(?:mein |ihr |dein )?(?:konto|benutzerkonto) löschen)$/iu.test(t) ||
        /^(?:your account has been (?:deleted|created|activated)|(?:ihr|dein) (?:konto|benutzerkonto) wurde (?:gelöscht|erstellt|aktiviert))\b/iu.test(t) ||
        // A sign-in button: "Mit ZDF-Konto anmelden.", "Mit Google anmelden", "Sign in with Apple".
        /^(?:(?:jetzt )?(?:mit|über) (?:(?:ihrem|deinem|dem|einem) )?[\p{L}\d]+(?:[- ][\p{L}\d]+)?(?:[- ]?(?:konto|account|id))? (?:anmelden|einloggen|registrieren)|(?:sign|log) (?:in|up) with (?:your )?[\p{L}\d]+(?:[- ][\p{L}\d]+)?(?: account)?|continue with (?:google|apple|facebook|microsoft|email|e-mail))[.!]?$/iu.test(t)),
  },
  {
    kind: 'line',
    id: 'strip/newsletter-box',
    action: 'remove',
    description: 'Newsletter and subscription boxes and their consent lines.',
    examples: {
      matches: [
        "There's plenty more where that came from. Sign up for The Water Coolest today to get the free daily newsletter delivered to your inbox daily.",
        'Ich möchte gerne Nachrichten und redaktionelle Artikel von der n-tv Nachrichtenfernsehen GmbH per E-Mail erhalten.',
        'Melden Sie sich für unseren Newsletter an',
        'Sign up for our newsletter',
        'Jetzt Newsletter abonnieren',
        'und abonnieren Sie unseren monatlich erscheinenden Newsletter!',
        'Mit unserem Newsletter erhalten Sie monatlich Informationen rund um das Urlaubsland.',
        'Aktuelle Stories und die wichtigsten News für Marketeers direkt in dein Postfach!',
        'Wir informieren Sie täglich (werktags) über die Topthemen des Tages.',
        'Lust auf mehr? Lass dir die besten Storys jede Woche in deinen Posteingang schicken.',
        'Wenn du per E-Mail über Aktuelles aus dem Verein informiert werden willst, kannst du dich hier eintragen.',
        'Jetzt für Golf-Lotse Top-News anmelden',
        'We send newsletters with the approximate frequency outlined for each edition above, with occasional additional notifications about events and webinars. We measure how often our emails are opened, and which links our readers click. To provide a secure and reliable service, we send our email with MailChimp, which means we store email addresses and analytical data on their servers. You can opt out of our newsletters at any time by clicking the unsubscribe link in the footer of every mail. For more information please see our Data Protection Policy.',
        'Sie können sich jederzeit wieder abmelden.',
        'Kostenlos zum Newsletter anmelden und GRATIS-Jahresabo abstauben',
        'Ich bin mit der Verarbeitung meiner Daten nach Datenschutzerklärung einverstanden. Nach Anmeldung geht mir eine E-Mail zur Zustimmung zu.',
        'Mit dem Double-Opt-In-Verfahren stellen wir sicher, dass Sie der Anmeldung zugestimmt haben.',
        'Tipps, Hilfe und Schnäppchen für dein Tier per E-Mail',
        'Never miss the latest news by signing up to our newsletter',
        "Do you want to be informed of DiEM25's actions? Subscribe below",
        'Zapraszamy też do subskrypcji',
        'Suscribite gratis y recibí el newsletter de Ambiente en tu email.',
        'Zapraszamy też do subskrypcji tygodnika w Sieci Przyjaciół – www.siecprzyjaciol.pl i oglądania ciekawych audycji telewizji wPolsce.pl.',
        'Mit Absenden meiner E-Mail-Adresse willige ich bis auf Widerruf ein, den personalisierten Newsletter von ZooRoyal zu erhalten.',
        'Ich bin damit einverstanden, dass ZooRoyal mir per E-Mail an mich gerichtete Werbung zu Produkten und Aktionen zusendet.',
        'Nichts Neues verpassen! - Newsletter abonnieren',
        'Get breaking news alerts and special reports. The news and stories that matter, delivered weekday mornings.',
        'Let our news meet your inbox. The news and stories that matters, delivered weekday mornings.',
        'Every day we send an email with the top stories from Digg.',
        'Coaching-Newsletter erhalten',
        'Interesse an Digitalisierung, Transformation, Neuer Arbeit? Dann abonniere meinen Newsletter: http://www.example.de/newsletter/',
        'Du willst noch weitere Infos zum Newsletter? Jetzt mehr erfahren',
        'Der Newsletter ist kostenlos und kann jederzeit abonniert und wieder abbestellt werden.',
        'Nach Anmeldung erhalten Sie eine Aktivierungs-E-Mail. Nach Klicken des Links erhalten Sie den Newsletter.',
        "Votre adresse de messagerie est uniquement utilisée pour vous envoyer les lettres d'information d'ARTE Radio.",
        'Regístrate para recibir contenido exclusivo',
        'Sign up to get the best content of the week, and great gaming deals, as picked by the editors.',
        'Missing out on the latest WordPress.com developments? Enter your email below to receive future announcements direct to your inbox.',
        'Get the Most Popular Jobs&Hire Stories in a Weekly Newsletter',
        "Get The Times of Israel's Daily Edition by email and never miss our top stories Free Sign Up",
        'Join the hundreds of developers who get new code, writing, and interesting programming links delivered to their inboxes every week.',
        'Join 50,000 subscribers',
        'The best stories of the week, straight to your inbox.',
        'Tous nos derniers podcasts dans votre boîte mail.',
        'Las noticias más importantes en tu correo',
        'Get regular updates on the latest tutorials, offers & news at Statistics Globe.',
        'Want more deals? Join the IGN Deals Newsletter.',
        'Get breaking space news and the latest updates on rocket launches, skywatching events and more!',
        'Need more space? Subscribe to our sister title "All About Space" Magazine for the latest amazing news from the final frontier!',
        'Join our Space Forums to keep talking space on the latest missions, night sky and more! And if you have a news tip, correction or comment, let us know at: community@space.com.',
        'Contact me with news and offers from other Future brandsReceive email from us on behalf of our trusted partners or sponsors',
        'Receive email from us on behalf of our trusted partners or sponsors',
        'Send me news, special offers and promotions from Example Media.',
      ],
      keeps: ['The company says readers can opt out of its newsletters at any time, but a study of 2,000 subscribers found that most never do: they keep the mails unread in their inboxes for years, and the senders count them as readers all the same, which inflates the figures that advertisers pay for, the researchers wrote in their report on the newsletter business.', 'Residents can sign up for the council newsletter, the mayor said on Monday.', 'Sign up for the course closes on Friday, the university said.', 'To vote online, enter your email address and receive a code, the election office said.', 'Never miss a chance to see the northern lights, the guide told us.', 'Der Newsletter des Ministeriums warnte vor der Eskalation, hieß es in Kiew.', 'Wer den Newsletter abonnieren wollte, musste bis Freitag warten, weil der Server ausfiel.', 'Die Unterlagen kamen per E-Mail.', 'Für die Wahl anmelden können sich alle Bürger bis Freitag.', 'Ich bin damit einverstanden, dass mir die Kasse das Geld per Überweisung schickt, sagte die Rentnerin.', 'Get the facts before you open an email from your bank, the police said.', 'GET THE BOING BOING NEWSLETTER', 'Join the thousands of fans who marched through the city on Sunday.', 'Scammers can send a fake invoice straight to your inbox, and it looks real.', 'Hackers put malware in your inbox.', 'The newspapers were delivered every morning by boys on bicycles until 1990.', 'Every day we send an email to the mayor, the activists said.', 'Volunteers join the club newsletter team every spring.', 'Get regular updates on the latest road closures from the county website, officials advised.', 'Subscribe to the magazine, his teacher told him, and he did it for forty years.', 'Subscribe to our magazine, the editor said, was what readers did for decades.', 'The mayor asked residents to join the community garden project.', 'Contact me if the offers change, the buyer told the agent.', 'Keep me out of the deals you make with them, she said.', 'Send me news from the front, the general wrote to his wife.'],
    },
    test: (t) =>
      // The newsletter's small print as a paragraph: "We send newsletters … You can opt out of our newsletters at any time …".
      (t.length <= 800 && hasWord(t, ['newsletter']) && NEWSLETTER_OPT_OUT.test(t)) ||
      (t.length <= 300 &&
      ((hasWord(t, ['mail']) && /\b(?:per|via|by) e-?mail\b.{0,60}\b(?:erhalten|informiert werden|zugeschickt bekommen|receive)\b/iu.test(t)) ||
        /^(?:ich möchte|ja, ich möchte|i (?:would like|want)) .{0,160}\b(?:erhalten|receive|abonnieren|subscribe)\b/iu.test(t) ||
        /^(?:jetzt |hier )?(?:(?:zum|für den|unseren?) )?newsletter(?:-| )?(?:abonnieren|anmelden|bestellen|anmeldung)\b/iu.test(t) ||
        // Also where a link split the sentence: "… und abonnieren Sie unseren monatlich erscheinenden Newsletter!"
        /^(?:(?:und|oder|and|or|&)\s+)?(?:melden sie sich|registrieren sie sich|abonnieren sie|sign up|subscribe)\b.{0,60}\bnewsletter\b/iu.test(t) ||
        (hasWord(t, ['abmeldung', 'abbestellen', 'unsubscribe']) && /\b(?:abmeldung|abbestellen|unsubscribe)\b.{0,60}\b(?:jederzeit|at any time|möglich)\b/iu.test(t)) ||
        // "Sie können sich jederzeit wieder abmelden.", the reader told alone.
        (hasWord(t, ['jederzeit']) && /^(?:sie können sich|du kannst dich|ihr könnt euch) jederzeit (?:wieder )?(?:vom newsletter )?(?:abmelden|austragen)\b.{0,80}$/iu.test(t)) ||
        // Promotions of the site's own newsletter: "Mit unserem Newsletter erhalten Sie …", "… direkt in dein Postfach"
        (hasWord(t, ['newsletter']) && /\bnewsletter\b/iu.test(t) && /\b(?:erhalten|verpass|abonnier|anmelden|bestellen|informier|postfach|posteingang|inbox|subscribe|sign up|kostenlos)/iu.test(t) && /^(?:mit|mein|unser|unsere[nm]?|ihr|dein|jetzt|hol|keine|nie|abonnier|bestell|immer)\b/iu.test(t)) ||
        (hasWord(t, ['postfach', 'posteingang']) && /\b(?:in|ins) (?:dein|deinen|ihr|ihren|euer|euren) (?:postfach|e-mail-postfach|posteingang)\b/iu.test(t)) ||
        /^wir informieren (?:sie|dich|euch) (?:täglich|wöchentlich|regelmäßig)\b/iu.test(t) ||
        (hasWord(t, NEWSLETTER_WORDS) && NEWSLETTER_SIGN_UP.some((re) => re.test(t))) ||
        // (a row of share buttons ending in "Share via Email" is strip/share-prompt's)
        (t.length <= 100 && endsWithMailbox(t) && NEWSLETTER_TEASER.test(t) && !SHARE_BUTTON_ROW.test(t)) ||
        (t.length <= 100 && hasWord(t, INBOX_WORDS) && INBOX_PROMISE.test(t)) ||
        (hasWord(t, NEWSLETTER_PITCH_WORDS) && NEWSLETTER_PITCH.some((re) => re.test(t))) ||
        (hasWord(t, NEWSLETTER_CTA_WORDS) && NEWSLETTER_CTA.some((re) => re.test(t))) ||
        // "… Sign up for The Water Coolest today to get the free daily newsletter delivered to your inbox daily."
        (hasWord(t, ['sign up']) && /\bsign up\b.{0,80}\b(?:newsletter|inbox)\b/iu.test(t) && /\b(?:today|here|now|free|your inbox)\b/iu.test(t)))),
  },
  {
    kind: 'line',
    id: 'strip/share-prompt',
    action: 'remove',
    description: 'A share bar\'s label or a share-and-feedback prompt ("Teilen mit:", "Share this:", "Beitrag teilen", "Gefällt Ihnen dieser Artikel?").',
    examples: {
      matches: ['Share this:', 'twittern', 'mitteilen', 'Artikel weiterempfehlen', 'Teilen mit:', 'Beitrag teilen:', 'Den Artikel mit anderen teilen/diskutieren:', 'Partager', 'Compartir', 'Diese Geschichte teilen', 'Artikel teilen', 'Dir hat der Artikel gefallen? Jetzt teilen...', 'Like it? Share it!', 'Teilen Sie dies mit:', 'Diese Seite:', 'Enjoyed this article? Share it with your friends', 'Auf Facebook teilen In Messenger teilen Auf Twitter teilen', 'Share on Facebook', 'Partager sur Facebook Partager sur Twitter Partager par e-mail', 'Share on Facebook | Share on X | Share via Email', 'Compartir en Facebook Compartir en WhatsApp', 'Share this with E-Mail', 'Artikel gefallen? Vergiss nicht zu teilen!', 'Gefällt Ihnen dieser Artikel?', 'Gefällt dir unser Klettermagazin? Dann unterstütze uns.', 'Gefällt dir unser Klettermagazin? Bei der Lancierung haben wir entschieden, keine Bezahlschranke (Paywall) einzuführen. Das wird auch so bleiben.', 'Hat dir der Artikel gefallen?'],
      keeps: ['Die Geschwister teilen sich ein Zimmer.', 'Viele Nutzer teilen den Artikel auf Facebook, weil er sie empört.', 'Partager sur Facebook est devenu un réflexe pour les lecteurs.', 'Gefällt Ihnen das Design, sollten Sie zugreifen.', 'Like it? Many readers did not, and they wrote to us.'],
    },
    test: (t) =>
      // "Gefällt dir unser Klettermagazin? Bei der Lancierung haben wir entschieden, keine Bezahlschranke einzuführen …"
      (t.length <= 500 && hasWord(t, ['gefällt']) && /^gefällt (?:dir|ihnen|euch) unser(?:e|en)? [\p{L}\d-]+\?.{0,400}\b(?:bezahlschranke|paywall|unterstütz\p{L}*|spende\p{L}*|abo\p{L}*)\b/iu.test(t)) ||
      (t.length <= 160 &&
        (/^(?:(?:diesen?|den|die|das|jetzt)\s+)?(?:beitrag|artikel|seite|geschichte|story|post|text|inhalt|rezept|video)?\s*(?:teilen|share|empfehlen|weiterempfehlen|weitersagen|weiterleiten|twittern|tweeten|mitteilen|pinnen|mailen|compartir|partager|condividi|udostępnij)(?:\s+(?:mit|this|on|via|auf|über|per)\b[\p{L} -]{0,30})?\s*[:.…!]*$/iu.test(t) ||
          /^(?:(?:auf|in|via|per|on|share on|teilen auf)\s+)?(?:facebook|twitter|x|whatsapp|messenger|linkedin|xing|pinterest|telegram|e-?mail|reddit)\s+(?:teilen|share|twittern|posten)\b.{0,120}$/iu.test(t) ||
          /^(?:share on|teilen auf|teile auf)\s+\p{L}+$/iu.test(t) ||
          // A page toolbar's label: "Diese Seite:" over its print and share buttons.
          /^(?:diese seite|this page|cette page|esta página)\s*:$/iu.test(t) ||
          // Jetpack's German label: "Teilen Sie dies mit:", "Teile dies mit:"
          /^(?:teilen sie|teile|teilt) (?:dies|das|diesen (?:beitrag|artikel)|den (?:beitrag|artikel))(?: mit)?\s*[:.…!]*$/iu.test(t) ||
          SHARE_BUTTON_ROW.test(t) ||
          /^(?:(?:den|diesen|die|diese|das|dieses) )?(?:artikel|beitrag|seite|geschichte|text|rezept|video) mit (?:anderen|freunden|deinen freunden|ihren freunden) (?:teilen|diskutieren)(?:\s*(?:\/|und|oder)\s*(?:teilen|diskutieren|empfehlen))?\s*[:.!]*$/iu.test(t) ||
          (hasWord(t, ['gefallen?']) && /\bgefallen\?\s*(?:dann\s+)?(?:jetzt\s+)?teilen\b/iu.test(t)) ||
          SHARE_IF_LIKED.test(t) ||
          // Feedback prompts about the page itself: "Gefällt Ihnen dieser Artikel?", "Hat dir der Beitrag gefallen?"
          /^(?:wie )?gefällt (?:dir|ihnen|euch) (?:der|dieser|diese|dieses|das|unser|unsere|unseren)\b[^.!]{0,60}\?/iu.test(t) ||
          /^(?:hat|haben) (?:dir|ihnen|euch) (?:der|dieser|die|diese|das|dieses|unser|unsere) (?:artikel|beitrag|text|rezept|post|blog|seite|video|geschichte)\b.{0,20}gefallen\?/iu.test(t))),
  },
  {
    kind: 'line',
    id: 'strip/cookie-notice',
    action: 'remove',
    description: 'A cookie or consent notice ("Wir verwenden Cookies …", "This website uses cookies …") or an embed consent prompt.',
    examples: {
      matches: [
        'Wir verwenden Cookies und Analysetools, um die Nutzerfreundlichkeit der Internetseite zu verbessern.',
        'Diese Website verwendet Cookies. Wenn Sie die Seite weiter nutzen, stimmen Sie der Verwendung zu.',
        'This website uses cookies to improve your experience.',
        'Datenschutz & Cookies: Diese Website verwendet Cookies. Wenn du die Website weiterhin nutzt, stimmst du der Verwendung von Cookies zu.',
        'Privacy & Cookies: This site uses cookies. By continuing to use this website, you agree to their use.',
        'Weitere Informationen, beispielsweise zur Kontrolle von Cookies, findest du hier: Cookie-Richtlinie',
        'To find out more, including how to control cookies, see here: Cookie Policy',
        'Klicken Sie auf den unteren Button, um den Inhalt von www.komoot.de zu laden.',
        'Klicken Sie auf den unteren Button, um den Inhalt nachzuladen.',
        'Externer Inhalt',
        'Empfohlener redaktioneller Inhalt',
        'Wir respektieren deine Privatsphäre und stellen deshalb ohne dein Einverständnis keine Verbindung zu Twitter her.',
        'Zachęcamy do regularnych odwiedzin naszej strony. Informujemy, że korzystamy z cookies.',
        'Utilizamos cookies propias y de terceros para mejorar nuestros servicios.',
        'Nous utilisons des cookies pour vous garantir la meilleure expérience sur notre site.',
        'Questo sito utilizza i cookie per migliorare la tua esperienza.',
        'Deze website gebruikt cookies.',
        'En cliquant sur « OK TOUT ACCEPTER », vous acceptez que le site et les tiers utilisent des cookies et autres traceurs.',
        'Vous pouvez également paramétrer les cookies en cliquant « PARAMÉTRER MES CHOIX » ci-dessous.',
        'Pour plus d’information consultez la politique de cookies lié à ce site.',
        'Sur le site, des cookies sont déposés par l’éditeur et des tiers ; votre consentement est nécessaire pour certains d’entre eux.',
        'Si continúa navegando, consideramos que acepta su uso; puede cambiar la configuración de cookies en cualquier momento.',
        'Chiudendo questo banner o cliccando qualunque suo elemento acconsenti all’uso dei cookie.',
      ],
      keeps: ['Die Bäckerei verkauft Cookies und Kuchen, sagte die Inhaberin.', 'La panadería vende cookies de chocolate desde 1990.', 'Der Inhalt des Vertrags wurde nicht bekannt.', 'Weitere Informationen über die Cookies der Bäckerei finden Sie in ihrem Laden.', 'La CNIL rappelle que les sites doivent recueillir le consentement des internautes avant de déposer des cookies.'],
    },
    test: (t) =>
      t.length <= 600 &&
      ((hasWord(t, ['cookie']) && /\bcookies?\b/iu.test(t) && /\b(?:verwende[nt]?|nutze[nn]?|setzen|einsetzen|(?:we |this (?:web)?site )?uses?|akzeptier|zustimm|stimmen sie|einverstanden|consent|einwilligung|datenschutz|privacy|browser)/iu.test(t) && /^(?:(?:datenschutz|privacy|cookies)(?:\s*(?:&|und|and)\s*(?:cookies|datenschutz|privacy))?\s*:\s*)?(?:wir|diese|unsere|this|we|our|um|mit|durch|by|zur|für|cookies?)\b/iu.test(t)) ||
        // The site saying it uses cookies in another language: "Informujemy, że korzystamy z cookies.", "Utilizamos cookies propias y de terceros …", "Nous utilisons des cookies …".
        (hasWord(t, ['cookie']) && COOKIE_USE.test(t)) ||
        // A consent box in another language, speaking to the reader: "En cliquant sur « OK TOUT ACCEPTER », vous acceptez que … utilise des cookies".
        (t.length <= 900 && hasWord(t, ['cookie']) && COOKIE_CONSENT.test(t)) ||
        // The notice's second line: "Weitere Informationen, beispielsweise zur Kontrolle von Cookies, findest du hier: Cookie-Richtlinie".
        (t.length <= 200 && /^(?:weitere informationen|mehr informationen|mehr erfahren|to find out more|for more information|learn more)\b[^.!?]{0,80}\bcookies?\b[^.!?]{0,60}\b(?:hier|here)\s*:[^.!?]{0,40}$/iu.test(t)) ||
        /^(?:klicken sie|klicke|click)\b.{0,60}\b(?:um|to)\b.{0,60}\b(?:inhalt|inhalte|content|video|karte|map)\b.{0,60}\b(?:(?:nach)?(?:zu)?laden|anzuzeigen|zu sehen|load|show|view)/iu.test(t) ||
        (hasWord(t, ['ohne ']) && /\bohne (?:dein|ihr|euer)e? (?:einverständnis|zustimmung|einwilligung)\b.{0,60}\b(?:verbindung|daten|inhalte?)\b/iu.test(t)) ||
        /^(?:externer inhalt|external content|empfohlener (?:externer|redaktioneller) inhalt|inhalt nachladen|externe inhalte (?:laden|aktivieren|anzeigen))[.:]?$/iu.test(t)),
  },
  {
    kind: 'line',
    id: 'strip/post-navigation',
    action: 'remove',
    description: 'Links to the previous or next post ("Vorheriger Beitrag", "Nächster Artikel: …", "← Older post") or back to the overview or home page ("Zurück zur Übersicht", "zur Startseite"), and the counters of a paged list ("Showing 1–10 of 19 results", "Seite 2 von 5").',
    examples: {
      matches: ['Vorheriger Beitrag', 'Back to Gallery', 'zur Startseite', '« Vorheriges Thema | Nächstes Thema »', 'Vorheriger BeitragNeuerscheinung: Klaus Seidl, „Gesetzliche Revolution“', 'Nächster Artikel', 'Next post: How we moved', '« Older Entries', 'Zurück zur Übersicht', 'Showing 1–10 of 19 results', 'Zeige 1–12 von 48 Ergebnissen', 'Es werden die Weine 1 bis 10 von insgesamt 19 angezeigt!', 'Seite 2 von 5'],
      keeps: ['Der vorherige Beitrag des Ministers war kürzer, sagte sie.', 'Zur Startseite der Stadt gelangt man über den Link im Menü oben.', 'Von 1 bis 10 von 19 Kandidaten kamen durch.'],
    },
    test: (t) =>
      t.length <= 200 &&
      (/^[«‹<←]?\s*(?:vorheriger|vorheriges|vorherige|nächster|nächstes|nächste|älterer|ältere|neuerer|neuere|previous|next|older|newer)\s*(?:beitrag|artikel|post|eintrag|einträge|beiträge|thema|article|entry|entries|posts|story|bericht|topic|thread)(?:\b|(?=\p{Lu}))/iu.test(t) ||
        /^(?:(?:zurück )?zur|zurück zum|back to)\s+(?:übersicht|startseite|liste|blog|artikelübersicht|overview|home|list|gallery|galerie)\b.{0,30}$/iu.test(t) ||
        (t.length <= 80 && PAGED_LIST.test(t))),
  },
  {
    kind: 'line',
    id: 'strip/skip-link',
    action: 'remove',
    description: 'An accessibility skip link ("Zum Inhalt springen", "Springe zur Navigation", "Skip to content"), alone, glued to others or to the menu button\'s label.',
    examples: {
      matches: ['Zum Inhalt springen', 'Springe zum Inhalt', 'Primäres Menü Springe zum Inhalt', 'Direkt zum Hauptinhalt', 'Zum Inhalt springen Zur Navigation springen', 'Navigation überspringen', 'Skip to content', 'Skip to main content »', 'Menu Skip to content'],
      keeps: ['Zum Inhalt', 'Zum Inhalt des Buches äußerte sich der Verlag nicht.', 'Springen Sie nicht vom Zehnmeterbrett, warnte der Bademeister.'],
    },
    test: (t) => t.length <= 120 && hasWord(t, SKIP_WORDS) && SKIP_LINK.test(t),
  },
  {
    kind: 'line',
    id: 'strip/form-consent',
    action: 'remove',
    description: 'The consent text of a form: the privacy checkbox, a sign-up\'s opt-in, the privacy template\'s contact-form clause ("Ja, ich habe die Datenschutzerklärung gelesen …", "Mit Absenden meiner E-Mail-Adresse willige ich … ein", "I have read and agree to the privacy policy").',
    examples: {
      matches: [
        'This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.',
        'Ja, ich habe die Datenschutzerklärung gelesen.',
        'Ja, ich habe die Datenschutzerklärung gelesen und bin damit einverstanden, dass die von mir angegebenen Daten elektronisch erfasst und gespeichert werden.',
        'Ich akzeptiere die Datenschutzbestimmungen.',
        'I have read and agree to the Privacy Policy.',
        'I agree to the processing of my personal data for the purpose of creating a personal account on this site, in compliance with the Privacy Policy.',
        'Ich stimme der Verarbeitung meiner personenbezogenen Daten zu.',
        'Mit Absenden meiner E-Mail-Adresse willige ich bis auf Widerruf ein, den personalisierten Newsletter zu erhalten. Ich bin damit einverstanden, dass mir per E-Mail Werbung zu Produkten, Aktionen und Zufriedenheitsbefragungen zugesendet wird. Zu diesem Zweck werden meine Daten verarbeitet und mit Daten zu meinem Kaufverhalten verknüpft. Meine Einwilligung kann ich jederzeit mit Wirkung für die Zukunft widerrufen, etwa über den Abmeldelink in jedem Newsletter.',
        'Wenn Sie uns per Kontaktformular Anfragen zukommen lassen, werden Ihre Angaben aus dem Anfrageformular inklusive der von Ihnen dort angegebenen Kontaktdaten zwecks Bearbeitung der Anfrage bei uns gespeichert.',
        'By signing up, I agree to receive emails from the Daily Example and to the Privacy Policy and Terms of Use.',
        'By subscribing, you agree to our Terms of Service and acknowledge that you have read our Privacy Policy.',
        'By clicking "Sign up", you confirm that you are over 16 and agree to our privacy policy.',
        'Mit Ihrer Anmeldung zum Newsletter erklären Sie sich mit unserer Datenschutzerklärung einverstanden.',
        'En vous inscrivant, vous acceptez notre politique de confidentialité.',
        'Al suscribirte, aceptas nuestra política de privacidad.',
        'By submitting this form you agree to Example Magazine using your data for the purposes of publishing your comment.',
        'Your personal data will only be disclosed or otherwise transmitted to third parties for the purposes of spam filtering or if this is necessary for technical maintenance of the website.',
        'You may revoke this consent at any time with effect for the future, in which case your personal data will be deleted immediately.',
        'Further information on data privacy can be found in our Data Protection Policy.',
        'Sie können Ihre Einwilligung jederzeit mit Wirkung für die Zukunft widerrufen.',
        'Mit dem von dir abgeschickten Kommentar akzeptierst du, dass der von dir geschriebene Kommentar und die personenbezogene Daten, (wie z. B. deine IP-Adresse) , die damit einhergehen, an Google-Server übermittelt werden. Beachte hierfür meine Datenschutzerklärung und die Datenschutzerklärung von Google.',
        'Mit der Nutzung dieses Formulars erklärst du dich mit der Speicherung und Verarbeitung deiner Daten durch diese Website einverstanden.',
        'Mit dem Absenden des Kommentars erklären Sie sich mit der Speicherung Ihrer Daten einverstanden.',
        'Ich stimme zu, dass meine Angaben aus dem Kontaktformular zur Beantwortung meiner Anfrage erhoben und verarbeitet werden.',
      ],
      keeps: [
        // Told of someone else, a form's small print is the article's.
        'By signing up, users agree to let the company share their data with advertisers, the privacy policy says.',
        'Mit der Anmeldung stimmen die Eltern zu, dass die Kinder an der Klassenfahrt teilnehmen.',
        'Ich habe die Datenschutzerklärung des Konzerns gelesen und war entsetzt, sagte der Verbraucherschützer.',
        'Die Nutzer stimmen der Datenschutzerklärung oft zu, ohne sie zu lesen, zeigt die Studie.',
        'I have read the report and I agree with its conclusions.',
        'I agree to the processing of the application by the city, the landlord said.',
        'Further information on the strike can be found on the union\'s website.',
        'Your data will be shared with third parties, the regulator warned in its report on the app.',
        'Mit der Nutzung der App erklärt sich der Kunde mit der Speicherung seiner Daten einverstanden, kritisiert die Verbraucherzentrale.',
        'Ich stimme zu, dass meine Tochter an der Klassenfahrt teilnimmt.',
      ],
    },
    test: (t) => t.length <= 1000 && hasWord(t, FORM_CONSENT_WORDS) && FORM_CONSENT.some((re) => re.test(t)),
  },
  {
    kind: 'line',
    id: 'strip/form-message',
    action: 'remove',
    description: 'A form\'s confirmation or validation message ("Vielen Dank für Ihre Anmeldung.", "Bitte fülle alle Pflichtfelder mit * aus.", "This field is required"), or a shop\'s cart message ("… wurde dem Warenkorb hinzugefügt").',
    examples: {
      matches: ['Hold Ctrl or Cmd to select multiple editions.', 'Halten Sie die Strg-Taste gedrückt, um mehrere Themen auszuwählen.', 'Vielen Dank für Ihre Anmeldung.', 'Bitte stimme unseren Nutzungsbedingungen zu.', 'Bitte akzeptiere die Datenschutzbestimmungen.', 'Please accept the terms of use.', 'Vielen Dank für deine Nachricht! Wir melden uns in Kürze.', 'Thank you for subscribing!', 'Bitte fülle alle Pflichtfelder mit * aus.', 'Bitte füllen Sie alle Pflichtfelder aus.', 'Dieses Feld ist ein Pflichtfeld.', '* Pflichtfelder', 'wurde erfolgreich hinzugefügt.', 'Der Artikel wurde dem Warenkorb hinzugefügt', 'Added to cart'],
      keeps: ['Vielen Dank für Ihre Geduld in den letzten Monaten, sagte die Bürgermeisterin zum Abschluss.', 'Bitte stimmen Sie dem Antrag zu, sagte der Fraktionschef im Landtag.', 'Die Pflichtfelder im Antrag verwirrten viele Bürger.', 'Ein neuer Absatz wurde dem Gesetz hinzugefügt.', 'Press Ctrl to select multiple files, the manual says, and drag them to the folder.'],
    },
    test: (t) => t.length <= 200 && hasWord(t, FORM_WORDS) && FORM_MESSAGE.some((re) => re.test(t)),
  },
  {
    kind: 'line',
    id: 'strip/rating-summary',
    action: 'remove',
    description: 'A rating widget\'s summary: the score and the number of votes ("Rating: 5.0/5 (1 vote cast)", "1,0 bei 2 Bewertungen", "4,5 von 5 Sternen", "Durchschnittliche Bewertung: 4.52", "Based on 40 reviews", "Noch keine Bewertungen").',
    examples: {
      matches: ['Rating: 5.0/5 (1 vote cast)', '1,0 bei 2 Bewertungen', '4,5 von 5 Sternen', '(12 Bewertungen)', 'Durchschnittliche Bewertung: 4.2 von 5', '(Noch keine Bewertungen)', 'No ratings yet', 'Durchschnittliche Bewertung: 4.52', 'bei 948 Bewertungen', 'based on 1,203 reviews'],
      keeps: ['Die Bewertung fiel mit 4 von 5 Punkten besser aus als im Vorjahr, teilte die Behörde mit.', '3 von 5 Deutschen fahren täglich Auto.'],
    },
    test: (t) => t.length <= 100 && hasWord(t, RATING_SUMMARY_WORDS) && RATING_SUMMARY.some((re) => re.test(t)),
  },
  {
    kind: 'line',
    id: 'strip/paywall-prompt',
    action: 'remove',
    description: 'A prompt to subscribe or log in to read on: a paywall or login wall ("To view the full story, please subscribe", "Already a subscriber? Log in", "Sie sind aktuell nicht eingeloggt.", "Abonnieren und weiterlesen", "Suscríbete", "Hazte miembro"), or its meter of free articles ("Vous avez lu 1 des 4 articles gratuits ce mois-ci").',
    examples: {
      matches: [
        'To view the full story, please subscribe to The Haitian Times.',
        'Subscribe now to our eNATION edition for the full story.',
        'If you’re seeing this message but you’re already a subscriber, you can log in for immediate access to the story.',
        'Sie sind aktuell nicht eingeloggt.',
        'Dieser Artikel ist nur für Abonnenten verfügbar.',
        'Jetzt abonnieren und weiterlesen',
        'HAZTE MIEMBRO Y DISFRUTA DE BENEFICIOS EXCLUSIVOS',
        'Pour accéder en illimité à AOC, abonnez-vous',
        'Vous avez lu 1 des 4 articles gratuits ce mois-ci.',
        'You have read 2 of 5 free articles this month.',
        'Sie haben 3 von 5 kostenlosen Artikeln gelesen.',
        'You have 2 free articles left this month.',
        "You've reached your free article limit.",
        'Pour lire la suite',
        'Pour accéder en illimité',
        'To continue reading this article:',
        'Um weiterzulesen:',
      ],
      keeps: ['Readers have read 2 of 5 free articles on average, the study found.', 'Sie haben 3 von 5 kostenlosen Tickets verlost, sagte der Veranstalter.', 'Die Zeitung hat 40 000 Abonnenten, die sie täglich lesen, sagte der Verleger.', 'Subscribers to the service will pay ten dollars a month, the company said.', 'Pour lire la suite des événements, il faut remonter à 1998.', 'To continue reading, he put on his glasses.'],
    },
    test: (t) => t.length <= 250 && hasWord(t, PAYWALL_WORDS) && PAYWALL_PROMPT.some((re) => re.test(t)),
  },
  {
    kind: 'line',
    id: 'strip/issue-promo',
    action: 'remove',
    description: 'The publication selling its own issue, book or shop: at the kiosk, as a subscription, an e-paper or a free trial ("Jetzt am Kiosk", "Einzelheft bestellen", "Die aktuelle Ausgabe … jetzt im Abo und als E-Paper", "Besuchen Sie unseren Fan-Shop!"); and the label of its box naming the issue an article appeared in ("ERSCHIENEN IN").',
    examples: {
      matches: [
        'Jetzt am Kiosk',
        'Die aktuelle TOUR – Jetzt am Kiosk',
        'Special-Katalog: 700 Bikes und 1400 Parts plus Tuning-Tipps zum Saisonstart. Jetzt am Kiosk oder in der BIKE App.',
        'Die aktuelle Ausgabe der L-MAG jetzt an jedem Bahnhofskiosk, im Abo, als e-Paper und bei Readly erhältlich.',
        'Lesen Sie das BIKE Magazin. Einfach digital in der BIKE-App (iTunes und Google Play) oder bestellen Sie es im Shop als Abo oder Einzelheft:',
        'Einzelheft bestellen',
        '>>> Jetzt die aktuelle Ausgabe bestellen! <<<',
        'Jetzt 3 Ausgaben GRATIS testen!',
        'Neu: Tagesspiegel Plus jetzt gratis testen!',
        'Jetzt 4 Wochen kostenlos testen',
        'FAZ+ 30 Tage kostenlos lesen',
        'Dieser Beitrag stammt aus Ausgabe 7/2019 der Technology Review. Das Heft ist ab 20.06.2019 im Handel sowie direkt im heise shop erhältlich. Highlights aus dem Heft:',
        'This article appears in the March 2020 issue of Smithsonian magazine. Subscribe now for just $12.',
        'Buch bestellen',
        'Jetzt neu! Besuchen Sie unseren Fan-Shop!',
        'Subscribe to WIRED and stay smart with more of your favorite Ideas writers.',
        'Subscribe to Stadtkurier Weekly and never miss a story.',
        'ERSCHIENEN IN',
        'Published in:',
      ],
      keeps: [
        'Die Zeitung erscheint ab Montag auch als E-Paper, teilte der Verlag mit.',
        'Die aktuelle Ausgabe des Magazins widmet sich dem Klimawandel und seinen Folgen für die Alpen.',
        'Lesen Sie das Interview mit der Ministerin auf Seite drei.',
        'Der Artikel ist in der Ausgabe vom Montag erschienen und hat viele Leser erreicht.',
        'Besuchen Sie unseren Shop in der Altstadt, sagte die Inhaberin, dort gibt es alles.',
        'Subscribe to the idea that less is more and get rid of half your wardrobe.',
        'Subscribers to Netflix and Hulu get more shows this year.',
        'Die App lässt sich 30 Tage kostenlos testen.',
        'Wer will, kann das Programm vier Wochen kostenlos testen und dann entscheiden.',
        'Erschienen in der Zeitschrift für Stadtplanung, Heft 3, 2019.',
      ],
    },
    test: (t) => t.length <= 300 && hasWord(t, ISSUE_PROMO_WORDS) && ISSUE_PROMO.some((re) => re.test(t)),
  },
  {
    kind: 'line',
    id: 'strip/follow-prompt',
    action: 'remove',
    description: 'The site asking to follow it or its reporters on social media, install its app, join its channel or hear its podcast elsewhere, or to write to the writer ("Follow The Gleaner on Twitter …", "Jemele Hill can be reached at …", "Folge uns auch in den sozialen Netzwerken", "Download the … apps for iOS and Android", "Síguenos en …", "More AP NBA: https://…", "Listen: http://…").',
    examples: {
      matches: [
        'Suivez-nous',
        'Folgen Sie uns:',
        'Jetzt die App herunterladen',
        'Unsere App Deutsche Weine im AppStore',
        'Our app on Google Play',
        'Follow The Gleaner on Twitter and Instagram @JamaicaGleaner and on Facebook @GleanerJamaica. Send us a message on WhatsApp at 1-876-499-0169 or email us at onlinefeedback@gleanerjm.com',
        'Folge uns auch in den sozialen Netzwerken!',
        "Follow AP's full coverage of Brexit and British politics at https://www.apnews.com/Brexit",
        'For the latest stories and breaking news updates download the Nationnews apps for iOS and Android.',
        '¿Ya sabías que en Guatemala.com tenemos canal de Telegram? Únete desde tu celular en este enlace.',
        '¡Mira lo que tiene nuestro canal de YouTube!',
        'Síguenos en Twitter y Facebook',
        'Get the latest news straight to your phone with the VI Consortium app.',
        'Reach the reporters on Twitter at http://twitter.com/MegKinnardAP and http://twitter.com/emarvelous',
        'Contact Mark Di Stefano at mark.distefano@buzzfeed.com',
        'Email Tariq Malik at tmalik@space.com or follow him @tariqjmalik. Follow us on Twitter @Spacedotcom and on Facebook.',
        'CLICK HERE TO GET THE FOX NEWS APP',
        'GET FOX BUSINESS ON THE GO BY CLICKING HERE',
        'More AP NBA: https://apnews.com/NBA and https://twitter.com/AP_Sports',
        'Subscribe to AppleInsider on YouTube',
        'Subscribe to the 9to5Toys YouTube Channel for all of the latest videos, reviews, and more!',
        'Abonniere unseren YouTube-Kanal!',
        'Listen: http://po.st/TP_615',
        'Devenez fan sur , suivez-nous sur',
        'Jemele Hill can be reached at jemeleespn@gmail.com.',
        'Have a tip? Anna Muster may be reached at amuster@stadtkurier.example. Follow her on Twitter @AnnaMuster or on Facebook.',
        'Got a news tip? Email John Doe at jdoe@example.com. Follow us on Twitter @ExampleNews.',
        'Sie erreichen die Autorin unter anna.muster@stadtkurier.de',
        'Anna Muster is the business reporter for the Stadtkurier. You can send her an e-mail; bookmark her page; subscribe to her RSS feed; follow her on Twitter.',
        'Get Stadtkurier Business On Twitter, Facebook, and Google Buzz! Know something we don\'t? E-mail us at tips@stadtkurier.example',
        'Follow me on Twitter: @annamuster',
        'Follow her on Instagram @annamuster and on Facebook.',
      ],
      keeps: ['Folgen Sie dem Fluss bis zur Brücke, dort beginnt der Wanderweg.', 'The app is the most downloaded in the App Store this week, the company said.', 'Millions follow the singer on Instagram, where she posts daily.', 'Follow these steps shared on Twitter to safely apprehend a train groper in Japan.', 'Contact lenses at the optician cost more than online.', 'The mayor can be reached by boat only in winter.', 'She asked him to send her an e-mail and to follow the news.', 'Get started on Twitter with these five tips.', 'Have a tip? The police ask anyone who saw the car to call 555-0100. Follow the case on our site.', 'Write to us@example.com. The mayor replied within a day.', 'Get the app developers to fix it, the minister said.', 'Download the report as a PDF and the data as a spreadsheet.', 'Mehr Informationen: Die Ausstellung läuft bis Ende Mai, der Eintritt ist frei.', 'Mehr Informationen finden Sie hier: www.austria.org.sg'],
    },
    test: (t) => t.length <= 300 && hasWord(t, FOLLOW_WORDS) && (isFollowPrompt(t) || contactSentences(t)),
  },
  {
    kind: 'line',
    id: 'strip/availability-note',
    action: 'remove',
    description: 'How long a video or audio can be played ("Video verfügbar bis 28.02.2021", "Available until 3 May").',
    examples: { matches: ['Video verfügbar bis 28.02.2021', 'Verfügbar bis 31.12.2024', 'Available until 3 May 2024'], keeps: ['Das Angebot ist bis Ende Mai verfügbar, sagte die Sprecherin.'] },
    test: (t) => t.length <= 80 && hasWord(t, AVAILABILITY_WORDS) && AVAILABILITY_NOTE.test(t),
  },
  {
    kind: 'line',
    id: 'strip/server-message',
    action: 'remove',
    description: 'An error or warning the web server printed into the page ("Warning: … in /www/… on line 407").',
    examples: {
      matches: ['Warning: Creating default object from empty value in /www/htdocs/w0094d70/wp-includes/classes.php on line 407', 'Notice: Undefined index: id in /var/www/html/index.php on line 12', 'Deprecated: Function create_function() is deprecated in /home/site/wp-includes/plugin.php on line 45'],
      keeps: ['Warning: Die Polizei warnt vor Glätte auf der A7.'],
    },
    test: (t) => t.length <= 400 && /^(?:php )?(?:warning|notice|deprecated|fatal error|parse error|strict standards)\s*:.*\bin \/?[\w./-]+\.php\b.*\bon line \d+\.?$/iu.test(t),
  },
  {
    kind: 'line',
    id: 'strip/post-taxonomy',
    action: 'remove',
    description: 'The categories and tags a blog or news system files a post under ("Veröffentlicht in: Aktuell, Rezension", "Schlagwörter", "Tags: python, docker", "Temas", "Étiquettes").',
    examples: {
      matches: ['Schlagwörter', 'Tags: python, docker, getting started', 'Veröffentlicht in: Aktuell, Rezension, Sachbuch', 'Veröffentlicht in Aktuelle Meldungen', 'Veröffentlicht inBody & Fitness', 'Abgelegt unter Blogprojekte, Das Leben', 'Kategorie: Alle Blogposts, Artikel, Blog', 'Filed under News, Politics', 'Themen: Pressefreiheit', 'Erstellt am Dienstag 6. Mai 2014 um 23:30 und abgelegt unter debianforum, Linux, Tutorials.', 'This entry was posted on Monday, May 5th, 2014 and is filed under Linux.', 'This entry was posted in Allgemein and tagged Berlin on 12. März 2020 by admin.', 'Dieser Eintrag wurde veröffentlicht in Allgemein und verschlagwortet mit Reisen von admin.', 'Der Beitrag wurde am Mittwoch, den 27. November 2019 um 15:21 Uhr veröffentlicht und wurde unter Allgemein, Veranstaltungskalender abgelegt. Du kannst die Kommentare zu diesen Eintrag durch den RSS 2.0 Feed verfolgen.', 'You can follow any responses to this entry through the RSS 2.0 feed.', 'Temas', 'Etiquetas:', 'Mots-clés : climat, énergie', 'Abgelegt in: Blogposts, News, Uncategorized', 'Subjects: Crime, Drugs, Immigration', 'Getaggt mit: Bedingungsloses Grundeinkommen, BGE, Österreich'],
      keeps: ['Der Artikel wurde am Montag veröffentlicht und unter Juristen heftig diskutiert.', 'Veröffentlicht in der Zeitschrift Nature wurde die Studie im Mai, nachdem sie begutachtet worden war.', 'Themen wie Klima und Verkehr bestimmten den Wahlkampf.'],
    },
    test: (t) =>
      (t.length <= 240 &&
        (TAXONOMY_LABEL_ALONE.test(t) ||
          TAXONOMY_LINE.test(t) ||
          // Without a colon only before a capitalised name: "Veröffentlicht in Aktuelle Meldungen", not "… in der Zeitschrift".
          /^(?:[Aa]bgelegt unter|[Vv]eröffentlicht in|[Pp]osted in|[Ff]iled under)\s*\p{Lu}[^.!?]{0,120}$/u.test(t) ||
          POST_FILED_UNDER.test(t) ||
          ENTRY_POSTED.test(t))) ||
      (t.length <= 600 && hasWord(t, ['unter', 'rss']) && (ENTRY_FILED_ON.test(t) || ENTRY_FEED.test(t))),
  },
  {
    kind: 'line',
    id: 'strip/legal-footer',
    action: 'remove',
    description: 'Copyright, rights and licence notices of the site ("© 2021 Verlag GmbH", "© Thomson Reuters 2020", "Alle Rechte vorbehalten", a Creative Commons licence line, "This article is the copyrighted property of …", "Nachdruck nur mit Genehmigung").',
    examples: {
      matches: [
        '© Frankfurter Allgemeine Zeitung GmbH 2001–2020',
        '© 2022, BreakingBelizeNews.com. This article is the copyrighted property of Breaking Belize News. Written permission must be obtained before reprint in online or print media. REPRINTING CONTENT WITHOUT PERMISSION AND/OR PAYMENT IS THEFT AND PUNISHABLE BY LAW.',
        'Alle Rechte vorbehalten.',
        'Die Inhalte dieser Website sind unter einer Creative Commons-Lizenz lizenziert.',
        'Dieser Text wurde veröffentlicht unter der Lizenz CC-BY-NC-ND-4.0-DE.',
        'Copyright © 2023 Example Media. All rights reserved.',
        'This article is the copyrighted property of Breaking Belize News.',
        'Written permission must be obtained before reprint in online or print media.',
        'Nachdruck nur mit Genehmigung des Verlags.',
        'Sofern nicht anders ausgewiesen, steht der Inhalt unter CC BY 4.0.',
        'Diario Ejemplo. Todos los derechos reservados.',
        'Tous droits réservés',
        'Wszelkie prawa zastrzeżone.',
        'Materiał chroniony prawem autorskim - zasady przedruków określa regulamin.',
        'Dieser Artikel ist urheberrechtlich geschützt.',
        '© 2019 Beachbody, LLC. All rights reserved. Beachbody, LLC is the owner of the Beachbody and Team Beachbody trademarks, and all related designs, trademarks, copyrights, and other intellectual property.',
        'PCMag, PCMag.com and PC Magazine are among the federally registered trademarks of Ziff Davis, LLC and may not be used by third parties without explicit permission.',
        'Apple logo, Apple TV, App Store, iPad, iPhone, and iPod touch are registered trademarks of Apple Inc. Roku is a registered trademark of Roku, Inc. in the United States and other countries.',
        'This document is subject to copyright. Apart from any fair dealing for the purpose of private study or research, no part may be reproduced without the written permission.',
        'The material on this site may not be reproduced, distributed, transmitted, cached or otherwise used, except with the prior written permission of Example Media.',
        'Durch die Nutzung dieser Website zeigen Sie an, dass Sie unsere Nutzungsbedingungen sowie die Datenschutzerklärung akzeptieren und mit deren Einhaltung einverstanden sind.',
        'By using this site, you agree to our Terms of Use and Privacy Policy.',
        '© Thomson Reuters 2020',
        '©KOF ETH Zürich, 21. Jan. 2015',
      ],
      keeps: ['Das Urheberrecht schützt auch Fotos, sagte die Richterin.', 'The content of this website may not be accurate, the court found, and it ordered a correction.', 'By using this site, hackers could read the passwords of thousands of users.', 'Velcro is a registered trademark of Velcro Industries, which asks people to say hook-and-loop instead.', 'The court ruled that this article is subject to copyright law in Germany.', 'Die Vervielfältigung ohne Genehmigung ist verboten, urteilte das Gericht am Montag.', 'Sofern nicht anders vereinbart, gilt die Kündigungsfrist von drei Monaten.', 'Der Text ist urheberrechtlich geschützt, urteilte das Gericht.', 'Das Foto ist urheberrechtlich geschützt.'],
    },
    test: (t) =>
      // A rights notice may run long in one paragraph ("… Written permission must be obtained before reprint … REPRINTING CONTENT WITHOUT PERMISSION … IS THEFT").
      (t.length <= 400 && hasWord(t, RIGHTS_WORDS) && RIGHTS_NOTICE.some((re) => re.test(t))) ||
      (t.length <= 200 &&
        (/^(?:copyright\s*)?(?:©|\(c\))\s*(?:copyright\s*)?(?:\d{4}|[\p{L}\p{N} .&,-]{2,60}\b(?:gmbh|ag|kg|verlag|media|medien|zeitung|inc|ltd|llc|group|gruppe|se)\b)/iu.test(t) ||
          // The holder, then the year (and day) alone: "© Thomson Reuters 2020", "©KOF ETH Zürich, 21. Jan. 2015"; a photo's "© Noah Addis" is a credit.
          /^(?:copyright\s*)?(?:©|\(c\))\s*\p{L}[\p{L}\p{N} .&'’-]{1,60}?,?\s+(?:\d{1,2}\.?\s+\p{L}{3,9}\.?\s+)?(?:19|20)\d{2}\.?$/iu.test(t) ||
          (hasWord(t, RESERVED_WORDS) && ALL_RIGHTS_RESERVED.test(t)) ||
          // The site's licence notice: "Die Inhalte dieser Website sind unter einer Creative Commons-Lizenz lizenziert."
          (hasWord(t, ['lizen', 'licen']) &&
            /\b(?:creative[ -]commons|cc[ -]by(?:[ -](?:sa|nd|nc))*)\b.{0,80}\b(?:lizen[sz]|licen[sc]ed?)|\b(?:lizenz|licen[sc]e)\b.{0,40}\b(?:creative[ -]commons|cc[ -]by)/iu.test(t)))),
  },
  {
    kind: 'line',
    id: 'strip/opinion-disclaimer',
    action: 'remove',
    description: 'The site disclaiming the opinions of its authors or contributors ("… is not responsible for the opinions … presented by contributors", "The views expressed are those of the author", "Namentlich gekennzeichnete Beiträge geben nicht unbedingt die Meinung der Redaktion wieder", "… n\'engagent que leurs auteurs").',
    examples: {
      matches: [
        'GIS NOW Grenada is not responsible for the opinions, statements or media content presented by contributors.',
        'The views expressed in this article are those of the author and do not necessarily reflect the position of the newspaper.',
        'Namentlich gekennzeichnete Beiträge geben nicht unbedingt die Meinung der Redaktion wieder.',
        'Les articles publiés sur ce blog n’engagent que leurs auteurs.',
        'Kommentare von Lesern stellen keinesfalls die Meinung der Redaktion dar!',
        'Die Meinung des Autors muss nicht mit der Meinung der Redaktion übereinstimmen.',
        'Disclaimer (varies based on content, section, category, etc.): News articles on this site may contain opinions of the author, and if opinion, may not necessarily reflect the views of the site itself nor the views of the owners of The Published Reporter.',
        'Guest posts do not necessarily reflect the views of the editors.',
      ],
      keeps: ['Der Minister sei nicht verantwortlich für die Äußerungen seines Sprechers, hieß es.', 'Die Meinung der Redaktion war geteilt, als der Vorschlag kam.', 'The poll does not necessarily reflect the views of all voters, the pollster said.', 'Seine Meinung muss nicht die der Partei sein, sagte der Abgeordnete.'],
    },
    test: (t) => t.length <= 300 && hasWord(t, DISCLAIMER_WORDS) && OPINION_DISCLAIMER.some((re) => re.test(t)),
  },
  {
    kind: 'line',
    id: 'strip/advice-disclaimer',
    action: 'remove',
    description: 'The site disclaiming advice: a supplement\'s notice to the FDA, "… for informational purposes only … not … medical advice", "Dieser Artikel ersetzt keine ärztliche Beratung".',
    examples: {
      matches: [
        '*These statements have not been evaluated by the Food and Drug Administration. These products are not intended to diagnose, treat, cure, or prevent any disease.',
        'Our website services, content, and products are for informational purposes only. Healthline Media does not provide medical advice, diagnosis, or treatment.',
        'Dieser Artikel dient nur der allgemeinen Information und ersetzt keine ärztliche Beratung.',
        'Der Beitrag ersetzt keine ärztliche Diagnose.',
      ],
      keeps: ['The FDA has not evaluated the claims, the report said, and the company declined to comment.', 'Die App ersetzt keine ärztliche Beratung, warnt die Verbraucherzentrale in ihrem Test.', 'The guide is for informational purposes only, the publisher said at the launch in Berlin.'],
    },
    test: (t) => t.length <= 500 && hasWord(t, ADVICE_WORDS) && ADVICE_DISCLAIMER.some((re) => re.test(t)),
  },
  {
    kind: 'line',
    id: 'strip/liability-disclaimer',
    action: 'remove',
    description: 'The site disclaiming liability for the pages it links to or for what it states ("Trotz sorgfältiger inhaltlicher Kontrolle übernehmen wir keine Haftung für die Inhalte externer Links", "Für den Inhalt der verlinkten Seiten sind ausschließlich deren Betreiber verantwortlich", "Alle Angaben ohne Gewähr"); in English, "… is not responsible for the content …" is strip/opinion-disclaimer\'s.',
    examples: {
      matches: [
        'Trotz sorgfältiger inhaltlicher Kontrolle übernehme ich keine Haftung für die Inhalte externer Links die in meinem Blog zugänglich sind. Für den Inhalt der verlinkten Seiten sind ausschließlich deren Betreiber verantwortlich.',
        'Haftungsausschluss: Trotz sorgfältiger inhaltlicher Kontrolle übernehmen wir keine Haftung für die Inhalte externer Links.',
        'Für den Inhalt der verlinkten Seiten sind ausschließlich deren Betreiber verantwortlich.',
        'Alle Angaben ohne Gewähr.',
        'Angaben ohne Gewähr auf Richtigkeit und Vollständigkeit',
      ],
      keeps: [
        'Trotz sorgfältiger Prüfung übernimmt die Behörde keine Haftung für Schäden, sagte der Richter.',
        'Für den Inhalt der Anzeige ist allein der Kandidat verantwortlich, teilte die Partei mit.',
        'Die Angaben ohne Gewähr zu machen, sei unseriös, sagte die Verbraucherschützerin.',
      ],
    },
    test: (t) => t.length <= 400 && hasWord(t, LIABILITY_WORDS) && LIABILITY_DISCLAIMER.some((re) => re.test(t)),
  },
  {
    kind: 'line',
    id: 'strip/ad-disclosure',
    action: 'remove',
    description: 'A disclosure of advertising or affiliate links ("Dieser Beitrag enthält Werbung für …", "Bei den Verlinkungen handelt es sich um Affiliate Links").',
    examples: {
      matches: [
        '*Werbung. Dieser Beitrag enthält Werbung für MYMARINI.',
        'Dieser Artikel enthält Affiliate-Links und/oder werbende Inhalte.',
        'Letzte Aktualisierung am 2.02.2022 / Bei den Verlinkungen handelt es sich um Affiliate Links / Bilder von der Amazon Product Advertising API',
        'Wenn du über einen dieser Affiliate-Links etwas kaufst, erhalten wir eine kleine Provision.',
        'Die mit * gekennzeichneten Links sind Affiliate-Links.',
        'This post contains affiliate links.',
        'If you buy something through this post, IGN may get a share of the sale. For more, learn more.',
        'Microsoft may earn an Affiliate Commission if you purchase something through recommended links in this article.',
        'NOTE: The advertising disclaimer below does not apply to this article, nor any originating from the Village Voice editorial department.',
        'This post contains references to products from one or more of our advertisers.',
        'We recommend the best products through an independent review process, and advertisers do not influence our picks.',
        'Anzeige, enthält Affiliate Links',
        'Wenn du über diese Links einkaufst, erhalten wir eine kleine Provision.',
        'We may earn a commission when you buy through links on our site.',
        'This post may contain affiliate links. Please see my disclosure page.',
        'Dieser Artikel kann Links zu Anbietern enthalten, von denen das Magazin eine Provision erhält.',
        'As an Amazon Associate I earn from qualifying purchases.',
        'Advertising disclosure: We may receive compensation for some of the links in our stories.',
        'Advertising Disclosure',
        'Als Amazon-Partner verdiene ich an qualifizierten Verkäufen.',
        'We occasionally get sponsored by products, we only work with brands that we love and regularly use, the opinions are always our own.',
        'This post is sponsored by Acme, but all opinions are my own.',
        'Disclaimer: The responses below are not provided or commissioned by the bank advertiser. Responses have not been reviewed, approved or otherwise endorsed by the bank advertiser.',
        'Editorial Note: Opinions expressed here are the author’s alone and have not been reviewed, approved or otherwise endorsed by any card issuer.',
        'Wir verwenden in unseren Artikeln grundsätzlich Partnerlinks, wo immer es sinnvoll erscheint. Beim Kauf eines verlinkten Artikels erhalten wir einen kleinen Prozentsatz als Provision.',
        'Unsere Experten untersuchen regelmäßig Produkte. Nur wenn sie ein Angebot empfehlen, kann der Anbieter einen Link zu diesem Angebot setzen lassen. Solche Links kennzeichnen wir mit einem Sternchen (*). Geld erhalten wir, wenn Sie diesen Link z.B. klicken oder beim Anbieter dann einen Vertrag abschließen. Ob und in welcher Höhe uns ein Anbieter vergütet, hat keinerlei Einfluss auf unsere Empfehlungen.',
      ],
      keeps: [
        'Real estate agents may earn a commission of three percent on each sale, the report found.',
        'Die Werbung für Zigaretten ist in Deutschland weitgehend verboten, sagte die Ministerin.',
        'Affiliate-Marketing ist für viele Blogs die wichtigste Einnahmequelle geworden, wie die Studie zeigt.',
        'Die Seite kann Spuren von Werbung enthalten, scherzte der Moderator über sein neues Buch, das er in der Sendung vorstellte und lobte, bevor er zum nächsten Gast überging, der ebenfalls ein Buch mitgebracht hatte.',
        'Amazon said its associate program pays creators a share of sales, and critics say the rates are too low.',
        'We may receive compensation from the state, the farmers said.',
        'The advertising disclosure rules were tightened last year.',
        'The study was paid for by the ministry, and the researchers say the views are their own.',
        'The loan was not approved by the bank until March, the company said.',
        `Viele Blogs leben von Affiliate-Links: Kauft ein Leser über einen solchen Link, erhält der Blog eine Provision. ${'Die Verbraucherschützer sehen darin kein Problem, solange die Leser es wissen und die Links gekennzeichnet sind, sagte die Sprecherin. '.repeat(3)}`,
      ],
    },
    // A longer paragraph only when it discloses twice: the whole of it explains how the site earns from links.
    test: (t) =>
      t.length <= 800 && hasWord(t, AD_DISCLOSURE_WORDS) && (t.length <= 400 ? AD_DISCLOSURE.some((re) => re.test(t)) : AD_DISCLOSURE.filter((re) => re.test(t)).length >= 2),
  },
  {
    kind: 'line',
    id: 'strip/support-appeal',
    action: 'remove',
    description: 'The site asking for donations or paid support ("Jede kleine Spende hilft …", "Ihr Beitrag hilft, unsere Berichterstattung … kostenlos …", "Unterstützen Sie unsere Arbeit", "If you enjoyed reading this post, please consider supporting us").',
    examples: {
      matches: [
        'Jede kleine Spende hilft den notleidenden Menschen dieser Welt!',
        'Ihr Beitrag hilft, unsere Berichterstattung noch weiter auszubauen und diese weiterhin kostenlos und top-aktuell zu Verfügung zu stellen.',
        'Unterstützen Sie unseren unabhängigen Journalismus mit einem Abo.',
        'Unterstütze unsere Arbeit mit einer Spende!',
        'Unterstütze RosaMag',
        'Unterstütze RosaMag bereits mit 2,50!',
        'Supporte uns jetzt!',
        'Jetzt spenden!',
        'Donate now',
        'Ja, ich möchte nachtkritik.de unterstützen.',
        'If you enjoyed reading this post, please consider supporting us.',
        'Please consider supporting our journalism with a donation.',
        'Czytasz właśnie nowy rodzaj materiału na naszym portalu. Wesprzyj nas darowizną lub przekaż nam 1% podatku.',
        'Apoya nuestro periodismo independiente.',
        'Soutenez notre rédaction : faites un don.',
        'Support Snopes and make a difference for readers everywhere.',
        'Do you rely on Snopes reporting? Click here to support it.',
        'We rely on your support to make local news available to all',
        "This site depends on readers' donations.",
        'KATAPULT ist gemeinnützig und unabhängig. Wir finanzieren uns durch Spenden und Abos. Unterstütze unsere Arbeit und abonniere das Magazin gedruckt oder digital.',
        'We do this work every day at no cost to you, but it is far from free to produce, and we cannot afford to slow down.',
      ],
      keeps: ['Die Spende hilft der Schule, neue Computer zu kaufen, sagte der Direktor am Montag.', 'Wir unterstützen die Ukraine, sagte der Kanzler.', 'Unterstützen Sie die Kinder beim Lesen, rät die Lehrerin.', 'If you liked the first season, the second one will not disappoint.', 'Support Ukraine and its soldiers, the president urged the allies in Brussels.', 'Do you value local reporting? Most readers said yes in the survey.', '"Wir finanzieren uns durch Spenden und Mitgliedsbeiträge", sagt die Vorsitzende, und die Stadt unterstützt den Verein mit einem Zuschuss.'],
    },
    test: (t) => t.length <= 300 && hasWord(t, SUPPORT_WORDS) && SUPPORT_APPEAL.some((re) => re.test(t)),
  },
  {
    kind: 'line',
    id: 'strip/notification-prompt',
    action: 'remove',
    description: 'A prompt to switch on browser or app notifications ("Benachrichtigung aktivieren", "Dürfen wir Sie … informieren?", "Erhalte Updates direkt auf dieses Gerät"), the browser\'s permission dialog and its answer ("Erlauben Sie X Ihnen Benachrichtigungen zu schicken", "Benachrichtigungen erfolgreich aktiviert"), or a widget\'s online counter ("13 Besucher sind online").',
    examples: {
      matches: [
        'Benachrichtigung aktivieren Dürfen wir Sie in Ihrem Browser über die wichtigsten Nachrichten des Handelsblatts informieren? Sie erhalten 2-5 Meldungen pro Tag.',
        'Aktiviere die Desktop Benachrichtigungen!',
        'Push-Nachrichten aktivieren',
        '13 Besucher sind online (8 Besucher halten sich im Bereich News auf.)',
        'Aktuell sind 5 Gäste und keine Mitglieder online',
        'Fast geschafft Erlauben Sie handelsblatt.com Ihnen Benachrichtigungen zu schicken. Dies können Sie in Ihren Browsereinstellungen jederzeit ändern.',
        'Benachrichtigungen erfolgreich aktiviert Wir halten Sie ab sofort über die wichtigsten Nachrichten des Handelsblatts auf dem Laufenden.',
        'Allow example.com to send you notifications',
        "We'd like to show you notifications for the latest news and updates.",
        'Erhalte Updates direkt auf dieses Gerät – abonniere jetzt.',
        'Get updates directly on your device',
      ],
      keeps: ['Die Benachrichtigung der Behörden erfolgte erst am Montag, sagte die Polizei.', 'Besucher können die Ausstellung online buchen.', 'Die App erlaubt es Nutzern, sich Benachrichtigungen zu schicken, sagte der Entwickler.', 'Notifications enabled by the new law reach every household, the ministry said on Monday.', 'Media playback is unsupported on your device', 'Erhalten Sie Updates auf Ihrem Gerät, müssen Sie es neu starten, erklärte der Hersteller in einer langen Mitteilung an alle Kunden.'],
    },
    test: (t) => t.length <= 300 && hasWord(t, NOTIFICATION_WORDS) && NOTIFICATION_PROMPT.some((re) => re.test(t)),
  },
  {
    kind: 'line',
    id: 'strip/rating-prompt',
    action: 'remove',
    description: 'A prompt to rate the article or recipe ("Wie hat dir dieses Rezept gefallen?", "Wir freuen uns, wenn du unseren Beitrag bewertest:", "Artikel bewerten"), to sign in to rate it, a feedback widget\'s question, buttons and tally ("Fandest du den Artikel hilfreich?", "Was this article helpful?", "Found This Helpful"), or the widget\'s answer to a vote ("Vielen Dank für deine Stimme!", "Du hast das Rezept bereits bewertet."); a feedback widget\'s button or call ("Give Feedback", "Tell us what you think about our new look").',
    examples: {
      matches: ['Give Feedback', 'Welcome to our new article page. Tell us what you think about our new look by taking this survey.', 'Wie hat dir dieses Rezept gefallen?', 'Wir freuen uns, wenn du unseren Beitrag bewertest:', 'Artikel bewerten', 'Bewerte diesen Beitrag:', 'War dieser Artikel hilfreich?', 'Rezept bewerten', 'Vielen Dank für deine Stimme!', 'Melde dich an und bewerte das Rezept.', 'Du hast das Rezept bereits bewertet.', 'You have already rated this recipe.', 'Melden Sie sich an, um den Artikel zu bewerten.', 'Log in to rate this recipe',
        'Fandest du den Artikel hilfreich?', 'Warum ist der Artikel nicht hilfreich für dich?', 'Was this article helpful?', 'Did you find this page useful?', 'Found This Helpful', '12 people found this helpful', 'hilfreich nicht hilfreich', 'Cet article vous a-t-il été utile ?', '¿Te resultó útil este artículo?', 'Ti è stato utile questo articolo?'],
      keeps: ['Wie hat dir der Film gefallen, fragte sie.', 'Die Jury wird die Beiträge bis Freitag bewerten.', 'Melden Sie sich an, um die Lage vor Ort zu bewerten, riet der Experte den Behörden in einem langen Schreiben.', 'Was this advice helpful to the patients, the researchers asked.', 'Many readers found this helpful, the editor said.', 'Fanden Sie den Artikel hilfreich, fragte die Lehrerin, und alle nickten.'],
    },
    test: (t) => t.length <= 160 && ((hasWord(t, RATING_WORDS) && RATING_WORD.test(t) && RATING_PROMPT.some((re) => re.test(t))) || (hasWord(t, ['feedback', 'what you think']) && FEEDBACK_WIDGET.test(t))),
  },
  {
    kind: 'line',
    id: 'strip/site-credit',
    action: 'remove',
    description: 'The credit line of a site\'s design or software in its footer ("Design von …", "Proudly powered by WordPress", "… läuft mit WordPress").',
    examples: {
      matches: ['Design von Andreas Viklund und Ainslie Johnson. Community Icons von Tilo Hensel.', 'Proudly powered by WordPress', 'Disfunctions.de läuft mit WordPress', 'Theme: Ari von Elmastudio.', 'WordPress Theme by Arcsin | Lyrics Directory', 'Am Rande der Realität, Stolz präsentiert von WordPress.', 'Bloggen auf WordPress.com.', 'Erstelle eine kostenlose Website oder Blog – auf WordPress.com.', 'Create a free website or blog at WordPress.com.'],
      keeps: ['Das Design von Apple hat die Branche geprägt, sagte der Kritiker.', 'Viele Blogs laufen mit WordPress, weil es kostenlos ist.', 'Erstelle eine kostenlose Website für deinen Verein, und teile sie mit allen Mitgliedern.'],
    },
    test: (t) => t.length <= 200 && hasWord(t, SITE_SOFTWARE_WORDS) && ((SITE_DESIGN_CREDIT.test(t) && SITE_DESIGN_NAME.test(t)) || SITE_SOFTWARE_CREDIT.test(t) || SITE_HOST_PITCH.test(t)),
  },
  {
    kind: 'line',
    id: 'strip/icon-name',
    action: 'remove',
    description: 'A line with the name of an icon-font glyph ("keyboard_arrow_down", "lock_open", "arrow_forward_ios": Material Icons\' ligatures, which a text dump spells where the page showed a symbol) and a few words at most that no other rule took: a menu item with its toggle, a button. The other line rules read the line without the names first ("filter_none WEITERE BEITRÄGE ZU DIESEM ARTIKEL" is a teaser list\'s header to them); this one reads the line itself, last.',
    examples: {
      matches: ['MarktShow sub menukeyboard_arrow_down', 'Nachrichten keyboard_arrow_down', 'arrow_forward_ios', 'play_circle_outline Video ansehen', 'expand_more Landkreis Göppingen'],
      keeps: ['Die Funktion gibt user_id und session_key zurück, wie die Dokumentation beschreibt.', 'Navigation mit der Taste keyboard_arrow_down ist in der Bibliothek als Konstante definiert, sagt der Entwickler, und sie funktioniert in allen Browsern gleich.', 'Arrow Forward ist der Name der neuen Band.'],
    },
    test: (_t, _ctx, b) => b.text.length <= 200 && b.text.includes('_') && ICON_NAME.test(b.text) && withoutIconNames(b.text).split(' ').filter((w) => /[\p{L}\d]/u.test(w)).length <= ICON_LINE_WORDS,
  },
];
