// When and where a fact happened: the times and "in <place>" of its clause, else the frame the story set for its subject.
import type { TimeMention } from '../../analysis';
import type { FactDocument, Mention } from './document';

export interface Setting { when: string | null; where: string | null }

/** Words that join two times into one stretch: "Monday and Tuesday", "from 3 to 5 March", "2019-2021". */
const JOINS_INTERVAL = /^\s*(?:and|to|until|till|through|-|–|—)\s*$/iu;
/** Between "in"/"at" and the place: "in the city of Kazan", "in the capital Kyiv", "at the port of". */
const BEFORE_PLACE = /^\s+(?:(?:the\s+)?(?:(?:city|town|capital|village|region|province|state|port|country|district|county|island)(?:\s+of)?|Russian|Chinese|southern|northern|eastern|western|central|north|south|east|west)\s+)?$/iu;

/**
 * The time of a clause from its time mentions: one value, or two of them joined by "and"/"to" as an interval
 * ("Monday and Tuesday" → "2024-02-26/2024-02-27"). Null when no mention has a value.
 */
export function whenOf(doc: FactDocument, block: number, times: readonly TimeMention[]): string | null {
  const valued = times.filter((t) => t.value);
  const first = valued[0];
  if (!first?.value) return null;
  const second = valued[1];
  if (second?.value && JOINS_INTERVAL.test(doc.text(block).slice(first.span.end, second.span.start))) {
    const a = first.value.split('/')[0] as string;
    const b = second.value.split('/').pop() as string;
    if (a !== b && a.length === b.length) return a < b ? `${a}/${b}` : `${b}/${a}`;
  }
  return first.value;
}

/** The place a clause names with "in"/"at" (or a place object of "visited"/"arrived in"): the first such mention. */
export function placeOf(doc: FactDocument, block: number, mentions: readonly Mention[], placeIsObject: boolean): Mention | null {
  const text = doc.text(block);
  for (const mention of mentions) {
    if (mention.entity.type !== 'place') continue;
    // "at Brazil's request" is whose request, not where.
    if (/^['’]/u.test(text.slice(mention.span.end, mention.span.end + 1))) continue;
    const before = text.slice(Math.max(0, mention.span.start - 40), mention.span.start);
    const gap = before.match(/(?:^|[^\p{L}])(?:in|at|near|outside|inside)(\s+(?:\S+\s+){0,4})$/iu)?.[1];
    if (gap !== undefined && BEFORE_PLACE.test(gap)) return mention;
    if (placeIsObject) return mention;
  }
  return null;
}

/**
 * What the story has said about where and when each subject was ("Sun, who was in Moscow on Monday and Tuesday"),
 * so that a later "He also met Lavrov" with no time of its own takes that frame.
 */
export class Frames {
  private readonly bySubject = new Map<string, Setting>();

  note(subject: string | null, setting: Setting): void {
    if (!subject || (!setting.when && !setting.where)) return;
    const known = this.bySubject.get(subject);
    this.bySubject.set(subject, { when: setting.when ?? known?.when ?? null, where: setting.where ?? known?.where ?? null });
  }

  of(subject: string | null): Setting {
    return (subject ? this.bySubject.get(subject) : undefined) ?? { when: null, where: null };
  }
}
