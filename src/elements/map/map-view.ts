/** What the map shows and says for a metric, computed without the DOM. */
import { formatInKazakhCase, formatQualified, formatValue, messages } from '../../i18n/index.js';
import type { Locale } from '../../i18n/locale.js';
import type { Metric } from '../../feed/schema.js';
import { isRegionCode, REGION_CODES, type RegionCode } from '../../regions/codes.js';
import { regionName } from '../../regions/names.js';
import { TILE_GRID } from '../../regions/tile-grid.js';
import { valuePhrase } from '../shared/value-phrase.js';
import { mapMessages } from './map-messages.js';
import { mapScale } from './map-scale.js';

export interface MapTile {
  readonly code: RegionCode;
  readonly name: string;
  readonly short: string;
  readonly abbr: string;
  readonly value: number | null;
  /** Qualifier, number and unit: "более 290 человек", or "нет данных". */
  readonly phrase: string;
  /**
   * Qualifier and number without the unit, written on the tile ("более 290"): a small tile has no room for
   * the whole phrase, whose unit may not part from its number. The phrase is the tile's name and tooltip.
   */
  readonly figure: string;
  /** Colour class 0..4, or undefined for "no data". */
  readonly colourClass: number | undefined;
}

export interface LegendEntry {
  readonly colourClass: number | undefined;
  readonly text: string;
}

export interface MapView {
  readonly tiles: readonly MapTile[];
  readonly legend: readonly LegendEntry[];
  readonly summary: string;
}

/** Tiles in reading order (north to south, west to east): Home/End and the table follow it. */
export const READING_ORDER: readonly RegionCode[] = [...REGION_CODES].sort(
  (a, b) => TILE_GRID[a].row - TILE_GRID[b].row || TILE_GRID[a].col - TILE_GRID[b].col,
);

export function mapView(metric: Metric, locale: Locale): MapView {
  const words = mapMessages(locale);
  const format = metric.format ?? 'number';
  const byCode = new Map<RegionCode, { value: number | null; qualifier: NonNullable<Metric['qualifier']> }>();
  for (const item of metric.breakdown ?? []) {
    if (isRegionCode(item.key)) byCode.set(item.key, { value: item.value, qualifier: item.qualifier ?? 'exact' });
  }
  const scale = mapScale([...byCode.values()].map((entry) => entry.value));
  const tiles = READING_ORDER.map((code): MapTile => {
    const entry = byCode.get(code);
    const value = entry?.value ?? null;
    return {
      code,
      name: regionName(code, locale),
      short: regionName(code, locale, 'short'),
      abbr: regionName(code, locale, 'abbr'),
      value,
      phrase: valuePhrase(value, entry?.qualifier ?? 'exact', format, metric, locale).text,
      figure:
        value === null
          ? messages(locale).noData
          : formatQualified(value, entry?.qualifier ?? 'exact', format, locale, {
              compact: Math.abs(value) >= 100_000,
            }),
      colourClass: scale.classOf(value),
    };
  });

  const label = (value: number): string => formatValue(value, format, locale);
  const legend: LegendEntry[] = [];
  const { thresholds } = scale;
  if (scale.classes === 1 && thresholds.length === 0 && tiles.some((t) => t.colourClass !== undefined)) {
    const values = tiles.flatMap((t) => (t.value === null ? [] : [t.value]));
    const lowest = Math.min(...values);
    const highest = Math.max(...values);
    // One value (or several equal) is one figure, not a range from it to itself.
    legend.push({
      colourClass: 0,
      text: lowest === highest ? label(lowest) : words.between(label(lowest), label(highest)),
    });
  }
  thresholds.forEach((threshold, index) => {
    if (index === 0) {
      const inDative = locale === 'kk' ? formatInKazakhCase(threshold, format, 'dative') : label(threshold);
      legend.push({ colourClass: 0, text: words.below(label(threshold), inDative) });
    } else {
      legend.push({ colourClass: index, text: words.between(label(thresholds[index - 1]!), label(threshold)) });
    }
  });
  const last = thresholds.at(-1);
  if (last !== undefined) legend.push({ colourClass: thresholds.length, text: words.atLeast(label(last)) });
  if (tiles.some((t) => t.colourClass === undefined))
    legend.push({ colourClass: undefined, text: messages(locale).noData });

  const withData = tiles.filter((t) => t.value !== null);
  const sorted = [...withData].sort((a, b) => (b.value ?? 0) - (a.value ?? 0));
  const parts: string[] = [];
  const top = sorted[0];
  const bottom = sorted.at(-1);
  if (top) parts.push(words.highest(top.name, top.phrase));
  if (bottom && bottom !== top) parts.push(words.lowest(bottom.name, bottom.phrase));
  parts.push(words.regionsWithData(withData.length, tiles.length));
  return { tiles, legend, summary: `${parts.join('; ')}.` };
}
