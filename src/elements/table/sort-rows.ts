/** Sorting table rows: numbers numerically, text by the language's collation; missing values always last. */
import type { Locale } from '../../i18n/locale.js';
import type { TableRow } from './table-rows.js';

export type SortDirection = 'ascending' | 'descending';

export interface SortState {
  readonly column: number;
  readonly direction: SortDirection;
}

const COLLATION: Record<Locale, string> = { kk: 'kk', ru: 'ru', en: 'en' };

function cell(row: TableRow, column: number): string | number | null {
  if (column === 0) return row.name;
  if (column === 1) return row.value;
  return row.extra[column - 2] ?? '';
}

/** A stable sort (Array.prototype.sort is stable), so equal values keep the feed's order. */
export function sortRows(rows: readonly TableRow[], { column, direction }: SortState, locale: Locale): TableRow[] {
  const collator = new Intl.Collator(COLLATION[locale], { numeric: true, sensitivity: 'base' });
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = cell(a, column);
    const y = cell(b, column);
    const xMissing = x === null || x === '';
    const yMissing = y === null || y === '';
    if (xMissing || yMissing) return xMissing === yMissing ? 0 : xMissing ? 1 : -1;
    if (typeof x === 'number' && typeof y === 'number') return (x - y) * sign;
    return collator.compare(String(x), String(y)) * sign;
  });
}
