/** Month names and date shapes shared by the strip rules (date stamps) and the dates stage. */
export const MONTHS_DE = ['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'] as const;
export const MONTHS_EN = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'] as const;

/** Month-name alternation (German and English, full and abbreviated: "Dez.", "Sept", "Jän."). */
export const MONTH_NAME = String.raw`(?:jan(?:uar|uary)?|jän(?:ner)?|feb(?:ruar|ruary)?|mär(?:z)?|mar(?:ch)?|apr(?:il)?|mai|may|jun(?:i|e)?|jul(?:i|y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|okt(?:ober)?|oct(?:ober)?|nov(?:ember)?|dez(?:ember)?|dec(?:ember)?)\.?`;

/**
 * Month names of more languages of the web, as a date writes them: Dutch, Swedish, Danish and
 * Norwegian, Czech, Russian and Ukrainian (in the genitive: "15 августа 2016"), Turkish. Read only
 * inside a date, beside a day or a year, as the abbreviations are: alone, "Nisan", "Mart" or
 * "Mei" is as likely a name.
 */
const MONTHS_MORE: Readonly<Record<string, number>> = {
  januari: 1, februari: 2, maart: 3, marts: 3, mei: 5, maj: 5, augustus: 8, augusti: 8, desember: 12,
  ledna: 1, února: 2, března: 3, dubna: 4, května: 5, června: 6, července: 7, srpna: 8, září: 9, října: 10, listopadu: 11, prosince: 12,
  января: 1, февраля: 2, марта: 3, апреля: 4, мая: 5, июня: 6, июля: 7, августа: 8, сентября: 9, октября: 10, ноября: 11, декабря: 12,
  січня: 1, лютого: 2, березня: 3, квітня: 4, травня: 5, червня: 6, липня: 7, серпня: 8, вересня: 9, жовтня: 10, листопада: 11, грудня: 12,
  ocak: 1, şubat: 2, mart: 3, nisan: 4, mayıs: 5, haziran: 6, temmuz: 7, ağustos: 8, eylül: 9, ekim: 10, kasım: 11, aralık: 12,
};

/**
 * Full month names of the other languages of the pages (French, Spanish, Italian, Portuguese, and
 * Polish in the genitive a date takes: "19 lutego 2020"), with French abbreviations, and MONTHS_MORE.
 * Only read inside a whole date (day, month, year), where "mars" or "maja" cannot be a planet or a name.
 */
const MONTH_NAME_OTHER = String.raw`(?:janv(?:ier)?|f[ée]vr(?:ier)?|mars|avr(?:il)?|juin|juil(?:let)?|ao[uû]t|septembre|octobre|novembre|d[ée]c(?:embre)?|enero|febrero|marzo|abril|mayo|junio|julio|agosto|se(?:p)?tiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia|${Object.keys(MONTHS_MORE).join('|')})\.?`;

/**
 * A whole date in any common shape: ISO, dotted German, day-month-name (with the Romance "de": "19 de
 * febrero de 2020"), month-name-day, year-month.
 */
export const DATE_TOKEN = String.raw`(?:\d{4}-\d{2}(?:-\d{2})?(?:T[\d:.+Z-]+)?|\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})|\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}\.?\s+${MONTH_NAME}\s+(?:\d{4}|['’]\d{2}(?!\d))|(?:1er|\d{1,2})\.?\s+(?:de\s+)?${MONTH_NAME_OTHER}\s+(?:de\s+|del\s+)?\d{4}|(?:${MONTH_NAME}|${MONTH_NAME_OTHER})\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})`;

/**
 * Month words to month numbers: German (with Austrian "Jänner"), English, French and Spanish, full
 * and abbreviated; Italian, Portuguese and Polish full names only; and MONTHS_MORE. Abbreviations
 * that are also common words or names ("Jan", "Mar") are only read where the grammar expects a month
 * (next to a day or a year, see MONTH_WORDS_IN_DATES).
 */
export const MONTH_NUMBERS: Readonly<Record<string, number>> = {
  januar: 1, jänner: 1, jaenner: 1, jan: 1, jän: 1, january: 1, janvier: 1, janv: 1, enero: 1, ene: 1,
  februar: 2, feber: 2, feb: 2, febr: 2, february: 2, février: 2, fevrier: 2, févr: 2, fév: 2, febrero: 2,
  märz: 3, maerz: 3, mär: 3, mrz: 3, march: 3, mar: 3, mars: 3, marzo: 3,
  april: 4, apr: 4, avril: 4, avr: 4, abril: 4, abr: 4,
  mai: 5, may: 5, mayo: 5,
  juni: 6, jun: 6, june: 6, juin: 6, junio: 6,
  juli: 7, jul: 7, july: 7, juillet: 7, juil: 7, julio: 7,
  august: 8, aug: 8, août: 8, aout: 8, agosto: 8, ago: 8,
  september: 9, sept: 9, sep: 9, septembre: 9, septiembre: 9, setiembre: 9,
  oktober: 10, okt: 10, october: 10, oct: 10, octobre: 10, octubre: 10,
  november: 11, nov: 11, novembre: 11, noviembre: 11,
  dezember: 12, dez: 12, december: 12, dec: 12, décembre: 12, decembre: 12, déc: 12, diciembre: 12, dic: 12,
  // Italian, Portuguese, and Polish in the genitive a date takes ("19 lutego 2020"): full names only.
  gennaio: 1, janeiro: 1, stycznia: 1, febbraio: 2, fevereiro: 2, lutego: 2, março: 3, marca: 3,
  aprile: 4, kwietnia: 4, maggio: 5, maio: 5, maja: 5, giugno: 6, junho: 6, czerwca: 6,
  luglio: 7, julho: 7, lipca: 7, sierpnia: 8, settembre: 9, setembro: 9, września: 9,
  ottobre: 10, outubro: 10, października: 10, novembro: 11, listopada: 11, dicembre: 12, dezembro: 12, grudnia: 12,
  ...MONTHS_MORE,
};

/**
 * Month words read only with a day or year beside them, which may carry a dot ("Dez."): the
 * abbreviations, and the months of MONTHS_MORE.
 */
export const MONTH_WORDS_IN_DATES: ReadonlySet<string> = new Set([
  'jan', 'jän', 'janv', 'ene', 'feb', 'febr', 'fév', 'févr', 'mär', 'mrz', 'mar', 'apr', 'avr', 'abr',
  'jun', 'jul', 'juil', 'aug', 'ago', 'sep', 'sept', 'okt', 'oct', 'nov', 'dez', 'dec', 'déc', 'dic',
  ...Object.keys(MONTHS_MORE),
]);

/** Full month names only: safe to read after a bare cue ("im Mai", "Ende Januar", "en mars"). */
export const MONTH_FULL_NAMES: readonly string[] = Object.keys(MONTH_NUMBERS).filter((k) => !MONTH_WORDS_IN_DATES.has(k));

/** Weekday words to ISO weekday numbers (1 Monday … 7 Sunday), by language. */
export const WEEKDAYS_DE: Readonly<Record<string, number>> = { montag: 1, dienstag: 2, mittwoch: 3, donnerstag: 4, freitag: 5, samstag: 6, sonnabend: 6, sonntag: 7 };
export const WEEKDAYS_EN: Readonly<Record<string, number>> = { monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7 };
export const WEEKDAYS_FR_ES: Readonly<Record<string, number>> = {
  lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6, dimanche: 7,
  lunes: 1, martes: 2, miércoles: 3, miercoles: 3, jueves: 4, viernes: 5, sábado: 6, sabado: 6, domingo: 7,
};
export const WEEKDAY_NUMBERS: Readonly<Record<string, number>> = { ...WEEKDAYS_DE, ...WEEKDAYS_EN, ...WEEKDAYS_FR_ES };

/** The month number of a month word ("Dez.", "Jänner", "décembre"), or undefined. */
export const monthNumber = (word: string): number | undefined => MONTH_NUMBERS[word.toLowerCase().replace(/\.$/, '')];
