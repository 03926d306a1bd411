/** A feed with series and regional breakdowns, so a dashboard of it has charts and a map (the seeds have no chart). */
import { EMPLOYMENT, placed, PLACED_BY_REGION, trained } from '../fixtures/employment.mjs';
import { feedOf } from '../fixtures/feeds.mjs';
import { qualified, yearly } from '../fixtures/figures.mjs';
import { byRegion } from '../fixtures/regions.mjs';

export const chartFeed = feedOf(
  [
    placed({ breakdown: byRegion(PLACED_BY_REGION) }),
    trained({ series: yearly(2021, [300, 380, 400, null, 700]) }),
    {
      id: 'grants',
      label: { kk: 'Гранттар', ru: 'Гранты', en: 'Grants' },
      value: 52,
      qualifier: 'about',
      series: yearly(2024, [40, qualified('about', 52)]),
    },
  ],
  {
    id: 'server-chart',
    title: EMPLOYMENT,
    source: { name: 'Test', url: 'https://example.org/article', published: '2025-11-19' },
    period: '2025',
  },
);
