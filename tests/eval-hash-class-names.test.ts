import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { hashClassNames, hashedName } from '../src/eval/hash-class-names.js';
import { htmlPage } from '../src/stages/blocks/html/index.js';

const hashed = (html: string): string => hashClassNames(Buffer.from(html, 'utf8')).toString('utf8');

describe('eval --hash-class-names: a page as CSS-in-JS sites serve it', () => {
  it('hashes every class and id name, quoted either way or bare, and nothing else', () => {
    const out = hashed(`<div class="article-body main" id='comments' data-x="class=keep"><p class=teaser ROLE="navigation" itemprop="author">Text class="nicht im Tag"</p></div>`);
    expect(out).toBe(`<div class="${hashedName('article-body')} ${hashedName('main')}" id="${hashedName('comments')}" data-x="class=keep"><p class="${hashedName('teaser')}" ROLE="navigation" itemprop="author">Text class="nicht im Tag"</p></div>`);
    expect(hashedName('comments')).toMatch(/^css-[0-9a-z]+$/);
    expect(hashedName('comments')).not.toBe(hashedName('comment'));
  });

  it('leaves the bytes of any charset as they were outside the names', () => {
    const page = iconv.encode('<p class="größe">Grüße aus Köln</p>', 'windows-1252');
    const out = iconv.decode(hashClassNames(page), 'windows-1252');
    expect(out).toBe(`<p class="${hashedName(Buffer.from('größe', 'latin1').toString('latin1'))}">Grüße aus Köln</p>`);
  });

  it('takes away what the class rules read: a comment section found by its class is found no more', () => {
    const body = '<p>Der Stadtrat hat am Dienstagabend nach langer Debatte den Haushalt für das kommende Jahr beschlossen, wie die Verwaltung mitteilte.</p>';
    const page = `<html><body><article><h1>Haushalt</h1>${body}<div class="comments"><p>Toller Artikel, danke! Ich sehe das genauso wie die Opposition im Rat.</p></div></article></body></html>`;
    const rules = (html: string) => htmlPage(html).blocks.map((b) => b.removed?.rule ?? null);
    expect(rules(page)).toContain('html/comment-section');
    expect(rules(hashed(page))).not.toContain('html/comment-section');
  });
});
