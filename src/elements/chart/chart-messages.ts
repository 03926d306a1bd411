/**
 * The words only a chart says, in kk, ru and en, as a native reader would say them. Numbers, units and
 * periods arrive already written by the i18n layer; these functions only put them into sentences. Every
 * sentence avoids grammatical case on the figures ("Рост: 2022 г. — 30 грантов, …" rather than
 * "рост с 30 грантов до …"), because a feed gives units in the nominative only.
 */
import type { Locale } from '../../i18n/locale.js';
import { selectUnit } from '../../i18n/index.js';
import { plainOf } from '../../i18n/lang-runs.js';

export const CHART_TYPES = ['bar', 'column', 'line', 'area', 'stacked', 'donut'] as const;
export type ChartType = (typeof CHART_TYPES)[number];

export interface ChartMessages {
  /** The chart's kind, as the first words of its text alternative. */
  readonly typeName: Readonly<Record<ChartType, string>>;
  /** Label of the table toggle (a pressed/not pressed button, so the words stay the same). */
  readonly tableToggle: string;
  /** How to use the keyboard, read when the chart takes focus. */
  readonly keyboardHint: string;
  /** Name of the legend list. */
  readonly legend: string;
  /** Column headers of the data table. */
  readonly header: {
    readonly category: string;
    readonly region: string;
    readonly period: string;
    readonly total: string;
    /** The total row's name when a part has no figure: the sum is of the known parts only. */
    readonly partialTotal: string;
    readonly share: string;
    /** The share column when some part has no share (missing or negative): of the parts in the ring. */
    readonly ringShare: string;
  };
  /**
   * Said under the legend of a donut or a one-metric stack when some part has no share (missing or negative):
   * the shares are of the parts drawn in the ring or the bar, not of the whole, which the data does not give.
   */
  readonly partShares: { readonly donut: string; readonly stacked: string };
  readonly noDataToDraw: string;
  /** The button that shows the rest of the summary on a narrow screen (`aria-expanded`). */
  readonly moreSummary: string;
  /** Metrics without a breakdown or series compared side by side, but counted in different units or formats. */
  readonly incomparable: string;
  /** A line, area, stack or donut asked for metrics that have no breakdown or series to draw. */
  readonly needsSeries: string;
  /** "4 значения" */
  count(count: number, countText: string): string;
  /** The title of metrics compared side by side, with the unit they share as a table header names it. */
  comparison(unit: string): string;
  /** "Показатели: A; B." */
  measures(labels: string): string;
  highest(name: string, value: string): string;
  lowest(name: string, value: string): string;
  /** The only known value. */
  single(name: string, value: string): string;
  trend(
    direction: 'up' | 'down' | 'same',
    fromPeriod: string,
    fromValue: string,
    toPeriod: string,
    toValue: string,
  ): string;
  total(value: string, partial: boolean): string;
  /** The values that are missing, by name (a few) or by count (many). */
  missing(names: string | undefined, count: number, countText: string): string;
  /**
   * A donut slice's value with its share: "358 человек (47 %)"; `ofRing` when some part has no share, so the
   * share is of the parts in the ring, not of the whole: "358 человек (47 % от суммы частей на кольце)".
   */
  withShare(value: string, share: string, ofRing: boolean): string;
  /** A mark's name when the chart has several series: "Карагандинская область, Выдано грантов: 358 человек". */
  markName(category: string, series: string | undefined, value: string): string;
}

/** Ends a sentence with a full stop, unless it already ends with one ("2025 г." stays "2025 г."). */
export function stop(text: string): string {
  return /[.!?…]$/.test(plainOf(text)) ? text : `${text}.`;
}

const KK_DIRECTION = { up: 'Өсу', down: 'Төмендеу', same: 'Өзгеріс жоқ' };

const kk: ChartMessages = {
  typeName: {
    bar: 'Көлденең бағанды диаграмма',
    column: 'Бағанды диаграмма',
    line: 'Сызықтық диаграмма',
    area: 'Аумақтық диаграмма',
    stacked: 'Жинақталған бағанды диаграмма',
    donut: 'Сақиналы диаграмма',
  },
  tableToggle: 'Деректер кестесі',
  keyboardHint:
    'Мәндер бойынша көрсеткі пернелерімен жылжыңыз. Home мен End — басы мен соңы, Enter — таңдау, Escape — шығу.',
  legend: 'Шартты белгілер',
  header: {
    category: 'Санат',
    region: 'Өңір',
    period: 'Кезең',
    total: 'Барлығы',
    partialTotal: 'Қолда бар деректер бойынша барлығы',
    share: 'Үлесі',
    ringShare: 'Сақинадағы үлесі',
  },
  partShares: {
    donut: 'Үлестер тұтастан емес, сақинадағы бөліктердің қосындысынан есептелген.',
    stacked: 'Үлестер тұтастан емес, жолақтағы бөліктердің қосындысынан есептелген.',
  },
  noDataToDraw: 'Диаграмма салуға дерек жоқ.',
  moreSummary: 'Толығырақ',
  incomparable:
    'Бұл көрсеткіштерді бір диаграммада салыстыру мүмкін емес: олар әртүрлі өлшем бірлігімен берілген. ' +
    'Сайт иесіне хабарлаңыз.',
  needsSeries: 'Мұндай диаграммаға уақыт қатары немесе бөліну керек, ал деректерде олар жоқ. Сайт иесіне хабарлаңыз.',
  count: (_count, text) => `${text} мән`,
  comparison: (unit) => (unit ? `Көрсеткіштерді салыстыру, ${unit}` : 'Көрсеткіштерді салыстыру'),
  measures: (labels) => stop(`Көрсеткіштер: ${labels}`),
  highest: (name, value) => stop(`Ең жоғары мән — ${name}: ${value}`),
  lowest: (name, value) => stop(`Ең төмен мән — ${name}: ${value}`),
  single: (name, value) => stop(`${name}: ${value}`),
  trend: (direction, fromPeriod, fromValue, toPeriod, toValue) =>
    stop(`${KK_DIRECTION[direction]}: ${fromPeriod} — ${fromValue}, ${toPeriod} — ${toValue}`),
  total: (value, partial) =>
    partial ? stop(`Қолда бар деректер бойынша барлығы: ${value}`) : stop(`Барлығы: ${value}`),
  missing: (names, _count, text) => (names ? stop(`Дерек жоқ: ${names}`) : `${text} мән бойынша дерек жоқ.`),
  // "Бойынша" as in the total of the parts with data: no case ending on the share, whose last word may vary.
  withShare: (value, share, ofRing) => `${value} (${share}${ofRing ? ', сақинадағы бөліктер бойынша' : ''})`,
  markName: (category, series, value) => `${category}${series ? `, ${series}` : ''}: ${value}`,
};

const RU_VALUES = { one: 'значение', few: 'значения', many: 'значений', other: 'значения' };
/** "Нет данных для 7 значений": the same word after "для". */
const RU_VALUES_GENITIVE = { one: 'значения', few: 'значений', many: 'значений', other: 'значения' };
const RU_DIRECTION = { up: 'Рост', down: 'Снижение', same: 'Без изменений' };

const ru: ChartMessages = {
  typeName: {
    bar: 'Линейчатая диаграмма',
    column: 'Столбчатая диаграмма',
    line: 'Линейный график',
    area: 'Диаграмма с областями',
    stacked: 'Столбчатая диаграмма с накоплением',
    donut: 'Кольцевая диаграмма',
  },
  tableToggle: 'Таблица данных',
  keyboardHint:
    'Перемещайтесь по значениям клавишами со стрелками. ' +
    'Home и End — к началу и концу, Enter — выбрать, Escape — выйти.',
  legend: 'Условные обозначения',
  header: {
    category: 'Категория',
    region: 'Регион',
    period: 'Период',
    total: 'Всего',
    partialTotal: 'Всего по имеющимся данным',
    share: 'Доля',
    ringShare: 'Доля на кольце',
  },
  partShares: {
    donut: 'Доли рассчитаны от суммы частей на кольце, а не от целого.',
    stacked: 'Доли рассчитаны от суммы частей на полосе, а не от целого.',
  },
  noDataToDraw: 'Нет данных для построения диаграммы.',
  moreSummary: 'Подробнее',
  incomparable:
    'Эти показатели нельзя сравнить на одной диаграмме: они измеряются в разных единицах. Сообщите владельцу сайта.',
  needsSeries: 'Для такой диаграммы нужен временной ряд или разбивка, а в данных их нет. Сообщите владельцу сайта.',
  count: (count, text) => `${text} ${selectUnit(RU_VALUES, count, 'ru')}`,
  comparison: (unit) => (unit ? `Сравнение показателей, ${unit}` : 'Сравнение показателей'),
  measures: (labels) => stop(`Показатели: ${labels}`),
  highest: (name, value) => stop(`Наибольшее значение — ${name}: ${value}`),
  lowest: (name, value) => stop(`Наименьшее значение — ${name}: ${value}`),
  single: (name, value) => stop(`${name}: ${value}`),
  trend: (direction, fromPeriod, fromValue, toPeriod, toValue) =>
    stop(`${RU_DIRECTION[direction]}: ${fromPeriod} — ${fromValue}, ${toPeriod} — ${toValue}`),
  total: (value, partial) => (partial ? stop(`Всего по имеющимся данным: ${value}`) : stop(`Всего: ${value}`)),
  missing: (names, count, text) =>
    names
      ? stop(`Нет данных: ${names}`)
      : stop(`Нет данных для ${text} ${selectUnit(RU_VALUES_GENITIVE, count, 'ru')}`),
  withShare: (value, share, ofRing) => `${value} (${share}${ofRing ? ' от суммы частей на кольце' : ''})`,
  markName: (category, series, value) => `${category}${series ? `, ${series}` : ''}: ${value}`,
};

const en: ChartMessages = {
  typeName: {
    bar: 'Bar chart',
    column: 'Column chart',
    line: 'Line chart',
    area: 'Area chart',
    stacked: 'Stacked column chart',
    donut: 'Donut chart',
  },
  tableToggle: 'Data table',
  keyboardHint:
    'Use the arrow keys to move between values. Home and End go to the first and last, Enter selects, Escape leaves.',
  legend: 'Legend',
  header: {
    category: 'Category',
    region: 'Region',
    period: 'Period',
    total: 'Total',
    partialTotal: 'Total of the available figures',
    share: 'Share',
    ringShare: 'Share of the ring',
  },
  partShares: {
    donut: 'Shares are of the sum of the parts in the ring, not of the whole.',
    stacked: 'Shares are of the sum of the parts in the bar, not of the whole.',
  },
  noDataToDraw: 'There is no data to draw.',
  moreSummary: 'More',
  incomparable:
    'These figures cannot be compared in one chart: they are counted in different units. Please tell the site owner.',
  needsSeries:
    'This kind of chart needs a time series or a breakdown, and the data has neither. Please tell the site owner.',
  count: (count, text) => `${text} ${count === 1 ? 'value' : 'values'}`,
  comparison: (unit) => (unit ? `Figures compared (${unit})` : 'Figures compared'),
  measures: (labels) => stop(`Figures shown: ${labels}`),
  highest: (name, value) => stop(`Highest: ${name}, ${value}`),
  lowest: (name, value) => stop(`Lowest: ${name}, ${value}`),
  single: (name, value) => stop(`${name}: ${value}`),
  // English needs no case on the figures, so it can say "from … to …" with the periods in brackets.
  trend: (direction, fromPeriod, fromValue, toPeriod, toValue) =>
    direction === 'same'
      ? `Unchanged: ${fromValue} (${fromPeriod}) and ${toValue} (${toPeriod}).`
      : `${direction === 'up' ? 'Rising' : 'Falling'} from ${fromValue} (${fromPeriod}) to ${toValue} (${toPeriod}).`,
  total: (value, partial) => (partial ? stop(`Total of the available figures: ${value}`) : stop(`Total: ${value}`)),
  missing: (names, count, text) =>
    names ? stop(`No data: ${names}`) : stop(`No data for ${text} ${count === 1 ? 'value' : 'values'}`),
  withShare: (value, share, ofRing) => `${value} (${share}${ofRing ? ' of the parts in the ring' : ''})`,
  markName: (category, series, value) => `${category}${series ? `, ${series}` : ''}: ${value}`,
};

const CATALOGUE: Readonly<Record<Locale, ChartMessages>> = { kk, ru, en };

export function chartMessages(locale: Locale): ChartMessages {
  return CATALOGUE[locale];
}

export function isChartType(value: string | null | undefined): value is ChartType {
  return (CHART_TYPES as readonly string[]).includes(value ?? '');
}
