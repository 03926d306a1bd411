/**
 * Writes data/templates/FEED.csv for every seed feed in data/: the feed as the long-format table that
 * `inclusion-widgets from-csv` reads (one row per figure), with comment lines that give the command which
 * turns it back into the feed and name what the table cannot hold. The figures are the seed feeds' own.
 * Run after changing a seed feed or the converter: `node scripts/write-templates.mjs`.
 */
import { readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(tmpdir(), `inclusion-widgets-templates-${process.pid}.mjs`);
await build({
  entryPoints: [join(root, 'src/csv-feed/feed-to-csv.ts')],
  outfile: out,
  bundle: true,
  platform: 'node',
  format: 'esm',
  logLevel: 'silent',
});
const { feedToCsv, tableCannotHold } = await import(pathToFileURL(out).href);

const quote = (text) => `"${String(text).replace(/"/g, '\\"')}"`;
const plain = (text) => (typeof text === 'string' ? text : (text.ru ?? text.kk ?? text.en));

function command(feed) {
  const title =
    typeof feed.title === 'string'
      ? [`--title ${quote(feed.title)}`]
      : ['kk', 'ru', 'en'].filter((l) => feed.title[l]).map((l) => `--title:${l} ${quote(feed.title[l])}`);
  return [
    `npx inclusion-widgets from-csv data/templates/${feed.id}.csv --id ${feed.id}`,
    ...title,
    ...(feed.source ? [`--source-name ${quote(plain(feed.source.name))}`] : []),
    ...(feed.source?.url ? [`--source-url ${feed.source.url}`] : []),
    ...(feed.source?.published ? [`--published ${feed.source.published}`] : []),
    ...(feed.period ? [`--period ${feed.period}`] : []),
  ];
}

await mkdir(join(root, 'data/templates'), { recursive: true });
const files = (await readdir(join(root, 'data'))).filter((name) => name.endsWith('.json') && name !== 'index.json');
for (const file of files) {
  const feed = JSON.parse(await readFile(join(root, 'data', file), 'utf8'));
  const leftOut = feed.metrics.flatMap((metric) => {
    const fields = tableCannotHold(metric);
    return fields.length > 0 ? [`#   ${metric.id}: ${fields.join(', ')}`] : [];
  });
  const header = [
    `# ${plain(feed.title)}`,
    `# The figures of data/${file} as a table for inclusion-widgets from-csv: one row per figure.`,
    '# A row with neither period nor region is the headline; a region row is part of the breakdown.',
    '# Columns: README.md, "Feed tables". Lines starting with # are comments. To make the feed:',
    `#   ${command(feed).join(' \\\n#     ')}`,
    ...(leftOut.length > 0
      ? ['# Not in the table (add them to the feed by hand; see data/SOURCES.md):', ...leftOut]
      : []),
  ];
  await writeFile(
    join(root, 'data/templates', file.replace(/\.json$/, '.csv')),
    `${header.join('\n')}\n${feedToCsv(feed)}`,
  );
  console.log(`data/templates/${file.replace(/\.json$/, '.csv')}`);
}
