import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  // Stories load the seed feeds exactly as an embedding page would: by URL.
  staticDirs: [{ from: '../data', to: '/data' }],
  core: { disableTelemetry: true },
};

export default config;
