/**
 * Language-light features of one block of text, shared by the strip rules: how long it is, how
 * much it reads like running prose (stopword density, sentence punctuation), its script.
 */

// The most frequent function words of the languages sauber meets most (German first). A block
// of running prose in any of them has many; menus, teaser titles and counters have few.
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'der die das den dem des ein eine einer eines einem einen und oder aber nicht auch als auf aus bei bis durch für gegen im in ist mit nach noch nur so über um unter vom von vor war wie wird wurde zu zum zur sich sie er es wir ihr ich du man dass daß ob wenn weil hat haben hatte sind sein seine ihre ihren ihrem kann können soll sollen muss müssen werden wurden diese dieser dieses doch schon sehr mehr dann denn da hier dort was wer wo am an ab ja nein kein keine einen dies immer wieder etwa gibt sei seien habe '
    + 'the a an and or but not of to in on at by for from with as is are was were be been has have had it its this that these those which who whom what when where there their they he she we you i his her our your will would can could should may might do does did than then so if into about over after before also more most such only other no '
    + 'le la les un une des du de et ou mais pas est sont dans sur pour par avec que qui ce cette ces il elle ils nous vous au aux en se sa son ses leur plus '
    + 'el los las una unos y o pero no es son en con por para que del al lo su sus como más este esta '
    + 'il lo gli della delle di che è per con non una sono '
    + 'w z i na do nie się jest że to o od po jak ale'
  ).split(/\s+/),
);

export interface TextProfile {
  chars: number;
  words: number;
  stopwordDensity: number;
  /** Ends like a sentence: . ! ? … or a closing quote/bracket after one. */
  sentenceEnd: boolean;
  /** Number of sentence-internal punctuation marks (, ; :). */
  commas: number;
  /** Running prose: long enough, many function words, punctuated like sentences. */
  prose: boolean;
  script: string;
}

const SCRIPTS: Array<[string, RegExp]> = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  // Japanese writes one text in Han, Hiragana and Katakana (Chinese in Han alone): one family.
  ['CJK', /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['Hangul', /\p{Script=Hangul}/u],
  ['Thai', /\p{Script=Thai}/u],
  ['Devanagari', /\p{Script=Devanagari}/u],
];

const LETTER = /\p{L}/u;

/** Letters per script in a text. ASCII and Latin-1/Extended letters skip the regexes (most pages). */
export function scriptCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
      continue;
    }
    if (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) {
      latin++;
      continue;
    }
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    if (cp > 0xffff) i++;
    if (!LETTER.test(ch)) continue;
    const s = SCRIPTS.find(([, re]) => re.test(ch))?.[0] ?? 'Other';
    counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  if (latin) counts.set('Latin', (counts.get('Latin') ?? 0) + latin);
  return counts;
}

export const dominantScript = (counts: Map<string, number>): string => {
  let best = 'Latin';
  let n = -1;
  for (const [s, c] of counts) if (c > n) [best, n] = [s, c];
  return best;
};

const SENTENCE_END = /[.!?…。！？]['"”“»«」』)\]]*$|[.!?…]\s*\(\w[^)]{0,40}\)$/u;
export const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

const UNSPACED = new Set(['CJK', 'Thai']);

/** `counts`: the text's letters per script, when the caller has them already. */
export function profile(text: string, counts: Map<string, number> = scriptCounts(text)): TextProfile {
  const words = text.match(WORD) ?? [];
  let stop = 0;
  for (const w of words) if (STOPWORDS.has(w.toLowerCase())) stop++;
  const stopwordDensity = words.length ? stop / words.length : 0;
  const sentenceEnd = SENTENCE_END.test(text);
  const commas = (text.match(/[,;:、，；：]/g) ?? []).length;
  const chars = text.length;
  const script = dominantScript(counts);
  const prose =
    (chars >= 80 && stopwordDensity >= 0.12 && (sentenceEnd || commas >= 2)) ||
    (chars >= 40 && sentenceEnd && stopwordDensity >= 0.2 && words.length >= 7) ||
    // Scripts written without spaces have no words or stopwords to count: sentences decide.
    (UNSPACED.has(script) && chars >= 25 && (sentenceEnd || commas >= 2));
  return { chars, words: words.length, stopwordDensity, sentenceEnd, commas, prose, script };
}
