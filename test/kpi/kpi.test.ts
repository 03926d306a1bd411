import { expect } from '@esm-bundle/chai';
import '../../src/elements/kpi/define.js';
import type { InclusionKpi } from '../../src/elements/kpi/inclusion-kpi.js';
import { clearFeedCache } from '../../src/feed/feed-cache.js';
import { clone, grantsFeed } from '../fixtures/feeds.mjs';
import { cleanup, part, settled, sleep, textOf } from '../support/dom.js';

/** Phrases compared with ordinary spaces; the number table tests pin the no-break spaces themselves. */
const spaced = (text: string): string => text.replace(/\u00a0/g, ' ');

async function tile(metric: string, locale: string | null, feed: unknown = grantsFeed()): Promise<InclusionKpi> {
  const element = document.createElement('inclusion-kpi');
  element.feed = feed;
  element.metric = metric;
  if (locale) element.setAttribute('locale', locale);
  document.body.append(element);
  await settled(element);
  return element;
}

describe('<inclusion-kpi>', () => {
  afterEach(() => {
    cleanup('inclusion-kpi, div.lang-wrapper');
    document.documentElement.removeAttribute('lang');
    clearFeedCache();
  });

  describe('value phrase in part="value"', () => {
    const phrases: [string, string, string][] = [
      ['people', 'ru', 'более 800 человек'],
      ['people', 'kk', '800-ден астам адам'],
      ['people', 'en', 'more than 800 people'],
      ['grants', 'ru', '61 грант'],
      ['grants', 'kk', '61 грант'],
      ['grants', 'en', '61 grants'],
      ['budget', 'en', '₸4,000,000'],
      ['budget', 'ru', '4 000 000 ₸'],
      ['budget', 'kk', '4 000 000 ₸'],
      ['employed-share', 'ru', '70 %'],
      ['employed-share', 'kk', '70%'],
      ['unknown-count', 'ru', 'нет данных'],
      ['unknown-count', 'kk', 'дерек жоқ'],
      ['unknown-count', 'en', 'no data'],
    ];
    for (const [metric, locale, expected] of phrases) {
      it(`${metric} in ${locale}: "${expected}"`, async () => {
        const element = await tile(metric, locale);
        expect(spaced(textOf(part(element, 'value')))).to.equal(expected);
      });
    }

    it('uses no-break spaces inside numbers in ru and kk', async () => {
      const element = await tile('budget', 'ru');
      expect(textOf(part(element, 'value'))).to.equal('4\u00a0000\u00a0000\u00a0₸');
    });

    it('never draws a missing value as 0', async () => {
      for (const locale of ['kk', 'ru', 'en']) {
        const element = await tile('unknown-count', locale);
        expect(textOf(part(element, 'value'))).not.to.match(/\b0\b/);
        element.remove();
      }
    });
  });

  describe('reads as one figure', () => {
    it('is a group named by its label', async () => {
      const element = await tile('grants', 'ru');
      const group = element.shadowRoot!.querySelector('[role="group"]')!;
      const label = element.shadowRoot!.getElementById(group.getAttribute('aria-labelledby')!);
      expect(textOf(label)).to.equal('Выдано грантов');
      expect(label?.getAttribute('part')).to.equal('label');
    });

    it('says the period right after the value', async () => {
      const element = await tile('grants', 'ru');
      const figure = element.shadowRoot!.querySelector('.figure');
      expect(spaced(textOf(figure))).to.equal('61 грант, 2025 г.');
    });

    it('marks text that fell back to another language with its lang', async () => {
      const element = await tile('budget', 'en');
      const label = part(element, 'label')!;
      expect(textOf(label)).to.equal('Бюджет проекта');
      expect(label.getAttribute('lang')).to.equal('ru');
    });

    it("marks a value whose unit fell back to another language with that language's lang", async () => {
      const feed = clone(grantsFeed());
      feed.metrics[0]!.unit = { en: { one: 'grant', other: 'grants' } };
      const element = await tile('grants', 'kk', feed);
      const value = part(element, 'value')!;
      expect(spaced(textOf(value))).to.equal('61 grants');
      expect(value.closest('[lang]')!.getAttribute('lang')).to.equal('en');
      element.remove();
      const own = await tile('grants', 'kk');
      expect(part(own, 'value')!.closest('[lang]')!.getAttribute('lang')).to.equal('kk');
    });
  });

  describe('change, target, trend, source', () => {
    it('says the change in words with the sign, coloured by polarity', async () => {
      const element = await tile('grants', 'ru');
      const delta = part(element, 'delta')!;
      expect(delta.classList.contains('good')).to.equal(true);
      expect(spaced(textOf(delta.querySelector('.delta-text')))).to.equal('на 22 % больше, чем в 2024 году');
      expect(spaced(textOf(delta.querySelector('.delta-short')))).to.contain('+22 %');
    });

    it('turns the same rise into "worse" when down is good', async () => {
      const feed = clone(grantsFeed());
      feed.metrics[0]!.polarity = 'down-is-good';
      const element = await tile('grants', 'en', feed);
      expect(part(element, 'delta')!.classList.contains('bad')).to.equal(true);
      expect(spaced(textOf(part(element, 'delta')!.querySelector('.delta-text')))).to.equal('22% more than in 2024');
    });

    it('does not compute a percentage from qualified figures', async () => {
      const feed = clone(grantsFeed());
      feed.metrics[1]!.previous = { value: 600, period: '2024' };
      const element = await tile('people', 'ru', feed);
      const delta = part(element, 'delta')!;
      expect(textOf(delta)).not.to.contain('%');
      expect(spaced(textOf(delta))).to.contain('600');
    });

    it('shows target progress as a meter with text', async () => {
      const element = await tile('grants', 'ru');
      const meter = part(element, 'target')!.querySelector('[role="meter"]')!;
      expect(meter.getAttribute('aria-valuemin')).to.equal('0');
      expect(meter.getAttribute('aria-valuemax')).to.equal('100');
      expect(meter.getAttribute('aria-valuenow')).to.equal('61');
      expect(spaced(meter.getAttribute('aria-valuetext')!)).to.contain('61 %');
      expect(spaced(textOf(part(element, 'target')))).to.contain('100');
    });

    it('draws a decorative sparkline and says the trend in words', async () => {
      const element = await tile('grants', 'en');
      const sparkline = part(element, 'sparkline')!;
      expect(sparkline.getAttribute('aria-hidden')).to.equal('true');
      expect(sparkline.querySelector('path')!.getAttribute('d')).to.match(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){3}$/);
      expect(textOf(element.shadowRoot!.querySelector('.trend-text'))).to.contain('2022');
    });

    it('shows source, publication date and status', async () => {
      const element = await tile('people', 'ru');
      const source = textOf(part(element, 'source'));
      expect(source).to.contain('Test Agency');
      expect(spaced(source)).to.contain('19 ноября 2025');
      expect(source).to.contain('предварительные данные');
      const link = part(element, 'source')!.querySelector('a')!;
      expect(link.getAttribute('href')).to.equal('https://example.org/report');
      expect(link.getAttribute('rel')).to.contain('noopener');
    });
  });

  describe('language', () => {
    it('follows the nearest lang (kk-KZ → kk) and the document, defaulting to kk', async () => {
      const wrapper = document.createElement('div');
      wrapper.className = 'lang-wrapper';
      wrapper.lang = 'en-GB';
      const element = document.createElement('inclusion-kpi');
      element.feed = grantsFeed();
      element.metric = 'people';
      wrapper.append(element);
      document.body.append(wrapper);
      await settled(element);
      expect(spaced(textOf(part(element, 'value')))).to.equal('more than 800 people');
      wrapper.lang = 'ru-KZ';
      await sleep(30);
      expect(spaced(textOf(part(element, 'value')))).to.equal('более 800 человек');
      wrapper.removeAttribute('lang');
      await sleep(30);
      expect(spaced(textOf(part(element, 'value')))).to.equal('800-ден астам адам');
      document.documentElement.lang = 'de';
      await sleep(30);
      expect(spaced(textOf(part(element, 'value')))).to.equal('more than 800 people');
    });
  });

  describe('refresh and layout', () => {
    it('announces a refreshed figure once in a polite live region, never on first render', async () => {
      const element = document.createElement('inclusion-kpi');
      element.setAttribute('locale', 'ru');
      element.setAttribute('src', `/__test__/changing/announce-${Date.now()}`);
      element.refresh = 1;
      document.body.append(element);
      await settled(element);
      const live = element.shadowRoot!.querySelector('[aria-live="polite"]')!;
      expect(textOf(live)).to.equal('');
      const first = textOf(part(element, 'value'));
      const started = performance.now();
      while (textOf(part(element, 'value')) === first && performance.now() - started < 4000) await sleep(50);
      expect(textOf(part(element, 'value'))).not.to.equal(first);
      expect(textOf(element.shadowRoot!.querySelector('[aria-live="polite"]'))).to.equal('Данные обновлены');
    });

    it('reflows at 320 px without horizontal scrolling', async () => {
      const wrapper = document.createElement('div');
      wrapper.className = 'lang-wrapper';
      wrapper.style.width = '320px';
      const element = document.createElement('inclusion-kpi');
      element.feed = grantsFeed();
      element.metric = 'people';
      element.setAttribute('locale', 'kk');
      wrapper.append(element);
      document.body.append(wrapper);
      await settled(element);
      const base = part(element, 'base')!;
      expect(element.getBoundingClientRect().width).to.be.at.most(320);
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
    });

    it('honours reduced motion and forced colours in its styles', async () => {
      const element = await tile('grants', 'en');
      const rules = (element.constructor as typeof HTMLElement & { elementStyles: { cssText: string }[] }).elementStyles
        .map((s) => s.cssText)
        .join('\n');
      expect(rules).to.match(/@media \(prefers-reduced-motion: reduce\)[^}]*animation: none/);
      expect(rules).to.contain('@media (forced-colors: active)');
    });
  });

  // The error event, the alert and its list of problems are tested for every element in
  // test/shared/element-contract.ts; these are the tile's own.
  describe('errors', () => {
    it('recovers when the metric attribute is corrected', async () => {
      const element = await tile('nope', 'en');
      expect(element.state).to.equal('error');
      element.metric = 'grants';
      await element.updateComplete;
      await element.updateComplete;
      expect(element.state).to.equal('ready');
      expect(spaced(textOf(part(element, 'value')))).to.equal('61 grants');
    });

    it('keeps its size while loading and in error', async () => {
      const element = document.createElement('inclusion-kpi');
      element.setAttribute('src', '/__test__/feed/size?delay=300');
      document.body.append(element);
      await element.updateComplete;
      const loadingHeight = element.getBoundingClientRect().height;
      expect(loadingHeight).to.be.greaterThan(100);
      element.setAttribute('src', '/__test__/status/404');
      await settled(element);
      expect(element.getBoundingClientRect().height).to.be.at.least(loadingHeight);
    });
  });
});
