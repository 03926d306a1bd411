/**
 * The words a publisher writes around a figure, in kk, ru and en, and what each means for the feed:
 * a qualifier ("более", "астам", "about"), a format ("%", "₸", "тенге") or a scale ("тыс.", "млн", "K").
 * Phrases are lower case and space-separated; a Kazakh word may also carry a case ending ("мыңнан").
 */
import type { MetricFormat, Qualifier } from '../feed/schema.js';

/** Qualifier phrases. Kazakh puts most of them after the number ("800-ден астам", "200-ге жуық"). */
export const QUALIFIER_PHRASES: Readonly<Record<Qualifier, readonly string[]>> = {
  exact: ['exact', 'exactly', 'ровно', 'дәл', 'точно'],
  'more-than': [
    'more-than',
    'more than',
    'over',
    'above',
    'более чем',
    'более',
    'больше',
    'свыше',
    'астам',
    'аса',
    'артық',
    '>',
  ],
  'at-least': [
    'at-least',
    'at least',
    'no fewer than',
    'no less than',
    'не менее',
    'не меньше',
    'как минимум',
    'минимум',
    'кемінде',
    'кем дегенде',
    '≥',
    '>=',
  ],
  about: [
    'about',
    'around',
    'approximately',
    'approx.',
    'approx',
    'roughly',
    'около',
    'примерно',
    'приблизительно',
    'порядка',
    'шамамен',
    'шамасы',
    '~',
    '≈',
  ],
  almost: ['almost', 'nearly', 'почти', 'жуық', 'жуығы'],
  'less-than': ['less-than', 'less than', 'fewer than', 'under', 'below', 'менее', 'меньше', 'аз', 'кем', '<'],
};

export const FORMAT_PHRASES: Readonly<Record<Exclude<MetricFormat, 'number'>, readonly string[]>> = {
  percent: ['%', 'percent', 'per cent', 'процентов', 'процента', 'процент', 'пайыз'],
  'currency:KZT': ['₸', 'kzt', 'tenge', 'тенге', 'теңге', 'тг.', 'тг'],
};

/** Scale words, as a power of ten. */
export const SCALE_PHRASES: Readonly<Record<number, readonly string[]>> = {
  3: ['k', 'thousand', 'тыс.', 'тыс', 'тысяч', 'тысячи', 'тысяча', 'мың'],
  6: ['m', 'mn', 'million', 'млн.', 'млн', 'миллиона', 'миллионов', 'миллион'],
  9: ['b', 'bn', 'billion', 'млрд.', 'млрд', 'миллиарда', 'миллиардов', 'миллиард'],
};

/** Cells that say the figure is not available: the feed's `null`, never 0. */
export const NOT_AVAILABLE = ['n/a', 'na', 'null', 'no data', '—', '–', '-', 'н/д', 'нет данных', 'деректер жоқ'];

/**
 * Kazakh case endings a word or a number may carry before a qualifier that follows it: ablative
 * (-дан/-ден/-тан/-тен/-нан/-нен: "800-ден астам") and dative (-ға/-ге/-қа/-ке/-а/-е: "200-ге жуық").
 */
export const KK_CASE_ENDING = /^(?:[дтн][ае]н|[ғгқк][ае])$/;

export type WordMeaning =
  | { readonly kind: 'qualifier'; readonly qualifier: Qualifier }
  | { readonly kind: 'format'; readonly format: Exclude<MetricFormat, 'number'> }
  | { readonly kind: 'scale'; readonly exponent: number };

function phraseTable(): Map<string, WordMeaning> {
  const table = new Map<string, WordMeaning>();
  for (const [qualifier, phrases] of Object.entries(QUALIFIER_PHRASES)) {
    for (const phrase of phrases) table.set(phrase, { kind: 'qualifier', qualifier: qualifier as Qualifier });
  }
  for (const [format, phrases] of Object.entries(FORMAT_PHRASES)) {
    for (const phrase of phrases)
      table.set(phrase, { kind: 'format', format: format as Exclude<MetricFormat, 'number'> });
  }
  for (const [exponent, phrases] of Object.entries(SCALE_PHRASES)) {
    for (const phrase of phrases) table.set(phrase, { kind: 'scale', exponent: Number(exponent) });
  }
  return table;
}

export const PHRASES: ReadonlyMap<string, WordMeaning> = phraseTable();

/** The longest phrase, in words: how far the reader looks ahead. */
export const LONGEST_PHRASE = Math.max(...[...PHRASES.keys()].map((phrase) => phrase.split(' ').length));

/** The meaning of a qualifier cell: a feed word ("more-than") or any qualifier phrase in kk, ru, en. */
export function qualifierOfPhrase(text: string): Qualifier | undefined {
  const meaning = PHRASES.get(text.trim().toLowerCase().replace(/\s+/g, ' '));
  return meaning?.kind === 'qualifier' ? meaning.qualifier : undefined;
}
