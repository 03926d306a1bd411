/**
 * The columns of a long-format feed table: one row per figure. Headers are matched without regard to case
 * or surrounding spaces; `label`, `unit` and `note` come plain (one text for every language) or per
 * language as `label:kk`, `label:ru`, `label:en`.
 */
import type { Locale } from '../i18n/locale.js';

export const LANGUAGES: readonly Locale[] = ['kk', 'ru', 'en'];

/** Columns that hold text per language. */
export const LOCALIZED_COLUMNS = ['label', 'unit', 'note'] as const;
export type LocalizedColumn = (typeof LOCALIZED_COLUMNS)[number];

export const PLAIN_COLUMNS = [
  'metric',
  'value',
  'qualifier',
  'format',
  'period',
  'region',
  'status',
  'target',
] as const;
export type PlainColumn = (typeof PLAIN_COLUMNS)[number];

export const REQUIRED_COLUMNS: readonly PlainColumn[] = ['metric', 'value'];

/** Every header the converter knows, in the order the docs and the feed → CSV writer use. */
export const KNOWN_HEADERS: readonly string[] = [
  'metric',
  'label',
  ...LANGUAGES.map((l) => `label:${l}`),
  'value',
  'qualifier',
  'unit',
  ...LANGUAGES.map((l) => `unit:${l}`),
  'format',
  'period',
  'region',
  'status',
  'note',
  ...LANGUAGES.map((l) => `note:${l}`),
  'target',
];

export type Column =
  | { readonly kind: 'plain'; readonly name: PlainColumn }
  | { readonly kind: 'localized'; readonly name: LocalizedColumn; readonly language?: Locale };

/** The column a header names, or undefined for a header the converter does not know. */
export function columnOfHeader(header: string): Column | undefined {
  const name = header.trim().toLowerCase();
  if ((PLAIN_COLUMNS as readonly string[]).includes(name)) return { kind: 'plain', name: name as PlainColumn };
  const [base = '', language, ...rest] = name.split(':').map((part) => part.trim());
  if (rest.length > 0 || !(LOCALIZED_COLUMNS as readonly string[]).includes(base)) return undefined;
  if (language === undefined) return { kind: 'localized', name: base as LocalizedColumn };
  if (!(LANGUAGES as readonly string[]).includes(language)) return undefined;
  return { kind: 'localized', name: base as LocalizedColumn, language: language as Locale };
}

/** The header of a column as written in problems and docs: `label:kk`, `value`. */
export function headerOf(column: Column): string {
  return column.kind === 'localized' && column.language ? `${column.name}:${column.language}` : column.name;
}
