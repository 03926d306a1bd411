/**
 * A long-format table (one row per figure) made into a feed, or every problem found in it, each with the
 * row and column (or the option) it is in. Used by the `from-csv` command and by the feed editor page, so
 * both read a table the same way. Browser-safe: no Node modules, no `new Function`.
 */
import { DATE_PATTERN, PERIOD_PATTERN, WEB_URL_PATTERN } from '../feed/patterns.js';
import { judge } from '../feed/judge.js';
import { FeedError } from '../feed/errors.js';
import type { Feed, LocalizedString, Metric } from '../feed/schema.js';
import { buildMetric } from './build-metric.js';
import { columnOfHeader, headerOf, KNOWN_HEADERS, REQUIRED_COLUMNS, type Column } from './columns.js';
import { readRow, type CsvProblem, type ReadRow } from './read-row.js';
import { readTable, type TableRow } from './read-table.js';

export type { CsvProblem };

/** The feed's own details, which a table of figures does not hold. */
export interface FeedDetails {
  readonly id?: string;
  /** One title for every language, or per language. */
  readonly title?: LocalizedString;
  readonly sourceName?: string;
  readonly sourceUrl?: string;
  readonly published?: string;
  readonly period?: string;
}

export type Conversion =
  | { readonly ok: true; readonly feed: Feed }
  | { readonly ok: false; readonly problems: readonly CsvProblem[] };

export function csvToFeed(text: string, details: FeedDetails): Conversion {
  const problems: CsvProblem[] = [];
  const table = readTable(text);
  if (table.header === undefined)
    return {
      ok: false,
      problems: [
        {
          row: 1,
          column: 'header',
          message: 'the table is empty: the first row names the columns (metric, label, value, ...)',
        },
      ],
    };
  const columns = readHeader(table.header, problems);
  if (problems.length > 0 || columns === undefined) return { ok: false, problems };
  if (table.rows.length === 0)
    problems.push({
      row: table.header.row + 1,
      column: 'metric',
      message: 'the table has no rows of figures under its header',
    });

  const read = table.rows.map((row) => readRow(row, columns, problems));
  // A metric with a row that could not be read is not judged as a whole: its other problems would be echoes.
  const failed = new Set(read.flatMap((row) => ('failedMetric' in row ? [row.failedMetric] : [])));
  const rows = read.filter((row): row is ReadRow => !('failedMetric' in row) && !failed.has(row.metric));
  const metrics: Metric[] = [];
  for (const rowsOfMetric of groupByMetric(rows).values()) {
    const metric = buildMetric(rowsOfMetric, problems);
    if (metric) metrics.push(metric);
  }
  const head = readDetails(details, problems);
  if (problems.length > 0 || head === undefined) return { ok: false, problems };
  return finalCheck({ ...head, metrics });
}

function readHeader(header: TableRow, problems: CsvProblem[]): Column[] | undefined {
  const columns: Column[] = [];
  const seen = new Set<string>();
  header.cells.forEach((cell, index) => {
    const name = cell.trim();
    const column = columnOfHeader(name);
    if (column === undefined) {
      problems.push({
        row: header.row,
        column: name === '' ? `column ${index + 1}` : name,
        message: `unknown column: the columns are ${KNOWN_HEADERS.join(', ')}`,
      });
      return;
    }
    const key = headerOf(column);
    if (seen.has(key)) problems.push({ row: header.row, column: key, message: 'this column appears twice' });
    seen.add(key);
    columns.push(column);
  });
  for (const required of REQUIRED_COLUMNS) {
    if (!seen.has(required))
      problems.push({ row: header.row, column: required, message: `the table needs a "${required}" column` });
  }
  return problems.length > 0 ? undefined : columns;
}

function groupByMetric(rows: readonly ReadRow[]): Map<string, ReadRow[]> {
  const groups = new Map<string, ReadRow[]>();
  for (const row of rows) {
    const group = groups.get(row.metric);
    if (group) group.push(row);
    else groups.set(row.metric, [row]);
  }
  return groups;
}

function readDetails(details: FeedDetails, problems: CsvProblem[]): Omit<Feed, 'metrics'> | undefined {
  const before = problems.length;
  const problem = (option: string, message: string): void => {
    problems.push({ option, message });
  };
  const id = details.id?.trim() ?? '';
  if (id === '') problem('id', 'the feed needs an id');
  const title = cleanTitle(details.title);
  if (title === undefined)
    problem('title', 'the feed needs a title: one for every language, or one per language (kk, ru, en)');
  const sourceName = details.sourceName?.trim() || undefined;
  const sourceUrl = details.sourceUrl?.trim() || undefined;
  const published = details.published?.trim() || undefined;
  const period = details.period?.trim() || undefined;
  if (sourceUrl !== undefined && !WEB_URL_PATTERN.test(sourceUrl))
    problem('source-url', `"${sourceUrl}" should be an http or https link`);
  if (published !== undefined && !DATE_PATTERN.test(published))
    problem('published', `"${published}" should be a date such as 2025-11-19`);
  if (period !== undefined && !PERIOD_PATTERN.test(period))
    problem('period', `"${period}" should be an ISO 8601 period such as 2025, 2025-Q3, 2025-10 or 2024-03/2025-10`);
  if (sourceName === undefined && (sourceUrl !== undefined || published !== undefined))
    problem('source-name', "a source link or date needs the source's name");
  if (problems.length > before) return undefined;
  return {
    version: 1,
    id,
    title: title!,
    ...(sourceName !== undefined
      ? {
          source: {
            name: sourceName,
            ...(sourceUrl !== undefined ? { url: sourceUrl } : {}),
            ...(published !== undefined ? { published } : {}),
          },
        }
      : {}),
    ...(period !== undefined ? { period } : {}),
  };
}

function cleanTitle(title: LocalizedString | undefined): LocalizedString | undefined {
  if (title === undefined) return undefined;
  if (typeof title === 'string') return title.trim() || undefined;
  const entries = Object.entries(title).flatMap(([language, text]) =>
    text?.trim() ? [[language, text.trim()] as const] : [],
  );
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

/** The library's own judgement of the result: what the converter builds must be a feed the widgets accept. */
function finalCheck(feed: Feed): Conversion {
  const judged = judge(feed);
  if (!(judged instanceof FeedError)) return { ok: true, feed };
  return { ok: false, problems: judged.issues.map((issue) => ({ option: 'feed', message: issue.message })) };
}
