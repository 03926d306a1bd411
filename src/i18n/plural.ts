/** Choosing a unit's word for a number: ru by CLDR plural rules, en one/other, kk singular after numerals. */
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
 * @param afterScale the number is written with a scale word ("55 тыс.", "1,5 млн"): Russian then takes
 *   the genitive plural ("1,5 млн человек"), whatever the digits before the word.
 */
export function selectUnit(unit: UnitForms | undefined, value: number | null, locale: Locale, afterScale = false): string {
  if (unit === undefined) return '';
  if (typeof unit === 'string') return unit;
  if (locale === 'kk') return firstOf(unit, ['one', 'other', 'many', 'few']);
  if (value === null) return firstOf(unit, ['many', 'other', 'one']);
  if (locale === 'ru') {
    const category = afterScale ? 'many' : pluralRule('ru', value);
    return firstOf(unit, [category, 'other', 'many', 'few', 'one']);
  }
  const category = pluralRule('en', value);
  return firstOf(unit, [category, 'other', 'one']);
}
