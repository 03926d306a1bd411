/**
 * The contract every element keeps (docs/ARCHITECTURE.md, "Public contract"), tested once for all of them, in
 * the manner of Shoelace's `runFormControlBaseTests`: each element's `*-contract.test.ts` defines the element
 * and calls `runElementContractTests`. What only one element does stays in that element's own tests.
 *
 * Feeds come from the test server (test/support/feed-server.mjs) under names no other test uses, so the
 * page-wide feed cache never answers from another test's request.
 */
import { expect } from '@esm-bundle/chai';
import type { InclusionErrorEvent, InclusionLoadEvent } from '../../src/events.js';
import { describeIssue } from '../../src/feed/issue-text.js';
import type { Feed } from '../../src/feed/schema.js';
import { errorMessages } from '../../src/i18n/error-messages.js';
import { messages } from '../../src/i18n/index.js';
import { cleanup, part, settled, sleep, textOf } from '../support/dom.js';
import { feedOf } from '../fixtures/feeds.mjs';
import { yearly } from '../fixtures/figures.mjs';
import { byRegion, KARAGANDA_AND_TURKISTAN } from '../fixtures/regions.mjs';
import { PEOPLE } from '../fixtures/units.mjs';

export interface ElementContractOptions {
  /** The element's tag; the test file imports its `define.js` first. */
  readonly tagName: string;
  /** The attribute that names the metrics shown: `metric`, or the dashboard's `metrics`. */
  readonly metricAttribute?: 'metric' | 'metrics';
}

type FeedElement = HTMLElement & { feed?: unknown; updateComplete?: Promise<unknown> };

/** A feed every element can show: a figure with its unit, a series over time and a regional breakdown. */
export function contractFeed(): Feed {
  return feedOf([
    {
      id: 'placed',
      label: { kk: 'Жұмысқа орналастырылды', ru: 'Трудоустроено', en: 'Placed in jobs' },
      value: 358,
      unit: PEOPLE,
      series: yearly(2023, [250, 300, 358]),
      breakdown: byRegion({ ...KARAGANDA_AND_TURKISTAN, 'KZ-71': 40 }),
    },
  ]);
}

let served = 0;
/** A test-server path of `kind` (see feed-server.mjs) that no request has asked for yet. */
const fresh = (kind: 'feed' | 'changing' | 'flaky', tagName: string): string =>
  `/__test__/${kind}/contract-${tagName}-${Date.now()}-${(served += 1)}`;

const rendered = (element: Element): ParentNode => element.shadowRoot ?? element;

/** The language the element renders in: the `lang` its rendered wrapper carries. */
const shownLanguage = (element: Element): string | null =>
  [...rendered(element).children].find((child) => child.hasAttribute('lang'))?.getAttribute('lang') ?? null;

const nextEvent = <T extends Event>(target: EventTarget, type: string): Promise<T> =>
  new Promise((resolve) => target.addEventListener(type, (event) => resolve(event as T), { once: true }));

export function runElementContractTests({ tagName, metricAttribute = 'metric' }: ElementContractOptions): void {
  const create = (attributes: Record<string, string> = {}): FeedElement => {
    const element = document.createElement(tagName) as FeedElement;
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    return element;
  };

  describe(`element contract: <${tagName}>`, () => {
    const thrown: string[] = [];
    const onError = (event: ErrorEvent): void => void thrown.push(event.message);

    beforeEach(() => {
      thrown.length = 0;
      window.addEventListener('error', onError);
    });

    afterEach(() => {
      window.removeEventListener('error', onError);
      cleanup(`${tagName}, .contract-host`);
      expect(thrown, 'nothing an element does reaches the page as an exception').to.deep.equal([]);
    });

    it('shows a feed set as a property: state="ready" and one inclusion-load that leaves shadow roots', async () => {
      // Inside another component's shadow root, as on a page built from web components.
      const host = document.createElement('div');
      host.className = 'contract-host';
      document.body.append(host);
      const element = create({ locale: 'ru' });
      element.feed = contractFeed();
      const loads: InclusionLoadEvent[] = [];
      const onLoad = (event: Event): void => {
        if (event.composedPath()[0] === element) loads.push(event as InclusionLoadEvent);
      };
      document.addEventListener('inclusion-load', onLoad);
      host.attachShadow({ mode: 'open' }).append(element);
      await settled(element);
      await sleep(50);
      document.removeEventListener('inclusion-load', onLoad);
      expect(element.getAttribute('state')).to.equal('ready');
      expect(loads).to.have.length(1);
      expect(loads[0]?.detail.feed.id).to.equal('test-feed');
      expect(part(element, 'error')).to.equal(null);
    });

    it('loads a feed from src, and says it is loading until it arrives', async () => {
      const src = `${fresh('feed', tagName)}?delay=300`;
      const element = create({ src, locale: 'kk' });
      const loaded = nextEvent<InclusionLoadEvent>(element, 'inclusion-load');
      document.body.append(element);
      await element.updateComplete;
      expect(element.getAttribute('state')).to.equal('loading');
      const root = rendered(element);
      expect(root.querySelector('[aria-busy="true"]'), 'a busy region').to.not.equal(null);
      expect(textOf(root.querySelector('[role="status"]'))).to.equal(messages('kk').loading);
      expect((await loaded).detail.feed.metrics[0]?.id).to.equal('people');
      await settled(element, ['ready']);
      expect(root.querySelector('[aria-busy="true"]')).to.equal(null);
    });

    it('reads a feed written inline as JSON, for pages that allow markup but no script', async () => {
      const element = create({ locale: 'en' });
      const inline = document.createElement('script');
      inline.type = 'application/json';
      inline.textContent = JSON.stringify(contractFeed());
      element.append(inline);
      document.body.append(element);
      await settled(element);
      expect(element.getAttribute('state')).to.equal('ready');
    });

    describe('language', () => {
      const shownIn = async (lang: string, attributes: Record<string, string> = {}): Promise<string | null> => {
        const host = document.createElement('div');
        host.className = 'contract-host';
        host.lang = lang;
        const element = create(attributes);
        element.feed = contractFeed();
        host.append(element);
        document.body.append(host);
        await settled(element);
        return shownLanguage(element);
      };

      it('speaks its locale attribute over any lang around it', async () => {
        expect(await shownIn('ru', { locale: 'en' })).to.equal('en');
      });

      it('otherwise speaks the nearest lang, by its language alone (ru-KZ is ru)', async () => {
        expect(await shownIn('ru-KZ')).to.equal('ru');
        expect(await shownIn('kk-KZ')).to.equal('kk');
      });

      it('falls back to English for a language it does not speak', async () => {
        expect(await shownIn('de')).to.equal('en');
      });
    });

    describe('errors', () => {
      // The alert is read when the event fires: a page that listens for `inclusion-error` finds the
      // reader's message already shown, as it finds the figures on screen at `inclusion-load`.
      const failing = async (setUp: (element: FeedElement) => void, locale = 'ru') => {
        const element = create({ locale });
        setUp(element);
        const error = new Promise<{ event: InclusionErrorEvent; alertText: string; role: string | null }>((resolve) =>
          document.addEventListener(
            'inclusion-error',
            (event) => {
              const alert = part(element, 'error');
              resolve({ event, alertText: textOf(alert), role: alert?.getAttribute('role') ?? null });
            },
            { once: true },
          ),
        );
        document.body.append(element);
        const { event, alertText, role } = await error;
        expect(element.getAttribute('state'), 'state when the error is announced').to.equal('error');
        expect(role, 'the alert role when the error is announced').to.equal('alert');
        expect(alertText, 'the alert when the error is announced').not.to.equal('');
        await settled(element, ['error']);
        return { element, event, alertText, alert: part(element, 'error') };
      };

      it('an unknown metric: an inclusion-error of kind "metric" and a localized alert, then recovers', async () => {
        const { element, event, alertText } = await failing((element) => {
          element.feed = contractFeed();
          element.setAttribute(metricAttribute, 'no-such-metric');
        });
        expect(event.detail.kind).to.equal('metric');
        expect(event.detail.message).to.contain('no-such-metric');
        expect(event.bubbles && event.composed).to.equal(true);
        expect(alertText).to.contain(errorMessages('ru').errors.metric);
        element.setAttribute(metricAttribute, 'placed');
        await settled(element, ['ready']);
        expect(part(element, 'error')).to.equal(null);
      });

      it('an invalid feed: a schema error; the alert says each problem and path in the reader language', async () => {
        const { event, alertText } = await failing((element) => {
          element.feed = { version: 1, id: 'x', title: 'x', metrics: [{ id: 'placed', label: 'x', value: 'many' }] };
        }, 'kk');
        expect(event.detail.kind).to.equal('schema');
        expect(event.detail.issues?.map((issue) => issue.path)).to.deep.equal(['metrics[0].value']);
        expect(alertText).to.contain('metrics[0].value');
        expect(alertText).to.contain(describeIssue('wrong-type', { expected: 'number', received: 'string' }, 'kk'));
      });

      it('a src that is not a web address: a url error, and nothing is fetched', async () => {
        const { event, alertText } = await failing((element) => element.setAttribute('src', 'javascript:alert(1)'));
        expect(event.detail.kind).to.equal('url');
        expect(alertText).to.contain(errorMessages('ru').errors.url);
      });

      it('a feed the server does not have: an http error with its status, told to the reader', async () => {
        const { event, alertText } = await failing((element) => element.setAttribute('src', '/__test__/status/404'));
        expect(event.detail.kind).to.equal('http');
        expect(event.detail.status).to.equal(404);
        expect(alertText).to.contain(errorMessages('ru').errors.http);
      });
    });

    describe('size', () => {
      it('keeps the size of its loading view when an error replaces it, so the page does not move', async () => {
        const element = create({ src: `/__test__/status/503?delay=400&n=${Date.now()}`, locale: 'en' });
        const host = document.createElement('div');
        host.className = 'contract-host';
        host.style.inlineSize = '640px';
        host.append(element);
        document.body.append(host);
        await element.updateComplete;
        await sleep(50);
        expect(element.getAttribute('state')).to.equal('loading');
        const loading = element.getBoundingClientRect().height;
        await settled(element, ['error']);
        expect(element.getBoundingClientRect().height).to.be.closeTo(loading, 1);
        const busy = [...rendered(element).querySelectorAll('[role="status"], [aria-busy="true"]')];
        const hidden = busy.every((node) => getComputedStyle(node).visibility === 'hidden');
        expect(hidden, 'nothing visible or announced says it is still loading').to.equal(true);
      });
    });

    describe('refresh', () => {
      it('shows the new figures of a refresh and announces them once, politely', async () => {
        const element = create({ src: fresh('changing', tagName), refresh: '1', locale: 'ru' });
        const first = nextEvent<InclusionLoadEvent>(element, 'inclusion-load');
        document.body.append(element);
        expect((await first).detail.feed.metrics[0]?.value).to.equal(1001);
        // Every polite live region the element has (a table also has one for its sort).
        const announced = (): string[] =>
          [...rendered(element).querySelectorAll('[aria-live="polite"]')].map(textOf).filter(Boolean);
        expect(announced(), 'nothing is announced on first render').to.deep.equal([]);
        const second = await nextEvent<InclusionLoadEvent>(element, 'inclusion-load');
        expect(second.detail.feed.metrics[0]?.value).to.equal(1002);
        await element.updateComplete;
        expect(announced()).to.deep.equal([messages('ru').updated]);
      });

      it('keeps the figures on screen when a refresh fails, and marks them stale', async () => {
        const element = create({ src: fresh('flaky', tagName), refresh: '1', locale: 'en' });
        document.body.append(element);
        await settled(element, ['ready']);
        const stale = (): Element | null => rendered(element).querySelector('.stale-note[role="status"]');
        const started = performance.now();
        while (!stale() && performance.now() - started < 4000) await sleep(50);
        // The note's own words, up to the time it names.
        const [before] = errorMessages('en').stale('\u0000').split('\u0000');
        expect(textOf(stale())).to.contain(before!.trim());
        expect(element.getAttribute('state')).to.equal('ready');
        expect(part(element, 'error')).to.equal(null);
      });
    });
  });
}
