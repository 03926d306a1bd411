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
import { worded, type ProblemCode, type ProblemParams } from './problem-text.js';

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
  { readonly ok: true; readonly feed: Feed } | { readonly ok: false; readonly problems: readonly CsvProblem[] };

export function csvToFeed(text: string, details: FeedDetails): Conversion {
  const problems: CsvProblem[] = [];
  const table = readTable(text);
  if (table.header === undefined)
    return {
      ok: false,
      problems: [{ row: 1, column: 'header', ...worded('table-empty') }],
    };
  const columns = readHeader(table.header, problems);
  if (problems.length > 0 || columns === undefined) return { ok: false, problems };
  if (table.rows.length === 0) problems.push({ row: table.header.row + 1, column: 'metric', ...worded('no-rows') });

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
        ...worded('unknown-column', { allowed: KNOWN_HEADERS.join(', ') }),
      });
      return;
    }
    const key = headerOf(column);
    if (seen.has(key)) problems.push({ row: header.row, column: key, ...worded('column-twice') });
    seen.add(key);
    columns.push(column);
  });
  for (const required of REQUIRED_COLUMNS) {
    if (!seen.has(required))
      problems.push({ row: header.row, column: required, ...worded('column-missing', { name: required }) });
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
  const problem = (option: string, code: ProblemCode, params: ProblemParams = {}): void => {
    problems.push({ option, ...worded(code, params) });
  };
  const id = details.id?.trim() ?? '';
  if (id === '') problem('id', 'id-missing');
  const title = cleanTitle(details.title);
  if (title === undefined) problem('title', 'title-missing');
  const sourceName = details.sourceName?.trim() || undefined;
  const sourceUrl = details.sourceUrl?.trim() || undefined;
  const published = details.published?.trim() || undefined;
  const period = details.period?.trim() || undefined;
  if (sourceUrl !== undefined && !WEB_URL_PATTERN.test(sourceUrl))
    problem('source-url', 'source-url', { text: sourceUrl });
  if (published !== undefined && !DATE_PATTERN.test(published)) problem('published', 'published', { text: published });
  if (period !== undefined && !PERIOD_PATTERN.test(period)) problem('period', 'period-pattern', { text: period });
  if (sourceName === undefined && (sourceUrl !== undefined || published !== undefined))
    problem('source-name', 'source-name-needed');
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
  const problems = judged.issues.map((issue) => ({
    option: 'feed',
    ...worded('feed-issue', { message: issue.message }),
  }));
  return { ok: false, problems };
}
