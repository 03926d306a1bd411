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
  },
};

export default preview;
