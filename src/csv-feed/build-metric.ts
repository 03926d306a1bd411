/**
 * The rows of one metric made into the feed's metric: rows with a region are its breakdown, rows with only
 * a period its series, and the row with neither its headline (or, without one, the series' latest period).
 * Texts and settings may be repeated on several rows but must agree.
 */
import type { LocalizedString, Metric, MetricFormat, Unit } from '../feed/schema.js';
import type { Locale } from '../i18n/locale.js';
import type { CsvProblem, ReadRow, SettingCell } from './read-row.js';
import type { LocalizedColumn } from './columns.js';
import { worded } from './problem-text.js';

type MetricSettings = Map<string, { row: number; text: string }>;

/** Plural forms a unit cell may list, by language: "человек|человека|человек|человека". */
const PLURAL_FORMS: Readonly<Record<Locale, readonly (readonly Intl.LDMLPluralRule[])[]>> = {
  kk: [['other']],
  ru: [['other'], ['one', 'few', 'many', 'other']],
  en: [['other'], ['one', 'other']],
};

export function buildMetric(rows: readonly ReadRow[], problems: CsvProblem[]): Metric | undefined {
  const first = rows[0]!;
  const before = problems.length;
  const settings = collectSettings(rows, problems);
  const label = localized(settings, 'label', first, problems);
  const unit = readUnit(settings, first, problems);
  const note = localized(settings, 'note', first, problems);
  const hasLabelCell = [...settings.keys()].some((header) => header.startsWith('label'));
  if (label === undefined && !hasLabelCell)
    problems.push({
      row: first.row,
      column: 'label',
      ...worded('no-label', { metric: first.metric }),
    });

  const headlines = rows.filter((row) => row.region === undefined && row.period === undefined);
  const seriesRows = rows.filter((row) => row.region === undefined && row.period !== undefined);
  const regionRows = rows.filter((row) => row.region !== undefined);
  headlines.slice(1).forEach((row) =>
    problems.push({
      row: row.row,
      column: 'metric',
      ...worded('second-headline', { metric: row.metric, first: headlines[0]!.row }),
    }),
  );
  repeated(seriesRows, (row) => row.period!, 'period', problems);
  repeated(regionRows, (row) => row.region!, 'region', problems);

  const latest = seriesRows.reduce<ReadRow | undefined>(
    (a, b) => (a === undefined || periodEnd(b.period!) > periodEnd(a.period!) ? b : a),
    undefined,
  );
  const headline = headlines[0] ?? latest;
  const breakdownPeriod = agreedPeriod(regionRows, headline === latest ? latest?.period : undefined, problems);
  const format = metricFormat(rows, settings, problems);
  if (problems.length > before) return undefined;

  const status = settings.get('status')?.text;
  const target = settings.get('target')?.text;
  const period = headline?.period ?? breakdownPeriod;
  return {
    id: first.metric,
    label: label!,
    value: headline?.value ?? null,
    qualifier: headline?.qualifier ?? 'exact',
    ...(unit !== undefined ? { unit } : {}),
    ...(format !== 'number' ? { format } : {}),
    ...(status !== undefined ? { status: status as Metric['status'] } : {}),
    ...(period !== undefined ? { period } : {}),
    ...(target !== undefined ? { target: { value: Number(target) } } : {}),
    ...(seriesRows.length > 0
      ? { series: seriesRows.map((row) => ({ period: row.period!, value: row.value, ...qualified(row) })) }
      : {}),
    ...(regionRows.length > 0
      ? { breakdown: regionRows.map((row) => ({ key: row.region!, value: row.value, ...qualified(row) })) }
      : {}),
    ...(note !== undefined ? { note } : {}),
  };
}

const qualified = (row: ReadRow): { qualifier?: NonNullable<ReadRow['qualifier']> } =>
  row.qualifier !== undefined && row.qualifier !== 'exact' ? { qualifier: row.qualifier } : {};

/** "2024-03/2025-10" ends in "2025-10": the latest period is the one that ends last. */
const periodEnd = (period: string): string => period.split('/').at(-1)!;

function repeated(
  rows: readonly ReadRow[],
  keyOf: (row: ReadRow) => string,
  column: 'period' | 'region',
  problems: CsvProblem[],
): void {
  const seen = new Map<string, number>();
  for (const row of rows) {
    const key = keyOf(row);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problems.push({
        row: row.row,
        column,
        ...worded(column === 'period' ? 'repeated-period' : 'repeated-region', {
          key,
          metric: row.metric,
          first: earlier,
        }),
      });
    } else {
      seen.set(key, row.row);
    }
  }
}

/** A breakdown is of one period: the same on every region row, and the headline's when that has one. */
function agreedPeriod(
  rows: readonly ReadRow[],
  headlinePeriod: string | undefined,
  problems: CsvProblem[],
): string | undefined {
  let agreed: { row: number; period: string } | undefined = headlinePeriod
    ? { row: 0, period: headlinePeriod }
    : undefined;
  for (const row of rows) {
    if (row.period === undefined) continue;
    if (agreed === undefined) agreed = { row: row.row, period: row.period };
    else if (agreed.period !== row.period) {
      const params = { first: agreed.row, period: agreed.period };
      const wording = worded(agreed.row === 0 ? 'breakdown-period-headline' : 'breakdown-period-row', params);
      problems.push({ row: row.row, column: 'period', ...wording });
    }
  }
  return agreed?.period;
}

function collectSettings(rows: readonly ReadRow[], problems: CsvProblem[]): MetricSettings {
  const settings: MetricSettings = new Map();
  const note = (row: ReadRow, cell: SettingCell): void => {
    const earlier = settings.get(cell.header);
    if (earlier === undefined) settings.set(cell.header, { row: row.row, text: cell.text });
    else if (earlier.text !== cell.text) {
      problems.push({
        row: row.row,
        column: cell.header,
        ...worded('differs', { first: earlier.row, text: earlier.text, header: cell.header }),
      });
    }
  };
  for (const row of rows) {
    row.texts.forEach((cell) => note(row, cell));
    if (row.format !== undefined) note(row, { header: 'format', text: row.format });
    if (row.status !== undefined) note(row, { header: 'status', text: row.status });
    if (row.target !== undefined) note(row, { header: 'target', text: String(row.target) });
  }
  return settings;
}

function localized(
  settings: MetricSettings,
  name: LocalizedColumn,
  first: ReadRow,
  problems: CsvProblem[],
): LocalizedString | undefined {
  const plain = settings.get(name);
  const perLanguage = (['kk', 'ru', 'en'] as const).flatMap((language) => {
    const cell = settings.get(`${name}:${language}`);
    return cell ? [[language, cell.text] as const] : [];
  });
  if (plain && perLanguage.length > 0) {
    problems.push({
      row: plain.row,
      column: name,
      ...worded('either-or', { name }),
    });
    return undefined;
  }
  if (plain) return plain.text;
  return perLanguage.length > 0 ? Object.fromEntries(perLanguage) : undefined;
}

function readUnit(settings: MetricSettings, first: ReadRow, problems: CsvProblem[]): Unit | undefined {
  const text = localized(settings, 'unit', first, problems);
  if (text === undefined) return undefined;
  if (typeof text === 'string') {
    if (text.includes('|'))
      problems.push({
        row: settings.get('unit')!.row,
        column: 'unit',
        ...worded('unit-needs-language'),
      });
    return text;
  }
  const unit: Record<string, string | Record<string, string>> = {};
  for (const [language, cell] of Object.entries(text) as [Locale, string][]) {
    const forms = cell.split('|').map((form) => form.trim());
    const names = PLURAL_FORMS[language].find((candidate) => candidate.length === forms.length);
    const where = settings.get(`unit:${language}`)!;
    if (names === undefined || forms.some((form) => form === '')) {
      problems.push({
        row: where.row,
        column: `unit:${language}`,
        ...worded(`unit-forms-${language}`, { text: cell }),
      });
      continue;
    }
    unit[language] =
      forms.length === 1 ? forms[0]! : Object.fromEntries(names.map((name, index) => [name, forms[index]!]));
  }
  return unit as Unit;
}

/** The format column's word, or the one the value cells show ("70 %"); the two must agree. */
function metricFormat(rows: readonly ReadRow[], settings: MetricSettings, problems: CsvProblem[]): MetricFormat {
  const declared = settings.get('format');
  let format = declared?.text as MetricFormat | undefined;
  type Source = { code: 'format-conflict-declared' | 'format-conflict-value'; row: number };
  let from: Source | undefined = declared ? { code: 'format-conflict-declared', row: declared.row } : undefined;
  for (const row of rows) {
    if (row.writtenFormat === undefined) continue;
    if (format === undefined) {
      format = row.writtenFormat;
      from = { code: 'format-conflict-value', row: row.row };
    } else if (format !== row.writtenFormat) {
      problems.push({
        row: row.row,
        column: 'value',
        ...worded(from!.code, { written: row.writtenFormat, first: from!.row, format }),
      });
    }
  }
  return format ?? 'number';
}
