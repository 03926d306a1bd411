/** Feeds written for the chart tests: none is in data/, so the tests prove the rules, not the seeds. */
import type { BreakdownItem, Feed } from '../../src/feed/schema.js';
import { EMPLOYMENT, placed, PLACED_BY_REGION, trained, TRAINED_BY_REGION } from '../fixtures/employment.mjs';
import { feedOf } from '../fixtures/feeds.mjs';
import { asValue, qualified, yearly, type Figure } from '../fixtures/figures.mjs';
import { byRegion } from '../fixtures/regions.mjs';
import { PEOPLE } from '../fixtures/units.mjs';

/** Regions with a qualified and a missing value; a category metric; two time series with a gap. */
export function chartFeed(): Feed {
  return feedOf(
    [
      placed({
        label: { kk: 'Жұмысқа орналастырылғандар', ru: 'Трудоустроено', en: 'People placed' },
        breakdown: byRegion(PLACED_BY_REGION),
        series: yearly(2022, [610, null, 905, 1120]),
      }),
      trained({
        label: { kk: 'Оқытылғандар', ru: 'Прошли обучение', en: 'People trained' },
        breakdown: byRegion(TRAINED_BY_REGION),
        series: yearly(2022, [400, 450, 520, 700]),
      }),
      {
        id: 'kinds',
        label: { kk: 'Қолдау түрлері', ru: 'Виды поддержки', en: 'Kinds of support' },
        value: 500,
        unit: PEOPLE,
        breakdown: [
          { key: 'grant', label: { kk: 'Грант', ru: 'Грант', en: 'Grant' }, value: 210 },
          { key: 'training', label: { kk: 'Оқыту', ru: 'Обучение', en: 'Training' }, value: 160 },
          {
            key: 'job',
            label: { kk: 'Субсидияланған жұмыс орны', ru: 'Субсидированное рабочее место', en: 'Subsidised job' },
            value: 90,
          },
          { key: 'other', label: { ru: 'Другое', en: 'Other' }, value: 40 },
        ],
      },
    ],
    { id: 'test-chart', title: EMPLOYMENT, source: { name: 'Test Agency', published: '2025-11-19' }, period: '2025' },
  );
}

/** A daily series of `count` points (a sine wave with a few missing days). */
export function longSeriesFeed(count = 10_000): Feed {
  const start = Date.UTC(1990, 0, 1);
  const series = Array.from({ length: count }, (_, i) => {
    const date = new Date(start + i * 86_400_000).toISOString().slice(0, 10);
    return { period: date, value: i % 997 === 500 ? null : Math.round(1000 + 400 * Math.sin(i / 300) + (i % 17)) };
  });
  return {
    version: 1,
    id: 'test-long',
    title: 'Long series',
    metrics: [
      { id: 'daily', label: { kk: 'Күнделікті', ru: 'Ежедневно', en: 'Daily' }, value: series.at(-1)!.value, series },
    ],
  };
}

/** `count` categories named "Category 0", "Category 1", …, the i-th valued `valueOf(i)` (null: no data). */
export function categories(count: number, valueOf: (i: number) => number | null): BreakdownItem[] {
  return Array.from({ length: count }, (_, i) => ({ key: `c${i}`, label: `Category ${i}`, value: valueOf(i) }));
}

/** A feed of one metric, "m", broken down into `count` categories (see `categories`). */
export function manyCategoriesFeed(count: number, valueOf: (i: number) => number | null): Feed {
  return feedOf([{ id: 'm', label: 'Count', value: 1, breakdown: categories(count, valueOf) }], {
    id: 'test-many',
    title: 'Many',
  });
}

export const TYPES = ['bar', 'column', 'line', 'area', 'stacked', 'donut'] as const;

/** The metric(s) each type is shown with in the tests. */
export const METRICS: Record<(typeof TYPES)[number], string> = {
  bar: 'placed',
  column: 'placed,trained',
  line: 'placed,trained',
  area: 'placed',
  stacked: 'placed,trained',
  donut: 'kinds',
};

/**
 * Wide words: categories with long names in three languages (not regions: on a narrow chart they stand
 * above their bars), and regions (named beside their bars), each with a missing value and a qualified
 * largest value whose words are wide ("шамамен 55 000"); and changes, the widest words on a negative bar.
 */
export function longNamesFeed(): Feed {
  const item = (key: string, kk: string, ru: string, en: string, figure: Figure): BreakdownItem => ({
    key,
    label: { kk, ru, en },
    ...asValue(figure),
  });
  return feedOf(
    [
      {
        id: 'support',
        label: { kk: 'Қолдау түрлері', ru: 'Виды поддержки', en: 'Kinds of support' },
        value: 56000,
        unit: PEOPLE,
        breakdown: [
          item(
            'vacancies',
            'Бос жұмыс орындарына орналастырылған мүгедектігі бар адамдар',
            'Люди с инвалидностью, трудоустроенные на вакантные рабочие места',
            'People with disabilities placed in vacant jobs',
            qualified('about', 55000),
          ),
          item(
            'public-works',
            'Қоғамдық жұмыстарға жіберілгендер',
            'Направлены на общественные работы',
            'Sent to public works',
            qualified('more-than', 800),
          ),
          item(
            'hearing',
            'Есту қабілеті бұзылған адамдарға арналған арнайы жұмыс орындары, жұмыс берушілер құрған',
            'Специальные рабочие места для людей с нарушениями слуха, созданные работодателями',
            'Special jobs created by employers for people with hearing impairments',
            12,
          ),
          item('other', 'Басқа', 'Другое', 'Other', null),
        ],
      },
      {
        id: 'by-region',
        label: { kk: 'Өңірлер бойынша', ru: 'По регионам', en: 'By region' },
        value: 56000,
        unit: PEOPLE,
        breakdown: byRegion({
          'KZ-35': qualified('about', 55000),
          'KZ-61': qualified('more-than', 800),
          'KZ-79': 3,
          'KZ-71': null,
        }),
      },
      {
        id: 'change',
        label: { kk: 'Өзгеріс', ru: 'Изменение', en: 'Change' },
        value: -450,
        unit: PEOPLE,
        breakdown: [
          item('first', 'Бірінші санат', 'Первая категория', 'First category', qualified('about', -1200)),
          item('second', 'Екінші', 'Вторая', 'Second', 800),
          item('third', 'Үшінші', 'Третья', 'Third', -50),
        ],
      },
    ],
    { id: 'test-long-names', title: EMPLOYMENT, period: '2025' },
  );
}
