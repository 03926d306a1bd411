// Writes dist/feed.schema.json from the zod schema, so feed authors validate with the same rules.
import { build } from 'esbuild';
import { mkdir, writeFile } from 'node:fs/promises';

const out = await build({
  stdin: {
    contents:
      "import { FeedSchema } from './src/feed/schema.ts'; import { z } from './src/feed/zod.ts';\n" +
      "export { REGION_CODES } from './src/regions/codes.ts';\n" +
      "export const json = z.toJSONSchema(FeedSchema, { unrepresentable: 'any' });",
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
});
const { json, REGION_CODES } = await import(
  `data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`
);

const LANGUAGES = ['en', 'kk', 'ru'].join();
const PLURAL_FORMS = ['few', 'many', 'one', 'other', 'two', 'zero'].join();
const BREAKDOWN_ITEM = ['key', 'label', 'qualifier', 'value'].join();

/**
 * What zod's refinements check and toJSONSchema cannot carry over, written in JSON Schema: a text in kk/ru/en
 * or a unit's plural forms has at least one entry, and a breakdown key that is not a region code has a label.
 * (Unique metric ids and breakdown keys cannot be said in JSON Schema; the widgets and `validate` check them.)
 */
function addRefinements(node) {
  if (Array.isArray(node)) return node.forEach(addRefinements);
  if (!node || typeof node !== 'object') return;
  const names = node.type === 'object' && node.properties ? Object.keys(node.properties).sort().join() : '';
  if (names === LANGUAGES || names === PLURAL_FORMS) node.minProperties = 1;
  if (names === BREAKDOWN_ITEM) {
    node.if = { properties: { key: { not: { enum: REGION_CODES } } } };
    node.then = { required: ['label'] };
  }
  Object.values(node).forEach(addRefinements);
}
addRefinements(json);

const schema = {
  ...json,
  title: 'inclusion-widgets feed, version 1',
  description: 'Social-inclusion statistics for <inclusion-*> elements. Data only: strings are text, URLs are http(s).',
};
await mkdir('dist', { recursive: true });
await writeFile('dist/feed.schema.json', `${JSON.stringify(schema, null, 2)}\n`);
console.log(`dist/feed.schema.json written (${Object.keys(schema.properties ?? {}).length} top-level properties)`);
