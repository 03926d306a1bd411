import { expect } from '@esm-bundle/chai';
import '../../src/elements/map/define.js';
import type { InclusionMap } from '../../src/elements/map/inclusion-map.js';
import type { InclusionSelectEvent } from '../../src/events.js';
import { REGION_CODES } from '../../src/regions/codes.js';
import { axeFindings } from '../support/axe.js';
import { contrast, hexOf } from '../support/contrast.js';
import { cleanup, part, settled, sleep, textOf } from '../support/dom.js';
import { regionalFeed } from './fixtures.js';

const sp = (text: string): string => text.replace(/\u00a0/g, ' ');

async function map(
  locale: string,
  attributes: Record<string, string> = {},
  parent: HTMLElement = document.body,
): Promise<InclusionMap> {
  const element = document.createElement('inclusion-map');
  element.feed = regionalFeed();
  element.setAttribute('locale', locale);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  parent.append(element);
  await settled(element);
  return element;
}

const tiles = (element: InclusionMap): HTMLButtonElement[] => [
  ...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('.grid .tile'),
];
/** A tile's accessible name, computed the way its content reads (short name hidden, full name + value). */
const nameOf = (button: Element): string =>
  sp([...button.querySelectorAll(':scope > span:not([aria-hidden])')].map((s) => s.textContent).join('')).trim();
const tile = (element: InclusionMap, code: string): HTMLButtonElement =>
  element.shadowRoot!.querySelector<HTMLButtonElement>(`.grid .tile[data-key="${code}"]`)!;
const focused = (element: InclusionMap): string | undefined =>
  (element.shadowRoot!.activeElement as HTMLElement | null)?.dataset.key;

function press(element: InclusionMap, key: string): Promise<void> {
  const target = element.shadowRoot!.activeElement ?? element.shadowRoot!.querySelector('.grid')!;
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
  return sleep(20);
}

describe('<inclusion-map>', () => {
  afterEach(() => cleanup('inclusion-map, div.map-page'));

  it('draws all 20 units with official names in kk, ru and en', async () => {
    const names: Record<string, [string, string]> = {
      kk: ['Қарағанды облысы', 'Ұлытау облысы'],
      ru: ['Карагандинская область', 'область Ұлытау'],
      en: ['Karaganda Region', 'Ulytau Region'],
    };
    for (const locale of ['kk', 'ru', 'en']) {
      const element = await map(locale);
      const all = tiles(element);
      expect(all).to.have.length(20);
      expect(new Set(all.map((t) => t.dataset.key))).to.deep.equal(new Set(REGION_CODES));
      expect(nameOf(tile(element, 'KZ-35')).startsWith(`${names[locale]![0]}:`)).to.equal(true);
      expect(nameOf(tile(element, 'KZ-62')).startsWith(`${names[locale]![1]}:`)).to.equal(true);
      element.remove();
    }
  });

  it('names tiles with the qualified value, and missing regions as no data', async () => {
    const element = await map('ru');
    expect(nameOf(tile(element, 'KZ-35'))).to.equal('Карагандинская область: 358 человек');
    expect(nameOf(tile(element, 'KZ-61'))).to.equal('Туркестанская область: более 290 человек');
    expect(nameOf(tile(element, 'KZ-63'))).to.equal('Восточно-Казахстанская область: нет данных');
    expect(nameOf(tile(element, 'KZ-10'))).to.equal('область Абай: нет данных');
    expect(tile(element, 'KZ-63').classList.contains('no-data')).to.equal(true);
    expect(tile(element, 'KZ-35').classList.contains('no-data')).to.equal(false);
  });

  it('has one tab stop and moves to geographic neighbours with the arrow keys', async () => {
    const element = await map('kk', { highlight: 'KZ-35' });
    const tabStops = (): string[] =>
      [...element.shadowRoot!.querySelectorAll<HTMLElement>('[tabindex="0"]')].map(
        (n) => n.dataset.key ?? n.getAttribute('part') ?? n.localName,
      );
    // One tab stop, on the highlighted region (the grid itself only while no region is active).
    expect(tabStops()).to.deep.equal(['KZ-35']);
    tile(element, 'KZ-35').focus();
    const moves: [string, string][] = [
      ['ArrowRight', 'KZ-10'],
      ['ArrowLeft', 'KZ-35'],
      ['ArrowUp', 'KZ-55'],
      ['ArrowDown', 'KZ-35'],
      ['ArrowDown', 'KZ-19'],
      ['ArrowDown', 'KZ-75'],
      ['ArrowLeft', 'KZ-79'],
      ['ArrowUp', 'KZ-61'],
      ['ArrowLeft', 'KZ-43'],
      ['ArrowLeft', 'KZ-47'],
      ['ArrowLeft', 'KZ-47'],
      ['ArrowUp', 'KZ-23'],
      ['ArrowUp', 'KZ-27'],
      ['ArrowRight', 'KZ-39'],
      ['ArrowRight', 'KZ-11'],
      ['ArrowUp', 'KZ-59'],
      ['ArrowDown', 'KZ-11'],
      ['ArrowDown', 'KZ-71'],
      ['End', 'KZ-75'],
      ['Home', 'KZ-59'],
    ];
    for (const [key, expected] of moves) {
      await press(element, key);
      expect(focused(element), `${key} → ${expected}`).to.equal(expected);
      expect(tabStops(), key).to.deep.equal([expected]);
    }
    await press(element, 'Escape');
    expect(element.shadowRoot!.activeElement?.getAttribute('part')).to.equal('chart');
    expect(tabStops()).to.deep.equal(['chart']);
  });

  it('fires inclusion-select on click and Enter', async () => {
    const element = await map('en');
    const picked: InclusionSelectEvent['detail'][] = [];
    element.addEventListener('inclusion-select', (event) => picked.push(event.detail));
    tile(element, 'KZ-35').click();
    expect(picked).to.deep.equal([{ metric: 'placed', key: 'KZ-35', value: 358 }]);
    tile(element, 'KZ-63').click();
    expect(picked[1]).to.deep.equal({ metric: 'placed', key: 'KZ-63', value: null });
    tile(element, 'KZ-71').focus();
    await press(element, 'Enter');
    expect(picked).to.have.length(3);
    expect(picked[2]).to.deep.equal({ metric: 'placed', key: 'KZ-71', value: 75 });
  });

  it('states its thresholds in the reader language and says no data in words', async () => {
    const kk = await map('kk');
    const legend = [...part(kk, 'legend')!.querySelectorAll('li')].map((li) => sp(textOf(li)));
    expect(legend[0]).to.equal('100-ге дейін');
    expect(legend.at(-1)).to.equal('дерек жоқ');
    kk.remove();
    const ru = await map('ru');
    const ruLegend = [...part(ru, 'legend')!.querySelectorAll('li')].map((li) => sp(textOf(li)));
    expect(ruLegend).to.deep.equal(['до 100', '100 – 200', '200 – 300', '300 – 400', 'от 400', 'нет данных']);
  });

  it('summarises extremes and coverage', async () => {
    const element = await map('en');
    expect(sp(textOf(element.shadowRoot!.querySelector('.summary')))).to.equal(
      'Highest: Almaty City (410 people); lowest: Mangystau Region (12 people); data for 6 of 20 regions.',
    );
  });

  it('toggles a real table with aria-pressed, readable without the toggle too', async () => {
    const element = await map('ru');
    const toggle = part(element, 'toggle')!;
    const table = part(element, 'table')!;
    expect(table.localName).to.equal('table');
    expect(table.querySelectorAll('tbody tr')).to.have.length(20);
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    expect(table.parentElement!.classList.contains('visually-hidden')).to.equal(true);
    toggle.click();
    await element.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(table.parentElement!.classList.contains('visually-hidden')).to.equal(false);
  });

  it('keeps tile colours at 3:1 against the surface and text at 4.5:1 on tiles', async () => {
    for (const theme of ['light', 'dark']) {
      const element = await map('en', { theme });
      const surface = getComputedStyle(element).getPropertyValue('--_ref-surface').trim();
      for (const t of tiles(element).filter((t) => !t.classList.contains('no-data'))) {
        const style = getComputedStyle(t);
        expect(contrast(hexOf(style.backgroundColor), surface), `${theme} ${t.dataset.key} fill`).to.be.at.least(3);
        expect(
          contrast(hexOf(style.backgroundColor), hexOf(style.color)),
          `${theme} ${t.dataset.key} text`,
        ).to.be.at.least(4.5);
      }
      element.remove();
    }
  });

  it('reflows at 320 px', async () => {
    const page = document.createElement('div');
    page.className = 'map-page';
    page.style.width = '320px';
    document.body.append(page);
    const element = await map('kk', {}, page);
    const grid = part(element, 'chart')!;
    expect(element.getBoundingClientRect().width).to.be.at.most(320);
    expect(grid.scrollWidth).to.be.at.most(grid.clientWidth + 1);
    for (const t of tiles(element)) expect(t.getBoundingClientRect().width, t.dataset.key).to.be.at.least(24);
  });

  for (const theme of ['light', 'dark']) {
    for (const locale of ['kk', 'ru', 'en']) {
      it(`passes axe with zero violations and zero incomplete — ${locale}, ${theme}`, async () => {
        const page = document.createElement('div');
        page.className = 'map-page';
        page.style.background = theme === 'dark' ? '#0d1118' : '#ffffff';
        document.body.append(page);
        const element = await map(locale, { theme, highlight: 'KZ-35' }, page);
        const findings = await axeFindings(page);
        expect(findings.violations, findings.violations.join('\n')).to.deep.equal([]);
        expect(findings.incomplete, findings.incomplete.join('\n')).to.deep.equal([]);
        element.remove();
      });
    }
  }
});
