import { describe, expect, it } from 'vitest';
import type { Doc } from '../src/core/doc.js';
import { francConfidence, languageStage } from '../src/stages/language/index.js';

const docOf = (paragraphs: string[], declared: Doc['declared'] = {}): Doc => ({
  id: 't',
  source: { path: 't.txt', format: 'txt' },
  contentType: 'text',
  content: paragraphs.join('\n'),
  declared,
  blocks: paragraphs.map((text, index) => ({ index, text, line: index + 1, start: 0, end: text.length, role: 'paragraph' })),
  diagnostics: [],
});
const detect = (paragraphs: string[], declared: Doc['declared'] = {}) =>
  languageStage.run(docOf(paragraphs, declared), languageStage.options.parse({}), { previous: [] }) as Doc;

describe('language stage', () => {
  it('detects German body text as de / deu', () => {
    const d = detect(['Der russische Präsident Wladimir Putin hat bei dem Video-Gipfel mit seinem US-Kollegen Joe Biden seine Forderung nach einem Stopp der Nato-Osterweiterung bekräftigt.']);
    expect(d.language).toMatchObject({ code: 'de', franc: 'deu', source: 'franc' });
    expect(d.language!.confidence).toBeGreaterThan(0);
  });

  it('detects plain English as English, not as a close minority language', () => {
    const d = detect(['The quick brown fox jumps over the lazy dog and then runs away into the forest where nobody can find it again.']);
    expect(d.language).toMatchObject({ code: 'en', franc: 'eng' });
  });

  it('says und for too little text, and takes the declared language then', () => {
    expect(detect(['Kurz.']).language).toMatchObject({ code: 'und', franc: 'und', source: 'none' });
    expect(detect(['Kurz.'], { language: 'de-CH' }).language).toMatchObject({ code: 'de', source: 'declared' });
  });

  it('judges only the body, not removed lines or captions', () => {
    const doc = docOf(['Заголовок открываемого материала '.repeat(10), 'Der Kreml bestätigte am Dienstag, dass die Gespräche fortgesetzt werden sollen, und nannte sie sachlich und offen.']);
    doc.blocks[0]!.removed = { stage: 'strip', rule: 'strip/foreign-script' };
    expect((languageStage.run(doc, languageStage.options.parse({}), { previous: [] }) as Doc).language!.code).toBe('de');
  });
});

describe('franc confidence', () => {
  it('is the lead over the runner-up as a share of the lead over the worst candidate', () => {
    expect(francConfidence([['deu', 1], ['nld', 0.98], ['yor', 0.92]])).toBeCloseTo(0.25, 3);
    expect(francConfidence([['deu', 1], ['nld', 1], ['yor', 0.9]])).toBe(0);
    expect(francConfidence([['deu', 1]])).toBe(1);
  });
});
