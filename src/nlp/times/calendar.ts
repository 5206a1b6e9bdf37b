// Calendar-day arithmetic and ISO 8601 formatting for resolved times, in UTC so no time zone can shift a day.

/** A day of the Gregorian calendar; month 1..12. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** The calendar day an ISO string names as written ("2024-02-28T23:30:00-05:00" → 2024-02-28); null otherwise. */
export function dayFromIso(iso: string | null | undefined): CalendarDay | null {
  const match = iso ? ISO_DAY.exec(iso) : null;
  if (!match) return null;
  const day = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isValidDay(day) ? day : null;
}

export function isValidDay({ year, month, day }: CalendarDay): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function addDays(day: CalendarDay, count: number): CalendarDay {
  const date = new Date(Date.UTC(day.year, day.month - 1, day.day + count));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday, as chrono numbers weekdays. */
export function weekdayOf(day: CalendarDay): number {
  return new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay();
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDay, to: CalendarDay): number {
  return Math.round((Date.UTC(to.year, to.month - 1, to.day) - Date.UTC(from.year, from.month - 1, from.day)) / 86_400_000);
}

/** The Monday-to-Sunday week (ISO 8601 weeks start on Monday) holding `day`, as an interval. */
export function weekInterval(day: CalendarDay): string {
  const monday = addDays(day, -((weekdayOf(day) + 6) % 7));
  return `${isoDay(monday)}/${isoDay(addDays(monday, 6))}`;
}

export function isoYear(year: number): string {
  return String(year).padStart(4, '0');
}

export function isoMonth(year: number, month: number): string {
  return `${isoYear(year)}-${pad(month)}`;
}

export function isoDay(day: CalendarDay): string {
  return `${isoMonth(day.year, day.month)}-${pad(day.day)}`;
}

export function pad(value: number): string {
  return String(value).padStart(2, '0');
}
