/**
 * The command-line tool as a user runs it: `node bin/inclusion-widgets.mjs …` in this clone (built from src
 * on the spot), and the same commands from an installed layout (bin/ and a prebuilt dist/cli/, no src/).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { cp, mkdtemp, mkdir, readFile, readdir, rm, symlink, writeFile, access } from 'node:fs/promises';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { buildCli } from '../../scripts/build-cli.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'bin/inclusion-widgets.mjs');

function run(args, { cwd = root, binary = bin } = {}) {
  return new Promise((resolve) => {
    execFile(process.execPath, [binary, ...args], { cwd, encoding: 'utf8' }, (error, stdout, stderr) => {
      resolve({ code: error ? error.code : 0, stdout, stderr });
    });
  });
}

const lines = (text) => text.split('\n').filter((line) => line !== '');
const work = await mkdtemp(join(tmpdir(), 'inclusion-cli-'));
process.on('exit', () => rm(work, { recursive: true, force: true }));

const dataFiles = (await readdir(join(root, 'data')))
  .filter((name) => name.endsWith('.json'))
  .map((name) => `data/${name}`);

test('validate accepts every seed feed and the index', async () => {
  const result = await run(['validate', ...dataFiles]);
  assert.equal(result.code, 0, result.stdout + result.stderr);
  assert.equal(result.stdout, '');
});

/** Line and column (1-based) of the first occurrence of `needle` after `after` in `text`. */
function positionOf(text, needle, after = '') {
  const offset = text.indexOf(needle, text.indexOf(after));
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${before.at(-1).length + 1}`;
}

test('validate reports each problem of a damaged feed at its line, column and path', async () => {
  const original = await readFile(join(root, 'data/karaganda-disability-employment.json'), 'utf8');
  const damaged = original
    .replace('"value": 358', '"value": "358"')
    .replace('"polarity": "up-is-good"', '"polarity": "up"')
    .replace('"id": "social-jobs"', '"id": "social-jobs", "colour": "red"');
  const file = join(work, 'damaged.json');
  await writeFile(file, damaged);
  const result = await run(['validate', file]);
  assert.equal(result.code, 1);
  assert.deepEqual(lines(result.stdout), [
    `${file}:${positionOf(damaged, '"up"')}: metrics[0].polarity: should be one of: up-is-good, down-is-good, neutral`,
    `${file}:${positionOf(damaged, '"358"')}: metrics[1].value: should be a number, not text`,
    `${file}:${positionOf(damaged, '"colour"')}: metrics[2].colour: unknown field "colour"`,
  ]);
});

test('validate says in one line each when a file is missing, empty, not JSON (with where) or a folder', async () => {
  await writeFile(join(work, 'empty.json'), '\uFEFF \n');
  await writeFile(join(work, 'broken.json'), '{\n  "version": 1,\n  "id": "x",,\n}');
  await writeFile(join(work, 'comment.json'), '{ // no\n}');
  await writeFile(join(work, 'deep.json'), '{ "metrics": [{ "id": "a", "value": }] }');
  const files = ['missing.json', 'empty.json', 'broken.json', 'comment.json', 'deep.json', '.'];
  const result = await run(['validate', ...files], { cwd: work });
  assert.equal(result.code, 1);
  assert.deepEqual(lines(result.stdout), [
    'missing.json: no such file',
    'empty.json:1:1: feed: the file is empty',
    'broken.json:3:13: feed: not valid JSON: a property name in double quotes was expected',
    'comment.json:1:3: feed: not valid JSON: JSON has no comments',
    'deep.json:1:37: metrics[0].value: not valid JSON: a value was expected',
    '.: is a directory, not a file',
  ]);
  assert.doesNotMatch(result.stdout + result.stderr, /\n\s+at /);
});

test('validate checks that an index lists feeds that exist and carry its ids', async () => {
  await mkdir(join(work, 'index'), { recursive: true });
  await cp(join(root, 'data/barrier-free-mangystau.json'), join(work, 'index/a.json'));
  const index = '[\n  { "file": "a.json", "id": "other" },\n  { "file": "gone.json", "id": "x" }\n]\n';
  await writeFile(join(work, 'index/index.json'), index);
  const result = await run(['validate', 'index/index.json'], { cwd: work });
  assert.equal(result.code, 1);
  assert.deepEqual(lines(result.stdout), [
    'index/index.json:2:29: [0].id: should be "barrier-free-mangystau", the id of index/a.json',
    'index/index.json:3:13: [1].file: index/gone.json: no such file',
  ]);
});

test('usage errors and unknown commands exit 2 with a usage line', async () => {
  assert.equal((await run([])).code, 2);
  const unknown = await run(['frobnicate']);
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /unknown command "frobnicate"/);
  const noFiles = await run(['validate']);
  assert.equal(noFiles.code, 2);
  const help = await run(['from-csv', '--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /--title:kk/);
  assert.match((await run(['from-csv', 'x.csv', '--colour', 'red'])).stderr, /unknown option --colour/);
});

const MIXED = [
  'metric;label:kk;label:ru;label:en;value;unit:ru;unit:en;period;region',
  'placed;Орналастырылды;Трудоустроено;Placed;1 120,5;человек|человека|человек|человека;person|people;;',
  'placed;;;;более 800;;;2023;',
  'placed;;;;800-ден астам;;;2024;',
  'placed;;;;about 55,000;;;;Karaganda Region',
  'placed;;;;почти 60;;;;Актюбинская область',
  'placed;;;;1,120.5;;;;Шымкент қаласы',
  'share;Үлес;Доля;Share;70 %;;;;KZ-71',
  'grant;Грант;Грант;Grant;200 000 ₸;;;;',
].join('\r\n');

test('from-csv turns a table into a feed that validate accepts', async () => {
  await writeFile(join(work, 'mixed.csv'), `\uFEFF${MIXED}\r\n`);
  const printed = await run(
    [
      'from-csv',
      'mixed.csv',
      '--title:ru',
      'Тест',
      '--title:en',
      'Test',
      '--source-name',
      'Kazinform',
      '--published',
      '2025-11-19',
      '--period',
      '2025',
    ],
    { cwd: work },
  );
  assert.equal(printed.code, 0, printed.stderr);
  const feed = JSON.parse(printed.stdout);
  assert.equal(feed.id, 'mixed');
  assert.deepEqual(feed.title, { ru: 'Тест', en: 'Test' });
  assert.deepEqual(feed.source, { name: 'Kazinform', published: '2025-11-19' });
  const [placed, share, grant] = feed.metrics;
  assert.equal(placed.value, 1120.5);
  assert.deepEqual(placed.series, [
    { period: '2023', value: 800, qualifier: 'more-than' },
    { period: '2024', value: 800, qualifier: 'more-than' },
  ]);
  assert.deepEqual(
    placed.breakdown.map((item) => item.key),
    ['KZ-35', 'KZ-15', 'KZ-79'],
  );
  assert.equal(share.format, 'percent');
  assert.deepEqual([grant.value, grant.format], [200000, 'currency:KZT']);

  const untitled = await run(['from-csv', 'mixed.csv'], { cwd: work });
  assert.equal(JSON.parse(untitled.stdout).title, 'mixed');
  assert.equal(untitled.stderr.trim(), 'mixed.csv: no --title given, so the feed\'s title is its file name, "mixed"');

  const written = await run(['from-csv', 'mixed.csv', '--title', 'Test', '--out', 'mixed.json'], { cwd: work });
  assert.equal(written.code, 0, written.stderr);
  assert.equal((await run(['validate', 'mixed.json'], { cwd: work })).code, 0);
});

test('from-csv reports every problem as FILE:ROW:COLUMN and writes nothing', async () => {
  const bad = ['metric,label,value,region,colour'].join('\n');
  await writeFile(join(work, 'bad-header.csv'), `${bad}\na,A,5,,x\n`);
  const header = await run(['from-csv', 'bad-header.csv', '--out', 'never.json'], { cwd: work });
  assert.equal(header.code, 1);
  assert.match(header.stderr, /^bad-header\.csv:1:colour: unknown column/m);

  await writeFile(
    join(work, 'bad.csv'),
    'metric,label,value,region,qualifier\na,A,lots,,\na,,5,Atlantis,\nb,B,5,,maybe\nb,,6,,\n',
  );
  const result = await run(['from-csv', 'bad.csv', '--out', 'never.json'], { cwd: work });
  assert.equal(result.code, 1);
  assert.deepEqual(
    lines(result.stderr).map((line) => line.split(': ')[0]),
    ['bad.csv:2:value', 'bad.csv:3:region', 'bad.csv:4:qualifier'],
  );
  assert.equal(result.stdout, '');
  await assert.rejects(access(join(work, 'never.json')));

  const two = await run(['from-csv', 'mixed.csv', '--source-url', 'ftp://x'], { cwd: work });
  assert.equal(two.code, 1);
  assert.match(two.stderr, /^mixed\.csv: --source-url: "ftp:\/\/x" should be an http or https link$/m);
  assert.equal((await run(['from-csv', 'nothing.csv'], { cwd: work })).stderr.trim(), 'nothing.csv: no such file');
});

test('every template turns into its seed feed, figures and words alike', async () => {
  const templates = (await readdir(join(root, 'data/templates'))).filter((name) => name.endsWith('.csv'));
  assert.equal(templates.length, dataFiles.length - 1);
  for (const template of templates) {
    const text = await readFile(join(root, 'data/templates', template), 'utf8');
    // The command in the template's comment, as a publisher would copy it.
    const commentLines = text.split('\n');
    const first = commentLines.findIndex((line) => line.startsWith('#   npx '));
    const last = commentLines.findIndex((line, index) => index >= first && !line.endsWith('\\'));
    const command = commentLines
      .slice(first, last + 1)
      .map((line) => line.replace(/^#\s+/, '').replace(/\s*\\$/, ''))
      .join(' ');
    const args = [...command.matchAll(/"((?:[^"\\]|\\.)*)"|(\S+)/g)]
      .map((m) => m[1]?.replace(/\\"/g, '"') ?? m[2])
      .slice(2);
    const result = await run(args);
    assert.equal(result.code, 0, `${template}: ${result.stderr}`);
    const feed = JSON.parse(result.stdout);
    const seed = JSON.parse(await readFile(join(root, 'data', template.replace('.csv', '.json')), 'utf8'));
    assert.deepEqual(feed.title, seed.title);
    assert.equal(feed.period, seed.period);
    assert.deepEqual(
      feed.metrics.map((m) => m.id),
      seed.metrics.map((m) => m.id),
    );
    for (const [index, metric] of feed.metrics.entries()) {
      const original = seed.metrics[index];
      for (const field of ['label', 'value', 'qualifier', 'unit', 'format', 'note', 'breakdown', 'series']) {
        assert.deepEqual(metric[field], original[field], `${template} ${metric.id}.${field}`);
      }
    }
  }
});

test('an installed package (bin and dist/cli, no src) runs the same commands', async () => {
  const installed = join(work, 'node_modules/inclusion-widgets');
  await mkdir(installed, { recursive: true });
  await cp(join(root, 'bin'), join(installed, 'bin'), { recursive: true });
  await cp(join(root, 'package.json'), join(installed, 'package.json'));
  await buildCli(join(installed, 'dist/cli'));
  // The package's dependencies, where npm would have put them.
  for (const dependency of ['zod', 'd3-dsv', 'd3-array', 'jsonc-parser']) {
    await symlink(join(root, 'node_modules', dependency), join(work, 'node_modules', dependency));
  }
  const binary = join(installed, 'bin/inclusion-widgets.mjs');
  const ok = await run(['validate', join(root, 'data/astana-youth-volunteers.json')], { binary, cwd: work });
  assert.equal(ok.code, 0, ok.stderr);
  const csv = await run(['from-csv', 'mixed.csv', '--title', 'T'], { binary, cwd: work });
  assert.equal(csv.code, 0, csv.stderr);
  assert.equal(JSON.parse(csv.stdout).metrics.length, 3);
  await rm(join(installed, 'dist'), { recursive: true });
  const missing = await run(['validate', 'mixed.json'], { binary, cwd: work });
  assert.equal(missing.code, 1);
  assert.equal(missing.stderr.trim(), 'inclusion-widgets: dist/cli/validate.js is missing: run npm run build');
});

test('a reader that stops early (validate … | head -1) ends the output quietly, not with a stack trace', async () => {
  const work = await mkdtemp(join(tmpdir(), 'inclusion-cli-pipe-'));
  const metrics = Array.from({ length: 4000 }, (_, index) => ({ id: `m${index}`, label: 'x', value: 'not a number' }));
  await writeFile(join(work, 'many.json'), JSON.stringify({ version: 1, id: 'many', title: 'x', metrics }));
  const child = spawn(process.execPath, [bin, 'validate', 'many.json'], { cwd: work });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  child.stdout.once('data', () => child.stdout.destroy());
  const code = await new Promise((resolve) => child.on('close', resolve));
  await rm(work, { recursive: true, force: true });
  assert.equal(stderr, '');
  assert.equal(code, 1, 'the exit code still says the feed has problems');
});
