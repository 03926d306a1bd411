import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';

// Autodocs read attributes, events, parts and CSS properties from the analyzer's manifest.
setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    // Accessibility violations fail the story (and the stories-as-tests run).
    a11y: { test: 'error' },
    controls: { expanded: true },
    // Storybook opens on the first entry: the Introduction, then the guides, then the elements.
    options: {
      storySort: {
        order: ['Introduction', 'Embedding', 'Feed format', 'Localization', 'Theming', 'Accessibility', '*'],
      },
    },
  },
};

export default preview;
