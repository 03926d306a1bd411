import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/elements/map/define.js';
import { exampleFeed, invalidFeed } from './fixtures/feeds.js';

interface MapArgs {
  src?: string;
  metric?: string;
  locale?: 'kk' | 'ru' | 'en';
  theme?: 'light' | 'dark' | 'auto';
  highlight?: string;
  feed?: unknown;
  width?: number;
}

const render = ({ src, metric, locale, theme, highlight, feed, width }: MapArgs) => html`<div style=${`max-width: ${width ?? 760}px`}>
  <inclusion-map src=${src ?? nothing} metric=${metric ?? nothing} locale=${locale ?? nothing} theme=${theme ?? nothing} highlight=${highlight ?? nothing} .feed=${feed}></inclusion-map>
</div>`;

const meta: Meta<MapArgs> = {
  title: 'Elements/inclusion-map',
  component: 'inclusion-map',
  render,
  argTypes: {
    locale: { control: 'inline-radio', options: ['kk', 'ru', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    highlight: { control: 'text' },
  },
  args: { locale: 'ru', theme: 'light' },
};
export default meta;

type Story = StoryObj<MapArgs>;

/** The only seed figure attributed to a region: Karaganda Region's people with disabilities. */
export const SeedKaragandaRu: Story = { args: { src: '/data/karaganda-disability-employment.json', metric: 'people-with-disability', locale: 'ru' } };
export const ExampleKk: Story = { args: { feed: exampleFeed, metric: 'placed', locale: 'kk', highlight: 'KZ-35' } };
export const ExampleRu: Story = { args: { feed: exampleFeed, metric: 'placed', locale: 'ru' } };
export const ExampleEn: Story = { args: { feed: exampleFeed, metric: 'placed', locale: 'en' } };
export const DarkKk: Story = { args: { feed: exampleFeed, metric: 'placed', locale: 'kk', theme: 'dark' } };
export const NarrowRu: Story = { args: { feed: exampleFeed, metric: 'placed', locale: 'ru', width: 320 } };
export const LoadingEn: Story = { args: { locale: 'en' } };
export const ErrorSchemaKk: Story = { args: { feed: invalidFeed, locale: 'kk' } };
