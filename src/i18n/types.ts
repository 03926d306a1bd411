export type Qualifier = 'exact' | 'more-than' | 'at-least' | 'about' | 'almost' | 'less-than';
export type NumberFormatKind = 'number' | 'percent' | 'currency:KZT';
/** One word, or CLDR plural forms (one/few/many/other/zero/two). */
export type UnitForms = string | Partial<Record<Intl.LDMLPluralRule, string>>;
