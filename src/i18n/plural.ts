/**
 * Choosing a unit's word for a number: ru by CLDR plural rules (or the genitive after «более», «менее»,
 * «не менее», «около»), en one/other, kk singular after numerals.
 */
import type { Locale } from './locale.js';
import type { UnitForms } from './types.js';

const rules = new Map<string, Intl.PluralRules>();

function pluralRule(locale: 'ru' | 'en', value: number): Intl.LDMLPluralRule {
  let rule = rules.get(locale);
  if (!rule) {
    rule = new Intl.PluralRules(locale);
    rules.set(locale, rule);
  }
  return rule.select(value);
}

/** The first form present, in the order that best stands in for a missing one. */
function firstOf(forms: Partial<Record<Intl.LDMLPluralRule, string>>, order: readonly Intl.LDMLPluralRule[]): string {
  for (const key of order) {
    const form = forms[key];
    if (form !== undefined) return form;
  }
  return Object.values(forms).find((form) => form !== undefined) ?? '';
}

/**
 * The form a Russian unit takes when the whole number phrase is in the genitive ("более 21 человека",
 * "более 2 человек", "более 1,5 человека"). A feed gives the nominative forms only, and Russian reuses
 * them: the genitive singular is spelt as the `few` form (человека, гранта) and the genitive plural as
 * the `many` form (человек, грантов). A number whose nominative takes `one` (1, 21, 101) takes the
 * genitive singular, as does a fraction; 2–4, 22–24 and everything that already took `many` take the
 * genitive plural.
 */
function russianGenitiveOrder(value: number): readonly Intl.LDMLPluralRule[] {
  const nominative = pluralRule('ru', value);
  return nominative === 'one' || nominative === 'other'
    ? ['few', 'other', 'many', 'one']
    : ['many', 'other', 'few', 'one'];
}

export interface UnitOptions {
  /**
   * The number is written with a scale word ("55 тыс.", "1,5 млн"): Russian then takes the genitive
   * plural ("1,5 млн человек"), whatever the digits before the word.
   */
  readonly afterScale?: boolean;
  /** The number phrase stands in the genitive, as after Russian «более», «менее», «не менее», «около». */
  readonly genitive?: boolean;
}

export function selectUnit(
  unit: UnitForms | undefined,
  value: number | null,
  locale: Locale,
  options: UnitOptions = {},
): string {
  if (unit === undefined) return '';
  if (typeof unit === 'string') return unit;
  if (locale === 'kk') return firstOf(unit, ['one', 'other', 'many', 'few']);
  if (value === null) return firstOf(unit, ['many', 'other', 'one']);
  if (locale === 'ru') {
    if (options.afterScale === true) return firstOf(unit, ['many', 'other', 'few', 'one']);
    if (options.genitive === true) return firstOf(unit, russianGenitiveOrder(value));
    return firstOf(unit, [pluralRule('ru', value), 'other', 'many', 'few', 'one']);
  }
  const category = pluralRule('en', value);
  return firstOf(unit, [category, 'other', 'one']);
}
