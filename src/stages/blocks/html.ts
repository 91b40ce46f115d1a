import * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import type { Block } from '../../core/doc.js';

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'head', 'object', 'canvas']);
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'nav', 'aside', 'li', 'ul', 'ol', 'dl', 'dt', 'dd',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'table', 'tr', 'td', 'th', 'figure', 'figcaption',
  'form', 'br', 'hr', 'address', 'title', 'body', 'caption', 'details', 'summary', 'fieldset', 'legend', 'option',
]);

const elementPath = (el: Element): string => {
  const parts: string[] = [];
  for (let cur: Element | null = el; cur && cur.type === 'tag' && cur.name !== 'html'; cur = cur.parent as Element | null) {
    const cls = (cur.attribs['class'] ?? '').trim().split(/\s+/).filter(Boolean)[0];
    parts.unshift(cls ? `${cur.name}.${cls}` : cur.name);
  }
  return parts.join('>');
};

/**
 * The visible text of an HTML page as blocks: one block per run of inline text between block
 * elements, with the element path, tag and link density. (The HTML extractor builds on this.)
 */
export function htmlBlocks(html: string): Block[] {
  const $ = cheerio.load(html, { xml: { xmlMode: false, decodeEntities: true } });
  const blocks: Block[] = [];
  let offset = 0;
  let buf = '';
  let linkChars = 0;
  let owner: Element | null = null;

  const flush = () => {
    const text = buf.replace(/\s+/g, ' ').trim();
    if (text && owner) {
      blocks.push({
        index: blocks.length,
        text,
        line: blocks.length + 1,
        start: offset,
        end: offset + text.length,
        role: 'unknown',
        path: elementPath(owner),
        tag: owner.name,
        linkDensity: Math.min(1, linkChars / text.length),
      });
      offset += text.length + 1;
    }
    buf = '';
    linkChars = 0;
  };

  const walk = (node: AnyNode, inLink: boolean, blockOwner: Element) => {
    if (node.type === 'text') {
      const t = (node as unknown as { data: string }).data;
      if (!buf) owner = blockOwner;
      buf += t;
      if (inLink) linkChars += t.replace(/\s+/g, ' ').trim().length;
      return;
    }
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') return;
    const el = node as Element;
    const name = el.name.toLowerCase();
    if (SKIP.has(name) || el.attribs['hidden'] !== undefined || /display\s*:\s*none/i.test(el.attribs['style'] ?? '')) return;
    const isBlock = BLOCK.has(name);
    if (isBlock) flush();
    const nextOwner = isBlock ? el : blockOwner;
    for (const child of el.children) walk(child, inLink || name === 'a', nextOwner);
    if (isBlock) flush();
  };

  const root = $('body').get(0) ?? $.root().get(0);
  if (root) for (const child of (root as Element).children ?? []) walk(child, false, root as Element);
  flush();
  return blocks;
}
