/** Injection: feed strings and attributes are text, never markup, code or links. */
import { expect } from '@esm-bundle/chai';
import '../../src/index.js';
import { clearFeedCache } from '../../src/feed/feed-cache.js';
import { cleanup, settled, sleep } from '../support/dom.js';
import { ELEMENT_TAGS } from '../fixtures/elements.mjs';
import { hostileFeed, XSS_CORPUS } from '../fixtures/hostile.mjs';

declare global {
  interface Window {
    __pwned?: number;
  }
}

function allText(element: Element): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    node.childNodes.forEach(walk);
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
  };
  walk(element);
  return parts.join('');
}

function everyElement(root: Element): Element[] {
  const found: Element[] = [];
  const walk = (node: Element | ShadowRoot): void => {
    for (const child of node.children) {
      found.push(child);
      walk(child);
      if (child.shadowRoot) walk(child.shadowRoot);
    }
  };
  walk(root);
  if (root.shadowRoot) walk(root.shadowRoot);
  return found;
}

describe('hostile feeds and attributes (injection)', () => {
  afterEach(() => {
    cleanup(ELEMENT_TAGS.join(','));
    clearFeedCache();
  });

  it(`has a corpus of at least 50 payloads`, () => {
    expect(XSS_CORPUS.length).to.be.at.least(50);
  });

  for (const tag of ELEMENT_TAGS) {
    it(`${tag}: shows every payload in every string field as literal text and runs none`, async () => {
      const errors: string[] = [];
      const onError = (event: ErrorEvent): void => {
        errors.push(event.message);
      };
      window.addEventListener('error', onError);
      const elements = XSS_CORPUS.map((payload) => {
        const element = document.createElement(tag);
        element.setAttribute('locale', 'ru');
        (element as HTMLElement & { feed?: unknown }).feed = hostileFeed(payload);
        document.body.append(element);
        return { element, payload };
      });
      await Promise.all(elements.map(({ element }) => settled(element)));
      await sleep(100);
      window.removeEventListener('error', onError);
      expect(window.__pwned, 'payload ran').to.equal(undefined);
      expect(errors).to.deep.equal([]);
      for (const { element, payload } of elements) {
        expect(element.getAttribute('state'), payload).to.equal('ready');
        const nodes = everyElement(element);
        // No element the payload named was created, and no handler attribute exists anywhere.
        expect(
          nodes
            .filter((n) =>
              [
                'script',
                'img',
                'iframe',
                'object',
                'embed',
                'video',
                'details',
                'marquee',
                'form',
                'input',
                'base',
                'meta',
                'link',
              ].includes(n.localName),
            )
            .map((n) => n.localName),
          payload,
        ).to.deep.equal([]);
        expect(nodes.filter((n) => [...n.attributes].some((a) => a.name.startsWith('on'))).length, payload).to.equal(0);
        // Links only ever point to the web.
        for (const link of nodes.filter((n) => n.localName === 'a'))
          expect(link.getAttribute('href') ?? '', payload).to.match(/^https?:/);
        // The label (and title) show the payload itself, character for character.
        expect(allText(element), payload).to.contain(payload);
      }
    });
  }

  it('refuses script-scheme source URLs in a feed', async () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'vbscript:x', ' javascript:alert(1)']) {
      const element = document.createElement('inclusion-kpi');
      const feed = hostileFeed('x');
      (feed.source as { url?: string }).url = url;
      element.feed = feed;
      const error = new Promise<CustomEvent>((resolve) =>
        element.addEventListener('inclusion-error', (e) => resolve(e as CustomEvent), { once: true }),
      );
      document.body.append(element);
      const event = await error;
      expect(event.detail.kind, url).to.equal('schema');
      expect(event.detail.issues.map((i: { path: string }) => i.path)).to.include('source.url');
      expect(element.shadowRoot!.querySelector('a')).to.equal(null);
      element.remove();
    }
  });

  it('treats hostile metric and locale attributes as plain values', async () => {
    for (const payload of XSS_CORPUS.slice(0, 20)) {
      const element = document.createElement('inclusion-kpi');
      element.feed = hostileFeed('safe');
      element.setAttribute('metric', payload);
      element.setAttribute('locale', payload);
      document.body.append(element);
      await settled(element);
      expect(element.getAttribute('state'), payload).to.equal('error');
      element.remove();
    }
    expect(window.__pwned).to.equal(undefined);
  });

  it('lets no feed key reach Object.prototype', async () => {
    const text =
      '{"version":1,"id":"p","title":"t","metrics":[{"id":"a","label":"a","value":1}],' +
      '"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}';
    const element = document.createElement('inclusion-kpi');
    element.innerHTML = `<script type="application/json">${text}</script>`;
    document.body.append(element);
    await settled(element);
    expect(element.getAttribute('state')).to.equal('error');
    expect(({} as { polluted?: boolean }).polluted).to.equal(undefined);
  });
});
