import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/elements/dashboard/define.js';
import { exampleFeed, invalidFeed } from './fixtures/feeds.js';

interface DashboardArgs {
  src?: string;
  metrics?: string;
  locale?: 'kk' | 'ru' | 'en';
  theme?: 'light' | 'dark' | 'auto';
  chartType?: string;
  feed?: unknown;
  width?: number;
}

const render = ({ src, metrics, locale, theme, chartType, feed, width }: DashboardArgs) => html`<div style=${`max-width: ${width ?? 1100}px`}>
  <inclusion-dashboard src=${src ?? nothing} metrics=${metrics ?? nothing} locale=${locale ?? nothing} theme=${theme ?? nothing} chart-type=${chartType ?? nothing} .feed=${feed}></inclusion-dashboard>
</div>`;

const meta: Meta<DashboardArgs> = {
  title: 'Elements/inclusion-dashboard',
  component: 'inclusion-dashboard',
  render,
  argTypes: {
    locale: { control: 'inline-radio', options: ['kk', 'ru', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    chartType: { control: 'select', options: ['bar', 'column', 'line', 'area', 'stacked', 'donut'] },
    metrics: { control: 'text' },
  },
  args: { locale: 'ru', theme: 'light' },
};
export default meta;

type Story = StoryObj<DashboardArgs>;

export const SeedKaragandaRu: Story = { args: { src: '/data/karaganda-disability-employment.json', locale: 'ru' } };
export const SeedKorganKk: Story = { args: { src: '/data/inclusive-society-korgan-m.json', locale: 'kk' } };
export const SeedAstanaEn: Story = { args: { src: '/data/astana-youth-volunteers.json', locale: 'en' } };
export const ExampleChosenMetricsEn: Story = { args: { feed: exampleFeed, metrics: 'placed,supported', locale: 'en' } };
export const DarkKk: Story = { args: { feed: exampleFeed, locale: 'kk', theme: 'dark' } };
export const NarrowRu: Story = { args: { feed: exampleFeed, locale: 'ru', width: 320 } };
export const LoadingKk: Story = { args: { locale: 'kk' } };
export const ErrorSchemaEn: Story = { args: { feed: invalidFeed, locale: 'en' } };
export const ErrorMetricRu: Story = { args: { feed: exampleFeed, metrics: 'placed,unknown', locale: 'ru' } };
