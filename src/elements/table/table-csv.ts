/**
 * The table as CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads Cyrillic and Kazakh
 * letters), headers in the reader's language, numbers as plain machine numbers with the qualifier in a
 * column of its own. Built with d3-dsv's csvFormatRows (never csvParse, which compiles a function).
 */
import { csvFormatRows } from 'd3-dsv';
import type { Locale } from '../../i18n/locale.js';
import { tableMessages } from './table-messages.js';
import type { TableModel } from './table-rows.js';

export const BOM = '\ufeff';

/**
 * Text that a spreadsheet would run as a formula (=, +, -, @, tab, carriage return at the start) gets a
 * leading apostrophe (OWASP's advice against CSV injection); numbers stay numbers.
 */
export function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function tableCsv(model: TableModel, locale: Locale): string {
  const words = tableMessages(locale);
  const header = [model.columns[0]!, words.value, words.qualifier, ...model.columns.slice(2)];
  const rows = model.rows.map((row) => [
    neutralise(row.name),
    row.value === null ? '' : String(row.value),
    row.qualifier,
    ...row.extra.map(neutralise),
  ]);
  return BOM + csvFormatRows([header.map(neutralise), ...rows]);
}
