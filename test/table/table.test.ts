import { expect } from '@esm-bundle/chai';
import '../../src/elements/table/define.js';
import type { InclusionTable } from '../../src/elements/table/inclusion-table.js';
import { neutralise, tableCsv } from '../../src/elements/table/table-csv.js';
import { tableModel } from '../../src/elements/table/table-rows.js';
import type { InclusionSelectEvent } from '../../src/events.js';
import type { Feed } from '../../src/feed/schema.js';
import { axeFindings } from '../support/axe.js';
import { cleanup, part, settled, textOf } from '../support/dom.js';

const sp = (text: string): string => text.replace(/\u00a0/g, ' ');

/** Written for these tests: regions, categories with awkward labels, a series and a missing value. */
function feed(): Feed {
  return {
    version: 1,
    id: 'table-test',
    title: { kk: 'Кесте сынағы', ru: 'Проверка таблицы', en: 'Table test' },
    source: { name: 'Test Office', published: '2025-03-01' },
    period: '2025',
    metrics: [
      {
        id: 'placed',
        label: { kk: 'Жұмысқа орналастырылды', ru: 'Трудоустроено', en: 'Placed' },
        value: 1000,
        unit: { kk: 'адам', ru: { one: 'человек', few: 'человека', many: 'человек', other: 'человека' }, en: { one: 'person', other: 'people' } },
        breakdown: [
          { key: 'KZ-35', value: 358 },
          { key: 'KZ-61', value: 290, qualifier: 'more-than' },
          { key: 'KZ-71', value: null },
          { key: 'KZ-10', value: 12 },
        ],
      },
      {
        id: 'groups',
        label: 'Groups',
        value: 30,
        status: 'provisional',
        breakdown: [
          { key: 'a', value: 10, label: '=HYPERLINK("http://evil")' },
          { key: 'b', value: 20, label: 'Comma, "quoted"\nnewline' },
        ],
      },
      { id: 'trend', label: { ru: 'Динамика', en: 'Trend' }, value: 5, series: [{ period: '2023', value: 3 }, { period: '2024', value: null }, { period: '2025', value: 5, qualifier: 'about' }] },
    ],
  };
}

async function table(locale: string, metric?: string, theme = 'light'): Promise<InclusionTable> {
  const element = document.createElement('inclusion-table');
  element.feed = feed();
  element.setAttribute('locale', locale);
  element.setAttribute('theme', theme);
  if (metric) element.setAttribute('metric', metric);
  document.body.append(element);
  await settled(element);
  return element;
}

const bodyRows = (element: InclusionTable): string[][] =>
  [...element.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((cell) => sp(textOf(cell))));

describe('<inclusion-table>', () => {
  afterEach(() => cleanup('inclusion-table'));

  it('lists a regional breakdown with official names in kk, ru and en, qualifiers kept, no data said', async () => {
    const expected: Record<string, string[][]> = {
      ru: [['Карагандинская область', '358 человек'], ['Туркестанская область', 'более 290 человек'], ['город Астана', 'нет данных'], ['область Абай', '12 человек']],
      kk: [['Қарағанды облысы', '358 адам'], ['Түркістан облысы', '290-нан астам адам'], ['Астана қаласы', 'дерек жоқ'], ['Абай облысы', '12 адам']],
      en: [['Karaganda Region', '358 people'], ['Turkistan Region', 'more than 290 people'], ['Astana City', 'no data'], ['Abai Region', '12 people']],
    };
    for (const locale of ['ru', 'kk', 'en']) {
      const element = await table(locale, 'placed');
      expect(bodyRows(element), locale).to.deep.equal(expected[locale]);
      const headers = [...element.shadowRoot!.querySelectorAll('thead th')];
      expect(headers.every((th) => th.getAttribute('scope') === 'col')).to.equal(true);
      expect([...element.shadowRoot!.querySelectorAll('tbody th')].every((th) => th.getAttribute('scope') === 'row')).to.equal(true);
      element.remove();
    }
  });

  it('lists a series by period, and every metric when metric is absent', async () => {
    const series = await table('ru', 'trend');
    expect(bodyRows(series)).to.deep.equal([['2023 г.', '3'], ['2024 г.', 'нет данных'], ['2025 г.', 'около 5']]);
    series.remove();
    const all = await table('en');
    expect(bodyRows(all).map((r) => r[0])).to.deep.equal(['Placed', 'Groups', 'Trend']);
    expect(bodyRows(all)[1]).to.deep.equal(['Groups', '30', '2025', 'provisional']);
    expect(textOf(part(all, 'label'))).to.equal('Table test, 2025');
  });

  it('sorts by every column both ways with aria-sort, missing values last', async () => {
    const element = await table('ru', 'placed');
    const headerButton = (index: number): HTMLButtonElement => element.shadowRoot!.querySelectorAll<HTMLButtonElement>('thead th button')[index]!;
    const th = (index: number): Element => element.shadowRoot!.querySelectorAll('thead th')[index]!;
    expect(th(1).hasAttribute('aria-sort')).to.equal(false);
    headerButton(1).click();
    await element.updateComplete;
    expect(th(1).getAttribute('aria-sort')).to.equal('ascending');
    expect(bodyRows(element).map((r) => r[1])).to.deep.equal(['12 человек', 'более 290 человек', '358 человек', 'нет данных']);
    headerButton(1).click();
    await element.updateComplete;
    expect(th(1).getAttribute('aria-sort')).to.equal('descending');
    expect(bodyRows(element).map((r) => r[1])).to.deep.equal(['358 человек', 'более 290 человек', '12 человек', 'нет данных']);
    headerButton(0).click();
    await element.updateComplete;
    expect(th(0).getAttribute('aria-sort')).to.equal('ascending');
    expect(th(1).hasAttribute('aria-sort')).to.equal(false);
    // Russian collation, case-insensitive: г < К < о < Т.
    expect(bodyRows(element).map((r) => r[0])).to.deep.equal(['город Астана', 'Карагандинская область', 'область Абай', 'Туркестанская область']);
    headerButton(0).click();
    await element.updateComplete;
    expect(bodyRows(element).map((r) => r[0])).to.deep.equal(['Туркестанская область', 'область Абай', 'Карагандинская область', 'город Астана']);
  });

  it('writes CSV with a BOM, localized headers, machine numbers, qualifiers, escaping and no formulas', () => {
    const csv = tableCsv(tableModel(feed(), [feed().metrics[0]!], 'ru'), 'ru');
    expect(csv.startsWith('\ufeff')).to.equal(true);
    expect(csv.slice(1).split('\n')).to.deep.equal([
      'Регион,Значение,Уточнение',
      'Карагандинская область,358,exact',
      'Туркестанская область,290,more-than',
      'город Астана,,exact',
      'область Абай,12,exact',
    ]);
    const groups = tableCsv(tableModel(feed(), [feed().metrics[1]!], 'en'), 'en');
    expect(groups).to.contain(`"'=HYPERLINK(""http://evil"")"`);
    expect(groups).to.contain('"Comma, ""quoted""\nnewline"');
    expect(neutralise('+1')).to.equal("'+1");
    expect(neutralise('@SUM(A1)')).to.equal("'@SUM(A1)");
    expect(neutralise('Karaganda')).to.equal('Karaganda');
  });

  it('downloads the CSV through a Blob URL named after the feed', async () => {
    const element = await table('kk', 'placed');
    const clicked: HTMLAnchorElement[] = [];
    const original = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) { clicked.push(this); };
    try {
      part(element, 'download')!.click();
    } finally {
      HTMLAnchorElement.prototype.click = original;
    }
    expect(clicked).to.have.length(1);
    expect(clicked[0]!.href.startsWith('blob:')).to.equal(true);
    expect(clicked[0]!.download).to.equal('table-test-placed.csv');
    const text = await (await fetch(clicked[0]!.href)).text();
    expect(text).to.contain('Өңір,Мәні,Нақтылау');
  });

  it('fires inclusion-select for a row', async () => {
    const element = await table('en', 'placed');
    const picked: InclusionSelectEvent['detail'][] = [];
    element.addEventListener('inclusion-select', (event) => picked.push(event.detail));
    element.shadowRoot!.querySelectorAll<HTMLButtonElement>('tbody th button')[1]!.click();
    expect(picked).to.deep.equal([{ metric: 'placed', key: 'KZ-61', value: 290 }]);
  });

  it('scrolls inside a focusable, labelled region on narrow screens', async () => {
    const element = await table('ru');
    const region = element.shadowRoot!.querySelector('[role="region"]')!;
    expect(region.getAttribute('tabindex')).to.equal('0');
    expect(element.shadowRoot!.getElementById(region.getAttribute('aria-labelledby')!)!.localName).to.equal('caption');
  });

  it('passes axe at 320 px, where the table scrolls in its region', async () => {
    const page = document.createElement('div');
    page.style.width = '320px';
    const element = document.createElement('inclusion-table');
    element.setAttribute('src', '/data/astana-youth-volunteers.json');
    element.setAttribute('locale', 'ru');
    page.append(element);
    document.body.append(page);
    await settled(element);
    const findings = await axeFindings(page);
    page.remove();
    expect(findings.violations, findings.violations.join('\n')).to.deep.equal([]);
    expect(findings.incomplete, findings.incomplete.join('\n')).to.deep.equal([]);
  });

  for (const theme of ['light', 'dark']) {
    for (const locale of ['kk', 'ru', 'en']) {
      it(`passes axe (zero violations, zero incomplete) — ${locale}, ${theme}`, async () => {
        const element = await table(locale, 'placed', theme);
        const findings = await axeFindings(element);
        expect(findings.violations, findings.violations.join('\n')).to.deep.equal([]);
        expect(findings.incomplete, findings.incomplete.join('\n')).to.deep.equal([]);
      });
    }
  }
});
