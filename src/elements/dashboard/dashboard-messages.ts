/** Words the dashboard says around its widgets. */
import type { Locale } from '../../i18n/locale.js';

export interface DashboardMessages {
  readonly period: string;
  readonly figures: string;
  readonly charts: string;
  readonly regions: string;
  /** Shows the rest of a long description on a phone. */
  readonly more: string;
}

const CATALOGUE: Readonly<Record<Locale, DashboardMessages>> = {
  kk: {
    period: 'Кезең',
    figures: 'Негізгі көрсеткіштер',
    charts: 'Динамика және құрылым',
    regions: 'Өңірлер бойынша',
    more: 'Толығырақ',
  },
  ru: {
    period: 'Период',
    figures: 'Основные показатели',
    charts: 'Динамика и структура',
    regions: 'По регионам',
    more: 'Подробнее',
  },
  en: { period: 'Period', figures: 'Key figures', charts: 'Trends and breakdowns', regions: 'By region', more: 'More' },
};

export function dashboardMessages(locale: Locale): DashboardMessages {
  return CATALOGUE[locale];
}
