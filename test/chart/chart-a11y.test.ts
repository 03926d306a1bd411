import { expect } from '@esm-bundle/chai';
import { clearFeedCache } from '../../src/feed/feed-cache.js';
import { axeFindings } from '../support/axe.js';
import { part, textOf } from '../support/dom.js';
import { TYPES } from './chart-feeds.js';
import { marks, mountChart, removeCharts, spaced } from './chart-helpers.js';

describe('<inclusion-chart> accessibility', () => {
  afterEach(() => {
    removeCharts();
    clearFeedCache();
  });

  describe('axe: zero violations, zero incomplete', () => {
    for (const theme of ['light', 'dark'] as const) {
      for (const locale of ['kk', 'ru', 'en']) {
        for (const type of TYPES) {
          it(`${type} — ${locale}, ${theme}`, async () => {
            const element = await mountChart(type, { locale, theme });
            expect(marks(element).length, 'marks drawn').to.be.greaterThan(0);
            const findings = await axeFindings(element.parentElement!);
            expect(findings.violations, findings.violations.join('\n')).to.deep.equal([]);
            expect(findings.incomplete, findings.incomplete.join('\n')).to.deep.equal([]);
          });
        }
      }
    }

    it('with the table shown, and at 320 px', async () => {
      const element = await mountChart('column', { locale: 'kk', width: 320 });
      part(element, 'toggle')!.click();
      await element.updateComplete;
      const findings = await axeFindings(element.parentElement!);
      expect(findings.violations, findings.violations.join('\n')).to.deep.equal([]);
      expect(findings.incomplete, findings.incomplete.join('\n')).to.deep.equal([]);
    });

    for (const state of ['loading', 'error'] as const) {
      it(`while ${state}`, async () => {
        const element = document.createElement('inclusion-chart');
        element.setAttribute('locale', 'ru');
        element.setAttribute(
          'src',
          state === 'loading' ? '/__test__/feed/chart-slow?delay=5000' : '/__test__/status/500',
        );
        document.body.append(element);
        const { settled } = await import('../support/dom.js');
        await settled(element, [state]);
        const findings = await axeFindings(element);
        expect(findings.violations, findings.violations.join('\n')).to.deep.equal([]);
        expect(findings.incomplete, findings.incomplete.join('\n')).to.deep.equal([]);
        if (state === 'error') expect(part(element, 'error')!.getAttribute('role')).to.equal('alert');
      });
    }
  });

  describe('every mark has a role and a name', () => {
    it('bar, ru: one list named by the series, a list item per region named as a reader says it', async () => {
      const element = await mountChart('bar', { locale: 'ru' });
      const lists = element.shadowRoot!.querySelectorAll('svg [role="list"]');
      expect(lists).to.have.length(1);
      expect(lists[0]!.getAttribute('aria-label')).to.equal('Трудоустроено');
      expect(marks(element).map((m) => spaced(m.getAttribute('aria-label')))).to.deep.equal([
        'Карагандинская область: 358 человек',
        'Туркестанская область: более 290 человек',
        'город Шымкент: нет данных',
        'город Астана: 120 человек',
      ]);
    });

    it('bar, kk: Kazakh names with the qualifier after the number', async () => {
      const element = await mountChart('bar', { locale: 'kk' });
      expect(marks(element).map((m) => spaced(m.getAttribute('aria-label')))).to.deep.equal([
        'Қарағанды облысы: 358 адам',
        'Түркістан облысы: 290-нан астам адам',
        'Шымкент қаласы: дерек жоқ',
        'Астана қаласы: 120 адам',
      ]);
    });

    for (const type of TYPES) {
      it(`${type}: a named list item for every value, missing ones too; nothing else named in the chart`, async () => {
        const element = await mountChart(type, { locale: 'kk' });
        const items = marks(element);
        const values = type === 'donut' ? 4 : type === 'area' || type === 'bar' ? 4 : 8;
        expect(items).to.have.length(values);
        for (const item of items) {
          expect(item.getAttribute('aria-label'), item.outerHTML.slice(0, 120)).to.match(/^.+: .+$/);
          expect(item.getAttribute('tabindex')).to.be.oneOf(['0', '-1']);
        }
        // Decoration is hidden: every labelled element in the drawing is a list or a list item.
        const svg = element.shadowRoot!.querySelector('svg.chart-svg')!;
        for (const labelled of svg.querySelectorAll('[aria-label]'))
          expect(labelled.getAttribute('role')).to.be.oneOf(['list', 'listitem']);
        for (const group of svg.querySelectorAll(':scope > g:not([role])'))
          expect(group.getAttribute('aria-hidden')).to.equal('true');
      });
    }

    it('the chart is one named group, described by how to use it', async () => {
      const element = await mountChart('line', { locale: 'ru' });
      const chart = part(element, 'chart')!;
      expect(chart.getAttribute('role')).to.equal('group');
      expect(chart.getAttribute('tabindex')).to.equal('0');
      expect(textOf(element.shadowRoot!.getElementById(chart.getAttribute('aria-labelledby')!))).to.equal(
        'Линейный график: Трудоустройство',
      );
      expect(textOf(element.shadowRoot!.getElementById(chart.getAttribute('aria-describedby')!))).to.contain(
        'стрелками',
      );
    });
  });

  describe('strict CSP hygiene: no <style>, no style attributes in the shadow root', () => {
    for (const type of TYPES) {
      it(type, async () => {
        const element = await mountChart(type, { locale: 'ru' });
        expect(element.shadowRoot!.querySelectorAll('style')).to.have.length(0);
        expect(element.shadowRoot!.querySelectorAll('[style]')).to.have.length(0);
        // Focus a mark and hover: the tooltip is placed without a style attribute too.
        marks(element)[0]!.focus();
        element
          .shadowRoot!.querySelector('.chart')!
          .dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
        await element.updateComplete;
        expect(element.shadowRoot!.querySelectorAll('[style], style')).to.have.length(0);
      });
    }
  });

  it('says the language of a label that fell back to another one', async () => {
    const element = await mountChart('donut', { locale: 'kk' });
    const other = [...element.shadowRoot!.querySelectorAll('[part="legend"] [lang]')].find(
      (node) => node.textContent === 'Другое',
    );
    expect(other?.getAttribute('lang')).to.equal('ru');
  });

  it('says the language of such a name in the summary, on screen and for a screen reader', async () => {
    const element = await mountChart('donut', { locale: 'kk' });
    for (const id of ['summary', 'summary-shown']) {
      const summary = element.shadowRoot!.getElementById(id)!;
      const marked = [...summary.querySelectorAll('[lang]')].map((node) => [textOf(node), node.getAttribute('lang')]);
      expect(marked, id).to.deep.equal([['Другое', 'ru']]);
      // Inside the Kazakh sentence that names it as the lowest value, whose words stay the chart's.
      expect(spaced(textOf(summary)), id).to.contain('Ең төмен мән — Другое: 40 адам');
    }
    // A name in the reader's own language is not marked.
    const english = await mountChart('donut', { locale: 'en' });
    expect(english.shadowRoot!.getElementById('summary')!.querySelectorAll('[lang]')).to.have.length(0);
  });

  it('shows the rest of the summary on request, saying whether it is shown', async () => {
    const element = await mountChart('column', { locale: 'ru', width: 320 });
    const more = element.shadowRoot!.querySelector<HTMLButtonElement>('button.more');
    expect(textOf(more)).to.equal('Подробнее');
    expect(more!.getAttribute('aria-expanded')).to.equal('false');
    const shown = element.shadowRoot!.getElementById('summary-shown')!;
    expect(shown.classList.contains('open')).to.equal(false);
    expect(textOf(shown.querySelector('.rest'))).to.contain('Наибольшее значение');
    more!.click();
    await element.updateComplete;
    expect(more!.getAttribute('aria-expanded')).to.equal('true');
    expect(shown.classList.contains('open')).to.equal(true);
  });
});
