import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/elements/table/define.js';
import { exampleFeed, invalidFeed } from './fixtures/feeds.js';

interface TableArgs {
  src?: string;
  metric?: string;
  locale?: 'kk' | 'ru' | 'en';
  theme?: 'light' | 'dark' | 'auto';
  feed?: unknown;
  width?: number;
}

const render = ({ src, metric, locale, theme, feed, width }: TableArgs) => html`<div style=${`max-width: ${width ?? 720}px`}>
  <inclusion-table src=${src ?? nothing} metric=${metric ?? nothing} locale=${locale ?? nothing} theme=${theme ?? nothing} .feed=${feed}></inclusion-table>
</div>`;

const meta: Meta<TableArgs> = {
  title: 'Elements/inclusion-table',
  component: 'inclusion-table',
  render,
  argTypes: { locale: { control: 'inline-radio', options: ['kk', 'ru', 'en'] }, theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] } },
  args: { locale: 'ru', theme: 'light' },
};
export default meta;

type Story = StoryObj<TableArgs>;

/** Every metric of a seed article, with its qualifiers. */
export const SeedAllMetricsRu: Story = { args: { src: '/data/karaganda-disability-employment.json', locale: 'ru' } };
export const SeedAllMetricsKk: Story = { args: { src: '/data/inclusive-society-korgan-m.json', locale: 'kk' } };
export const ExampleRegionsEn: Story = { args: { feed: exampleFeed, metric: 'placed', locale: 'en' } };
export const DarkKk: Story = { args: { feed: exampleFeed, metric: 'placed', locale: 'kk', theme: 'dark' } };
export const NarrowRu: Story = { args: { src: '/data/astana-youth-volunteers.json', locale: 'ru', width: 320 } };
export const ErrorSchemaRu: Story = { args: { feed: invalidFeed, locale: 'ru' } };
