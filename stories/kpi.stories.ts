import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/elements/kpi/define.js';
import { exampleFeed, invalidFeed } from './fixtures/feeds.js';
import { elementArgs, elementArgTypes, renderElement, type ElementArgs } from './shared/element-args.js';

type KpiArgs = ElementArgs;

const meta: Meta<KpiArgs> = {
  title: 'Elements/inclusion-kpi',
  component: 'inclusion-kpi',
  render: renderElement<KpiArgs>('inclusion-kpi', 360),
  argTypes: elementArgTypes,
  args: elementArgs,
};
export default meta;

type Story = StoryObj<KpiArgs>;

/** A seed article's figure, fetched from data/ exactly as an embedding page would. */
export const SeedRu: Story = {
  args: { src: '/data/karaganda-disability-employment.json', metric: 'placed-in-vacancies', locale: 'ru' },
};
export const SeedKk: Story = {
  args: { src: '/data/inclusive-society-korgan-m.json', metric: 'people-supported', locale: 'kk' },
};
export const SeedEn: Story = {
  args: { src: '/data/astana-youth-volunteers.json', metric: 'joltap-trained', locale: 'en' },
};
export const ChangeTargetTrendRu: Story = { args: { feed: exampleFeed, metric: 'placed', locale: 'ru' } };
export const ChangeTargetTrendKk: Story = { args: { feed: exampleFeed, metric: 'placed', locale: 'kk' } };
export const ChangeTargetTrendEn: Story = { args: { feed: exampleFeed, metric: 'placed', locale: 'en' } };
export const QualifierProvisionalKk: Story = { args: { feed: exampleFeed, metric: 'supported', locale: 'kk' } };
export const LongLabelEstimateRu: Story = { args: { feed: exampleFeed, metric: 'long-label', locale: 'ru' } };
export const MissingValueEn: Story = { args: { feed: exampleFeed, metric: 'missing', locale: 'en' } };
export const CurrencyKk: Story = {
  args: { src: '/data/barrier-free-mangystau.json', metric: 'small-grant-amount', locale: 'kk' },
};
export const DarkRu: Story = {
  args: { feed: exampleFeed, metric: 'placed', locale: 'ru', theme: 'dark' },
  parameters: { backgrounds: { default: 'dark' } },
};
export const NarrowKk: Story = { args: { feed: exampleFeed, metric: 'placed', locale: 'kk', width: 320 } };
/** No feed yet: the skeleton that holds the tile's place until data arrives. */
export const LoadingRu: Story = { args: { locale: 'ru' } };
export const ErrorHttpEn: Story = { args: { src: '/data/does-not-exist.json', locale: 'en' } };
export const ErrorSchemaRu: Story = { args: { feed: invalidFeed, locale: 'ru' } };
export const ErrorMetricKk: Story = { args: { feed: exampleFeed, metric: 'no-such-metric', locale: 'kk' } };
export const ErrorUrlEn: Story = { args: { src: 'javascript:alert(1)', locale: 'en' } };
