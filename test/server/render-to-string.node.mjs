// renderToString and the `render` command in Node (dist/server, dist/cli: needs `npm run build` first):
// the same validation as the browser, options checked, hostile feed text escaped exactly once in the
// shadow roots, the inline feed and the JSON-LD, and a schema.org Dataset for every seed dashboard.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { parseFragment } from 'parse5';
import { renderToString, datasetOf, FeedError } from '../../dist/server/index.js';
import { repositoryRoot } from '../support/static-server.mjs';
import { feedOf } from '../fixtures/feeds.mjs';
import { PEOPLE } from '../fixtures/units.mjs';
import { hostileFeed, XSS_CORPUS } from '../fixtures/hostile.mjs';
import { LOCALES, seedFeeds } from './pages.mjs';

const ELEMENTS = ['kpi', 'table', 'map', 'chart', 'dashboard'];

/**
 * Harmless text of the payload's shape: its length, spaces and hyphens kept, every other character a letter.
 * The elements' structure may follow a text's shape (a long description gets a button to show it whole, a
 * hyphenated word a span that keeps it on one line), never the characters in it.
 */
function plainWordsLike(payload) {
  return payload.replace(/[^\s-]/g, 'x');
}

const run = promisify(execFile);

/** Elements (tag names, template contents included) and text nodes of an HTML fragment, as a parser reads it. */
function parsed(html) {
  const tags = [];
  const texts = [];
  const scripts = [];
  const attributes = [];
  const walk = (node) => {
    if (node.nodeName === '#text') texts.push(node.value);
    if (node.tagName) {
      tags.push(node.tagName);
      for (const { name, value } of node.attrs) attributes.push({ name, value });
      if (node.tagName === 'script')
        scripts.push({
          type: node.attrs.find((a) => a.name === 'type')?.value,
          text: node.childNodes.map((c) => c.value).join(''),
        });
    }
    for (const child of node.childNodes ?? []) walk(child);
    if (node.content) walk(node.content);
  };
  walk(parseFragment(html));
  return { tags, texts, scripts, attributes };
}

test('an invalid feed is refused with every problem, as in the browser', async () => {
  const feed = feedOf(
    [
      { id: 'a', label: 'a', value: 'many' },
      { id: 'a', label: 'b', value: 1 },
    ],
    { id: 'x', title: 'x' },
  );
  const error = await renderToString(feed, { element: 'kpi' }).then(
    () => undefined,
    (e) => e,
  );
  assert.ok(error instanceof FeedError, 'a FeedError');
  assert.equal(error.kind, 'schema');
  assert.deepEqual(
    error.issues.map((issue) => issue.path),
    ['metrics[0].value', 'metrics[1].id'],
  );
});

test('an unknown metric or option is refused', async () => {
  const [{ feed }] = await seedFeeds();
  const metric = await renderToString(feed, { element: 'kpi', metric: 'nope' }).then(
    () => undefined,
    (e) => e,
  );
  assert.ok(metric instanceof FeedError && metric.kind === 'metric', `metric error, got ${metric}`);
  await assert.rejects(renderToString(feed, { element: 'gauge' }), /element must be one of/);
  await assert.rejects(renderToString(feed, { element: 'kpi', locale: 'de' }), /locale must be one of/);
});

test('the element carries its attributes, its shadow root and its feed', async () => {
  const seeds = await seedFeeds();
  for (const [index, { file, feed }] of seeds.entries()) {
    const locale = LOCALES[index % 3];
    const metric = feed.metrics.at(-1).id;
    const html = await renderToString(feed, { element: 'kpi', metric, locale, theme: 'dark' });
    const { tags, scripts } = parsed(html);
    assert.equal(tags[0], 'inclusion-kpi', file);
    assert.match(
      html,
      new RegExp(`<inclusion-kpi[^>]* metric="${metric}" locale="${locale}" theme="dark" state="ready"`),
      file,
    );
    assert.match(html, /<template shadowroot="open" shadowrootmode="open">/, file);
    const inline = scripts.filter((s) => s.type === 'application/json');
    assert.equal(inline.length, 1, `${file}: one inline feed`);
    assert.equal(JSON.parse(inline[0].text).id, feed.id, file);
  }
});

test("a chart's summary marks a name in another language than the reader's, as the browser does", async () => {
  // "Другое" has no Kazakh label: a Kazakh reader is shown the Russian one.
  const grant = { key: 'grant', label: { kk: 'Грант', ru: 'Грант', en: 'Grant' }, value: 210 };
  const other = { key: 'other', label: { ru: 'Другое', en: 'Other' }, value: 40 };
  const label = { kk: 'Қолдау түрлері', ru: 'Виды поддержки', en: 'Kinds of support' };
  const feed = feedOf([{ id: 'kinds', label, value: 250, unit: PEOPLE, breakdown: [grant, other] }]);
  const html = await renderToString(feed, { element: 'chart', metric: 'kinds', type: 'donut', locale: 'kk' });
  const summary = html.match(/<p id="summary"[^>]*>([\s\S]*?)<\/p>/)?.[1] ?? '';
  assert.match(summary, /<span lang="ru">(<!--[^>]*-->)*Другое(<!--[^>]*-->)*<\/span>/, 'the Russian name is marked');
  assert.match(summary, /Ең төмен мән/, 'in the Kazakh sentence');
  const english = await renderToString(feed, { element: 'chart', metric: 'kinds', type: 'donut', locale: 'en' });
  assert.doesNotMatch(english.match(/<p id="summary"[^>]*>([\s\S]*?)<\/p>/)?.[1] ?? '', /lang=/);
});

/** A source link whose query holds markup characters, which the JSON-LD and the link must escape. */
const HOSTILE_SOURCE = { url: 'https://example.org/a?b=<c>&d="e"', published: '2025-11-19' };

test('hostile feed text is escaped exactly once in the HTML, the inline feed and the JSON-LD', async () => {
  const benign = new Map();
  const benignTags = async (payload, element) => {
    const words = plainWordsLike(payload);
    if (!benign.has(`${element} ${words}`))
      benign.set(
        `${element} ${words}`,
        parsed(await renderToString(hostileFeed(words, HOSTILE_SOURCE), { element, locale: 'ru' })).tags,
      );
    return benign.get(`${element} ${words}`);
  };
  for (const payload of XSS_CORPUS) {
    for (const element of ELEMENTS) {
      const html = await renderToString(hostileFeed(payload, HOSTILE_SOURCE), { element, locale: 'ru' });
      const found = parsed(html);
      const label = `${element} ${JSON.stringify(payload)}`;
      assert.deepEqual(
        found.tags,
        await benignTags(payload, element),
        `${label}: the same elements as for plain words of its shape`,
      );
      assert.deepEqual(
        found.attributes.filter(({ name }) => /^on/i.test(name)),
        [],
        `${label}: no event handler attributes`,
      );
      // An HTML parser drops NUL characters from text (as a browser does): compare without them.
      const shown = payload.trim().replaceAll('\0', '');
      assert.ok(
        found.texts.some((text) => text.replaceAll('\0', '').includes(shown)),
        `${label}: the payload is shown as text, decoded once`,
      );
      for (const script of found.scripts) {
        assert.ok(['application/json', 'application/ld+json'].includes(script.type), `${label}: only data scripts`);
        assert.doesNotMatch(script.text, /<|>/, `${label}: no markup characters inside a script`);
        const data = JSON.parse(script.text);
        const name = script.type === 'application/json' ? data.title.ru : data.name;
        assert.equal(name, payload, `${label}: ${script.type} parses back to the payload`);
      }
    }
  }
});

test('each seed dashboard has a schema.org Dataset that validates structurally', async () => {
  for (const [index, { file, feed }] of (await seedFeeds()).entries()) {
    const locale = LOCALES[index % 3];
    const html = await renderToString(feed, { element: 'dashboard', locale });
    const ld = parsed(html).scripts.filter((s) => s.type === 'application/ld+json');
    assert.equal(ld.length, 1, `${file}: one JSON-LD script`);
    assert.ok(
      html.trimEnd().endsWith('</script>') &&
        html.indexOf('<script type="application/ld+json">') > html.indexOf('</inclusion-dashboard>'),
      `${file}: the JSON-LD is beside the dashboard, in light DOM`,
    );
    const dataset = JSON.parse(ld[0].text);
    assert.deepEqual(dataset, datasetOf(feed, locale), file);
    assert.equal(dataset['@context'], 'https://schema.org', file);
    assert.equal(dataset['@type'], 'Dataset', file);
    for (const field of ['name', 'description'])
      assert.ok(typeof dataset[field] === 'string' && dataset[field].length > 0, `${file}: ${field}`);
    assert.equal(dataset.name, feed.title[locale] ?? feed.title.ru ?? feed.title, `${file}: name is the title`);
    const sources = feed.source ? [feed.source] : feed.metrics.flatMap((m) => (m.source ? [m.source] : []));
    const publishers = [dataset.publisher ?? []].flat();
    assert.equal(publishers.length > 0, sources.length > 0, `${file}: a publisher when the feed names a source`);
    for (const publisher of publishers)
      assert.ok(publisher['@type'] === 'Organization' && publisher.name.length > 0, `${file}: publisher`);
    const url = sources.find((s) => s.url)?.url;
    assert.equal(dataset.url, url, `${file}: url`);
    if (url) assert.ok(new URL(dataset.url), `${file}: url is a URL`);
    const published = sources
      .flatMap((s) => (s.published ? [s.published] : []))
      .sort()
      .at(-1);
    assert.equal(dataset.datePublished, published, `${file}: datePublished`);
    if (published) assert.match(dataset.datePublished, /^\d{4}-\d{2}-\d{2}$/, `${file}: datePublished is an ISO date`);
    const periods = [
      feed.period,
      ...feed.metrics.flatMap((m) => [m.period, ...(m.series ?? []).map((p) => p.period)]),
    ].filter(Boolean);
    if (periods.length === 0)
      assert.equal(dataset.temporalCoverage, undefined, `${file}: no period, no temporalCoverage`);
    else
      assert.match(
        dataset.temporalCoverage,
        /^\d{4}(-[\dQ]{2,3})?(\/\d{4}(-[\dQ]{2,3})?)?$/,
        `${file}: temporalCoverage is an ISO 8601 period`,
      );
    const [country, ...regions] = dataset.spatialCoverage;
    assert.deepEqual([country['@type'], country.name, country.identifier], ['Country', 'Kazakhstan', 'KZ'], file);
    const codes = new Set(
      feed.metrics.flatMap((m) => (m.breakdown ?? []).map((b) => b.key).filter((key) => /^KZ-\d\d$/.test(key))),
    );
    assert.deepEqual(
      regions.map((r) => r.identifier).sort(),
      [...codes].sort(),
      `${file}: a Place per region of any breakdown`,
    );
    for (const region of regions)
      assert.ok(
        region['@type'] === 'AdministrativeArea' &&
          region.name.length > 0 &&
          region.containedInPlace.identifier === 'KZ',
        file,
      );
    assert.deepEqual(
      dataset.variableMeasured.map((v) => v.propertyID),
      feed.metrics.map((m) => m.id),
      `${file}: every metric measured`,
    );
    for (const variable of dataset.variableMeasured) {
      assert.equal(variable['@type'], 'PropertyValue', file);
      assert.ok(
        variable.name.length > 0 && variable.description.length > 0,
        `${file}: ${variable.propertyID} named and described`,
      );
    }
  }
});

test('the qualifier stays in the JSON-LD figure', async () => {
  const unit = { ru: { one: 'человек', few: 'человека', many: 'человек' } };
  const feed = feedOf([{ id: 'a', label: 'A', value: 800, qualifier: 'more-than', unit }], { id: 'q', title: 'q' });
  // The phrase a reader sees, no-break spaces included: Russian already groups digits with one ("1 120"),
  // so plain spaces would split a figure in two for a machine, and they would let a snippet wrap the unit.
  assert.equal(datasetOf(feed, 'ru').variableMeasured[0].description, 'более 800\u00a0человек');
});

test('`inclusion-widgets render` prints the element, and problems with exit code 1', async () => {
  const bin = join(repositoryRoot, 'bin/inclusion-widgets.mjs');
  const [{ file, feed }] = await seedFeeds();
  const feedFile = join(repositoryRoot, 'data', file);
  const { stdout } = await run(process.execPath, [
    bin,
    'render',
    feedFile,
    '--element',
    'kpi',
    '--metric',
    feed.metrics[0].id,
    '--locale',
    'en',
  ]);
  assert.equal(
    stdout,
    `${await renderToString(feed, { element: 'kpi', metric: feed.metrics[0].id, locale: 'en' })}\n`,
    'the same output as renderToString',
  );
  const failed = await run(process.execPath, [bin, 'render', feedFile, '--element', 'kpi', '--metric', 'nope']).then(
    () => undefined,
    (e) => e,
  );
  assert.equal(failed?.code, 1, 'exit code 1');
  assert.equal(failed.stdout, '', 'nothing on standard output');
  assert.match(failed.stderr, /has no metric "nope"/);
  const invalid = await run(process.execPath, [
    bin,
    'render',
    join(repositoryRoot, 'data/index.json'),
    '--element',
    'kpi',
  ]).then(
    () => undefined,
    (e) => e,
  );
  assert.equal(invalid?.code, 1);
  assert.match(invalid.stderr, /index\.json: feed: should be an object, not a list\n/);
  // Each problem names its JSON path once, as `validate` does.
  const folder = await mkdtemp(join(tmpdir(), 'inclusion-render-'));
  const twice = join(folder, 'twice.json');
  const metric = { label: 'A', value: 1 };
  const metrics = [
    { id: 'a', ...metric },
    { id: 'a', ...metric },
  ];
  await writeFile(twice, JSON.stringify({ version: 1, id: 'twice', title: 'T', metrics }));
  const duplicate = await run(process.execPath, [bin, 'render', twice, '--element', 'kpi']).then(
    () => undefined,
    (e) => e,
  );
  await rm(folder, { recursive: true, force: true });
  assert.equal(duplicate?.stderr, `${twice}: metrics[1].id: "a" is used more than once\n`);
  const usage = await run(process.execPath, [bin, 'render', feedFile]).then(
    () => undefined,
    (e) => e,
  );
  assert.match(usage.stderr, /Usage: inclusion-widgets render FEED\.json --element/);
});

test('each render judges its feed afresh and leaves no performance entries behind', async () => {
  const [{ feed: seed }] = await seedFeeds();
  const feed = structuredClone(seed);
  feed.metrics[0].value = 1234;
  assert.match(await renderToString(feed, { element: 'kpi', locale: 'en' }), /1,234/);
  feed.metrics[0].value = 4321;
  assert.match(await renderToString(feed, { element: 'kpi', locale: 'en' }), /4,321/, 'the changed object is shown');
  feed.metrics[0].value = 'many';
  await assert.rejects(renderToString(feed, { element: 'kpi' }), FeedError, 'and judged again');
  assert.deepEqual(
    performance.getEntriesByType('measure').filter((entry) => entry.name.startsWith('inclusion:')),
    [],
  );
});
