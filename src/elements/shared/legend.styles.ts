import { css } from 'lit';

/**
 * A legend: a wrapping list of swatches and names (a chart's series, a map's colour classes). Each element
 * draws its own swatch; the tokens are what an element may set on its `:host`.
 */
export const legendStyles = css`
  :host {
    --_legend-font-size: 0.875rem;
    --_legend-item-gap: 0.4rem;
  }

  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: var(--_legend-font-size);
  }

  .legend li {
    display: flex;
    align-items: center;
    gap: var(--_legend-item-gap);
    min-inline-size: 0;
  }
`;
