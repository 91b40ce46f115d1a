import { CLOSING_ROLES, isHeadingTag, type Block } from '../../../core/doc.js';
import type { Decision, SequenceRule, StripContext } from '../types.js';
import { commentSection } from './comments.js';
import { closingBio } from './closing-bio.js';
import { companyProfile } from './company-profile.js';
import { BIO_OPENING, bioUnderName, creditedBio } from './credited-bio.js';
import { isBylineLabel } from './meta-lines.js';
import { STOCK_ALONE } from './media.js';
import { galleryCounter } from './gallery.js';
import { languageSwitch } from './language-switch.js';
import { shareBar } from './share-bar.js';
import { splitCredit } from './split-credit.js';
import { newsletterTitle } from './newsletter-title.js';
import { isLoneBy, splitByline } from './split-byline.js';
import { datedTeasers } from './dated-teasers.js';
import { tagList } from './tag-list.js';
import { AUTHOR_ARCHIVE_COUNT } from './teasers.js';
import { isFirstName } from '../../../lexicon/first-names.js';
import { kickerShape, looksLikeName, pickHeadline, slugHeadlineBelow, slugHeadlineFar, slugHeadlineInside, slugSpells, slugSpellsAll, standfirstShape, dateLine } from '../headline.js';

const open = (b: Block): boolean => !b.removed && b.role === 'unknown';
const isProse = (ctx: StripContext, b: Block): boolean => ctx.profile(b.index)?.prose ?? false;
/** Short and not a sentence: a menu item, a teaser title, a heading. */
const isShortLine = (ctx: StripContext, b: Block): boolean => {
  const p = ctx.profile(b.index);
  return !!p && !p.prose && p.chars <= 120;
};

/** Most lines a teaser list takes: a run of short lines longer than that is a page of its own kind (a recipe, a table). */
const TEASER_RUN_MAX = 25;

/** The header of an author box. */
export const AUTHOR_HEADER = /\b(?:autor\p{L}*|author\p{L}*|verfasser\p{L}*|zur person)\b/iu;
/** Longest paragraph read as the bio under an author box's header. */
const AUTHOR_BIO_MAX = 800;
/** Most lines, each a name, between an author box's header and the bio under them. */
const AUTHOR_NAME_LINES = 2;

/** Rules whose removal opens a teaser or link list: the non-prose lines under them go too. */
const LIST_OPENERS = new Set(['strip/link-list-header', 'strip/read-more']);

/**
 * HTML only: the element path of the kept prose right above a header. A line under the header at
 * that same path (a transcript's short "Name: Aus China." after a box set into it) is the text
 * going on after the box, not one of its teasers.
 */
function textFlowBefore(ctx: StripContext, blocks: readonly Block[], at: number): string | undefined {
  for (let k = at - 1; k >= 0; k--) {
    const p = blocks[k]!;
    if (p.removed) continue;
    return isProse(ctx, p) ? p.path : undefined;
  }
  return undefined;
}

/** Whether the next line after `at` that no rule removed is prose. */
function proseNext(ctx: StripContext, blocks: readonly Block[], at: number): boolean {
  for (let k = at + 1; k < blocks.length; k++) if (!blocks[k]!.removed) return isProse(ctx, blocks[k]!);
  return false;
}

/**
 * Nothing kept after block `at` but closing lines (its date, credits), the first of them right under it: a byline there
 * signs the article. A teaser's byline has the next teaser, a removed line, right under it.
 */
function signsOff(blocks: readonly Block[], at: number): boolean {
  if (at + 1 < blocks.length && blocks[at + 1]!.removed) return false;
  for (let k = at + 1; k < blocks.length; k++) if (!blocks[k]!.removed && !CLOSING_ROLES.has(blocks[k]!.role)) return false;
  return true;
}

/**
 * An item of the list the run is taking, with a link in it: a teaser however much it reads like a sentence ("Could an
 * astronaut lost in space <a>use gravity to get around</a>?" under "More Great WIRED Stories"). HTML only: the item before
 * it, the nearest still on the page, stands in the same list (same element path, an li) with a link: the run took it.
 */
function nextLinkedItem(blocks: readonly Block[], j: number, header: number): boolean {
  const n = blocks[j]!;
  if (!n.path?.endsWith('>li') || !n.linkDensity) return false;
  for (let k = j - 1; k > header; k--) {
    const p = blocks[k]!;
    if (p.removed) continue;
    return p.path === n.path && (p.linkDensity ?? 0) > 0;
  }
  return false;
}

/** The longest blurb a teaser card has under its title. */
const CARD_BLURB_MAX = 200;

/**
 * A teaser card's blurb: a short paragraph right under a title that is a link alone (removed as one), with the next
 * card's linked title right under it, or after two such cards already ("Белковая диета" over "Популярная диета при
 * активном ритме жизни. Результаты похудения до 10 кг за 14 дней.", card after card under "Самые популярные диеты").
 */
function cardBlurb(blocks: readonly Block[], j: number, cards: number): boolean {
  const n = blocks[j]!;
  const linkTitle = (b: Block | undefined): boolean => b?.removed?.rule === 'strip/link-only-line';
  return n.text.length <= CARD_BLURB_MAX && linkTitle(blocks[j - 1]) && (linkTitle(blocks[j + 1]) || cards >= 2);
}

export const teaserRun: SequenceRule = {
  kind: 'sequence',
  id: 'strip/teaser-run',
  description: 'The teaser titles, counters and labels under a link-list header or read-more link, up to the next paragraph of prose (or the byline right above it, unless teasers above or in the run carried bylines); in HTML, a linked item of the list the run is taking, or a card\'s short blurb under its linked title, is a teaser however much it reads like a sentence.',
  examples: {
    matches: [
      'Body text of the article goes on here, with enough words to be prose, and it ends.\nWeiterlesen\n- Per Video\n20 Interaktionen\n- Joe Biden Wladimir Putin\n- Nach dem Gipfel',
      // A run of short lines longer than a teaser list (a recipe's header, its ingredients) is not all taken.
      ['Empfehlungen:', ...Array.from({ length: 27 }, (_, i) => `${i < 25 ? '- ' : ''}Rezept Nummer ${i + 1}`)].join('\n'),
      // Teasers carry their own bylines.
      'Body text of the article goes on here, with enough words to be prose, and it ends.\nLes plus lus\n- Retraites : le gouvernement passe en force\n- Par Loïc Le Clerc\n- Municipales : la gauche en ordre dispersé\n- Par Gilles Alfonsi',
      // The paragraph about the person under an author box's header.
      'Body text of the article goes on here, with enough words to be prose, and it ends.\nAutoreninfo\n- Moritz Gathmann leitet das Ressort Berliner Republik bei Cicero. Er studierte Russistik und Geschichte in Berlin und war viele Jahre Korrespondent in Russland',
      // Under the writer's name and the count of their posts.
      'Body text of the article goes on here, with enough words to be prose, and it ends.\nJule Radeck 300 posts\n- Jule Radeck studierte Sportwissenschaften, bevor sie als Volontärin nach Hamburg zog. In ihrer Freizeit findet man sie oft im Schwimmbecken.',
      // By the first name alone.
      'Body text of the article goes on here, with enough words to be prose, and it ends.\nAbout the author\n- Martin has worked as a professional Python developer since 2007, although his career in IT began in 2001.',
      // An author box under a teaser list: its header opens a run of its own, and the bio under the first name is the box's.
      'Body text of the article goes on here, with enough words to be prose, and it ends.\nLesenswert\n- Neue Bäume für den Stadtpark\n- Der Haushalt der Stadt\nÜber den Autor\n- Matthias\n- Medizinstudent, Papa und leidenschaftlicher Blogger, schreibt seit 2012 über Laufschuhe, Training und alles, was dazu gehört.',
      // The name as a byline under the header: the box's, with the bio under it, not a byline opening the text.
      'Body text of the article goes on here, with enough words to be prose, and it ends.\nÜber die Autorin\n- Von Katharina Volkwein\n- Hat das Sammel-Gen von ihrem Opa geerbt und schreibt seit zehn Jahren über Wohnen, Design und alles, was ein Zuhause schöner macht.',
      // Under the person's name: the paragraph, however it opens, is the box's.
      'Body text of the article goes on here, with enough words to be prose, and it ends.\nAutor\n- Anna Muster\n- Historikerin und Journalistin, schreibt seit 2010 über Stadtgeschichte und lebt mit ihrer Familie in Leipzig, wo sie auch an der Universität unterrichtet.',
      // Under the header a line that is no name: the paragraph after it is the text again, not a bio.
      'Body text of the article goes on here, with enough words to be prose, and it ends.\nÜber den Autor\n- Unsere Themen im Überblick\nDie Stadt will in diesem Herbst mehr als hundert junge Bäume pflanzen, vor allem Linden und Eichen, und der Rat hat das Geld dafür bewilligt.',
      // A run from a menu over the headline and its date ends at the byline right above the text.
      'Mehr…\n- Presse\n- Shop\n- Warum der Stadtpark neue Bäume braucht\n12. Mai 2023\nEin Kommentar von Anna Muster\nDer Stadtpark hat in den trockenen Sommern der letzten Jahre viele alte Bäume verloren, und die Stadt will nun nachpflanzen.',
      // A byline with only closing lines after it (its date) signs the article, even under a teaser box.
      'Body text of the article goes on here, with enough words to be prose, and it ends.\nDiese Artikel könnten dich auch interessieren:\n- Neue Bäume für den Stadtpark\n- Der Haushalt der Stadt\nvon Ulrike\n18.10.2019 16:06 Uhr',
      // Where the teasers of the runs above carried bylines, a byline over prose is one more teaser's.
      'Body text of the article goes on here, with enough words to be prose, and it ends.\nMehr →\n- Von Tom Beispiel\n- Neue Bäume für den Stadtpark\nDie Stadt will in diesem Herbst mehr als hundert junge Bäume pflanzen, vor allem Linden.\nMehr →\n- Von Anna Muster\nDer Haushalt der Stadt ist knapp, und der Rat streitet über jede neue Ausgabe im kommenden Jahr.',
      // So is it where the teasers of its own run carried bylines.
      'Body text of the article goes on here, with enough words to be prose, and it ends.\nWeitere Artikel\n- Neue Bäume für den Stadtpark\n- Von Tom Beispiel am 16.11.2022\n- Der Haushalt der Stadt\n- Von Tom Beispiel am 10.08.2022\nDie Stadt will in diesem Herbst mehr als hundert junge Bäume pflanzen, vor allem Linden.',
    ],
    keeps: ['Mehr zum Thema\nRussland sieht sich von einem Vorrücken der NATO bedroht und will die Aufnahme der Ukraine verhindern.'],
  },
  apply(blocks, ctx) {
    const out: Decision[] = [];
    // The loop finds the headers; the run under one is read apart (teaserRunUnder), so that V8's optimized code of this
    // loop is not thrown away each time a page first takes a branch there.
    const seen = { teaserBylines: 0 };
    for (let i = 0; i < blocks.length; i++) {
      const b = blocks[i]!;
      if (!b.removed || !LIST_OPENERS.has(b.removed.rule)) continue;
      i = teaserRunUnder(blocks, i, ctx, seen, out);
    }
    return out;
  },
};

/** The run under the header at block i to `out`; returns the index of its last block (i itself when none). */
function teaserRunUnder(blocks: readonly Block[], i: number, ctx: StripContext, seen: { teaserBylines: number }, out: Decision[]): number {
  const b = blocks[i]!;
  const flow = textFlowBefore(ctx, blocks, i);
  const bylinesAbove = seen.teaserBylines;
  let bylinesInRun = 0;
  let taken = 0;
  // One author's bio per box: a paragraph about another person after it is the text again.
  let bio = false;
  const authorBox = AUTHOR_HEADER.test(b.text) || AUTHOR_ARCHIVE_COUNT.test(b.text.trim());
  // Under an author box's header, only the person's name (or names) so far: the next paragraph is about them.
  let namesOnly = true;
  const header = i;
  // Teasers read like sentences the run took: list items with links, or the blurbs of cards under their linked titles.
  let cards = 0;
  for (let j = i + 1; j < blocks.length; j++) {
    const n = blocks[j]!;
    // The next box's header opens a run of its own (an author box after a teaser list reads its bio).
    if (n.removed) {
      if (LIST_OPENERS.has(n.removed.rule)) break;
      continue;
    }
    // Right under an author box's header ("Autoreninfo", "Über den Autor") the paragraph about the person is the box's:
    // one that opens with a name ("Moritz Gathmann leitet …", "Martin has worked as …"), or any under the name's line.
    if (!bio && authorBox && isProse(ctx, n) && n.text.length <= AUTHOR_BIO_MAX && (taken === 0 ? BIO_OPENING.test(n.text) && !NOT_A_NAME.test(n.text) : namesOnly && taken <= AUTHOR_NAME_LINES)) {
      bio = true;
      out.push({ index: j, action: 'remove', detail: `author bio under "${b.text.slice(0, 40)}"` });
      i = j;
      continue;
    }
    const prose = isProse(ctx, n);
    const teaser = prose && (nextLinkedItem(blocks, j, header) || cardBlurb(blocks, j, cards));
    if (teaser) cards++;
    if ((prose && !teaser) || (flow !== undefined && n.path === flow) || taken++ >= TEASER_RUN_MAX) break;
    // A byline right above prose opens that text: the run (from a menu, over the headline) has
    // reached the article; one with only closing lines after it signs the article (a teaser box above the writer's name).
    // Unless teasers above or in this run carried bylines: then it is one more teaser's.
    // Nor under an author box's header, names only so far: the byline is the box's name, the prose its bio.
    if (n.role === 'byline' && bylinesAbove === 0 && bylinesInRun === 0 && !(authorBox && namesOnly) && (proseNext(ctx, blocks, j) || signsOff(blocks, j))) break;
    if (!nameAlone(n.text.trim()) && n.role !== 'byline') namesOnly = false;
    // Teasers carry their own picture credits and bylines.
    if (n.role === 'unknown' || n.role === 'caption' || n.role === 'credit' || n.role === 'byline') {
      out.push({ index: j, action: 'remove', detail: `under "${b.text.slice(0, 40)}"` });
      if (n.role === 'byline') {
        seen.teaserBylines++;
        // A byline's label alone in a menu ("Autoren") is no teaser's byline.
        if (!isBylineLabel(n.text)) bylinesInRun++;
      }
    }
    i = j;
  }
  return i;
}

/** The runs of entry-and-heading pairs that make a table of contents (apart from the loop that finds the pairs, which V8 then compiles once). */
function tocRuns(blocks: readonly Block[], pairs: Array<[number, number]>): Decision[] {
  const out: Decision[] = [];
  pairs.sort((a, b) => a[0] - b[0]);
  for (let r = 0; r < pairs.length; ) {
    let e = r + 1;
    while (e < pairs.length && pairs[e]![0] - pairs[e - 1]![0] <= TOC_GAP) e++;
    const run = pairs.slice(r, e);
    // The entries all stand above the first of the headings they list.
    if (run.length >= TOC_ENTRIES && Math.max(...run.map((p) => p[0])) < Math.min(...run.map((p) => p[1]))) {
      for (const [entry, heading] of run) {
        out.push({ index: blocks[entry]!.index, action: 'remove', detail: 'lists a heading of the text' });
        out.push({ index: blocks[heading]!.index, action: 'heading' });
      }
    }
    r = e;
  }
  return out;
}

/** A person's name alone on a line: two or three capitalised words (looksLikeName), or a first name ("Matthias"). */
const nameAlone = (t: string): boolean => looksLikeName(t) || (t.length <= 20 && /^\p{Lu}\p{Ll}+$/u.test(t) && isFirstName(t));

/** A line of contact data: a phone or fax number, an e-mail address, a postcode and town. */
const CONTACT_DATA = /(?:^|\s)(?:tel|telefon|phone|fax|mobil|mobile)\.?\s*:?\s*[+(\d]|[\w.-]@[\w-]+\.\w|\b\d{5}\s+\p{Lu}\p{Ll}+|\+\d{2}[\s\d]|\(0\d+\)\s*\d/iu;
/** Most lines a contact box takes (names, roles, address, numbers). */
const CONTACT_BOX_MAX = 12;

export const contactBox: SequenceRule = {
  kind: 'sequence',
  id: 'strip/contact-box',
  description: 'The names, roles, address and numbers under a contact box\'s header ("Pressekontakt", "Ansprechpartner"): the short lines standing together under it, when two of them at least hold contact data (a phone or fax number, an e-mail address, a postcode and town). A menu item "Ansprechpartner" with more menu items under it has none.',
  examples: {
    matches: [
      'Body text of the press release goes on here, with enough words to be prose, and it ends.\nPressekontakt\n- Pressesprecherin Anna Muster\n- Musterverband, Musterstraße 7, 10119 Berlin\n- Tel.: (030) 12 34 56 78\n- E-Mail: presse@example.org\n- zuständiges Vorstandsmitglied\n- Tom Beispiel',
    ],
    keeps: ['Ansprechpartner\nPresse und News\nZahlen & Fakten\nJahresbericht\nDer Text des Artikels ist lang genug, um als Prosa zu gelten, und er endet hier.'],
  },
  apply(blocks, ctx) {
    const out: Decision[] = [];
    for (let i = 0; i < blocks.length; i++) {
      const b = blocks[i]!;
      if (b.removed?.rule !== 'strip/contact-header') continue;
      contactBoxUnder(blocks, i, ctx, out);
    }
    return out;
  },
};

/** The box under the contact header at block i to `out`, when it holds contact data (read apart from the loop, as teaserRunUnder). */
function contactBoxUnder(blocks: readonly Block[], i: number, ctx: StripContext, out: Decision[]): void {
  const b = blocks[i]!;
  const run: number[] = [];
  let data = 0;
  for (let j = i + 1; j < blocks.length && run.length < CONTACT_BOX_MAX; j++) {
    const n = blocks[j]!;
    // One box: its lines stand together, up to the next removed line or paragraph.
    if (!open(n) || isProse(ctx, n) || n.text.length > 120) break;
    run.push(j);
    if (CONTACT_DATA.test(n.text)) data++;
  }
  if (data >= 2) for (const j of run) out.push({ index: j, action: 'remove', detail: `under "${b.text.slice(0, 40)}"` });
}

/** A line opening with a byline's preposition before a name ("von Mathilda Trausch, …", "Posted by Michael David Smith on …"): the writer's, not a picture's. */
const WRITER_LINE = /^(?:(?:[Pp]osted|[Ww]ritten|[Pp]ublished|[Gg]eschrieben|[Vv]erfasst|[Vv]eröffentlicht|[Gg]epostet|[Pp]ublié|[Pp]ublicado|[Ee]scrito)\s+)?(?:von|by|par|por|door|przez)\s+\p{Lu}/u;
/** Direct speech closed by its speaker: '"…?", fragte er.', '"…," said the coach.' */
const QUOTED_SPEECH = /[.,!?…]["“”»«’]\s*,?\s+\p{Ll}[\p{L}'’ .-]{1,50}\.$/u;

export const captionBeforeCredit: SequenceRule = {
  kind: 'sequence',
  id: 'strip/caption-before-credit',
  description: 'The short line right above a photo credit is the image caption: kept apart from the body (unless a caption stands right under the credit: then the credit came first; not on an HTML page a sentence in a <p> of its own between the text\'s paragraphs, whose picture\'s caption is marked up; not over a credit on two lines, "Foto:" over the name, whose label says nothing of the line above it, nor over a stock library\'s name alone; a writer\'s line, "von …" or "Posted by …", is no caption, nor is the line the page address\'s slug spells, the headline over the article\'s picture).',
  examples: {
    matches: ['- Die Staatschefs Biden und Putin trafen sich virtuell.\n(Foto: REUTERS)'],
    keeps: [
      'Die Gespräche sollen fortgesetzt werden, teilte der Kreml nach dem zweistündigen Gespräch am Dienstag mit.\n\nQuelle: ntv.de',
      'So geht der Sazerac:\nBild: shutterstock\n1 Würfelzucker',
      '"Wer hätte das gedacht, als wir hier vor vier Jahren angefangen haben?", fragte er.\n© Max Muster/Getty Images',
      '"We never thought we would win this one," said the coach.\nPhoto: AP',
      // A writer's line over the picture's credit; a section's heading over a stock library's name.
      'Studie zeigt: Zwei beliebte Lebensmittel können gegen soziale Ängste helfen\nvon Mathilda Trausch, Online-Redaktion Veröffentlicht: 26.12.2022\n(Foto: dpa)',
      'Anthony Lynn: “We needed to win this game”\nPosted by Michael David Smith on November 19, 2019, 6:21 AM EST\n(Foto: REUTERS)',
      'Your eyes may thank you if you take a multivitamin every day\nShutterstock\nMultivitamins hold the vitamins A, C and E, and zinc and copper, which a large study linked to slower eye disease.',
      // The credit comes first, its caption under it.
      'In late March, Dr Fauci estimated that up to 200,000 people could die.\nImage copyright Reuters\nImage caption Mourners attend a funeral in Brooklyn',
    ],
  },
  apply(blocks, ctx) {
    const out: Decision[] = [];
    for (let i = 1; i < blocks.length; i++) {
      const b = blocks[i]!;
      // A credit the markup found in a figure's caption: the caption, if any, is marked up beside it. A credit on two
      // lines ("Foto:" over the name) says nothing of the line above its label: a date line, a heading, the text.
      // Nor does a stock library's name alone ("Shutterstock" under each picture, whose line above is as often a section's heading).
      if (b.role !== 'credit' || b.removed || b.roleRule === 'html/caption' || b.roleRule === 'strip/split-credit' || STOCK_ALONE.test(b.text.trim())) continue;
      const prev = blocks[i - 1]!;
      const p = ctx.profile(prev.index);
      // Two sentences after a paragraph are the article's last paragraph over a closing photo credit ("Fotos: …").
      const paragraph = p && p.prose && /[.!?]\s+\p{Lu}/u.test(prev.text) && i >= 2 && open(blocks[i - 2]!) && (ctx.profile(blocks[i - 2]!.index)?.prose ?? false);
      // A caption right under the credit is its picture's: the credit came first ("Image copyright Reuters" over "Image caption …").
      const next = blocks[i + 1];
      if (next && !next.removed && next.role === 'caption') continue;
      // A line ending in a colon announces what follows ("So geht der Sazerac:"), a quotation with its
      // speaker ("…?", fragte er.) is the story's: neither is the picture's caption.
      // Nor is a writer's line ("von Mathilda Trausch, Online-Redaktion Veröffentlicht: 26.12.2022" over a credit), nor
      // the headline over the article's picture, the line the page address's slug spells.
      // On an HTML page a sentence in a paragraph of its own between paragraphs of the text is the text's, the picture's caption being marked up
      // (a figcaption, a caption's box): a picture between it and its credit is no caption of it.
      const htmlSentence = ctx.contentType === 'html' && prev.tag === 'p' && p !== undefined && p.sentenceEnd && p.chars >= 60 && i >= 2 && open(blocks[i - 2]!) && (ctx.profile(blocks[i - 2]!.index)?.prose ?? false);
      if (open(prev) && p && p.chars <= 200 && !paragraph && !htmlSentence && !/:$/.test(prev.text) && !QUOTED_SPEECH.test(prev.text) && !WRITER_LINE.test(prev.text) && !slugSpellsAll(blocks, ctx, i - 1)) out.push({ index: prev.index, action: 'caption' });
    }
    return out;
  },
};

export const imageAltText: SequenceRule = {
  kind: 'sequence',
  id: 'strip/image-alt-text',
  description: 'A few keywords right above an image caption are the image\'s alt text or tags ("Russia US").',
  examples: {
    matches: ['- Russia US\nWladimir Putin sitzt an einem Tisch während des Gesprächs mit Joe Biden am 7. Dezember 2021. - keystone'],
    keeps: ['Gespräche sollen fortgesetzt werden\nDie Staatschefs sprachen zwei Stunden lang miteinander und wollen weiter reden.'],
  },
  apply(blocks, ctx) {
    const out: Decision[] = [];
    for (let i = 1; i < blocks.length; i++) {
      const b = blocks[i]!;
      if (b.role !== 'caption' || b.removed) continue;
      const prev = blocks[i - 1]!;
      const p = ctx.profile(prev.index);
      if (open(prev) && p && p.words <= 4 && p.chars <= 40 && !/[.!?,:;]$/.test(prev.text)) out.push({ index: prev.index, action: 'remove' });
    }
    return out;
  },
};

export const danglingFragment: SequenceRule = {
  kind: 'sequence',
  id: 'strip/dangling-fragment',
  description: 'A short line ending in a comma is a torn-off fragment (a label or a widget\'s text), not a paragraph.',
  examples: { matches: ['- Russland,\nRussland wolle verbindliche juristische Garantien, sagte Wladimir Putin.'], keeps: ['Putin sagte, er wolle Garantien, dass sich die Nato nicht ausweite, und zwar bald.'] },
  apply(blocks, ctx) {
    return blocks.filter((b) => open(b) && /,$/.test(b.text) && (ctx.profile(b.index)?.words ?? 99) <= 5).map((b) => ({ index: b.index, action: 'remove' as const }));
  },
};

/**
 * An HTML heading that is no link, whose every other copy on the page is one: a section heading of
 * the text that a table of contents (or a teaser pointing at the section) repeats. Linear in the
 * page, and asked only of the few short headings that repeat.
 */
function headingRepeatedOnlyAsLinks(blocks: readonly Block[], b: Block): boolean {
  if (!isHeadingTag(b.tag) || (b.linkDensity ?? 0) >= 1) return false;
  const key = b.text.toLowerCase();
  for (const o of blocks) if (o !== b && o.linkDensity !== 1 && o.text.toLowerCase() === key) return false;
  return true;
}

/** Entries a table of contents lists at least, and how many lines apart its entries stand at most. */
const TOC_ENTRIES = 3;
const TOC_GAP = 3;

export const tableOfContents: SequenceRule = {
  kind: 'sequence',
  id: 'strip/table-of-contents',
  description:
    'A text\'s table of contents: three short lines or more together, each standing again further down over the prose of its section. The list goes; the lines further down are the text\'s section headings (not a repeated menu item, nor the headline).',
  examples: {
    matches: [
      'Hühner sind genügsame Tiere, und wer ein paar Regeln beachtet, hat lange Freude an ihnen und an ihren Eiern.\nInhalt\n- Legt jedes Huhn Eier?\n- Ab wann legen Hühner Eier?\n- Wie viele Eier legen Hühner?\n- Legt jedes Huhn Eier?\nGrundsätzlich kann jedes Huhn Eier legen, auch ohne Hahn, doch nicht jedes tut es in jedem Alter und zu jeder Zeit des Jahres.\n- Ab wann legen Hühner Eier?\nWann Hühner mit dem Eierlegen beginnen, hängt von der Rasse ab, und die meisten fangen im Alter von fünf oder sechs Monaten an.\n- Wie viele Eier legen Hühner?\nHinsichtlich der Eiermenge ist vor allem die Rasse entscheidend, und Legehybriden legen fast an jedem Tag ein Ei.',
    ],
    keeps: [
      // Two entries only, or lines whose copies further down head no prose: a menu repeated in the footer.
      'Politik\nWirtschaft\nSport\nDer Text des Artikels ist lang genug, um als Prosa zu gelten, und er endet hier mit einem Punkt.\nPolitik\nWirtschaft\nSport',
    ],
  },
  apply(blocks, ctx) {
    const first = new Map<string, number>();
    const pairs: Array<[number, number]> = [];
    for (let i = 0; i < blocks.length; i++) {
      const b = blocks[i]!;
      if (!open(b) || !isShortLine(ctx, b) || b.text.length > 60) continue;
      const key = b.text.toLowerCase();
      // The count first: the code test is an expression, and few lines stand twice.
      if (ctx.repeats.get(key) !== 2 || looksLikeCode(b.text)) continue;
      const at = first.get(key);
      if (at === undefined) first.set(key, i);
      else if (proseNext(ctx, blocks, i)) pairs.push([at, i]);
    }
    return pairs.length ? tocRuns(blocks, pairs) : [];
  },
};

/**
 * On an HTML page, a heading whose copies all stand in the article's container, each in another section (a heading
 * of a higher rank between every two): the subheadings of parallel sections ("Pre-Workout Meal" under each plan's
 * heading, "Pros" and "Cons" under each product's), the text's own. A widget repeated in the container is no
 * subheading of its sections.
 */
function parallelSubheading(blocks: readonly Block[], ctx: StripContext, b: Block): boolean {
  if (ctx.contentType !== 'html' || !isHeadingTag(b.tag)) return false;
  const rank = Number(b.tag!.slice(1));
  const key = b.text.toLowerCase();
  let previous = -1;
  for (let i = 0; i < blocks.length; i++) {
    const c = blocks[i]!;
    if (c.text.length !== b.text.length || c.text.toLowerCase() !== key) continue;
    // A copy the extractor left out of the article is the page's (a menu, a sidebar); another element is no subheading.
    if (c.removed?.rule.startsWith('html/') || c.tag !== b.tag) return false;
    if (previous >= 0 && !blocks.slice(previous + 1, i).some((h) => !h.removed && isHeadingTag(h.tag) && Number(h.tag!.slice(1)) < rank)) return false;
    previous = i;
  }
  return true;
}

export const repeatedShortLine: SequenceRule = {
  kind: 'sequence',
  id: 'strip/repeated-line',
  description: 'A short line that stands several times on the page is navigation or a widget label; not the signature of an embedded post ("— The Nigerian Senate (@NGRSenate) October 9, 2018" under each of its tweets), nor a section heading of an HTML page\'s text whose other copies are all links (its table of contents), nor the subheading of parallel sections of an HTML page\'s article (each copy in the container, a higher heading between every two: "Pre-Workout Meal" under each plan), nor a line of code a technical post quotes twice ("@classmethod", "def setUp(self):").',
  examples: { matches: ['Politik\nWirtschaft\n- Sport\nDer Text des Artikels ist lang genug, um als Prosa zu gelten, und er endet hier.\n- Sport'], keeps: ['Ein einzelner Satz.\nDer Text des Artikels ist lang genug, um als Prosa zu gelten, und er endet hier.'] },
  apply(blocks, ctx) {
    return blocks
      .filter((b) => open(b) && isShortLine(ctx, b) && b.text.length <= 60 && (ctx.repeats.get(b.text.toLowerCase()) ?? 0) >= 2 && !headingRepeatedOnlyAsLinks(blocks, b) && !looksLikeCode(b.text) && !parallelSubheading(blocks, ctx, b) && !TWEET_SIGNATURE.test(b.text))
      .map((b) => ({ index: b.index, action: 'remove' as const }));
  },
};

/**
 * The signature line of an embedded tweet, under its text: "— Rep. Ilhan Omar (@Ilhan) November 19, 2019",
 * "— Peter Wittkamp🐬 (@diktator) 25. September 2018".
 */
const TWEET_SIGNATURE = /^[—–-]\s?\S.{0,80}\s\(@[A-Za-z0-9_]{1,15}\)\s.{3,30}\d{4}$/u;

/**
 * Removals that mark the border of a page section (a link list, the comments, a newsletter box): the article
 * rarely runs across them. Share bars are not among them: they often stand between the lead and the body.
 */
const BOUNDARY_RULES: ReadonlySet<string> = new Set([
  'strip/link-list-header', 'strip/comment-header', 'strip/comment-form', 'strip/comment-prompt', 'strip/newsletter-box',
  'strip/registration-box', 'strip/cookie-notice', 'strip/legal-footer', 'strip/post-navigation',
]);

/** The position in a slide show: "3 von 17", "3 / 17", "Schritt 3 von 17". */
const STEP_COUNTER = /^(?:(?:schritt|bild|foto|step|slide|image)\s+)?\d{1,3}\s*(?:von|of|\/)\s*\d{1,3}$/iu;

/** What removes a teaser list's separators: a repeated link label, a "more" link, a line of symbols ("+++"). */
const SEPARATOR_RULES = new Set(['strip/repeated-line', 'strip/read-more', 'strip/no-words']);

export const separatedTeasers: SequenceRule = {
  kind: 'sequence',
  id: 'strip/separated-teasers',
  description: 'Short items between repeats of the same link label or separator ("Link zum Artikel", "Mehr", "+++"): a teaser list, each title followed by its link.',
  examples: {
    matches: ['Der Text des Artikels ist lang genug, um als Prosa zu gelten, und er endet hier mit einem Punkt.\nLink zum Artikel\n- Diese 13 Bücher machen dich schlau(er)\nLink zum Artikel\n- Poulet sollte man waschen? Kaffee ist ungesund? 11 Food-Mythen im Faktencheck\nLink zum Artikel', 'Der Text des Artikels ist lang genug, um als Prosa zu gelten, und er endet hier mit einem Punkt.\n+++\n- Der Shop hat neue Hemden im Angebot.\n+++\n- Unser Programm gibt es auch als App.\n+++'],
    keeps: [
      'Zutaten\n1 Würfelzucker\nZubereitung\nDer Text des Artikels ist lang genug, um als Prosa zu gelten, und er endet hier mit einem Punkt.',
      // The steps of a slide show ("2 von 3") between its picture links are the recipe's method.
      'Der Kuchen ist schnell gemacht, und er schmeckt am besten, wenn er eine Nacht im Kühlschrank gestanden hat.\nBild anzeigen\n1 von 3\nFette den Boden der Springform mit etwas Butter ein.\nBild anzeigen\n2 von 3\nHeize den Backofen auf 180 Grad Ober- und Unterhitze vor.\nBild anzeigen\n3 von 3\nMische das Mehl mit dem Backpulver und dem Kakao.\nBild anzeigen',
    ],
  },
  apply(blocks, ctx) {
    const out: Decision[] = [];
    const last = new Map<string, number>();
    for (let i = 0; i < blocks.length; i++) {
      const b = blocks[i]!;
      if (!(b.removed && SEPARATOR_RULES.has(b.removed.rule))) continue;
      // Lower-cased only for the few link labels: the key of every block cost more than the rule.
      const key = b.text.toLowerCase();
      if ((ctx.repeats.get(key) ?? 0) < 3) continue;
      const prev = last.get(key);
      last.set(key, i);
      if (prev === undefined || i - prev > 4) continue;
      const between = blocks.slice(prev + 1, i).filter(open);
      if (between.length === 0 || between.length > 2 || between.some((n) => (ctx.profile(n.index)?.chars ?? 0) > 160)) continue;
      // "3 von 17": the steps of a slide show (a recipe's method, step by step), not other pages.
      if (between.some((n) => STEP_COUNTER.test(n.text))) continue;
      for (const n of between) out.push({ index: n.index, action: 'remove', detail: `between "${b.text.slice(0, 30)}" links` });
    }
    return out;
  },
};

/**
 * A line of program code or a command, as a technical post quotes them between its paragraphs: an
 * import, a definition, an assignment, a call on its own line, a decorator, a shell or Dockerfile
 * command, a docstring's quotes, closing brackets. Case-sensitive: keywords are lower-case in code
 * ("import os", "def setUp(self):"), Dockerfile instructions upper-case; menus and teasers have
 * none of these shapes.
 */
const CODE_LINE = new RegExp(
  [
    String.raw`^(?:from [\w.]+ )?import [\w.{*]`,
    String.raw`^(?:def|class|async def|fn|func|function|public|private|protected|static|const|let|var|return|elif|except|#include|#define)\s+[\w$<*"(]`,
    String.raw`^[\w$.]+(?:\[[^\]]*\])?\s*(?:[-+*/|&]?=|:=)\s*\S`,
    // A call, its name dotted or with underscores (not a shop's "Warenkorb(0)"): "finders.get_finder.cache_clear()", "super().setUpClass()".
    String.raw`^(?=[\w$.()]*[._])[\w$.]+(?:\(\))?(?:\.[\w$]+)*\([^()]*(?:\([^()]*\)[^()]*)*\)[;:]?$`,
    // A decorator with arguments or a common bare one; a bare "@name" is a social media handle.
    String.raw`^@[\w.]+\(.*\)$|^@(?:classmethod|staticmethod|property|abstractmethod|dataclass|cached_property|Override|override|Test|Deprecated|Component|Injectable|(?:pytest|functools|app|router)\.[\w.]+)$`,
    String.raw`^(?:\$ |sudo |npm |npx |pip3? |git |docker |apt(?:-get)? |curl |wget |brew |yarn |cargo |go (?:get|run|build) )\S`,
    String.raw`^(?:RUN|CMD|FROM|COPY|ENV|WORKDIR|EXPOSE|ENTRYPOINT|ARG) \S`,
    // A shell script's lines: "for line in `cat $filename`", "do", "./PodGrab.py -l", "exit 0".
    String.raw`^for [\w$]+ in \S|^(?:if|while) .{1,80}(?::|\)|\{|; ?then|; ?do)$|^(?:do|done|fi|then|else|esac|break|continue|pass)$|^\.{1,2}/[\w.-]+|^(?:exit|echo|export|source) \S`,
    String.raw`^(?:"""|''')|^[}\])]+[;,)]*$`,
    // A comment on a line of its own: "# connect the client", "// send some data" (a hashtag has no space after its #).
    String.raw`^(?:#|\/\/)\s+\p{Ll}[\p{L}\d ,.'()_-]{0,80}$`,
  ].join('|'),
  'u',
);
export const looksLikeCode = (text: string): boolean => text.length <= 200 && CODE_LINE.test(text);

/** Every piece of contact data in a text (see CONTACT_DATA). */
const CONTACT_DATA_ALL = new RegExp(CONTACT_DATA.source, 'giu');
/** Pieces of contact data that make a paragraph a service box's: "Telephone: … Fax: … E-mail: subs@…". */
const CONTACT_PARAGRAPH_DATA = 3;
/** A paragraph that gives three pieces of contact data or more (phone and fax numbers, e-mail addresses: a customer service's, an imprint's): no article prose. */
const contactParagraph = (text: string): boolean => text.length <= 1000 && (text.match(CONTACT_DATA_ALL)?.length ?? 0) >= CONTACT_PARAGRAPH_DATA;

/** How much a block speaks for being inside the article (prose) or outside it (menus, teasers). */
const regionScore = (ctx: StripContext, b: Block): number => {
  const p = ctx.profile(b.index)!;
  if (b.removed) return BOUNDARY_RULES.has(b.removed.rule) ? -3 : -0.3;
  if (b.role !== 'unknown') return 0;
  if (p.prose) return contactParagraph(b.text) ? -0.5 : 1 + Math.min(p.chars, 600) / 150;
  // A code listing is a technical post's own (menus and teasers have no such lines): it counts a little for the
  // region, so a listing that ends the post, with a sentence under it, stays in.
  if (looksLikeCode(b.text)) return 0.1;
  if (p.sentenceEnd && p.chars >= 30) return 0.2;
  if (p.chars < 30) return -1;
  return -0.5;
};

/** The most a run of short lines inside the article costs (about one long paragraph and a half). */
const GAP_CAP = 8;

/**
 * A run of short lines between two stretches of prose (a list, subheadings, a fact box) costs at
 * most a fixed amount, however long it is; section borders (link-list headers, comments) keep their full cost.
 */
function cappedGaps(scores: number[], blocks: readonly Block[], cap = GAP_CAP): number[] {
  const out = [...scores];
  let i = 0;
  while (i < out.length) {
    if (out[i]! >= 0 || (blocks[i]!.removed && BOUNDARY_RULES.has(blocks[i]!.removed!.rule))) {
      i++;
      continue;
    }
    let j = i;
    let sum = 0;
    while (j < out.length && out[j]! < 0 && !(blocks[j]!.removed && BOUNDARY_RULES.has(blocks[j]!.removed!.rule))) sum += out[j++]!;
    if (sum < -cap) for (let k = i; k < j; k++) out[k] = (out[k]! * cap) / -sum;
    i = j;
  }
  return out;
}

/** How far above the body the lead paragraph may stand (a table of contents, a fact list between). */
const LEAD_WINDOW = 20;

/** A headline right above the block (past bylines, dates and removed widgets): it opens an article. */
function underHeadline(blocks: readonly Block[], ctx: StripContext, i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 6); j--) {
    const b = blocks[j]!;
    if (b.removed ? BOUNDARY_RULES.has(b.removed.rule) : false) return false;
    if (b.removed || b.role !== 'unknown') continue;
    const p = ctx.profile(b.index)!;
    return !p.prose && p.words >= 2 && p.chars <= 150;
  }
  return false;
}

/** A line a teaser list cut short. */
const CUT_SHORT = /\p{L} ?(?:\.\.\.|…)$/u;

/** Longest teaser description: a sentence or two under a teaser title. */
const CARD_TEXT_MAX = 220;

/**
 * An entry of a bibliography: the authors (surname, given names; several split by a slash) or "Dieselben", a colon,
 * the work with its year ("Quaas, Georg/Klein, Mathias: Multiplikatoren der deutschen Volkswirtschaft. Berlin 2012.",
 * "Dieselben: … In: Wirtschaftsdienst, 92. Jahrgang, Heft 10, Oktober 2012, S.692-698.").
 */
const AUTHORS = String.raw`\p{Lu}[\p{L}'’-]+,\s(?:\p{Lu}[\p{L}'’-]*\.?\s?){1,3}`;
const CITATION = new RegExp(String.raw`^(?:${AUTHORS}(?:\s?\/\s?${AUTHORS}){0,4}|[Dd]ieselben|[Dd]ieselbe|[Dd]erselbe|[Dd]ers\.|[Dd]ies\.)\s?(?:\((?:19|20)\d{2}\p{Ll}?\))?:\s.{0,300}\b(?:19|20)\d{2}\b`, 'u');
/**
 * Teaser cards (a title and a sentence or two, again and again) at the end of the region: other
 * articles, not this one's last sections, whose paragraphs run longer. Counts them from the end back
 * (`headAbove`: the first card's title may stand right above the region) and how many of their texts
 * the list cut short; `cut` is the last block before them.
 */
function teaserCards(blocks: readonly Block[], ctx: StripContext, start: number, end: number, headAbove: boolean): { cards: number; cutShort: number; cut: number } {
  const prevOpen = (i: number): number => {
    while (i >= start && !open(blocks[i]!)) i--;
    return i;
  };
  let cards = 0;
  let cutShort = 0;
  let cut = end;
  let i = prevOpen(end);
  while (i >= start) {
    const text = ctx.profile(blocks[i]!.index)!;
    const h = prevOpen(i - 1);
    if (h < start && !(headAbove && h === start - 1 && h >= 0 && open(blocks[h]!))) break;
    if (!text.prose || text.chars > CARD_TEXT_MAX) break;
    const head = ctx.profile(blocks[h]!.index)!;
    // A bibliography's entries, some long enough to read as prose, are the article's, no cards.
    if (CITATION.test(blocks[h]!.text.trim()) || CITATION.test(blocks[i]!.text.trim())) break;
    // A title the list cut short ("… plus JBL he...") reads like a sentence but is a card's title.
    if ((head.prose && !CUT_SHORT.test(blocks[h]!.text)) || head.chars > 120 || head.words < 2) break;
    // A person's name over a paragraph that opens with it or its first name ("Anna Muster" / "Anna ist 34 …"): the text presents
    // its people, one under each name; no card.
    if (bioUnderName(blocks[h]!.text.trim(), blocks[i]!.text)) break;
    cards++;
    if (CUT_SHORT.test(blocks[i]!.text)) cutShort++;
    cut = h - 1;
    i = prevOpen(h - 1);
  }
  return { cards, cutShort, cut };
}

/** The last block before the teaser cards at the end of the region (two or more), or `end`. */
function teaserCardsBefore(blocks: readonly Block[], ctx: StripContext, start: number, end: number): number {
  const { cards, cut } = teaserCards(blocks, ctx, start, end, false);
  return cards >= 2 ? cut : end;
}

/** Longest blurb of a teaser card with a read-more link. */
const BLURB_MAX = 700;

/**
 * Teaser blurbs after the article, each closed by its own read-more link ("mehr erfahren"): other pages.
 * Every prose block from the first of them to the end must be such a blurb. Returns the last block before them.
 */
function readMoreCardsBefore(blocks: readonly Block[], ctx: StripContext, start: number, end: number): number {
  const { first, cards } = cardsAtEnd(blocks, ctx, start, end, BLURB_MAX, (i) => closingLine(blocks, i, 'strip/read-more'), false);
  if (cards < 2) return end;
  return proseBefore(blocks, ctx, start, first, end);
}

/**
 * Where the region ends when a list found at its end starts at `at`: the last prose block kept before it, after
 * `start`; `end` (nothing cut) where none stands there and the list would take the whole region.
 */
function proseBefore(blocks: readonly Block[], ctx: StripContext, start: number, at: number, end: number): number {
  let cut = at - 1;
  while (cut > start && !(open(blocks[cut]!) && isProse(ctx, blocks[cut]!))) cut--;
  return cut > start ? cut : end;
}

/** The text of the line `rule` removed right after block `i` (past other removed lines, two at most), else null. */
function closingLine(blocks: readonly Block[], i: number, rule: string): string | null {
  for (let j = i + 1; j < Math.min(blocks.length, i + 3); j++) {
    const n = blocks[j]!;
    if (n.removed?.rule === rule) return n.text;
    if (!n.removed) return null;
  }
  return null;
}

/**
 * Cards at the end of the region, counted from its end back: prose blocks of at most `max` characters, each closed by
 * a mark (`closedBy`: a read-more link, a repeated share bar), all by the same one where `sameMark`. The list's last
 * item may close with another widget (a newsletter box, a tag list under the cards). The first card and how many.
 */
function cardsAtEnd(blocks: readonly Block[], ctx: StripContext, start: number, end: number, max: number, closedBy: (i: number) => string | null, sameMark: boolean): { first: number; cards: number } {
  let first = -1;
  let cards = 0;
  let mark: string | null = null;
  let last = true;
  for (let i = end; i > start; i--) {
    const b = blocks[i]!;
    if (!(open(b) && isProse(ctx, b))) continue;
    const closed = b.text.length <= max ? closedBy(i) : null;
    if (closed === null && last && b.text.length <= max) {
      last = false;
      continue;
    }
    last = false;
    if (closed === null || (sameMark && mark !== null && closed !== mark)) break;
    mark = closed;
    cards++;
    first = i;
  }
  return { first, cards };
}

/** Longest text of a card under a link list's header (a teaser's first paragraph, a quotation of a collection). */
const HEADED_CARD_MAX = 1200;

/**
 * Teaser cards after the article under a link list's header ("Você pode gostar...", "You may also like"), each closed by
 * the same repeated line (its share bar: "Whatsapp Facebook Pint Baixar"): other pages, however much they read like
 * prose. The header must stand between the article and the first card. Returns the last block before them.
 */
function headedCardsBefore(blocks: readonly Block[], ctx: StripContext, start: number, end: number): number {
  const { first, cards } = cardsAtEnd(blocks, ctx, start, end, HEADED_CARD_MAX, (i) => closingLine(blocks, i, 'strip/repeated-line'), true);
  if (cards < 2) return end;
  const cut = proseBefore(blocks, ctx, start, first, end);
  return cut !== end && blocks.slice(cut + 1, first).some((b) => b.removed?.rule === 'strip/link-list-header') ? cut : end;
}

/** Longest item text in a dated news list. */
const DATED_ITEM_MAX = 250;
/** Longest excerpt of a dated news list of three dates or more (a teaser's first paragraph). */
const DATED_EXCERPT_MAX = 600;

/**
 * A news list after the article: date stamps again and again, each over a title and a sentence or two,
 * or over a teaser's first paragraph (longer than an item, DATED_EXCERPT_MAX at most) where three
 * dates or more follow one another so. Returns the last block before the first of them.
 */
function datedListBefore(blocks: readonly Block[], ctx: StripContext, start: number, end: number): number {
  let firstProse = start;
  while (firstProse <= end && !(open(blocks[firstProse]!) && isProse(ctx, blocks[firstProse]!))) firstProse++;
  // From the end back: date stamps with only short items between them and after the last.
  let stamps = 0;
  let from = -1;
  let items = 0;
  // Where the first longer excerpt was met: the list goes on past it only with three stamps more.
  let stampsAtExcerpt = -1;
  let fromAtExcerpt = -1;
  for (let i = end; i > firstProse; i--) {
    const b = blocks[i]!;
    if (b.removed) continue;
    if (b.role === 'meta' && b.roleRule === 'strip/date-stamp') {
      if (items === 0 || items > 3) break;
      stamps++;
      from = i;
      items = 0;
      continue;
    }
    if (b.role !== 'unknown') continue;
    const chars = ctx.profile(b.index)?.chars ?? 0;
    if (chars > DATED_EXCERPT_MAX) break;
    if (chars > DATED_ITEM_MAX && stampsAtExcerpt < 0) [stampsAtExcerpt, fromAtExcerpt] = [stamps, from];
    items++;
  }
  if (stampsAtExcerpt >= 0 && stamps - stampsAtExcerpt < 3) [stamps, from] = [stampsAtExcerpt, fromAtExcerpt];
  if (stamps < 2 || from < 0) return end;
  return proseBefore(blocks, ctx, start, from, end);
}

/** "Inga Buller ist Head of Social …", "Moritz Gathmann leitet das Ressort …": a paragraph about a named person. */
const BIO_START = /^((?:Dr\.\s|Prof\.\s)?\p{Lu}[\p{L}-]+(?:\s\p{Lu}\.)?(?:\s\p{Lu}[\p{L}-]+){1,2})\s(?:ist|war|arbeitet|schreibt|lebt|studierte|leitet|is|was|works|writes|lives|has been|joined)\s/u;
const NOT_A_NAME = /^(?:Der|Die|Das|Den|Dem|Des|Ein|Eine|Einer|Dies\p{L}*|Unser\p{L}*|Ihr\p{L}*|Im|In|Am|The|A|An|This|Our|Sir)\s/u;

/**
 * The author box after an article: a paragraph about a person whose name also stands on the page as a byline
 * ("von Inga Buller") or as a line of its own. Returns the last block before it.
 */
function authorBoxBefore(blocks: readonly Block[], ctx: StripContext, start: number, end: number): number {
  const m = open(blocks[end]!) ? BIO_START.exec(blocks[end]!.text) : null;
  if (!m || NOT_A_NAME.test(blocks[end]!.text)) return end;
  const name = m[1]!;
  const byline = new RegExp(String.raw`^(?:von|by|autor(?:in)?:?|author:?)?\s*${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\b`, 'iu');
  const named = blocks.some((b) => b.index !== end && b.text.length <= 80 && byline.test(b.text));
  if (!named) return end;
  // The name (or "Über den Autor") right above the paragraph belongs to the box.
  return proseBefore(blocks, ctx, start, end, end);
}

/** Most items an announced list may have. */
const ANNOUNCED_MAX = 30;
/** What one item of an announced list costs the region (a short line elsewhere costs 1). */
const ANNOUNCED_ITEM = -0.3;

/**
 * A list the text announces ("So geht der Sazerac:", "Es gibt viele Gründe dafür:") is the article's own:
 * its short lines cost the region little, so the text above it and below it stay one article.
 */
function announcedLists(blocks: readonly Block[], ctx: StripContext, scores: number[]): number[] {
  const out = [...scores];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (!open(b) || (ctx.profile(b.index)?.words ?? 0) < 3 || !announces(b.text)) continue;
    let items = 0;
    let j = i + 1;
    for (; j < blocks.length && items < ANNOUNCED_MAX; j++) {
      const n = blocks[j]!;
      if (n.removed) {
        if (BOUNDARY_RULES.has(n.removed.rule)) break;
        continue;
      }
      const p = ctx.profile(n.index)!;
      if (p.prose || p.chars > 160) break;
      items++;
    }
    if (items === 0 || items >= ANNOUNCED_MAX) continue;
    for (let k = i; k < j; k++) if (open(blocks[k]!) && out[k]! < ANNOUNCED_ITEM) out[k] = ANNOUNCED_ITEM;
  }
  return out;
}

/** The most prose a region's tail past a section border may hold and still be a teaser's blurb. */
const TAIL_PAST_BORDER_MAX = 200;

/**
 * Where teaser cards were cut off the region's end: a section border with no more than a blurb of prose under it
 * ("Weitere Artikel", its first teaser's title removed, the blurb "Katholische Moraltheologen kritisieren …" left) is
 * where the cards began, and the text ends above it. (Not where no cards follow: an inline newsletter box over the
 * article's last short paragraphs.)
 */
function tailPastBorder(blocks: readonly Block[], ctx: StripContext, start: number, end: number): number {
  let prose = 0;
  for (let i = end; i > start; i--) {
    const b = blocks[i]!;
    if (b.removed && BOUNDARY_RULES.has(b.removed.rule)) {
      if (prose === 0) return end;
      let k = i - 1;
      while (k > start && !(open(blocks[k]!) && isProse(ctx, blocks[k]!))) k--;
      return k;
    }
    if (open(b)) prose += b.text.length;
    if (prose > TAIL_PAST_BORDER_MAX) return end;
  }
  return end;
}

/** How many items a list the text's last line announces may have (a tour's dates, a season's fixtures). */
const ANNOUNCED_AFTER_MAX = 80;
const ANNOUNCED_AFTER_MIN = 3;
/** The share of its items with figures. */
const ANNOUNCED_AFTER_FIGURES = 0.8;

/**
 * A list the article's last line announces, right under it ("The Doobie Brothers 50th Anniversary Tour 2020 dates:" over
 * "June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL" …): the article's own, though nothing of the text follows it
 * (announcedLists keeps such a list only between text). Its items are short lines of two words or more, nearly all
 * with figures; the list ends at a section border, a paragraph or a line of one word (a menu's).
 */
function announcedListAfter(blocks: readonly Block[], ctx: StripContext, end: number): number {
  const below = keptBelow(blocks, end);
  const i = below.next().value;
  const a = i === undefined ? undefined : blocks[i];
  if (!a || !open(a) || (ctx.profile(a.index)?.words ?? 0) < 3 || !announces(a.text)) return end;
  let last = end;
  let items = 0;
  let figures = 0;
  for (const j of below) {
    if (items > ANNOUNCED_AFTER_MAX) break;
    const n = blocks[j]!;
    const p = ctx.profile(n.index)!;
    if (p.prose || p.chars > 160 || p.words < 2) break;
    items++;
    if (/\d/.test(n.text)) figures++;
    last = j;
  }
  // Rows of figures, each: dates, ranks, results. A list of titles or names under "Jede Menge Testberichte:" or
  // "Contact the author:" is a box of links, which lines of text announce as often.
  return items >= ANNOUNCED_AFTER_MIN && items <= ANNOUNCED_AFTER_MAX && figures >= items * ANNOUNCED_AFTER_FIGURES ? last : end;
}

/** A question or an answer of an interview, by its label ("Q: Favorite apps?", "A: Trip to Disney World", "Frage: …"). */
const QA_LABEL = /^(?:Q|A|F|Frage|Antwort|Question|Answer)\s?:\s/u;
/** Labelled lines the article must hold to be an interview in that form. */
const QA_MIN = 4;

/**
 * An interview goes on in its labelled questions and answers under the last paragraph the region took, where they
 * turn short ("Ok, now for a little fun." over "Q: Favorite apps?" / "A: Bleacher Report, Uber Eats, and ParkMobile"):
 * where the article holds such lines, the labelled lines right under it are its own.
 */
function interviewAfter(blocks: readonly Block[], start: number, end: number): number {
  let labelled = 0;
  for (let i = start; i <= end; i++) if (open(blocks[i]!) && QA_LABEL.test(blocks[i]!.text)) labelled++;
  if (labelled < QA_MIN) return end;
  let last = end;
  for (const j of keptBelow(blocks, end)) {
    const n = blocks[j]!;
    if (!open(n) || !QA_LABEL.test(n.text)) break;
    last = j;
  }
  return last;
}

/** Lines of an embedded tweet above its signature (its text, a link or a picture's address, the line announcing it). */
const TWEET_LINES_MAX = 4;

/**
 * Tweets the article embeds under its last paragraph ("See tweets :" over "Observe a minute silence …" over
 * "— The Nigerian Senate (@NGRSenate) October 9, 2018"), one after the other: each a few lines closed by its signature
 * line, up to a section border.
 */
function tweetsAfter(blocks: readonly Block[], end: number): number {
  let lines = 0;
  for (const j of keptBelow(blocks, end)) {
    const n = blocks[j]!;
    if (!open(n)) break;
    if (TWEET_SIGNATURE.test(n.text)) {
      end = j;
      lines = 0;
    } else if (++lines > TWEET_LINES_MAX) break;
  }
  return end;
}

/** A recipe's ingredient line: an amount and its unit ("125 g Mehl", "2 Pck. Vanillepuddingpulver", "1 TL Wasser", "3 Eier"). */
const INGREDIENT = /^(?:ca\.\s*)?(?:\d+(?:[.,/]\d+)?|[½¼¾⅓⅔⅛])(?:\s*[-–]\s*\d+(?:[.,]\d+)?)?\s*(?:g|kg|mg|ml|l|cl|dl|el|tl|msp|pck|pkg|pkt|stk|btl|beutel|gramm|liter|esslöffel|teelöffel|messerspitzen?|päckchen|packung(?:en)?|prisen?|stück|becher|dosen?|dose\/n|tassen?|gläser|glas|bund|zehen?|scheiben?|spritzer|schuss|tropfen|handvoll|würfel|blatt|blätter|eier|ei\(er\)|ei)(?![\p{L}])/iu;
/** Times and yields of a recipe: "Arbeitszeit ca. 30 Minuten", "für 12 Stück", "Portionen: 12". */
const RECIPE_FACT = /\b(?:arbeitszeit|zubereitungszeit|backzeit|kochzeit|ruhezeit|gesamtzeit|koch-\/backzeit|portionen|für \d+ (?:stück|personen|portionen))\b/iu;
/** How far above the method the ingredient list may begin. */
const INGREDIENTS_WINDOW = 60;

/**
 * The ingredient list above a recipe's method (and its headings, times and yields): amounts with units,
 * three or more, with only short lines between them and the text. Returns the new first block of the article.
 */
function ingredientsAbove(blocks: readonly Block[], ctx: StripContext, start: number): number {
  let ingredients = 0;
  let top = start;
  for (let i = start - 1; i >= Math.max(0, start - INGREDIENTS_WINDOW); i--) {
    const b = blocks[i]!;
    if (b.removed) {
      if (BOUNDARY_RULES.has(b.removed.rule)) break;
      continue;
    }
    if (b.role !== 'unknown') continue;
    const p = ctx.profile(b.index)!;
    if (INGREDIENT.test(b.text) && p.chars <= 120) {
      ingredients++;
      top = i;
      continue;
    }
    if (RECIPE_FACT.test(b.text) && p.chars <= 160) {
      top = i;
      continue;
    }
    if (p.prose || p.chars > 60) break;
  }
  if (ingredients < 3) return start;
  // The heading right over the list ("Zutaten", "Für den Mürbeteig:") comes with it.
  for (let i = top - 1; i >= 0; i--) {
    const b = blocks[i]!;
    if (b.removed) continue;
    const p = ctx.profile(b.index)!;
    if (b.role === 'unknown' && !p.prose && p.words <= 4 && p.chars <= 40) top = i;
    break;
  }
  return top;
}

/** A sentence that ends in an emoji or emoticon ("… und das gefällt mir 😉", "Bis bald :-)") still ends. */
const EMOJI_END = /(?:\p{Extended_Pictographic}|[:;]-?[)(DP])\uFE0F?\s*$/u;
const endsSentence = (ctx: StripContext, b: Block): boolean => ctx.profile(b.index)!.sentenceEnd || EMOJI_END.test(b.text);

/** A writer's sign-off under the last paragraph: a greeting ("Viel Glück!", "Liebe Grüße") or "Euer Hans", "Eure Anna". */
const GREETING = /^(?:(?:liebe|viele|beste|herzliche|schöne|sonnige) grüße\b.{0,30}|(?:viel spaß|viel glück|viel erfolg|alles liebe|alles gute|bis bald|bis zum nächsten mal|frohes schaffen|gutes gelingen|guten appetit|cheers|xoxo)[!.,]?.{0,20})$/iu;
const SIGNATURE = /^(?:[Ee]uer|[Ee]ure|[Dd]ein|[Dd]eine) \p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*)?[!.]?$/u;
const SIGN_OFF = { test: (t: string): boolean => GREETING.test(t) || SIGNATURE.test(t) };
const SIGN_OFF_LINES = 2;

/** A sentence ending inside a text and the next one starting: "… eingereicht werden. Nur vollständig …". */
const SENTENCE_BREAK = /\p{Ll}{2}[.!?]["“”»]?\s+\p{Lu}/u;
/** A teaser's text ends in its link ("… Seht selbst! Weiterlesen") or is cut short ("…"). */
const TEASER_END = /(?:\b(?:weiterlesen|mehr|mehr lesen|lesen|read more|more|continue reading|zum artikel)\s*[»›>→.]*|\.\.\.|…)\s*$/iu;

/** Sentences of prose whose last one lost its stop (it ends in a link, or in nothing): long, many function words, a sentence break inside. */
function unstoppedParagraph(ctx: StripContext, b: Block): boolean {
  const p = ctx.profile(b.index)!;
  return p.chars >= 120 && p.stopwordDensity >= 0.25 && SENTENCE_BREAK.test(b.text) && !TEASER_END.test(b.text);
}

/** A fact line: a short label, its colon, a short value ("Brennweite in mm: 180", "Verbrauch: 1", "Ort: Kasberg im Frankenland"), or a label alone ("Öffnung in mm:"). */
const FACT_LINE = /^(\p{L}[\p{L}\d .,/()%²³°+-]{0,40}?)\s?:(\s+\S.{0,60})?$/u;
/** Fewest facts with a value that make a fact list; lines above it that may head it ("Detailangaben", "Merkmale der Testrute"). */
const FACT_LIST_MIN = 3;
const FACT_HEADER_LINES = 2;
/** A picture's credit ("Bild2: ©Geert Pieters", "Bildnachweis: Quelle, cc-Lizenz") is no fact of the article. */
const CREDIT_MARK = /©|\(c\)/iu;
const CREDIT_LABEL = /^(?:bild|foto|photo|image|picture|quelle|source|credits?|copyright)/u;

/**
 * Whether fact lines make a list of facts: three or more with a value, each label another word
 * ("Länge: 2,44 Meter", "Gewicht: 186 Gramm", "Rollenhalter: Fuji"). Teasers under one label
 * ("Nachgefragt: …" twice, "Folge 64: …", "Folge 35: …"), picture credits ("Bild2: ©…") and contact
 * data ("Telefon: 089 …") are not one.
 */
function factList(lines: readonly string[]): boolean {
  const labels = new Set<string>();
  let facts = 0;
  for (const t of lines) {
    const m = FACT_LINE.exec(t);
    if (!m) continue;
    const label = m[1]!.toLowerCase().replace(/\d+/gu, '').split(/[\s/]/u)[0]!;
    if (labels.has(label) || CONTACT_DATA.test(t) || CREDIT_MARK.test(t) || CREDIT_LABEL.test(label)) return false;
    labels.add(label);
    if (m[2]) facts++;
  }
  return facts >= FACT_LIST_MIN;
}

/**
 * The blocks under index `after` no rule removed, in order, up to a section border (BOUNDARY_RULES): what the region may
 * take on under its end. A line removed between (a share bar, an ad label) is passed over.
 */
function* keptBelow(blocks: readonly Block[], after: number): Generator<number> {
  for (let j = after + 1; j < blocks.length; j++) {
    const b = blocks[j]!;
    if (!b.removed) yield j;
    else if (BOUNDARY_RULES.has(b.removed.rule)) return;
  }
}

/**
 * A list of facts right under the text (a test's grades, a photo's exposure data, a product's
 * specifications), under a header of its own or none: the article's, not a menu.
 */
function factListAfter(blocks: readonly Block[], ctx: StripContext, end: number): number {
  let headers = 0;
  const lines: string[] = [];
  let last = end;
  for (const j of keptBelow(blocks, end)) {
    const b = blocks[j]!;
    // A date among the facts ("Datum: 31/08/2019") is kept as the article's metadata already.
    if (b.role === 'meta' && lines.length > 0) continue;
    if (b.role !== 'unknown') break;
    const p = ctx.profile(b.index)!;
    if (FACT_LINE.test(b.text) && !p.prose && b.text.length <= 100) {
      lines.push(b.text);
      last = j;
    } else if (lines.length === 0 && headers < FACT_HEADER_LINES && !p.prose && p.words <= 4 && p.chars <= 40 && !LINK_LIST_WORDS.test(b.text)) headers++;
    else break;
  }
  return factList(lines) ? last : end;
}

/** Each block's region score, with announced lists and gaps evened out (what mainRegion sums). */
const regionScores = (blocks: readonly Block[], ctx: StripContext): number[] =>
  cappedGaps(announcedLists(blocks, ctx, teaserBylineCosts(blocks, ctx, echoedProse(blocks, ctx, blocks.map((b) => regionScore(ctx, b))))), blocks);

/** What a paragraph printed again further down scores, and how many lines under the first copy it must stand. */
const ECHO_SCORE = 0.1;
const ECHO_MIN_DISTANCE = 10;

/**
 * A paragraph the page printed before, word for word, speaks for no region a second time: lower down it is the article's
 * own teaser in a list of articles ("Anzahl zugelassener Parteien" over the article's lead again), and a short article
 * would lose to the teaser list its copy stands in.
 */
function echoedProse(blocks: readonly Block[], ctx: StripContext, scores: number[]): number[] {
  const firstAt = new Map<string, number>();
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (!open(b) || !isProse(ctx, b)) continue;
    const first = firstAt.get(b.text);
    // A little, not nothing: a copy standing at the article's end (a quote it repeats) still ends the region. Copies a
    // few lines apart are one list's cards (pingbacks quoting the post), which the teaser rules below must still see.
    if (first === undefined) firstAt.set(b.text, i);
    else if (i - first > ECHO_MIN_DISTANCE) scores[i] = ECHO_SCORE;
  }
  return scores;
}

/**
 * Teaser cards' bylines (a title, a blurb, "Von Anna Muster am 16.11.2022", again and again): a byline under a
 * paragraph with another such byline a few lines away costs as a short line does. The article's own byline stands
 * over its text, and a link list's bylines under their titles ("Essai / Définir l'excellence / par Claire Lemercier").
 */
function teaserBylineCosts(blocks: readonly Block[], ctx: StripContext, scores: number[]): number[] {
  let last = -Infinity;
  let previous: Block | undefined;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.removed) continue;
    if (b.role === 'byline' && previous && open(previous) && isProse(ctx, previous)) {
      if (i - last <= TEASER_BYLINE_GAP) scores[i] = scores[last] = -1;
      last = i;
    }
    previous = b;
  }
  return scores;
}

/**
 * The main content: the run of blocks from `from` on with the highest sum of region scores
 * (Kadane). A caller that looks twice passes the scores it has.
 */
export function mainRegion(blocks: readonly Block[], ctx: StripContext, from = 0, scores = regionScores(blocks, ctx)): { start: number; end: number } | null {
  let best = 0;
  let bestStart = -1;
  let bestEnd = -1;
  let sum = 0;
  let start = from;
  for (let i = from; i < blocks.length; i++) {
    const s = scores[i]!;
    if (sum <= 0) {
      sum = s;
      start = i;
    } else sum += s;
    if (sum > best) [best, bestStart, bestEnd] = [sum, start, i];
  }
  if (bestStart < 0) return null;
  // Trim to prose at both ends.
  while (bestStart < bestEnd && !(open(blocks[bestStart]!) && isProse(ctx, blocks[bestStart]!))) bestStart++;
  while (bestEnd > bestStart && !(open(blocks[bestEnd]!) && isProse(ctx, blocks[bestEnd]!))) bestEnd--;
  // The lead paragraph stands above the body, set apart by a byline, a share bar, a table of contents
  // or a short list: take the nearest prose block a few lines up if no section border lies between.
  for (let i = bestStart - 1; i >= Math.max(from, bestStart - LEAD_WINDOW); i--) {
    const b = blocks[i]!;
    if (b.removed && BOUNDARY_RULES.has(b.removed.rule)) break;
    if (open(b) && isProse(ctx, b)) {
      if (underHeadline(blocks, ctx, i)) bestStart = i;
      break;
    }
  }
  // A recipe's ingredients stand above its method, without prose between: they are the article's.
  bestStart = ingredientsAbove(blocks, ctx, bestStart);
  // Cards from the region's first line on, their texts cut short by the list ("… Active Noise Cancellat..."),
  // are a teaser list that outweighed the article: look again without them.
  const all = teaserCards(blocks, ctx, bestStart, bestEnd, true);
  if (all.cards >= 3 && all.cut < bestStart && all.cutShort * 2 >= all.cards) {
    const masked = scores.slice();
    for (let i = bestStart; i <= bestEnd; i++) masked[i] = Math.min(masked[i]!, -1);
    return mainRegion(blocks, ctx, from, masked);
  }
  // Teaser cards at the end are other articles: cut them off.
  const cut = teaserCardsBefore(blocks, ctx, bestStart, bestEnd);
  if (cut >= bestStart && cut < bestEnd) {
    bestEnd = cut;
    while (bestEnd > bestStart && !(open(blocks[bestEnd]!) && isProse(ctx, blocks[bestEnd]!))) bestEnd--;
    bestEnd = tailPastBorder(blocks, ctx, bestStart, bestEnd);
  }
  bestEnd = datedListBefore(blocks, ctx, bestStart, bestEnd);
  bestEnd = readMoreCardsBefore(blocks, ctx, bestStart, bestEnd);
  bestEnd = headedCardsBefore(blocks, ctx, bestStart, bestEnd);
  bestEnd = authorBoxBefore(blocks, ctx, bestStart, bestEnd);
  // The article's last line is often too short to count as prose ("Ich hoffe, es schmeckt!"): take one sentence that follows directly.
  // Or a last paragraph whose last sentence lost its stop ("… zum Download bereit: Antragsformular.pdf").
  const next = blocks[bestEnd + 1];
  // (Not a paragraph: the region left one out only where a cut above took it for another page's card.)
  if (next && open(next) && ((endsSentence(ctx, next) && ctx.profile(next.index)!.words >= 3 && !isProse(ctx, next)) || unstoppedParagraph(ctx, next))) bestEnd++;
  // A blog post's sign-off ("Viel Glück!", "Euer Hans") closes the text.
  for (let k = 0; k < SIGN_OFF_LINES; k++) {
    const n = blocks[bestEnd + 1];
    if (!n || !open(n) || !SIGN_OFF.test(n.text)) break;
    bestEnd++;
  }
  bestEnd = factListAfter(blocks, ctx, bestEnd);
  bestEnd = announcedListAfter(blocks, ctx, bestEnd);
  bestEnd = interviewAfter(blocks, bestStart, bestEnd);
  bestEnd = tweetsAfter(blocks, bestEnd);
  return { start: bestStart, end: bestEnd };
}

/** How many lines apart the bylines of a teaser list stand at most. */
const TEASER_BYLINE_GAP = 6;

/** A line that announces a list of the article's own ("Hier die genauen Maße:"), not a list of links ("Weitere Informationen:"). */
const announces = (text: string): boolean => /:$/.test(text) && !LINK_LIST_WORDS.test(text);
/** What a header over links says ("Weitere Artikel", "Letzte Beiträge", "Related"). */
const LINK_LIST_WORDS = /\b(?:weitere\p{L}*|mehr|relevant\p{L}*|ähnlich\p{L}*|verwandt\p{L}*|artikel|beiträge|informationen|infos|links?|teilen|lesen|archiv|downloads?|more|related|further|read)\b/iu;

/** A line closed by one full stop after a word ("… auslegen."), not an ellipsis. */
const SENTENCE_STOP = /\p{Ll}{2}\.$/u;

/** Two or more figures on a line: "Anteil 48,7 % 58,9 % 55,6 %", "Monatsbrutto 3.380 € 3.194 € 186 €". */
const FIGURES = /\d[\d.,]*\D+\d/u;
const OPENING_QUOTE = /^["„“«»‚']/u;
const CLOSING_QUOTE = /["“”»«‘']$/u;

/**
 * Short lines inside the text that are no link list: the rows of a table (most carry two or more figures),
 * a recipe's ingredients, short sentences (most closed by a full stop), or a quotation set line by line
 * (lyrics, a poem) from its opening quote mark to its closing one.
 */
function tableOrQuote(lines: readonly string[]): boolean {
  if (lines.filter((t) => FIGURES.test(t)).length * 2 >= lines.length || lines.filter((t) => INGREDIENT.test(t)).length >= 3) return true;
  // A recipe's steps, a dialogue ("Ein Backblech mit Backpapier auslegen."): link labels have no stop.
  if (lines.filter((t) => SENTENCE_STOP.test(t)).length * 2 > lines.length) return true;
  if (lines.filter((t) => FACT_LINE.test(t)).length >= lines.length * 0.75 && factList(lines)) return true;
  const open = lines.findIndex((t) => OPENING_QUOTE.test(t) && !CLOSING_QUOTE.test(t));
  return open >= 0 && lines.slice(open + 1).some((t) => CLOSING_QUOTE.test(t));
}

/**
 * A sentence about a person named on a line of its own close by: an author box ("Heiko Sauer" over
 * "Heiko Sauer is a Professor of Public Law at the University of Bonn."), not the article's lead.
 */
function authorBio(blocks: readonly Block[], i: number): boolean {
  const text = blocks[i]!.text;
  for (let j = Math.max(0, i - 3); j <= Math.min(blocks.length - 1, i + 3); j++) {
    const name = blocks[j]!.text.trim();
    if (j !== i && looksLikeName(name) && text.startsWith(name + ' ')) return true;
  }
  return false;
}

export const mainContent: SequenceRule = {
  kind: 'sequence',
  id: 'strip/main-content',
  description:
    'Finds the article as the densest run of prose; the headline (and a kicker above it) before it are kept apart, menus and teasers before and after it are removed. A line the page address\'s slug spells early in the run is the headline, and the article begins under it; where only a line below the run spells it, the run was a menu and the article is the densest prose under that line. A list of facts right under the text ("Länge: 2,44 Meter", "Gewicht: 186 Gramm") is the article\'s. A paragraph the page printed word for word more than 10 lines further up (the article\'s own teaser in a list below it) counts for no run a second time.',
  examples: {
    matches: [
      'Startseite\n- Politik\n- Putin telefoniert mit Biden\nDer russische Präsident Wladimir Putin und sein US-Amtskollege Joe Biden haben am späten Donnerstagabend telefoniert.\nDas Gespräch fand auf Initiative von Präsident Putin statt, hieß es, und dauerte etwa 50 Minuten.\n- Vor Ukraine-Gespräch: Putin wirbt für Dialog\nNewsticker\n- Alle Rechte beim Verlag',
      // A link list inside the article, a teaser's relative stamp one of its lines.
      'Der EHC Red Bull München hat das Endspiel der Champions Hockey League erreicht, nachdem er das Halbfinale gegen Tappara gewann.\nTappara ging dabei bereits nach rund vier Minuten in Führung, als ein Schuss von der blauen Linie abgefälscht wurde.\n- Stefan Wasmer\n- Kurznachrichtenticker\n- vor 16 Stunden\nDie Partie in der Oberliga Nord wurde abgesagt, weil es im Team der Gäste mehrere positive Tests gegeben hatte, teilte der Verband mit.\nDie Spieler befinden sich seit Montag in Quarantäne und sollen in der kommenden Woche wieder mit dem Training beginnen.',
      // A short article whose own teaser stands again in the list of articles below it: the copy of its lead counts for
      // no region a second time, and the list does not outweigh the article.
      '- Zugelassene Parteien\nNach einer Wahl werden in den Nachrichten meist nur die Gewinner und die Ergebnisse der großen Parteien genannt, die kleineren gehen dabei unter.\nWeil es so viele sind, und viele nur in wenigen Ländern antreten, haben wir uns hier auf die größten beschränkt.\n- Dossiers\n- Politik\n- Wirtschaft\n- Kultur\n- Sport\n- Wissen\n- Karten\n- Hefte\n- Die Hamas hat bei dem Überfall auf Israel mindestens 1.200 Menschen getötet, und mehr als 200 wurden verschleppt.\n- Die Zahl der Wohnungen in den großen Städten ist im vergangenen Jahr kaum gestiegen, wie das Amt mitteilte.\n- Nach einer Wahl werden in den Nachrichten meist nur die Gewinner und die Ergebnisse der großen Parteien genannt, die kleineren gehen dabei unter.',
      // A list of figures the text's last line announces is the article's, though no text follows it.
      '- Wintersport\n- Wierer gewinnt den Massenstart\nDer Biathlon-Weltcup in Antholz endete am Sonntag mit dem Massenstart, den die Italienerin Dorothea Wierer vor heimischem Publikum gewann.\nSie setzte sich im Zielsprint gegen zwei Konkurrentinnen durch, nachdem sie beim letzten Schießen fehlerfrei geblieben war.\nDie Ergebnisse des Massenstarts der Damen:\n1. Dorothea Wierer (ITA) 35.58,7\n2. Dzinara Alimbekava (BLR) +3,7\n3. Elvira Öberg (SWE) +5,1\n4. Marte Olsbu Røiseland (NOR) +9,8',
      // Not a list of titles a line announces under the text: a box of links.
      'Der Music Man StingRay gehört ins Pantheon der klassischen E-Bässe und steht nach wie vor auf dem Wunschzettel vieler Bassisten.\nDer neue Jahrgang klingt so kräftig wie die alten Modelle, ist aber leichter und hat einen besseren Hals.\n- Jede Menge Testberichte:\n- Ormsby Baritone, E-Gitarre\n- Music Man Valentine, E-Gitarre\n- Fender Jazz Bass, E-Bass',
      // An interview's questions and answers go on, short, under its last paragraph.
      '- Neuer Vorstand\n- Anna Muster leitet den Verein\nQ: Was hat Sie an der neuen Aufgabe gereizt, nachdem Sie so viele Jahre im Verein als Trainerin gearbeitet haben?\nA: Ich kenne den Verein seit meiner Kindheit, und ich möchte etwas von dem zurückgeben, was ich hier bekommen habe, vor allem den Kindern.\nQ: Was wollen Sie als Erstes ändern, wenn Sie im Januar offiziell Ihr Amt als Vorsitzende des Vereins antreten?\nA: Wir brauchen mehr Hallenzeiten, denn unsere Mannschaften trainieren zu spät am Abend, und das ist für die Jüngsten nicht gut.\nQ: Lieblingsessen?\nA: Pizza\nQ: Lieblingsverein?\nA: Der eigene',
      // Tweets the article embeds under its last paragraph, each closed by its signature, are its own.
      'Der Senat hat am Dienstag seine Sitzung nach den Todesfällen zweier früherer Abgeordneter vertagt, wie sein Sprecher mitteilte.\nZuvor hatten die Senatoren in einer Schweigeminute der Verstorbenen gedacht, deren Verdienste der Präsident würdigte.\nSiehe Tweets:\nDer Senat beschließt eine Schweigeminute.\n— Der Senat (@Senat) 9. Oktober 2018\nDie Sitzung wird auf Mittwoch vertagt.\n— Der Senat (@Senat) 9. Oktober 2018\n- Die Woche im Rückblick',
      // Teaser cards cut off under a link list's header: the blurb of its first card, whose title went with the header, goes too.
      'Der Stadtrat hat am Dienstagabend beschlossen, die Brücke über den Kanal im kommenden Frühjahr zu sanieren, und er hat dafür zwei Millionen Euro bereitgestellt.\nDie Bauzeit soll zwei Jahre betragen, und in dieser Zeit wird der Verkehr über die Nordbrücke umgeleitet, wie die Verwaltung am Mittwoch mitteilte.\nWeitere Artikel\nDer Radweg am Hafen ist fertig\n- Nach zwei Jahren Bauzeit wird der neue Radweg am Hafen am Samstag mit einem Fest eröffnet, zu dem die Vereine einladen.\n- Die Bibliothek verlängert ihre Öffnungszeiten\n- Ab dem kommenden Monat hat die Stadtbibliothek auch am Samstagnachmittag geöffnet, und die Leser können dann die neuen Lernplätze im ersten Stock nutzen.\n- Der Wochenmarkt zieht um\n- Weil der alte Marktplatz im Sommer umgebaut wird, ziehen die Händler des Wochenmarkts für ein halbes Jahr auf den Rathausplatz.\n- Das Hallenbad öffnet wieder\n- Das Hallenbad im Süden der Stadt war fast ein Jahr lang geschlossen, doch ab Montag können die Schwimmer dort wieder ihre Bahnen ziehen.',
      // Teaser blurbs of a few hundred characters each, each closed by its read-more link, after the article: other pages.
      'Der Stadtrat hat am Dienstagabend beschlossen, die Brücke über den Kanal im kommenden Frühjahr zu sanieren, und er hat dafür zwei Millionen Euro bereitgestellt.\nDie Bauzeit soll zwei Jahre betragen, und in dieser Zeit wird der Verkehr über die Nordbrücke umgeleitet, wie die Verwaltung am Mittwoch mitteilte.\n- Für eine Reportage über die Schifffahrt auf dem Kanal sind wir eine Woche lang mit einem Frachter von Hamburg nach Berlin gefahren, haben mit dem Kapitän, dem Matrosen und den Schleusenwärtern gesprochen und erlebt, wie langsam und zugleich wie verlässlich diese Art des Transports ist, die auf vielen Strecken seit Jahren an Bedeutung verliert, obwohl sie für schwere Güter und für das Klima viele Vorteile bietet, wie uns die Reederei und die Verbände immer wieder erklärten.\nRead More\n- Im Hafen der Stadt arbeiten heute nur noch halb so viele Menschen wie vor dreißig Jahren, doch die Menge der Güter, die hier umgeschlagen wird, ist im gleichen Zeitraum um mehr als das Doppelte gestiegen, weil Kräne und Fahrzeuge inzwischen automatisch gesteuert werden und die Container schneller als früher von den Schiffen auf Züge und Lastwagen kommen, wie die Hafengesellschaft in ihrem neuen Jahresbericht schreibt, den sie am Montag in der Handelskammer vorgestellt hat.\nRead More',
      // Teaser cards after the article (a title and one sentence, twice or more) are cut off.
      '- Kochen mit Kindern\nWer mit Kindern kocht, braucht Geduld, eine sichere Küche und Rezepte, die nicht zu viele Schritte haben. Am besten beginnt man mit etwas, das schnell gelingt, etwa mit Pfannkuchen oder einem einfachen Obstsalat für alle.\nWichtig ist, dass die Kinder selbst schneiden, rühren und abschmecken dürfen, denn so lernen sie am meisten über das Essen und haben dabei auch noch viel Spaß in der Küche.\n- Die besten Rezepte für den Herbst\n- Kürbis, Äpfel und Pilze sind jetzt reif, und wir zeigen, was man daraus alles kochen kann.\n- So gelingt der perfekte Pfannkuchen\n- Mit diesen Tipps wird der Teig locker und die Pfannkuchen werden schön goldbraun.',
      // The headline is the line most like the text, not the byline right above it.
      '- Politik\n- Putin telefoniert mit Biden\n- Anna Muster\nDer russische Präsident Wladimir Putin und sein US-Amtskollege Joe Biden haben am späten Donnerstagabend telefoniert.\nDas Gespräch fand auf Initiative von Präsident Putin statt, hieß es, und dauerte etwa 50 Minuten.',
      // An author box after the text: a paragraph about the person named in the byline.
      'Der Grill wird mit einer Piezo-Zündung gestartet, und nach zehn Minuten ist er heiß genug für das erste Steak.\nDas Ergebnis hat uns überzeugt: Das Fleisch war außen knusprig und innen saftig, so wie es sein soll.\n- Inga Buller\n- Inga Buller ist Redakteurin im Ressort Technik und schreibt über Grills, Küchengeräte und alles, was dazu gehört.',
      // A blog post's last line ends in an emoji, then the writer signs off: both close the text.
      'Im letzten Winter war draußen und im Dunklen Laufen so ziemlich das letzte, was mir in den Kopf gekommen wäre, und ich bin lieber zu Hause geblieben.\nHeute ist es genau anders herum: Ich mag es, wenn es draußen nass, kalt und dunkel ist, und ich laufe trotzdem meine Runde, egal wie das Wetter ist.\nMan fühlt sich danach wie ein Held – und das gefällt mir 😉\nViel Glück!\nEuer Hans\n- Weitere Deals aus dem Netz\n- Gutscheine und Angebote',
      // The last paragraph lost its stop (it ends in a link): still the article's; a teaser with its link glued on is not.
      'Die Landesregierung zahlt den Jägern auch in diesem Jahr eine Prämie für jedes erlegte Wildschwein, um die Ausbreitung der Schweinepest zu bremsen.\nIm vergangenen Jahr gingen mehr als zehntausend Anträge ein, und fast alle wurden bewilligt, wie das Ministerium am Montag mitteilte.\nDie Anträge müssen bis zum 30. April bei der zuständigen Jagdbehörde eingereicht werden. Das Formular steht auf den Internetseiten des Ministeriums bereit: Antragsformular.pdf\n- Der Wald im Klimawandel: Wie die Förster auf die Dürre reagieren und was das für die Jagd bedeutet. Weiterlesen',
      // A list of teasers inside the text, each with its byline: the bylines go with the list.
      'Les universités françaises cherchent depuis des années un modèle de financement qui leur donne plus de liberté, et le débat revient à chaque réforme.\nLe rapport publié cette semaine reprend ces questions et propose de confier davantage de moyens aux établissements qui attirent des fonds privés.\n- Essai\n- Université et entreprise : l’histoire d’un malentendu\n- par Pierre Gervais, le 22 octobre 2008\n- Définir l’excellence\n- par Claire Lemercier, le 28 mai 2009\nPour les syndicats, cette proposition menace l’égalité entre les établissements, et ils annoncent une mobilisation pour le mois prochain dans toutes les grandes villes.\nLe ministère, de son côté, assure que les petites universités ne seront pas oubliées et qu’un fonds de solidarité sera créé pour elles dès la rentrée prochaine, avec un budget qui reste à définir.\nLes présidents d’université attendent maintenant le détail des textes, qui doivent être présentés au conseil des ministres avant l’été, et ils demandent à être associés à leur rédaction.',
      // Teasers with their bylines right under the text: the bylines are theirs, not the article's.
      'Les universités françaises cherchent depuis des années un modèle de financement qui leur donne plus de liberté, et le débat revient à chaque réforme.\nLe rapport publié cette semaine reprend ces questions et propose de confier davantage de moyens aux établissements qui attirent des fonds privés.\n- Essai\n- Université et entreprise : l’histoire d’un malentendu\n- par Pierre Gervais, le 22 octobre 2008\n- Définir l’excellence\n- par Claire Lemercier, le 28 mai 2009',
      // Teaser cards after the text, each a kicker, a title, a blurb and a byline with its date: bylines a few lines apart under paragraphs are the cards', not the article's, and the cards go.
      'Der Stadtrat hat am Dienstag beschlossen, die Bibliothek am Marktplatz bis zum Herbst zu sanieren und ihre Öffnungszeiten zu verlängern.\nDie Kosten von rund zwei Millionen Euro trägt zum größten Teil das Land, den Rest zahlt die Stadt aus ihren Rücklagen.\nDie Bauarbeiten sollen im Mai beginnen, und die Ausleihe zieht für diese Zeit in das alte Rathaus am Kirchplatz um, wie die Verwaltung mitteilte.\nWeitere Artikel\nNeue Bäume für den Stadtpark\n- Die Stadt will in diesem Herbst mehr als hundert junge Bäume pflanzen, vor allem Linden und Eichen, die Hitze und Trockenheit besser vertragen. Die Anwohner dürfen mitbestimmen, wo die neuen Bäume stehen sollen, und können sich bis Ende des Monats melden.\n- Von Tom Beispiel am 16.11.2022\n- Finanzen\n- Der Haushalt wird knapp\n- Der Rat streitet über jede neue Ausgabe, und die Opposition verlangt einen Nachtragshaushalt noch vor dem Sommer. Der Kämmerer warnt, dass ohne Einsparungen die Rücklagen der Stadt in zwei Jahren aufgebraucht sein werden, und schlägt Kürzungen vor.\n- Von Anna Muster am 10.11.2022\n- Freizeit\n- Das Freibad öffnet früher\n- Wegen des warmen Frühlings beginnt die Badesaison schon Anfang Mai, teilten die Stadtwerke am Montag mit. Die Preise für die Saisonkarten bleiben gleich, und für Familien mit mehr als zwei Kindern gibt es in diesem Jahr zum ersten Mal einen Rabatt an der Kasse.\n- Von Tom Beispiel am 02.11.2022',
      // Prose between the headline and the text is its lead, where a picture and a teaser list split it off the text.
      '- Warum wir jetzt Demut brauchen | Die Tagespost\n- Würzburg\n- Warum wir jetzt Demut brauchen\nRisiken und Nebenwirkungen bergen nicht nur Medikamente, sondern auch politische Maßnahmen, wie die zur Bekämpfung einer Pandemie.\n24. April 2020\nDemut hinter Masken Foto: Adobe Stock\nLesen Sie auch\nKiller- oder Grippevirus\nDie Maßnahmen gegen die Pandemie haben Wirkungen und Nebenwirkungen, und über beide muss gesprochen werden, sagt der Arzt, der seit Jahren auf einer Intensivstation arbeitet.\nIm Bereich der Intensivmedizin lässt sich besonders gut beobachten, wie sich die Maßnahmen auswirken, denn hier werden die schwersten Fälle behandelt und die Betten sind knapp.',
      // Not a sentence about a person named on the line above it: that is an author box.
      '- Warum wir jetzt Demut brauchen | Die Tagespost\n- Würzburg\n- Warum wir jetzt Demut brauchen\n- Christoph Ritter\n- Christoph Ritter ist Chefarzt der Inneren Medizin an der Klinik in Prien am Chiemsee.\n24. April 2020\nLesen Sie auch\nKiller- oder Grippevirus\nDie Maßnahmen gegen die Pandemie haben Wirkungen und Nebenwirkungen, und über beide muss gesprochen werden, sagt der Arzt, der seit Jahren auf einer Intensivstation arbeitet.\nIm Bereich der Intensivmedizin lässt sich besonders gut beobachten, wie sich die Maßnahmen auswirken, denn hier werden die schwersten Fälle behandelt und die Betten sind knapp.',
      // Teasers under their kickers after the text, one kicker twice: no list of facts.
      'Wenn der Tag mal wieder zu wenige Stunden hat, hilft es, sich mit der eigenen Zeitplanung zu beschäftigen, und zwar bevor der Kalender überquillt.\nWer seine Aufgaben am Abend für den nächsten Tag aufschreibt, beginnt den Morgen ruhiger und vergisst weniger, sagen die meisten, die es ausprobiert haben.\n- Nachgefragt: Portemonnaie organisieren\n- Top 5: Apps für mehr Organisation\n- Nachgefragt: Ordnung im Keller',
      // A teaser list under the text whose cards, cut short by the list, outweigh the article: the article is found all the same.
      '- Neue Brücke über den Kanal\nDer Stadtrat hat am Dienstagabend beschlossen, die Brücke über den Kanal im kommenden Frühjahr zu sanieren, und er hat dafür zwei Millionen Euro bereitgestellt.\nDie Bauzeit soll zwei Jahre betragen, und in dieser Zeit wird der Verkehr über die Nordbrücke umgeleitet, wie die Verwaltung mitteilte.\nNewsletter abonnieren\nJetzt kostenlos registrieren\nDiese Website verwendet Cookies.\n- Der neue Radweg am Hafen ist fertig\n- Nach zwei Jahren Bauzeit ist der Radweg am Hafen fertig, und am Samstag wird er mit einem kleinen Fest für alle Bürger eröffnet, zu dem der Bürgermeister und die Vereine aus den umliegenden Vierteln ...\n- Die Stadtbibliothek verlängert ihre Öffnungszeiten\n- Ab dem kommenden Monat hat die Stadtbibliothek auch am Samstagnachmittag geöffnet, und die Leser können dann dort auch die neuen Lernplätze im ersten Stock nutzen, die mit Spenden aus der ...\n- Wochenmarkt zieht auf den Rathausplatz um\n- Weil der alte Marktplatz im Sommer umgebaut wird, ziehen die Händler des Wochenmarkts für ein halbes Jahr auf den Rathausplatz, und die Parkplätze dort sind in dieser Zeit an den Markttagen ...\n- Schwimmbad öffnet nach der Sanierung wieder\n- Das Hallenbad im Süden der Stadt war fast ein Jahr lang geschlossen, weil das Dach und die Technik erneuert werden mussten, doch ab Montag können die Schwimmer wieder ihre Bahnen ziehen und die ...',
      // A customer service's paragraph (phone, fax, e-mail) under the teasers is no article prose, however long.
      'Der Stadtrat hat am Dienstagabend beschlossen, die Brücke über den Kanal im kommenden Frühjahr zu sanieren, und er hat dafür zwei Millionen Euro bereitgestellt.\nDie Bauzeit soll zwei Jahre betragen, und in dieser Zeit wird der Verkehr über die Nordbrücke umgeleitet, wie die Verwaltung mitteilte.\n- Neue Ampeln in der Altstadt\n- Der Busplan für 2024\n- Schwimmbad öffnet wieder\n- Unser Kundenservice beantwortet gern alle Fragen zum Abonnement und zur Zustellung: Telefon: 030 1234567, Fax: 030 1234568, E-Mail: service@example.org. Er ist montags bis freitags von 7 bis 18 Uhr und samstags von 8 bis 12 Uhr für Sie da. Für Kunden im Ausland: Telefon +49 30 1234569, Fax +49 30 1234570, E-Mail: international@example.org, von Montag bis Freitag zwischen 9 und 17 Uhr, und an Feiertagen bleibt der Kundenservice geschlossen.',
      // Cards under a link list's header after the text, each closed by the same share bar: other pages, though prose.
      'Der Stadtrat hat am Dienstagabend beschlossen, die Brücke über den Kanal im kommenden Frühjahr zu sanieren, und er hat dafür zwei Millionen Euro bereitgestellt.\nDie Bauzeit soll zwei Jahre betragen, und in dieser Zeit wird der Verkehr über die Nordbrücke umgeleitet, wie die Verwaltung mitteilte.\nDas könnte Sie auch interessieren\n- Die Stadtbibliothek hat ab dem kommenden Monat auch am Samstagnachmittag geöffnet, und die Leser können dann die neuen Lernplätze im ersten Stock nutzen, die mit Spenden eingerichtet wurden.\nTeilen Drucken Mailen\n- Weil der alte Marktplatz im Sommer umgebaut wird, ziehen die Händler des Wochenmarkts für ein halbes Jahr auf den Rathausplatz um, und die Parkplätze dort sind an den Markttagen gesperrt.\nTeilen Drucken Mailen\n- Das Hallenbad im Süden der Stadt war fast ein Jahr lang geschlossen, weil das Dach und die Technik erneuert werden mussten, doch ab Montag können die Schwimmer dort wieder ihre Bahnen ziehen.\nTeilen Drucken Mailen',
      // A dated news list after the text whose items open with a teaser's first paragraph: three dates or more.
      'Der Stadtrat hat am Dienstagabend beschlossen, die Brücke über den Kanal im kommenden Frühjahr zu sanieren, und er hat dafür zwei Millionen Euro bereitgestellt.\nDie Bauzeit soll zwei Jahre betragen, und in dieser Zeit wird der Verkehr über die Nordbrücke umgeleitet, wie die Verwaltung mitteilte.\n20.11.2019\n- Unsere Familie feiert jedes Jahr den Hochzeitstag der Großeltern, aber in diesem Jahr ist alles anders, denn vor einem Jahr ist der Großvater gestorben, und seitdem ist nichts mehr so, wie es einmal war. Die Großmutter lebt jetzt allein in dem alten Haus am Waldrand, und wir besuchen sie, so oft wir können.\n- Ein Jahr ohne den Großvater\n- 19.11.2019\n- Die Anhörungen im Parlament dauern nun schon drei Tage, und bisher hat nur eine Zeugin etwas gesagt, das die Abgeordneten wirklich überrascht hat, wie Beobachter in der Hauptstadt berichten. Am Donnerstag soll die Befragung weitergehen, und dann werden zwei weitere Zeugen erwartet, die lange im Ministerium gearbeitet haben.\n- Was die Anhörungen bisher gezeigt haben\n- 18.11.2019\n- Der neue Film des Regisseurs läuft seit drei Wochen in den Kinos, und er hat schon mehr Zuschauer als alle seine früheren Filme zusammen, obwohl die Kritiker ihn nicht besonders mochten. Woran das liegt, haben wir Zuschauer nach der Vorstellung in einem Kino in der Innenstadt gefragt, und die Antworten waren sehr verschieden.\n- Warum alle diesen Film sehen wollen',
      // A bibliography under the text: its entries, some long enough to read as prose, the others not, are no teaser cards.
      'Die Staatsausgaben wirken auf die Wirtschaft stärker, als die meisten Modelle annehmen, und das liegt vor allem daran, wie die Haushalte das zusätzliche Einkommen verwenden.\nWer die Multiplikatoren schätzt, muss deshalb die Sparquote der Haushalte und die Steuern berücksichtigen, sonst fallen die Werte viel zu klein aus.\nLiteratur\nMüller, Anna: Die Rolle der Banken in der Krise. Ein Kommentar zu der jüngsten Gemeinschaftsdiagnose der Institute, die im Herbst erschienen ist. Berlin 2014.\nSchmidt, Peter/Weber, Jana: Multiplikatoren der deutschen Volkswirtschaft. Berlin 2012.\nDieselben: Einnahmen- und ausgabenseitige Multiplikatoren. In: Wirtschaftsdienst, 92. Jahrgang, Heft 10, Oktober 2012, S.692-698.\nSaris, Willem/Stronkhorst, Henk: Causal Modelling in Nonexperimental Research. Amsterdam 1984.\nScherf, Wolfgang: Selbstfinanzierungseffekte antizyklischer Finanzpolitik. Beitrag zur Zeitschrift vom 5. Januar 2015.\n©Institut für Wirtschaftsforschung, 21. Jan. 2015\n- Multiplikatoren neu gedacht 3.17 5 12\n- Die Löhne im Sinkflug',
      // A dated news list after the text.
      'Die Wohlfahrtsverbände fordern, dass Geflüchtete an der Grenze sofort versorgt werden, und sie appellieren an die Regierung.\nDie Lage in den Lagern sei dramatisch, sagte die Vorsitzende am Mittwoch in Berlin vor der Presse.\n10.11.2021\n- Suchtberatung wirkt – aber die Finanzierung fehlt!\n09.11.2021\n- Fachtagung 2021: Teilhabe von Kindern stärken',
    ],
    keeps: [
      'Der russische Präsident Wladimir Putin und sein US-Amtskollege Joe Biden haben am späten Donnerstagabend telefoniert.',
      // Paragraphs each closed by the same share bar, with no link list's header above them: the article's own.
      'Der Stadtrat hat am Dienstagabend beschlossen, drei Einrichtungen der Stadt länger zu öffnen oder zu verlegen, und er hat dafür zwei Millionen Euro bereitgestellt.\nDie Verwaltung will die Bürger im Amtsblatt und auf den Seiten der Stadt über alle Änderungen informieren, sagte der Bürgermeister nach der Sitzung.\nDie Stadtbibliothek hat ab dem kommenden Monat auch am Samstagnachmittag geöffnet, und die Leser können dann die neuen Lernplätze im ersten Stock nutzen, die mit Spenden eingerichtet wurden.\nTeilen Drucken Mailen\nWeil der alte Marktplatz im Sommer umgebaut wird, ziehen die Händler des Wochenmarkts für ein halbes Jahr auf den Rathausplatz um, und die Parkplätze dort sind an den Markttagen gesperrt.\nTeilen Drucken Mailen\nDas Hallenbad im Süden der Stadt war fast ein Jahr lang geschlossen, weil das Dach und die Technik erneuert werden mussten, doch ab Montag können die Schwimmer dort wieder ihre Bahnen ziehen.\nTeilen Drucken Mailen',
      // A list of facts under the text (a test's specifications, a photo's exposure data) is the article's.
      'Ich bin mit der Spinnrute mehr als zufrieden, denn sie wirft weit, liegt leicht in der Hand und hat auch den großen Hecht im Herbst sicher gehalten.\nFür den Preis bekommt man hier eine Rute, die lange Freude macht, und ich würde sie jederzeit wieder kaufen, auch wenn es leichtere gibt.\nMerkmale der Testrute\nLänge: 2,44 Meter\nWurfgewicht: 10 bis 40 Gramm\nGewicht: 186 Gramm\nRollenhalter: Fuji',
      // A list the text announces ("So geht der Sazerac:") keeps the text above and below it together.
      'Der Sazerac ist ein Klassiker aus New Orleans, und er braucht zwingend die Bitters von Peychaud, die es in Zürich nur in wenigen Läden gibt.\nDie Geschichte des Drinks beginnt im 19. Jahrhundert in einer Bar, die es bis heute gibt, und sie ist voller Legenden, die sich kaum prüfen lassen.\nSo geht der Sazerac:\nBild: shutterstock\n1 Würfelzucker\n1-2 Spritzer Peychaud\'s Bitters\n1 TL Wasser\n5 cl Rye Whiskey\netwas Zitronenzeste\nEin Old-Fashioned-Glas mit Eis füllen und beiseite stellen. In einem zweiten Glas den Zuckerwürfel mit den Bitters und dem Wasser zerstoßen, den Whiskey dazugeben und mit Eis kalt rühren. Das erste Glas leeren, mit Absinth ausschwenken, den Drink hineinseihen und mit der Zitronenzeste abspritzen.',
      // A recipe's ingredients above its method are the article's.
      'Zutaten\n125 g Mehl\n65 g Zucker\n65 g Butter\n1 Ei\n1 TL Backpulver\nFür den Boden die Zutaten zusammenkneten, den Teig in die gefettete Springform drücken, dabei einen Rand hochziehen und ihn kalt stellen.\nDen Kuchen bei 175 Grad Ober- und Unterhitze etwa achtzig Minuten backen und in der Form auskühlen lassen, bevor er angeschnitten wird.',
      // The rows of a table inside the text are no link list.
      'Mit Hilfe der betrieblichen Altersvorsorge lässt sich die Lücke bei der Rente zumindest verkleinern, und viele Arbeitgeber zahlen etwas dazu. Teils auf Initiative des Arbeitgebers, teils auf Wunsch der Beschäftigten wird ein Teil des Bruttogehalts in einen Vertrag eingezahlt, der im Alter eine zusätzliche Rente bringt. Wie verbreitet das ist, zeigt die folgende Übersicht des Ministeriums, die alle paar Jahre erneuert wird.\nVerbreitung der betrieblichen Altersvorsorge\n2001 2013 2017\nBeschäftigte 28 Mio. 29,9 Mio. 32,6 Mio.\nAnteil 48,7 % 58,9 % 55,6 %\nWann ist die betriebliche Altersvorsorge eine gute Sache? Das hängt vor allem davon ab, wie viel der Arbeitgeber zu den Beiträgen dazugibt. Zahlt er nichts dazu, lohnt sich der Vertrag für viele Beschäftigte kaum, weil im Alter auf die Rente Beiträge zur Kranken- und Pflegeversicherung fällig werden. Gibt er dagegen ein Fünftel oder mehr dazu, ist die Rechnung meist gut, und zwar auch dann, wenn die Verträge nur wenig Zinsen bringen.',
      // Nor are the lines of a quotation (lyrics, a poem) from its opening quote mark to its closing one.
      'Mit seinen neuen Zeilen meldete sich der Rapper kürzlich zurück, und er teilte darin gegen seinen früheren Mentor aus, wie die Fans sofort bemerkten. Die beiden hatten jahrelang zusammengearbeitet, bis sie sich über Geld und über die Rechte an alten Aufnahmen zerstritten, und seitdem reden sie nur noch in ihren Songs übereinander. Auf dem neuen Album ist es vor allem ein Track, der in der Szene die Runde macht.\nAnimus disst Azad\n„Azad war mein Vorbild, doch ist innerlich am Sack\nWeil er mit fünfzig Jahren nichts außer Erinnerungen hat\nIch half ihm bis zum letzten Satz wie einem Onkel, den man liebt“\nDiese Zeilen brachten Azad dazu, sich zu dem Diss seines einstigen Signings zu äußern, was er sonst selten tut. Für gewöhnlich hält sich der Frankfurter aus solchen Streitereien heraus, doch diesmal antwortete er noch am selben Abend in einer langen Nachricht, in der er seinem früheren Schützling vorwarf, die Geschichte ihrer Zusammenarbeit falsch zu erzählen und alte Freunde für ein paar Klicks zu verraten.',
      // Nor are a recipe's steps, short sentences each closed by its full stop.
      'Die Mandelplätzchen sind schnell gemacht, und sie schmecken am besten, wenn sie ein paar Tage in einer Dose gelegen haben. Das Rezept stammt von meiner Großmutter, die sie jedes Jahr im Advent gebacken hat, und ich habe es nur ein wenig verändert, weil ich weniger Zucker nehme und die Mandeln vorher kurz in der Pfanne röste.\nBackofen vorheizen.\nEin Backblech mit Backpapier auslegen.\nButter und Zucker schaumig rühren.\nMandeln unterheben.\nKleine Kugeln formen.\nDie Plätzchen etwa zwölf Minuten backen, bis sie goldbraun sind, und dann auf einem Gitter auskühlen lassen, bevor man sie in die Dose legt. Wer mag, kann sie noch mit etwas geschmolzener Schokolade verzieren, dann sollten sie aber kühl gelagert werden, damit die Schokolade nicht weich wird.',
      // People the text presents, each under their name, the paragraph about them opening with it: no teaser cards.
      'Drei Kandidaten stellen sich am Sonntag zur Wahl, und alle drei kommen aus dem Ort, in dem sie auch aufgewachsen sind.\nDie Wahl beginnt um acht Uhr, die Stimmen werden am Abend im Rathaus ausgezählt und das Ergebnis gleich verkündet.\nWir stellen die drei Bewerber vor, in der Reihenfolge des Stimmzettels.\nAnna Muster\nAnna ist 34 Jahre alt und arbeitet als Lehrerin an der Grundschule, sie will sich vor allem für einen neuen Spielplatz und sichere Schulwege einsetzen.\nTom Beispiel\nTom hat vor zehn Jahren die Bäckerei seiner Eltern übernommen, und er möchte, dass der Ortskern wieder mehr Geschäfte und einen Wochenmarkt bekommt.\nLisa Probe\nLisa ist seit 2015 im Gemeinderat und leitet den Bauausschuss, ihr wichtigstes Ziel ist ein neues Baugebiet für junge Familien am Rand des Ortes.',
      // A list the text announces is the article's own.
      'Der Grill ist kompakt und schwer, und er steht sicher auf jedem Balkontisch, den wir ausprobiert haben. Im Karton liegen neben dem Grill selbst ein Pizzastein, ein Rost aus Edelstahl und eine kurze Anleitung, die man vor dem ersten Einsatz unbedingt lesen sollte, weil sie erklärt, wie die Gasflasche angeschlossen wird und worauf man beim Anzünden achten muss, damit nichts passiert.\nHier die genauen Maße:\nGrill, Breite × Höhe × Tiefe: 53 × 49 × 31 cm\nPizzastein, Breite × Tiefe: 33 × 33 cm\nGrillrost, Breite × Länge: 35 × 29 cm\nGestartet wird der Grill per Piezo-Zündung, und nach zehn Minuten hat er seine volle Temperatur erreicht. Dann kommt das Steak auf den Rost, wo es von beiden Seiten etwa anderthalb Minuten bleibt, bevor es im unteren Fach bei geringer Hitze langsam auf die gewünschte Kerntemperatur gezogen wird, was bei uns knapp eine Viertelstunde gedauert hat.',
    ],
  },
  apply(blocks, ctx) {
    // On HTML the extractor of the blocks stage has already chosen the article's container.
    if (ctx.contentType === 'html') return [];
    const scores = regionScores(blocks, ctx);
    let found = mainRegion(blocks, ctx, 0, scores);
    if (!found) {
      // No prose at all (a page whose text a script loads): the line the address's slug spells is still its headline.
      const spelt = slugHeadlineFar(blocks, ctx, { start: blocks.length, end: blocks.length - 1 });
      return spelt === null ? [] : [{ index: spelt, action: 'title', restore: true }];
    }
    // A headline the slug spells below the densest prose: that prose was a menu, the article is under the line.
    const below = slugHeadlineBelow(blocks, ctx, found);
    const under = below === null ? null : mainRegion(blocks, ctx, below + 1, scores);
    if (under) found = under;
    let region = found;
    const out: Decision[] = [];
    // The headline: the line above the article that reads most like its title (see headline.ts).
    const head = pickHeadline(blocks, ctx, region);
    let title = head ? head.index : -1;
    // Or the line the page address spells, where the region began above it: the article starts under it.
    const spelt = slugHeadlineInside(blocks, ctx, region, head);
    if (spelt !== null) {
      let start = spelt + 1;
      while (start < region.end && !open(blocks[start]!)) start++;
      title = spelt;
      region = { start, end: region.end };
    }
    // Or, where neither spells the slug, the line far above the text that does: the text began under
    // it, and its prose between (a lead, paragraphs a picture or a sidebar split off) is the article's.
    const far = spelt === null && !(head && slugSpells(blocks, ctx, head.index)) ? slugHeadlineFar(blocks, ctx, region) : null;
    if (far !== null) title = far;
    if (title >= 0) {
      out.push({ index: title, action: 'title', restore: true });
      const k = blocks[title - 1];
      const kp = k && ctx.profile(k.index);
      // A copyright line right above the headline ("© Aton") is the credit of a picture, not the kicker; nor is a date, a label or a breadcrumb (kickerShape).
      if (k && kp && open(k) && kp.words <= 4 && kp.chars <= 40 && !kp.sentenceEnd && kickerShape(k.text)) out.push({ index: k.index, action: 'kicker' });
    }
    const headerFrom = title >= 0 ? title : region.start;
    let firstUnder = title >= 0 ? title + 1 : -1;
    // Past blank lines and the headline's date line.
    while (firstUnder > 0 && firstUnder < region.start && (!blocks[firstUnder]!.text.trim() || dateLine(blocks[firstUnder]!.text))) firstUnder++;
    for (let i = 0; i < region.start; i++) {
      const b = blocks[i]!;
      if (b.removed || i === title || out.some((d) => d.index === i)) continue;
      // Bylines, date stamps and captions between the headline and the text belong to the article; so
      // does prose, its lead, where a teaser list or a picture split it off the text below (a headline
      // with prose under it scores less, see pickHeadline).
      // And the standfirst right under the headline, with no full stop at its end as some papers write it, or the
      // one the picker first took for the headline.
      if (i > headerFrom && (b.role !== 'unknown' || (title >= 0 && isProse(ctx, b) && !authorBio(blocks, i)) || (title === head?.index && i === head.standfirst) || (i === firstUnder && standfirstShape(ctx, b)))) continue;
      if (i < headerFrom && (b.role === 'meta' || b.role === 'byline') && headerFrom - i <= 3) continue;
      out.push({ index: i, action: 'remove', detail: 'before the article' });
    }
    // Bylines one after another under the text are a teaser list's, not the article's. A byline split on two lines
    // ("Von:" over "Götz Warnke") is one.
    const bylinesAfter = blocks.slice(region.end + 1, region.end + 1 + TEASER_BYLINE_GAP + 2).filter((b) => !b.removed && b.role === 'byline' && !isLoneBy(b.text)).length;
    for (let i = region.end + 1; i < blocks.length; i++) {
      const b = blocks[i]!;
      if (b.removed) continue;
      // A source line or byline right after the text closes the article; keep it as metadata.
      if ((b.role === 'meta' || (b.role === 'byline' && bylinesAfter < 2)) && i - region.end <= 3) continue;
      out.push({ index: i, action: 'remove', detail: 'after the article' });
    }
    // Inside the article: a run of three or more short lines is a link list, not headings, unless the text
    // announces it ("Hier die genauen Maße:"): then it is the article's own list.
    let run: number[] = [];
    const announced = (i: number): boolean => {
      for (let j = i - 1; j >= region.start; j--) {
        const b = blocks[j]!;
        // A picture between the announcement and its list does not break them apart.
        if (b.removed || b.role === 'credit' || b.role === 'caption') continue;
        return announces(b.text);
      }
      return false;
    };
    // Bylines between a list's lines are its teasers' ("Essai / Définir l'excellence / par Claire Lemercier, le 28 mai 2009"):
    // one after every few short lines. A single byline is the article's own, under its title: it ends the run.
    const teaserByline = (i: number): boolean => {
      for (const dir of [-1, 1]) {
        for (let j = i + dir, k = 0; j >= region.start && j <= region.end && k < TEASER_BYLINE_GAP; j += dir, k++) {
          const n = blocks[j]!;
          if (n.removed) continue;
          if (n.role === 'byline') return true;
          if (isProse(ctx, n)) break;
        }
      }
      return false;
    };
    let bylines: number[] = [];
    const flush = () => {
      if (run.length >= 3 && !tableOrQuote(run.map((j) => blocks[j]!.text))) {
        const colon = announced(run[0]!) ? 0 : run.findIndex((j) => announces(blocks[j]!.text));
        const list = colon < 0 ? run : run.slice(0, colon);
        if (list.length >= 3 || colon < 0) {
          for (const j of list) out.push({ index: j, action: 'remove', detail: 'link list inside the article' });
          const last = colon < 0 ? Infinity : list.at(-1)! + 1;
          for (const j of bylines) if (j > list[0]! && j <= last) out.push({ index: j, action: 'remove', detail: 'link list inside the article' });
        }
      }
      run = [];
      bylines = [];
    };
    for (let i = region.start; i <= region.end; i++) {
      const b = blocks[i]!;
      // A teaser's relative stamp ("vor 16 Stunden") is one of the list's lines.
      const member = open(b) || (!b.removed && b.roleRule === 'strip/relative-stamp');
      // A sign-off ("Viel Glück!", "Euer Hans") is no link, nor is a line of a code listing or an interview's labelled
      // question or answer ("Q: Favorite apps?"), nor an embedded tweet's signature: each ends a run.
      if (member && !isProse(ctx, b) && (ctx.profile(b.index)?.chars ?? 0) <= 80 && !b.flags?.includes('bullet') && !SIGN_OFF.test(b.text) && !looksLikeCode(b.text) && !QA_LABEL.test(b.text) && !TWEET_SIGNATURE.test(b.text)) run.push(i);
      else if (!b.removed && b.role === 'byline' && run.length > 0 && teaserByline(i)) bylines.push(i);
      else if (!b.removed || run.length === 0) flush();
    }
    flush();
    return out;
  },
};

/** Characters a paragraph has at least for its copy to go: a short line repeats for a reason ("Ja.", a refrain). */
const DUPLICATE_MIN_CHARS = 40;
/** Kept paragraphs looked back over for the original. */
const DUPLICATE_WINDOW = 3;

/**
 * A paragraph the page shows twice, word for word, close together: the text of a second layout (a
 * mobile and a desktop version of the same box), a headline or lead repeated as a teaser's text,
 * a caption under the alt text it repeats. The reader sees it once; the first copy stays.
 */
export const duplicateParagraph: SequenceRule = {
  kind: 'sequence',
  id: 'strip/duplicate-paragraph',
  description: `A paragraph of ${DUPLICATE_MIN_CHARS} characters or more that repeats, word for word, one of the ${DUPLICATE_WINDOW} kept just before it: the page's second rendering of the same text (a mobile and a desktop layout, a lead shown twice); the first copy stays.`,
  examples: {
    matches: [
      'Die besten Tricks von Marie Kondo für Kleiderschrank und Keller.\nDer Text des Artikels ist lang genug, um als Prosa zu gelten, und er endet hier.\n- Der Text des Artikels ist lang genug, um als Prosa zu gelten, und er endet hier.\nDer zweite Absatz des Artikels ist ebenfalls lang genug, um als Prosa zu gelten.',
    ],
    keeps: [
      'Der Text des Artikels ist lang genug, um als Prosa zu gelten, und er endet hier.\nJa.\nJa.\nDer zweite Absatz des Artikels ist ebenfalls lang genug, um als Prosa zu gelten.',
      'Der Refrain des Liedes kommt wieder, und er ist lang genug für einen Absatz.\nDer Text des Artikels ist lang genug, um als Prosa zu gelten, und er endet hier.\nDer zweite Absatz des Artikels ist ebenfalls lang genug, um als Prosa zu gelten.\nDer dritte Absatz des Artikels ist ebenfalls lang genug, um als Prosa zu gelten.\nDer Refrain des Liedes kommt wieder, und er ist lang genug für einen Absatz.',
    ],
  },
  apply(blocks) {
    const out: Decision[] = [];
    const recent: Block[] = [];
    for (const b of blocks) {
      if (b.removed) continue;
      if (b.role === 'unknown' && b.text.length >= DUPLICATE_MIN_CHARS) {
        const first = recent.find((r) => r.text === b.text);
        if (first) {
          out.push({ index: b.index, action: 'remove', detail: `copy of line ${first.line}` });
          continue;
        }
      }
      recent.push(b);
      if (recent.length > DUPLICATE_WINDOW) recent.shift();
    }
    return out;
  },
};

export const sequenceRules: SequenceRule[] = [splitByline, splitCredit, tagList, datedTeasers, languageSwitch, shareBar, galleryCounter, teaserRun, contactBox, captionBeforeCredit, imageAltText, danglingFragment, tableOfContents, repeatedShortLine, separatedTeasers, newsletterTitle, commentSection, creditedBio, mainContent, closingBio, companyProfile, duplicateParagraph];
