/** Words the map says, in the three languages. */
import type { Locale } from '../../i18n/locale.js';

export interface MapMessages {
  readonly mapOf: (label: string) => string;
  readonly legend: string;
  readonly noData: string;
  readonly showTable: string;
  readonly region: string;
  readonly value: string;
  /** `inDative` is the kk number with its dative ending ("100-ге"); other languages use `value`. */
  readonly below: (value: string, inDative: string) => string;
  readonly between: (from: string, to: string) => string;
  readonly atLeast: (value: string) => string;
  readonly highest: (region: string, value: string) => string;
  readonly lowest: (region: string, value: string) => string;
  readonly regionsWithData: (count: number, total: number) => string;
  readonly keyboardHint: string;
}

const kk: MapMessages = {
  mapOf: (label) => `Өңірлер картасы: ${label}`,
  legend: 'Шартты белгілер',
  noData: 'дерек жоқ',
  showTable: 'Кесте',
  region: 'Өңір',
  value: 'Мәні',
  below: (_value, inDative) => `${inDative} дейін`,
  between: (from, to) => `${from} – ${to}`,
  atLeast: (v) => `${v} және одан көп`,
  highest: (region, value) => `Ең жоғары: ${region} (${value})`,
  lowest: (region, value) => `ең төмен: ${region} (${value})`,
  regionsWithData: (count, total) => `дерегі бар өңірлер: ${count} / ${total}`,
  keyboardHint: 'Өңірлер арасында көрсеткі пернелерімен жылжыңыз',
};

const ru: MapMessages = {
  mapOf: (label) => `Карта регионов: ${label}`,
  legend: 'Легенда',
  noData: 'нет данных',
  showTable: 'Таблица',
  region: 'Регион',
  value: 'Значение',
  below: (v) => `до ${v}`,
  between: (from, to) => `${from} – ${to}`,
  atLeast: (v) => `от ${v}`,
  highest: (region, value) => `Больше всего: ${region} (${value})`,
  lowest: (region, value) => `меньше всего: ${region} (${value})`,
  regionsWithData: (count, total) => `данные есть по ${count} из ${total} регионов`,
  keyboardHint: 'Перемещайтесь между регионами стрелками',
};

const en: MapMessages = {
  mapOf: (label) => `Map of regions: ${label}`,
  legend: 'Legend',
  noData: 'no data',
  showTable: 'Table',
  region: 'Region',
  value: 'Value',
  below: (v) => `under ${v}`,
  between: (from, to) => `${from} – ${to}`,
  atLeast: (v) => `${v} and above`,
  highest: (region, value) => `Highest: ${region} (${value})`,
  lowest: (region, value) => `lowest: ${region} (${value})`,
  regionsWithData: (count, total) => `data for ${count} of ${total} regions`,
  keyboardHint: 'Move between regions with the arrow keys',
};

const CATALOGUE: Readonly<Record<Locale, MapMessages>> = { kk, ru, en };

export function mapMessages(locale: Locale): MapMessages {
  return CATALOGUE[locale];
}
