/** Feeds written for the table tests (none is in data/): regions, awkward categories, a series, missing values. */
import type { Feed } from '../../src/feed/schema.js';
import { feedOf } from '../fixtures/feeds.mjs';
import { qualified } from '../fixtures/figures.mjs';
import { byRegion, KARAGANDA_AND_TURKISTAN } from '../fixtures/regions.mjs';
import { PEOPLE } from '../fixtures/units.mjs';

export function tableFeed(): Feed {
  return feedOf(
    [
      {
        id: 'placed',
        label: { kk: 'Жұмысқа орналастырылды', ru: 'Трудоустроено', en: 'Placed' },
        value: 1000,
        unit: PEOPLE,
        breakdown: byRegion({
          ...KARAGANDA_AND_TURKISTAN,
          'KZ-71': null,
          'KZ-10': 12,
          'KZ-62': qualified('about', 1120.5),
        }),
      },
      {
        id: 'groups',
        label: 'Groups',
        value: 30,
        status: 'provisional',
        note: { ru: 'Категории условные', en: 'Categories are illustrative' },
        breakdown: [
          { key: 'formula', value: 10, label: '=HYPERLINK("http://evil")' },
          { key: 'quoted', value: 20, label: 'Comma, "quoted"\nnewline' },
          { key: 'plus', value: -5, label: '+1 and more' },
        ],
      },
      {
        id: 'trend',
        label: { ru: 'Динамика', en: 'Trend' },
        value: 5,
        format: 'percent',
        series: [
          { period: '2024-11', value: 4 },
          { period: '2023', value: 3 },
          { period: '2024-03', value: null },
          { period: '2025-Q1', value: 5, qualifier: 'about' },
          // September: alphabetically between March and November in no language, so only time order passes.
          { period: '2024-09', value: 2 },
        ],
      },
      {
        id: 'budget',
        label: { kk: 'Бюджет', ru: 'Бюджет', en: 'Budget' },
        value: 200000,
        format: 'currency:KZT',
        status: 'estimate',
        period: '2024',
      },
    ],
    {
      id: 'table-test',
      title: { kk: 'Кесте сынағы', ru: 'Проверка таблицы', en: 'Table test' },
      source: { name: 'Test Office', url: 'https://example.org/report', published: '2025-03-01' },
      period: '2025',
    },
  );
}

/** Categories whose Kazakh order differs from the root (browser) collation: У Ұ Ү and Ы І. */
export function kazakhWordsFeed(): Feed {
  const words = ['Іле', 'Ыстық', 'Үржар', 'Ұлытау', 'Уыл', 'Әйтеке', 'Алматы', 'Ғабит', 'Гүл'];
  return {
    version: 1,
    id: 'kk-words',
    title: 'Сөздер',
    metrics: [
      {
        id: 'words',
        label: 'Сөздер',
        value: null,
        breakdown: words.map((label, index) => ({ key: `w${index}`, value: index, label })),
      },
    ],
  };
}
