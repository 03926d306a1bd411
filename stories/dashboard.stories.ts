import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/elements/dashboard/define.js';
import { exampleFeed, invalidFeed } from './fixtures/feeds.js';
import { CHART_TYPES, elementArgs, elementArgTypes, renderElement, type ElementArgs } from './shared/element-args.js';

interface DashboardArgs extends Omit<ElementArgs, 'metric'> {
  metrics?: string;
  chartType?: string;
}

const meta: Meta<DashboardArgs> = {
  title: 'Elements/inclusion-dashboard',
  component: 'inclusion-dashboard',
  render: renderElement<DashboardArgs>('inclusion-dashboard', 1100),
  argTypes: {
    locale: elementArgTypes.locale,
    theme: elementArgTypes.theme,
    src: elementArgTypes.src,
    chartType: { control: 'select', options: CHART_TYPES },
    metrics: { control: 'text' },
  },
  args: elementArgs,
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
