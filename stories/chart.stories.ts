import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/elements/chart/define.js';
import type { Feed } from '../src/feed/schema.js';
import { placed, PLACED_BY_REGION, trained, TRAINED_BY_REGION } from '../test/fixtures/employment.mjs';
import { feedOf } from '../test/fixtures/feeds.mjs';
import { yearly } from '../test/fixtures/figures.mjs';
import { byRegion } from '../test/fixtures/regions.mjs';
import { exampleFeed, invalidFeed } from './fixtures/feeds.js';
import { CHART_TYPES, elementArgs, elementArgTypes, renderElement, type ElementArgs } from './shared/element-args.js';

interface ChartArgs extends ElementArgs {
  type?: (typeof CHART_TYPES)[number];
}

/** Two metrics over the same regions and years (an example, not a published figure): lines and stacks. */
const twoMetrics: Feed = feedOf(
  [
    placed({ breakdown: byRegion(PLACED_BY_REGION), series: yearly(2022, [610, null, 905, 1120]) }),
    trained({ breakdown: byRegion(TRAINED_BY_REGION), series: yearly(2022, [400, 450, 520, 700]) }),
  ],
  {
    id: 'storybook-two-metrics',
    title: { kk: 'Жұмыспен қамту (мысал)', ru: 'Занятость (пример)', en: 'Employment (example)' },
    period: '2025',
  },
);

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
