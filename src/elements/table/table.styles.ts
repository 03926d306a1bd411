import { css } from 'lit';
import { themeStyles } from '../../theme/tokens.js';

const tableOwnStyles = css`
  :host {
    container-type: inline-size;
  }

  .wrap {
    display: grid;
    gap: calc(var(--_gap) / 2);
    padding: var(--_gap);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  /* Narrow screens scroll the table inside a focusable, labelled region (WCAG 1.4.10, 2.1.1). */
  .scroller {
    overflow-x: auto;
  }

  .scroller:focus-visible,
  button:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  table {
    inline-size: 100%;
    border-collapse: collapse;
    font-size: 0.9rem;
  }

  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.5rem;
  }

  th,
  td {
    padding: 0.35rem 0.5rem;
    border-block-end: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }

  th.number,
  td.number {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }

  td.missing {
    color: var(--_muted);
  }

  button {
    font: inherit;
    color: inherit;
    background: none;
    border: 0;
    padding: 0;
    min-block-size: 24px;
    cursor: pointer;
    text-align: inherit;
  }

  .sort {
    font-weight: 600;
    display: inline-flex;
    gap: 0.25rem;
    align-items: center;
  }

  .sort-mark {
    font-size: 0.75em;
    color: var(--_muted);
  }

  .row-select {
    font-weight: 400;
    text-decoration: underline dotted;
    text-underline-offset: 3px;
  }

  .footer {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.5rem;
    align-items: center;
  }

  .source {
    margin: 0;
    font-size: 0.8rem;
    color: var(--_muted);
  }

  .download {
    padding: 0.2rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    color: var(--_accent);
    font-size: 0.85rem;
  }

  /* Narrow: cells wrap so the table fits; the scrolling region remains for what still cannot. */
  @container (max-width: 480px) {
    .wrap { padding: calc(var(--_gap) / 2); }
    th, td { padding: 0.3rem 0.25rem; overflow-wrap: anywhere; hyphens: auto; }
    th.number, td.number { white-space: normal; }
    table { font-size: 0.85rem; }
  }

  .skeleton {
    block-size: 8rem;
    border-radius: 4px;
    background: var(--_ref-skeleton);
  }

  .stale-note {
    margin: 0;
    color: var(--_bad);
    font-size: 0.85rem;
  }
`;

export const tableStyles = [themeStyles, tableOwnStyles];
