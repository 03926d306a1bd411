// Test-only endpoints served by @web/test-runner's dev server: feeds that fail in every way a real
// server does, slow feeds, and request counters (to prove one request per URL).
const counts = new Map();

const validFeed = (id) =>
  JSON.stringify({
    version: 1,
    id,
    title: { ru: 'Тестовая лента', en: 'Test feed' },
    source: { name: 'Test', published: '2025-11-19' },
    metrics: [{ id: 'people', label: { ru: 'Люди', en: 'People', kk: 'Адамдар' }, value: 1120, qualifier: 'more-than' }],
  });

/** Answers that never change: [content type, body]. */
const FIXED = {
  // A server that answers with a web page instead of JSON, labelled honestly or not.
  html: ['text/html', '<!doctype html><html><body><h1>Welcome</h1></body></html>'],
  'html-as-json': ['application/json', '<html><body>Bad gateway</body></html>'],
  truncated: ['application/json', validFeed('truncated').slice(0, 60)],
  empty: ['application/json', ''],
  // Valid JSON, not a valid feed: an unknown version and a figure written as text.
  schema: ['application/json', JSON.stringify({ version: 2, id: 'x', title: 'x', metrics: [{ id: 'a', label: 'a', value: 'many' }] })],
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
