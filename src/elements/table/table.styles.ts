import { css } from 'lit';
import { themeStyles } from '../../theme/tokens.js';
import { dataTableStyles } from '../shared/data-table.styles.js';
import { skeletonStyles } from '../shared/skeleton.styles.js';
import { keptSizeStyles } from '../shared/kept-size.js';
import { sourceLineStyles } from '../shared/source-line.styles.js';
import { statusStyles } from '../shared/status.styles.js';

const tableOwnStyles = css`
  :host {
    container-type: inline-size;
    --_table-font-size: 0.9rem;
    --_cell-padding-block: 0.35rem;
    --_caption-gap: 0.5rem;
    --_skeleton-pulse: none;
  }

  .wrap {
    /* A server sets --_held to none until the table's markup has all been parsed (see InclusionTable). */
    display: var(--_held, grid);
    gap: calc(var(--_gap) / 2);
    padding: var(--_card-padding);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  /* Narrow screens scroll the table inside a focusable, labelled region (WCAG 1.4.10, 2.1.1). */
  .scroller {
    overflow-x: auto;
  }

  .scroller:focus-visible,
  button:focus-visible,
  a:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    border-radius: 2px;
  }

  caption .context {
    display: block;
    font-size: 0.85rem;
    color: var(--_muted);
  }

  caption .what {
    display: block;
    font-weight: 600;
  }

  thead th {
    border-block-end-width: 2px;
    vertical-align: bottom;
  }

  /* The row's name is a 24 px button: baselines, not tops, keep its text level with the figures. */
  tbody th,
  tbody td {
    vertical-align: baseline;
  }


  th.number,
  td.number {
    white-space: nowrap;
  }

  td.missing {
    color: var(--_muted);
    font-style: italic;
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
    inline-size: 0.6rem;
    block-size: 0.75rem;
    flex: none;
    fill: currentColor;
  }

  /* Unsorted columns show both triangles, quieter; the sorted one shows its direction in full text colour. */
  .sort-mark.unsorted {
    fill: var(--_muted);
  }

  .row-select {
    font-weight: 400;
    /* Longhands: WebKit does not take line and style together in the text-decoration shorthand. */
    text-decoration-line: underline;
    text-decoration-style: dotted;
    text-underline-offset: 3px;
  }

  .row-select:hover {
    text-decoration-style: solid;
  }

  tbody tr {
    cursor: pointer;
  }

  tbody tr:hover {
    background: color-mix(in srgb, var(--_accent) 6%, transparent);
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
  }

  .note {
    margin: 0;
    font-size: 0.8rem;
    color: var(--_muted);
  }

  .download {
    padding: 0.2rem 0.75rem;
    border: 1px solid var(--_accent);
    border-radius: 999px;
    color: var(--_accent);
    font-size: 0.85rem;
  }

  .download:hover {
    background: color-mix(in srgb, var(--_accent) 10%, transparent);
  }

  /* Narrow: cells wrap so the table fits; the scrolling region remains for what still cannot. */
  /*
   * Narrow: lines break between words (numbers keep their no-break group spaces), the sort triangle may
   * drop under a long header, and only a row's name may break inside a word, as a last resort. The
   * every-metric table has no room for four columns of Kazakh or Russian words: its period and status
   * move under each metric's name (generated text, so it is part of the row header's accessible name
   * and the DOM keeps one cell per column), and their columns are not drawn. A table that still cannot
   * fit scrolls in its region (tables are exempt from reflow, WCAG 1.4.10) rather than cutting words.
   */
  @container (max-width: 480px) {
    table { font-size: 0.85rem; }
    th, td { padding: 0.3rem 0.25rem; }
    th.number, td.number { white-space: normal; }
    tbody .col-name { overflow-wrap: anywhere; }
    .sort { flex-wrap: wrap; column-gap: 0.15rem; }
    .mode-metrics .col-period, .mode-metrics .col-status { display: none; }
    .mode-metrics tbody .col-name[data-detail]::after {
      content: attr(data-detail);
      display: block;
      font-size: 0.9em;
      color: var(--_muted);
    }
  }

  .skeleton {
    block-size: 8rem;
  }

  .error {
    min-block-size: 4rem;
    font-size: 0.9rem;
  }


  @media (forced-colors: active) {
    tbody tr:hover { background: none; }
    .download, .status { border-color: ButtonText; }
    .sort-mark, .sort-mark.unsorted { fill: CanvasText; }
  }
`;

export const tableStyles = [
  themeStyles,
  statusStyles,
  skeletonStyles,
  keptSizeStyles,
  dataTableStyles,
  sourceLineStyles,
  tableOwnStyles,
];
