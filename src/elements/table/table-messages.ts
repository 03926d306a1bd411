/** Words the table says, in the three languages. */
import type { Locale } from '../../i18n/locale.js';

export interface TableMessages {
  readonly region: string;
  readonly category: string;
  readonly period: string;
  readonly metric: string;
  readonly value: string;
  readonly status: string;
  readonly qualifier: string;
  readonly unit: string;
  readonly download: string;
  readonly sortBy: (column: string) => string;
  readonly statusFinal: string;
}

const CATALOGUE: Readonly<Record<Locale, TableMessages>> = {
  kk: {
    region: 'Өңір', category: 'Санат', period: 'Кезең', metric: 'Көрсеткіш', value: 'Мәні', status: 'Мәртебесі',
    qualifier: 'Нақтылау', unit: 'Өлшем бірлігі', download: 'CSV жүктеп алу', sortBy: (c) => `«${c}» бойынша сұрыптау`, statusFinal: 'соңғы',
  },
  ru: {
    region: 'Регион', category: 'Категория', period: 'Период', metric: 'Показатель', value: 'Значение', status: 'Статус',
    qualifier: 'Уточнение', unit: 'Единица', download: 'Скачать CSV', sortBy: (c) => `Сортировать по столбцу «${c}»`, statusFinal: 'окончательные',
  },
  en: {
    region: 'Region', category: 'Category', period: 'Period', metric: 'Metric', value: 'Value', status: 'Status',
    qualifier: 'Qualifier', unit: 'Unit', download: 'Download CSV', sortBy: (c) => `Sort by ${c}`, statusFinal: 'final',
  },
};

export function tableMessages(locale: Locale): TableMessages {
  return CATALOGUE[locale];
}
