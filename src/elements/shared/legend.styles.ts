import { css } from 'lit';

/**
 * A legend: a wrapping list of swatches and names (a chart's series, a map's colour classes). Each element
 * draws its own swatch; the `--_*` tokens keep
 * an element's own values (see docs/ARCHITECTURE.md, "Where a change goes").
 */
export const legendStyles = css`
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: var(--_legend-font-size, 0.875rem);
  }

  .legend li {
    display: flex;
    align-items: center;
    gap: var(--_legend-item-gap, 0.4rem);
    min-inline-size: 0;
    /*
     * Not 'anywhere' (the figure's own rule): that lets a name or value shrink inside its words
     * ("12 ч/елов/ек"). A long name and its value wrap between words, beside the swatch.
     */
    overflow-wrap: break-word;
  }
`;
