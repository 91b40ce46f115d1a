import type { Block, Doc } from '../core/doc.js';

const fate = (b: Block): { fate: string; why: string } => {
  if (b.removed) return { fate: 'REMOVED', why: b.removed.rule + (b.removed.detail ? ` (${b.removed.detail})` : '') };
  return { fate: `kept as ${b.role === 'unknown' ? 'paragraph' : b.role}`, why: b.roleRule ?? '' };
};

export interface ExplainRow {
  line: number;
  block: number | null;
  fate: string;
  rule: string;
  path?: string;
  text: string;
}

/** Every input line (text path) or block (HTML path) with what became of it and which rule decided. */
export function explainRows(doc: Doc): ExplainRow[] {
  if (doc.contentType === 'text') {
    // A block of hard-wrapped lines spans several: each shows its own words and the block's fate.
    const byLine = new Map<number, Block>();
    for (const b of doc.blocks) {
      const last = b.line + (doc.content.slice(b.start, b.end).match(/\n/g)?.length ?? 0);
      for (let l = b.line; l <= last; l++) byLine.set(l, b);
    }
    return doc.content.split('\n').map((text, i) => {
      const b = byLine.get(i + 1);
      if (!b) return { line: i + 1, block: null, fate: 'blank', rule: '', text };
      const f = fate(b);
      const spans = byLine.get(i) === b || byLine.get(i + 2) === b;
      return { line: i + 1, block: b.index, fate: f.fate, rule: f.why, text: spans ? text.trim() : b.text };
    });
  }
  return doc.blocks.map((b) => {
    const f = fate(b);
    return { line: b.line, block: b.index, fate: f.fate, rule: f.why, ...(b.path ? { path: b.path } : {}), text: b.text };
  });
}

export function explainDoc(doc: Doc, opts: { onlyRemoved?: boolean; width?: number } = {}): string {
  const width = opts.width ?? 100;
  const rows = explainRows(doc).filter((r) => r.fate !== 'blank' && (!opts.onlyRemoved || r.fate === 'REMOVED'));
  const fateW = Math.max(8, ...rows.map((r) => r.fate.length));
  const ruleW = Math.max(4, ...rows.map((r) => r.rule.length));
  const clip = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + '…' : s);
  const out = [
    `${doc.id}  (${doc.source.path}, ${doc.contentType}${doc.source.encoding ? `, ${doc.source.encoding.charset} by ${doc.source.encoding.evidence}` : ''})`,
    `language ${doc.language?.code ?? '?'}  published ${doc.published?.value ?? 'unknown'}  title ${JSON.stringify(doc.structure?.title ?? null)}`,
    // Who wrote it, as the structure stage read it from bylines, stamps and the declared fields.
    ...(doc.structure?.authors.length || doc.structure?.agencies.length ? [`authors ${JSON.stringify(doc.structure.authors)}  agencies ${JSON.stringify(doc.structure.agencies)}`] : []),
    '',
  ];
  for (const r of rows) {
    const where = r.path ? `  [${clip(r.path, 60)}]` : '';
    out.push(`${String(r.line).padStart(5)}  ${r.fate.padEnd(fateW)}  ${r.rule.padEnd(ruleW)}  ${clip(r.text, width)}${where}`);
  }
  const removed = doc.blocks.filter((b) => b.removed).length;
  out.push('', `${doc.blocks.length} blocks: ${doc.blocks.length - removed} kept, ${removed} removed`);
  for (const d of doc.diagnostics) out.push(`${d.severity}: ${d.rule}: ${d.message}`);
  return out.join('\n') + '\n';
}
