import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/elements/kpi/define.js';
import { exampleFeed, invalidFeed } from './fixtures/feeds.js';

interface KpiArgs {
  src?: string;
  metric?: string;
  locale?: 'kk' | 'ru' | 'en';
  theme?: 'light' | 'dark' | 'auto';
  feed?: unknown;
  width?: number;
}

// Stories are not under the widgets' CSP, so a plain style attribute sets the frame width here.
const render = ({ src, metric, locale, theme, feed, width }: KpiArgs) => html`<div style=${width ? `max-width: ${width}px` : 'max-width: 360px'}>
  <inclusion-kpi src=${src ?? nothing} metric=${metric ?? nothing} locale=${locale ?? nothing} theme=${theme ?? nothing} .feed=${feed}></inclusion-kpi>
</div>`;

const meta: Meta<KpiArgs> = {
  title: 'Elements/inclusion-kpi',
  component: 'inclusion-kpi',
  render,
  argTypes: {
    locale: { control: 'inline-radio', options: ['kk', 'ru', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    metric: { control: 'text' },
    src: { control: 'text' },
  },
  args: { locale: 'ru', theme: 'light' },
};
export default meta;

type Story = StoryObj<KpiArgs>;

/** A seed article's figure, fetched from data/ exactly as an embedding page would. */
export const SeedRu: Story = { args: { src: '/data/karaganda-disability-employment.json', metric: 'placed-in-vacancies', locale: 'ru' } };
export const SeedKk: Story = { args: { src: '/data/inclusive-society-korgan-m.json', metric: 'people-supported', locale: 'kk' } };
export const SeedEn: Story = { args: { src: '/data/astana-youth-volunteers.json', metric: 'joltap-trained', locale: 'en' } };
export const ChangeTargetTrendRu: Story = { args: { feed: exampleFeed, metric: 'placed', locale: 'ru' } };
export const ChangeTargetTrendKk: Story = { args: { feed: exampleFeed, metric: 'placed', locale: 'kk' } };
export const ChangeTargetTrendEn: Story = { args: { feed: exampleFeed, metric: 'placed', locale: 'en' } };
export const QualifierProvisionalKk: Story = { args: { feed: exampleFeed, metric: 'supported', locale: 'kk' } };
export const LongLabelEstimateRu: Story = { args: { feed: exampleFeed, metric: 'long-label', locale: 'ru' } };
export const MissingValueEn: Story = { args: { feed: exampleFeed, metric: 'missing', locale: 'en' } };
export const CurrencyKk: Story = { args: { src: '/data/barrier-free-mangystau.json', metric: 'small-grant-amount', locale: 'kk' } };
export const DarkRu: Story = { args: { feed: exampleFeed, metric: 'placed', locale: 'ru', theme: 'dark' }, parameters: { backgrounds: { default: 'dark' } } };
export const NarrowKk: Story = { args: { feed: exampleFeed, metric: 'placed', locale: 'kk', width: 320 } };
/** No feed yet: the skeleton that holds the tile's place until data arrives. */
export const LoadingRu: Story = { args: { locale: 'ru' } };
export const ErrorHttpEn: Story = { args: { src: '/data/does-not-exist.json', locale: 'en' } };
export const ErrorSchemaRu: Story = { args: { feed: invalidFeed, locale: 'ru' } };
export const ErrorMetricKk: Story = { args: { feed: exampleFeed, metric: 'no-such-metric', locale: 'kk' } };
export const ErrorUrlEn: Story = { args: { src: 'javascript:alert(1)', locale: 'en' } };
