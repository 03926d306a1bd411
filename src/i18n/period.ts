/**
 * ISO 8601 periods in words: "2025", "2025-Q3", "2025-10", "2025-11-19" and ranges "2024-03/2025-10".
 * Month names are our own tables: Kazakh has no browser data, and one table keeps the three in step.
 */
import { daysInMonth, firstDay, readPeriod, type PeriodPart } from './iso-period.js';
import { kkWordEnding } from './kk-numerals.js';
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
const RU_MONTHS_GENITIVE = [
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
const RU_MONTHS_PREPOSITIONAL = [
  'январе',
  'феврале',
  'марте',
  'апреле',
  'мае',
  'июне',
  'июле',
  'августе',
  'сентябре',
  'октябре',
  'ноябре',
  'декабре',
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
const ROMAN = ['I', 'II', 'III', 'IV'];

type Single = PeriodPart;

/** A part the calendar has: "2025-02-30" has the shape of a day but is none, better shown as given. */
const inCalendar = (p: Single): boolean => p.kind !== 'date' || p.day <= daysInMonth(p.year, p.month);

/** First day of a period as yyyymmdd, to order the two ends of a range. */
const startOf = firstDay;

function parse(period: string): [Single] | [Single, Single] | undefined {
  const parts = readPeriod(period);
  if (!parts || !parts.every(inCalendar)) return undefined;
  const [from, to] = parts;
  if (!to) return [from];
  // A range that ends before it begins is a typo, not a period.
  return startOf(to) >= startOf(from) ? [from, to] : undefined;
}

/** True for the shapes the feed allows, for real calendar days, and for ranges in order. */
export function isValidPeriod(period: string): boolean {
  return parse(period) !== undefined;
}

/** A period without its year: "март", "III квартал", "19 ноября"; for a shared-year range. */
function withoutYear(p: Exclude<Single, { kind: 'year' }>, locale: Locale): string {
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
function single(p: Single, locale: Locale): string {
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
  return `${fromShort} – ${single(to, locale)}`;
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
  const first = locale === 'ru' ? single(from, 'ru').replace(/ г\.$/, '') : single(from, locale);
  return `${first} – ${single(to, locale)}`;
}

/** "2024-03" → kk "2024 ж. наурыз", ru "март 2024 г.", en "March 2024". Unknown shapes are shown as given. */
export function formatPeriod(period: string, locale: Locale): string {
  const parts = parse(period);
  if (!parts) return period;
  const [from, to] = parts;
  // "2025/2025" is one period written twice.
  if (!to || (from.kind === to.kind && startOf(from) === startOf(to))) return single(from, locale);
  return range(from, to, locale);
}

/** Kazakh "2024 жылғы наурыз" with the last word in a case: the attributive "жылғы" ties the year to what follows. */
function kkInCase(p: Single, grammaticalCase: 'ablative' | 'instrumental'): string {
  if (p.kind === 'year') return `${p.year} жыл${kkWordEnding('жыл', grammaticalCase)}`;
  const rest = withoutYear(p, 'kk');
  const last = rest.split(' ').at(-1)!;
  return `${p.year} жылғы ${rest}${kkWordEnding(last, grammaticalCase)}`;
}

/**
 * The period as the object of a comparison, ready for the change sentence: ru "в 2024 году",
 * "в марте 2024 г.", "в III квартале 2025 г." (used after "чем"); en "in 2024" (after "than");
 * kk the whole adverbial that opens the Kazakh sentence: "2024 жылмен салыстырғанда",
 * "2024 жылғы наурызбен салыстырғанда".
 */
export function formatPeriodComparison(period: string, locale: Locale): string {
  const parts = parse(period);
  if (!parts || parts.length !== 1) {
    // A range, or text we cannot read: name it as a whole.
    const text = formatPeriod(period, locale);
    if (locale === 'ru') return `за ${text}`;
    if (locale === 'en') return `in ${text}`;
    return `${text} кезеңімен салыстырғанда`;
  }
  const [p] = parts;
  if (locale === 'kk') return `${kkInCase(p, 'instrumental')} салыстырғанда`;
  if (locale === 'en') return `${p.kind === 'date' ? 'on' : 'in'} ${single(p, 'en')}`;
  if (p.kind === 'year') return `в ${p.year} году`;
  // "II" is read "втором": "во II квартале", as one says "во втором".
  if (p.kind === 'quarter') return `${p.quarter === 2 ? 'во' : 'в'} ${ROMAN[p.quarter - 1]} квартале ${p.year} г.`;
  if (p.kind === 'month') return `в ${RU_MONTHS_PREPOSITIONAL[p.month - 1]} ${p.year} г.`;
  return `на ${single(p, 'ru')}`;
}

/**
 * The start of a trend: ru "с 2022 года", "с марта 2024 г."; en "since 2022"; kk "2022 жылдан бері",
 * "2024 жылғы наурыздан бері". A range counts from its beginning. Text that is not an ISO period is put
 * into the phrase as it is, so a caller holding only a formatted period still gets a readable sentence.
 */
export function formatPeriodSince(period: string, locale: Locale): string {
  const parts = parse(period);
  if (!parts) {
    if (locale === 'ru') return `с ${period}`;
    if (locale === 'en') return `since ${period}`;
    return `${period} кезеңінен бері`;
  }
  const [p] = parts;
  if (locale === 'kk') return `${kkInCase(p, 'ablative')} бері`;
  if (locale === 'en') return `since ${single(p, 'en')}`;
  if (p.kind === 'year') return `с ${p.year} года`;
  // "II" and "2" are read "второго": "со II квартала", "со 2 ноября", as one says "со второго".
  if (p.kind === 'quarter') return `${p.quarter === 2 ? 'со' : 'с'} ${ROMAN[p.quarter - 1]} квартала ${p.year} г.`;
  if (p.kind === 'month') return `с ${RU_MONTHS_GENITIVE[p.month - 1]} ${p.year} г.`;
  return `${p.day === 2 ? 'со' : 'с'} ${single(p, 'ru')}`; // a date is already in the genitive: "с 19 ноября 2025 г."
}

/** "14:05" — the time of day figures were loaded (stale notices). Kazakh uses the same 24-hour clock as Russian. */
export function formatClockTime(date: Date, locale: Locale): string {
  return date.toLocaleTimeString(locale === 'en' ? 'en-GB' : 'ru-RU', { hour: '2-digit', minute: '2-digit' });
}
