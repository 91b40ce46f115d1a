import { AGENCY_PATTERN } from '../../../lexicon/agencies.js';
import { DATE_TOKEN, MONTH_NAME } from '../../../lexicon/date-tokens.js';
import { isFirstName } from '../../../lexicon/first-names.js';
import type { LineRule } from '../types.js';
import { hasWord } from './fold.js';
import { PICTURE_CREDIT_LABEL, TEXT_AND_PHOTOS_LABEL } from './media.js';

/** Agencies alone, maybe with the editor's initials: "AFP/dpa", "fzö/dpa", "dpa/lni", "aja/PAP". */
const INITIALS = String.raw`\p{Ll}{2,4}`;
const AGENCIES_ONLY = new RegExp(String.raw`^\(?(?:${INITIALS}\s*/\s*)?(?:${AGENCY_PATTERN})(?:\s*[/,]\s*(?:${AGENCY_PATTERN}|${INITIALS}))*\)?$`, 'iu');
const NAME = String.raw`\p{Lu}[\p{L}'’.-]+`;
/**
 * Lower-case words between a name's capitalised ones: "Jose de la Cruz", "Ursula von der Leyen", "Rafael van der Vaart".
 * Not "zu" (authors.ts PERSON and split-byline's NAME_UNDER take it, on a line that is a name alone): after a byline's
 * "Von" it makes a phrase a name ("Von Rom zu Hause"); nor "y", a conjunction between a byline's names here.
 */
const PARTICLE = String.raw`(?:de|da|di|del|della|do|dos|das|du|des|la|le|van|von|der|den|ten|ter|bin|ibn|al|el)`;
/** A middle initial without its dot, a capitalised word after it: "Kiran C Nair", "Michael J Fox". */
const BARE_INITIAL = String.raw`\p{Lu}(?=\s+\p{Lu})`;
/** A person's name of up to four capitalised words, with particles between them. */
const NAMES = String.raw`${NAME}(?:\s+(?:${PARTICLE}\s+){0,2}(?:${NAME}|${BARE_INITIAL})){0,3}`;
/**
 * A numeric or written date after "am", "on", "le", "el" (a weekday before it, its time after it): "am 16.11.2022",
 * "am 25.08.2015 22:30", "am 3. Mai 2021", "on Monday, November 18th, 2019 at 11:08 a.m.".
 */
const ON_DATE = String.raw`\s+(?:am|on|le|el|vom)\s+(?:\p{Lu}\p{Ll}+,?\s+)?(?:\d{1,2}[./]\s?\d{1,2}[./]\s?\d{2,4}|\d{1,2}\.?\s+\p{Lu}\p{Ll}+\.?\s+\d{4}|\p{Lu}\p{Ll}+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})(?:,?\s+(?:um\s+|at\s+)?\d{1,2}[:.]\d{2}(?:\s*(?:Uhr|[ap]\.?\s?m\.?))?)?`;
/** The pictures' credit after the writer's: "Text von Christian Seiler Illustration von Markus Roost", "… Fotos: Anna Muster". */
const PICTURE_CREDIT_AFTER = String.raw`\s+(?:[Ff]otos?|[Bb]ilder?|[Pp]hotos?|[Ii]llustrations?|[Ii]llustrationen|[Gg]rafiken?)(?:\s+(?:von|by)|\s*:)\s+${NAMES}`;
/** A label that is also a noun ("Text", "Interview") takes its colon: "Text: Anna Muster", not a widget's "Text Size". */
const BYLINE = new RegExp(
  String.raw`^(?:(?:(?:[Vv]on|[Bb]y|VON|BY|[Pp]ar|PAR|[Pp]or|POR|[Pp]rzez|[Aa]utor(?:in|en|innen)?|[Aa]uthor|[Aa]uteur(?:e|s)?|[Aa]utore|[Aa]utora|(?:[Ee]in(?:e)? )?(?:[Kk]ommentar|[Bb]ericht|[Gg]astbeitrag|[Aa]rtikel|[Bb]eitrag|[Kk]olumne) von|(?:[Tt]ext|[Ww]ords)(?:\s+(?:und|and|&)\s+(?:[Ff]otos?|[Bb]ilder|[Pp]hotos))?\s+(?:von|by))\s*:?|(?:${TEXT_AND_PHOTOS_LABEL}|[Tt]ext|[Ii]nterview|[Rr]echerche)\s*:)\s+|By(?=\p{Lu}[\p{Ll}.]))${NAMES}(?:\s*(?:,|und|and|&|et|y|e|i)\s*${NAMES}){0,3}(?:${ON_DATE}|${PICTURE_CREDIT_AFTER}|\s*[,|/·•]\s*.{0,40}|\s+[-–—]\s+.{0,60}|\s+\d.{0,40}|\s+\S+@\S+|\s+@\w{1,30})?$`,
  'u',
);
/**
 * A blog theme's byline, a verb before the label: "Veröffentlicht von Cem Basman", "Gepostet von Katharina Volkwein |
 * Wohnen", "Eingestellt von Weinlachgummi um 10:52", "Post author By Helge Fahrnberger". Capitalised names, and after
 * them only a date or time, a bar or a dash: "Geschrieben von Hand, nicht am Computer." is a sentence.
 */
const POSTED_BY = new RegExp(
  String.raw`^(?:(?:[Gg]eschrieben|[Gg]epostet|[Vv]eröffentlicht|[Vv]erfasst|[Ee]ingestellt|[Ee]rstellt|[Pp]osted|[Ww]ritten|[Pp]ublished|[Pp]ost [Aa]uthor)\s+(?:von|by|By)|(?:[Pp]ublicado|[Ee]scrito|[Pp]ostado|[Pp]ublié|[ÉéEe]crit|[Ss]critto|[Pp]ubblicato)\s+(?:por|par|da))\s*:?\s+${NAMES}(?:\s*(?:,|und|and|&|y|et|e)\s*${NAMES}){0,3}(?:${ON_DATE}|\s+(?:(?:am|um|on|at|à|a las|às|alle)\s+)?\d{1,2}[.:/]\d{1,2}.{0,40}|\s*[|·•]\s*.{0,40}|\s+[-–—]\s+.{0,60})?$`,
  'u',
);
/**
 * "Via X", "h/t X" (names: capitalised words only, not "Via Appia Antica ist …") and "Source X" (the label glued to a
 * link: "SourceStar Wars official site"), no sentence.
 */
const ATTRIBUTION = /^(?:[Vv]ia|VIA|[Hh]\/[Tt])\s*:?\s+\p{Lu}[^.!?\s]*(?:\s+(?:[\p{Lu}\d(@&][^.!?\s]*|of|the|de|and))*$|^(?:[Ss]ources?|SOURCES?)(?:\s*:?\s+|(?=\p{Lu}))\p{Lu}[^.!?]{0,80}$/u;

/** One or more ISSNs with their labels and media and nothing else ("e-ISSN 1868-7377", "ISSN 1234-5678 (Print)"). */
const ISSN = String.raw`(?:(?:[pe]|print|online|electronic|elektronische)[- ]?)?ISSN(?:\s*\((?:print|online|druck|druckausgabe|e|p)\))?\s*:?\s*\d{4}-?\d{3}[\dX](?:\s*\((?:print|online|druck|druckausgabe|internet|elektronisch|e|p)\))?`;
const SERIAL_NUMBERS = new RegExp(String.raw`^${ISSN}(?:\s*[,;|/·•]?\s*(?:${ISSN}|\d{4}-?\d{3}[\dX]\s*\((?:print|online|druck|internet|e|p)\)))*$`, 'iu');

/**
 * The print issue a magazine's or weekly's article appeared in, as it stands under the headline or the text: "DIE ZEIT
 * Nr. 43/2019", "Ausgabe 1/2023", "aus Heft 3/2021" (up to six words, the issue's label, its number and year), "DER
 * SPIEGEL 12/2020" (a title in capitals). Not a press release's or a law's number ("Pressemitteilung Nr. 12/2021", "Verordnung
 * (EG) Nr. 1/2003"), nor "Saison 2019/20".
 */
const PRINT_ISSUE_LABELLED = /^(?!.*\b(?:presse\p{L}*|medien\p{L}*|press|comunicato|communiqué|urteil|beschluss|verordnung|richtlinie|gesetz\p{L}*|drucksache|rundschreiben|mitteilung)\b)(?:[\p{L}\p{N}'’&.:-]+\s+){0,6}?(?:nr\.|no\.|ausgabe|heft|issue|numéro|n°)\s*\d{1,3}\s*\/\s*(?:19|20)\d{2}\.?$/iu;
const PRINT_ISSUE_CAPS = /^(?:\p{Lu}[\p{Lu}\p{N}'’&.-]*\s+){0,3}\p{Lu}[\p{Lu}\p{N}'’&.-]+\s+\d{1,2}\s*\/\s*(?:19|20)\d{2}\.?$/u;
/** The print issue after a date stamp: "19. Oktober 2019, 19:08 Uhr DIE ZEIT Nr. 43/2019" (the stamp is read without it). */
const AFTER_PRINT_ISSUE = /\s*[|·,–-]?\s+(?:\p{Lu}[\p{L}'’&.-]*\s+){0,3}?(?:[Nn]r\.|[Nn]o\.|Ausgabe|AUSGABE|Heft|HEFT)\s*\d{1,3}\s*\/\s*(?:19|20)\d{2}\.?$/u;

/**
 * The label of a byline without the name: "Story by", "Geschrieben von:", "Autorin:". Not a bare "Von" or "By": a
 * text dump splits "Von" from the name under it, and the headline above is found by that pair.
 */
const BYLINE_LABEL_ALONE = /^(?:(?:story|text|words|article|post|written|posted|published|reported|photos? and text|geschrieben|verfasst|erstellt|artikel|(?:eine? )?(?:beitrag|artikel|gastbeitrag|kommentar|kolumne|analyse|glosse)|texte?|publié|écrit|escrito|publicado|scritto) (?:by|von|par|por|da)|autor(?:in|en|\*in|:in|_in)?|author|authors|auteur)\s*:?$|^texte?\s*:$/iu;

/**
 * Who reported, wrote and edited, as wire services and papers credit it under the text: "(Reporting by Will Dunham;
 * Editing by Tom Brown)", "Additional reporting by …", "Mitarbeit: Anna Muster", "Redaktion: Hans Meier".
 */
const REPORTING_CREDIT = new RegExp(
  String.raw`^\(?(?:(?:additional |further )?(?:reporting|writing|editing|research|researched|graphics|compiled|edited|written) by|(?:redaktionelle )?mitarbeit|redaktion|bearbeitung|übersetzung)\b\s*:?\s+${NAME}[^()]{0,200}?\)?$`,
  'u',
);
const REPORTING_WORDS = ['reporting by', 'writing by', 'editing by', 'research by', 'researched by', 'graphics by', 'compiled by', 'edited by', 'written by', 'mitarbeit', 'redaktion', 'bearbeitung', 'übersetzung'];
const DATE_LABEL = String.raw`(?:(?:news|post|publish(?:ed|ing)?|publication|release|upload) date|date (?:published|posted|created|modified|updated|of publication)|date|datum|erscheinungsdatum|veröffentlichungsdatum|publikationsdatum|stand|veröffentlicht|publiziert|aktualisiert|zuletzt aktualisiert|erstellt|geändert|editiert|bearbeitet|published|updated|posted|created|written|last updated|last modified|erschienen|publié|mis à jour|publicado|postado|actualizado|atualizado|pubblicato|aggiornato|ultima modifica|ultimo aggiornamento|dernière mise à jour|última actualización|última atualização|letzte (?:änderung|aktualisierung)|opublikowano|zaktualizowano)(?:\s+(?:am|on|um|le|el|il|em))?\s*:?`;
const TIME = String.raw`\d{1,2}(?:[:.]|h)\d{2}(?::\d{2})?(?:\s*(?:uhr|hrs?\.?|hs\.?|h|[ap](?:\.?m)?\.?|mez|mesz|cet|cest|utc|gmt|[ecmp][sd]?t|amt|msk|jst|kst|hkt|sgt|bst|aest|aedt)){0,2}`;
/**
 * A date with its time after it ("April 21, 2015, at 11:29 a.m.", "April 21, 2022. 10:11 pm CST"), or before it ("11:21 pm CST,
 * Tuesday, November 19, 2019"); the weekday maybe set off by a bar ("Tuesday | April 26, 2022").
 */
const STAMP = String.raw`(?:${TIME},?\s+)?(?:\p{L}{2,10}(?:,|\s*\|)?\s+)?${DATE_TOKEN}(?:\s*(?:[,.]\s*)?(?:um|at|à|a las|alle|alle ore|ore|o|-|\||•|·)?\s*${TIME})?`;
/**
 * A date stamp, maybe labelled, maybe followed by a second labelled one ("Veröffentlicht am 19.02.2020 | Aktualisiert am
 * 20.02.2020", "11.01.2022, 09:50 Uhr / Aktualisiert am 21.01.2022, 11:39 Uhr") or by the update in brackets, a time on the same day or a stamp ("27 octobre 2012 à 18:27 (Mis à jour: 19:56)").
 */
const DATE_LINE = new RegExp(
  String.raw`^(?:(?:${DATE_LABEL}\s*)?${STAMP}(?:\s*[|·,/–-]?\s*${DATE_LABEL}\s*${STAMP}|\s*\(\s*(?:${DATE_LABEL}\s*)?(?:${STAMP}|${TIME})\s*\))?(?:\s+(?:uhr|anzeige|werbung))*(?:\s+(?:von|by|par|por)|\s+/\s*\p{L}{1,4})?|${DATE_LABEL}\s*(?:at\s+)?${TIME})\.?\s*$`,
  'iu',
);

/**
 * A labelled stamp without its year, a day and a time ("Updated Nov 19, 9:41 AM", "Posted Nov 18, 8:19 PM"), maybe two
 * of them after a semicolon or a bar: the label and the time make it a stamp; a day alone may be a heading's.
 */
const YEARLESS_STAMP = String.raw`${DATE_LABEL}\s*${MONTH_NAME}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:at\s+)?${TIME}`;
const YEARLESS_STAMP_LINE = new RegExp(String.raw`^${YEARLESS_STAMP}(?:\s*[;|·]\s*${YEARLESS_STAMP})?$`, 'iu');

/** The label of a piece of a post's metadata: "Tags:", "Category :". */
const META_LABEL = String.raw`(?:tags?|schlagw(?:ö|o)rte?r?|stichw(?:ö|o)rte?r?|kategorien?|categor(?:y|ies)|rubrik(?:en)?|ressort|themen?|topics?|filed under|posted in|abgelegt unter|autor(?:in)?|author|lesezeit|reading time)\s*:`;
/** A labelled piece of a post's metadata: "Tags: Weihnachtsmarkt", "Category : Press Releases". */
const LABELLED_META = String.raw`${META_LABEL}\s*[^|·•]{1,60}`;
/** One piece of a post's metadata beside its stamp: labelled, an author, a comment count or a reading time. */
const META_SEGMENT = String.raw`(?:${LABELLED_META}|(?:von|by|in)\s+[^|·•\s][^|·•]{0,40}|\d+\s+(?:kommentare?|comments?|antworten|replies)|(?:lesezeit|reading time)?\s*:?\s*\d+\s*(?:min\.?|minuten|minutes?)(?:\s+(?:lesezeit|read))?)`;
/** After the stamp, also a name or a category of up to three words without a label: "24. März 2004, 19:49 | Genesis". Before it, such a name is a comment's header. */
const META_AFTER = String.raw`(?:${META_SEGMENT}|[\p{L}@][\p{L}\d@._'’-]*(?:\s+[\p{L}\d][\p{L}\d._'’-]*){0,2})`;
/**
 * A date stamp with the post's other metadata on its line, set apart by bars or dots: "Sonntag, 02.11.2014 |
 * Tags: Weihnachtsmarkt |", "12.03.2021 · von Anna Muster · 3 Kommentare", "Kategorie: Politik | 02.11.2014".
 */
const STAMP_WITH_META = new RegExp(String.raw`^(?:${META_SEGMENT}\s*[|·•]\s*)*(?:${DATE_LABEL}\s*)?${STAMP}\s*(?:[|·•]\s*${META_AFTER}\s*)*[|·•]?\s*$`, 'iu');
const SEGMENT_MARK = /[|·•]/;
const HAS_DIGIT = /\d/;
/**
 * A theme's machine timestamp glued between the author's name and the date readers see ("MoritzMeyer2019-01-07T17:27:31+02:00Juni
 * 19th, 2018|Social Media|36 Kommentare"): a line of metadata whatever else it holds; prose writes no such stamp glued to a word.
 */
const GLUED_MACHINE_STAMP = /\p{L}(?:19|20)\d{2}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})/u;
/**
 * A theme's meta line set apart by slashes, two pieces or more after the stamp: "October 12, 2018/0 Comments/in Jeongdong
 * Promotion /by jdadmin". The pieces are a comment count, a category or an author: a slash inside a date stays the date's.
 */
const SLASH_META = String.raw`(?:\d+\s+(?:kommentare?|comments?|antworten|replies|commentaires?|comentarios?)|(?:von|by|in|par|por|en)\s+[^/|·•\s][^/|·•]{0,40})`;
const STAMP_SLASH_META = new RegExp(String.raw`^${STAMP}(?:\s*/\s*${SLASH_META}){2,}\s*$`, 'iu');
/** A stamp with labelled metadata after it and no bar between: "News date : 04/21/2022 Category : Press Releases". The labels set the pieces apart. */
const STAMP_LABELLED_META = new RegExp(String.raw`^(?:${DATE_LABEL}\s*)?${STAMP}(?:\s+${LABELLED_META})+$`, 'iu');
/** What STAMP_LABELLED_META needs besides the stamp, asked first: few lines have it, and the stamp's expression is long to compile. */
const META_LABEL_INSIDE = new RegExp(String.raw`\s${META_LABEL}`, 'iu');
/** The time after a relative stamp: "um 07:47 Uhr", "at 3:20 PM", ", 18:30". */
const AT_TIME = String.raw`\s*,?\s*(?:um\s+|at\s+|à\s+|a las\s+)?\d{1,2}[:.h]\d{2}(?:\s*(?:uhr|[ap]\.?\s?m\.?))?`;
/**
 * A stamp in relative time, as tickers and comment lists show it: "vor 19 Stunden", "3 hours ago", "il y a 2 heures",
 * "gestern, 18:30 Uhr", "2 days ago at 07:47 am". Not years: "Vor 50 Jahren" heads a paper's history column.
 */
const RELATIVE_STAMP = new RegExp(
  String.raw`^(?:(?:aktualisiert|veröffentlicht|updated|published|posted|publié|mis à jour|actualizado|publicado)\s+)?(?:vor\s+(?:einer?|\d{1,3})\s*(?:sek(?:\.|unden?)?|min(?:\.|uten?)?|std\.?|stunden?|tag(?:en)?|wochen?|monat(?:en)?)|(?:an?|\d{1,3})\s*(?:secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?|months?)(?:\s+\d{1,2}\s*(?:mins?|minutes?))?\s+ago|il y a\s+\d{1,3}\s*(?:min(?:utes?)?|h|heures?|jours?|semaines?|mois)|hace\s+\d{1,3}\s*(?:min(?:utos?)?|h|horas?|días?|semanas?|meses))(?:${AT_TIME})?\.?$|^(?:gestern|heute|yesterday|today|hier|aujourd'hui|ayer|hoy)${AT_TIME}\.?$`,
  'iu',
);
/**
 * A theme's stamp row without bars: the date, up to three words (author, category) and the comment
 * count, bare or named: "5. November 2021 admin News 0", "10. Oktober 2021 0", "27.04.2020 - 18:50 Uhr 3 Kommentare".
 */
const STAMP_COUNT = new RegExp(String.raw`^${STAMP}(?:\s+[\p{L}@][\p{L}\d@._'’-]*){0,3}\s+\d{1,4}(?:\s+(?:kommentare?|comments?|antworten|reaktionen|commentaires?|comentarios?|commenti))?$`, 'iu');
const STAMP_DASH = new RegExp(String.raw`^${STAMP}\s+(?:[-–—|]|//)\s+`, 'iu');
const TWO_OR_THREE_NAMES = new RegExp(String.raw`^${NAME}(?:\s+${NAME}){1,2}$`, 'u');
/** A stamp, a dash (or bar) and a name: "25.10.2022 - Reiner Nagel", "21. Jan 2022 // Dominik Ricker" (the month's case aside, the name's capitals count). */
const stampDashName = (t: string): boolean => {
  const m = STAMP_DASH.exec(t);
  return m !== null && TWO_OR_THREE_NAMES.test(t.slice(m[0].length));
};
/** A publication's name in capitals, a dash and the stamp with its time: "FIT FOR FUN — 02.01.23 09:51", "DPA | 7. Dezember 2021, 10:15 Uhr". */
const NAME_DASH_STAMP = new RegExp(String.raw`^((?:[\p{L}\d.&'’-]+\s+){0,3}[\p{L}\d.&'’-]*\p{L}[\p{L}\d.&'’-]*)\s*[-–—|]\s*${DATE_TOKEN}\s*,?\s*(?:um\s+)?${TIME}$`, 'iu');
const capsNameDashStamp = (t: string): boolean => {
  const m = NAME_DASH_STAMP.exec(t);
  return m !== null && m[1] === m[1]!.toUpperCase();
};
/**
 * A labelled stamp with its author after it, no bar between: "Veröffentlicht am 19. Dezember 2022 von Redaktion",
 * the date maybe twice as a theme glues its published and updated dates ("19. Dezember 202219. Dezember 2022").
 */
const LABELLED_STAMP_BY = new RegExp(String.raw`^${DATE_LABEL}\s*${STAMP}(?:\s*${STAMP})?\s+(?:von|by)\s+[^|·•.!?,]{1,40}$`, 'iu');
/** A stamp and what follows it, read by stampThenWriter (case-insensitive: the month's name; what follows is read with case). */
const STAMP_THEN = new RegExp(String.raw`^${STAMP}(?:\s*(von|by)\s+|\s+)(\p{L}.{0,80})$`, 'iu');
/** A date and its time, then one or two words, the source or the place: "19.10.2019 11:36 telebasel", "07.12.2021, 10:15 Uhr Berlin". */
const STAMP_TIME_WORDS = new RegExp(String.raw`^${DATE_TOKEN}\s*,?\s*(?:um\s+)?${TIME}\s+\p{L}[\p{L}\d.'’-]*(?:\s+\p{L}[\p{L}\d.'’-]*)?$`, 'iu');
/** The writer after a stamp's "von", maybe the categories after: "Fatima in Gefühle, Popkultur", "Andrea Kategorien: Allgemein | …". */
const WRITER_THEN_CATEGORIES = /^\p{Lu}[\p{L}\d'’.-]*(?:\s+\p{Lu}[\p{L}\d'’.-]*){0,2}(?:\s+(?:in|im)\s+\p{Lu}.{0,60}|\s+(?:Kategorien?|Categor(?:y|ies)|Rubrik)\s*:.{0,80})?$/u;
/** A person's name of two words, the first a first name of the lists ("Paula Balov"). */
const TWO_WORD_NAME = /^(\p{Lu}\p{Ll}+)\s+\p{Lu}\p{Ll}[\p{L}'’-]*$/u;

/**
 * A stamp, then its writer: "6. Dezember 2022 von Fatima in Gefühle, Popkultur", "Dezember 26, 2019 von Andrea
 * Kategorien: Allgemein", or a person's name without a label ("28. Jan. 2022 Paula Balov"); not words of a sentence
 * ("19. Dezember 2022 von der Polizei festgenommen", "24.02.2022 Krieg in Europa").
 */
function stampThenWriter(t: string): boolean {
  const m = STAMP_THEN.exec(t);
  if (!m) return false;
  if (m[1]) return WRITER_THEN_CATEGORIES.test(m[2]!);
  const name = TWO_WORD_NAME.exec(m[2]!);
  return name !== null && isFirstName(name[1]!);
}

/**
 * A date's label alone on its line, the date on the next line or nowhere: "Last Modified:", "Aktualisiert am",
 * "Ultima modifica". The dates stage still reads it above the date line (evidence.ts, labelOf).
 * Bare "Datum", "Date", "Data" (Polish, Italian, Portuguese), "Fecha", "Stand" and "Aktualizacja" are words of a text
 * too: only with a colon.
 */
const DATE_LABEL_ALONE = new RegExp(
  String.raw`^(?:(?:zuletzt |erstmals )?(?:aktualisiert|geändert|bearbeitet|veröffentlicht|publiziert|erschienen|erstellt)(?: am| um)?|letzte (?:änderung|aktualisierung)|veröffentlichungsdatum|datum der (?:veröffentlichung|erstellung|letzten änderung)|(?:last |first )?(?:updated|modified|published|posted)(?: on| at)?|release date|publication date|publish(?:ed|ing)? date|post date|date (?:published|posted|modified|updated)|publié le|mis à jour le|date de publication|dernière mise à jour|publicado(?: el)?|actualizado(?: el)?|fecha de publicación|última actualización|pubblicato(?: il)?|aggiornato(?: il)?|ultima modifica|data di pubblicazione|opublikowano|data publikacji)\s*:?\s*$|^(?:datum|date|data|fecha|stand|aktualizacja)\s*:\s*$`,
  'iu',
);

/** A name and a relative stamp on one line: "Anna Muster | vor 3 Stunden", "Jacobo Betancur Peláez | Publicado hace 3 horas". */
const BEFORE_RELATIVE_STAMP = /^(\S.{1,58}?)\s+[|·•–—-]\s+(\S.{0,39})$/u;
/** The words before a relative stamp after a bar or dot ("Anna Muster" of "Anna Muster · 3 hours ago"), or null. */
export function beforeRelativeStamp(text: string): string | null {
  const m = BEFORE_RELATIVE_STAMP.exec(text);
  return m && RELATIVE_STAMP.test(m[2]!) ? m[1]! : null;
}

/** A byline's label alone ("Authors", "Article by", "Auteur :"): a label, no name. */
export const isBylineLabel = (text: string): boolean => BYLINE_LABEL_ALONE.test(text.trim());

/**
 * A date's label opens the text and no name follows ("Zuletzt geändert am: 15.10.2021", "Updated: Aug. 18, 2020",
 * "Data: 28-04-2021, 09:29"): what an author element holds beside the name is the date, not a name.
 */
export function opensWithDateLabel(text: string): boolean {
  const head = /^[^\d:]*:?/u.exec(text)![0].trim();
  return DATE_LABEL_ALONE.test(head) && !/\s(?:von|by|par|por)\s+\p{Lu}/u.test(text);
}

/**
 * Who checked the text: "Medically reviewed by Jane Doe, MD", "Fachlich geprüft von Dr. med. Hans Muster", "Dieser Text
 * entspricht den Vorgaben der ärztlichen Fachliteratur … und wurde von Medizinern geprüft."
 */
const REVIEW_NOTE: readonly RegExp[] = [
  /^(?:medically|medizinisch|fachlich|wissenschaftlich|ärztlich|redaktionell) (?:reviewed|fact[- ]checked|geprüft|überprüft|begutachtet)\b.{0,100}$/iu,
  /^(?:reviewed|fact[- ]checked) by\b.{0,100}$/iu,
  /^(?:dieser|der) (?:text|artikel|beitrag|inhalt)\b.{0,160}\b(?:wurde|ist) (?:von|durch) (?:unseren |unserer |einem |einer )?(?:medizinern|ärzt\p{L}*|fachärzt\p{L}*|expert\p{L}*|fachleuten|fachredaktion|medizinischen fachredaktion)\b.{0,40}\b(?:geprüft|überprüft|begutachtet|freigegeben)\b.{0,40}$/iu,
];
/** Words without which no review note matches: a cheap first test (the last pattern would otherwise scan every "Der …" line). */
const REVIEW_WORDS = ['reviewed', 'checked', 'prüft', 'begutachtet', 'freigegeben'];

/** An author box's bio starts with its verb, the name above it being the subject: "Schreibt seit 2008 für …". */
const AUTHOR_BIO = /^(?:(?:Schreibt|Arbeitet|Berichtet|Lebt|Moderiert|Leitet|Ist) seit (?:\d{4}|(?:\p{L}+ )?\p{L}+ Jahren) (?:für|als|bei|in|im|über)\b|(?:Geboren|Jahrgang) (?:\d{4}|(?:am )?\d{1,2}\. \p{L}+ \d{4})(?: in [\p{Lu}][\p{L} .-]{1,30})?, (?:ist|war|arbeitet|schreibt|lebt|studierte|berichtet|leitet)\b(?! (?:er|sie|es|der|die|das|man)\b))/u;

/**
 * A Chinese byline: the label of the editor, writer or reporter and the names, two to four characters each ("责任编辑：孔德明",
 * "【纠错】 责任编辑： 焦鹏", "（记者：王小明、李华）"); Chinese news pages credit the responsible editor under the text.
 */
const CJK_BYLINE = /^\s*[（(]?(?:[【\[][^】\]]{1,8}[】\]]\s*)?(?:责任编辑|責任編輯|责编|編輯|编辑|作者|记者|記者|撰文|撰稿)\s*[:：]\s*(\p{Script=Han}{2,4}(?:\s*[、，,]\s*\p{Script=Han}{2,4})*)\s*[)）]?\s*$/u;

/** The names of a Chinese byline (CJK_BYLINE), or null. */
export function cjkBylineNames(t: string): string[] | null {
  const m = t.length <= 60 ? CJK_BYLINE.exec(t) : null;
  return m ? m[1]!.split(/\s*[、，,]\s*/u) : null;
}

/** What strip/byline takes for a byline: a writer's or an agency's, or the credits of who reported and edited. */
/** A blog theme's byline with its verb ("Posted by T. V. Raman at 2:33 PM", "Veröffentlicht von Cem Basman"): no teaser's bare "von". */
export const isPostedBy = (t: string): boolean => t.length <= 100 && POSTED_BY.test(t);

/** The picture's credit a layout glued after the byline: "von Alexander Karper Foto: © GEPA". */
const CREDIT_AFTER_BYLINE = new RegExp(String.raw`\s+${PICTURE_CREDIT_LABEL}\s*:\s*[^:]{1,60}$`, 'iu');

export const isByline = (t: string): boolean =>
  (t.length <= 100 && (AGENCIES_ONLY.test(t) || BYLINE.test(t) || POSTED_BY.test(t) || cjkBylineNames(t) !== null || (t.includes(':') && CREDIT_AFTER_BYLINE.test(t) && BYLINE.test(t.replace(CREDIT_AFTER_BYLINE, ''))))) || (t.length <= 240 && hasWord(t, REPORTING_WORDS) && REPORTING_CREDIT.test(t.replace(/^(\(?)(\p{Lu})/u, (_, p: string, c: string) => p + c.toLowerCase())));

/** "… contributed to this report.", "… hat zu diesem Bericht beigetragen.": the whole line, nothing after it. */
const CONTRIBUTORS = /^[^.!?]{2,250}?\b(?:contributed (?:reporting )?to (?:this|the) (?:report|story|article)|(?:hat|haben) (?:zu )?(?:diesem|dem) (?:bericht|artikel|beitrag) beigetragen)\.?$/iu;

export const metaLineRules: LineRule[] = [
  {
    kind: 'line',
    id: 'strip/date-stamp',
    action: 'meta',
    description: 'A line that is only a publication/update date or time stamp, maybe with the post\'s tags, category, author or comment count beside it: metadata, not body.',
    examples: {
      matches: ['Erscheinungsdatum: 07.02.2022', 'postado em 04/05/2022 05:49 / atualizado em 04/05/2022 05:50', '27.04.2020 - 18:50 Uhr 3 Kommentare', '11.01.2022, 09:50 Uhr / Aktualisiert am 21.01.2022, 11:39 Uhr', 'posted on April 21, 2015, at 11:29 a.m.', 'Veröffentlicht am 19. Dezember 202219. Dezember 2022 von Redaktion', 'Published on March 3, 2021 by Jane Doe', 'Veröffentlicht am 14 Feb ’20', '19. Oktober 2019, 19:08 Uhr Editiert am 19. Oktober 2019, 19:08 Uhr', '12. März 2021, 10:15 Uhr DIE ZEIT Nr. 11/2021', 'Sonntag, 02.11.2014 | Tags: Weihnachtsmarkt |', '12.03.2021 · von Anna Muster · 3 Kommentare', 'Kategorie: Politik | 02.11.2014', 'date 2021-12 Anzeige', '07.12.2021, 10:15 Uhr', 'Stand: 30.12.2021 21:40 Uhr', 'Veröffentlicht am 7. Dezember 2021', 'Dienstag, 07.12.2021', 'Updated: Dec 7, 2021', 'Aktualisiert am 17.01.2021.', 'Veröffentlicht am 19.02.2020 | Aktualisiert am 20.02.2020, 12:02 Uhr', 'Pubblicato il 19/02/2020', 'Ultimo aggiornamento: 30 Settembre 2020', 'Pubblicato il 19 Febbraio 2020 Ultima modifica 19 Febbraio 2020 12:02', 'Publié le 19 février 2020 à 12h02', 'Publicado el 19 de febrero de 2020', 'Miércoles, 4 de Mayo de 2022 a las 07:46hrs.', 'miércoles, 4 de mayo de 202207:59 hs', 'mayo 11, 2022', '19 lutego 2020, 12:02', 'Updated at 1:23 p.m.', 'Updated 11:21 pm CST, Tuesday, November 19, 2019', 'Created: 12 May 2020', 'Written: 2023-11-07 15:03:30 / Updated: 2023-11-07 15:30:46', '17 April 2012 • 2:54pm', 'Created on March 3, 2021', '10.12.2022 18:27 von', '25.10.2022 - Reiner Nagel', '24. März 2004, 19:49 | Genesis', '27 octobre 2012 à 18:27 (Mis à jour: 19:56)', 'on June 26, 2014 at 9:00a', '5. November 2021 admin News 0', '10. Oktober 2021 0', '7. Dezember 2021, 10:15 Uhr (aktualisiert: 7. Dezember 2021, 12:30 Uhr)', 'News date : 04/21/2022 Category : Press Releases', 'Release Date: 12.03.2021', 'Publication date: March 3, 2021', 'Date published: 2021-03-03', '12.03.2021 Kategorie: Politik Schlagworte: Wahl, Berlin', '6. Dezember 2022 von Fatima in Gefühle, Popkultur', 'Dezember 26, 2019 von Andrea Kategorien: Allgemein | Hinterlasse einen Kommentar', '28. Jan. 2022 Paula Balov', 'October 12, 2018/0 Comments/in Jeongdong Promotion /by jdadmin', 'Updated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM', 'Monday, November 18, 2019, 04:05 pm PT (07:05 pm ET)', 'November 20, 2019 - 11:28 AMT', 'AnnaMuster2019-01-07T17:27:31+02:00Juni 19th, 2018|Politik|36 Kommentare', 'PUBLISHED: November 8, 2023 at 11:30 p.m. | UPDATED: November 9, 2023 at 12:21 a.m.', 'Posted: Thursday, April 21, 2022. 10:11 pm CST.', 'Published:Tuesday | April 26, 2022 | 9:52 PM', 'Erstellt am: 30.01.2022 18:36 / sk', '21. Jan 2022 // Dominik Ricker', 'FIT FOR FUN — 02.01.23 09:51', '19.10.2019 11:36 telebasel', '2.03.2018von Dennis Ziesecke'],
      keeps: ['Am 7. Dezember 2021 sprachen Putin und Biden.', 'April 21, 2022. 10:11 pm was the time of the crash, the report says.', 'Die Frist endet am 21.04.2022. 10.000 Anträge liegen vor.', 'Am 19. Dezember 2022 von der Polizei festgenommen', '2021', 'Updated at 1:23 p.m., the police said the road was open again.', '02.11.2014 | Der Weihnachtsmarkt öffnet, und die Stadt feiert mit.', '24.02.2022 – der Tag, an dem der Krieg begann', 'Am 12. März 2021 gewann Bayern 3:1', 'Release date: the film opens on 12 March 2021 in Berlin.', '12.03.2021 Die Kategorie: Politik ist neu', '19. Dezember 2022 von der Polizei festgenommen', '24.02.2022 Krieg in Europa', '12. März 2021 Bayern München', 'The log showed 2019-01-07T17:27:31+02:00 as the time of the crash.'],
    },
    // A byline with its date ("von Anna Muster · 18. Oktober 2019") is left to strip/byline, which reads the name.
    // Every stamp holds a digit (a date's or a time's): most lines without one are ruled out at once.
    test: (t) =>
      t.length <= 200 &&
      HAS_DIGIT.test(t) &&
      ((t.length <= 120 && DATE_LINE.test(t)) ||
      (t.length <= 160 && SEGMENT_MARK.test(t) && STAMP_WITH_META.test(t) && !BYLINE.test(t)) ||
      (t.length <= 160 && META_LABEL_INSIDE.test(t) && STAMP_LABELLED_META.test(t)) ||
      (t.length <= 120 && LABELLED_STAMP_BY.test(t)) ||
      (t.length <= 80 && stampDashName(t)) ||
      (t.length <= 80 && capsNameDashStamp(t)) ||
      (t.length <= 80 && STAMP_TIME_WORDS.test(t)) ||
      (t.length <= 120 && stampThenWriter(t)) ||
      (t.length <= 80 && STAMP_COUNT.test(t)) ||
      (t.length <= 160 && t.includes('/') && STAMP_SLASH_META.test(t)) ||
      (t.length <= 100 && YEARLESS_STAMP_LINE.test(t)) ||
      GLUED_MACHINE_STAMP.test(t) ||
      (t.includes('/') && AFTER_PRINT_ISSUE.test(t) && DATE_LINE.test(t.replace(AFTER_PRINT_ISSUE, '')))),
  },
  {
    kind: 'line',
    id: 'strip/relative-stamp',
    action: 'meta',
    description: 'A stamp in relative time, as tickers, teaser lists and comments show it ("vor 19 Stunden", "3 hours ago", "gestern, 18:30 Uhr"): metadata, not body; in a link list it counts as one of its lines. Not years ("Vor 50 Jahren" heads a history column).',
    examples: {
      matches: ['vor 19 Stunden', 'vor 2 Tagen', 'Aktualisiert vor 5 Minuten', '3 hours ago', '1 hr 4 mins ago', 'gestern, 18:30 Uhr', 'il y a 2 heures', 'hace 3 horas', '2 days ago at 07:47 am', 'vor 2 Tagen um 07:47 Uhr', 'Yesterday at 3:20 PM'],
      keeps: ['Vor 19 Stunden begann der Streik.', 'Vor 50 Jahren', 'Gestern', 'Heute', 'Yesterday at the station'],
    },
    test: (t) => t.length <= 40 && RELATIVE_STAMP.test(t),
  },
  {
    kind: 'line',
    id: 'strip/date-label',
    action: 'remove',
    description: 'A date\'s label alone on its line, without the date ("Last Modified:", "Aktualisiert am", "Veröffentlicht:", "Ultima modifica").',
    examples: {
      matches: ['Last Modified:', 'Aktualisiert am', 'Veröffentlicht:', 'Release Date:', 'Ultima modifica', 'Publié le', 'Stand:', 'Data:', 'Fecha:'],
      keeps: ['Aktualisiert wird die Liste jeden Montag.', 'Stand', 'Veröffentlicht wurde der Bericht am Montag.', 'Data'],
    },
    test: (t) => t.length <= 40 && DATE_LABEL_ALONE.test(t),
  },
  {
    kind: 'line',
    id: 'strip/byline-label',
    action: 'byline',
    description: 'A byline\'s label alone on its line, the name left on another line or lost ("Story by", "Geschrieben von:", "Autorin:").',
    examples: {
      matches: ['Story By', 'Written by:', 'Geschrieben von:', 'Ein Beitrag von', 'Kommentar von', 'Eine Kolumne von', 'Autorin:', 'Texte :', 'Autor*in'],
      keeps: ['Geschrieben von Hand, nicht am Computer.', 'Text', 'Story of the year', 'Von', 'Kommentare von Lesern', 'Analyse'],
    },
    test: (t) => t.length <= 30 && BYLINE_LABEL_ALONE.test(t),
  },
  {
    kind: 'line',
    id: 'strip/author-bio',
    action: 'remove',
    description: 'The bio of the author in an author box, its name on the line above: a sentence with no subject ("Schreibt seit 2008 für die taz.", "Arbeitet seit 2015 als freie Journalistin in Berlin.", "Geboren 1983, ist seit 2015 Redakteur bei …").',
    examples: {
      matches: ['Schreibt seit 2008 für die taz. Beschäftigt sich mit der Frage, ob Kapitalismus auch öko kann.', 'Arbeitet seit 2015 als freie Journalistin in Berlin.', 'Berichtet seit vielen Jahren über die Bundespolitik.', 'Geboren 1983, ist seit 2015 Redakteur bei KATAPULT und vor allem als Layouter tätig.', 'Jahrgang 1975 in Leipzig, studierte Geschichte und Politik.'],
      keeps: ['Schreibt er seit 2008 für die taz? Niemand weiß es.', 'Seit 2008 schreibt sie für die taz.', 'Geboren 1983 in Leipzig, wuchs der Musiker in einer Arbeiterfamilie auf.', 'Geboren 1983 in Leipzig, studierte sie Jura in Berlin.'],
    },
    test: (t) => t.length <= 500 && AUTHOR_BIO.test(t),
  },
  {
    kind: 'line',
    id: 'strip/review-note',
    action: 'remove',
    description: 'Who reviewed or fact-checked the text, as health and advice sites print it ("Medically reviewed by …", "Fachlich geprüft von …", "… wurde von Medizinern geprüft.").',
    examples: {
      matches: [
        'Medically reviewed by Jane Doe, MD',
        'Fachlich geprüft von Dr. med. Hans Muster',
        'Dieser Text entspricht den Vorgaben der ärztlichen Fachliteratur, medizinischen Leitlinien sowie aktuellen Studien und wurde von Medizinern geprüft.',
      ],
      keeps: ['Geprüft von der Stiftung Warentest wurden 20 Kindersitze.', 'Der Antrag wurde von Experten geprüft und anschließend abgelehnt, weil die Kosten zu hoch waren und die Stadt kein Geld hat.'],
    },
    test: (t) => t.length <= 300 && hasWord(t, REVIEW_WORDS) && REVIEW_NOTE.some((re) => re.test(t)),
  },
  {
    kind: 'line',
    id: 'strip/reading-time',
    action: 'remove',
    description: 'A reading-time or length indicator ("3 Min. Lesezeit", "5 min read").',
    examples: { matches: ['3 Min. Lesezeit', 'Lesezeit: 4 Minuten', '5 min read', 'Lesedauer: ca. 3 Min.', 'Estimated reading time: 6 minutes', 'Geschätzte Lesezeit: 4 Minuten', 'Temps de lecture : 3 min', 'Tiempo de lectura: 5 minutos'], keeps: ['Nach 3 Minuten war alles vorbei.', 'The estimated reading time of 6 minutes was too long for most users.'] },
    test: (t) =>
      /^(?:(?:ca\.\s*)?\d+\s*(?:min\.?|minuten|minutes?|minutos?)\s*(?:lesezeit|lesedauer|read|reading time|de lecture|de lectura)|(?:(?:estimated|approx(?:imate|\.)?|geschätzte|ungefähre)\s+)?(?:lesezeit|lesedauer|reading time|read time|temps de lecture|tiempo de lectura|tempo di lettura)\s*:?\s*(?:ca\.\s*|about\s+|approx\.?\s+|environ\s+)?\d+\s*(?:min\.?|minuten|minutes?|minutos?|minuti))$/iu.test(t),
  },
  {
    kind: 'line',
    id: 'strip/source-line',
    action: 'meta',
    description: 'A source line at the end of an article ("Quelle: ntv.de, fzö/dpa", "Mit Material von dpa"): metadata.',
    examples: { matches: ['Quelle: ntv.de, fzö/dpa', 'Mit Material von dpa und AFP', 'Source: Reuters', 'Quelle: tagesschau.de'], keeps: ['Quelle der Unruhe ist die Lage in der Ostukraine, sagte er.', 'Quelle: Die Lage ist ernst. Das sagte der Minister am Montag in Berlin.'] },
    test: (t) => t.length <= 120 && (/^(?:quellen?|source|sources)\s*:\s*(?:[^.!?\s]|\.(?=\S)|\s(?!\s)){2,100}\.?$/iu.test(t) || /^(?:mit material (?:von|der)|with (?:reporting|material) (?:by|from))\s+[^.!?]{2,80}\.?$/iu.test(t)),
  },
  {
    kind: 'line',
    id: 'strip/serial-number',
    action: 'meta',
    description: 'A periodical\'s serial number alone on a line, as magazines, journals and church or society papers print it under every article ("ISSN 2222-2464", "ISSN 1234-5678 (Print), 2345-6789 (Online)"): metadata, not body.',
    examples: {
      matches: ['ISSN 2222-2464', 'ISSN: 0341-8669', 'e-ISSN 1868-7377', 'ISSN 1234-5678 (Print) | ISSN 2345-679X (Online)', 'Online-ISSN: 2199-3661'],
      keeps: ['Die Zeitschrift erscheint seit 1950 unter der ISSN 0341-8669 im Verlag Beispiel.', 'ISSN-Nummern vergibt in Deutschland die Nationalbibliothek.'],
    },
    test: (t) => t.length <= 120 && (t.includes('ISSN') || t.includes('issn')) && SERIAL_NUMBERS.test(t),
  },
  {
    kind: 'line',
    id: 'strip/print-issue',
    action: 'meta',
    description: 'The print issue a magazine\'s or weekly\'s article appeared in, alone on a line ("DIE ZEIT Nr. 43/2019", "DER SPIEGEL 12/2020", "Ausgabe 1/2023"): metadata, not body. A date stamp with the issue after it is strip/date-stamp\'s.',
    examples: {
      matches: ['DIE ZEIT Nr. 28/2013', 'DER SPIEGEL 12/2020', 'Ausgabe 1/2023', 'aus Heft 3/2021', 'c’t Nr. 5/2023', 'GEO 3/2021'],
      keeps: ['Verordnung (EG) Nr. 1/2003', 'Pressemitteilung Nr. 12/2021', 'Beschluss Nr. 3/2020', 'Saison 2019/2020', 'Die Ausgabe 1/2023 ist vergriffen, sagte der Verlag am Montag.', 'Er gewann 12/2020 den Titel'],
    },
    test: (t) => t.length <= 80 && t.includes('/') && (PRINT_ISSUE_LABELLED.test(t) || PRINT_ISSUE_CAPS.test(t)),
  },
  {
    kind: 'line',
    id: 'strip/attribution-line',
    action: 'meta',
    description: 'Where a post has its story from, as blogs credit it under the text ("Via Engadget", "Source Adam Kramer (Facebook) The Guardian", "h/t Anna Muster"): metadata, not body. Not a sentence ("Source code is on GitHub.").',
    examples: {
      matches: ['Via Engadget', 'Via: The Verge', 'Source Adam Kramer (Facebook) The Guardian', 'SourceStar Wars official site', 'Sources Reuters, Bloomberg', 'h/t Anna Muster'],
      keeps: ['Source code is available on GitHub.', 'Via Appia Antica ist die älteste Straße Roms', 'Via Appia Antica ist die älteste Straße Roms.', 'Sources say the deal is off.', 'Via the old road the village is an hour away'],
    },
    test: (t) => t.length <= 100 && ATTRIBUTION.test(t),
  },
  {
    kind: 'line',
    id: 'strip/byline',
    action: 'byline',
    description: 'An author or agency byline ("Keystone-SDA", "Agencia EFE", "Von Anna Muster", "By John Smith", a blog theme\'s "Veröffentlicht von Cem Basman"), or the credits of who reported and edited ("(Reporting by …; Editing by …)", "Mitarbeit: …").',
    examples: { matches: ['Keystone-SDA', 'dpa', '(Reuters)', 'AFP/dpa', 'fzö/dpa', 'dpa/lni', 'aja/PAP', 'Von Anna Muster', 'By John Smith', 'Von Benjamin Fischer und Marcus Theurer', 'von David · 18. Oktober 2019', 'Agencia EFE', 'Artikel von: Jessie', 'Eine Kolumne von Nils Pickert', 'Par Florence Audier, le 15 septembre 2009', 'Por Alberto Ávila 27 de agosto 2019', 'Por Laura Jordán / Javier Urbina', '(Reporting by Will Dunham; Editing by Tom Brown)', 'Additional reporting by Anna Muster in Berlin', 'Mitarbeit: Anna Muster', 'By JORDAN ROBERTSON and RACHEL METZ - AP Technology Writers | AP – 1 hr 4 mins ago', 'By Griffin McElroy @griffinmcelroy', 'Text: Anna Muster', 'Autoren Jelko Djuren und Jutta Klaukien', 'Veröffentlicht von Cem Basman', 'Gepostet von Katharina Volkwein | Wohnen', 'Eingestellt von Weinlachgummi um 10:52', 'Geschrieben von Cooper am 25.08.2015 22:30 (1599 x gelesen)', 'erstellt von Dominique — veröffentlicht 28.01.2022 06:00', 'Post author By Helge Fahrnberger', 'Auteur : Marie Dupont', 'Autora: Ana Gómez', 'Publicado por Ana Gómez', 'Publié par Jean Dupont à 08:00', 'Posted by T. V. Raman at 2:33 PM', 'ByJane Doe', 'ByJ.R. Stone', 'By Maria de la Cruz', 'Von Ursula von der Leyen', 'Von Anna Muster am 16.11.2022', 'By Jane Doe on Monday, November 18th, 2019 at 11:08 a.m.', 'Posted by Anna Muster and Kiran C Nair - Chrome Security team', 'Text von Christian Seiler Illustration von Markus Roost', 'Text und Fotos von Anna Muster', 'Text & Fotos: Ivan Valetny', 'Text und Bild: Anna Muster', 'Words by Jane Doe', 'By Michael J Fox', 'Geschrieben von Tom Beispiel am 3. Mai 2021'], keeps: ['Byron Smith', 'Von Berlin am 3. Oktober nach Hamburg', 'Von Rom zu Hause', 'Publicado por error en la web del ministerio', 'Auteur de plusieurs romans, il vit à Lyon.', 'ByteDance kauft Musical.ly', 'Text Size', 'Interview Highlights', 'Von Hamburg – der Stadt, in der alles begann, über Bremen bis nach Hannover und weiter nach Süden', 'Von Moskau aus gesehen ist die Lage klar.', 'Por último, se ofreció que la ANP tome en cuenta a los trabajadores.', 'Par la suite, la morale macronienne n’aura été qu’une suite de renoncements.', 'Reuters berichtete am Dienstag über das Treffen.', 'Reporting by the BBC showed that the plan had failed.', 'Redaktion und Verlag haben sich getrennt.', 'Geschrieben von Hand, nicht am Computer.', 'Veröffentlicht von der Stadt Wien', 'Autoren Deutschlands fordern mehr Geld', 'Von Berlin am Abend nach Hamburg', 'By A Smith', 'Text von Goethe ist heute noch schön', 'Words by the river', 'Von Plan A bis Plan B'] },
    test: (t) => isByline(t),
  },
  {
    kind: 'line',
    id: 'strip/contributors',
    action: 'meta',
    description: 'A note on who else contributed to the report ("Associated Press writers Alan Fram and Zeke Miller contributed to this report.", "Anna Muster hat zu diesem Bericht beigetragen."): metadata under the text, not body, and not the byline.',
    examples: {
      matches: ['Associated Press writers Alan Fram, Zeke Miller, Laurie Kellman and Jill Colvin contributed to this report.', 'Reuters contributed to this story.', 'Anna Muster hat zu diesem Bericht beigetragen.'],
      keeps: ['Many volunteers contributed to the success of the festival, the mayor said on Sunday.', 'The rain contributed to this report of delays, officials said, and to many more.'],
    },
    test: (t) => t.length <= 300 && hasWord(t, ['contributed', 'beigetragen']) && CONTRIBUTORS.test(t),
  },
];
