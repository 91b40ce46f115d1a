import { type Block, isHeadingTag } from '../../../core/doc.js';
import { DATE_TOKEN, WEEKDAYS_DE, WEEKDAYS_EN } from '../../../lexicon/date-tokens.js';
import type { Decision, LineRule, SequenceRule, StripContext } from '../types.js';
import { hasWord } from './fold.js';
import { UI_HEAD, UI_TAIL, wholeLine } from './words.js';

/**
 * The comment section under an article: its header ("12 Antworten zu „…“", "2 thoughts on …"),
 * the comment form's fixed texts, and the lines that open each comment ("Anna sagt:").
 * Benchmarks and readers count comments as not part of the article.
 */

/** Opening quote of a quoted title, in the styles pages use. */
const Q = '["„“”«»‚‘\']';

/** The title over the comments that a site ranks or sorts: "Top Rated Comments", "Most Popular Comments", "Neueste Kommentare". */
const RANKED_COMMENTS_SOURCE = String.raw`${UI_HEAD}(?:(?:top|top rated|highest rated|most (?:popular|liked|recent)|best|newest|latest|oldest|featured|readers?'?|user|community) comments|(?:neueste|älteste|beste|beliebteste|meistbewertete) kommentare)${UI_TAIL}`;
const RANKED_COMMENTS = wholeLine([RANKED_COMMENTS_SOURCE]);

/** Headers that open a comment section: a count of comments on the article, a write-a-comment form, a ranked list's title. */
const COMMENT_HEADER = wholeLine([
  // "11 Antworten zu “Sunday Thoughts…”", "3 Kommentare zu „…“", "Ein Gedanke zu „…“", "2 thoughts on “…”"
  String.raw`\d+\s+(?:antworten?|kommentare?|gedanken?|reaktionen|thoughts?|comments?|responses?|replies)\s+(?:zu|on|to)\s+.{1,160}`,
  String.raw`(?:ein|eine|zwei|drei|one|two|three)\s+(?:antworten?|kommentare?|gedanken?|reaktionen|thoughts?|comments?|responses?|replies)\s+(?:zu|on|to)\s+${Q}.{1,160}`,
  RANKED_COMMENTS_SOURCE,
  // "Dieser Artikel hat 32 Kommentare.", "This post has 3 comments"
  String.raw`(?:(?:dieser|der) (?:artikel|beitrag) hat|zu diesem (?:artikel|beitrag) gibt es|this (?:article|post|story) has)\s+(?:\d+|einen|ein|one)\s+(?:kommentare?|comments?)\.?`,
  // "Schreibe einen Kommentar", "Hinterlasse einen Kommentar"
  String.raw`${UI_HEAD}(?:schreibe|schreiben sie|hinterlasse|hinterlassen sie|verfasse)(?: jetzt| doch)? (?:einen|deinen|ihren) (?:kommentar|beitrag)(?: zu .{1,80})?${UI_TAIL}`,
  // The same in French, Spanish, Italian, Portuguese and Polish: "Poster un commentaire", "Deja un comentario", "Lascia un commento", "Dodaj komentarz".
  String.raw`${UI_HEAD}(?:(?:poster|postez|laisser|laissez|ajouter|ajoutez|écrire|écrivez|rédiger) un commentaire|(?:deja|dejar|deje|escribe|escribir|añade|agregar) (?:un|tu|su) comentario|(?:lascia|lasciare|scrivi|aggiungi) un commento|(?:deixe|deixar|escreva) (?:um|seu) comentário|(?:dodaj|napisz|zostaw) komentarz)${UI_TAIL}`,
]);

/** A comment's header ending in its reply link, the commenter's name and the comment's stamp (day and time) before: "dajana 20. Juni 2018 um 10:29 Uhr - Antworten". */
const STAMP_THEN_REPLY = String.raw`\p{L}.{0,100}\b(?:19|20)\d{2}\b.{0,12}\b\d{1,2}[:.]\d{2}(?:\s*(?:uhr|[ap]\.?m\.?|h))?\s+(?:[-–|]\s*)?(?:antworten|reply|répondre|responder|rispondi)`;
/**
 * The line that opens a single comment of a blog: "Anna sagt:", "Comment by …". Forums quote earlier posts
 * in the past tense ("Bibi said:", "Anna schrieb:"): that is a quote inside a post, not the start of a thread.
 */
const COMMENT_AUTHOR = wholeLine([
  String.raw`(?:comment|kommentar|antwort|reply) (?:by|von)\s+\p{Lu}.{0,80}`,
  String.raw`\p{Lu}[\p{L}\d.'’ -]{0,40}\s(?:sagt|schreibt|meint|says|writes)\s*:`,
  STAMP_THEN_REPLY,
]);

/** German and English weekdays in full. */
const WEEKDAY_NAMES = [...Object.keys(WEEKDAYS_DE), ...Object.keys(WEEKDAYS_EN)].join('|');
/** A weekday before the day, in full or short: "Di, 21. April 2020", "Tue, April 21, 2020". */
const WEEKDAY = `mo|di|mi|do|fr|sa|so|mon|tue|wed|thu|fri|sat|sun|${WEEKDAY_NAMES}`;
/** Words that open an article's own stamp, not a commenter's name: a weekday, a label ("Veröffentlicht", "Updated"), "Von". */
const NOT_A_COMMENTER = `${WEEKDAY_NAMES}|veröffentlicht|aktualisiert|stand|erstellt|geschrieben|gepostet|datum|zuletzt|published|updated|posted|date|last|von|by|am|on`;
/**
 * The header of a single comment as a text dump keeps it: the commenter's name or handle, the day and the time of day
 * ("Julia 14.09.2022 um 21.11", "photobix 11. Dezember 2012 um 11:07", "Armanox June 28, 2015 at 10:25 pm", "Heidemarie Heim |
 * Di, 21. April 2020 - 17:07", "geschrieben von berg2012 am 21. Jan. 2015, 19:04 [ antworten ]"). An
 * article's stamp may look alike, once; several under the text are a thread (see commentSection).
 */
const COMMENT_STAMP = new RegExp(
  String.raw`^(?:(?:geschrieben|kommentar|comment|antwort|reply) (?:von|by)\s+|(?!(?:${NOT_A_COMMENTER})\b))[\p{L}\d@_][\p{L}\d_.@'’-]*(?:\s[\p{L}\d_.@'’-]+){0,3}(?:\s*\|\s*|\s+)(?:(?:${WEEKDAY}),?\s+)?(?:am\s+)?${DATE_TOKEN}\s*(?:um|at|@|,|-|–|\|)?\s*\d{1,2}[:.]\d{2}(?:\s*(?:uhr|h|[ap]\.?\s?m\.?))?(?:\s*[-–|]?\s*\[?\s*(?:antworten|reply)\s*\]?)?$`,
  'iu',
);
/** The number of comments alone on its line: "21 Comments", "11 Kommentare", "3 Antworten". */
const COMMENT_COUNT = /^\d+\s+(?:kommentare?|comments?|antworten|replies|responses|gedanken|thoughts|reaktionen)$/iu;
/** Comment headers with their stamps that make a thread (one may be the article's own). */
const MIN_THREAD_STAMPS = 3;
/** Longest comment header with its stamp. */
const COMMENT_STAMP_MAX = 90;
/** The digits of the time of day every comment stamp ends in ("21:11", "21.11"), looked for first: most lines hold none. */
const CLOCK_DIGITS = /\d[:.]\d\d/;

/** The title of the readers' comments: "Leserkommentare", "Kommentare zu diesem Artikel". */
const COMMENTS_TITLE_WORDS = 'leserkommentare|kommentare zu diesem (?:artikel|beitrag)';

/** The orders a comment thread offers: "neuste älteste beste Bewertung", "newest oldest most voted". */
const COMMENT_SORT = 'neueste|neuste|älteste|beste bewertung|meiste reaktionen|meistbewertete|newest|oldest|most voted|most reacted|most liked';

/** The lines of single comments (and quotes in a forum post) and the section's buttons: "Anna sagt:", "Comment by …", "Kommentieren". */
const COMMENT_UI = wholeLine([
  String.raw`(?:comment|kommentar|antwort|reply) (?:by|von)\s+\p{Lu}.{0,80}`,
  // With the comment's stamp after it: "Cherie McCluney says: August 17, 2019 at 2:19 pm".
  String.raw`\p{Lu}[\p{L}\d.'’ -]{0,40}\s(?:sagt|sagte|schreibt|meint|antwortete|says|said|wrote|replied|writes)\s*:(?:\s+\p{L}{0,12}.{0,30}\b(?:19|20)\d{2}\b.{0,30})?`,
  STAMP_THEN_REPLY,
  String.raw`${UI_HEAD}(?:kommentieren|jetzt kommentieren|artikel kommentieren|antwort abbrechen|cancel reply|kommentar abschicken|kommentar absenden|post comment|submit comment|leserbrief schreiben)${UI_TAIL}`,
  String.raw`${UI_HEAD}(?:${COMMENTS_TITLE_WORDS}|ihre meinung(?: zu diesem (?:thema|artikel|beitrag))?|deine meinung|meinung schreiben)${UI_TAIL}`,
  // The thread's sort bar and a comment's vote buttons: "neuste älteste beste Bewertung", "newest oldest most voted", "Daumen hoch6Daumen runter".
  String.raw`(?:${COMMENT_SORT})(?:\s+(?:${COMMENT_SORT})){1,3}`,
  String.raw`daumen hoch\s*\d*\s*daumen runter\s*\d*`,
]);

/** The title of the readers' comments (a heading under the article, or a menu link in the page's header). */
const COMMENTS_TITLE = wholeLine([String.raw`${UI_HEAD}(?:${COMMENTS_TITLE_WORDS})${UI_TAIL}`]);

/**
 * The fixed texts of a comment form (WordPress and its kin, in German and English), each with the
 * words it cannot match without (see fold.ts): only a text with one of them meets the regex.
 */
const COMMENT_FORM: ReadonlyArray<readonly [readonly string[], RegExp]> = [
  [['mail'], /\b(?:e-?mail-?adresse|email address|e-?mail)\b.{0,20}\b(?:wird|will) (?:nicht|not|never) (?:veröffentlicht|angezeigt|published|be published|shown)/iu],
  // "E-Mail (wird benötigt und nicht veröffentlicht)", "Mail (will not be published) (required)"
  [['mail'], /^(?:e-?mail|mail|e-?mail-?adresse)\s*\((?:wird |will )?(?:benötigt|erforderlich|required|pflicht)?\s*(?:und |,\s*|and )?(?:wird |will )?(?:nicht|niemals|not|never) (?:be )?(?:veröffentlicht|angezeigt|published|shown)\)/iu],
  [['felder sind', 'required fields'], /\b(?:erforderliche|pflicht)felder sind (?:mit )?\*? ?markiert|\brequired fields are marked\b/iu],
  [['akismet'], /\b(?:verwendet|nutzt) akismet\b|\buses akismet\b/iu],
  [['mail'], /\b(?:meinen namen|my name),? (?:meine )?(?:e-?mail|email)/iu],
  [[' mich', 'notify me of'], /\b(?:benachrichtige|benachrichtigen sie|informiere) mich\b|\bnotify me of (?:follow-up|new)\b/iu],
  // A notify-me box in words of its own: "Ja, ich möchte benachrichtigt werden, wenn ein Kommentar zu diesem Artikel abgegeben wird".
  [['benachrichtigt', 'informiert', 'notify me when', 'notified when'], /\b(?:benachrichtigt|informiert) werden,? (?:wenn|sobald) (?:ein (?:neuer )?|neue )?kommentar|\b(?:notify me|be notified) when (?:a |new |someone )?(?:comment|repl)/iu],
  [['sie müssen', 'du musst', 'you must'], /\b(?:sie müssen|du musst|you must) (?:sich |dich )?(?:eingeloggt|angemeldet|einloggen|anmelden|registriert|logged in)\b.{0,60}\b(?:kommentar|diskussion|comment)/iu],
  [['kommentare ', 'comments '], /\b(?:kommentare|comments) (?:werden|are) (?:vor der veröffentlichung |erst nach )?(?:moderiert|geprüft|moderated|reviewed)\b/iu],
  // "Vous devez vous abonner ou vous connecter afin de poster un commentaire", "Debes iniciar sesión para comentar".
  [['vous devez', 'debes', 'debe '], /\b(?:vous devez (?:vous )?(?:abonner|connecter|identifier|inscrire|être connecté)|debes? (?:iniciar sesión|registrarte|estar registrado|identificarte))\b.{0,60}\b(?:commentaire|commenter|comentar|comentario)/iu],
];

/** Rules whose removal opens the comment section: the article does not go on past them. */
export const COMMENT_OPENERS: ReadonlySet<string> = new Set(['strip/comment-header', 'strip/comment-form']);

/** Prose an article has above its comment section at the least; an opener above less is a link in the page's header. */
const MIN_ARTICLE_CHARS = 300;
/** Above a comment form, a short text will do (a photo's description, a short note). */
const MIN_FORM_CHARS = 150;
/**
 * Prose above an opener that is an article by itself: no page's header or site blurb runs so long, while the comments
 * under a long post may run five times as long as it ("45 Gedanken zu „…“" under 5,000 characters of a blog post).
 */
const WHOLE_ARTICLE_CHARS = 2000;

/** A blog post of over 2,000 characters of prose (WHOLE_ARTICLE_CHARS), for the examples. */
const WHOLE_POST = [
  'Wer sein Brot selbst backt, braucht nicht viel: Mehl, Wasser, Salz und etwas Zeit, dazu einen Ofen, der heiß genug wird. Vieles, was im Handel als Backmischung verkauft wird, ist dagegen überflüssig, und mancher Zusatz darin verdirbt eher den Geschmack, als dass er hilft.',
  'Am Anfang steht der Vorteig. Ein Teil des Mehls wird am Abend mit Wasser und einer Prise Hefe verrührt und bleibt über Nacht abgedeckt in der Küche stehen. Am Morgen riecht er leicht säuerlich, hat Blasen geworfen und ist deutlich aufgegangen, und genau so soll es sein.',
  'Dann kommt der Rest des Mehls dazu, das Salz und so viel Wasser, dass ein weicher, aber nicht klebriger Teig entsteht. Er wird zehn Minuten lang geknetet, von Hand oder mit der Maschine, bis er glatt ist und sich dünn ausziehen lässt, ohne zu reißen.',
  'Nach zwei Stunden Gare wird der Teig rund gewirkt, in ein bemehltes Körbchen gelegt und darf noch einmal eine Stunde ruhen. In dieser Zeit heizt der Ofen mit einem gusseisernen Topf darin auf die höchste Stufe vor, denn die Hitze von unten ist für die Kruste entscheidend.',
  'Gebacken wird zuerst zwanzig Minuten mit Deckel, dann noch einmal fünfundzwanzig ohne, bis die Kruste dunkel ist und das Brot hohl klingt, wenn man auf den Boden klopft. Anschneiden sollte man es erst, wenn es ganz abgekühlt ist, auch wenn das schwerfällt.',
  'Wer das einige Male gemacht hat, kann mit anderen Mehlen spielen, mit Roggen, Dinkel oder etwas Vollkorn, mit Saaten und Nüssen. Das Grundrezept bleibt dasselbe, und mit jedem Brot lernt man etwas über den Teig und über den eigenen Ofen.',
  'Ein Wort noch zum Mehl: Für den Anfang eignet sich ein Weizenmehl der Type 550 am besten, weil es viel Wasser aufnimmt und der Teig sich gut formen lässt. Vollkornmehl braucht mehr Wasser und mehr Zeit, und Roggen verlangt nach einem Sauerteig, sonst bleibt die Krume klitschig und das Brot schmeckt fade.',
  'Und zum Salz: Zwei Prozent des Mehlgewichts sind ein guter Wert, also zwanzig Gramm auf ein Kilo. Wer weniger nimmt, merkt es sofort am Geschmack, wer mehr nimmt, bremst die Hefe. Zucker braucht ein gutes Brot dagegen nicht, auch wenn viele Rezepte ihn noch immer empfehlen.',
];

export const commentSection: SequenceRule = {
  kind: 'sequence',
  id: 'strip/comment-section',
  description: 'Everything after the opening of the comment section (its header, its form, or the first "Anna sagt:" of a thread) under an article: the comments, the form, the footer.',
  examples: {
    matches: [
      'Der Sazerac ist ein Klassiker aus New Orleans, und er braucht zwingend die Bitters von Peychaud, die es in Zürich gibt.\nDie Geschichte des Drinks beginnt im 19. Jahrhundert in einer Bar, die es bis heute gibt, sagt der Autor.\nWer ihn zu Hause mixen will, braucht zwei Gläser, Eis, einen Zuckerwürfel und etwas Absinth für das Glas.\n2 Gedanken zu „Sazerac“\n- Anna Muster\n- Vielen Dank für das Rezept, ich habe es am Wochenende ausprobiert und es war sehr gut.\n- Name *',
      // A comment form under a short text (a photo's description): the page's teasers below it go too.
      'Nun nicht im Staub, sondern mit ausgeprägten Sternstrahlen und intensiv blauen Nebelgebieten zeigen sich die Plejaden auf dieser Aufnahme aus einer klaren Nacht im Spätsommer.\nE-Mail Adresse wird nicht veröffentlicht.\n- Name*\n- Abenteuer Astronomie war eine Zeitschrift für praktische Astronomie in deutscher Sprache, und sie galt als Nachfolger eines langjährigen Magazins für Sternfreunde.\n- Das Buch Astronomie für Einsteiger ist ein Ratgeber für alle, die gerne tief in die Hobbyastronomie einsteigen wollen, von der Orientierung bis zum Teleskop.',
      // The title of a ranked list of comments ("Top Rated Comments") opens it however much longer than the article it runs.
      [
        'Apple plans to release a new model of its smaller notebook next year, with the keyboard of the larger one, a report says.',
        'The report claims the display size will remain the same, while the bezels around it will become noticeably thinner.',
        'The current entry-level model was last updated in July, when it received faster processors and a new display.',
        'Top Rated Comments',
        ...Array.from({ length: 16 }, (_, k) => [`- reader${k + 1}`, `- ${k + 2} hours ago`, `- I think we will see similar updates to what the bigger model received, and thinner bezels would be welcome too (${k + 1}).`, `Rating: ${30 - k} Votes`]).flat(),
      ].join('\n'),
      // Under a whole article (over 2,000 characters of prose), its counted header opens the comments however much longer they run.
      [
        ...WHOLE_POST,
        '16 Gedanken zu „Brot backen ohne Backmischung“',
        ...Array.from({ length: 16 }, (_, k) => [
          `- leser${k + 1} 11. Dezember 2012 um ${10 + k}:07`,
          `- Danke für die Anleitung, ich habe das Brot am Wochenende zum ${k + 2}. Mal gebacken, und es ist jedes Mal besser geworden. Beim ersten Versuch war der Teig viel zu weich, weil ich das Wasser nicht abgemessen hatte, und das Brot lief im Topf auseinander. Beim zweiten Mal habe ich weniger Wasser genommen und den Teig länger geknetet, und seitdem klappt es. Meine Familie isst kein gekauftes Brot mehr, und die Nachbarn fragen schon nach dem Rezept. Eine Frage hätte ich noch zum Vorteig: Kann man ihn auch im Kühlschrank über zwei Nächte gehen lassen, wenn man am nächsten Morgen keine Zeit zum Backen hat, oder wird er dann zu sauer?`,
        ]).flat(),
      ].join('\n'),
      // The comments' count alone under a whole article.
      [...WHOLE_POST, '21 Comments', '- dottoressa', '- März 7, 2018', '- Liebe Claudia, du hast sehr schönes Haar, und dieses Shampoo ist sehr gut.', 'Reply', '- Miriam', '- März 7, 2018', '- Plantur kenne ich, aber von diesem braunen Shampoo habe ich noch nicht gehört.', 'Reply'].join('\n'),
      // The readers' comments' title on a line of its own under a whole article.
      [...WHOLE_POST, 'Leserkommentare', '- Martinxyz', '- 14. 01. 2020, 13:47', '- Wer wen und mit was über den Tisch zog, ist noch offen, und das hängt nicht einfach nur am Geld.', '- josan', '- 14. 01. 2020, 14:56', '- Welche Sprecherin? Davon steht im Artikel nichts.'].join('\n'),
      // A thread as a dump keeps it: the commenters' names with their stamps, three of them, under the article.
      'Wer sein Brot selbst backt, braucht nicht viel: Mehl, Wasser, Salz und etwas Zeit, dazu einen Ofen, der heiß genug wird. Vieles, was im Handel als Backmischung verkauft wird, ist dagegen überflüssig.\nAm Anfang steht der Vorteig. Ein Teil des Mehls wird am Abend mit Wasser und einer Prise Hefe verrührt und bleibt über Nacht abgedeckt in der Küche stehen, bis er Blasen geworfen hat.\n- Julia 14.09.2022 um 21.11\n- Danke für das Rezept, ich habe es am Wochenende ausprobiert.\n- photobix 15.09.2022 um 8.58\n- Bei mir ist der Teig zu weich geworden, woran kann das liegen?\n- Armanox September 16, 2022 at 10:25 pm\n- Great recipe, thanks!',
      // A thread without a header: the lines that open each comment ("sarah sagt:") start it, however long it runs.
      'Der Sazerac ist ein Klassiker aus New Orleans, und er braucht zwingend die Bitters von Peychaud, die es in Zürich gibt.\nDie Geschichte des Drinks beginnt im 19. Jahrhundert in einer Bar, die es bis heute gibt, sagt der Autor.\nWer ihn zu Hause mixen will, braucht zwei Gläser, Eis, einen Zuckerwürfel und etwas Absinth für das Glas.\nsarah sagt:\n- Juli 30, 2013 um 2:33 pm\n- Warum zweimal Zucker? Ich habe das Rezept ausprobiert, und es war mir viel zu süß, obwohl ich weniger Zucker genommen habe als angegeben.\nadmin sagt:\n- Weil der Würfelzucker im Glas bleibt und der Sirup nicht, aber du kannst natürlich auch ganz auf den Zucker verzichten, wenn du magst.',
    ],
    keeps: [
      '3 Kommentare zu „Sazerac“\nDer Sazerac ist ein Klassiker aus New Orleans, und er braucht zwingend die Bitters von Peychaud, die es in Zürich gibt.',
      // The comments' count in a post's meta line, under its lead: the post follows.
      [WHOLE_POST[0], WHOLE_POST[1], '3 Kommentare', ...WHOLE_POST.slice(2)].join('\n'),
      // Customers' reviews with their stamps over a guide: the guide under them is no comment.
      'Vergleichen Sie die Angebote von über zwanzig Banken für Ihre Autofinanzierung, kostenlos und unverbindlich, und finden Sie den günstigsten Kredit, das passende Leasing oder eine Ballonfinanzierung mit niedriger Rate.\nUnsere Kunden bewerten den Vergleich mit 4,8 von 5 Sternen, und über eine Million Kunden haben ihn schon genutzt, um beim Autokauf Geld zu sparen.\nKundenbewertung 02.05.2020 um 07:18 Uhr\nSchnell, günstig und transparent.\nKundenbewertung 02.05.2020 um 04:54 Uhr\nImmer wieder!\nKundenbewertung 01.05.2020 um 22:10 Uhr\nSehr schnelle Abwicklung.\nAutofinanzierung: schnell und einfach vergleichen\n' +
        'Wer heute ein Auto kaufen möchte, sei es ein Neuwagen oder ein junger Gebrauchter, zahlt selten bar. Drei Wege stehen offen: der klassische Autokredit, das Leasing und die Drei-Wege-Finanzierung, und jeder hat seine Vor- und Nachteile, die man vor dem Abschluss kennen sollte.\n' +
        'Bei einem Autokredit handelt es sich um einen klassischen Ratenkredit. Manche Banken verlangen, dass der Fahrzeugbrief bis zur letzten Rate bei ihnen liegt, andere geben den Kredit ohne Zweckbindung, sodass der Käufer beim Händler als Barzahler auftreten und einen Rabatt aushandeln kann.\n' +
        'Leasen bedeutet nichts anderes als Mieten: Der Fahrer zahlt eine monatliche Rate für die Nutzung und gibt den Wagen am Ende der Laufzeit zurück. Das ist bequem, doch wer mehr Kilometer fährt als vereinbart oder Schäden am Wagen hat, zahlt bei der Rückgabe oft kräftig nach.',
      // A write-a-comment link under the headline, with a site blurb above it: the article follows, not comments.
      'Unser Magazin erscheint seit zwanzig Jahren jeden Monat, und wir schreiben über Gärten, über Pflanzen und über die Menschen, die sie pflegen, in der Stadt und auf dem Land.\nDie Redaktion freut sich über Hinweise und Fragen von Leserinnen und Lesern, die uns per Post erreichen, und sie antwortet auf jeden Brief.\nDer Garten im Herbst\nSchreibe einen Kommentar\n' +
        'Im Herbst beginnt im Garten die Zeit der Ernte, und wer jetzt Kürbisse, Äpfel und Birnen einlagert, hat den ganzen Winter über etwas davon. Äpfel mögen es kühl und dunkel, Kürbisse dagegen lieber etwas wärmer, etwa in einem trockenen Flur oder in einer Kammer, in der es nicht friert.\n' +
        'Die Beete sollte man nicht ganz abräumen, denn Laub und Stängel sind ein Winterquartier für viele Insekten, die im Frühjahr wieder nützlich werden. Wer trotzdem Ordnung will, schichtet das Laub unter Hecken und Sträucher, wo es langsam zu Humus wird und den Boden über den Winter schützt.\n' +
        'Wer Tulpen und Narzissen im Frühjahr sehen will, steckt die Zwiebeln jetzt, bevor der Boden friert, etwa zehn Zentimeter tief in die Erde. In schweren Böden hilft eine Handvoll Sand im Pflanzloch, damit sich kein Wasser staut und die Zwiebeln nicht faulen, bevor sie im März austreiben.\n' +
        'Auch Rosen und Stauden brauchen jetzt etwas Pflege: Ein wenig Kompost um die Pflanzen, ein Schutz aus Reisig gegen die Wintersonne und ein letzter Schnitt an den Trieben, die im Wind brechen könnten, genügen meist. Gedüngt wird erst wieder im Frühjahr, wenn die Pflanzen neu austreiben.\n' +
        'Zum Schluss lohnt ein Blick auf die Geräte: Wer Spaten, Scheren und Harken jetzt reinigt, trocknet und mit etwas Öl einreibt, hat im Frühjahr weniger Arbeit. Schläuche und Regentonnen werden vor dem ersten Frost geleert, damit das Wasser sie nicht sprengt, wenn es in einer kalten Nacht gefriert.',
    ],
  },
  apply(blocks, ctx) {
    // Plain loops over per-block figures gathered once, every test of a block in one place (opensComments): V8 compiled
    // the closures and branches this had inline ten times a first pass, each time a page took a branch new to it.
    const n = blocks.length;
    const prose = new Array<number>(n);
    const stampAt = new Array<boolean>(n);
    let total = 0;
    let authors = 0;
    let stamps = 0;
    let lastStamp = -1;
    for (let i = 0; i < n; i++) {
      const b = blocks[i]!;
      const chars = proseCharsOf(b, ctx);
      prose[i] = chars;
      total += chars;
      // Lines that open single comments ("Anna sagt:"): two or more of them are the comment thread itself.
      if (b.removed !== undefined && b.removed.rule === 'strip/comment-ui' && COMMENT_AUTHOR.test(b.text)) authors++;
      // Or the comments' headers with their stamps ("Julia 14.09.2022 um 21.11"): three or more, where a dump kept them.
      const stamp = isCommentStamp(b.text);
      stampAt[i] = stamp;
      if (stamp) {
        stamps++;
        lastStamp = i;
      }
    }
    // A thread runs to the page's end: under its last header, one comment's prose, not an article (customers' reviews
    // over a guide: "Kundenbewertung 02.05.2020 um 07:18 Uhr").
    let proseUnderLast = 0;
    if (lastStamp >= 0) for (let i = lastStamp + 1; i < n; i++) proseUnderLast += prose[i]!;
    const page: PageFigures = { total, authors, stamps, proseUnderLast };
    let before = 0;
    for (let i = 0; i < n; i++) {
      const b = blocks[i]!;
      if (opensComments(b, stampAt[i]!, before, page)) return removeFrom(blocks, i);
      before += prose[i]!;
    }
    return [];
  },
};

/** What the comment section's test reads of the whole page. */
interface PageFigures {
  total: number;
  authors: number;
  stamps: number;
  proseUnderLast: number;
}

/** The characters of a kept block of prose; 0 for a removed one or a line that is no prose. */
function proseCharsOf(b: Block, ctx: StripContext): number {
  if (b.removed !== undefined) return 0;
  const p = ctx.profile(b.index);
  return p !== undefined && p.prose ? p.chars : 0;
}

/** A comment's header with its stamp, as a dump keeps it ("Julia 14.09.2022 um 21.11"); the time of day is looked for first. */
function isCommentStamp(text: string): boolean {
  return text.length <= COMMENT_STAMP_MAX && CLOCK_DIGITS.test(text) && COMMENT_STAMP.test(text.trim());
}

/** Whether the comment section opens at block b, with `before` characters of prose above it. */
function opensComments(b: Block, stamp: boolean, before: number, page: PageFigures): boolean {
  // The first comment of a thread, below an article: the thread may well be longer than the article.
  if (stamp && before >= MIN_ARTICLE_CHARS && page.stamps >= MIN_THREAD_STAMPS && page.proseUnderLast < before) return true;
  if (b.removed === undefined) return false;
  const rule = b.removed.rule;
  if (rule === 'strip/comment-ui') {
    if (before < MIN_ARTICLE_CHARS) return false;
    if (page.authors >= 2 && COMMENT_AUTHOR.test(b.text)) return true;
    // The title of the readers' comments as a heading (HTML) under an article, or on a line of its own (a dump) under a
    // whole one: the comments may be longer than the article.
    return (isHeadingTag(b.tag) || before >= WHOLE_ARTICLE_CHARS) && COMMENTS_TITLE.test(b.text);
  }
  // The form's fixed texts ("Your email address will not be published") stand under the text, never in a page's header.
  if (rule === 'strip/comment-form' && before >= MIN_FORM_CHARS) return true;
  // The title of a ranked list of comments on any page ("Top Rated Comments").
  if (rule === 'strip/comment-header' && before >= MIN_ARTICLE_CHARS && RANKED_COMMENTS.test(b.text)) return true;
  // The comments' count alone ("21 Comments", "11 Kommentare") under a whole article: a post's meta line under its
  // headline counts them too, so only there.
  if (rule === 'strip/interaction-counter') return before >= WHOLE_ARTICLE_CHARS && COMMENT_COUNT.test(b.text.trim());
  // Past the article's start, and not a "write a comment" link under the headline: more prose above than a quarter of
  // what follows, or a whole article.
  return COMMENT_OPENERS.has(rule) && before >= MIN_ARTICLE_CHARS && (before >= (page.total - before) / 4 || before >= WHOLE_ARTICLE_CHARS);
}

/** Everything from block i on that is still kept; a comment's header kept as a stamp is the thread's first line: it goes with it. */
function removeFrom(blocks: readonly Block[], i: number): Decision[] {
  const b = blocks[i]!;
  return blocks
    .slice(b.removed ? i + 1 : i)
    .filter((m) => !m.removed)
    .map((m) => ({ index: m.index, action: 'remove' as const, detail: m === b ? 'the first comment' : `after "${b.text.slice(0, 30)}"` }));
}

export const commentRules: LineRule[] = [
  {
    kind: 'line',
    id: 'strip/comment-header',
    action: 'remove',
    description: 'The header that opens a comment section ("11 Antworten zu „…“", "2 thoughts on …", "Schreibe einen Kommentar").',
    examples: {
      matches: [
        '11 Antworten zu “Sunday Thoughts: Ein wenig lost, aber immer noch da!”',
        '142 Antworten zu Würde des Lebens – ein Projekt',
        '2 thoughts on “How to bake bread”',
        'Ein Gedanke zu „Herbst im Harz“',
        'Schreibe einen Kommentar',
        'Hinterlasse einen Kommentar',
        'Hinterlasse jetzt einen Kommentar',
        'Poster un commentaire',
        'Deja un comentario',
        'Lascia un commento',
        'Top Rated Comments',
        'Dieser Artikel hat 32 Kommentare.',
        'This post has 3 comments',
        'Most Popular Comments',
        'Neueste Kommentare',
      ],
      keeps: ['Top rated comments are shown first, the company said.', 'Drei Antworten auf die Frage, warum der Zug zu spät kam, gab die Bahn nicht.', 'Eine Antwort zu finden fiel den Ermittlern schwer.', 'Kommentare von Politikern blieben aus.', 'Le ministre a refusé de poster un commentaire sur les réseaux sociaux.'],
    },
    test: (t) => t.length <= 200 && COMMENT_HEADER.test(t),
  },
  {
    kind: 'line',
    id: 'strip/comment-ui',
    action: 'remove',
    description: 'The line above a single comment ("Anna sagt:", "Comment by …") and the comment buttons ("Kommentieren", "Antwort abbrechen").',
    examples: {
      matches: ['Harm Otten sagt:', 'admin says:', 'Cherie McCluney says: August 17, 2019 at 2:19 pm', 'Anna Muster sagt: 20. Juni 2018 um 10:29 Uhr', 'Comment by Mirko Lange — 17.07, 2011 @ 13:04', 'Kommentieren', 'Artikel kommentieren', 'Antwort abbrechen', 'Ihre Meinung zu diesem Thema', 'dajana 20. Juni 2018 um 10:29 Uhr - Antworten', 'Anna Muster | stadtkurier.example 20. Juni 2018 um 10:50 Uhr - Antworten', 'John Doe March 3, 2021 at 9:12 am Reply', 'neuste älteste beste Bewertung', 'newest oldest most voted', 'Daumen hoch6Daumen runter'],
      keeps: ['Der Minister sagt: Wir schaffen das nicht allein.', 'Neueste Zahlen', 'Die neueste und die älteste Brücke der Stadt', 'Daumen hoch für die Stadtwerke', 'Ihre Meinung ist gefragt, sagte der Bürgermeister bei der Versammlung.', 'Im Jahr 2018 wollte die Stadt darauf antworten', 'Bis 2020 gab es keine Antworten', 'Am 20. Juni 2018 um 10:29 Uhr kamen die ersten Antworten'],
    },
    test: (t) => t.length <= 200 && COMMENT_UI.test(t),
  },
  {
    kind: 'line',
    id: 'strip/comment-form',
    action: 'remove',
    description: 'The fixed texts of a comment form: e-mail not published, required fields, spam filter, notify-me boxes.',
    examples: {
      matches: [
        'Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert.',
        'Your email address will not be published. Required fields are marked *',
        'Diese Website verwendet Akismet, um Spam zu reduzieren. Erfahre mehr darüber, wie deine Kommentardaten verarbeitet werden.',
        'Meinen Namen, meine E-Mail-Adresse und meine Website in diesem Browser speichern, bis ich wieder kommentiere.',
        'Benachrichtige mich über nachfolgende Kommentare via E-Mail.',
        'Ja, ich möchte benachrichtigt werden, wenn ein Kommentar zu diesem Artikel abgegeben wird',
        'Notify me when new comments are added.',
        'Sie müssen sich einloggen, um sich an einer Diskussion beteiligen zu können.',
        'E-Mail (wird benötigt und nicht veröffentlicht)',
        'Vous devez vous abonner ou vous connecter afin de poster un commentaire',
        'Debes iniciar sesión para comentar.',
      ],
      keeps: ['Die E-Mail-Adresse des Ministers wurde nicht veröffentlicht, hieß es am Montag aus Berlin, weil sie privat sei.', 'Pflichtfelder im Formular des Amtes sorgten für Ärger.', 'Die Nachbarn wollen informiert werden, wenn eine Antwort der Stadt vorliegt.', 'Notify me when the package arrives.'],
    },
    test: (t) => t.length <= 300 && COMMENT_FORM.some(([words, re]) => hasWord(t, words) && re.test(t)),
  },
];

