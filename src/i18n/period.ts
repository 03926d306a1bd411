/**
 * ISO 8601 periods in words: "2025", "2025-Q3", "2025-10", "2025-11-19" and ranges "2024-03/2025-10".
 * Month names are our own tables: Kazakh has no browser data, and one table keeps the three in step.
 */
import { daysInMonth, firstDay, readPeriod, type PeriodPart } from './iso-period.js';
import type { Locale } from './locale.js';

const KK_MONTHS = [
  'қаңтар',
  'ақпан',
  'наурыз',
  'сәуір',
  'мамыр',
  'маусым',
  'шілде',
  'тамыз',
  'қыркүйек',
  'қазан',
  'қараша',
  'желтоқсан',
];
const RU_MONTHS = [
  'январь',
  'февраль',
  'март',
  'апрель',
  'май',
  'июнь',
  'июль',
  'август',
  'сентябрь',
  'октябрь',
  'ноябрь',
  'декабрь',
];
export const RU_MONTHS_GENITIVE = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];
const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
export const ROMAN = ['I', 'II', 'III', 'IV'];

export type Single = PeriodPart;

/** A part the calendar has: "2025-02-30" has the shape of a day but is none, better shown as given. */
const inCalendar = (p: Single): boolean => p.kind !== 'date' || p.day <= daysInMonth(p.year, p.month);

/** First day of a period as yyyymmdd, to order the two ends of a range. */
const startOf = firstDay;

export function parsePeriod(period: string): [Single] | [Single, Single] | undefined {
  const parts = readPeriod(period);
  if (!parts || !parts.every(inCalendar)) return undefined;
  const [from, to] = parts;
  if (!to) return [from];
  // A range that ends before it begins is a typo, not a period.
  return startOf(to) >= startOf(from) ? [from, to] : undefined;
}

/** True for the shapes the feed allows, for real calendar days, and for ranges in order. */
export function isValidPeriod(period: string): boolean {
  return parsePeriod(period) !== undefined;
}

/** A period without its year: "март", "III квартал", "19 ноября"; for a shared-year range. */
export function withoutYear(p: Exclude<Single, { kind: 'year' }>, locale: Locale): string {
  const month = p.kind === 'quarter' ? 0 : p.month - 1;
  switch (locale) {
    case 'kk':
      if (p.kind === 'quarter') return `${ROMAN[p.quarter - 1]} тоқсан`;
      return p.kind === 'month' ? KK_MONTHS[month]! : `${p.day} ${KK_MONTHS[month]}`;
    case 'ru':
      if (p.kind === 'quarter') return `${ROMAN[p.quarter - 1]} квартал`;
      return p.kind === 'month' ? RU_MONTHS[month]! : `${p.day} ${RU_MONTHS_GENITIVE[month]}`;
    default:
      if (p.kind === 'quarter') return `Q${p.quarter}`;
      return p.kind === 'month' ? EN_MONTHS[month]! : `${p.day} ${EN_MONTHS[month]}`;
  }
}

/** One period in full: kk "2024 ж. наурыз", ru "март 2024 г.", en "March 2024". */
export function singlePeriod(p: Single, locale: Locale): string {
  if (p.kind === 'year') return locale === 'kk' ? `${p.year} ж.` : locale === 'ru' ? `${p.year} г.` : `${p.year}`;
  const rest = withoutYear(p, locale);
  if (locale === 'kk') return `${p.year} ж. ${rest}`;
  if (locale === 'ru') return `${rest} ${p.year} г.`;
  // English puts the quarter before the year like a month ("Q3 2025").
  return `${rest} ${p.year}`;
}

/**
 * The first end of a range whose ends share their kind and year, said once: "январь – март 2025 г.",
 * "1 – 19 ноября 2025 г.", "I – III квартал 2025 г.", kk "2025 ж. қаңтар – наурыз".
 */
function sharedYearRange(
  from: Exclude<Single, { kind: 'year' }>,
  to: Exclude<Single, { kind: 'year' }>,
  locale: Locale,
): string {
  // Within one month only the day changes; within one year's quarters only the numeral.
  const sameMonth = from.kind === 'date' && to.kind === 'date' && from.month === to.month;
  const fromShort =
    from.kind === 'quarter'
      ? locale === 'en'
        ? `Q${from.quarter}`
        : ROMAN[from.quarter - 1]!
      : sameMonth && from.kind === 'date'
        ? `${from.day}`
        : withoutYear(from, locale);
  if (locale === 'kk') return `${from.year} ж. ${fromShort} – ${withoutYear(to, 'kk')}`;
  return `${fromShort} – ${singlePeriod(to, locale)}`;
}

function range(from: Single, to: Single, locale: Locale): string {
  if (from.kind === 'year' && to.kind === 'year') {
    // The plural abbreviations: "2023 – 2025 гг." ("годы"), "2023 – 2025 жж." ("жылдар").
    return locale === 'en'
      ? `${from.year} – ${to.year}`
      : `${from.year} – ${to.year} ${locale === 'kk' ? 'жж.' : 'гг.'}`;
  }
  if (from.kind !== 'year' && to.kind !== 'year' && from.kind === to.kind && from.year === to.year)
    return sharedYearRange(from, to, locale);
  // Russian writes the year's "г." once, at the end: "март 2024 – октябрь 2025 г.".
  const first = locale === 'ru' ? singlePeriod(from, 'ru').replace(/ г\.$/, '') : singlePeriod(from, locale);
  return `${first} – ${singlePeriod(to, locale)}`;
}

/** "2024-03" → kk "2024 ж. наурыз", ru "март 2024 г.", en "March 2024". Unknown shapes are shown as given. */
export function formatPeriod(period: string, locale: Locale): string {
  const parts = parsePeriod(period);
  if (!parts) return period;
  const [from, to] = parts;
  // "2025/2025" is one period written twice.
  if (!to || (from.kind === to.kind && startOf(from) === startOf(to))) return singlePeriod(from, locale);
  return range(from, to, locale);
}
