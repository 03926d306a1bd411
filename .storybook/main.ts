import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  // Stories load the seed feeds exactly as an embedding page would: by URL.
  staticDirs: [{ from: '../data', to: '/data' }],
  core: { disableTelemetry: true },
  // Every Lit entry point pre-bundled together: Storybook's renderer imports lit/directive-helpers.js,
  // which, left out of the pre-bundle, loaded a second copy of lit-html, and Lit warned of two versions.
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    optimizeDeps: {
      ...viteConfig.optimizeDeps,
      include: [
        ...(viteConfig.optimizeDeps?.include ?? []),
        'lit',
        'lit/directive-helpers.js',
        'lit/directive.js',
        'lit/directives/guard.js',
        '@lit/context',
      ],
    },
  }),
};

export default config;
