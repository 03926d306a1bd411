/**
 * Metrics without a breakdown or series, compared as bars of their own values; the checks that keep
 * such a comparison honest; and the legend's rules: none for one series, a metric without values said
 * in words rather than drawn as empty boxes.
 */
import { expect } from '@esm-bundle/chai';
import '../../src/elements/chart/define.js';
import type { InclusionErrorEvent } from '../../src/events.js';
import type { Feed } from '../../src/feed/schema.js';
import { clearFeedCache } from '../../src/feed/feed-cache.js';
import { feedOf } from '../fixtures/feeds.mjs';
import { GRANTS, PEOPLE } from '../fixtures/units.mjs';
import { part, textOf } from '../support/dom.js';
import { chartFeed } from './chart-feeds.js';
import { marks, mountChart, removeCharts, spaced } from './chart-helpers.js';

function figuresFeed(): Feed {
  return feedOf(
    [
      {
        id: 'placed',
        label: { kk: 'Вакансияларға орналастырылды', ru: 'Трудоустроено на вакансии', en: 'Placed in vacancies' },
        value: 358,
        unit: PEOPLE,
      },
      {
        id: 'public',
        label: {
          kk: 'Қоғамдық жұмыстарға жіберілді',
          ru: 'Направлены на общественные работы',
          en: 'Sent to public works',
        },
        value: 290,
        qualifier: 'more-than',
        unit: PEOPLE,
      },
      {
        id: 'social',
        label: {
          kk: 'Әлеуметтік жұмыс орындарына',
          ru: 'Направлены на социальные рабочие места',
          en: 'Sent to social jobs',
        },
        value: 15,
        unit: PEOPLE,
      },
      {
        id: 'grants',
        label: { kk: 'Гранттар', ru: 'Гранты', en: 'Grants' },
        value: 61,
        unit: GRANTS,
      },
      { id: 'share', label: { kk: 'Үлесі', ru: 'Доля', en: 'Share' }, value: 50, format: 'percent' },
    ],
    { id: 'figures', title: { kk: 'Жұмыспен қамту', ru: 'Занятость', en: 'Employment' } },
  );
}

describe('<inclusion-chart> comparing metrics without a breakdown', () => {
  afterEach(() => {
    removeCharts();
    clearFeedCache();
  });

  for (const type of ['bar', 'column'] as const) {
    it(`draws one named ${type} per metric, with summary and table`, async () => {
      const element = await mountChart(type, { feed: figuresFeed(), metric: 'placed,public,social', locale: 'ru' });
      expect(element.getAttribute('state')).to.equal('ready');
      expect(marks(element).map((mark) => spaced(mark.getAttribute('aria-label')))).to.deep.equal([
        'Трудоустроено на вакансии: 358 человек',
        'Направлены на общественные работы: более 290 человек',
        'Направлены на социальные рабочие места: 15 человек',
      ]);
      const summary = spaced(textOf(element.shadowRoot!.querySelector('#summary')));
      expect(summary).to.contain('Наибольшее значение — Трудоустроено на вакансии: 358 человек.');
      expect(summary).to.contain('Наименьшее значение — Направлены на социальные рабочие места: 15 человек.');
      const rows = [...part(element, 'table')!.querySelectorAll('tbody tr')].map((row) =>
        [...row.children].map((cell) => spaced(textOf(cell))),
      );
      expect(rows).to.deep.equal([
        ['Трудоустроено на вакансии', '358 человек'],
        ['Направлены на общественные работы', 'более 290 человек'],
        ['Направлены на социальные рабочие места', '15 человек'],
      ]);
      expect(part(element, 'legend') === null, 'one series: no legend').to.equal(true);
    });
  }

  it('refuses metrics counted in different units, with a metric error that says why', async () => {
    const errors: InclusionErrorEvent['detail'][] = [];
    document.addEventListener('inclusion-error', (event) => errors.push(event.detail), { once: true });
    const element = await mountChart('bar', { feed: figuresFeed(), metric: 'placed,grants', locale: 'ru' });
    expect(element.getAttribute('state')).to.equal('error');
    expect(errors[0]?.kind).to.equal('metric');
    expect(errors[0]?.message).to.match(/"placed".*"grants".*same unit and format/s);
    expect(textOf(part(element, 'error'))).to.equal(
      'Эти показатели нельзя сравнить на одной диаграмме: они измеряются в разных единицах. Сообщите владельцу сайта.',
    );
    expect(marks(element).length).to.equal(0);
  });

  it('refuses a number beside a percentage', async () => {
    const element = await mountChart('column', { feed: figuresFeed(), metric: 'share,placed', locale: 'en' });
    expect(element.getAttribute('state')).to.equal('error');
    expect(textOf(part(element, 'error'))).to.contain('counted in different units');
  });

  it('refuses a line, area, stack or donut of metrics that have no series or breakdown', async () => {
    for (const type of ['line', 'area', 'stacked', 'donut'] as const) {
      const element = await mountChart(type, { feed: figuresFeed(), metric: 'placed,public', locale: 'kk' });
      expect(element.getAttribute('state'), type).to.equal('error');
      expect(textOf(part(element, 'error')), type).to.contain('уақыт қатары немесе бөліну керек');
      removeCharts();
    }
  });
});

describe('<inclusion-chart> legend', () => {
  afterEach(() => {
    removeCharts();
    clearFeedCache();
  });

  it('has none for one series, and one entry a series for several', async () => {
    const single = await mountChart('bar', { metric: 'placed', locale: 'ru' });
    expect(part(single, 'legend') === null, 'one series: no legend').to.equal(true);
    removeCharts();
    const grouped = await mountChart('column', { metric: 'placed,trained', locale: 'ru' });
    expect([...part(grouped, 'legend')!.querySelectorAll('li')].map(textOf)).to.deep.equal([
      'Трудоустроено',
      'Прошли обучение',
    ]);
  });

  it('says a metric without values in the legend and the summary, and draws no boxes for it', async () => {
    const feed = chartFeed();
    const trained = feed.metrics[1]!;
    (trained as { breakdown?: unknown }).breakdown = trained.breakdown!.map((item) => ({ ...item, value: null }));
    const element = await mountChart('column', { feed, metric: 'placed,trained', locale: 'ru' });
    const items = [...part(element, 'legend')!.querySelectorAll('li')];
    // The name and its state read apart, by eye and by a screen reader (a space between them).
    expect(items.map(textOf)).to.deep.equal(['Трудоустроено', 'Прошли обучение нет данных']);
    expect(items[1]!.querySelector('.swatch') === null, 'no swatch for what is not drawn').to.equal(true);
    expect(spaced(textOf(element.shadowRoot!.querySelector('#summary')))).to.contain('Нет данных: Прошли обучение.');
    // Only the metric with values is drawn: its four regions (one of them missing, said by its own box).
    expect(marks(element).map((mark) => mark.getAttribute('data-row'))).to.deep.equal(['0', '0', '0', '0']);
    expect(element.shadowRoot!.querySelectorAll('.row-1')).to.have.length(0);
  });
});
