import type { Decision, SequenceRule } from '../types.js';

/** A gallery's counter with its label: "Image 1 of 5", "Photo 3/12", "Bild 2 von 7", "Slide 4 of 10", a dump's "Image 1 of / 13". */
const COUNTER = /^(?:image|photo|picture|pic|slide|gallery|bild|foto)\s*:?\s*(\d{1,3})\s*(?:(?:of|von|de|di|sur|z)\s*\/?|\/)\s*(\d{1,3})$/iu;
/** A counter glued to its caption, the markup between them lost: "1of4Grass Valley's Dionicio Torres looks at …". */
const GLUED = /^(\d{1,3})of(\d{1,3})(?=\p{Lu}|["“‘'])/u;
/** A caption is a line or a few sentences: a longer line under the counter is the text going on. */
const CAPTION_MAX = 400;

/** The line is a labelled counter, its number no greater than its total (a gallery of one too: "Foto 1 de 1"). */
function isCounter(text: string): boolean {
  if (text.length > 24) return false;
  const m = COUNTER.exec(text.trim());
  return !!m && Number(m[1]) >= 1 && Number(m[1]) <= Number(m[2]);
}

/**
 * An image gallery as a dump spells it: each picture's counter ("Image 1 of 5") over its caption. The counter goes,
 * the line under it is the caption. Not a bare counter ("1 / 5", "3 von 17"): a page's pagination, a score, or the
 * number of a recipe's step over the step (strip/separated-teasers reads those).
 */
export const galleryCounter: SequenceRule = {
  kind: 'sequence',
  id: 'strip/gallery-counter',
  description: `An image gallery's counter ("Image 1 of 5", "Bild 2 von 7") goes, and the line under it, ${CAPTION_MAX} characters at most, is the picture's caption; so is a line with the counter glued on ("1of4Grass Valley's …").`,
  examples: {
    matches: [
      'Cosme Damián fue detenido el martes en la capital, informó la policía en un comunicado.\n- Foto 1 de 1\n- Cosme Damián fue el primer detenido tras el secuestro. FOTO Ángel Flecha.\nLa fiscalía abrió una investigación por el secuestro del empresario.',
      'Shoppers stocked up on gas cans and extension cords before the planned power shutoff on Tuesday.\n- 1of4Grass Valley\'s Dionicio Torres looks at the gas can selection at the hardware store.\n- 2of4A shopper looks at extension cords at the hardware store, Tuesday, Nov. 19, 2019.\nThe utility said the shutoff could last for days in parts of Northern California.',
      'NASA has picked five companies to build the moon landers, the agency said on Monday in Washington.\n- Image 1 of 5\n- An artist\'s concept of Blue Origin\'s Blue Moon lander.\n- Image 2 of 5\n- This Sierra Nevada Corp. illustration shows a concept of the company\'s lander.\nThe landers will carry instruments to the moon starting in 2021, NASA officials said at a briefing.',
    ],
    keeps: [
      'The company sold 2of4 of its plants, the report said, and kept the rest for now in the region.',
      // A bare counter: a page's pagination, a score, a recipe's step number.
      'Die Stadt hat den neuen Park am Fluss eröffnet, und viele Familien kamen zum Fest am Sonntag.\n1 / 3\nDer Park kostete rund zwei Millionen Euro, sagte die Bürgermeisterin bei der Eröffnung.',
      'Der Kuchen ist schnell gemacht, und er schmeckt am besten, wenn er eine Nacht im Kühlschrank gestanden hat.\n1 von 3\nFette den Boden der Springform mit etwas Butter ein.\n2 von 3\nHeize den Backofen auf 180 Grad vor.',
    ],
  },
  apply(blocks) {
    const out: Decision[] = [];
    for (let i = 0; i < blocks.length; i++) {
      const b = blocks[i]!;
      // Only a line opening with a digit can be one (the test runs on every line).
      const c0 = b.text.charCodeAt(0);
      const glued = c0 >= 48 && c0 <= 57 && b.text.length <= CAPTION_MAX && !b.removed && b.role === 'unknown' ? GLUED.exec(b.text) : null;
      if (glued && Number(glued[1]) >= 1 && Number(glued[1]) <= Number(glued[2])) out.push({ index: b.index, action: 'caption', detail: 'its gallery\'s counter glued on' });
      if (!isCounter(b.text)) continue;
      if (!b.removed) out.push({ index: b.index, action: 'remove', detail: 'gallery counter' });
      const next = blocks[i + 1];
      if (next && !next.removed && next.role === 'unknown' && next.text.length <= CAPTION_MAX && !isCounter(next.text)) out.push({ index: next.index, action: 'caption', detail: 'under a gallery\'s counter' });
    }
    return out;
  },
};
