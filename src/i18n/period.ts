/**
 * ISO 8601 periods in words: "2025", "2025-Q3", "2025-10", "2025-11-19" and ranges "2024-03/2025-10".
 * Month names are our own tables: Kazakh has no browser data, and one table keeps the three in step.
 */
import type { Locale } from './locale.js';

const KK_MONTHS = ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'];
const RU_MONTHS = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'];
const RU_MONTHS_GENITIVE = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const RU_MONTHS_PREPOSITIONAL = ['январе', 'феврале', 'марте', 'апреле', 'мае', 'июне', 'июле', 'августе', 'сентябре', 'октябре', 'ноябре', 'декабре'];
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ROMAN = ['I', 'II', 'III', 'IV'];

type Single =
  | { readonly kind: 'year'; readonly year: number }
  | { readonly kind: 'quarter'; readonly year: number; readonly quarter: number }
  | { readonly kind: 'month'; readonly year: number; readonly month: number }
  | { readonly kind: 'date'; readonly year: number; readonly month: number; readonly day: number };

const SINGLE = /^(\d{4})(?:-(?:Q([1-4])|(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?))?$/;

function parseSingle(text: string): Single | undefined {
  const match = SINGLE.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (match[2]) return { kind: 'quarter', year, quarter: Number(match[2]) };
  if (match[4]) return { kind: 'date', year, month: Number(match[3]), day: Number(match[4]) };
  if (match[3]) return { kind: 'month', year, month: Number(match[3]) };
  return { kind: 'year', year };
}

function parse(period: string): Single[] | undefined {
  const parts = period.split('/');
  if (parts.length > 2) return undefined;
  const parsed = parts.map(parseSingle);
  return parsed.every((p): p is Single => p !== undefined) ? parsed : undefined;
}

export function isValidPeriod(period: string): boolean {
  return parse(period) !== undefined;
}

/** One period without the year's suffix ("март 2024"), and the suffix to add once ("г."). */
function single(p: Single, locale: Locale, withSuffix: boolean): string {
  const ru = withSuffix ? ' г.' : '';
  switch (locale) {
    case 'kk': {
      const year = `${p.year} ж.`;
      if (p.kind === 'year') return year;
      if (p.kind === 'quarter') return `${year} ${ROMAN[p.quarter - 1]} тоқсан`;
      if (p.kind === 'month') return `${year} ${KK_MONTHS[p.month - 1]}`;
      return `${year} ${p.day} ${KK_MONTHS[p.month - 1]}`;
    }
    case 'ru':
      if (p.kind === 'year') return `${p.year}${ru}`;
      if (p.kind === 'quarter') return `${ROMAN[p.quarter - 1]} квартал ${p.year}${ru}`;
      if (p.kind === 'month') return `${RU_MONTHS[p.month - 1]} ${p.year}${ru}`;
      return `${p.day} ${RU_MONTHS_GENITIVE[p.month - 1]} ${p.year}${ru}`;
    default:
      if (p.kind === 'year') return `${p.year}`;
      if (p.kind === 'quarter') return `Q${p.quarter} ${p.year}`;
      if (p.kind === 'month') return `${EN_MONTHS[p.month - 1]} ${p.year}`;
      return `${p.day} ${EN_MONTHS[p.month - 1]} ${p.year}`;
  }
}

/** "2024-03" → kk "2024 ж. наурыз", ru "март 2024 г.", en "March 2024". Unknown shapes are shown as given. */
export function formatPeriod(period: string, locale: Locale): string {
  const parts = parse(period);
  if (!parts) return period;
  if (parts.length === 1) return single(parts[0]!, locale, true);
  const [from, to] = parts as [Single, Single];
  // Russian writes the year suffix once at the end of a range: "март 2024 – октябрь 2025 г.".
  return `${single(from, locale, locale !== 'ru')} – ${single(to, locale, true)}`;
}

/**
 * The period as the object of a comparison: ru "в 2024 году", "в марте 2024 г."; en "in 2024";
 * kk "2024 ж." (the Kazakh sentence puts it before "…деңгейімен салыстырғанда", which needs no case on it).
 */
export function formatPeriodComparison(period: string, locale: Locale): string {
  const parts = parse(period);
  if (!parts || parts.length !== 1) {
    if (locale === 'ru') return `за ${formatPeriod(period, locale)}`;
    if (locale === 'en') return `in ${formatPeriod(period, locale)}`;
    return formatPeriod(period, locale);
  }
  const p = parts[0]!;
  if (locale === 'kk') return single(p, 'kk', true);
  if (locale === 'en') return `${p.kind === 'date' ? 'on' : 'in'} ${single(p, 'en', true)}`;
  if (p.kind === 'year') return `в ${p.year} году`;
  if (p.kind === 'quarter') return `в ${ROMAN[p.quarter - 1]} квартале ${p.year} г.`;
  if (p.kind === 'month') return `в ${RU_MONTHS_PREPOSITIONAL[p.month - 1]} ${p.year} г.`;
  return `на ${single(p, 'ru', true)}`;
}

/** "14:05" — the time of day figures were loaded (stale notices). Kazakh uses the same 24-hour clock as Russian. */
export function formatClockTime(date: Date, locale: Locale): string {
  return date.toLocaleTimeString(locale === 'en' ? 'en-GB' : 'ru-RU', { hour: '2-digit', minute: '2-digit' });
}
