/** The whole value phrase a reader says: qualifier, number, unit ("более 1 120 человек", "800-ден астам адам"). */
import type { Locale } from './locale.js';
import { messages } from './messages.js';
import { compactScale, NBSP } from './numbers.js';
import { roundedValue } from './decimal.js';
import { selectUnit } from './plural.js';
import { formatQualified, qualifierTakesGenitive } from './qualified.js';
import type { NumberFormatKind, Qualifier, UnitForms } from './types.js';

export interface ValuePhraseArgs {
  readonly value: number | null;
  readonly qualifier?: Qualifier;
  readonly format?: NumberFormatKind;
  readonly unit?: UnitForms;
  readonly compact?: boolean;
}

export function formatValuePhrase(
  { value, qualifier = 'exact', format = 'number', unit, compact = false }: ValuePhraseArgs,
  locale: Locale,
): string {
  // A missing figure is said as missing, never as 0.
  if (value === null) return messages(locale).noData;
  // Number, a qualifier written after it and the unit never part at a line end: "800-ден астам адам".
  const number = formatQualified(value, qualifier, format, locale, { compact }, NBSP);
  // Tenge and percent carry their unit in the sign.
  if (format !== 'number' || unit === undefined) return number;
  const afterScale = compact && compactScale(value) !== undefined;
  // The unit agrees with the number as written: 1,004 is shown "1" and takes "человек", not "человека".
  const word = selectUnit(unit, roundedValue(value, 2), locale, {
    afterScale,
    genitive: qualifierTakesGenitive(qualifier, locale),
  });
  return word ? `${number}${NBSP}${word}` : number;
}
