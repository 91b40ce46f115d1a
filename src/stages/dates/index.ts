import { z } from 'zod';
import { BODY_ROLES, docWith, type DateMention, type DateValue, type Diagnostic, type Doc } from '../../core/doc.js';
import { defineStage } from '../../core/stage.js';
import { daysBetween, isoDay, isoMonth, isoMonthDay, isTimeZone, latestOnOrBefore, nearestYear, zonedIso, type Ymd, type Zone } from './calendar.js';
import { declaredModifiedRule, declaredRule, EVIDENCE_RULES, fetchDay, headlineStampRule, urlDateRule, type Evidence } from './evidence.js';
import { findMentions } from './find.js';
import { MENTION_RULES } from './mention-rules.js';
import { dayOf, parseDateText, type ReadContext } from './parse.js';
import { resolveReading, type Anchors } from './resolve.js';
import { slashOrder } from './slash-order.js';

const Options = z.object({
  /** IANA zone of times stated without one ("um 14 Uhr") on pages in `zoneLanguages`; DST applies. */
  timeZone: z.string().default('Europe/Berlin').refine(isTimeZone, { message: 'unknown IANA time zone' }),
  /** Languages whose pages state local times in `timeZone`; elsewhere such times get no offset. */
  zoneLanguages: z.array(z.string()).default(['de']),
});
export type DatesOptions = z.output<typeof Options>;

const MENTION_ROLES = new Set([...BODY_ROLES, 'caption']);
/** What may stand between a time and the day it belongs to ("21 Uhr am Dienstag", "5 p.m. on Monday"). */
const ADJACENT = /^[\s,]*(?:(?:on|am|at|the|den|dem|le|el|vom)\s*)?$/iu;

/** A publication date from one piece of evidence; a missing year comes from the rest of the evidence. */
function toDateValue(e: Evidence, others: readonly Evidence[], doc: Doc, zone: Zone, zoneId: string): DateValue {
  const d = e.date;
  const inferred = !!e.guess;
  if (d.year === undefined) {
    // "7. Dez." in a dateline: the year of another dated source, else the fetch date's, else none.
    const dated = others.find((o) => o.date.year !== undefined);
    const near = dated ? nearestYear(d.month, d.day!, { year: dated.date.year!, month: dated.date.month, day: dated.date.day ?? 15 }) : null;
    const fetched = fetchDay(doc, { zoneId });
    const day = near ?? (fetched ? latestOnOrBefore(d.month, d.day!, fetched) : null);
    if (!day) return { value: isoMonthDay(d.month, d.day!), precision: 'day', source: e.rule, inferred: false };
    return { value: isoDay(day), precision: 'day', source: e.rule, inferred: true };
  }
  const day = dayOf(d);
  if (!day) return { value: isoMonth(d.year, d.month), precision: 'month', source: e.rule, inferred };
  if (!d.time) return { value: isoDay(day), precision: 'day', source: e.rule, inferred };
  const t = d.time;
  return { value: zonedIso(day, t.hour, t.minute, t.second, t.zone ?? zone), precision: t.second ? 'second' : 'minute', source: e.rule, inferred };
}

/**
 * The first evidence of the strongest rule that has any. Weaker rules run only when it lacks a
 * year ("7. Dez.": another source may give it) or a day ("/2021/12/": a stamp may name the day).
 */
function strongest(doc: Doc, ctx: ReadContext): { best: Evidence; rest: Evidence[] } | null {
  const lists: Evidence[][] = [];
  for (const rule of EVIDENCE_RULES) if (lists.push(rule.find(doc, ctx)) && lists.at(-1)!.length) break;
  let best = lists.at(-1)![0];
  if (!best) return null;
  if (best.date.year !== undefined && best.date.day !== undefined) return { best: sharper(best, doc, ctx), rest: [] };
  for (const rule of EVIDENCE_RULES.slice(lists.length)) lists.push(rule.find(doc, ctx));
  const all = lists.flat();
  const b = best;
  // A month ("/2021/12/" in the URL) is sharpened by a stated day of that month from weaker evidence.
  best = (b.date.day === undefined && all.find((e) => !e.guess && e.date.day !== undefined && e.date.year === b.date.year && e.date.month === b.date.month)) || b;
  return { best, rest: all.filter((e) => e !== best) };
}

const sameDay = (a: Evidence, b: Evidence) => a.date.year === b.date.year && a.date.month === b.date.month && a.date.day === b.date.day;

/**
 * A full date as precisely as the page states it. A line under the headline gives the day; the
 * metadata naming the same day (published or modified) gives its time. A UTC instant on a page
 * whose zone is unknown ("…T02:25:54Z") fixes the day only within one: the URL's day, written by
 * the publisher in local time, decides when it is the day before or after.
 */
function sharper(best: Evidence, doc: Doc, ctx: ReadContext): Evidence {
  if (best.rule === headlineStampRule.id) {
    const declared = [...declaredRule.find(doc, ctx), ...declaredModifiedRule.find(doc, ctx)];
    const same = declared.find((e) => e.date.time && sameDay(e, best));
    if (same) return same;
    // The line may render a declared UTC instant in UTC ("6.11.22" for 2022-11-06T23:00Z): on a
    // page whose zone is known, the instant's day there is the publisher's.
    const pub = declared[0];
    const z = pub?.date.time?.zone;
    if (pub?.label === 'published' && ctx.zoneId !== 'UTC' && z?.kind === 'iana') {
      const utc = parseDateText(pub.text, 'UTC');
      if (utc && utc.year === best.date.year && utc.month === best.date.month && utc.day === best.date.day) return pub;
    }
    return best;
  }
  const t = best.date.time;
  if (best.rule === declaredRule.id && ctx.zoneId === 'UTC' && t?.zone?.kind === 'iana' && t.zone.id === 'UTC') {
    const url = urlDateRule.find(doc, ctx)[0];
    const [a, b] = [url && dayOf(url.date), dayOf(best.date)];
    if (url && a && b && Math.abs(daysBetween(a, b)) === 1) return url;
  }
  return best;
}

/** What mentions resolve against: the publication date, else the fetch date for years alone. */
function anchorsFor(published: DateValue | null, doc: Doc, zone: Zone, zoneId: string): Anchors {
  const m = published ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(published.value) : null;
  if (m) {
    const year = Number(m[1]);
    const month = m[2] ? Number(m[2]) : undefined;
    const day: Ymd | undefined = m[3] ? { year, month: month!, day: Number(m[3]) } : undefined;
    return { ...(day ? { day } : {}), year: { year, ...(month ? { month } : {}), ...(day ? { day: day.day } : {}) }, zone };
  }
  const fetched = fetchDay(doc, { zoneId });
  return { ...(fetched ? { year: fetched } : {}), zone };
}

export const datesStage = defineStage({
  id: 'dates',
  version: '2',
  description: 'Find the publication date from the best evidence and normalise every date mention of the body relative to it (German first).',
  options: Options,
  rules: [...EVIDENCE_RULES, { id: 'dates/none', description: 'No evidence at all: the publication date stays unknown (null), never the year of the clock.' }, ...MENTION_RULES],
  run(doc, opts) {
    const local = opts.zoneLanguages.includes(doc.language?.code ?? 'und');
    const zone: Zone = local ? { kind: 'iana', id: opts.timeZone } : { kind: 'local' };
    // UTC instants ("…T23:30:00Z") are shown in the page's zone; on other pages they stay UTC.
    const zoneId = local ? opts.timeZone : 'UTC';
    const order = slashOrder(doc);
    const found = strongest(doc, { zoneId, monthFirst: order.monthFirst, slashSure: order.sure });
    const published = found ? toDateValue(found.best, found.rest, doc, zone, zoneId) : null;
    const diagnostic: Diagnostic = found
      ? {
          stage: 'dates',
          rule: found.best.rule,
          severity: 'info',
          message: `published ${published!.value} from "${found.best.text.slice(0, 60)}"${found.best.block !== undefined ? ` (block ${found.best.block})` : ''}`,
          ...(found.best.block !== undefined ? { block: found.best.block } : {}),
        }
      : { stage: 'dates', rule: 'dates/none', severity: 'info', message: 'no evidence of a publication date: published stays unknown' };
    const dateMentions = mentionsOf(doc, anchorsFor(published, doc, zone, zoneId));
    return docWith(doc, { published, dateMentions, diagnostics: [...doc.diagnostics, diagnostic] });
  },
});

/** Every date mention of the body and the captions, resolved; those that cannot be resolved are left out. */
function mentionsOf(doc: Doc, anchors: Anchors): DateMention[] {
  const out: DateMention[] = [];
  for (const b of doc.blocks) {
    if (b.removed || !MENTION_ROLES.has(b.role)) continue;
    const found = findMentions(b.text);
    const days = found.map((f) => (f.reading.kind === 'time' ? null : resolveReading(f.reading, anchors)));
    let contextDay: Ymd | undefined;
    found.forEach((f, i) => {
      let r = days[i];
      if (f.reading.kind === 'time') {
        // A time takes the day named right after it ("10:41 a.m. Tuesday", "4 p.m. ET on Jan. 27"),
        // else the last day named before it in the block, else the publication day.
        const next = found[i + 1];
        const nextDay = next && ADJACENT.test(b.text.slice(f.end, next.start)) ? days[i + 1]?.day : undefined;
        r = resolveReading(f.reading, anchors, nextDay ?? contextDay);
      }
      if (!r) return;
      if (r.day) contextDay = r.day;
      out.push({ text: f.text, value: r.value, precision: r.precision, start: f.start, end: f.end, block: b.index, rule: f.rule, inferred: r.inferred });
    });
  }
  return out;
}
