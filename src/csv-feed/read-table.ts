/**
 * A spreadsheet's text as rows of cells: CSV with comma or semicolon (Excel in kk/ru locales writes
 * semicolons), or TSV as Excel and Google Sheets put it on the clipboard. The separator is read from the
 * header line; a UTF-8 byte order mark is dropped; lines starting with "#" are comments.
 *
 * d3-dsv's `parseRows`, never `parse`: `parse` builds its row objects with `new Function`, which a strict
 * Content-Security-Policy forbids, and this module also runs in the browser (the feed editor).
 */
import { dsvFormat } from 'd3-dsv';

export type Separator = ',' | ';' | '\t';

export interface TableRow {
  /** 1-based, as a spreadsheet numbers it: the header is row 1, comment lines count. */
  readonly row: number;
  readonly cells: readonly string[];
}

export interface Table {
  readonly separator: Separator;
  readonly header: TableRow | undefined;
  readonly rows: readonly TableRow[];
}

const isComment = (line: string): boolean => line.trimStart().startsWith('#');

/** The separator that splits the header line most often, outside quotes; tab wins a tie, then ";". */
export function detectSeparator(text: string): Separator {
  const headerLine = text.split(/\r\n|\r|\n/).find((line) => line.trim() !== '' && !isComment(line)) ?? '';
  const outsideQuotes = headerLine.replace(/"[^"]*"/g, '');
  const counts = (['\t', ';', ','] as const).map((separator) => ({
    separator,
    count: outsideQuotes.split(separator).length - 1,
  }));
  const best = counts.reduce((a, b) => (b.count > a.count ? b : a));
  return best.count > 0 ? best.separator : ',';
}

export function readTable(input: string): Table {
  const text = input.replace(/^\uFEFF/, '');
  const separator = detectSeparator(text);
  // A comment becomes an empty line, so the rows after it keep their numbers.
  const withoutComments = text
    .split(/(\r\n|\r|\n)/)
    .map((part, index) => (index % 2 === 0 && isComment(part) ? '' : part))
    .join('');
  const parsed = dsvFormat(separator).parseRows(withoutComments);
  const rows: TableRow[] = [];
  parsed.forEach((cells, index) => {
    if (cells.some((cell) => cell.trim() !== '')) rows.push({ row: index + 1, cells });
  });
  return { separator, header: rows[0], rows: rows.slice(1) };
}
