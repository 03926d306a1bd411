/**
 * Kazakhstan's 20 units as a tile grid: one square per unit, placed to keep rough geographic
 * neighbourhood (west → east by column, north → south by row), each city beside its region:
 * Astana under Akmola, Almaty under Almaty Region, Shymkent under Turkistan.
 *
 *        c0      c1      c2        c3       c4         c5
 *   r0                            СҚО
 *   r1   БҚО             Қостанай Ақмола   Павлодар   ШҚО
 *   r2   Атырау  Ақтөбе  Ұлытау   Астана   Қарағанды  Абай
 *   r3   Маңғ.   Қызыл.  Түркіст. Жамбыл   Алматы о.  Жетісу
 *   r4                   Шымкент           Алматы
 */
import type { RegionCode } from './codes.js';

export interface TilePosition {
  readonly row: number;
  readonly col: number;
}

export const TILE_GRID: Readonly<Record<RegionCode, TilePosition>> = {
  'KZ-59': { row: 0, col: 3 },
  'KZ-27': { row: 1, col: 0 },
  'KZ-39': { row: 1, col: 2 },
  'KZ-11': { row: 1, col: 3 },
  'KZ-55': { row: 1, col: 4 },
  'KZ-63': { row: 1, col: 5 },
  'KZ-23': { row: 2, col: 0 },
  'KZ-15': { row: 2, col: 1 },
  'KZ-62': { row: 2, col: 2 },
  'KZ-71': { row: 2, col: 3 },
  'KZ-35': { row: 2, col: 4 },
  'KZ-10': { row: 2, col: 5 },
  'KZ-47': { row: 3, col: 0 },
  'KZ-43': { row: 3, col: 1 },
  'KZ-61': { row: 3, col: 2 },
  'KZ-31': { row: 3, col: 3 },
  'KZ-19': { row: 3, col: 4 },
  'KZ-33': { row: 3, col: 5 },
  'KZ-79': { row: 4, col: 2 },
  'KZ-75': { row: 4, col: 4 },
};

export const GRID_COLUMNS = 6;
export const GRID_ROWS = 5;

export type Direction = 'left' | 'right' | 'up' | 'down';

/**
 * The tile an arrow key moves to: the nearest tile in that direction, preferring the same row (or
 * column), then the smallest sideways step. Undefined at the edge of the country.
 */
export function neighbour(
  from: RegionCode,
  direction: Direction,
  among: readonly RegionCode[] = Object.keys(TILE_GRID) as RegionCode[],
): RegionCode | undefined {
  const start = TILE_GRID[from];
  let best: { code: RegionCode; score: number } | undefined;
  for (const code of among) {
    if (code === from) continue;
    const at = TILE_GRID[code];
    const ahead =
      direction === 'right'
        ? at.col - start.col
        : direction === 'left'
          ? start.col - at.col
          : direction === 'down'
            ? at.row - start.row
            : start.row - at.row;
    if (ahead <= 0) continue;
    const sideways =
      direction === 'left' || direction === 'right' ? Math.abs(at.row - start.row) : Math.abs(at.col - start.col);
    // A step sideways costs more than a step ahead, so "right" stays on the row when it can.
    const score = sideways * 10 + ahead;
    if (!best || score < best.score) best = { code, score };
  }
  return best?.code;
}
