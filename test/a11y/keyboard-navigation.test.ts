import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import { press } from './keys.js';
import { LitElement, html, type TemplateResult } from 'lit';
import { GridNavigationController, type Direction, type GridPosition } from '../../src/a11y/keyboard-navigation.js';

/** A bare grid of cells: rows × columns, with the shared keyboard model. */
class NavFixture extends LitElement {
  static override properties = { rows: { attribute: false } };
  declare rows: number[];
  spatial?: (from: GridPosition, direction: Direction) => GridPosition | undefined;
  vertical = false;
  selected: GridPosition[] = [];
  left = 0;
  readonly navigation = new GridNavigationController(this, {
    container: () => this.renderRoot.querySelector<HTMLElement>('.grid'),
    rows: () => this.rows.length,
    columns: (row) => this.rows[row] ?? 0,
    element: ({ row, col }) => this.renderRoot.querySelector<HTMLElement>(`[data-row="${row}"][data-col="${col}"]`),
    positionOf: (target) => {
      const cell = target.closest('[data-row]');
      return cell
        ? { row: Number(cell.getAttribute('data-row')), col: Number(cell.getAttribute('data-col')) }
        : undefined;
    },
    neighbour: (from, direction) => this.spatial!(from, direction),
    verticalRow: () => this.vertical,
    onSelect: (position) => this.selected.push(position),
    onLeave: () => (this.left += 1),
  });

  constructor() {
    super();
    this.rows = [3, 2];
  }

  override render(): TemplateResult {
    return html`<button id="before">before</button>
      <div class="grid" role="group" aria-label="grid" tabindex="0">
        ${this.rows.map(
          (cols, row) =>
            html`<div role="list">${Array.from(
              { length: cols },
              (_, col) =>
                html`<span role="listitem" tabindex="-1" data-row=${row} data-col=${col}>${row}:${col}</span>`,
            )}</div>`,
        )}
      </div>
      <button id="after">after</button>`;
  }
}
customElements.define('nav-fixture', NavFixture);

// The spatial option replaces grid steps entirely; undefined means "stay".
const noSpatial = (fixture: NavFixture): void => {
  (fixture as unknown as { navigation: { options: { neighbour?: unknown } } }).navigation.options.neighbour = undefined;
};

const focused = (fixture: NavFixture): string =>
  fixture.shadowRoot!.activeElement?.textContent ?? fixture.shadowRoot!.activeElement?.className ?? '';

async function mount(setup?: (fixture: NavFixture) => void): Promise<NavFixture> {
  const fixture = document.createElement('nav-fixture') as NavFixture;
  setup?.(fixture);
  document.body.append(fixture);
  await fixture.updateComplete;
  fixture.navigation.sync();
  fixture.shadowRoot!.querySelector<HTMLElement>('#before')!.focus();
  return fixture;
}

describe('a11y/keyboard-navigation: one tab stop, arrows, Home/End, Enter, Escape', () => {
  afterEach(() => document.querySelectorAll('nav-fixture').forEach((n) => n.remove()));

  it('is one tab stop, and arrows enter the marks', async () => {
    const fixture = await mount(noSpatial);
    await sendKeys({ press: 'Tab' });
    expect(fixture.shadowRoot!.activeElement?.className).to.equal('grid');
    await sendKeys({ press: 'ArrowRight' });
    expect(focused(fixture)).to.equal('0:0');
    await sendKeys({ press: 'Tab' });
    expect(fixture.shadowRoot!.activeElement?.id).to.equal('after');
    // Coming back lands on the mark last visited, still one stop.
    await press('Shift+Tab');
    expect(focused(fixture)).to.equal('0:0');
    await press('Shift+Tab');
    expect(fixture.shadowRoot!.activeElement?.id).to.equal('before');
  });

  it('moves Left/Right in a row, Up/Down between rows, Home/End to the ends', async () => {
    const fixture = await mount(noSpatial);
    fixture.shadowRoot!.querySelector<HTMLElement>('.grid')!.focus();
    const walk: string[] = [];
    for (const key of [
      'Enter',
      'ArrowRight',
      'ArrowRight',
      'ArrowRight',
      'ArrowDown',
      'ArrowLeft',
      'ArrowLeft',
      'ArrowUp',
      'End',
      'Home',
      'Control+End',
      'Control+Home',
    ]) {
      await press(key);
      walk.push(focused(fixture));
    }
    expect(walk).to.deep.equal(['0:0', '0:1', '0:2', '0:2', '1:1', '1:0', '1:0', '0:0', '0:2', '0:0', '1:1', '0:0']);
  });

  it('selects with Enter, Space and click; Escape returns to the container', async () => {
    const fixture = await mount(noSpatial);
    fixture.shadowRoot!.querySelector<HTMLElement>('.grid')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: ' ' });
    fixture.shadowRoot!.querySelector<HTMLElement>('[data-row="1"][data-col="1"]')!.click();
    expect(fixture.selected).to.deep.equal([
      { row: 0, col: 1 },
      { row: 0, col: 1 },
      { row: 1, col: 1 },
    ]);
    await sendKeys({ press: 'Escape' });
    expect(fixture.shadowRoot!.activeElement?.className).to.equal('grid');
    expect(fixture.shadowRoot!.querySelector('.grid')!.getAttribute('tabindex')).to.equal('0');
    expect(fixture.left).to.be.greaterThan(0);
  });

  it('steps along a single row with Up/Down when the row reads top to bottom', async () => {
    const fixture = await mount((f) => {
      noSpatial(f);
      f.rows = [4];
      f.vertical = true;
    });
    fixture.shadowRoot!.querySelector<HTMLElement>('.grid')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(fixture)).to.equal('0:2');
    await sendKeys({ press: 'ArrowUp' });
    expect(focused(fixture)).to.equal('0:1');
  });

  it('moves between spatial neighbours (a map) when given them', async () => {
    // A 2×3 board where "right" of 0:2 wraps to the next row and "down" is blocked: neighbours decide.
    const fixture = await mount((f) => {
      f.rows = [3, 3];
      f.spatial = ({ row, col }, direction) => {
        if (direction === 'right')
          return col < 2 ? { row, col: col + 1 } : row < 1 ? { row: row + 1, col: 0 } : undefined;
        if (direction === 'left') return col > 0 ? { row, col: col - 1 } : undefined;
        if (direction === 'down') return undefined;
        return row > 0 ? { row: row - 1, col } : undefined;
      };
    });
    fixture.shadowRoot!.querySelector<HTMLElement>('.grid')!.focus();
    const walk: string[] = [];
    for (const key of ['Enter', 'ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowDown', 'ArrowUp']) {
      await press(key);
      walk.push(focused(fixture));
    }
    expect(walk).to.deep.equal(['0:0', '0:1', '0:2', '1:0', '1:0', '0:0']);
  });

  it('keeps focus on the same position when the marks are redrawn', async () => {
    const fixture = await mount(noSpatial);
    fixture.shadowRoot!.querySelector<HTMLElement>('.grid')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    const refocus = fixture.navigation.focused;
    fixture.rows = [3, 2, 1]; // a new render replaces the cells
    fixture.shadowRoot!.querySelectorAll('[role="listitem"]').forEach((cell) => cell.replaceWith(cell.cloneNode(true)));
    await fixture.updateComplete;
    fixture.navigation.sync(refocus);
    expect(focused(fixture)).to.equal('0:1');
    expect(fixture.shadowRoot!.querySelectorAll('[tabindex="0"]')).to.have.length(1);
  });

  it('leaves arrow keys alone while focus is elsewhere, and Space on the container to the page', async () => {
    const fixture = await mount(noSpatial);
    const event = new KeyboardEvent('keydown', { key: ' ', bubbles: true, composed: true, cancelable: true });
    fixture.shadowRoot!.querySelector<HTMLElement>('.grid')!.focus();
    fixture.shadowRoot!.querySelector<HTMLElement>('.grid')!.dispatchEvent(event);
    expect(event.defaultPrevented).to.equal(false);
    const arrow = new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true, cancelable: true });
    fixture.shadowRoot!.querySelector<HTMLElement>('#before')!.dispatchEvent(arrow);
    expect(arrow.defaultPrevented).to.equal(false);
  });
});
