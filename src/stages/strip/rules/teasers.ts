import type { LineRule } from '../types.js';
import { UI_HEAD, UI_TAIL, wholeLine } from './words.js';

/**
 * A blog theme's author box, headed by the writer's name and the count of their posts: "Über Steffi 1009 Artikel",
 * "About Jane Doe 52 Posts", or the name alone before its count, "Jule Radeck 300 posts" (two capitalised words at least).
 */
export const AUTHOR_ARCHIVE_COUNT = /^(?:(?:[Üü]ber|[Aa]bout|[Vv]on|[Bb]y) [\p{L}.'’-]{2,30}(?: [\p{L}.'’-]{2,30}){0,2}|\p{Lu}[\p{L}.'’-]{1,29}(?: \p{Lu}[\p{L}.'’-]{1,29}){1,2}) \d{1,6} (?:[Aa]rtikel|ARTIKEL|[Bb]eiträge|BEITRÄGE|[Pp]osts|POSTS|[Aa]rticles|ARTICLES)$/u;

/** Headers of link lists and teaser boxes: what follows them is other articles, not this one. */
export const LINK_LIST_HEADER = wholeLine([
  // "MEHR IN POLITIK", "MEHR AUS RUSSLAND", "Mehr zum Thema", "Mehr von …" (all-caps: see below)
  String.raw`${UI_HEAD}mehr (?:in|aus|zu|zum|zur|von|vom|über|im|news|artikel|nachrichten|themen|videos?|beiträge)\b[\p{L}\d &.,'’-]{0,40}${UI_TAIL}`,
  // "Das könnte Sie auch interessieren", "Diese Artikel könnten dich auch interessieren:".
  String.raw`${UI_HEAD}(?:(?:das|dies)(?: thema)? (?:könnte|dürfte)|diese (?:artikel|beiträge|themen|geschichten|rezepte|videos) (?:könnten|dürften)) (?:sie|dich|euch) (?:auch |ebenfalls )?interessieren${UI_TAIL}`,
  // The author box under an article: its bio is about the writer, not the story.
  String.raw`${UI_HEAD}(?:über (?:den|die) (?:autor|autorin|autor\*in|autor:in|autoren|verfasser|verfasserin)|(?:zum|zur) (?:autor|autorin)|zu den (?:autoren|autorinnen|autor\*innen|autor:innen)|(?:der|die|unser|unsere) (?:autor|autorin|autoren)|autor(?:\*|:|_)?innen|autor(?:en|in)?(?:info|information|profil)|zur person|about the author|about the authors?)${UI_TAIL}`,
  // A bare "AUTOR" heads the box; "Autor:" with its colon is the byline's label, the name follows.
  String.raw`${UI_HEAD}(?:autor|autorin)\s*[.…»›>→▸▶+]*\s*`,
  // "Weiterlesen auf Utopia.de:": the site's other articles, not the rest of this one ("Weiterlesen" alone is a read-more link).
  String.raw`${UI_HEAD}weiterlesen (?:auf|bei) [\p{L}\d.-]{2,30}${UI_TAIL}`,
  String.raw`${UI_HEAD}(?:schon gelesen|auch lesenswert|lesenswert|noch mehr (?:infos|artikel|themen|geschichten|lesestoff)(?: für (?:dich|sie))?|mehr (?:kolumnen|artikel|geschichten|beiträge|rezepte|tipps) (?:auf|bei|von) [\p{L}\d .-]{2,30})${UI_TAIL}\??`,
  String.raw`${UI_HEAD}(?:auch|ebenfalls) interessant${UI_TAIL}`,
  // "Dies passt zum Thema:", "Passend zum Thema", "Das passt dazu".
  String.raw`${UI_HEAD}(?:(?:das|dies|was) passt (?:auch )?(?:zum thema|dazu)|passend (?:zum thema|dazu))${UI_TAIL}`,
  // A further-reading box: "Weitere Informationen", "Weiterführende Links", "Zum Weiterlesen", "Quellenangaben:".
  String.raw`${UI_HEAD}(?:(?:weitere[rs]?|weiterführende[rs]?|zusätzliche[rs]?|mehr) (?:informationen|infos|links?|hinweise|literatur|quellen?)|zusatzinformationen|zusatzinfos|zum weiterlesen|quellenangaben|verwandte themen(?:bereiche|seiten)?)${UI_TAIL}`,
  // "Weitere Beiträge aus der Kolumne:", "Alle Artikel zu unseren Recherchen", "Highlights aus dem Heft:".
  String.raw`${UI_HEAD}(?:weitere (?:beiträge|artikel|meldungen|folgen)|alle (?:artikel|beiträge|meldungen|folgen|episoden)) (?:aus|zu|zum|zur|von|vom|der|des|im|in|über|anzeigen)\b[\p{L}\d &.,'’-]{0,40}${UI_TAIL}`,
  String.raw`${UI_HEAD}highlights aus\b[\p{L}\d &.,'’-]{0,40}${UI_TAIL}`,
  String.raw`${UI_HEAD}(?:lesen|sehen|hören) sie (?:auch|mehr)(?: zum thema)?${UI_TAIL}`,
  // "Weitere Artikel", "Weitere Topthemen des Monats:"
  // Two kinds joined: "Beliebte Inhalte & Beiträge".
  String.raw`${UI_HEAD}(?:weitere|ähnliche|verwandte|passende|beliebte|neueste|aktuelle|empfohlene) (?:artikel|beiträge|themen|top-?themen|nachrichten|news|meldungen|videos|inhalte|rezepte|produkte|posts?|links)(?: (?:&|und) (?:artikel|beiträge|themen|nachrichten|videos|inhalte|rezepte|produkte))?(?: (?:des|der) (?:tages|woche|monats|redaktion))?${UI_TAIL}`,
  String.raw`${UI_HEAD}(?:zum thema|themen ?seite|top[- ]themen|meistgelesen|meist ?gelesen|am meisten gelesen|empfehlungen|unsere empfehlungen|leseempfehlungen?|aus dem netz|anzeigen|top[- ]?news|schlagzeilen)${UI_TAIL}`,
  String.raw`${UI_HEAD}(?:related|recommended|popular|trending|latest|more|recent|similar|further|top) (?:articles?|posts?|stories|news|reads|reading|videos|content|coverage|from [\p{L} ]{1,30}|on [\p{L} ]{1,30}|in [\p{L} ]{1,30})${UI_TAIL}`,
  String.raw`${UI_HEAD}(?:trending(?: now| today| stories| topics)?|popular now|im trend)${UI_TAIL}`,
  // With the site's name or a word of praise between: "More Great WIRED Stories", "More CNN stories", "Weitere spannende Artikel".
  String.raw`${UI_HEAD}(?:more|other) (?:great |popular |recent |top |good )?(?:[\p{L}\d&.'’-]+ ){0,2}(?:stories|articles|news|reads|posts|videos)${UI_TAIL}`,
  String.raw`${UI_HEAD}(?:weitere|mehr) (?:spannende|interessante|lesenswerte|tolle|beliebte|aktuelle)n? (?:artikel|beiträge|geschichten|themen|nachrichten|rezepte|videos)(?: (?:aus|zu|zum|zur|von|vom|der|des|im|in|über|rund um) [\p{L}\d &.,'’-]{1,40})?${UI_TAIL}`,
  // The tags of the article as a header: "Themen in diesem Artikel", "Topics in this article".
  String.raw`${UI_HEAD}(?:themen (?:in|aus|zu) (?:diesem|dem) (?:artikel|beitrag|text)|topics in this (?:article|story))${UI_TAIL}`,
  String.raw`${UI_HEAD}(?:further (?:information|reading|resources)|more information|related (?:topics|links|resources)|external links)${UI_TAIL}`,
  String.raw`${UI_HEAD}(?:you (?:might|may) (?:also )?(?:like|enjoy|be interested in)|read (?:this )?next|see also|also read|explore (?:further|more)|don'?t miss|most (?:read|popular|viewed|shared|commented)(?: (?:in|on|from) [\p{L}\d &.'’-]{1,30})?)${UI_TAIL}`,
  // The same boxes on Spanish, French, Italian and Polish pages.
  String.raw`${UI_HEAD}(?:(?:también )?(?:le|te|les) (?:puede|pueden|podría) (?:interesar|gustar)|(?:noticias|artículos|notas|temas) relacionad[oa]s|lo más (?:leído|visto)|más noticias|otras noticias|te recomendamos|lea también|lee también|mir[aá] también|inf[oó]rmate más)${UI_TAIL}`,
  // And Portuguese.
  String.raw`${UI_HEAD}(?:leia (?:também|mais)|veja (?:também|mais)|(?:notícias|artigos|posts) relacionad[oa]s|mais lidas|(?:você|voce) (?:também )?(?:pode|poderá) (?:gostar|se interessar)(?: também)?|(?:também )?(?:pode|podem) (?:lhe |te )?interessar)${UI_TAIL}`,
  String.raw`${UI_HEAD}(?:vous (?:aimerez|pourriez aimer) (?:aussi|également|peut-être)|vous pourriez aussi aimer|(?:ces articles )?pourraient vous intéresser|(?:[àa] )?lire aussi|(?:[àa] )?lire également|sur le même sujet|les plus lus|articles similaires|dans la même rubrique)${UI_TAIL}`,
  String.raw`${UI_HEAD}(?:potrebbe interessarti|ti potrebbe interessare|potrebbe(?: anche)? piacerti(?: anche)?|ti potrebbe(?: anche)? piacere|articoli correlati|leggi anche|i più letti)${UI_TAIL}`,
  String.raw`${UI_HEAD}(?:czytaj (?:też|także|również)|zobacz (?:też|także|również)|polecamy|najczęściej czytane|podobne artykuły)${UI_TAIL}`,
  // And Dutch.
  String.raw`${UI_HEAD}(?:lees ook|(?:dit|deze) vind je misschien ook leuk|gerelateerde (?:artikelen|berichten)|meer nieuws|meest gelezen)${UI_TAIL}`,
  // And Russian: "Читайте также", "Самые популярные диеты", "Похожие статьи", "Новости по теме" (tests/strip-rules.test.ts: on a Cyrillic page).
  String.raw`${UI_HEAD}(?:(?:читайте|смотрите) (?:также|еще|ещё)|(?:самые|самое) (?:популярн|читаем)\p{L}*(?: \p{L}+)?|популярное|(?:похожие|другие|последние) (?:статьи|новости|материалы|публикации|записи)|(?:новости|материалы|статьи) по теме|рекомендуем)${UI_TAIL}`,
]);

/** A teaser link's section tag in brackets, as some papers set them into the text: "[INSIGHT]", "[VIDEO]", "[REACTION]". */
const BRACKET_TAG_TEASER = /^[^[\]]{10,180}\s\[(?:INSIGHT|VIDEO|VIDEOS|REACTION|NEWS|WARNING|ANALYSIS|PICTURES|PICS|PHOTOS|POLL|LATEST|REVEAL|EXCLUSIVE|UPDATE|LIVE|REPORT|COMMENT|EXPLAINED|QUIZ|MAP|CHART|GRAPHIC|OPINION|INTERVIEW|LISTEN|WATCH|VOTE|TRENDING|SPOTLIGHT)\]\s*\|?$/u;

/** "Weiterlesen", "Read more": the link under a teaser, and the start of a teaser list. */
/** An all-caps "MEHR NATO", "MORE SPORTS": a section teaser header (mixed case is a heading). */
export const CAPS_MORE_HEADER = /^(?:MEHR|MORE|WEITERE|AUCH|NOCH MEHR) [\p{Lu}\d &.,'’-]{2,40}$/u;
/**
 * "Mehr Sport", "Mehr Eishockey": more of a news site's section, a link over its teasers. Only a
 * section's name: "Mehr Geld", "Mehr Sicherheit" head paragraphs of an article too.
 */
const MORE_OF_SECTION = /^(?:mehr|more) (?:sport|fußball|fussball|eishockey|handball|basketball|tennis|golf|motorsport|formel 1|radsport|wintersport|kultur|politik|wirtschaft|finanzen|panorama|regional|lokales|reise|auto|mobilität|digital|technik|wissen|gesundheit|lifestyle|leben|unterhaltung|stars|promis|musik|kino|film|games|karriere|sports?|politics|business|culture|travel|tech|entertainment|opinion)$/iu;

/** The reading time a teaser's link gives beside it: "weiterlesen 10 Minuten", "Weiterlesen · 5 Min.", "Read more (3 min)". */
const READ_TIME = String.raw`(?:\s*[·|•–-]?\s*\(?\d{1,3}\s*(?:min\.?|mins?|minuten|minutes?)\)?)?`;
export const READ_MORE = wholeLine([
  String.raw`${UI_HEAD}(?:weiterlesen|weiter lesen|mehr lesen|mehr erfahren|mehr anzeigen|alle anzeigen|zum artikel|zum beitrag|artikel lesen|ganzen artikel lesen|mehr dazu|mehr|weiter|read more|continue reading|read the full (?:story|article)|keep reading|learn more|show more|see more|view more|more|seguir leyendo|continuar leyendo|leer más|lire la suite|continuer la lecture|continua a leggere|leggi tutto|leia mais|continue lendo|czytaj (?:dalej|więcej))${READ_TIME}${UI_TAIL}`,
]);

/** "126 Interaktionen", "3 Kommentare", "1.2k Shares", "0": counters under teasers. */
export const COUNTER = wholeLine([
  String.raw`[\d.,]+\s*[kKmM]?\s*(?:interaktionen|kommentare?|comments?|antworten|reaktionen|likes?|gefällt mir|shares?|teilen|geteilt|mal geteilt|views?|aufrufe|leser|replies|reply|reactions|votes?|stimmen|bewertungen|ratings?)`,
  // The same in brackets, and a vote count under its label: "[ 167 comments ]", "Rating: 36 Votes".
  String.raw`[\[(]\s*[\d.,]+\s*[kKmM]?\s*(?:kommentare?|comments?|antworten|replies|reactions|votes?|stimmen)\s*[\])]`,
  String.raw`(?:rating|score|bewertung)\s*:\s*[+-]?[\d.,]+\s*(?:votes?|stimmen)`,
  String.raw`(?:kommentare|comments|antworten|likes|shares|(?:post |page )?views|aufrufe|seitenaufrufe|gelesen)\s*[:(]?\s*[\d.,]+\s*(?:mal\s*)?\)?`,
  // WordPress's view counter: "(Visited 215 times, 55 visits today)"; Polish counters: "1 interakcji", "12 wyświetleń".
  String.raw`\(?visited [\d.,]+ times?(?:, [\d.,]+ visits? today)?\)?`,
  String.raw`[\d.,]+\s*(?:interakcj[ia]|komentarz[yi]?|wyświetle[ńn]|odsłon)`,
  // French, Spanish, Italian and Portuguese comment counts: "6 commentaires", "12 comentarios", "3 commenti".
  String.raw`[\d.,]+\s*(?:commentaires?|comentarios?|commenti|commento|comentários?)`,
  // A like widget's line, its count left as the template's placeholder when scraped: "%d Bloggern gefällt das:".
  String.raw`(?:%d|[\d.,]+)\s+(?:bloggern|bloggers?|personen|leuten|people) (?:gefällt das|gefällt dies|like this|likes this)\s*:?`,
  // A forum post's reactions by who gave them: "Reaktionen: pikehunter, Ron73, heiko.z. und 2 andere", "Reactions: jdoe and bob".
  String.raw`(?:reaktionen|reactions|likes)\s*:\s*\S{2,30}(?:(?:,\s*|\s+(?:und|and)\s+)\S{2,30}){0,3}(?:,?\s+(?:und|and)\s+\d{1,4}\s+(?:andere|weitere|others?))?`,
  // A bare count, maybe abridged, or a post's votes or reactions: "0", "126", "17K", "1.2M", "+2", "-3", "x4".
  String.raw`(?:[+−-]|[x×]\s?)?[\d.,]{1,7}(?:\s?[kKmM])?`,
]);

/** The header of a contact box: "Pressekontakt", "Ihre Ansprechpartnerin", "Media contact", "Kontakt:". */
const CONTACT_HEADER = wholeLine([
  String.raw`${UI_HEAD}(?:presse-? ?kontakt|medienkontakt|kontakt für (?:die )?(?:presse|medien)|(?:ihre?|eure?|dein|deine|unsere?)? ?ansprechpartner(?:in|innen)?|ansprechperson(?:en)?|press contacts?|media contacts?|media inquiries|contact presse|contacto(?: de prensa)?)${UI_TAIL}`,
  // "Kontakt" alone is a menu word (strip/ui-word); with its colon it heads the box.
  String.raw`${UI_HEAD}(?:kontakt|contact)\s*:\s*`,
]);

export const teaserLineRules: LineRule[] = [
  {
    kind: 'line',
    id: 'strip/link-list-header',
    action: 'remove',
    description: 'Header of a link list or teaser box ("MEHR IN POLITIK", "Mehr zum Thema", "Related articles").',
    examples: {
      matches: ['Diese Artikel könnten dich auch interessieren:', 'Weiterlesen auf Utopia.de:', 'Beliebte Inhalte & Beiträge', 'More Great WIRED Stories', 'Explore further', 'Zu den AutorInnen:', 'More CNN stories', 'Weitere spannende Artikel', 'Weitere aktuelle Themen aus der Arbeitswelt', 'Verwandte Links', 'Themen in diesem Artikel', 'Leia também', 'Lee también', 'Você pode gostar...', 'También te puede gustar', 'Potrebbe piacerti anche', 'Ces articles pourraient vous intéresser', 'Lees ook', 'Most read in world news', 'Über den Autor', 'About the author', 'Über Steffi 1009 Artikel', 'About Jane Doe 52 Posts', 'Jule Radeck 300 posts', 'Autoreninfo', 'AUTOR', 'MEHR IN POLITIK', 'MEHR NATO', 'Mehr Sport', 'Mehr Eishockey', 'MEHR AUS RUSSLAND', 'Mehr zum Thema', 'Das könnte Sie auch interessieren', 'Dies passt zum Thema:', 'Passend zum Thema', 'Related articles', 'Related Coverage', 'You might also like', 'Weitere Artikel', 'Weitere Topthemen des Monats:', 'Weitere Informationen:', 'Weiterführende Links', 'Weiterführender Link', 'Zum Weiterlesen', 'Weitere Beiträge aus der Kolumne:', 'Alle Artikel zu unseren Recherchen', 'Further reading', 'Trending', 'Le puede interesar', 'Vous aimerez aussi', 'Czytaj także', 'Mirá también', 'Otras Noticias', 'Informate más', 'Te recomendamos'],
      keeps: ['Weiterlesen auf eigene Gefahr: Der zweite Teil ist noch härter.', 'Diese Artikel könnten dich auch interessieren, schrieb die Lehrerin an die Eltern.', 'More stories of survival emerged on Monday.', 'Most read in the morning, the paper sold out by noon.', 'Other news agencies reported the same.', 'Das passt zum Thema des Abends, sagte die Moderatorin.', 'Le puede interesar a quien viaja en verano saber que el puerto cierra.', 'Otras noticias de la semana confirmaron el acuerdo.', 'Mira también hacia el sur, dijo el guía.', 'Você pode gostar de saber que o museu abre no domingo.', 'Mehr als 120 000 Soldaten stehen an der Grenze.', 'Mehr Geld für Schulen', 'Mehr Sicherheit', 'Gespräche sollen fortgesetzt werden', 'Mehrere Staaten fordern Sanktionen gegen Russland und die Separatisten im Osten', 'Autor:', 'Autorin:', 'Weitere Informationen erhalten Sie beim Bürgeramt.', 'Weitere Beiträge folgen in den nächsten Wochen.', 'Politik 300 Artikel', 'Seit 2010 schrieb er 300 Artikel'],
    },
    test: (t) => LINK_LIST_HEADER.test(t) || AUTHOR_ARCHIVE_COUNT.test(t.trim()) || CAPS_MORE_HEADER.test(t) || MORE_OF_SECTION.test(t),
  },
  {
    kind: 'line',
    id: 'strip/contact-header',
    action: 'remove',
    // Not a list opener for strip/teaser-run: "Pressekontakt" is also a menu item, and a run from a menu reaches the headline.
    description: 'The header of a contact box under an article or press release ("Pressekontakt", "Ihre Ansprechpartnerin", "Media contact", "Kontakt:").',
    examples: {
      matches: ['Pressekontakt', 'Pressekontakt:', 'Ansprechpartner', 'Ihre Ansprechpartnerin', 'Media contact', 'Kontakt:'],
      keeps: ['Ansprechpartner für die Bürger ist das Rathaus, sagte die Bürgermeisterin.', 'Kontakt zu den Separatisten gab es nicht.'],
    },
    test: (t) => t.length <= 40 && CONTACT_HEADER.test(t),
  },
  {
    kind: 'line',
    id: 'strip/inline-teaser',
    action: 'remove',
    description: 'A link to another article set into the text under a label ("Lesen Sie auch: …", "Auch lesen: …", "Mehr dazu: …").',
    examples: {
      matches: ['Lesen Sie hier: Spielabbruch in der Kreisliga', 'Auch lesen: Diese 3 Sternzeichen verschenken ihr Herz an den Falschen', 'LESEN SIE AUCH: Der große Test', 'Mehr dazu: Was die Ampel plant', 'Read also: The best hikes in Tyrol', 'Lea: Consejo Permanente de OEA aborda este miércoles confiscación de sus oficinas en Nicaragua', '[Related: Salesforce Dreamforce Keynote: AI, Integration, Alicia Keys And Protestors]', 'Related post: Pickled Brussels Sprouts Recipe', 'Related Roundup: MacBook Pro', '(Lesen Sie auch: Die Bahn streikt wieder)', 'Passend dazu: Wie man Brot backt', 'Czytaj też: Wyścig zbrojeń ruszył z kopyta', 'Lesen Sie hier einen weiteren spannenden Beitrag …', 'À lire aussi » Ballonnements, lourdeurs', 'A lire aussi : Notre récit du congrès', 'LE PUEDE INTERESAR: La ficha de Juan Orlando Hernández', 'Mire: El cantante Juan Luis Guerra da positivo a Covid-19', 'China furious at Macron for Hong Kong protest jibe [INSIGHT]|', 'Lakers vs Nets: NBA make final decision on game amid China turmoil [VIDEO]', 'SEE MORE: Hong Kong protests: 800 students under siege in university', 'Lea más: Juan Carlos Ortega propone legalizar la venta en Nicaragua', 'Mirá también: Fernando Gray y la interna del Frente', 'Leia também: Governo anuncia novo pacote', 'Das könnte Dich auch interessieren: Olympischer Fackellauf in Peking gestartet', 'You might also like: The best hikes in Tyrol'],
      keeps: ['Lesen Sie die Packungsbeilage, rät der Apotheker.', 'Mehr dazu sagte er nicht.', 'Lesen Sie auch das Kleingedruckte, denn dort stehen die Kosten.', 'The court heard that the defendant [NAME] had threatened the witness.', 'Lea: Ich habe das Buch zweimal gelesen.'],
    },
    test: (t) =>
      t.length <= 220 &&
      // A link set into the text with its section tag in brackets: "China furious at Macron for protest jibe [INSIGHT]".
      (BRACKET_TAG_TEASER.test(t) ||
      // Spanish and Portuguese "Lea:", "Lee:", "Leia:" over a headline, no sentence ("Lea: Consejo Permanente de OEA aborda …");
      // a speaker named Lea in an interview says sentences ("Lea: Ich habe das Buch zweimal gelesen.").
      /^(?:[Ll]ea|[Ll]ee|[Ll]eia|LEA|LEE|LEIA):\s+\p{Lu}[^.!?…]{15,160}$/u.test(t) ||
      // Without a label separator only when short: "Lesen Sie hier einen weiteren spannenden Beitrag …"
      /^(?:lesen sie|lies) (?:hier|auch|mehr)\b[^.!?,;]{0,120}(?:…|\.\.\.)?$/iu.test(t) ||
      /^(?:[»>▶→•|[(-]\s*)?(?:(?:jetzt |bitte )?(?:lesen|sehen|hören) sie (?:auch|hier|mehr|dazu|weiter)|lies (?:auch|hier|mehr)|auch lesen|ebenfalls lesenswert|mehr dazu|mehr zum thema|passend dazu|siehe auch|zum thema|auch interessant|(?:das|dies) könnte (?:sie|dich|euch) (?:auch |ebenfalls )?interessieren|you (?:may|might) also like|read (?:also|more|next)|see also|related(?: (?:post|article|story|reading|link|video|roundup|guide|coverage|content))?|also read|see more|more on this|czytaj (?:też|także|również)|zobacz (?:też|także|również)|dowiedz się więcej|(?:[àa] )?lire aussi|voir aussi|lea también|lee también|lea más|lee más|leer más|ver también|vea también|mir[aá] también|mire|leia (?:também|mais)|veja (?:também|mais)|saiba mais|(?:también )?(?:le|te) puede interesar|noticia relacionada|sur le même sujet|leggi anche|vedi anche|potrebbe interessarti|polecamy)\s*[:→»›>|-]\s*\S.{2,}$/iu.test(t)),
  },
  {
    kind: 'line',
    id: 'strip/read-more',
    action: 'remove',
    description: 'A read-more link ("Weiterlesen", "Read more", "Zum Artikel"), maybe with the reading time beside it ("weiterlesen 10 Minuten").',
    examples: { matches: ['Weiterlesen', 'Weiterlesen »', 'Keep Reading 🚀', 'Read more', 'Continue reading →', 'Zum Artikel', 'Seguir leyendo:', 'Lire la suite', 'Czytaj dalej', 'weiterlesen 10 Minuten', 'Weiterlesen · 5 Min.', 'Read more (3 min)'], keeps: ['Weiterlesen lohnt sich, denn der Bericht zeigt mehr.', 'Weiter 10 Minuten bis zum Gipfel.'] },
    test: (t) => READ_MORE.test(t),
  },
  {
    kind: 'line',
    id: 'strip/interaction-counter',
    action: 'remove',
    description: 'A counter of interactions, comments, shares or views, or a bare number.',
    examples: { matches: ['126 Interaktionen', '1 Interaktionen', '3 Kommentare', '0', '17K', '1.2k Shares', 'Kommentare (12)', 'Post Views: 1.432', 'Aufrufe: 523', '(Visited 215 times, 55 visits today)', '1 interakcji', '%d Bloggern gefällt das:', '12 bloggers like this:', '6 commentaires', '12 comentarios', '[ 167 comments ]', 'Rating: 36 Votes', 'Reaktionen: pikehunter, Ron73, heiko.z. und 2 andere', 'Reactions: jdoe and bob', '+2', '-3', 'x4'], keeps: ['Reaktionen: Die Opposition kritisiert den Plan scharf.', '126 Menschen kamen ums Leben.', 'Rating: 4 of 5 stars', '2021', 'Visited 215 times by the queen, the castle still stands.'] },
    test: (t) => COUNTER.test(t) && !/^(?:1[89]|20)\d\d$/.test(t),
  },
];
