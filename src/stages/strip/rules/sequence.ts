import type { Block } from '../../../core/doc.js';
import type { Decision, SequenceRule, StripContext } from '../types.js';

const open = (b: Block): boolean => !b.removed && b.role === 'unknown';
const isProse = (ctx: StripContext, b: Block): boolean => ctx.profiles[b.index]?.prose ?? false;
/** Short and not a sentence: a menu item, a teaser title, a heading. */
const isShortLine = (ctx: StripContext, b: Block): boolean => {
  const p = ctx.profiles[b.index];
  return !!p && !p.prose && p.chars <= 120;
};

/** Rules whose removal opens a teaser or link list: the non-prose lines under them go too. */
const LIST_OPENERS = new Set(['strip/link-list-header', 'strip/read-more']);

export const teaserRun: SequenceRule = {
  kind: 'sequence',
  id: 'strip/teaser-run',
  description: 'The teaser titles, counters and labels under a link-list header or read-more link, up to the next paragraph of prose.',
  examples: {
    matches: ['Body text of the article goes on here, with enough words to be prose, and it ends.\n- Weiterlesen\n- Per Video\n- 20 Interaktionen\n- Joe Biden Wladimir Putin'],
    keeps: ['Mehr zum Thema\nRussland sieht sich von einem Vorrücken der NATO bedroht und will die Aufnahme der Ukraine verhindern.'],
  },
  apply(blocks, ctx) {
    const out: Decision[] = [];
    for (let i = 0; i < blocks.length; i++) {
      const b = blocks[i]!;
      if (!b.removed || !LIST_OPENERS.has(b.removed.rule)) continue;
      for (let j = i + 1; j < blocks.length; j++) {
        const n = blocks[j]!;
        if (n.removed) continue;
        if (isProse(ctx, n)) break;
        if (n.role === 'unknown' || n.role === 'caption' || n.role === 'credit') out.push({ index: j, action: 'remove', detail: `under "${b.text.slice(0, 40)}"` });
        i = j;
      }
    }
    return out;
  },
};

export const captionBeforeCredit: SequenceRule = {
  kind: 'sequence',
  id: 'strip/caption-before-credit',
  description: 'The short line right above a photo credit is the image caption: kept apart from the body.',
  examples: {
    matches: ['- Die Staatschefs Biden und Putin trafen sich virtuell.\n(Foto: REUTERS)'],
    keeps: ['Die Gespräche sollen fortgesetzt werden, teilte der Kreml nach dem zweistündigen Gespräch am Dienstag mit.\n\nQuelle: ntv.de'],
  },
  apply(blocks, ctx) {
    const out: Decision[] = [];
    for (let i = 1; i < blocks.length; i++) {
      const b = blocks[i]!;
      if (b.role !== 'credit' || b.removed) continue;
      const prev = blocks[i - 1]!;
      const p = ctx.profiles[prev.index];
      if (open(prev) && p && p.chars <= 200) out.push({ index: prev.index, action: 'caption' });
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
      const p = ctx.profiles[prev.index];
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
    return blocks.filter((b) => open(b) && /,$/.test(b.text) && (ctx.profiles[b.index]?.words ?? 99) <= 5).map((b) => ({ index: b.index, action: 'remove' as const }));
  },
};

export const repeatedShortLine: SequenceRule = {
  kind: 'sequence',
  id: 'strip/repeated-line',
  description: 'A short line that stands several times on the page is navigation or a widget label.',
  examples: { matches: ['Politik\nWirtschaft\n- Sport\nDer Text des Artikels ist lang genug, um als Prosa zu gelten, und er endet hier.\n- Sport'], keeps: ['Ein einzelner Satz.\nDer Text des Artikels ist lang genug, um als Prosa zu gelten, und er endet hier.'] },
  apply(blocks, ctx) {
    return blocks
      .filter((b) => open(b) && isShortLine(ctx, b) && b.text.length <= 60 && (ctx.repeats.get(b.text.toLowerCase()) ?? 0) >= 2)
      .map((b) => ({ index: b.index, action: 'remove' as const }));
  },
};

/** How much a block speaks for being inside the article (prose) or outside it (menus, teasers). */
const regionScore = (ctx: StripContext, b: Block): number => {
  const p = ctx.profiles[b.index]!;
  if (b.removed) return -0.3;
  if (b.role !== 'unknown') return 0;
  if (p.prose) return 1 + Math.min(p.chars, 600) / 150;
  if (p.sentenceEnd && p.chars >= 30) return 0.2;
  if (p.chars < 30) return -1;
  return -0.5;
};

/** The main content: the run of blocks with the highest sum of region scores (Kadane). */
export function mainRegion(blocks: readonly Block[], ctx: StripContext): { start: number; end: number } | null {
  let best = 0;
  let bestStart = -1;
  let bestEnd = -1;
  let sum = 0;
  let start = 0;
  for (let i = 0; i < blocks.length; i++) {
    const s = regionScore(ctx, blocks[i]!);
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
  return { start: bestStart, end: bestEnd };
}

const isTitleCandidate = (ctx: StripContext, b: Block): boolean => {
  const p = ctx.profiles[b.index]!;
  return open(b) && p.words >= 2 && p.chars >= 12 && p.chars <= 250 && !(p.prose && p.chars > 160);
};

export const mainContent: SequenceRule = {
  kind: 'sequence',
  id: 'strip/main-content',
  description:
    'Finds the article as the densest run of prose; the headline (and a kicker above it) before it are kept apart, menus and teasers before and after it are removed.',
  examples: {
    matches: [
      '- Startseite\n- Politik\nPutin telefoniert mit Biden\nDer russische Präsident Wladimir Putin und sein US-Amtskollege Joe Biden haben am späten Donnerstagabend telefoniert.\nDas Gespräch fand auf Initiative von Präsident Putin statt, hieß es, und dauerte etwa 50 Minuten.\n- Vor Ukraine-Gespräch: Putin wirbt für Dialog\n- Newsticker',
    ],
    keeps: ['Der russische Präsident Wladimir Putin und sein US-Amtskollege Joe Biden haben am späten Donnerstagabend telefoniert.'],
  },
  apply(blocks, ctx) {
    // On HTML the extractor of the blocks stage has already chosen the article's container.
    if (ctx.contentType === 'html') return [];
    const region = mainRegion(blocks, ctx);
    if (!region) return [];
    const out: Decision[] = [];
    // The headline: the nearest plausible line above the article, past bylines, dates and captions.
    let title = -1;
    for (let i = region.start - 1; i >= Math.max(0, region.start - 12); i--) {
      const b = blocks[i]!;
      if (b.removed || b.role !== 'unknown') continue;
      if (isTitleCandidate(ctx, b)) title = i;
      break;
    }
    if (title >= 0) {
      out.push({ index: title, action: 'title' });
      const k = blocks[title - 1];
      const kp = k && ctx.profiles[k.index];
      if (k && kp && open(k) && kp.words <= 4 && kp.chars <= 40 && !kp.sentenceEnd) out.push({ index: k.index, action: 'kicker' });
    }
    const headerFrom = title >= 0 ? title : region.start;
    for (let i = 0; i < region.start; i++) {
      const b = blocks[i]!;
      if (b.removed || i === title || out.some((d) => d.index === i)) continue;
      // Bylines, date stamps and captions between the headline and the text belong to the article.
      if (i > headerFrom && b.role !== 'unknown') continue;
      if (i < headerFrom && (b.role === 'meta' || b.role === 'byline') && headerFrom - i <= 3) continue;
      out.push({ index: i, action: 'remove', detail: 'before the article' });
    }
    for (let i = region.end + 1; i < blocks.length; i++) {
      const b = blocks[i]!;
      if (b.removed) continue;
      // A source line or byline right after the text closes the article; keep it as metadata.
      if ((b.role === 'meta' || b.role === 'byline') && i - region.end <= 3) continue;
      out.push({ index: i, action: 'remove', detail: 'after the article' });
    }
    // Inside the article: a run of three or more short lines is a link list, not headings.
    let run: number[] = [];
    const flush = () => {
      if (run.length >= 3) for (const j of run) out.push({ index: j, action: 'remove', detail: 'link list inside the article' });
      run = [];
    };
    for (let i = region.start; i <= region.end; i++) {
      const b = blocks[i]!;
      if (open(b) && !isProse(ctx, b) && (ctx.profiles[b.index]?.chars ?? 0) <= 80 && !b.flags?.includes('bullet')) run.push(i);
      else if (!b.removed || run.length === 0) flush();
    }
    flush();
    return out;
  },
};

export const sequenceRules: SequenceRule[] = [teaserRun, captionBeforeCredit, imageAltText, danglingFragment, repeatedShortLine, mainContent];
