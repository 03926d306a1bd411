import { css } from 'lit';

/**
 * A data table's cells: the chart's and the map's tables read by screen readers and shown by their
 * toggle, and the table element. The `--_*` tokens keep an element's own
 * values (see docs/ARCHITECTURE.md, "Where a change goes").
 */
export const dataTableStyles = css`
  table {
    inline-size: 100%;
    border-collapse: collapse;
    font-size: var(--_table-font-size, 0.875rem);
  }

  caption {
    padding-block-end: var(--_caption-gap, 0.25rem);
    text-align: start;
  }

  th,
  td {
    padding: var(--_cell-padding-block, 0.3rem) 0.5rem;
    border-block-end: 1px solid var(--_border);
    text-align: start;
    vertical-align: var(--_cell-align, top);
  }

  th.number,
  td.number {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
`;
