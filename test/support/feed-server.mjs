// Test-only endpoints served by @web/test-runner's dev server: feeds that fail in every way a real
// server does, slow feeds, and request counters (to prove one request per URL).
const counts = new Map();
/** Every request to a scripted feed: when it came, what it asked, what it got. */
const logs = new Map();
const FEED_ETAG = '"feed-v1"';
const FEED_LAST_MODIFIED = 'Wed, 19 Nov 2025 08:00:00 GMT';

/**
 * A scripted feed answers its requests in the order of `steps` (the last one repeats): `200` the feed with
 * an ETag and Last-Modified (a conditional request for that version gets `304`), `500`, `503`, `429`, and
 * `503:3` / `503:date3` with `Retry-After` as 3 seconds or as the HTTP date 3 seconds ahead.
 */
function scripted(context, name, url) {
  const steps = (url.searchParams.get('steps') ?? '200').split(',');
  const log = logs.get(name) ?? [];
  logs.set(name, log);
  const step = steps[Math.min(log.length, steps.length - 1)];
  const [code, retry] = step.split(':');
  const conditional = context.get('if-none-match') || context.get('if-modified-since') || '';
  const entry = { at: Date.now(), status: Number(code), conditional: conditional !== '' };
  log.push(entry);
  if (code === '200') {
    context.set('ETag', FEED_ETAG);
    context.set('Last-Modified', FEED_LAST_MODIFIED);
    context.set('Cache-Control', 'no-cache');
    if (context.get('if-none-match') === FEED_ETAG || context.get('if-modified-since') === FEED_LAST_MODIFIED) {
      entry.status = 304;
      context.status = 304;
      return;
    }
    context.type = 'application/json';
    context.body = validFeed(name);
    return;
  }
  if (retry !== undefined) {
    const seconds = Number(retry.replace('date', ''));
    context.set(
      'Retry-After',
      retry.startsWith('date') ? new Date(Date.now() + seconds * 1000).toUTCString() : String(seconds),
    );
  }
  context.status = Number(code);
  context.type = 'text/plain';
  context.body = `status ${code}`;
}

const validFeed = (id) =>
  JSON.stringify({
    version: 1,
    id,
    title: { ru: 'Тестовая лента', en: 'Test feed' },
    source: { name: 'Test', published: '2025-11-19' },
    metrics: [
      { id: 'people', label: { ru: 'Люди', en: 'People', kk: 'Адамдар' }, value: 1120, qualifier: 'more-than' },
    ],
  });

/** Answers that never change: [content type, body]. */
const FIXED = {
  // A server that answers with a web page instead of JSON, labelled honestly or not.
  html: ['text/html', '<!doctype html><html><body><h1>Welcome</h1></body></html>'],
  'html-as-json': ['application/json', '<html><body>Bad gateway</body></html>'],
  truncated: ['application/json', validFeed('truncated').slice(0, 60)],
  empty: ['application/json', ''],
  // Valid JSON, not a valid feed: an unknown version and a figure written as text.
  schema: [
    'application/json',
    JSON.stringify({ version: 2, id: 'x', title: 'x', metrics: [{ id: 'a', label: 'a', value: 'many' }] }),
  ],
};

export function feedServer() {
  return async (context, next) => {
    const url = new URL(context.url, 'http://localhost');
    const match = url.pathname.match(/^\/__test__\/([a-z-]+)(?:\/([\w.-]+))?$/);
    if (!match) return next();
    const [, kind, name = 'default'] = match;
    counts.set(`${kind}/${name}`, (counts.get(`${kind}/${name}`) ?? 0) + 1);
    const delay = Number(url.searchParams.get('delay') ?? 0);
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    if (Object.hasOwn(FIXED, kind)) {
      [context.type, context.body] = FIXED[kind];
      return;
    }
    switch (kind) {
      case 'script':
        scripted(context, name, url);
        return;
      case 'log':
        context.type = 'application/json';
        context.body = JSON.stringify(logs.get(name) ?? []);
        return;
      case 'feed':
        context.type = 'application/json';
        context.body = validFeed(url.searchParams.get('id') ?? name.replace(/\.json$/, ''));
        return;
      case 'flaky': {
        // Good the first time, then a server error: how a refresh fails in real life.
        const first = counts.get(`${kind}/${name}`) === 1;
        context.status = first ? 200 : 500;
        context.type = first ? 'application/json' : 'text/plain';
        context.body = first ? validFeed(url.searchParams.get('id') ?? name) : 'Internal Server Error';
        return;
      }
      case 'changing': {
        // A feed whose figure grows with every request: what a refresh should announce.
        const feed = JSON.parse(validFeed(name));
        feed.metrics[0].value = 1000 + counts.get(`${kind}/${name}`);
        context.type = 'application/json';
        context.body = JSON.stringify(feed);
        return;
      }
      case 'count':
        context.type = 'application/json';
        context.body = JSON.stringify(counts.get(`feed/${name}`) ?? 0);
        return;
      case 'status':
        context.status = Number(name);
        context.type = 'text/html';
        context.body = `<!doctype html><title>${name}</title><h1>Error ${name}</h1>`;
        return;
      default:
        return next();
    }
  };
}
