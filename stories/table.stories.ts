import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/elements/table/define.js';
import { exampleFeed, invalidFeed } from './fixtures/feeds.js';
import { elementArgs, elementArgTypes, renderElement, type ElementArgs } from './shared/element-args.js';

type TableArgs = ElementArgs;

const meta: Meta<TableArgs> = {
  title: 'Elements/inclusion-table',
  component: 'inclusion-table',
  render: renderElement<TableArgs>('inclusion-table', 720),
  argTypes: elementArgTypes,
  args: elementArgs,
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
