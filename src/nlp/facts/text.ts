// Plain-language pieces of fact lines: dates written out, lists joined, surface text cleaned.
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Times written without their date ("Monday", "in October", "yesterday"): a fact line gives the date instead. */
export const BARE_TIME = /^(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2})?|yesterday|today|tomorrow|tonight|last\s+night)$/iu;

/** "2024-02-26" → "26 February 2024", "2024-10" → "October 2024", "2024-02-26/2024-02-27" → "26–27 February 2024". */
export function formatWhen(value: string): string {
  const [from, to] = value.split('/');
  if (from && to) {
    const a = parts(from);
    const b = parts(to);
    if (a && b && a.day && b.day && a.year === b.year && a.month === b.month) return `${a.day}–${b.day} ${monthName(a.month)} ${a.year}`;
    return `${formatWhen(from)} to ${formatWhen(to)}`;
  }
  const p = parts(value);
  if (!p) return value;
  if (!p.month) return p.year;
  return p.day ? `${p.day} ${monthName(p.month)} ${p.year}` : `${monthName(p.month)} ${p.year}`;
}

/** The preposition a time takes in a line: "on 26 February 2024", "in October 2024", "in 2001". */
export function prepositionFor(value: string): string {
  return /^\d{4}-\d{2}-\d{2}/u.test(value) ? 'on' : 'in';
}

function parts(value: string): { year: string; month: number; day: number } | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T.*)?$/u.exec(value);
  if (!match) return null;
  return { year: match[1] as string, month: Number(match[2] ?? 0), day: Number(match[3] ?? 0) };
}

function monthName(month: number): string {
  return MONTHS[month - 1] ?? String(month);
}

/** "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** One line: single spaces, no space before punctuation, a capital first letter and a full stop at the end. */
export function asLine(text: string): string {
  const tidy = text.replace(/\s+/gu, ' ').replace(/\s+([,.;:!?])/gu, '$1').replace(/[\s,;:]+$/u, '').replace(/,(["”’])$/u, '$1').trim();
  if (!tidy) return '';
  const capital = tidy.charAt(0).toUpperCase() + tidy.slice(1);
  if (/[.!?…]["”’]?$/u.test(capital)) return capital;
  return `${capital}.`;
}

/** Surface text is cut here so that a fact line stays one line. */
export const MAX_LINE = 300;

export function clip(text: string): string {
  return text.length > MAX_LINE ? `${text.slice(0, MAX_LINE - 1).trimEnd()}…` : text;
}
