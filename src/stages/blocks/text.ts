import { newBlock, type Block } from '../../core/doc.js';

const BULLET = /^[•·▪●◦‣∙*–-]\s+/u;

/**
 * A text dump to blocks: one block a non-empty line (a dump is what select-all-and-copy gives:
 * one block of the page a line). Leading bullets become a flag, not text.
 */
export function textBlocks(content: string): Block[] {
  const blocks: Block[] = [];
  let offset = 0;
  const lines = content.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const lead = line.length - line.trimStart().length;
    let text = line.trim().replace(/[ \t]+/g, ' ');
    if (text) {
      const flags: string[] = [];
      const bullet = BULLET.exec(text);
      if (bullet && text.length > bullet[0].length) {
        text = text.slice(bullet[0].length);
        flags.push('bullet');
      }
      blocks.push(newBlock({ index: blocks.length, text, line: i + 1, start: offset + lead, end: offset + line.trimEnd().length, role: 'unknown', flags: flags.length ? flags : undefined }));
    }
    offset += line.length + 1;
  }
  return blocks;
}
