/**
 * Numbers in kk, ru and en (contract §4). Russian and English come from the browser's Intl (its ru data
 * is complete, and the tests pin the strings the contract requires); Kazakh is our own code because
 * browsers ship little or no Kazakh data — Debian's Chromium prints `1,120.5` for `kk`.
 */
import type { Locale } from './locale.js';
import type { NumberFormatKind } from './types.js';

/** Kazakh and Russian group digits with a no-break space, so "200 000" never breaks across lines. */
export const NBSP = '\u00a0';

export interface NumberOptions {
  readonly compact?: boolean;
  /** Default: 1 for compact numbers ("1,5 млн"), 2 otherwise. Integers never get decimals. */
  readonly maximumFractionDigits?: number;
}

/** Kazakh compact scales, largest first, as written ("млн") and as said ("миллион", which takes the ending). */
export const KK_SCALES = [
  { value: 1e12, written: 'трлн', spoken: 'триллион' },
  { value: 1e9, written: 'млрд', spoken: 'миллиард' },
  { value: 1e6, written: 'млн', spoken: 'миллион' },
  { value: 1e3, written: 'мың', spoken: 'мың' },
] as const;

export type KazakhScale = (typeof KK_SCALES)[number];

const intlCache = new Map<string, Intl.NumberFormat>();

function intl(locale: 'ru' | 'en', options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}:${JSON.stringify(options)}`;
  let formatter = intlCache.get(key);
  if (!formatter) {
    // "negative": a value that rounds to zero is written "0", not "-0" (kk does the same below).
    formatter = new Intl.NumberFormat(locale === 'ru' ? 'ru-RU' : 'en-US', { ...options, signDisplay: 'negative' });
    intlCache.set(key, formatter);
  }
  return formatter;
}

/**
 * Creates the everyday number formatter for `locale` ahead of its first use. The first Intl object of a
 * page loads the browser's ICU data (40–140 ms measured in a fresh Chromium page), so doing this while the
 * page is idle, typically while the feed is on its way, keeps that out of the first widget's render.
 * Kazakh numbers are our own code and need nothing.
 */
export function prepareNumbers(locale: Locale): void {
  if (locale !== 'kk') intl(locale, { maximumFractionDigits: 2 });
}

/** Rounds and writes a number the Kazakh way: no-break space between groups, decimal comma. */
function kkPlain(value: number, maximumFractionDigits: number): string {
  const fixed = Math.abs(value).toFixed(maximumFractionDigits);
  const [integer = '0', fraction = ''] = fixed.split('.');
  const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
  const trimmed = fraction.replace(/0+$/, '');
  const sign = value < 0 && Number(fixed) !== 0 ? '-' : '';
  return `${sign}${grouped}${trimmed ? `,${trimmed}` : ''}`;
}

/** The scale a compact number is written in (none below a thousand), after rounding. */
export function compactScale(value: number, maximumFractionDigits = 1): KazakhScale | undefined {
  const magnitude = Math.abs(value);
  const index = KK_SCALES.findIndex((scale) => magnitude >= scale.value);
  const scale = KK_SCALES[index];
  if (!scale) {
    // 999,96 rounds to 1 000, which is written "1 мың" (as Intl writes "1K").
    return Number(magnitude.toFixed(maximumFractionDigits)) >= 1000 ? KK_SCALES.at(-1) : undefined;
  }
  // 999 999 would round to "1000 мың": move up to the next scale, as Intl does.
  const bigger = KK_SCALES[index - 1];
  if (bigger && Number((magnitude / scale.value).toFixed(maximumFractionDigits)) >= 1000) return bigger;
  return scale;
}

function kkCompact(value: number, maximumFractionDigits: number): string {
  const scale = compactScale(value, maximumFractionDigits);
  if (!scale) return kkPlain(value, maximumFractionDigits);
  return `${kkPlain(value / scale.value, maximumFractionDigits)}${NBSP}${scale.written}`;
}

/** kk "1 120,5", ru "1 120,5", en "1,120.5"; compact kk "55 мың", ru "55 тыс.", en "55K". */
export function formatNumber(value: number, locale: Locale, options: NumberOptions = {}): string {
  const compact = options.compact === true;
  const maximumFractionDigits = options.maximumFractionDigits ?? (compact ? 1 : 2);
  if (locale === 'kk') return compact ? kkCompact(value, maximumFractionDigits) : kkPlain(value, maximumFractionDigits);
  return intl(locale, compact ? { notation: 'compact', maximumFractionDigits } : { maximumFractionDigits }).format(value);
}

/** A number in its metric's format: plain, percent (value 0–100) or tenge. */
export function formatValue(value: number, format: NumberFormatKind, locale: Locale, options: NumberOptions = {}): string {
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
