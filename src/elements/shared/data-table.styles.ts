import { css } from 'lit';

/**
 * A data table's cells: the chart's and the map's tables read by screen readers and shown by their
 * toggle, and the table element. The tokens are what an element may set on its `:host`.
 */
export const dataTableStyles = css`
  :host {
    --_table-font-size: 0.875rem;
    --_cell-padding-block: 0.3rem;
    --_caption-gap: 0.25rem;
    --_cell-align: top;
  }

  table {
    inline-size: 100%;
    border-collapse: collapse;
    font-size: var(--_table-font-size);
  }

  caption {
    padding-block-end: var(--_caption-gap);
    text-align: start;
  }

  th,
  td {
    padding: var(--_cell-padding-block) 0.5rem;
    border-block-end: 1px solid var(--_border);
    text-align: start;
    vertical-align: var(--_cell-align);
  }

  th.number,
  td.number {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
`;
