import { createRequire } from 'node:module';

/** The languages gender-detection-from-name lists first names for, each in a file of its own. */
const LISTED = new Set(['de', 'en', 'fr', 'es', 'it', 'tr']);
const lists = new Map<string, ReadonlyMap<string, string>>();
const require = createRequire(import.meta.url);

const listOf = (lang: string): ReadonlyMap<string, string> => {
  let list = lists.get(lang);
  if (!list) lists.set(lang, (list = require(`gender-detection-from-name/names/${lang}.js`) as ReadonlyMap<string, string>));
  return list;
};

/**
 * Given names common in Germany that gender-detection-from-name's German list lacks: northern and Frisian ones
 * ("Swantje", "Sönke", "Tjark"), Bavarian ones ("Korbinian", "Quirin"), short forms ("Achim", "Tine", "Kathi"),
 * popular ones of the last decades ("Ronja", "Jakob") and Turkish ones ("Deniz", "Elif").
 * Names only: none is also a word a line may open with ("Tore", "Traute") or a brand ("Nike").
 */
const GERMAN_SUPPLEMENT: ReadonlySet<string> = new Set(
  (
    'swantje insa fenja wencke wenke rieke inken telse smilla tine birthe levke gesche tomke okka jantje jella mette tjorven ' +
    'femke geske almut rotraut brunhilde gunhild dörthe liselotte marieke rike kathi moni lotta ylvi senta ' +
    'sönke lasse thore okke tjark hinnerk fiete haiko meik broder onno tammo ubbo eiko tjard tjalf piet jannes kjell bjarne ' +
    'tilman achim seppi vroni korbinian quirin ' +
    // Among the most given in Germany since the 1990s: "Ronja", "Finja", "Jakob", "Mattis".
    'luisa lia amelie ronja mathilda finja jule jette merle zoe isabell alina milla malia ' +
    'jakob levi mattis lio lennard jona aaron joris joscha jascha ' +
    // Turkish ones common in Germany, for a German page (the Turkish list answers on a Turkish one); not "Can", also a word.
    'elif emre deniz zeynep leyla aylin ecem'
  ).split(' '),
);

/**
 * Whether a word is a person's first name ("Dennis", "Paula", "Alejandro"; not "Pressemitteilung", "Handball",
 * "Radtouren"), from gender-detection-from-name's lists of first names: the German and the English one (which holds
 * names from many countries), and the page's language's where it has one (French, Spanish, Italian, Turkish). Each
 * list is loaded on its first question: the English one alone is 0.8 MB of table, and most pages never ask.
 */
export function isFirstName(word: string, lang?: string): boolean {
  const w = word.toLowerCase();
  if (listOf('de').has(w) || GERMAN_SUPPLEMENT.has(w) || listOf('en').has(w)) return true;
  if (lang !== undefined && lang !== 'de' && lang !== 'en' && LISTED.has(lang) && inLanguageList(lang, w)) return true;
  return doubleName(w, (part) => isFirstName(part, lang));
}

/** A double first name, each part one: "Anna-Lena", "Hans-Peter", "Benjamin-Immanuel". */
function doubleName(w: string, isName: (part: string) => boolean): boolean {
  const dash = w.indexOf('-');
  if (dash <= 0 || dash !== w.lastIndexOf('-') || dash === w.length - 1) return false;
  return isName(w.slice(0, dash)) && isName(w.slice(dash + 1));
}

/**
 * The page language's list has the name as written or without its accents: the Spanish list holds "maria", "victor",
 * "andres" for "María", "Víctor", "Andrés". Only that list: an accent is its language's spelling.
 */
function inLanguageList(lang: string, w: string): boolean {
  const list = listOf(lang);
  if (list.has(w)) return true;
  if (!/[\u00c0-\u024f]/u.test(w)) return false;
  const bare = w.normalize('NFD').replace(/\p{M}+/gu, '');
  return bare !== w && list.has(bare);
}

/** Lists that hold names only, where the English and French ones also hold words ("General", "Link", "Love", "Royal"). */
const CURATED = new Set(['de', 'es', 'it', 'tr']);

/**
 * A first name by the curated lists alone: the German one and the page language's where it is Spanish, Italian or
 * Turkish. For a name with no other evidence beside it (a line that is a name alone), where "General Information",
 * "Link Copied" or "Royal Black" would pass the English list.
 */
export function isCuratedFirstName(word: string, lang?: string): boolean {
  const w = word.toLowerCase();
  if (listOf('de').has(w) || GERMAN_SUPPLEMENT.has(w) || (lang !== undefined && lang !== 'de' && CURATED.has(lang) && inLanguageList(lang, w))) return true;
  return doubleName(w, (part) => isCuratedFirstName(part, lang));
}
