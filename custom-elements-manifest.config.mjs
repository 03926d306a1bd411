// `npm run analyze` writes custom-elements.json from the JSDoc on each element (Storybook autodocs read it).

/**
 * The analyzer lists `this.dispatchEvent(new InclusionSelectEvent(…))` as an event with no name, beside the
 * `inclusion-select` that the element's `@fires` tag documents. An event without a name tells a reader
 * nothing, so it is dropped; every element's events are documented by `@fires`.
 */
function dropUnnamedEvents() {
  return {
    name: 'drop-unnamed-events',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
        }
      }
    },
  };
}

export default {
  // feed-element.ts: the base class, so every element lists the shared attributes it inherits.
  globs: ['src/elements/*/inclusion-*.ts', 'src/elements/shared/feed-element.ts'],
  exclude: ['**/*.test.ts', '**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  plugins: [dropUnnamedEvents()],
};
