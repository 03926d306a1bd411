/** Feeds written for the chart tests: none is in data/, so the tests prove the rules, not the seeds. */
import type { Feed } from '../../src/feed/schema.js';

const people = {
  kk: 'адам',
  ru: { one: 'человек', few: 'человека', many: 'человек', other: 'человека' },
  en: { one: 'person', other: 'people' },
};

/** Regions with a qualified and a missing value; a category metric; two time series with a gap. */
export function chartFeed(): Feed {
  return {
    version: 1,
    id: 'test-chart',
    title: { kk: 'Жұмысқа орналасу', ru: 'Трудоустройство', en: 'Employment' },
    source: { name: 'Test Agency', published: '2025-11-19' },
    period: '2025',
    metrics: [
      {
        id: 'placed',
        label: { kk: 'Жұмысқа орналастырылғандар', ru: 'Трудоустроено', en: 'People placed' },
        value: 1120,
        unit: people,
        breakdown: [
          { key: 'KZ-35', value: 358 },
          { key: 'KZ-61', value: 290, qualifier: 'more-than' },
          { key: 'KZ-79', value: null },
          { key: 'KZ-71', value: 120 },
        ],
        series: [
          { period: '2022', value: 610 },
          { period: '2023', value: null },
          { period: '2024', value: 905 },
          { period: '2025', value: 1120 },
        ],
      },
      {
        id: 'trained',
        label: { kk: 'Оқытылғандар', ru: 'Прошли обучение', en: 'People trained' },
        value: 700,
        unit: people,
        breakdown: [
          { key: 'KZ-35', value: 200 },
          { key: 'KZ-61', value: 150 },
          { key: 'KZ-79', value: 80 },
          { key: 'KZ-71', value: 60, qualifier: 'about' },
        ],
        series: [
          { period: '2022', value: 400 },
          { period: '2023', value: 450 },
          { period: '2024', value: 520 },
          { period: '2025', value: 700 },
        ],
      },
      {
        id: 'kinds',
        label: { kk: 'Қолдау түрлері', ru: 'Виды поддержки', en: 'Kinds of support' },
        value: 500,
        unit: people,
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
  };
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
