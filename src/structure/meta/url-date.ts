// Finds the publication day written into an article's URL path (/2024/02/28/, /20240228/, -2024-02-28-).

const MIN_YEAR = 1995;
const MAX_YEAR = 2100;

// Year, month and day as separate path segments, or joined with "-"/"_" inside a slug or segment.
const SEPARATED = /[/_-]((?:19|20)\d{2})[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12]\d|3[01])(?=$|[/_\-.?#])/;
const COMPACT = /(?:^|[/_-])((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=$|[/_\-.?#])/;
// Year and month only ("/2024/02/slug"): used as a consistency check, never as the day.
const YEAR_MONTH = /\/((?:19|20)\d{2})\/(0?[1-9]|1[0-2])\//;

/** The day written in the URL's path as "YYYY-MM-DD", or null. The host name is never read. */
export function dateFromUrl(url: string | null): string | null {
  const path = pathOf(url);
  if (!path) return null;
  const match = SEPARATED.exec(path) ?? COMPACT.exec(path);
  if (!match) return null;
  return checked(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** "YYYY-MM" when the path holds only a year and month, else null. */
export function monthFromUrl(url: string | null): string | null {
  const match = YEAR_MONTH.exec(pathOf(url) ?? '');
  if (!match) return null;
  const year = Number(match[1]);
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  return `${year}-${String(Number(match[2])).padStart(2, '0')}`;
}

function pathOf(url: string | null): string | null {
  if (!url) return null;
  const withoutHost = url.replace(/^[a-z]+:\/\/[^/]*/i, '');
  return withoutHost.replace(/#.*$/, '');
}

function checked(year: number, month: number, day: number): string | null {
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
