// `npm run simulate:refresh`: 10 000 readers of one article with refresh="60", on a virtual clock, against a
// real local HTTP server that fails for five minutes of simulated time. Runs the browser's own refresh code
// (src/feed/refresh-scheduler.ts and refresh-policy.ts, compiled here with esbuild) beside today's plain
// setInterval, counts the requests the server sees per simulated second, and writes the table to
// bench/RESULTS.md ("Refresh at scale"). Local only; bounded in simulated and in wall-clock time.
//
// Options: --readers=N (10000), --hidden=0.4 (share of readers whose tab is in the background), --seed=N,
// --print (print the table without writing RESULTS.md).
import { Agent, createServer, request as httpRequest } from 'node:http';
import { readFile, writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const option = (name, fallback) => {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg ? Number(arg.split('=')[1]) : fallback;
};
const READERS = option('readers', 10_000);
const HIDDEN_SHARE = option('hidden', 0.4);
const SEED = option('seed', 17);
const PRINT_ONLY = process.argv.includes('--print');

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const INTERVAL = 60 * SECOND; // refresh="60"
const OUTAGE_START = 10 * MINUTE;
const OUTAGE_END = 15 * MINUTE;
const END = 30 * MINUTE;
/** Before the outage: from the time every reader has settled into its rhythm. */
const WINDOWS = [
  ['before', 3 * MINUTE, OUTAGE_START],
  ['during', OUTAGE_START, OUTAGE_END],
  ['after', OUTAGE_END, END],
];
const WALL_CLOCK_LIMIT_MS = 10 * MINUTE;

const root = join(import.meta.dirname, '..');

/** A small seeded generator (mulberry32), so every run draws the same readers. */
function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The browser's scheduler and policy, compiled from the library's source as they are. */
async function loadPolicy() {
  const dir = await mkdtemp(join(tmpdir(), 'refresh-sim-'));
  const file = join(dir, 'refresh.mjs');
  try {
    await build({
      stdin: {
        contents:
          "export * from './refresh-scheduler.ts'; export * from './refresh-policy.ts';\n" +
          "export * from './retry-after.ts';",
        resolveDir: join(root, 'src/feed'),
        loader: 'ts',
      },
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      outfile: file,
      logLevel: 'error',
    });
    return await import(pathToFileURL(file).href);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The feed server: answers by the simulated time each request carries; counts per simulated second. */
async function startServer(body) {
  const etag = '"sim-v1"';
  const stats = { perSecond: new Map(), hidden: 0, status: new Map(), bytes: 0 };
  const server = createServer((request, response) => {
    const at = Number(request.headers['x-virtual-time']);
    const second = Math.floor(at / SECOND);
    stats.perSecond.set(second, (stats.perSecond.get(second) ?? 0) + 1);
    // The page's first load happens in any tab; what must not happen in a hidden one is a refresh.
    if (request.headers['x-hidden'] === '1' && request.headers['x-first'] !== '1') stats.hidden += 1;
    let status = 200;
    if (at >= OUTAGE_START && at < OUTAGE_END) status = 503;
    else if (request.headers['if-none-match'] === etag) status = 304;
    stats.status.set(status, (stats.status.get(status) ?? 0) + 1);
    if (status === 200) {
      stats.bytes += body.length;
      response.writeHead(200, { 'content-type': 'application/json', etag, 'content-length': body.length });
      response.end(body);
    } else {
      response.writeHead(status, status === 304 ? { etag } : { 'content-type': 'text/plain' });
      response.end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, stats, url: `http://127.0.0.1:${server.address().port}/feed.json` };
}

/** Timers on the simulated clock, fired a simulated second at a time. */
class VirtualClock {
  now = 0;
  #next = 1;
  #buckets = new Map();
  #live = new Set();
  setTimer = (callback, ms) => {
    const id = this.#next++;
    const second = Math.max(Math.ceil((this.now + ms) / SECOND), Math.floor(this.now / SECOND) + 1);
    if (!this.#buckets.has(second)) this.#buckets.set(second, []);
    this.#buckets.get(second).push({ id, callback });
    this.#live.add(id);
    return id;
  };
  clearTimer = (id) => {
    this.#live.delete(id);
  };
  takeDue(second) {
    const due = (this.#buckets.get(second) ?? []).filter(({ id }) => this.#live.delete(id));
    this.#buckets.delete(second);
    return due;
  }
}

const agent = new Agent({ keepAlive: true, maxSockets: 64 });

/** One GET; resolves with the status and the headers once the whole body has arrived. */
function get(url, headers) {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { agent, headers }, (response) => {
      response.resume();
      response.on('end', () => resolve({ status: response.statusCode, headers: response.headers }));
      response.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

async function simulate(policyName, policy, server) {
  const clock = new VirtualClock();
  const random = seeded(SEED);
  const inFlight = new Set();
  const request = (reader, etag, first = false) => {
    const headers = {
      'x-virtual-time': String(clock.now),
      'x-hidden': reader.hidden ? '1' : '0',
      'x-first': first ? '1' : '0',
    };
    if (etag) headers['if-none-match'] = etag;
    const promise = get(server.url, headers);
    inFlight.add(promise);
    promise.finally(() => inFlight.delete(promise)).catch(() => undefined);
    return promise;
  };

  const readers = Array.from({ length: READERS }, () => ({
    opensAt: random() * INTERVAL,
    hidden: random() < HIDDEN_SHARE,
  }));
  for (const reader of readers) {
    clock.setTimer(() => {
      if (policyName === 'setInterval') {
        // Today's code: the first load, then a request every interval, hidden or not, failing or not.
        void request(reader, undefined, true);
        const tick = () => {
          void request(reader);
          clock.setTimer(tick, INTERVAL);
        };
        clock.setTimer(tick, INTERVAL);
        return;
      }
      // The new code: conditional requests, backoff, Retry-After, nothing while hidden, a random first offset.
      let etag;
      void request(reader, undefined, true).then((response) => {
        etag = response.headers.etag;
      });
      const scheduler = new policy.RefreshScheduler({
        setTimer: clock.setTimer,
        clearTimer: clock.clearTimer,
        random,
        isHidden: () => reader.hidden,
        onVisible: () => () => undefined,
      });
      scheduler.subscribe(server.url, INTERVAL, async () => {
        const response = await request(reader, etag);
        if (response.status === 200 || response.status === 304) {
          etag = response.headers.etag ?? etag;
          return { ok: true };
        }
        const retryAfter = policy.honoursRetryAfter(response.status)
          ? policy.parseRetryAfter(response.headers['retry-after'], clock.now)
          : undefined;
        return { ok: false, retryAfterMs: retryAfter };
      });
    }, reader.opensAt);
  }

  const started = Date.now();
  for (let second = 0; second * SECOND < END; second += 1) {
    if (Date.now() - started > WALL_CLOCK_LIMIT_MS)
      throw new Error(`stopped: over ${WALL_CLOCK_LIMIT_MS / MINUTE} minutes of wall-clock time`);
    clock.now = second * SECOND;
    for (const { callback } of clock.takeDue(second)) callback();
    // Every request of this simulated second is answered before the clock moves on.
    while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

function summarise(stats) {
  const rows = WINDOWS.map(([name, from, to]) => {
    const seconds = [];
    for (let s = from / SECOND; s < to / SECOND; s += 1) seconds.push(stats.perSecond.get(s) ?? 0);
    const total = seconds.reduce((sum, n) => sum + n, 0);
    return { name, average: total / seconds.length, peak: Math.max(...seconds) };
  });
  return { rows, hidden: stats.hidden, status: Object.fromEntries(stats.status), bytes: stats.bytes };
}

const wallStart = Date.now();
const policy = await loadPolicy();
const body = await readFile(join(root, 'data/karaganda-disability-employment.json'));
const results = {};
for (const name of ['setInterval', 'new']) {
  const server = await startServer(body);
  try {
    await simulate(name, policy, server);
  } finally {
    await new Promise((resolve) => server.server.close(resolve));
  }
  results[name] = summarise(server.stats);
}
const seconds = Math.round((Date.now() - wallStart) / SECOND);
agent.destroy();

const f = (n) => (Number.isInteger(n) ? String(n) : n.toFixed(1));
const steady = results.new.rows[0].average;
const peakAfter = results.new.rows[2].peak;
const lines = [
  `${READERS} readers with refresh="60" (${Math.round(HIDDEN_SHARE * 100)} % in background tabs), ` +
    'pages opened within one minute, a feed',
  'server that answers 503 from minute 10 to minute 15 of simulated time, 30 minutes in all; ' +
    'requests per simulated second',
  `as the server counted them (before: minutes 3–10, during: 10–15, after: 15–30).`,
  '',
  '| policy | before avg / peak | during avg / peak | after avg / peak | refreshes from hidden tabs ' +
    '| 200 / 304 / 503 | feed bytes sent |',
  '|---|---|---|---|---|---|---|',
  ...Object.entries(results).map(
    ([name, { rows, hidden, status, bytes }]) =>
      `| ${name === 'new' ? 'new (refresh-policy.ts)' : 'today (setInterval)'} ` +
      `| ${rows.map((r) => `${f(r.average)} / ${r.peak}`).join(' | ')} | ${hidden} ` +
      `| ${status[200] ?? 0} / ${status[304] ?? 0} / ${status[503] ?? 0} | ${(bytes / 1e6).toFixed(1)} MB |`,
  ),
  '',
  `Targets: peak after recovery ${peakAfter}/s against a steady ${f(steady)}/s ` +
    `(${(peakAfter / steady).toFixed(2)}×, target ≤ 2×): ${peakAfter <= 2 * steady ? 'met' : 'NOT met'}; ` +
    `requests from hidden tabs ${results.new.hidden} (target 0): ${results.new.hidden === 0 ? 'met' : 'NOT met'}. ` +
    `Seed ${SEED}, ${seconds} s of wall-clock time.`,
  '',
  'Reading it: with `setInterval` every tab polls at the interval whatever happens, hidden or failing, and',
  'downloads the whole feed each time. The new policy sends no refresh from a hidden tab, asks with',
  '`If-None-Match` (a 304 has no body), and spreads the retries of an outage over up to ten intervals, so the',
  'failing server gets less than its steady load on average, and readers return after it spread out, not',
  'together. The peak during the outage is its first minute: the first retries (a wait of up to two intervals)',
  'overlap the plain refreshes of readers who have not failed yet.',
];
const table = lines.join('\n');
console.log(table);

if (!PRINT_ONLY) {
  const path = join(import.meta.dirname, 'RESULTS.md');
  const previous = await readFile(path, 'utf8');
  const heading = '## Refresh at scale (`npm run simulate:refresh`)';
  const now = new Date().toISOString().slice(0, 16).replace('T', ' ');
  const section = `${heading}\n\nMeasured ${now} UTC.\n\n${table}\n`;
  const at = previous.indexOf(heading);
  const next = at < 0 ? -1 : previous.indexOf('\n## ', at + heading.length);
  const updated =
    at < 0
      ? `${previous.trimEnd()}\n\n${section}`
      : `${previous.slice(0, at)}${section}${next < 0 ? '' : previous.slice(next)}`;
  await writeFile(path, updated);
}
process.exit(peakAfter <= 2 * steady && results.new.hidden === 0 ? 0 : 1);
