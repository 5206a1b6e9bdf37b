// Turns Analysis values into the words a reader expects: dates, bylines, lists.

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_ONLY = /^(\d{4})-(\d{2})$/;
// Only ISO 8601 instants: Date() also "parses" loose text such as "sometime in 2024".
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** "2024-02-28" -> "February 28, 2024", "2024-10" -> "October 2024"; with a time, the reader's local date and time. */
export function formatPublished(iso: string | null, locale?: string): string | null {
  if (!iso) return null;
  const dateOnly = DATE_ONLY.exec(iso);
  if (dateOnly) {
    // A bare date names a calendar day, not an instant: format it in UTC so no time zone shifts it.
    const day = new Date(Date.UTC(Number(dateOnly[1]), Number(dateOnly[2]) - 1, Number(dateOnly[3])));
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(day);
  }
  const month = MONTH_ONLY.exec(iso);
  if (month) {
    const first = new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1));
    return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(first);
  }
  const instant = INSTANT.test(iso) ? new Date(iso) : null;
  if (!instant || Number.isNaN(instant.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(instant);
}

/** ["A", "B", "C"] -> "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
