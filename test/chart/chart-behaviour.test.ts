import { expect } from '@esm-bundle/chai';
import { itPrefers } from '../support/engine.js';
import '../../src/elements/chart/define.js';
import type { InclusionChart } from '../../src/elements/chart/inclusion-chart.js';
import type { InclusionErrorEvent } from '../../src/events.js';
import { clearFeedCache } from '../../src/feed/feed-cache.js';
import { mountElement, part, settled, textOf } from '../support/dom.js';
import { chartFeed, TYPES } from './chart-feeds.js';
import { marks, mountChart, removeCharts, spaced } from './chart-helpers.js';

describe('<inclusion-chart> behaviour', () => {
  afterEach(() => {
    removeCharts();
    clearFeedCache();
  });

  describe('data table', () => {
    it('is a real table, in the accessibility tree before the toggle is pressed', async () => {
      const element = await mountChart('bar', { locale: 'ru' });
      const table = part(element, 'table')!;
      expect(table.localName).to.equal('table');
      // Visually hidden, not hidden from assistive technology.
      expect(table.closest('[hidden], [aria-hidden="true"]')).to.equal(null);
      // Clipped to a 1 px box on screen (the visually-hidden pattern), still whole in the DOM.
      const clip = table.parentElement!;
      expect(clip.classList.contains('visually-hidden')).to.equal(true);
      expect(clip.getBoundingClientRect().height).to.be.at.most(1);
      expect([...table.querySelectorAll('thead th')].map(textOf)).to.deep.equal(['Регион', 'Трудоустроено']);
      const cells = (row: Element): string[] => [...row.children].map((cell) => spaced(textOf(cell)));
      expect([...table.querySelectorAll('tbody tr')].map(cells)).to.deep.equal([
        ['Карагандинская область', '358 человек'],
        ['Туркестанская область', 'более 290 человек'],
        ['город Шымкент', 'нет данных'],
        ['город Астана', '120 человек'],
      ]);
      // Shymkent has no figure: the total is of the regions that have one, and its row says so.
      expect(cells(table.querySelector('tfoot tr')!)).to.deep.equal(['Всего по имеющимся данным', 'более 760 человек']);
      for (const th of table.querySelectorAll('tbody th')) expect(th.getAttribute('scope')).to.equal('row');
    });

    it('names its total row plainly when every part has a figure, in each language', async () => {
      const feed = chartFeed();
      feed.metrics[0]!.breakdown = feed.metrics[0]!.breakdown!.filter((item) => item.value !== null);
      const totalRow = async (locale: string): Promise<string> => {
        const element = await mountChart('bar', { locale, feed, metric: feed.metrics[0]!.id });
        const header = textOf(part(element, 'table')!.querySelector('tfoot th'));
        element.remove();
        return header;
      };
      expect([await totalRow('kk'), await totalRow('ru'), await totalRow('en')]).to.deep.equal([
        'Барлығы',
        'Всего',
        'Total',
      ]);
    });

    it('the toggle shows and hides it and says so with aria-pressed', async () => {
      const element = await mountChart('line', { locale: 'kk' });
      const toggle = part(element, 'toggle') as HTMLButtonElement;
      expect(toggle.localName).to.equal('button');
      expect(toggle.getAttribute('aria-pressed')).to.equal('false');
      expect(textOf(toggle)).to.equal('Деректер кестесі');
      toggle.click();
      await element.updateComplete;
      expect(toggle.getAttribute('aria-pressed')).to.equal('true');
      const table = part(element, 'table')!;
      expect(table.getBoundingClientRect().height).to.be.greaterThan(50);
      expect([...table.querySelectorAll('thead th')].map(textOf)).to.deep.equal([
        'Кезең',
        'Жұмысқа орналастырылғандар',
        'Оқытылғандар',
      ]);
      expect(
        [...table.querySelectorAll('tbody tr:nth-child(2) > *')].map((cell) => spaced(textOf(cell))),
      ).to.deep.equal(['2023 ж.', 'дерек жоқ', '450 адам']);
      toggle.click();
      await element.updateComplete;
      expect(toggle.getAttribute('aria-pressed')).to.equal('false');
      expect(part(element, 'table')!.parentElement!.getBoundingClientRect().height).to.be.at.most(1);
    });

    it('gives donut shares in the table', async () => {
      const element = await mountChart('donut', { locale: 'en' });
      expect(
        [...part(element, 'table')!.querySelectorAll('tbody tr:first-child > *')].map((cell) => spaced(textOf(cell))),
      ).to.deep.equal(['Grant', '210 people', '42%']);
    });
  });

  describe('missing values are not 0', () => {
    it('bar: the missing region has a dashed "no data" box, not a zero-length bar', async () => {
      const element = await mountChart('bar', { locale: 'ru' });
      const missing = marks(element).find((m) => m.getAttribute('aria-label') === 'город Шымкент: нет данных')!;
      expect(missing.classList.contains('no-data')).to.equal(true);
      expect(getComputedStyle(missing).strokeDasharray).to.not.equal('none');
      expect(textOf(element.shadowRoot!.querySelector('.no-data-label'))).to.equal('нет данных');
      // No filled bar for it.
      expect(element.shadowRoot!.querySelectorAll('.bars rect')).to.have.length(3);
    });

    it('line: the gap stays a gap (no point at 0) and the period is still a named mark', async () => {
      const element = await mountChart('line', { locale: 'ru', metric: 'placed' });
      const path = element.shadowRoot!.querySelector('.line path')!.getAttribute('d')!;
      // Plot starts a new subpath after a missing value: two "M" commands, never a drop to the baseline.
      expect(path.match(/M/g)).to.have.length(2);
      const missing = marks(element).find((m) => m.getAttribute('aria-label') === '2023 г.: нет данных')!;
      expect(missing.localName).to.equal('line');
      expect(element.shadowRoot!.querySelectorAll('.dots > *')).to.have.length(3);
    });

    it('stacked: a missing part takes no room in its stack, and the stack has no total', async () => {
      const element = await mountChart('stacked', { locale: 'ru' });
      const labels = [...element.shadowRoot!.querySelectorAll('.value-label text')].map((t) => spaced(t.textContent));
      expect(labels).to.deep.equal(['558', 'более 440', 'около 180']);
      const column = marks(element).filter((m) => m.getAttribute('data-col') === '2');
      const missing = column.find((m) => m.classList.contains('no-data'))!;
      const known = column.find((m) => m !== missing);
      const baseline = element.shadowRoot!.querySelector('.baseline line')!.getBoundingClientRect().top;
      // The known part stands on the baseline, where it would stand if the missing one were 0 or absent.
      expect(Math.abs(known!.getBoundingClientRect().bottom - baseline)).to.be.below(1.5);
      // Above it, touching at most (in the drawing's own units: an engine's client box may take in the outline).
      const [gap, part] = [missing, known!].map((mark) => (mark as SVGGraphicsElement).getBBox());
      expect(gap!.y + gap!.height).to.be.at.most(part!.y + 0.01);
    });

    for (const [locale, noData] of [
      ['kk', 'дерек жоқ'],
      ['ru', 'нет данных'],
      ['en', 'no data'],
    ] as const) {
      for (const [type, width] of [
        ['stacked', 320],
        ['stacked', 1100],
        ['column', 320],
        ['column', 1100],
        ['bar', 320],
      ] as const) {
        it(`${type}, ${locale}, ${width} px: a missing value is a box that says "${noData}" in it`, async () => {
          const element = await mountChart(type, { locale, width, metric: 'placed,trained' });
          const [missing, ...others] = marks(element).filter((m) => m.classList.contains('no-data'));
          expect(others, 'one missing value').to.have.length(0);
          expect(spaced(missing!.getAttribute('aria-label'))).to.match(new RegExp(`: ${noData}$`));
          const box = missing!.getBoundingClientRect();
          expect(Math.min(box.width, box.height), 'never 0, and a pointer target').to.be.at.least(23.5);
          expect(getComputedStyle(missing!).strokeDasharray).to.not.equal('none');
          const words = [...element.shadowRoot!.querySelectorAll('.no-data-label text')];
          // Broken into lines, the words are a tspan a line.
          const lines = (text: Element): string[] =>
            text.children.length > 0 ? [...text.children].map((line) => line.textContent!) : [text.textContent!];
          expect(words.map((text) => spaced(lines(text).join(' ')))).to.deep.equal([noData]);
          const drawn = words[0]!.getBoundingClientRect();
          // Upright only in a column too narrow for a word across (columns on a phone); at desktop width across.
          if (type === 'bar' || width > 320)
            expect(words[0]!.getAttribute('transform') ?? '', `"${noData}" reads across`).not.to.contain('rotate');
          for (const [edge, inside] of [
            [drawn.left, drawn.left >= box.left - 0.5],
            [drawn.right, drawn.right <= box.right + 0.5],
            [drawn.top, drawn.top >= box.top - 0.5],
            [drawn.bottom, drawn.bottom <= box.bottom + 0.5],
          ] as const)
            expect(inside, `the words (${edge}) inside their box ${JSON.stringify(box)}`).to.equal(true);
          const table = part(element, 'table')!;
          const cells = [...table.querySelectorAll('tbody td')].map((cell) => spaced(textOf(cell)));
          expect(cells.filter((cell) => cell === noData)).to.have.length(1);
          missing!.focus();
          await element.updateComplete;
          expect(spaced(textOf(element.shadowRoot!.querySelector('.tooltip')))).to.contain(noData);
        });
      }
    }

    it('donut: a missing value is no slice but a named box', async () => {
      const feed = chartFeed();
      feed.metrics[2]!.breakdown![3]!.value = null;
      const element = await mountChart('donut', { locale: 'ru', feed });
      expect(element.shadowRoot!.querySelectorAll('path.arc')).to.have.length(3);
      expect(
        marks(element)
          .find((m) => m.classList.contains('no-data'))
          ?.getAttribute('aria-label'),
      ).to.equal('Другое: нет данных');
      // The slices are not the whole: the hole names no total, and the summary says what its total covers.
      expect(element.shadowRoot!.querySelector('.donut-total')?.textContent ?? 'no total').to.equal('no total');
      expect(spaced(textOf(element.shadowRoot!.querySelector('#summary')))).to.contain('Всего по имеющимся данным');
    });

    // Of 210, 160 and 90 (the fourth part missing or negative), "Грант" is 46 %: of the ring, not of the whole.
    const RING_SHARES = {
      kk: {
        name: 'Грант: 210 адам (46%, сақинадағы бөліктер бойынша)',
        note: 'Үлестер тұтастан емес, сақинадағы бөліктердің қосындысынан есептелген.',
        header: 'Сақинадағы үлесі',
      },
      ru: {
        name: 'Грант: 210 человек (46 % от суммы частей на кольце)',
        note: 'Доли рассчитаны от суммы частей на кольце, а не от целого.',
        header: 'Доля на кольце',
      },
      en: {
        name: 'Grant: 210 people (46% of the parts in the ring)',
        note: 'Shares are of the sum of the parts in the ring, not of the whole.',
        header: 'Share of the ring',
      },
    } as const;
    for (const [locale, words] of Object.entries(RING_SHARES)) {
      for (const fourth of [null, -40]) {
        const how = fourth === null ? 'missing' : 'negative';
        it(`donut, ${locale}, a part ${how}: each share says it is of the ring`, async () => {
          const feed = chartFeed();
          feed.metrics[2]!.breakdown![3]!.value = fourth;
          const element = await mountChart('donut', { locale, feed });
          const grant = marks(element).find((mark) => /^(Грант|Grant):/.test(mark.getAttribute('aria-label') ?? ''))!;
          expect(spaced(grant.getAttribute('aria-label')!)).to.equal(words.name);
          const legend = part(element, 'legend')!;
          const note = element.shadowRoot!.getElementById(legend.getAttribute('aria-describedby') ?? '');
          expect(spaced(textOf(note))).to.equal(words.note);
          expect(note!.checkVisibility(), 'the note is on screen').to.equal(true);
          const summary = spaced(textOf(element.shadowRoot!.querySelector('#summary')));
          expect(summary).to.contain(words.name.replace(/^\S+: /, ''));
          const headers = [...part(element, 'table')!.querySelectorAll('thead th')].map((th) => spaced(textOf(th)));
          expect(headers.at(-1)).to.equal(words.header);
          grant.focus();
          await element.updateComplete;
          expect(spaced(textOf(element.shadowRoot!.querySelector('.tooltip-value')))).to.equal(
            words.name.replace(/^\S+: /, ''),
          );
        });
      }
      it(`donut, ${locale}, a whole ring: its shares are of the whole and say nothing more`, async () => {
        const element = await mountChart('donut', { locale });
        const grant = marks(element).find((mark) => /^(Грант|Grant):/.test(mark.getAttribute('aria-label') ?? ''))!;
        expect(spaced(grant.getAttribute('aria-label')!)).to.match(/^(Грант|Grant): 210 \S+ \(42 ?%\)$/);
        expect(part(element, 'legend')!.hasAttribute('aria-describedby')).to.equal(false);
        expect(element.shadowRoot!.querySelector('.legend-note')).to.equal(null);
      });
    }

    it('one metric stacked, a part missing: the note says its shares are of the bar', async () => {
      const feed = chartFeed();
      feed.metrics[2]!.breakdown![3]!.value = null;
      const element = await mountChart('stacked', { locale: 'ru', feed, metric: 'kinds' });
      const note = element.shadowRoot!.getElementById(part(element, 'legend')!.getAttribute('aria-describedby')!);
      expect(spaced(textOf(note))).to.equal('Доли рассчитаны от суммы частей на полосе, а не от целого.');
    });

    it('donut: a whole ring names its total in the hole', async () => {
      const element = await mountChart('donut', { locale: 'ru' });
      expect(element.shadowRoot!.querySelector('.donut-total .total-caption')?.textContent).to.equal('Всего');
    });
  });

  itPrefers(
    { 'prefers-reduced-motion': 'reduce' },
    'draws no transitions or animations, and honours reduced motion',
    async () => {
      expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
      const element = await mountChart('column', { locale: 'ru' });
      for (const node of [...element.shadowRoot!.querySelectorAll('*')]) {
        const style = getComputedStyle(node);
        expect(
          style.transitionDuration.split(',').every((d) => Number.parseFloat(d) === 0),
          node.localName,
        ).to.equal(true);
        expect(style.animationName, node.localName).to.equal('none');
      }
      const sheets = (element.constructor as typeof InclusionChart).elementStyles
        .map((s) => (s as { cssText: string }).cssText)
        .join('\n');
      expect(sheets).to.contain('prefers-reduced-motion: reduce');
    },
  );

  it('has rules for forced colours: system colours for marks, text and the focus ring', async () => {
    const sheets = (customElements.get('inclusion-chart') as typeof InclusionChart).elementStyles
      .map((s) => (s as { cssText: string }).cssText)
      .join('\n');
    const forced = sheets.slice(sheets.lastIndexOf('@media (forced-colors: active)'));
    for (const rule of [
      '.focus-ring { stroke: Highlight; }',
      'fill: CanvasText',
      '.pattern-texture { stroke: CanvasText; }',
      '.background { fill: Canvas',
    ])
      expect(forced).to.contain(rule);
  });

  it('uses text of at least 12 px for axes and labels', async () => {
    for (const type of TYPES) {
      const element = await mountChart(type, { locale: 'kk', width: 320 });
      for (const text of element.shadowRoot!.querySelectorAll('svg text')) {
        expect(Number.parseFloat(getComputedStyle(text).fontSize), `${type}: ${text.textContent}`).to.be.at.least(12);
      }
      element.parentElement!.remove();
    }
  });

  it('exposes its title as part="label", as the map and the table do', async () => {
    const element = await mountChart('bar', { locale: 'en' });
    const label = part(element, 'label')!;
    expect(label.id).to.equal('title');
    expect(textOf(label)).to.not.equal('');
  });

  it('fires inclusion-load once the marks are drawn', async () => {
    const element = document.createElement('inclusion-chart');
    element.setAttribute('type', 'area');
    element.setAttribute('locale', 'en');
    const loaded = new Promise<number>((resolve) =>
      element.addEventListener('inclusion-load', () => resolve(marks(element).length)),
    );
    element.feed = chartFeed();
    document.body.append(element);
    expect(await loaded).to.equal(4);
    element.remove();
  });

  it('reports an unknown metric as a metric error with a localized alert', async () => {
    const element = document.createElement('inclusion-chart');
    const errors: InclusionErrorEvent['detail'][] = [];
    element.addEventListener('inclusion-error', (event) => errors.push(event.detail));
    element.setAttribute('locale', 'ru');
    element.setAttribute('metric', 'placed,nope');
    element.feed = chartFeed();
    document.body.append(element);
    await settled(element);
    expect(element.getAttribute('state')).to.equal('error');
    expect(errors.map((e) => e.kind)).to.deep.equal(['metric']);
    expect(textOf(part(element, 'error'))).to.contain('Этого показателя нет в данных');
    element.remove();
  });

  it('says there is nothing to draw when every value is missing', async () => {
    const feed = chartFeed();
    feed.metrics[0]!.breakdown = feed.metrics[0]!.breakdown!.map((item) => ({ ...item, value: null }));
    const element = await mountChart('bar', { locale: 'ru', metric: 'placed', feed });
    expect(textOf(element.shadowRoot!.querySelector('.message'))).to.equal('Нет данных для построения диаграммы.');
    expect(element.shadowRoot!.querySelector('svg.chart-svg')).to.equal(null);
    expect(spaced(textOf(element.shadowRoot!.querySelector('#summary')))).to.contain(
      'Нет данных для построения диаграммы.',
    );
  });

  it('picks bars for a breakdown and a line for a series when type is absent or unknown', async () => {
    const element = await mountElement('inclusion-chart', { metric: 'kinds', type: 'pie-in-the-sky' }, chartFeed());
    expect(element.shadowRoot!.querySelector('svg.chart-svg')!.classList.contains('type-bar')).to.equal(true);
    element.remove();
  });

  it('follows the locale of the page and changes language without losing its place', async () => {
    const wrapper = document.createElement('div');
    wrapper.lang = 'kk-KZ';
    wrapper.className = 'chart-page';
    const element = document.createElement('inclusion-chart');
    element.setAttribute('type', 'bar');
    element.feed = chartFeed();
    wrapper.append(element);
    document.body.append(wrapper);
    await settled(element);
    expect(spaced(marks(element)[0]!.getAttribute('aria-label'))).to.equal('Қарағанды облысы: 358 адам');
    wrapper.lang = 'ru';
    const { until } = await import('./chart-helpers.js');
    await until(() => spaced(marks(element)[0]?.getAttribute('aria-label')) === 'Карагандинская область: 358 человек');
  });

  it('renders literally whatever text a feed holds (no markup is interpreted)', async () => {
    const feed = chartFeed();
    feed.metrics[2]!.breakdown![0]!.label = '<img src=x onerror="window.__pwned=1">';
    const element = await mountChart('donut', { locale: 'ru', feed });
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    expect(element.shadowRoot!.querySelector('img')).to.equal(null);
    expect(marks(element)[0]!.getAttribute('aria-label')).to.contain('<img src=x');
  });
});
