import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/elements/map/define.js';
import { exampleFeed, invalidFeed } from './fixtures/feeds.js';
import { elementArgs, elementArgTypes, renderElement, type ElementArgs } from './shared/element-args.js';

interface MapArgs extends ElementArgs {
  highlight?: string;
}

const meta: Meta<MapArgs> = {
  title: 'Elements/inclusion-map',
  component: 'inclusion-map',
  render: renderElement<MapArgs>('inclusion-map', 760),
  argTypes: { ...elementArgTypes, highlight: { control: 'text' } },
  args: elementArgs,
};
export default meta;

type Story = StoryObj<MapArgs>;

/** The only seed figure attributed to a region: Karaganda Region's people with disabilities. */
export const SeedKaragandaRu: Story = {
  args: { src: '/data/karaganda-disability-employment.json', metric: 'people-with-disability', locale: 'ru' },
};
export const ExampleKk: Story = { args: { feed: exampleFeed, metric: 'placed', locale: 'kk', highlight: 'KZ-35' } };
export const ExampleRu: Story = { args: { feed: exampleFeed, metric: 'placed', locale: 'ru' } };
export const ExampleEn: Story = { args: { feed: exampleFeed, metric: 'placed', locale: 'en' } };
export const DarkKk: Story = { args: { feed: exampleFeed, metric: 'placed', locale: 'kk', theme: 'dark' } };
export const NarrowRu: Story = { args: { feed: exampleFeed, metric: 'placed', locale: 'ru', width: 320 } };
export const LoadingEn: Story = { args: { locale: 'en' } };
export const ErrorSchemaKk: Story = { args: { feed: invalidFeed, locale: 'kk' } };
