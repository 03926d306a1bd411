/**
 * Sorting table rows by one column: numbers (values, periods in time) numerically, text by the
 * language's collation (`collate.ts`); rows with no data last in both directions; stable, so equal rows
 * keep the feed's order.
 */
import type { Locale } from '../../i18n/locale.js';
import { textCompare } from './collate.js';

export type SortDirection = 'ascending' | 'descending';

/** What a cell sorts by: a number, a text, or nothing (no data, always last). */
export type SortKey = number | string | null;

/** Any row whose cells say what they sort by; the table's rows (table-rows.ts) are such rows. */
export interface SortableRow {
  readonly cells: readonly { readonly sort: SortKey }[];
}

export interface SortState {
  readonly column: number;
  readonly direction: SortDirection;
}

/** The next state when a column's header button is pressed: a new column starts ascending, the same one flips. */
export function nextSort(current: SortState | undefined, column: number): SortState {
  const direction = current?.column === column && current.direction === 'ascending' ? 'descending' : 'ascending';
  return { column, direction };
}

function isMissing(key: SortKey | undefined): key is null | undefined | '' {
  return key === null || key === undefined || key === '';
}

export function sortRows<Row extends SortableRow>(
  rows: readonly Row[],
  { column, direction }: SortState,
  locale: Locale,
): Row[] {
  const compareText = textCompare(locale);
  const sign = direction === 'ascending' ? 1 : -1;
  // Array.prototype.sort is stable (ES2019): ties return 0 and keep their order.
  return [...rows].sort((a, b) => {
    const x = a.cells[column]?.sort;
    const y = b.cells[column]?.sort;
    const xMissing = isMissing(x);
    const yMissing = isMissing(y);
    if (xMissing || yMissing) return xMissing === yMissing ? 0 : xMissing ? 1 : -1;
    if (typeof x === 'number' && typeof y === 'number') return (x - y) * sign;
    // A column mixing numbers and text (a period the parser did not know): numbers first.
    if (typeof x === 'number') return -sign;
    if (typeof y === 'number') return sign;
    return compareText(x, y) * sign;
  });
}
