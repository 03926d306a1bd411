/**
 * Lifecycle: single-page apps mount and remove widgets again and again. After 300
 * cycles of each element the heap and the DOM are back where they started, and nothing the element
 * started (refresh timer, request, observer) outlives it.
 */
import { expect } from '@esm-bundle/chai';
import '../../src/index.js';
import { clearFeedCache } from '../../src/feed/feed-cache.js';
import { ELEMENT_TAGS } from '../fixtures/elements.mjs';
import { grantsFeed } from '../fixtures/feeds.mjs';
import { withFetchSignals } from '../support/fetch-signals.js';
import { settled, sleep } from '../support/dom.js';
import { itOnlyIn } from '../support/engine.js';

declare global {
  interface Window {
    gc?: () => void;
  }
  interface Performance {
    memory?: { usedJSHeapSize: number };
  }
}

async function heapAfterGc(): Promise<number> {
  for (let i = 0; i < 3; i += 1) {
    window.gc?.();
    await sleep(20);
  }
  return performance.memory?.usedJSHeapSize ?? 0;
}

const CYCLES = 300;

describe('mount/unmount cycles', () => {
  afterEach(() => clearFeedCache());

  for (const tag of ELEMENT_TAGS) {
    itOnlyIn(
      ['chromium'],
      'V8 gc hook and performance.memory',
      `${tag}: ${CYCLES} cycles leave heap and DOM flat`,
      async () => {
        expect(window.gc, 'run with --js-flags=--expose-gc').to.be.a('function');
        const feed = grantsFeed();
        const cycle = async (): Promise<void> => {
          const element = document.createElement(tag);
          element.setAttribute('metric', 'grants');
          element.setAttribute('locale', 'ru');
          (element as HTMLElement & { feed?: unknown }).feed = feed;
          document.body.append(element);
          await settled(element);
          element.remove();
        };
        // Warm up: first renders compile templates and fill caches that are meant to stay.
        for (let i = 0; i < 30; i += 1) await cycle();
        const nodesBefore = document.getElementsByTagName('*').length;
        const heapBefore = await heapAfterGc();
        for (let i = 0; i < CYCLES; i += 1) await cycle();
        const heapAfter = await heapAfterGc();
        expect(document.getElementsByTagName('*').length).to.equal(nodesBefore);
        // Leaking one tile per cycle would cost several megabytes; allow noise well below that.
        expect(heapAfter - heapBefore, `heap grew ${heapAfter - heapBefore} bytes`).to.be.below(1_500_000);
      },
    );
  }

  it('stops refreshing and fetching once an element is removed', async () => {
    const name = `lifecycle-${Date.now()}`;
    const elements = Array.from({ length: 20 }, () => {
      const element = document.createElement('inclusion-kpi');
      element.setAttribute('src', `/__test__/feed/${name}`);
      element.setAttribute('refresh', '1');
      document.body.append(element);
      return element;
    });
    await Promise.all(elements.map((element) => settled(element)));
    elements.forEach((element) => element.remove());
    const count = async (): Promise<number> => (await fetch(`/__test__/count/${name}`)).json();
    const before = await count();
    await sleep(2500);
    expect(await count()).to.equal(before);
  });

  it('aborts a request in flight when its element is removed mid-load, 100 times', async () => {
    await withFetchSignals(async (signals) => {
      for (let i = 0; i < 100; i += 1) {
        const element = document.createElement('inclusion-kpi');
        element.setAttribute('src', `/__test__/feed/abort-${Date.now()}-${i}?delay=2000`);
        document.body.append(element);
        await sleep(1);
        element.remove();
      }
      await sleep(50);
      expect(signals.length).to.equal(100);
      expect(signals.every((signal) => signal.aborted)).to.equal(true);
    });
  });
});
