// `npm run analyze` writes custom-elements.json from the JSDoc on each element (Storybook autodocs read it).
export default {
  globs: ['src/elements/*/inclusion-*.ts'],
  exclude: ['**/*.test.ts', '**/*.styles.ts'],
  outdir: '.',
  litelement: true,
};
