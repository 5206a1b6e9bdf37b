// Finds what chrono does not: years ("in 2001"), year ranges ("2023-24"), decades ("the 1990s") and centuries.

/** A time whose value needs no reference date. */
export interface FixedCandidate {
  start: number;
  end: number;
  value: string;
}

// A 4-digit year, a year range, or a decade, not inside a longer number, code, amount or word, nor after a
// number ("555 2001"), though after a quarter ("Q3 2023").
const YEARISH =
  /(?<![\p{L}\p{N}$€£¥₹#@&_/\\.,:+]|\d[-–]|(?<!\p{L})\d\s)(?:(1\d{3}|20\d{2})(?:\s?[-–]\s?(\d{4}|\d{2}))?|(1\d|20)(\d)0['’]?s|['’](\d)0s)(?![\p{L}\p{N}%°]|[.,:/]\d|\s?[-–]\s?\d)/gu;
const CENTURY = /\b(\d{1,2})(?:st|nd|rd|th)[\s-]century\b|\b(eighteenth|nineteenth|twentieth|twenty-first)[\s-]century\b/giu;
const CENTURY_WORDS: Record<string, number> = { eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21 };

// Words before a number that make it a year even outside 1900–2100 ("in 1453", "since 1870").
const YEAR_CUE = /(?:^|\W)(?:in|since|by|from|until|till|to|of|during|year|early|mid|late|between|and|or|before|after|circa|c\.|around|summer|winter|spring|autumn|fall)\s*-?$/i;
// Labels before a number that make it an identifier ("Resolution 2334", "Flight 2001", "No. 1990").
const LABEL = /(?:^|\W)(?:section|article|resolution|flight|room|route|chapter|page|pp?\.|item|number|no\.?|code|model|paragraph|clause|bus|line|unit|highway|interstate|exit|platform|gate|box|suite|apartment|vol\.?|volume|issue|rule|bill|order|decree|law|form|version|tel\.?|phone|ext\.?|lot|batch|serial|case|docket|index)\s*$/i;
// Words after a number that make it a quantity ("2001 people", "1500 km").
const QUANTITY =
  /^\s?(?:people|persons|men|women|children|kids|families|refugees|migrants|troops|soldiers|fighters|police|officers|staff|workers|employees|members|residents|civilians|votes|voters|cases|deaths|dead|killed|injured|wounded|arrests|homes|houses|buildings|dollars|euros|pounds|yuan|rubles|roubles|lira|rupees|yen|km|kilometres|kilometers|miles|metres|meters|m|ft|feet|tonnes|tons|kg|barrels|units|times|percent|per\s?cent|points|pages|words|hectares|acres|sq)\b/i;
const DETERMINER_BEFORE = /(?:^|\W)(?:the|a|its|his|her|their|our|this|that|these|those|whose)\s+$/i;
const LOWER_PLURAL_AFTER = /^\s\p{Ll}+s\b/u;

/** Years, year ranges, decades and centuries in `text`, in order, each with its ISO 8601 value. */
export function findFixedTimes(text: string): FixedCandidate[] {
  const found: FixedCandidate[] = [];
  for (const match of text.matchAll(YEARISH)) {
    const start = match.index;
    const end = start + match[0].length;
    const before = text.slice(Math.max(0, start - 24), start);
    const after = text.slice(end, end + 16);
    const value = match[1] ? yearValue(match[1], match[2], before, after) : decadeValue(match[3], match[4], match[5]);
    if (value) found.push({ start, end, value });
  }
  for (const match of text.matchAll(CENTURY)) {
    const ordinal = match[1] ? Number(match[1]) : (CENTURY_WORDS[(match[2] ?? '').toLowerCase()] ?? 0);
    if (ordinal >= 1 && ordinal <= 21) found.push({ start: match.index, end: match.index + match[0].length, value: String(ordinal - 1).padStart(2, '0') });
  }
  return found.sort((a, b) => a.start - b.start);
}

function yearValue(first: string, second: string | undefined, before: string, after: string): string | null {
  const year = Number(first);
  const cued = YEAR_CUE.test(before);
  if (LABEL.test(before)) return null;
  // Outside the years news mostly names, only a word such as "in" or "since" makes a number a year.
  if (!cued && (year < 1900 || year > 2100)) return null;
  if (second === undefined) {
    if (QUANTITY.test(after)) return null;
    // "2001 soldiers" counts; "the 2024 elections" names a year.
    if (!cued && LOWER_PLURAL_AFTER.test(after) && !DETERMINER_BEFORE.test(before)) return null;
    return first;
  }
  const last = second.length === 2 ? Math.floor(year / 100) * 100 + Number(second) : Number(second);
  // "2023-24" is a season, "1939-45" a war; "2024-02" is a month written the ISO way and "1990-1985" no range.
  if (last <= year || last - year > 200) return null;
  return `${first}/${last}`;
}

function decadeValue(century: string | undefined, decade: string | undefined, shortDecade: string | undefined): string | null {
  if (century !== undefined && decade !== undefined) return `${century}${decade}`;
  if (shortDecade === undefined) return null;
  // "the '90s" is the 1990s; "the '20s" in today's news is more often the 2020s than the 1920s.
  return Number(shortDecade) >= 3 ? `19${shortDecade}` : `20${shortDecade}`;
}
