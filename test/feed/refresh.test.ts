/**
 * Refresh against a real local server (test/support/feed-server.mjs, "script" feeds): one timer per URL,
 * conditional requests and 304, nothing while hidden, Retry-After, backoff and recovery.
 */
import { expect } from '@esm-bundle/chai';
import '../../src/elements/kpi/define.js';
import { clearFeedCache } from '../../src/feed/feed-cache.js';
import { fetchFeed } from '../../src/feed/fetch-feed.js';
import { FeedError } from '../../src/feed/errors.js';
import { backoffCeiling } from '../../src/feed/refresh-policy.js';
import { RefreshScheduler, browserRefreshEnvironment } from '../../src/feed/refresh-scheduler.js';
import { cleanup, settled, sleep } from '../support/dom.js';

interface Logged {
  at: number;
  status: number;
  conditional: boolean;
}

let uid = 0;
const unique = (name: string): string => `${name}-${Date.now()}-${(uid += 1)}`;
const log = async (name: string): Promise<Logged[]> => (await fetch(`/__test__/log/${name}`)).json();
const gaps = (entries: Logged[]): number[] => entries.slice(1).map((entry, i) => entry.at - entries[i]!.at);

async function kpi(name: string, steps: string, refresh = 1): Promise<HTMLElement> {
  const element = document.createElement('inclusion-kpi');
  element.setAttribute('locale', 'en');
  element.setAttribute('refresh', String(refresh));
  element.setAttribute('src', `/__test__/script/${name}?steps=${steps}`);
  document.body.append(element);
  await settled(element);
  return element;
}

const staleNote = (element: HTMLElement): Element | null => element.shadowRoot!.querySelector('.stale-note');

/** Makes the page report itself hidden or visible, as a browser does when its tab goes to the background. */
function setVisibility(state: 'hidden' | 'visible'): void {
  if (state === 'visible') delete (document as { visibilityState?: unknown }).visibilityState;
  else Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('refresh against a real server', () => {
  afterEach(() => {
    cleanup('inclusion-kpi');
    setVisibility('visible');
    clearFeedCache();
  });

  it('keeps one timer per URL: three tiles of one feed make one request per interval', async () => {
    const name = unique('one-timer');
    const tiles = await Promise.all([1, 2, 3].map(() => kpi(name, '200')));
    await sleep(3500);
    const entries = await log(name);
    // The first load, then one refresh per second for the three of them (not three).
    expect(entries.length, JSON.stringify(entries)).to.be.within(3, 5);
    tiles.forEach((tile) => tile.remove());
  });

  it('asks conditionally, and a 304 keeps the data: no parse, no validation, no render, no error', async () => {
    const name = unique('not-modified');
    const element = await kpi(name, '200');
    const parsesBefore = performance.getEntriesByName('inclusion:parse').length;
    let mutations = 0;
    new MutationObserver((records) => {
      mutations += records.length;
    }).observe(element.shadowRoot!, { subtree: true, childList: true, characterData: true, attributes: true });
    const events: string[] = [];
    element.addEventListener('inclusion-load', () => events.push('load'));
    element.addEventListener('inclusion-error', () => events.push('error'));
    await sleep(2600);
    const entries = await log(name);
    expect(entries[0]).to.include({ status: 200, conditional: false });
    expect(entries.length).to.be.at.least(2);
    expect(
      entries.slice(1).every((entry) => entry.status === 304 && entry.conditional),
      JSON.stringify(entries),
    ).to.equal(true);
    expect(performance.getEntriesByName('inclusion:parse').length, 'parsed again').to.equal(parsesBefore);
    expect(mutations, 'rendered again').to.equal(0);
    expect(events).to.deep.equal([]);
    expect(element.getAttribute('state')).to.equal('ready');
  });

  it('asks nothing while the page is hidden, and refreshes once when it is shown', async () => {
    const name = unique('hidden');
    setVisibility('hidden');
    await kpi(name, '200');
    await sleep(2500);
    expect((await log(name)).length, 'only the first load').to.equal(1);
    setVisibility('visible');
    await sleep(300);
    const entries = await log(name);
    expect(entries.length, 'one refresh on return').to.equal(2);
  });

  for (const form of ['seconds', 'an HTTP date'] as const) {
    it(`honours Retry-After on 503 (${form}), shows the stale note, and recovers`, async () => {
      const name = unique('retry-after');
      const retry = form === 'seconds' ? '503:3' : '503:date3';
      const element = await kpi(name, `200,${retry},200`);
      await sleep(1600);
      expect((await log(name)).map((entry) => entry.status)).to.deep.equal([200, 503]);
      expect(staleNote(element), 'stale note while failing').to.not.equal(null);
      await sleep(4000);
      const entries = await log(name);
      expect(entries.map((entry) => entry.status).slice(0, 3)).to.deep.equal([200, 503, 304]);
      // HTTP dates have whole seconds: the date may come up to a second early.
      expect(entries[2]!.at - entries[1]!.at).to.be.at.least(form === 'seconds' ? 3000 : 2000);
      expect(entries[2]!.at - entries[1]!.at).to.be.below(3000 + 1000 + 600);
      await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(staleNote(element), 'stale note gone after recovery').to.equal(null);
    });
  }

  it('backs off exponentially while the server fails, then returns to the interval after one success', async () => {
    const name = unique('backoff');
    const url = new URL(`/__test__/script/${name}?steps=200,500,500,200`, location.href);
    // The largest draw every time, so the waits are the ceilings: 2 s, 4 s, then the plain 1 s.
    const scheduler = new RefreshScheduler({ ...browserRefreshEnvironment, random: () => 0.999 });
    await fetchFeed(url, new AbortController().signal);
    const stop = scheduler.subscribe(url.href, 1000, () =>
      fetchFeed(url, new AbortController().signal).then(
        () => ({ ok: true as const }),
        (error: unknown) => ({
          ok: false as const,
          retryAfterMs: error instanceof FeedError ? error.retryAfterMs : undefined,
        }),
      ),
    );
    await sleep(1000 + 2000 + 4000 + 1000 + 800);
    stop();
    const entries = await log(name);
    // The browser's HTTP cache may revalidate the last one itself (a 304 it answers from its copy).
    expect(entries.map((entry) => (entry.status === 304 ? 200 : entry.status)).slice(0, 5)).to.deep.equal([
      200, 500, 500, 200, 200,
    ]);
    const waits = gaps(entries).slice(1, 4);
    const ceilings = [1, 2].map((failures) => backoffCeiling(1000, failures));
    expect(ceilings).to.deep.equal([2000, 4000]);
    ceilings.forEach((ceiling, i) =>
      expect(waits[i], `wait after failure ${i + 1}`).to.be.within(ceiling - 50, ceiling + 400),
    );
    expect(waits[2], 'back to the interval after a success').to.be.within(950, 1400);
  });
});
