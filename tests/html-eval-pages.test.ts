import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { htmlPage } from '../src/stages/blocks/html/index.js';

// Real pages of ../shared/eval whose article the container choice once cut short (or stretched over a teaser list): the gold's
// snippets must be in the kept text. The pages are read from ../shared, never copied here.

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DATASET = path.resolve(ROOT, '../shared/eval/trafilatura');
const present = existsSync(DATASET);
if (!present) console.log(`html-eval-pages: ${DATASET} not found, checks on real pages skipped`);

const keptText = (id: string): string =>
  htmlPage(readFileSync(path.join(DATASET, `${id}.html`), 'utf8'))
    .blocks.filter((b) => !b.removed)
    .map((b) => b.text)
    .join('\n');

describe.skipIf(!present)('the article container on real pages', () => {
  it('keeps the lead under the headline past a byline of short lines (standard.co.uk)', () => {
    expect(keptText('standard.co.uk.caribbean')).toContain('Penalties for those who refuse to self-isolate are');
  });

  it('keeps a live ticker\'s entries, named comments by the site (sports.fr)', () => {
    const text = keptText('sports.fr.lorient');
    expect(text).toContain('Le coup de pied de coin ne donne rien.');
    expect(text).toContain('se cherchent en ce début de match.');
  });

  it('keeps the article a paywall box holds with its headline (Volksstimme)', () => {
    expect(keptText('Volksstimme.ch-loehne')).toContain('Das Zentrum Ergolz lud zur Gesprächsrunde ein');
  });

  it('ends with the article, not with the teaser list of excerpts beside it (Bondy Blog)', () => {
    const text = keptText('bondyblog.fr.paris-8');
    expect(text).toContain('*Le prénom a été modifié');
    expect(text).not.toContain('Intervenant à l’atelier Sciences Po');
    expect(text).not.toContain('Articles liés');
  });

  it('keeps the short lines beside one long paragraph (boingboing)', () => {
    expect(keptText('boingboing.net.millenials')).toContain('(via Geeks Are Sexy)');
  });
});
