import { describe, expect, it } from 'vitest';
import type { Doc } from '../src/core/doc.js';
import { profile } from '../src/stages/strip/features.js';
import { stripContext } from '../src/stages/strip/index.js';

describe('strip context', () => {
  const texts = ['Der Rat hat am Abend den Plan beschlossen, sagte die Sprecherin.', 'Teilen', 'Москва, 7 декабря'];
  const blocks = texts.map((text, index) => ({ index, text, line: index + 1, start: 0, end: text.length, role: 'unknown' as const }));
  const ctx = stripContext({ contentType: 'text', blocks } as unknown as Doc);

  it("gives each block's profile (in the block's own script), the same object each time", () => {
    texts.forEach((t, i) => expect(ctx.profile(i)).toEqual(profile(t)));
    expect(ctx.profile(1)).toBe(ctx.profile(1));
  });

  it('gives nothing for an index that is no block, as an array read would', () => {
    for (const i of [3, 99, -1, 0.5, Number.NaN]) expect(ctx.profile(i)).toBeUndefined();
  });
});

describe('prose on a page in a Latin-script language whose function words the list lacks', () => {
  const ctxOf = (texts: string[]) => stripContext({ contentType: 'text', blocks: texts.map((text, index) => ({ index, text, line: index + 1, start: 0, end: text.length, role: 'unknown' as const })) } as unknown as Doc);
  // Finnish news prose: few words of the list (STOPWORDS holds six Finnish ones).
  const finnish = [
    'Saksan liittokansleri Angela Merkel keskusteli keskiviikkona Berliinissä Suomen pääministerin Sanna Marinin kanssa. Keskustelujen pääaihe oli Euroopan unionin rahoituskehys.',
    'Merkelin arvioiden perusteella ollaan vielä valovuoden päässä lopullisesta ratkaisusta, eikä kompromissia ole näköpiirissä ennen kevättä.',
    'Jäsenmaiden johtajien muodostaman Eurooppa-neuvoston puheenjohtaja yrittää nyt saada aikaan kompromissia uudella ehdotuksella. Suomen hallitus on pudottanut omaa tavoitettaan.',
    'Suomi esitti viime syksynä puheenjohtajamaana, että unionin budjetti olisi hieman yli prosentti jäsenmaiden yhteenlasketusta kansantulosta.',
  ];

  it('is read by length and sentence marks, as in the other scripts', () => {
    const ctx = ctxOf(finnish);
    for (let i = 0; i < finnish.length; i++) expect(ctx.profile(i)!.prose, finnish[i]).toBe(true);
    // On its own (by the list's function words) most of it is no prose.
    expect(finnish.filter((t) => profile(t).prose).length).toBeLessThan(finnish.length);
  });

  it('is read by the function words where the page has them: a German menu line stays no prose', () => {
    const german = [
      'Der Stadtrat hat am Dienstag beschlossen, die Brücke über den Kanal im Frühjahr zu sanieren, und er hat dafür Geld bereitgestellt.',
      'Die Bauzeit soll zwei Jahre betragen, und in dieser Zeit wird der Verkehr über die Nordbrücke umgeleitet, wie die Verwaltung mitteilte.',
      'Die Opposition hält die Pläne für zu teuer und verlangt, dass der Stadtrat zuerst die vorhandenen Radwege in der Innenstadt saniert.',
      'Politik, Wirtschaft, Kultur, Sport, Reisen, Auto, Digital, Wissen',
    ];
    expect(ctxOf(german).profile(3)!.prose).toBe(false);
  });
});
