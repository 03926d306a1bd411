/** A feed with series and regional breakdowns, so a dashboard of it has charts and a map (the seeds have no chart). */
const people = {
  kk: 'адам',
  ru: { one: 'человек', few: 'человека', many: 'человек', other: 'человека' },
  en: { one: 'person', other: 'people' },
};

export const chartFeed = {
  version: 1,
  id: 'server-chart',
  title: { kk: 'Жұмысқа орналасу', ru: 'Трудоустройство', en: 'Employment' },
  source: { name: 'Test', url: 'https://example.org/article', published: '2025-11-19' },
  period: '2025',
  metrics: [
    {
      id: 'placed',
      label: { kk: 'Орналастырылғандар', ru: 'Трудоустроено', en: 'Placed' },
      value: 1120,
      unit: people,
      breakdown: [
        { key: 'KZ-35', value: 358 },
        { key: 'KZ-61', value: 290, qualifier: 'more-than' },
        { key: 'KZ-79', value: null },
        { key: 'KZ-71', value: 120 },
      ],
    },
    {
      id: 'trained',
      label: { kk: 'Оқытылғандар', ru: 'Прошли обучение', en: 'Trained' },
      value: 700,
      unit: people,
      series: [
        { period: '2021', value: 300 },
        { period: '2022', value: 380 },
        { period: '2023', value: 400 },
        { period: '2024', value: null },
        { period: '2025', value: 700 },
      ],
    },
    {
      id: 'grants',
      label: { kk: 'Гранттар', ru: 'Гранты', en: 'Grants' },
      value: 52,
      qualifier: 'about',
      series: [
        { period: '2024', value: 40 },
        { period: '2025', value: 52, qualifier: 'about' },
      ],
    },
  ],
};
