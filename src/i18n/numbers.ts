/**
 * Numbers in kk, ru and en, written by our own code in all three languages:
 * - browsers ship little or no Kazakh data (Debian's Chromium prints `1,120.5` for `kk`), so Kazakh has to be;
 * - the first `Intl.NumberFormat` of a page starts ICU, which takes longer than drawing a small chart
 *   (bench/RESULTS.md, "Figures behind the code"); Plot's own formatters are made lazily for the same reason
 *   (src/elements/chart/plot-trim/format.js).
 * Russian and English follow Intl exactly: test/i18n/numbers.test.ts compares them with Intl.NumberFormat
 * on generated numbers, plain and compact, and the contract table pins every language.
 */
import type { Locale } from './locale.js';
import type { NumberFormatKind } from './types.js';
import { roundDecimal, roundedValue } from './decimal.js';

/** Kazakh and Russian group digits with a no-break space, so "200 000" never breaks across lines. */
export const NBSP = '\u00a0';

export interface NumberOptions {
  readonly compact?: boolean;
  /** Default: 1 for compact numbers ("1,5 млн"), 2 otherwise. Integers never get decimals. */
  readonly maximumFractionDigits?: number;
}

/** Compact scales, largest first, as written in Kazakh ("млн") and as said ("миллион", which takes the ending). */
export const KK_SCALES = [
  { value: 1e12, exponent: 12, written: 'трлн', spoken: 'триллион' },
  { value: 1e9, exponent: 9, written: 'млрд', spoken: 'миллиард' },
  { value: 1e6, exponent: 6, written: 'млн', spoken: 'миллион' },
  { value: 1e3, exponent: 3, written: 'мың', spoken: 'мың' },
] as const;

export type KazakhScale = (typeof KK_SCALES)[number];

interface Notation {
  readonly group: string;
  readonly decimal: string;
  /** The scale words of KK_SCALES' scales, in the same order, and what joins one to its number. */
  readonly scales: readonly string[];
  readonly beforeScale: string;
}

const NOTATION: Readonly<Record<Locale, Notation>> = {
  kk: { group: NBSP, decimal: ',', scales: KK_SCALES.map((scale) => scale.written), beforeScale: NBSP },
  ru: { group: NBSP, decimal: ',', scales: ['трлн', 'млрд', 'млн', 'тыс.'], beforeScale: NBSP },
  en: { group: ',', decimal: '.', scales: ['T', 'B', 'M', 'K'], beforeScale: '' },
};

/**
 * Rounds and writes a number: groups of three, the language's decimal sign, "-" only when the rounded
 * number is not 0. A compact number's digits are grouped only from five digits on ("1000 трлн"), as CLDR does.
 */
function plain(value: number, maximumFractionDigits: number, notation: Notation, compact = false, shift = 0): string {
  const { integer, fraction } = roundDecimal(value, maximumFractionDigits, shift);
  const grouped = compact && integer.length < 5 ? integer : integer.replace(/\B(?=(\d{3})+(?!\d))/g, notation.group);
  const sign = value < 0 && (integer !== '0' || fraction !== '') ? '-' : '';
  return `${sign}${grouped}${fraction ? `${notation.decimal}${fraction}` : ''}`;
}

/** The scale a compact number is written in (none below a thousand), after rounding. */
export function compactScale(value: number, maximumFractionDigits = 1): KazakhScale | undefined {
  const magnitude = Math.abs(value);
  const index = KK_SCALES.findIndex((scale) => magnitude >= scale.value);
  const scale = KK_SCALES[index];
  if (!scale) {
    // 999,96 rounds to 1 000, which is written "1 мың" (as Intl writes "1K").
    return roundedValue(magnitude, maximumFractionDigits) >= 1000 ? KK_SCALES.at(-1) : undefined;
  }
  // 999 999 would round to "1000 мың": move up to the next scale, as Intl does.
  const bigger = KK_SCALES[index - 1];
  if (bigger && roundedValue(magnitude, maximumFractionDigits, scale.exponent) >= 1000) return bigger;
  return scale;
}

/** kk "1 120,5", ru "1 120,5", en "1,120.5"; compact kk "55 мың", ru "55 тыс.", en "55K". */
export function formatNumber(value: number, locale: Locale, options: NumberOptions = {}): string {
  const compact = options.compact === true;
  const maximumFractionDigits = options.maximumFractionDigits ?? (compact ? 1 : 2);
  const notation = NOTATION[locale];
  const scale = compact ? compactScale(value, maximumFractionDigits) : undefined;
  if (!scale) return plain(value, maximumFractionDigits, notation, compact);
  const word = notation.scales[KK_SCALES.indexOf(scale)];
  return `${formatInScale(value, scale, locale, maximumFractionDigits)}${notation.beforeScale}${word}`;
}

/** The digits of a compact number without its scale word: 1 500 000 in millions → "1,5". */
export function formatInScale(value: number, scale: KazakhScale, locale: Locale, maximumFractionDigits = 1): string {
  return plain(value, maximumFractionDigits, NOTATION[locale], true, scale.exponent);
}

/** A number in its metric's format: plain, percent (value 0–100) or tenge. */
export function formatValue(
  value: number,
  format: NumberFormatKind,
  locale: Locale,
  options: NumberOptions = {},
): string {
  const number = formatNumber(value, locale, options);
  switch (format) {
    case 'percent':
      // Russian typography separates the sign ("70 %"); Kazakh and English write it close ("70%").
      return locale === 'ru' ? `${number}${NBSP}%` : `${number}%`;
    case 'currency:KZT':
      // English puts the sign first, as with "$"; Intl would print "KZT" or decimals, so we place it ourselves.
      if (locale === 'en') return number.startsWith('-') ? `-₸${number.slice(1)}` : `₸${number}`;
      return `${number}${NBSP}₸`;
    default:
      return number;
  }
}
