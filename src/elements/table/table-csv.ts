/**
 * The table as CSV for spreadsheets and scripts:
 * - UTF-8 with a byte-order mark, so Excel reads Kazakh and Russian letters;
 * - headers in the reader's language, rows in the table's own order (the feed's, not the on-screen sort);
 * - the row's name as shown (region names, not codes), then the value as a plain machine number
 *   (`1120.5`, no grouping, no qualifier, empty for no data: never 0), the qualifier as the feed's
 *   code (`more-than`, empty when there is no value), the unit, any further columns, and the row's code
 *   last (ISO 3166-2:KZ region code, category key, ISO period or metric id) for joining with other data;
 * - built with d3-dsv's `csvFormatRows`, which quotes commas, quotes and line breaks (never `csvParse`,
 *   which compiles a function);
 * - formula injection neutralised: see `neutralise`.
 */
import { csvFormatRows } from 'd3-dsv';
import type { Locale } from '../../i18n/locale.js';
import { tableMessages } from './table-messages.js';
import { NAME_COLUMN, VALUE_COLUMN, type TableModel } from './table-rows.js';

export const BOM = '\ufeff';

/**
 * A text cell that a spreadsheet would run as a formula gets a leading apostrophe (OWASP, "CSV
 * Injection"): one that starts with `=`, `+`, `-`, `@`, a tab or a carriage return, their full-width
 * forms (`＝＋－＠`, which some spreadsheets read as the ASCII ones), or any of them after leading
 * spaces (which importers may trim). Excel and LibreOffice then show the text, not its result. Only text
 * is changed: the value column holds numbers written by us, so `-5` stays the number -5.
 */
export function neutralise(text: string): string {
  return /^[\s\u00a0\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r]/.test(text) ? `'${text}` : text;
}

/** The value as a machine number: `1120.5`, `-3`, `0.000001`; no grouping, no locale. */
function machineNumber(value: number | null): string {
  return value === null ? '' : String(value);
}

export function tableCsv(model: TableModel, locale: Locale): string {
  const words = tableMessages(locale);
  const rest = model.columns
    .map((_, index) => index)
    .filter((index) => index !== NAME_COLUMN && index !== VALUE_COLUMN);
  const header = [
    model.columns[NAME_COLUMN]?.header ?? '',
    words.value,
    words.qualifier,
    words.unit,
    ...rest.map((index) => model.columns[index]?.header ?? ''),
    words.code,
  ];
  const rows = model.rows.map((row) => [
    neutralise(row.cells[NAME_COLUMN]?.text ?? ''),
    machineNumber(row.value),
    row.value === null ? '' : row.qualifier,
    neutralise(row.unit),
    ...rest.map((index) => neutralise(row.cells[index]?.text ?? '')),
    neutralise(row.key),
  ]);
  return BOM + csvFormatRows([header.map(neutralise), ...rows]);
}

/** `karaganda-employment-2025-placed.csv`: the feed id (and metric), letters, digits, `_` and `-` only. */
export function csvFileName(feedId: string, metric?: string): string {
  const safe = (text: string): string => text.replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^-+|-+$/g, '');
  const base = safe(feedId) || 'data';
  const suffix = metric ? safe(metric) : '';
  return `${base}${suffix ? `-${suffix}` : ''}.csv`;
}
