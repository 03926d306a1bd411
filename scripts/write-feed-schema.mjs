// Writes dist/feed.schema.json from the zod schema, so feed authors validate with the same rules.
import { build } from 'esbuild';
import { mkdir, writeFile } from 'node:fs/promises';

const out = await build({
  stdin: {
    contents:
      "import { FeedSchema } from './src/feed/schema.ts'; import { z } from './src/feed/zod.ts';\n" +
      "export const json = z.toJSONSchema(FeedSchema, { unrepresentable: 'any' });",
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
});
const { json } = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
const schema = {
  ...json,
  title: 'inclusion-widgets feed, version 1',
  description: 'Social-inclusion statistics for <inclusion-*> elements. Data only: strings are text, URLs are http(s).',
};
await mkdir('dist', { recursive: true });
await writeFile('dist/feed.schema.json', `${JSON.stringify(schema, null, 2)}\n`);
console.log(`dist/feed.schema.json written (${Object.keys(schema.properties ?? {}).length} top-level properties)`);
