/**
 * Change against the previous period, said in words and with its sign (a colour alone would say nothing to
 * many readers).
 */
import type { Locale } from './locale.js';
import { formatNumber, formatValue, NBSP } from './numbers.js';
import { formatPeriodComparison } from './period-relative.js';
import { formatInKazakhCase } from './qualified.js';
import type { NumberFormatKind } from './types.js';

export interface ChangeArgs {
  readonly value: number;
  readonly previous: number;
  /** ISO 8601 period of `previous`; without it the sentence says "the previous period". */
  readonly previousPeriod?: string;
  readonly format: NumberFormatKind;
  readonly polarity: 'up-is-good' | 'down-is-good' | 'neutral';
}

export interface Change {
  readonly direction: 'up' | 'down' | 'same';
  readonly sentiment: 'good' | 'bad' | 'neutral';
  /** The change in words: "на 22 % больше, чем в 2024 году". */
  readonly text: string;
  /** Signed and short, for the eye: "+22 %", "−12%". */
  readonly short: string;
}

/** U+2212: a real minus sign, as wide as the plus, not a hyphen. */
const MINUS = '\u2212';

/**
 * How big the change is. Relative (percent) as a rule; in percentage points when the figures are
 * themselves percentages ("70 % against 64 %" is 6 points, not 9 %); absolute when the base is 0,
 * where a relative change would be infinite.
 */
type Amount = { readonly kind: 'percent' | 'points' | 'absolute'; readonly size: number };

function amountOf({ value, previous, format }: ChangeArgs): Amount {
  if (format === 'percent') return { kind: 'points', size: Math.abs(value - previous) };
  if (previous === 0) return { kind: 'absolute', size: Math.abs(value - previous) };
  return { kind: 'percent', size: Math.abs((value - previous) / previous) * 100 };
}

/** Under 10 one decimal still matters (2,5 %); above it would be false precision. */
function rounded(size: number): number {
  return size < 10 ? Math.round(size * 10) / 10 : Math.round(size);
}

/** The size as written inside the sentence: "22 %", "6", "11", "₸11". */
function written(amount: Amount, format: NumberFormatKind, locale: Locale, compact = false): string {
  const size = rounded(amount.size);
  if (amount.kind === 'percent') return formatValue(size, 'percent', locale);
  if (amount.kind === 'points') return formatNumber(size, locale);
  return formatValue(size, format, locale, { compact });
}

const POINTS_SHORT: Record<Locale, string> = { kk: 'п.т.', ru: `п.${NBSP}п.`, en: 'pp' };

function russian(
  amount: Amount,
  direction: 'up' | 'down',
  format: NumberFormatKind,
  period: string | undefined,
): string {
  const points = amount.kind === 'points' ? `${NBSP}п.${NBSP}п.` : '';
  const than = period ? `чем ${formatPeriodComparison(period, 'ru')}` : 'чем в предыдущем периоде';
  return `на ${written(amount, format, 'ru')}${points} ${direction === 'up' ? 'больше' : 'меньше'}, ${than}`;
}

function english(
  amount: Amount,
  direction: 'up' | 'down',
  format: NumberFormatKind,
  period: string | undefined,
): string {
  const points = amount.kind === 'points' ? ` percentage point${rounded(amount.size) === 1 ? '' : 's'}` : '';
  // "5 fewer" for a count of things; "12% less", "₸5 less", "3 percentage points less" otherwise.
  const less = amount.kind === 'absolute' && format === 'number' ? 'fewer' : 'less';
  const than = period ? formatPeriodComparison(period, 'en') : 'in the previous period';
  return `${written(amount, format, 'en')}${points} ${direction === 'up' ? 'more' : less} than ${than}`;
}

/**
 * Kazakh puts the comparison first and the amount in the dative: "2024 жылмен салыстырғанда 22%-ға көп".
 * Percentage points are "пайыздық тармақ", and a share is "артық"/"кем" rather than "көп"/"аз" (more/fewer of things).
 */
function kazakh(
  amount: Amount,
  direction: 'up' | 'down',
  format: NumberFormatKind,
  period: string | undefined,
): string {
  const since = period ? formatPeriodComparison(period, 'kk') : 'алдыңғы кезеңмен салыстырғанда';
  const size = rounded(amount.size);
  if (amount.kind === 'points')
    return `${since} ${formatNumber(size, 'kk')} пайыздық тармаққа ${direction === 'up' ? 'артық' : 'кем'}`;
  const inDative = formatInKazakhCase(size, amount.kind === 'percent' ? 'percent' : format, 'dative');
  return `${since} ${inDative} ${direction === 'up' ? 'көп' : 'аз'}`;
}

function unchanged(period: string | undefined, locale: Locale): string {
  if (locale === 'ru')
    return period
      ? `столько же, сколько ${formatPeriodComparison(period, 'ru')}`
      : 'столько же, сколько в предыдущем периоде';
  if (locale === 'en') return `the same as ${period ? formatPeriodComparison(period, 'en') : 'in the previous period'}`;
  return `${period ? formatPeriodComparison(period, 'kk') : 'алдыңғы кезеңмен салыстырғанда'} өзгеріс жоқ`;
}

export function describeChange(args: ChangeArgs, locale: Locale): Change {
  const direction = args.value > args.previous ? 'up' : args.value < args.previous ? 'down' : 'same';
  const sentiment =
    direction === 'same' || args.polarity === 'neutral'
      ? 'neutral'
      : (direction === 'up') === (args.polarity === 'up-is-good')
        ? 'good'
        : 'bad';
  const amount = amountOf(args);
  const period = args.previousPeriod;
  const text =
    direction === 'same'
      ? unchanged(period, locale)
      : locale === 'ru'
        ? russian(amount, direction, args.format, period)
        : locale === 'en'
          ? english(amount, direction, args.format, period)
          : kazakh(amount, direction, args.format, period);
  // No sign on no change: "±0" would suggest an uncertainty the figures do not have.
  const sign = direction === 'up' ? '+' : direction === 'down' ? MINUS : '';
  const points = amount.kind === 'points' ? `${NBSP}${POINTS_SHORT[locale]}` : '';
  const size = written(amount, args.format, locale, true);
  // en currency puts ₸ first, so the sign goes before it: "+₸11", "−₸11".
  return { direction, sentiment, text, short: `${sign}${size}${points}` };
}
