import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/elements/chart/define.js';
import type { Feed } from '../src/feed/schema.js';
import { exampleFeed, invalidFeed, PEOPLE } from './fixtures/feeds.js';
import { CHART_TYPES, elementArgs, elementArgTypes, renderElement, type ElementArgs } from './shared/element-args.js';

interface ChartArgs extends ElementArgs {
  type?: (typeof CHART_TYPES)[number];
}

/** Two metrics over the same regions and years (an example, not a published figure): lines and stacks. */
const twoMetrics: Feed = {
  version: 1,
  id: 'storybook-two-metrics',
  title: { kk: 'Жұмыспен қамту (мысал)', ru: 'Занятость (пример)', en: 'Employment (example)' },
  period: '2025',
  metrics: [
    {
      id: 'placed',
      label: { kk: 'Орналастырылғандар', ru: 'Трудоустроено', en: 'Placed' },
      value: 1120,
      unit: PEOPLE,
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
      label: { kk: 'Оқытылғандар', ru: 'Прошли обучение', en: 'Trained' },
      value: 700,
      unit: PEOPLE,
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
  ],
};

const meta: Meta<ChartArgs> = {
  title: 'Elements/inclusion-chart',
  component: 'inclusion-chart',
  render: renderElement<ChartArgs>('inclusion-chart', 760),
  argTypes: { type: { control: 'select', options: CHART_TYPES }, ...elementArgTypes },
  args: elementArgs,
};
export default meta;

type Story = StoryObj<ChartArgs>;

export const BarByRegionRu: Story = { args: { feed: exampleFeed, metric: 'placed', type: 'bar', locale: 'ru' } };
export const BarByRegionKk: Story = { args: { feed: exampleFeed, metric: 'placed', type: 'bar', locale: 'kk' } };
export const ColumnsTwoMetricsKk: Story = {
  args: { feed: twoMetrics, metric: 'placed,trained', type: 'column', locale: 'kk' },
};
export const LineTwoMetricsRu: Story = {
  args: { feed: twoMetrics, metric: 'placed,trained', type: 'line', locale: 'ru' },
};
export const AreaWithQualifierEn: Story = { args: { feed: exampleFeed, metric: 'placed', type: 'area', locale: 'en' } };
export const StackedRu: Story = { args: { feed: twoMetrics, metric: 'placed,trained', type: 'stacked', locale: 'ru' } };
export const StackedOneMetricKk: Story = {
  args: { feed: exampleFeed, metric: 'placed', type: 'stacked', locale: 'kk' },
};
export const DonutKk: Story = { args: { feed: exampleFeed, metric: 'placed', type: 'donut', locale: 'kk' } };
export const DarkLineKk: Story = {
  args: { feed: twoMetrics, metric: 'placed,trained', type: 'line', locale: 'kk', theme: 'dark' },
};
export const NarrowColumnsRu: Story = {
  args: { feed: twoMetrics, metric: 'placed,trained', type: 'column', locale: 'ru', width: 320 },
};
/** Metrics without a breakdown, counted alike (people), compared one bar each: published figures from data/. */
const KARAGANDA_PEOPLE = 'employment-support,placed-in-vacancies,social-jobs,public-works,silver-age';
export const ComparisonRu: Story = {
  args: { src: '/data/karaganda-disability-employment.json', metric: KARAGANDA_PEOPLE, type: 'bar', locale: 'ru' },
};
export const NarrowComparisonKk: Story = {
  args: {
    src: '/data/karaganda-disability-employment.json',
    metric: KARAGANDA_PEOPLE,
    type: 'bar',
    locale: 'kk',
    width: 320,
  },
};
/** People beside a figure with no unit: not comparable, a `metric` error that says why. */
export const IncomparableEn: Story = {
  args: { feed: exampleFeed, metric: 'supported,long-label', type: 'bar', locale: 'en' },
};
export const LoadingEn: Story = { args: { type: 'line', locale: 'en' } };
export const ErrorSchemaKk: Story = { args: { feed: invalidFeed, type: 'bar', locale: 'kk' } };
export const UnknownMetricRu: Story = { args: { feed: exampleFeed, metric: 'nope', type: 'bar', locale: 'ru' } };
