/** The language layer: numbers, Kazakh grammar, plurals, periods, change wording and UI messages. */
export * from './types.js';
export { LOCALES, toLocale, resolveElementLocale, type Locale } from './locale.js';
export {
  formatNumber,
  formatValue,
  compactScale,
  KK_SCALES,
  NBSP,
  type KazakhScale,
  type NumberOptions,
} from './numbers.js';
export { kkSpokenWords, kkCaseEnding, kkWordEnding, type KazakhCase, type SpokenOptions } from './kk-numerals.js';
export { formatQualified, formatInKazakhCase, qualifierTakesGenitive } from './qualified.js';
export { selectUnit, type UnitOptions } from './plural.js';
export { formatValuePhrase, type ValuePhraseArgs } from './phrase.js';
export { isValidPeriod, formatPeriod } from './period.js';
export { formatPeriodComparison, formatPeriodSince } from './period-relative.js';
export { describeChange, type Change, type ChangeArgs } from './change.js';
export { messages, type Messages, type TrendDirection } from './messages.js';
export type { ErrorKind, ErrorMessages } from './error-messages.js';
