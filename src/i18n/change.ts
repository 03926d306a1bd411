/** Change against the previous period, said in words with its sign (accessibility K2). */
import { kkCaseEnding } from './kk-numerals.js';
import type { Locale } from './locale.js';
import { formatNumber, NBSP } from './numbers.js';
import { formatPeriodComparison } from './period.js';
import type { NumberFormatKind } from './types.js';

export interface ChangeArgs {
  readonly value: number;
  readonly previous: number;
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

const MINUS = '\u2212';

/** Relative change in percent, or absolute difference when the base is 0 or the figures are percentages. */
type Amount = { readonly kind: 'percent' | 'points' | 'absolute'; readonly size: number };

function amountOf({ value, previous, format }: ChangeArgs): Amount {
  if (format === 'percent') return { kind: 'points', size: Math.abs(value - previous) };
  if (previous === 0) return { kind: 'absolute', size: Math.abs(value - previous) };
  return { kind: 'percent', size: Math.abs((value - previous) / previous) * 100 };
}

/** Percentages under 10 keep one decimal; larger ones are whole numbers. */
function rounded(size: number): number {
  return size < 10 ? Math.round(size * 10) / 10 : Math.round(size);
}

function written(amount: Amount, locale: Locale): string {
  const number = formatNumber(rounded(amount.size), locale, { maximumFractionDigits: amount.kind === 'absolute' ? 2 : 1 });
  if (amount.kind !== 'percent') return number;
  return locale === 'ru' ? `${number}${NBSP}%` : `${number}%`;
}

const POINTS_SHORT: Record<Locale, string> = { kk: 'п.т.', ru: 'п.\u00a0п.', en: 'pp' };

function sentence(amount: Amount, direction: 'up' | 'down' | 'same', period: string | undefined, locale: Locale): string {
  const size = written(amount, locale);
  if (locale === 'ru') {
    const than = period ? `чем ${formatPeriodComparison(period, 'ru')}` : 'чем в предыдущем периоде';
    if (direction === 'same') return period ? `столько же, сколько ${formatPeriodComparison(period, 'ru')}` : 'столько же, сколько в предыдущем периоде';
    const points = amount.kind === 'points' ? `${NBSP}п.${NBSP}п.` : '';
    return `на ${size}${points} ${direction === 'up' ? 'больше' : 'меньше'}, ${than}`;
  }
  if (locale === 'en') {
    const than = period ? formatPeriodComparison(period, 'en') : 'in the previous period';
    if (direction === 'same') return `the same as ${than}`;
    const points = amount.kind === 'points' ? ` percentage point${rounded(amount.size) === 1 ? '' : 's'}` : '';
    return `${size}${points} ${direction === 'up' ? 'more' : 'less'} than ${than}`;
  }
  const base = period ? `${formatPeriodComparison(period, 'kk')} деңгейімен салыстырғанда` : 'алдыңғы кезеңмен салыстырғанда';
  if (direction === 'same') return `${base} өзгеріс жоқ`;
  // The amount takes the dative: "22%-ға көп" (пайыз → -ға), "5 пайыздық тармаққа", "11-ге".
  const inDative =
    amount.kind === 'percent' ? `${size}-ға` : amount.kind === 'points' ? `${size} пайыздық тармаққа` : `${size}-${kkCaseEnding(rounded(amount.size), 'dative')}`;
  return `${base} ${inDative} ${direction === 'up' ? 'көп' : 'аз'}`;
}

export function describeChange(args: ChangeArgs, locale: Locale): Change {
  const direction = args.value > args.previous ? 'up' : args.value < args.previous ? 'down' : 'same';
  const sentiment =
    direction === 'same' || args.polarity === 'neutral' ? 'neutral' : (direction === 'up') === (args.polarity === 'up-is-good') ? 'good' : 'bad';
  const amount = amountOf(args);
  const sign = direction === 'up' ? '+' : direction === 'down' ? MINUS : '±';
  const points = amount.kind === 'points' ? `${NBSP}${POINTS_SHORT[locale]}` : '';
  return {
    direction,
    sentiment,
    text: sentence(amount, direction, args.previousPeriod, locale),
    short: `${sign}${written(amount, locale)}${points}`,
  };
}
