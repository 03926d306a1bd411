/** A number with its qualifier, as written in each language: "800-ден астам", "более 800", "more than 800". */
import { kkCaseEnding, kkWordEnding, type KazakhCase } from './kk-numerals.js';
import type { Locale } from './locale.js';
import { compactScale, formatInScale, formatNumber, formatValue, NBSP, type NumberOptions } from './numbers.js';
import type { NumberFormatKind, Qualifier } from './types.js';

const RU: Record<Exclude<Qualifier, 'exact'>, string> = {
  'more-than': 'более',
  'at-least': 'не менее',
  about: 'около',
  almost: 'почти',
  'less-than': 'менее',
};

/**
 * Russian qualifiers that govern the genitive: "более 2 человек", "около 21 человека". «Почти» is an
 * adverb and leaves the number phrase as it is: "почти 2 человека".
 */
const RU_GOVERNS_GENITIVE: ReadonlySet<Qualifier> = new Set(['more-than', 'less-than', 'at-least', 'about']);

/** Whether the number phrase after this qualifier stands in the genitive in this language. */
export function qualifierTakesGenitive(qualifier: Qualifier, locale: Locale): boolean {
  return locale === 'ru' && RU_GOVERNS_GENITIVE.has(qualifier);
}

function english(qualifier: Exclude<Qualifier, 'exact'>, format: NumberFormatKind): string {
  if (qualifier === 'less-than') return format === 'number' ? 'fewer than' : 'less than';
  return { 'more-than': 'more than', 'at-least': 'at least', about: 'about', almost: 'almost' }[qualifier];
}

/** Kazakh qualifiers that follow the number and put it in a case: "800-ден астам", "200-ге жуық", "100-ден аз". */
const KK_AFTER: Partial<Record<Qualifier, { readonly grammaticalCase: KazakhCase; readonly word: string }>> = {
  'more-than': { grammaticalCase: 'ablative', word: 'астам' },
  'less-than': { grammaticalCase: 'ablative', word: 'аз' },
  almost: { grammaticalCase: 'dative', word: 'жуық' },
};
const KK_BEFORE: Partial<Record<Qualifier, string>> = { about: 'шамамен', 'at-least': 'кемінде' };

/**
 * The written number in a Kazakh case; the ending follows the last word a reader SAYS:
 * - digits: the numeral's last spoken word, hyphenated as Kazakh spelling does after digits
 *   ("290-нан": "екі жүз тоқсан"; "1,5-тен": "бір бүтін оннан бес");
 * - percent: "70%" is said "жетпіс пайыз", so the ending follows "пайыз" (back vowel, з): "70%-дан", "70%-ға";
 * - tenge: "200 000 ₸" is said "... теңге" (front vowel, ends in a vowel), so the ending follows "теңге".
 *   We write the word out, "200 000 теңгеден", as Kazakh prose does: "₸-ден" would ask the reader to
 *   voice a symbol with a suffix glued to it. Compact tenge likewise: "4 млн теңгеден";
 * - a compact number is written as it is without a qualifier ("55 мың", "1,5 млн") and its ending follows
 *   the scale word a reader says: joined to a word ("55 мыңнан"), hyphenated after an abbreviation as
 *   Kazakh spelling does ("1,5 млн-нан": "миллион").
 */
export function formatInKazakhCase(
  value: number,
  format: NumberFormatKind,
  grammaticalCase: KazakhCase,
  options: NumberOptions = {},
): string {
  const compact = options.compact === true && compactScale(value, options.maximumFractionDigits ?? 1) !== undefined;
  if (format === 'currency:KZT') {
    const number = formatNumber(value, 'kk', options);
    return `${number}${NBSP}теңге${kkWordEnding('теңге', grammaticalCase)}`;
  }
  if (compact) {
    const scale = compactScale(value, options.maximumFractionDigits ?? 1)!;
    const number = formatInScale(value, scale, 'kk', options.maximumFractionDigits ?? 1);
    const hyphen = scale.written === scale.spoken ? '' : '-';
    return `${number}${NBSP}${scale.written}${hyphen}${kkWordEnding(scale.spoken, grammaticalCase)}`;
  }
  if (format === 'percent')
    return `${formatValue(value, 'percent', 'kk', options)}-${kkWordEnding('пайыз', grammaticalCase)}`;
  return `${formatNumber(value, 'kk', options)}-${kkCaseEnding(value, grammaticalCase, options)}`;
}

/**
 * @param join what stands between a number and a qualifier written after it (Kazakh "800-ден астам");
 *   a value phrase passes a no-break space so the two stay on one line.
 */
export function formatQualified(
  value: number,
  qualifier: Qualifier,
  format: NumberFormatKind,
  locale: Locale,
  options: NumberOptions = {},
  join = ' ',
): string {
  const written = formatValue(value, format, locale, options);
  if (qualifier === 'exact') return written;
  if (locale === 'ru') return `${RU[qualifier]} ${written}`;
  if (locale === 'en') return `${english(qualifier, format)} ${written}`;
  const before = KK_BEFORE[qualifier];
  if (before) return `${before} ${written}`;
  const after = KK_AFTER[qualifier]!;
  return `${formatInKazakhCase(value, format, after.grammaticalCase, options)}${join}${after.word}`;
}
