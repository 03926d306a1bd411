/**
 * A feed written back as the long-format table `csvToFeed` reads: a headline row per metric, then its series
 * rows and its breakdown rows. Only what the table can say is written; `tableCannotHold` names the rest, so a
 * caller knows when feed → table → feed gives the feed back.
 */
import { dsvFormat } from 'd3-dsv';
import type { Feed, LocalizedString, Metric, Unit } from '../feed/schema.js';
import { isRegionCode } from '../regions/codes.js';
import { KNOWN_HEADERS, LANGUAGES } from './columns.js';
import type { Separator } from './read-table.js';

/** What of a metric the table has no column for (empty when it has one for everything). */
export function tableCannotHold(metric: Metric): string[] {
  const missing: string[] = [];
  if (metric.previous !== undefined) missing.push('previous');
  if (metric.polarity !== undefined && metric.polarity !== 'up-is-good') missing.push('polarity');
  if (metric.source !== undefined) missing.push('source');
  if (metric.target?.period !== undefined) missing.push('target.period');
  if (metric.breakdown?.some((item) => !isRegionCode(item.key) || item.label !== undefined)) missing.push('categories');
  // A headline row has no period: a metric's own period comes from its series' latest point or its breakdown.
  if (metric.period !== undefined && !metric.breakdown?.length && !headlineIsLatestPoint(metric))
    missing.push('period');
  if (!unitFits(metric.unit)) missing.push('unit forms');
  return missing;
}

/** Plural forms the unit columns can list: every form of `one|few|many|other` (ru), `one|other` (en). */
function unitFits(unit: Unit | undefined): boolean {
  if (unit === undefined || typeof unit === 'string') return true;
  return LANGUAGES.every((language) => {
    const forms = unit[language];
    if (forms === undefined || typeof forms === 'string') return true;
    const names = Object.keys(forms).sort().join('|');
    return language !== 'kk' && names === [...(PLURAL_ORDER[language] ?? [])].sort().join('|');
  });
}

const PLURAL_ORDER: Readonly<Record<string, readonly string[]>> = {
  ru: ['one', 'few', 'many', 'other'],
  en: ['one', 'other'],
};

const latestPoint = (metric: Metric): NonNullable<Metric['series']>[number] | undefined =>
  (metric.series ?? []).reduce<NonNullable<Metric['series']>[number] | undefined>(
    (a, b) => (a === undefined || periodEnd(b.period) > periodEnd(a.period) ? b : a),
    undefined,
  );

/** True when the series' latest point is the headline, so the table needs no headline row of its own. */
function headlineIsLatestPoint(metric: Metric): boolean {
  const latest = latestPoint(metric);
  return (
    latest !== undefined &&
    latest.value === metric.value &&
    (latest.qualifier ?? 'exact') === (metric.qualifier ?? 'exact') &&
    latest.period === metric.period
  );
}

type Cells = Record<string, string>;

export function feedToCsv(feed: Feed, separator: Separator = ','): string {
  const rows: Cells[] = feed.metrics.flatMap(metricRows);
  const used = KNOWN_HEADERS.filter((header) => rows.some((row) => row[header] !== undefined && row[header] !== ''));
  const table = [used, ...rows.map((row) => used.map((header) => row[header] ?? ''))];
  return `${dsvFormat(separator).formatRows(table)}\n`;
}

function metricRows(metric: Metric): Cells[] {
  const settings: Cells = {
    metric: metric.id,
    ...texts('label', metric.label),
    ...units(metric.unit),
    ...(metric.format !== undefined && metric.format !== 'number' ? { format: metric.format } : {}),
    ...(metric.status !== undefined ? { status: metric.status } : {}),
    ...(metric.target !== undefined ? { target: String(metric.target.value) } : {}),
    ...(metric.note !== undefined ? texts('note', metric.note) : {}),
  };
  const figure = (value: number | null, qualifier?: string): Cells => ({
    value: value === null ? 'n/a' : String(value),
    ...(qualifier !== undefined && qualifier !== 'exact' ? { qualifier } : {}),
  });
  const series = metric.series ?? [];
  const breakdown = metric.breakdown ?? [];
  const rows: Cells[] = [];
  // The headline is written only when the series' latest point would not give it back.
  if (!headlineIsLatestPoint(metric)) rows.push({ metric: metric.id, ...figure(metric.value, metric.qualifier) });
  for (const point of series)
    rows.push({ metric: metric.id, ...figure(point.value, point.qualifier), period: point.period });
  for (const item of breakdown) {
    rows.push({
      metric: metric.id,
      ...figure(item.value, item.qualifier),
      region: item.key,
      ...(metric.period !== undefined ? { period: metric.period } : {}),
    });
  }
  return rows.map((row, index) => (index === 0 ? { ...settings, ...row } : row));
}

const periodEnd = (period: string): string => period.split('/').at(-1)!;

function texts(name: string, text: LocalizedString): Cells {
  if (typeof text === 'string') return { [name]: text };
  return Object.fromEntries(
    LANGUAGES.flatMap((language) => (text[language] !== undefined ? [[`${name}:${language}`, text[language]!]] : [])),
  );
}

function units(unit: Unit | undefined): Cells {
  if (unit === undefined) return {};
  if (typeof unit === 'string') return { unit };
  return Object.fromEntries(
    LANGUAGES.flatMap((language) => {
      const forms = unit[language];
      if (forms === undefined) return [];
      if (typeof forms === 'string') return [[`unit:${language}`, forms]];
      return [
        [
          `unit:${language}`,
          (PLURAL_ORDER[language] ?? []).map((form) => forms[form as keyof typeof forms] ?? '').join('|'),
        ],
      ];
    }),
  );
}
