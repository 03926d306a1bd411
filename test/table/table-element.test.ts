/** `<inclusion-table>` in a real browser: rows, caption, sorting, CSV download, selection, states. */
import { expect } from '@esm-bundle/chai';
import { press } from '../a11y/keys.js';
import { generatedContent } from '../support/css.js';
import type { InclusionSelectEvent } from '../../src/events.js';
import type { Feed } from '../../src/feed/schema.js';
import { cleanup, part, settled, textOf } from '../support/dom.js';
import { XSS_CORPUS } from '../fixtures/hostile.mjs';
import { tableFeed } from './table-feeds.js';
import {
  $,
  $$,
  ariaSorts,
  bodyColumn,
  bodyRows,
  clickHeader,
  headerButton,
  headerCell,
  mountTable,
  removeTables,
  sp,
} from './table-helpers.js';

declare global {
  interface Window {
    __pwned?: number;
  }
}

/** Catches the `<a download>` the element clicks, without starting a real download. */
async function catchDownload(action: () => void): Promise<HTMLAnchorElement[]> {
  const clicked: HTMLAnchorElement[] = [];
  const original = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    clicked.push(this);
  };
  try {
    action();
  } finally {
    HTMLAnchorElement.prototype.click = original;
  }
  return clicked;
}

describe('<inclusion-table>', () => {
  afterEach(() => removeTables());

  describe('rows', () => {
    it('lists a regional breakdown with official names in kk, ru and en, qualifiers kept, no data said', async () => {
      const expected: Record<string, string[][]> = {
        ru: [
          ['Карагандинская область', '358 человек'],
          ['Туркестанская область', 'более 290 человек'],
          ['город Астана', 'нет данных'],
          ['область Абай', '12 человек'],
          ['область Ұлытау', 'около 1 120,5 человека'],
        ],
        kk: [
          ['Қарағанды облысы', '358 адам'],
          ['Түркістан облысы', '290-нан астам адам'],
          ['Астана қаласы', 'дерек жоқ'],
          ['Абай облысы', '12 адам'],
          ['Ұлытау облысы', 'шамамен 1 120,5 адам'],
        ],
        en: [
          ['Karaganda Region', '358 people'],
          ['Turkistan Region', 'more than 290 people'],
          ['Astana City', 'no data'],
          ['Abai Region', '12 people'],
          ['Ulytau Region', 'about 1,120.5 people'],
        ],
      };
      for (const locale of ['ru', 'kk', 'en']) {
        const element = await mountTable({ locale, metric: 'placed' });
        expect(bodyRows(element), locale).to.deep.equal(expected[locale]);
        element.remove();
      }
    });

    it('uses th scope="col" for headers and th scope="row" for row names; numbers right-aligned', async () => {
      const element = await mountTable({ locale: 'en' });
      const headers = $$(element, 'thead th');
      expect(headers).to.have.length(4);
      expect(headers.every((th) => th.getAttribute('scope') === 'col')).to.equal(true);
      const rowHeaders = $$(element, 'tbody th');
      expect(rowHeaders).to.have.length(4);
      expect(rowHeaders.every((th) => th.getAttribute('scope') === 'row')).to.equal(true);
      expect($$(element, 'tbody tr').every((tr) => tr.firstElementChild!.localName === 'th')).to.equal(true);
      const value = $$(element, 'tbody td')[0]!;
      expect(getComputedStyle(value).textAlign).to.be.oneOf(['end', 'right']);
      expect(getComputedStyle(headers[1]!).textAlign).to.be.oneOf(['end', 'right']);
      expect(getComputedStyle($$(element, 'tbody td')[1]!).textAlign).to.be.oneOf(['start', 'left']);
    });

    it('shows no data in words and marks it, never as 0', async () => {
      const element = await mountTable({ locale: 'ru', metric: 'placed' });
      const missing = $$(element, 'td.missing');
      expect(missing.map((td) => textOf(td))).to.deep.equal(['нет данных']);
      expect(bodyColumn(element, 1)).to.not.include('0');
    });

    it('lists a series by period in the reader language', async () => {
      const element = await mountTable({ locale: 'ru', metric: 'trend' });
      expect(bodyRows(element)).to.deep.equal([
        ['ноябрь 2024 г.', '4 %'],
        ['2023 г.', '3 %'],
        ['март 2024 г.', 'нет данных'],
        ['I квартал 2025 г.', 'около 5 %'],
        ['сентябрь 2024 г.', '2 %'],
      ]);
      expect(textOf($(element, 'thead'))).to.equal('Период Значение');
    });

    it('lists every metric when metric is absent, and the named ones when several are given', async () => {
      const all = await mountTable({ locale: 'en' });
      expect(bodyRows(all)).to.deep.equal([
        ['Placed', '1,000 people', '2025', 'final'],
        ['Groups', '30', '2025', 'provisional'],
        ['Trend', '5%', '2025', 'final'],
        ['Budget', '₸200,000', '2024', 'estimate'],
      ]);
      expect(textOf($(all, 'thead'))).to.equal('Metric Value Period Status');
      all.remove();
      const two = await mountTable({ locale: 'kk', metric: 'budget, trend' });
      expect(bodyColumn(two, 0)).to.deep.equal(['Бюджет', 'Динамика']);
    });

    it('marks text that fell back to another language with lang', async () => {
      const element = await mountTable({ locale: 'kk' });
      const trend = $$(element, 'tbody th button')[2]!;
      expect([textOf(trend), trend.getAttribute('lang')]).to.deep.equal(['Динамика', 'ru']);
      expect($(element, '.wrap').getAttribute('lang')).to.equal('kk');
    });

    it('follows a change of locale and metric', async () => {
      const element = await mountTable({ locale: 'ru', metric: 'placed' });
      element.setAttribute('locale', 'en');
      await element.updateComplete;
      expect(bodyColumn(element, 0)[0]).to.equal('Karaganda Region');
      element.setAttribute('metric', 'trend');
      await element.updateComplete;
      expect(bodyColumn(element, 0)[0]).to.equal('November 2024');
    });
  });

  describe('caption, source and notes', () => {
    it('captions a metric with the feed title, the metric and its period, in every language', async () => {
      const expected: Record<string, string> = {
        ru: 'Проверка таблицы: Трудоустроено, 2025 г.',
        kk: 'Кесте сынағы: Жұмысқа орналастырылды, 2025 ж.',
        en: 'Table test: Placed, 2025',
      };
      for (const locale of ['ru', 'kk', 'en']) {
        const element = await mountTable({ locale, metric: 'placed' });
        const caption = part(element, 'label')!;
        expect(caption.localName).to.equal('caption');
        expect(sp(textOf(caption)), locale).to.equal(expected[locale]);
        element.remove();
      }
    });

    it('captions every metric with the feed title and period, and a series without a period', async () => {
      const all = await mountTable({ locale: 'en' });
      expect(textOf(part(all, 'label'))).to.equal('Table test, 2025');
      all.remove();
      const series = await mountTable({ locale: 'en', metric: 'trend' });
      expect(textOf(part(series, 'label'))).to.equal('Table test: Trend');
    });

    it('shows the source as a safe link with its publication date beside the table', async () => {
      const element = await mountTable({ locale: 'ru', metric: 'placed' });
      const source = part(element, 'source')!;
      expect(sp(textOf(source))).to.equal('Источник: Test Office опубликовано 1 марта 2025 г.');
      const link = source.querySelector('a')!;
      expect(link.getAttribute('href')).to.equal('https://example.org/report');
      expect(link.getAttribute('rel')).to.contain('noopener');
    });

    it('says a metric status that is not final, and shows its note in its language', async () => {
      const element = await mountTable({ locale: 'kk', metric: 'groups' });
      expect(textOf(part(element, 'source'))).to.contain('алдын ала деректер');
      const note = $(element, '.note');
      expect([textOf(note), note.getAttribute('lang')]).to.deep.equal(['Категории условные', 'ru']);
    });
  });

  describe('sorting', () => {
    /** Presses each header's button twice and checks aria-sort, the one sorted column and the order of `probe`. */
    async function checkEveryColumn(
      element: Awaited<ReturnType<typeof mountTable>>,
      expected: Record<string, string[]>,
      probe: number,
    ): Promise<void> {
      const count = $$(element, 'thead th').length;
      expect(ariaSorts(element).every((value) => value === null)).to.equal(true);
      for (let column = 0; column < count; column += 1) {
        for (const direction of ['ascending', 'descending']) {
          await clickHeader(element, column);
          const sorts = ariaSorts(element);
          expect(sorts[column], `column ${column} ${direction}`).to.equal(direction);
          expect(
            sorts.filter((value) => value !== null),
            `only column ${column} sorted`,
          ).to.have.length(1);
          expect(bodyColumn(element, probe), `column ${column} ${direction}`).to.deep.equal(
            expected[`${column} ${direction}`],
          );
        }
      }
    }

    /** For each table: the first column's order after each header press (column, direction). */
    const everyColumn: { name: string; table: Parameters<typeof mountTable>[0]; orders: Record<string, string[]> }[] = [
      {
        name: 'a breakdown, with aria-sort and no data last',
        table: { locale: 'ru', metric: 'placed' },
        orders: {
          '0 ascending': [
            'город Астана',
            'Карагандинская область',
            'область Абай',
            'область Ұлытау',
            'Туркестанская область',
          ],
          '0 descending': [
            'Туркестанская область',
            'область Ұлытау',
            'область Абай',
            'Карагандинская область',
            'город Астана',
          ],
          '1 ascending': [
            'область Абай',
            'Туркестанская область',
            'Карагандинская область',
            'область Ұлытау',
            'город Астана',
          ],
          '1 descending': [
            'область Ұлытау',
            'Карагандинская область',
            'Туркестанская область',
            'область Абай',
            'город Астана',
          ],
        },
      },
      {
        name: 'a series, in time',
        table: { locale: 'en', metric: 'trend' },
        orders: {
          '0 ascending': ['2023', 'March 2024', 'September 2024', 'November 2024', 'Q1 2025'],
          '0 descending': ['Q1 2025', 'November 2024', 'September 2024', 'March 2024', '2023'],
          '1 ascending': ['September 2024', '2023', 'November 2024', 'Q1 2025', 'March 2024'],
          '1 descending': ['Q1 2025', 'November 2024', '2023', 'September 2024', 'March 2024'],
        },
      },
      {
        name: 'every metric, by each of its four columns',
        table: { locale: 'en' },
        orders: {
          '0 ascending': ['Budget', 'Groups', 'Placed', 'Trend'],
          '0 descending': ['Trend', 'Placed', 'Groups', 'Budget'],
          '1 ascending': ['Trend', 'Groups', 'Placed', 'Budget'],
          '1 descending': ['Budget', 'Placed', 'Groups', 'Trend'],
          '2 ascending': ['Budget', 'Placed', 'Groups', 'Trend'],
          '2 descending': ['Placed', 'Groups', 'Trend', 'Budget'],
          '3 ascending': ['Budget', 'Placed', 'Trend', 'Groups'],
          '3 descending': ['Groups', 'Placed', 'Trend', 'Budget'],
        },
      },
    ];
    for (const { name, table, orders } of everyColumn) {
      it(`sorts ${name}, by each column both ways`, async () => {
        await checkEveryColumn(await mountTable(table), orders, 0);
      });
    }

    it('sorts a Kazakh breakdown by the Kazakh alphabet', async () => {
      const element = await mountTable({ locale: 'kk', metric: 'placed' });
      await clickHeader(element, 0);
      expect(bodyColumn(element, 0)).to.deep.equal([
        'Абай облысы',
        'Астана қаласы',
        'Қарағанды облысы',
        'Түркістан облысы',
        'Ұлытау облысы',
      ]);
    });

    it('names the header button by the column, describes what pressing does, and announces the new order', async () => {
      const element = await mountTable({ locale: 'ru', metric: 'placed' });
      const button = headerButton(element, 0);
      expect(textOf(button)).to.equal('Регион');
      expect(button.hasAttribute('aria-label')).to.equal(false);
      const description = (): string =>
        textOf(element.shadowRoot!.getElementById(headerButton(element, 0).getAttribute('aria-describedby')!));
      expect(description()).to.equal('Сортировать по возрастанию');
      const live = $(element, '[role="status"][aria-live="polite"]');
      expect(textOf(live)).to.equal('');
      await clickHeader(element, 0);
      expect(description()).to.equal('Сортировать по убыванию');
      expect(textOf(live)).to.equal('Отсортировано по столбцу «Регион», по возрастанию');
      await clickHeader(element, 0);
      expect(textOf(live)).to.equal('Отсортировано по столбцу «Регион», по убыванию');
      expect(headerCell(element, 0).querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    });

    it('sorts from the keyboard: Tab to a header button, Enter', async () => {
      const element = await mountTable({ locale: 'en', metric: 'placed' });
      headerButton(element, 1).focus();
      await press('Enter');
      await element.updateComplete;
      expect(headerCell(element, 1).getAttribute('aria-sort')).to.equal('ascending');
      await press(' ');
      await element.updateComplete;
      expect(headerCell(element, 1).getAttribute('aria-sort')).to.equal('descending');
      expect(element.shadowRoot!.activeElement).to.equal(headerButton(element, 1));
    });

    it('forgets the order when the metric changes, and keeps it through new data', async () => {
      const element = await mountTable({ locale: 'en', metric: 'placed' });
      await clickHeader(element, 1);
      const feed = tableFeed();
      feed.metrics[0]!.breakdown![0]!.value = 1;
      element.feed = feed;
      await settled(element);
      await element.updateComplete;
      expect(bodyColumn(element, 1)[0]).to.equal('1 person');
      expect(headerCell(element, 1).getAttribute('aria-sort')).to.equal('ascending');
      element.setAttribute('metric', 'trend');
      await element.updateComplete;
      expect(ariaSorts(element)).to.deep.equal([null, null]);
      expect(bodyColumn(element, 0)[0]).to.equal('November 2024');
    });
  });

  describe('CSV download', () => {
    it('downloads UTF-8 CSV with a BOM through a Blob URL named after the feed, never a data: URL', async () => {
      const element = await mountTable({ locale: 'kk', metric: 'placed' });
      const button = part(element, 'download')!;
      expect([button.localName, button.getAttribute('type'), textOf(button)]).to.deep.equal([
        'button',
        'button',
        'CSV жүктеп алу',
      ]);
      const clicked = await catchDownload(() => button.click());
      expect(clicked).to.have.length(1);
      const link = clicked[0]!;
      expect(link.protocol).to.equal('blob:');
      expect(link.download).to.equal('table-test-placed.csv');
      expect(link.isConnected).to.equal(false);
      const blob = await (await fetch(link.href)).blob();
      // WebKit answers a blob: URL with the type's essence only; the BOM below makes the encoding certain anyway.
      expect(blob.type).to.match(/^text\/csv(;charset=utf-8)?$/);
      const bytes = new Uint8Array(await blob.arrayBuffer());
      expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
      expect(text.split('\n').slice(0, 2)).to.deep.equal([
        '\ufeffӨңір,Мәні,Нақтылау,Өлшем бірлігі,Коды',
        'Қарағанды облысы,358,exact,адам,KZ-35',
      ]);
    });

    it('writes every metric when none is named, and the filename has no metric', async () => {
      const element = await mountTable({ locale: 'en' });
      await clickHeader(element, 0);
      const [link] = await catchDownload(() => part(element, 'download')!.click());
      expect(link!.download).to.equal('table-test.csv');
      const bytes = await (await fetch(link!.href)).arrayBuffer();
      const lines = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).split('\n');
      expect(lines[0]).to.equal('\ufeffMetric,Value,Qualifier,Unit,Period,Status,Code');
      // The feed order, not the on-screen sort.
      expect(lines.slice(1).map((line) => line.split(',')[0])).to.deep.equal(['Placed', 'Groups', 'Trend', 'Budget']);
    });
  });

  describe('selection', () => {
    it('fires inclusion-select with metric, key and value when a row is clicked', async () => {
      const element = await mountTable({ locale: 'en', metric: 'placed' });
      const picked: InclusionSelectEvent['detail'][] = [];
      document.addEventListener('inclusion-select', (event) => picked.push(event.detail), { once: true });
      $$<HTMLButtonElement>(element, 'tbody th button')[1]!.click();
      expect(picked).to.deep.equal([{ metric: 'placed', key: 'KZ-61', value: 290 }]);
    });

    it('fires it once for a click anywhere on a row: its value cell, the row itself or its name', async () => {
      const element = await mountTable({ locale: 'en', metric: 'placed' });
      const picked: InclusionSelectEvent['detail'][] = [];
      element.addEventListener('inclusion-select', (event) => picked.push(event.detail));
      const rows = $$<HTMLTableRowElement>(element, 'tbody tr');
      rows[1]!.querySelector('td')!.click();
      rows[1]!.querySelector('button')!.click();
      rows[2]!.click();
      rows[2]!.querySelector('button')!.click();
      const turkistan = { metric: 'placed', key: 'KZ-61', value: 290 };
      expect(picked).to.have.length(4);
      expect(picked.slice(0, 2)).to.deep.equal([turkistan, turkistan]);
      expect(picked[2]).to.deep.equal(picked[3]).and.not.deep.equal(turkistan);
    });

    it('fires it from the keyboard (Enter on a row button), null for no data, the right row after a sort', async () => {
      const element = await mountTable({ locale: 'ru', metric: 'placed' });
      await clickHeader(element, 1);
      const picked: InclusionSelectEvent['detail'][] = [];
      element.addEventListener('inclusion-select', (event) => picked.push(event.detail));
      const buttons = $$<HTMLButtonElement>(element, 'tbody th button');
      buttons[4]!.focus();
      await press('Enter');
      buttons[0]!.focus();
      await press('Enter');
      expect(picked).to.deep.equal([
        { metric: 'placed', key: 'KZ-71', value: null },
        { metric: 'placed', key: 'KZ-10', value: 12 },
      ]);
    });

    it('reports the metric id for a row of the every-metric table and the ISO period for a series', async () => {
      const picked: InclusionSelectEvent['detail'][] = [];
      const listener = (event: InclusionSelectEvent): void => void picked.push(event.detail);
      document.addEventListener('inclusion-select', listener);
      const all = await mountTable({ locale: 'en' });
      $$<HTMLButtonElement>(all, 'tbody th button')[3]!.click();
      const series = await mountTable({ locale: 'en', metric: 'trend' });
      $$<HTMLButtonElement>(series, 'tbody th button')[3]!.click();
      document.removeEventListener('inclusion-select', listener);
      expect(picked).to.deep.equal([
        { metric: 'budget', key: 'budget', value: 200000 },
        { metric: 'trend', key: '2025-Q1', value: 5 },
      ]);
    });
  });

  describe('narrow screens', () => {
    it('scrolls inside a focusable region labelled by the caption', async () => {
      const element = await mountTable({ locale: 'ru' });
      const region = $(element, '[role="region"]');
      expect(region.getAttribute('tabindex')).to.equal('0');
      expect(region.contains($(element, 'table'))).to.equal(true);
      expect(getComputedStyle(region).overflowX).to.equal('auto');
      const caption = element.shadowRoot!.getElementById(region.getAttribute('aria-labelledby')!)!;
      expect(caption).to.equal(part(element, 'label'));
    });

    it('reflows at 320 px: the widget is no wider than its column, and the table fits', async () => {
      for (const metric of [undefined, 'placed', 'groups']) {
        const element = await mountTable({ locale: 'kk', width: 320, ...(metric ? { metric } : {}) });
        expect(element.getBoundingClientRect().width, metric).to.be.at.most(320);
        const region = $(element, '[role="region"]');
        expect(region.scrollWidth, metric).to.be.at.most(region.clientWidth + 1);
        removeTables();
      }
    });

    it('moves period and status under the metric name when four columns do not fit, back when they do', async () => {
      const element = await mountTable({ locale: 'kk', width: 320 });
      const shown = (selector: string): boolean[] =>
        $$(element, selector).map((cell) => getComputedStyle(cell).display !== 'none');
      expect(shown('.col-period')).to.deep.equal([false, false, false, false, false]);
      expect(shown('.col-status').every((visible) => !visible)).to.equal(true);
      const details = $$(element, 'tbody th').map((th) => generatedContent(th, '::after'));
      expect(details).to.deep.equal(['"2025 ж."', '"2025 ж., алдын ала деректер"', '"2025 ж."', '"2024 ж., бағалау"']);
      // The DOM keeps a cell per column and the text of each cell is its own.
      expect(bodyRows(element)[1]).to.deep.equal(['Groups', '30', '2025 ж.', 'алдын ала деректер']);
      element.parentElement!.style.width = '900px';
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(shown('.col-period').every(Boolean)).to.equal(true);
      expect(generatedContent($$(element, 'tbody th')[1]!, '::after')).to.equal('none');
    });

    it('keeps the page from scrolling sideways when a cell cannot wrap: the region scrolls instead', async () => {
      const feed: Feed = {
        version: 1,
        id: 'wide',
        title: 'Wide',
        metrics: [{ id: 'm', label: 'm', value: 1, breakdown: [{ key: 'k', value: 123456789012, label: 'x' }] }],
      };
      const element = await mountTable({ locale: 'en', width: 120, feed, metric: 'm' });
      expect(element.getBoundingClientRect().width).to.be.at.most(120);
      expect(element.getBoundingClientRect().right).to.be.at.most(document.documentElement.clientWidth);
      const region = $(element, '[role="region"]');
      expect(region.scrollWidth).to.be.above(region.clientWidth);
      region.focus();
      expect(element.shadowRoot!.activeElement).to.equal(region);
      await press('ArrowRight');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(region.scrollLeft).to.be.above(0);
    });
  });

  // Loading, errors and recovery are tested for every element in test/shared/element-contract.ts.
  describe('states', () => {
    it('loads a feed from src and fires inclusion-load once', async () => {
      const element = document.createElement('inclusion-table');
      let loads = 0;
      element.addEventListener('inclusion-load', () => void (loads += 1));
      element.setAttribute('src', '/__test__/feed/table-src.json');
      element.setAttribute('locale', 'en');
      document.body.append(element);
      await settled(element);
      expect(loads).to.equal(1);
      expect(bodyRows(element)).to.deep.equal([['People', 'more than 1,120', '', 'final']]);
      element.remove();
    });
  });

  describe('hostile feeds', () => {
    afterEach(() => cleanup('inclusion-table'));

    it('shows markup in every string as text, runs none of it, and keeps it inert in the CSV', async () => {
      delete window.__pwned;
      for (const payload of XSS_CORPUS) {
        const feed: Feed = {
          version: 1,
          id: 'hostile',
          title: { kk: payload, ru: payload, en: payload },
          source: { name: payload },
          metrics: [
            {
              id: 'a',
              label: payload,
              value: 1,
              unit: payload,
              note: payload,
              breakdown: [
                { key: 'KZ-35', value: 1 },
                { key: 'x', value: 2, label: payload },
              ],
            },
          ],
        };
        const element = await mountTable({ locale: 'en', metric: 'a', feed });
        expect(element.getAttribute('state'), payload).to.equal('ready');
        expect(bodyColumn(element, 0)[1], payload).to.equal(textOf({ textContent: payload } as Element));
        expect($$(element, 'tbody img, tbody script, tbody svg, caption *:not(span)'), payload).to.have.length(0);
        const [link] = await catchDownload(() => part(element, 'download')!.click());
        const csv = await (await fetch(link!.href)).text();
        for (const line of csv.split('\n').slice(1)) expect(/^"?[=+\-@]/.test(line), payload).to.equal(false);
        removeTables();
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(window.__pwned).to.equal(undefined);
    });
  });

  describe('scale', () => {
    it('renders and sorts 5 000 categories', async () => {
      const breakdown = Array.from({ length: 5000 }, (_, index) => ({
        key: `c${index}`,
        value: (index * 7919) % 5000,
        label: `Санат ${index}`,
      }));
      const feed: Feed = {
        version: 1,
        id: 'big',
        title: 'Big',
        metrics: [{ id: 'm', label: 'm', value: null, breakdown }],
      };
      const element = await mountTable({ locale: 'kk', metric: 'm', feed });
      expect($$(element, 'tbody tr')).to.have.length(5000);
      await clickHeader(element, 0);
      await clickHeader(element, 1);
      expect(bodyColumn(element, 1).slice(0, 3)).to.deep.equal(['0', '1', '2']);
    });
  });

  describe('styles', () => {
    it('has rules for forced colours and reduced motion, and themes dark from the same tokens', async () => {
      const element = await mountTable({ locale: 'en', theme: 'dark', metric: 'placed' });
      const rules = (element.constructor as unknown as { elementStyles: { cssText: string }[] }).elementStyles
        .map((s) => s.cssText)
        .join('\n');
      expect(rules).to.match(/@media \(forced-colors: active\)[^@]*\.sort-mark[^}]*fill: CanvasText/);
      expect(rules).to.contain('@media (prefers-reduced-motion: reduce)');
      const surface = getComputedStyle($(element, '.wrap')).backgroundColor;
      element.setAttribute('theme', 'light');
      await element.updateComplete;
      expect(getComputedStyle($(element, '.wrap')).backgroundColor).to.not.equal(surface);
    });
  });
});
