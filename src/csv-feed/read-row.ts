/**
 * One row of a feed table read into what it says: which metric, which figure, for which period or region,
 * and the metric's texts and settings it carries. Every cell it cannot read becomes a problem that names
 * its row and column.
 */
import { FORMATS, QUALIFIERS, STATUSES } from '../feed/vocabulary.js';
import { METRIC_ID_PATTERN, PERIOD_PATTERN } from '../feed/patterns.js';
import type { MetricFormat, MetricStatus, Qualifier } from '../feed/schema.js';
import { findRegionCode } from '../regions/region-lookup.js';
import type { RegionCode } from '../regions/codes.js';
import { headerOf, type Column } from './columns.js';
import { readWrittenValue } from './read-value.js';
import { PHRASES, qualifierOfPhrase } from './written-words.js';
import type { TableRow } from './read-table.js';
import { worded, type ProblemCode, type ProblemParams, type Worded } from './problem-text.js';

/** A problem, where it is, and what it says (`message` in English; `problemText` words it in kk, ru, en). */
export interface CsvProblem extends Worded {
  /** Row and column of the cell, when the problem is in the table. */
  readonly row?: number;
  readonly column?: string;
  /** The command-line option or editor field, when the problem is in the feed's own details. */
  readonly option?: string;
}

/** A metric-level cell (`label:kk`, `unit`, `format`, ...) with where it was written. */
export interface SettingCell {
  readonly header: string;
  readonly text: string;
}

export interface ReadRow {
  readonly row: number;
  readonly metric: string;
  readonly value: number | null;
  readonly qualifier?: Qualifier;
  /** The format the value cell showed ("70 %" → percent). */
  readonly writtenFormat?: Exclude<MetricFormat, 'number'>;
  readonly period?: string;
  readonly region?: RegionCode;
  readonly format?: MetricFormat;
  readonly status?: MetricStatus;
  readonly target?: number;
  /** Non-empty label, unit and note cells, by header. */
  readonly texts: readonly SettingCell[];
}

const list = (words: readonly string[]): string => words.join(', ');

/** The row read, or, when a cell of it has a problem, the id of its metric (so no more is said of that metric). */
export function readRow(
  tableRow: TableRow,
  columns: readonly Column[],
  problems: CsvProblem[],
): ReadRow | { readonly failedMetric: string } {
  const { row } = tableRow;
  const problemsBefore = problems.length;
  const report = (column: string, code: ProblemCode, params: ProblemParams = {}): void => {
    problems.push({ row, column, ...worded(code, params) });
  };
  const cells = new Map<string, string>();
  const texts: SettingCell[] = [];
  columns.forEach((column, index) => {
    const text = (tableRow.cells[index] ?? '').trim();
    if (column.kind === 'localized') {
      if (text !== '') texts.push({ header: headerOf(column), text });
    } else {
      cells.set(column.name, text);
    }
  });
  if (
    tableRow.cells.length > columns.length &&
    tableRow.cells.slice(columns.length).some((cell) => cell.trim() !== '')
  ) {
    report(`column ${columns.length + 1}`, 'beyond-header');
  }

  const metric = cells.get('metric') ?? '';
  if (metric === '') report('metric', 'metric-empty');
  else if (!METRIC_ID_PATTERN.test(metric)) report('metric', 'metric-id', { text: metric });

  const written = readWrittenValue(cells.get('value') ?? '');
  if (!written.ok) report('value', written.code, written.params);

  const qualifier = readQualifier(
    cells.get('qualifier') ?? '',
    written.ok ? written.written.qualifier : undefined,
    report,
  );
  const period = readPeriod(cells.get('period') ?? '', report);
  const region = readRegion(cells.get('region') ?? '', report);
  const format = readFormat(cells.get('format') ?? '', report);
  const status = readStatus(cells.get('status') ?? '', report);
  const target = readTarget(cells.get('target') ?? '', report);

  if (problems.length > problemsBefore || !written.ok) return { failedMetric: metric };
  return {
    row,
    metric,
    value: written.written.value,
    texts,
    ...(qualifier !== undefined ? { qualifier } : {}),
    ...(written.written.format !== undefined ? { writtenFormat: written.written.format } : {}),
    ...(period !== undefined ? { period } : {}),
    ...(region !== undefined ? { region } : {}),
    ...(format !== undefined ? { format } : {}),
    ...(status !== undefined ? { status } : {}),
    ...(target !== undefined ? { target } : {}),
  };
}

type Report = (column: string, code: ProblemCode, params?: ProblemParams) => void;

function readQualifier(cell: string, written: Qualifier | undefined, report: Report): Qualifier | undefined {
  if (cell === '') return written;
  const qualifier = qualifierOfPhrase(cell);
  if (qualifier === undefined) {
    report('qualifier', 'qualifier-unknown', { text: cell, allowed: list(QUALIFIERS) });
    return undefined;
  }
  if (written !== undefined && written !== qualifier) {
    report('qualifier', 'qualifier-conflict', { said: qualifier, written });
    return undefined;
  }
  return qualifier;
}

function readPeriod(cell: string, report: Report): string | undefined {
  if (cell === '') return undefined;
  if (PERIOD_PATTERN.test(cell)) return cell;
  report('period', 'period-pattern', { text: cell });
  return undefined;
}

function readRegion(cell: string, report: Report): RegionCode | undefined {
  if (cell === '') return undefined;
  const code = findRegionCode(cell);
  if (code === undefined) {
    report('region', 'region-unknown', { text: cell });
  }
  return code;
}

function readFormat(cell: string, report: Report): MetricFormat | undefined {
  if (cell === '') return undefined;
  const lower = cell.toLowerCase();
  const known = FORMATS.find((format) => format.toLowerCase() === lower);
  if (known) return known;
  const meaning = PHRASES.get(lower);
  if (meaning?.kind === 'format') return meaning.format;
  report('format', 'format-unknown', { text: cell, allowed: list(FORMATS) });
  return undefined;
}

function readStatus(cell: string, report: Report): MetricStatus | undefined {
  if (cell === '') return undefined;
  const status = STATUSES.find((word) => word === cell.toLowerCase());
  if (status === undefined) report('status', 'status-unknown', { text: cell, allowed: list(STATUSES) });
  return status;
}

function readTarget(cell: string, report: Report): number | undefined {
  if (cell === '') return undefined;
  const written = readWrittenValue(cell);
  if (!written.ok) {
    report('target', written.code, written.params);
    return undefined;
  }
  if (written.written.value === null || written.written.qualifier !== undefined) {
    report('target', 'target-plain', { text: cell });
    return undefined;
  }
  return written.written.value;
}
