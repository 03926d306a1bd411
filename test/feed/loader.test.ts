import { expect } from '@esm-bundle/chai';
import { LitElement, html } from 'lit';
import { FeedController, type FeedState } from '../../src/feed/feed-controller.js';
import { clearFeedCache, loadFeed } from '../../src/feed/feed-cache.js';
import { resolveFeedUrl } from '../../src/feed/feed-url.js';
import { FeedError } from '../../src/feed/errors.js';
// The developer's words, which an element's error views bring (this probe has none of its own).
import '../../src/feed/developer-words.js';
import { feedElementProperties } from '../../src/elements/shared/feed-element-properties.js';
import type { InclusionErrorEvent } from '../../src/events.js';
import { grantsFeed } from '../fixtures/feeds.mjs';
import { withFetchSignals } from '../support/fetch-signals.js';

/** The smallest element that uses the shared loader, so these tests exercise the loader alone. */
class LoaderProbe extends LitElement {
  static override properties = feedElementProperties;
  declare src?: string;
  declare feed?: unknown;
  declare refresh?: number;
  declare timeout?: number;
  declare state: FeedState;
  readonly loader = new FeedController(this);
  constructor() {
    super();
    this.state = 'loading';
  }
  protected override render() {
    return html`${this.loader.data?.id ?? ''}`;
  }
}
customElements.define('loader-probe', LoaderProbe);

let uid = 0;
const unique = (name: string): string => `${name}-${Date.now()}-${(uid += 1)}`;
const requests = async (name: string): Promise<number> => (await fetch(`/__test__/count/${name}`)).json();

function mount(attributes: Record<string, string> = {}): LoaderProbe {
  const element = document.createElement('loader-probe');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  document.body.append(element);
  return element;
}

function until(element: HTMLElement, states: FeedState[] = ['ready', 'error'], ms = 5000): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const tick = (): void => {
      if (states.includes(element.getAttribute('state') as FeedState)) resolve();
      else if (performance.now() - started > ms) reject(new Error(`state stayed ${element.getAttribute('state')}`));
      else setTimeout(tick, 10);
    };
    tick();
  });
}

function nextError(element: HTMLElement): Promise<InclusionErrorEvent> {
  return new Promise((resolve) => element.addEventListener('inclusion-error', resolve, { once: true }));
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('feed URLs', () => {
  it('resolves relative and http(s) addresses', () => {
    expect(resolveFeedUrl('/feeds/a.json', 'https://news.example/article/1').href).to.equal(
      'https://news.example/feeds/a.json',
    );
    expect(resolveFeedUrl('a.json', 'https://news.example/article/').href).to.equal(
      'https://news.example/article/a.json',
    );
    expect(resolveFeedUrl('//cdn.example/a.json', 'https://news.example/').href).to.equal('https://cdn.example/a.json');
    expect(resolveFeedUrl('HTTP://example.org/a.json', 'https://news.example/').protocol).to.equal('http:');
  });

  for (const bad of [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    ' data:application/json,{}',
    'vbscript:x',
    'file:///etc/passwd',
    'ftp://example.org/a.json',
    'blob:https://x/1',
    '',
  ]) {
    it(`refuses ${JSON.stringify(bad)} with a url error`, () => {
      try {
        resolveFeedUrl(bad, 'https://news.example/');
        expect.fail('should refuse');
      } catch (error) {
        expect(error).to.be.instanceOf(FeedError);
        expect((error as FeedError).kind).to.equal('url');
      }
    });
  }
});

describe('the shared loader', () => {
  afterEach(() => {
    document.querySelectorAll('loader-probe').forEach((element) => element.remove());
    clearFeedCache();
  });

  it('loads a feed from src and reports ready', async () => {
    const element = mount({ src: `/__test__/feed/${unique('ok')}` });
    expect(element.getAttribute('state')).to.equal('loading');
    const loaded = new Promise<CustomEvent>((resolve) =>
      element.addEventListener('inclusion-load', (e) => resolve(e as CustomEvent), { once: true }),
    );
    const event = await loaded;
    expect(element.state).to.equal('ready');
    expect(event.detail.feed.metrics[0].value).to.equal(1120);
    expect(event.bubbles && event.composed).to.equal(true);
  });

  const faults: [string, string, string][] = [
    ['404', '/__test__/status/404', 'http'],
    ['500', '/__test__/status/500', 'http'],
    ['an HTML page', '/__test__/html', 'parse'],
    ['HTML labelled as JSON', '/__test__/html-as-json', 'parse'],
    ['truncated JSON', '/__test__/truncated', 'parse'],
    ['an empty body', '/__test__/empty', 'parse'],
    ['an invalid feed', '/__test__/schema', 'schema'],
    ['a refused scheme', 'javascript:alert(1)', 'url'],
    ['an unreachable host', 'http://127.0.0.1:9/feed.json', 'network'],
  ];
  for (const [name, src, kind] of faults) {
    it(`gives a ${kind} error for ${name}`, async () => {
      const errors: string[] = [];
      const onError = (e: ErrorEvent): void => {
        errors.push(e.message);
      };
      window.addEventListener('error', onError);
      const element = document.createElement('loader-probe');
      const error = nextError(element);
      element.setAttribute('src', src);
      document.body.append(element);
      const event = await error;
      window.removeEventListener('error', onError);
      expect(event.detail.kind).to.equal(kind);
      expect(event.detail.message).to.be.a('string').and.not.equal('');
      expect(element.getAttribute('state')).to.equal('error');
      expect(errors).to.deep.equal([]);
      if (kind === 'http') expect(event.detail.status).to.equal(Number(src.split('/').pop()));
      if (kind === 'schema')
        expect(event.detail.issues?.map((i) => i.path)).to.include.members(['version', 'metrics[0].value']);
    });
  }

  it('times out a slow feed with a network error', async () => {
    const element = document.createElement('loader-probe');
    element.timeout = 0.3;
    const error = nextError(element);
    element.setAttribute('src', `/__test__/feed/${unique('slow')}?delay=3000`);
    document.body.append(element);
    const started = performance.now();
    const event = await error;
    expect(event.detail.kind).to.equal('network');
    expect(event.detail.message).to.contain('did not arrive');
    expect(performance.now() - started).to.be.below(2500);
  });

  it('makes one request for many elements on one src', async () => {
    const name = unique('shared');
    const elements = Array.from({ length: 30 }, () => mount({ src: `/__test__/feed/${name}?delay=100` }));
    await Promise.all(elements.map((element) => until(element)));
    expect(elements.every((element) => element.state === 'ready')).to.equal(true);
    const late = mount({ src: `/__test__/feed/${name}?delay=100` });
    await until(late);
    expect(await requests(name)).to.equal(1);
  });

  it('never shows a late answer after src changed', async () => {
    const slow = unique('old');
    const fast = unique('new');
    const element = mount({ src: `/__test__/feed/${slow}?delay=400&id=old-feed` });
    await sleep(50);
    element.setAttribute('src', `/__test__/feed/${fast}?id=new-feed`);
    await until(element);
    expect(element.loader.data?.id).to.equal('new-feed');
    await sleep(600);
    expect(element.loader.data?.id).to.equal('new-feed');
    expect(element.shadowRoot?.textContent).to.contain('new-feed');
  });

  it('aborts the request when the element leaves the page', async () => {
    await withFetchSignals(async (signals) => {
      const element = mount({ src: `/__test__/feed/${unique('leaving')}?delay=300` });
      await sleep(30);
      expect(signals).to.have.length(1);
      expect(signals[0]!.aborted).to.equal(false);
      element.remove();
      expect(signals[0]!.aborted).to.equal(true);
      await sleep(400);
      expect(element.loader.data).to.equal(undefined);
    });
  });

  it('shares a request but aborts it only when every subscriber has gone', async () => {
    const url = new URL(`/__test__/feed/${unique('abort')}?delay=200`, location.href);
    const first = new AbortController();
    const second = new AbortController();
    const a = loadFeed(url, { signal: first.signal });
    const b = loadFeed(url, { signal: second.signal });
    first.abort();
    await a.then(
      () => expect.fail('aborted load resolved'),
      (e: unknown) => expect((e as DOMException).name).to.equal('AbortError'),
    );
    const feed = await b;
    expect(feed.metrics).to.have.length(1);
  });

  it('accepts a feed object set from script', async () => {
    const element = document.createElement('loader-probe');
    element.feed = grantsFeed();
    document.body.append(element);
    await until(element);
    expect(element.state).to.equal('ready');
    expect(element.loader.data?.id).to.equal('test-grants');
  });

  it('accepts inline JSON in a child script, added before or after connection', async () => {
    const element = document.createElement('loader-probe');
    document.body.append(element);
    await sleep(20);
    expect(element.state).to.equal('loading');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(grantsFeed());
    element.append(script);
    await until(element);
    expect(element.loader.data?.id).to.equal('test-grants');
  });

  it('reports bad inline JSON as a parse error', async () => {
    const element = document.createElement('loader-probe');
    element.innerHTML = '<script type="application/json">{"version": 1, </script>';
    const error = nextError(element);
    document.body.append(element);
    expect((await error).detail.kind).to.equal('parse');
  });

  it('keeps the last good data when a refresh fails', async () => {
    const element = document.createElement('loader-probe');
    element.refresh = 1;
    element.setAttribute('src', `/__test__/flaky/${unique('refresh')}?id=first`);
    const failed = nextError(element);
    document.body.append(element);
    await until(element);
    expect(element.loader.data?.id).to.equal('first');
    const event = await failed;
    expect(event.detail.kind).to.equal('http');
    expect(element.state).to.equal('ready');
    expect(element.loader.data?.id).to.equal('first');
    expect(element.loader.staleError?.kind).to.equal('http');
    expect(element.shadowRoot?.textContent).to.contain('first');
  });
});

declare global {
  interface HTMLElementTagNameMap {
    'loader-probe': LoaderProbe;
  }
}
