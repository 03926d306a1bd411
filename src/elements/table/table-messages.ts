/** Words only the table says, in the three languages (shared words — "no data", "source" — are in i18n/messages). */
import type { Locale } from '../../i18n/locale.js';
import type { SortDirection } from './sort-rows.js';

export interface TableMessages {
  /** Column headers. */
  readonly region: string;
  readonly category: string;
  readonly period: string;
  readonly metric: string;
  readonly value: string;
  readonly status: string;
  /** CSV-only headers. */
  readonly qualifier: string;
  readonly unit: string;
  readonly code: string;
  readonly download: string;
  /** The status of a final figure (the others come from i18n's `status`). */
  readonly statusFinal: string;
  /** What pressing a header's button will do (its description). */
  readonly sortAction: (next: SortDirection) => string;
  /** Said once in the live region after a sort. */
  readonly sorted: (column: string, direction: SortDirection) => string;
}

const CATALOGUE: Readonly<Record<Locale, TableMessages>> = {
  kk: {
    region: 'Өңір',
    category: 'Санат',
    period: 'Кезең',
    metric: 'Көрсеткіш',
    value: 'Мәні',
    status: 'Мәртебесі',
    qualifier: 'Нақтылау',
    unit: 'Өлшем бірлігі',
    code: 'Коды',
    download: 'CSV жүктеп алу',
    statusFinal: 'түпкілікті деректер',
    sortAction: (next) => (next === 'ascending' ? 'Өсу ретімен сұрыптау' : 'Кему ретімен сұрыптау'),
    sorted: (column, direction) =>
      `«${column}» бағаны бойынша ${direction === 'ascending' ? 'өсу' : 'кему'} ретімен сұрыпталды`,
  },
  ru: {
    region: 'Регион',
    category: 'Категория',
    period: 'Период',
    metric: 'Показатель',
    value: 'Значение',
    status: 'Статус',
    qualifier: 'Уточнение',
    unit: 'Единица измерения',
    code: 'Код',
    download: 'Скачать CSV',
    statusFinal: 'окончательные данные',
    sortAction: (next) => (next === 'ascending' ? 'Сортировать по возрастанию' : 'Сортировать по убыванию'),
    sorted: (column, direction) =>
      `Отсортировано по столбцу «${column}», по ${direction === 'ascending' ? 'возрастанию' : 'убыванию'}`,
  },
  en: {
    region: 'Region',
    category: 'Category',
    period: 'Period',
    metric: 'Metric',
    value: 'Value',
    status: 'Status',
    qualifier: 'Qualifier',
    unit: 'Unit',
    code: 'Code',
    download: 'Download CSV',
    statusFinal: 'final',
    sortAction: (next) => (next === 'ascending' ? 'Sort ascending' : 'Sort descending'),
    sorted: (column, direction) => `Sorted by ${column}, ${direction}`,
  },
};

export function tableMessages(locale: Locale): TableMessages {
  return CATALOGUE[locale];
}
