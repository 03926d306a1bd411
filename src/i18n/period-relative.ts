/**
 * A period inside a sentence, for the words of a tile's optional parts: the object of a comparison ("чем в
 * 2024 году") and the start of a trend ("с 2022 года"). Apart from period.ts, which every element needs, so
 * that a page of plain figures does not download them.
 */
import { kkWordEnding } from './kk-numerals.js';
import type { Locale } from './locale.js';
import {
  formatPeriod,
  parsePeriod,
  ROMAN,
  RU_MONTHS_GENITIVE,
  singlePeriod,
  withoutYear,
  type Single,
} from './period.js';

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
  const parts = parsePeriod(period);
  if (!parts || parts.length !== 1) {
    // A range, or text we cannot read: name it as a whole.
    const text = formatPeriod(period, locale);
    if (locale === 'ru') return `за ${text}`;
    if (locale === 'en') return `in ${text}`;
    return `${text} кезеңімен салыстырғанда`;
  }
  const [p] = parts;
  if (locale === 'kk') return `${kkInCase(p, 'instrumental')} салыстырғанда`;
  if (locale === 'en') return `${p.kind === 'date' ? 'on' : 'in'} ${singlePeriod(p, 'en')}`;
  if (p.kind === 'year') return `в ${p.year} году`;
  // "II" is read "втором": "во II квартале", as one says "во втором".
  if (p.kind === 'quarter') return `${p.quarter === 2 ? 'во' : 'в'} ${ROMAN[p.quarter - 1]} квартале ${p.year} г.`;
  if (p.kind === 'month') return `в ${RU_MONTHS_PREPOSITIONAL[p.month - 1]} ${p.year} г.`;
  return `на ${singlePeriod(p, 'ru')}`;
}

/**
 * The start of a trend: ru "с 2022 года", "с марта 2024 г."; en "since 2022"; kk "2022 жылдан бері",
 * "2024 жылғы наурыздан бері". A range counts from its beginning. Text that is not an ISO period is put
 * into the phrase as it is, so a caller holding only a formatted period still gets a readable sentence.
 */
export function formatPeriodSince(period: string, locale: Locale): string {
  const parts = parsePeriod(period);
  if (!parts) {
    if (locale === 'ru') return `с ${period}`;
    if (locale === 'en') return `since ${period}`;
    return `${period} кезеңінен бері`;
  }
  const [p] = parts;
  if (locale === 'kk') return `${kkInCase(p, 'ablative')} бері`;
  if (locale === 'en') return `since ${singlePeriod(p, 'en')}`;
  if (p.kind === 'year') return `с ${p.year} года`;
  // "II" and "2" are read "второго": "со II квартала", "со 2 ноября", as one says "со второго".
  if (p.kind === 'quarter') return `${p.quarter === 2 ? 'со' : 'с'} ${ROMAN[p.quarter - 1]} квартала ${p.year} г.`;
  if (p.kind === 'month') return `с ${RU_MONTHS_GENITIVE[p.month - 1]} ${p.year} г.`;
  // A date is already in the genitive: "с 19 ноября 2025 г."
  return `${p.day === 2 ? 'со' : 'с'} ${singlePeriod(p, 'ru')}`;
}
