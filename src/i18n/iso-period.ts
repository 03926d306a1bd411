/**
 * ISO 8601 periods as the feed writes them, read once for everyone: the pattern the schema checks
 * (feed/patterns.ts), the words a period is said in (period.ts) and the order a table sorts periods in
 * (elements/table/table-rows.ts) all start from here, so the three can never disagree on what a period is.
 * A period is one part ("2025", "2025-Q3", "2025-10", "2025-11-19") or a range of two joined by "/".
 */

/** One part of a period, as a regular expression source: year, then a quarter, or a month and maybe a day. */
export const PERIOD_PART_SOURCE = String.raw`(\d{4})(?:-(?:Q([1-4])|(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?))?`;

export type PeriodPart =
  | { readonly kind: 'year'; readonly year: number }
  | { readonly kind: 'quarter'; readonly year: number; readonly quarter: number }
  | { readonly kind: 'month'; readonly year: number; readonly month: number }
  | { readonly kind: 'date'; readonly year: number; readonly month: number; readonly day: number };

/** A period: one part, or the two ends of a range. */
export type PeriodParts = readonly [PeriodPart] | readonly [PeriodPart, PeriodPart];

const PART = new RegExp(`^${PERIOD_PART_SOURCE}$`);

function readPart(text: string): PeriodPart | undefined {
  const match = PART.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (match[2]) return { kind: 'quarter', year, quarter: Number(match[2]) };
  if (match[4]) return { kind: 'date', year, month: Number(match[3]), day: Number(match[4]) };
  if (match[3]) return { kind: 'month', year, month: Number(match[3]) };
  return { kind: 'year', year };
}

/**
 * The parts of a period written in one of the shapes above, else `undefined`. Only the shape is read: whether
 * a day is in the calendar and a range is in order is for the caller to judge (period.ts does).
 */
export function readPeriod(period: string): PeriodParts | undefined {
  const [from, to, ...more] = period.split('/').map(readPart);
  if (from === undefined || more.length > 0) return undefined;
  if (period.includes('/')) return to === undefined ? undefined : [from, to];
  return [from];
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const asNumber = (year: number, month: number, day: number): number => year * 10_000 + month * 100 + day;

/** The first day a part covers, as the number yyyymmdd (numbers order like days). */
export function firstDay(part: PeriodPart): number {
  switch (part.kind) {
    case 'year':
      return asNumber(part.year, 1, 1);
    case 'quarter':
      return asNumber(part.year, part.quarter * 3 - 2, 1);
    case 'month':
      return asNumber(part.year, part.month, 1);
    default:
      return asNumber(part.year, part.month, part.day);
  }
}

/** The last day a part covers, as the number yyyymmdd. */
export function lastDay(part: PeriodPart): number {
  switch (part.kind) {
    case 'year':
      return asNumber(part.year, 12, 31);
    case 'quarter':
      return asNumber(part.year, part.quarter * 3, daysInMonth(part.year, part.quarter * 3));
    case 'month':
      return asNumber(part.year, part.month, daysInMonth(part.year, part.month));
    default:
      return asNumber(part.year, part.month, part.day);
  }
}
