/**
 * An error shown where the loading view was, at the loading view's size, so that the page around an element
 * does not move when its feed fails: the loading view stays in the layout, hidden (and so out of the
 * accessibility tree), and the error's card is laid over it in the same grid cell, stretched to its size. An
 * error longer than the loading view makes the cell taller, never cut. A tile needs none: its error and its
 * loading view already share one fixed size.
 */
import { css, html, type TemplateResult } from 'lit';

export function renderKeptSize(loading: TemplateResult, error: TemplateResult): TemplateResult {
  return html`<div class="kept">${loading}${error}</div>`;
}

export const keptSizeStyles = css`
  .kept {
    display: grid;
  }

  .kept > * {
    grid-area: 1 / 1;
    min-inline-size: 0;
  }

  .kept > :first-child {
    visibility: hidden;
  }
`;
