// A clause's own words for a fact line: bare weekdays and months given their dates, "the presidency" its owner.
import type { Entity, TimeMention } from '../../analysis';
import type { FactDocument, Mention } from './document';
import { BARE_TIME, formatWhen } from './text';
import { whenOf } from './when-where';

export interface Replacement { start: number; end: number; text: string }

/** How far back (in blocks) "the presidency" looks for "the BRICS presidency". */
const BRIDGE_REACH = 3;
const BRIDGE_CHARS = 1_500;
const PREPOSITION_BEFORE = /(?:^|\s)(?:on|in|by|until|since|from|to|and|between|of|for|at)\s*$/iu;

/** The text of [start, end) of `block` with its bare times dated and the given replacements made. */
export function surfaceWithDates(doc: FactDocument, block: number, start: number, end: number, times: readonly TimeMention[], extra: readonly Replacement[]): string {
  const text = doc.text(block);
  const replacements: Replacement[] = [...extra];
  for (let k = 0; k < times.length; k += 1) {
    const time = times[k] as TimeMention;
    if (!time.value || !BARE_TIME.test(time.text.trim())) continue;
    const next = times[k + 1];
    const joined = next?.value && BARE_TIME.test(next.text.trim()) ? whenOf(doc, block, [time, next]) : null;
    const interval = joined?.includes('/') ? joined : null;
    const stop = interval && next ? next.span.end : time.span.end;
    const needsOn = !PREPOSITION_BEFORE.test(text.slice(Math.max(start, time.span.start - 12), time.span.start)) && !/^on\s/iu.test(time.text);
    const dated = formatWhen(interval ?? time.value);
    replacements.push({ start: time.span.start, end: stop, text: `${needsOn ? 'on ' : ''}${/^on\s/iu.test(time.text) ? 'on ' : ''}${dated}` });
    if (interval) k += 1;
  }
  replacements.sort((a, b) => b.start - a.start);
  let out = text.slice(start, end);
  let lastStart = end;
  for (const r of replacements) {
    if (r.start < start || r.end > end || r.end > lastStart) continue;
    out = out.slice(0, r.start - start) + r.text + out.slice(r.end - start);
    lastStart = r.start;
  }
  return out;
}

/**
 * "took over the presidency" after "the BRICS presidency" a sentence before: the definite noun is that entity's,
 * so the line says "the BRICS presidency" and BRICS is an object.
 */
export function bridgeDefinites(doc: FactDocument, block: number, start: number, end: number): { mentions: Mention[]; replacements: Replacement[] } {
  const text = doc.text(block);
  const mentions: Mention[] = [];
  const replacements: Replacement[] = [];
  const definite = /\bthe\s+(\p{Ll}{3,})\b/gu;
  const clause = text.slice(start, end);
  for (const match of clause.matchAll(definite)) {
    const noun = match[1] as string;
    const at = start + (match.index ?? 0);
    const owner = ownerOf(doc, block, at, noun);
    if (!owner) continue;
    // The owner counts as mentioned where the definite noun stands.
    mentions.push({ entity: owner, span: { block, start: at, end: at + match[0].length } });
    replacements.push({ start: at, end: at + match[0].length, text: `the ${owner.name} ${noun}` });
  }
  return { mentions, replacements };
}

/** The entity named in "the <Entity> <noun>" shortly before `at`, when there is one. */
function ownerOf(doc: FactDocument, block: number, at: number, noun: string): Entity | null {
  for (let b = block; b >= 0 && b >= block - BRIDGE_REACH; b -= 1) {
    const text = doc.text(b);
    const limit = b === block ? at : text.length;
    // Only the stretch just before: a definite noun points back a few sentences, not across a whole long page.
    const mentions = doc.mentionsIn(b, Math.max(0, limit - BRIDGE_CHARS), limit);
    for (let k = mentions.length - 1; k >= 0; k -= 1) {
      const mention = mentions[k];
      if (!mention) continue;
      const before = text.slice(Math.max(0, mention.span.start - 4), mention.span.start);
      const after = text.slice(mention.span.end, mention.span.end + noun.length + 2);
      if (/the\s$/iu.test(before) && new RegExp(`^\\s${noun}\\b`, 'u').test(after)) return mention.entity;
    }
  }
  return null;
}
