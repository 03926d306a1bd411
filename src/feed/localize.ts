/**
 * Picks the reader's language out of a feed's localized strings: a missing language falls back to ru, then kk,
 * then en, and the text says which language it is in, so the element can mark it with `lang`.
 */
import type { Locale } from '../i18n/locale.js';
import type { LocalizedString, Unit } from './schema.js';

/** A missing language falls back to ru, then kk, then en. */
const FALLBACK: readonly Locale[] = ['ru', 'kk', 'en'];

export interface LocalizedText {
  readonly text: string;
  /** The language the text is actually in; differs from the reader's when a translation is missing. */
  readonly lang: Locale | undefined;
}

function pick<T>(value: Partial<Record<Locale, T>>, locale: Locale): { value: T; lang: Locale } | undefined {
  for (const lang of [locale, ...FALLBACK]) {
    const found = value[lang];
    if (found !== undefined) return { value: found, lang };
  }
  return undefined;
}

/** A plain string has no declared language: `lang` is undefined and the element's own applies. */
export function localize(value: LocalizedString, locale: Locale): LocalizedText {
  if (typeof value === 'string') return { text: value, lang: undefined };
  const found = pick(value, locale);
  return { text: found?.value ?? '', lang: found?.lang };
}

export function localizeOptional(value: LocalizedString | undefined, locale: Locale): LocalizedText | undefined {
  return value === undefined ? undefined : localize(value, locale);
}

export type UnitForms = string | Partial<Record<Intl.LDMLPluralRule, string>>;

export function localizeUnit(
  unit: Unit | undefined,
  locale: Locale,
): { forms: UnitForms; lang: Locale | undefined } | undefined {
  if (unit === undefined) return undefined;
  if (typeof unit === 'string') return { forms: unit, lang: undefined };
  const found = pick(unit, locale);
  return found ? { forms: found.value, lang: found.lang } : undefined;
}
