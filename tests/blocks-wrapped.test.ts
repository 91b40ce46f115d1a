import { describe, expect, it } from 'vitest';
import { explainRows } from '../src/cli/explain-format.js';
import { textBlocks } from '../src/stages/blocks/text.js';
import { runText } from './helpers/pipeline.js';

// Prose filled at a fixed width (a plain-text mail, a <pre> block, a text file), as `fmt` and
// Python's textwrap fill it: at 66 columns in English, at 72 in German.
const FILLED_EN = [
  'Advice came to the editor in the summer of 1994, when the module',
  'shipped as part of release 19.23. A few weeks later, a colleague',
  'at work wrote up a simple example that added a before advice to',
  'the check-in functions of the time to create a subdirectory if one',
  'did not exist.',
  '',
  'This was such a neat trick that all of us in our lab adopted it,',
  'and having random backup files lying around in the working',
  'directory became history. The rest of the story was written up a',
  'few years ago, and present versions of the editor still include',
  'the module.',
  '',
  'And then I decided to make the editor speak to me.',
].join('\n');

const FILLED_DE = [
  'Der Gemeinderat hat am Dienstagabend beschlossen, die alte Brücke über',
  'den Kanal im kommenden Frühjahr zu sanieren. Die Bauzeit soll zwei Jahre',
  'betragen, und in dieser Zeit wird der Verkehr über die Nordbrücke',
  'umgeleitet, wie die Verwaltung am Mittwoch mitteilte.',
  '',
  'Die Kosten trägt zum größten Teil das Land, den Rest zahlt die Stadt aus',
  'ihren Rücklagen.',
].join('\n');

const texts = (content: string): string[] => textBlocks(content).map((b) => b.text);

describe('blocks/text: hard-wrapped prose', () => {
  it('joins the lines of a filled paragraph into one block, from its first line to its last', () => {
    const blocks = textBlocks(FILLED_EN);
    expect(blocks.map((b) => b.text.slice(0, 30))).toEqual(['Advice came to the editor in t', 'This was such a neat trick tha', 'And then I decided to make the']);
    expect(blocks[0]!.text).toContain('A few weeks later, a colleague at work wrote up');
    expect(blocks[0]!.text.endsWith('to create a subdirectory if one did not exist.')).toBe(true);
    expect(FILLED_EN.slice(blocks[1]!.start, blocks[1]!.end).split('\n')).toHaveLength(5);
    expect([blocks[0]!.line, blocks[1]!.line, blocks[2]!.line]).toEqual([1, 7, 13]);
    expect(blocks[0]!.flags).toEqual(['wrapped']);
  });

  it('joins German prose, and a paragraph of two lines where the text is filled at that width', () => {
    expect(texts(FILLED_DE)).toEqual([
      'Der Gemeinderat hat am Dienstagabend beschlossen, die alte Brücke über den Kanal im kommenden Frühjahr zu sanieren. Die Bauzeit soll zwei Jahre betragen, und in dieser Zeit wird der Verkehr über die Nordbrücke umgeleitet, wie die Verwaltung am Mittwoch mitteilte.',
      'Die Kosten trägt zum größten Teil das Land, den Rest zahlt die Stadt aus ihren Rücklagen.',
    ]);
    // Alone, two lines are as often two items as one paragraph.
    expect(texts(FILLED_DE.split('\n\n')[1]!)).toHaveLength(2);
  });

  it('keeps the lines of lists apart: headlines of even length, items in lower case, a numbered table of contents, table rows', () => {
    const headlines = [
      'Bremer Verfassungsschutz: Bürger sollen Verdächtiges melden',
      'SPD-Fraktionschef: AfD ist Teil des Rechtsextremismus in Bremen',
      'Neue Radwege in der Neustadt: Die Stadt plant sechs Kilometer',
      'Werder verliert in Augsburg und rutscht auf den vorletzten Platz',
    ];
    const items = [
      'Pros:',
      'officially supported by the packaging authority of the language',
      'single tool for project, virtual environment, and package management',
      'plays well with the version manager and with conda for environments',
      'validated, deterministic dependencies for every project',
    ];
    const contents = [
      '5. Gegenargument #1: Fischen fehlt zum Schmerzempfinden die Großhirnrinde',
      '6. Gegenargument #2: Fische zeigen nach Operationen keine Verhaltensänderung',
      '7. Gegenargument #3: Fische haben kaum C-Fasern in ihren Nervenbahnen',
      '8. Fazit',
    ];
    const rows = ['sozialversicherungspflichtig Beschäftigte 28 Mio. 29,9 Mio. 32,6 Mio.', 'davon mit bAV 13,6 Mio. 17,6 Mio. 18,1 Mio.', 'davon mit Entgeltumwandlung 5,1 Mio. 6,3 Mio. 7,0 Mio.'];
    for (const lines of [headlines, items, contents, rows]) expect(texts(lines.join('\n'))).toEqual(lines);
  });

  it('shows each line of a joined paragraph in explain, with the fate of its block', async () => {
    const doc = await runText(`Lab notes\n\nMeta-programming in the editor\n\n${FILLED_EN}\n\nPosted by T. Raman at 2:33 PM\n`);
    const rows = explainRows(doc).filter((r) => r.fate !== 'blank');
    const para = rows.filter((r) => r.line >= 5 && r.line <= 9);
    expect(para.map((r) => r.text)).toEqual(FILLED_EN.split('\n').slice(0, 5));
    expect(new Set(para.map((r) => r.block)).size).toBe(1);
    expect(new Set(para.map((r) => r.fate))).toEqual(new Set(['kept as paragraph']));
  });

  it('keeps a blog post filled at a fixed width whole, not the one sentence on a line of its own', async () => {
    const menu = ['Home', 'Archive', 'About', 'Contact'].join('\n');
    const archive = ['Blog Archive', '► 2020 (10)', '► October (2)', '▼ 2019 (4)', '► December (1)', '► 2018 (5)'].join('\n');
    const doc = await runText(`${menu}\n\nMeta-programming in the editor\n\nWednesday, October 16, 2019\n\n${FILLED_EN}\n\nPosted by T. Raman at 2:33 PM\n\nNewer Post Older Post Home\n\n${archive}\n`);
    const text = doc.article!.text;
    expect(text).toContain('A few weeks later, a colleague at work wrote up a simple example');
    expect(text).toContain('The rest of the story was written up a few years ago');
    expect(text).toContain('And then I decided to make the editor speak to me.');
    expect(text).not.toContain('Blog Archive');
  });
});
