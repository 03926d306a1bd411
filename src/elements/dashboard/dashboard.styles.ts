import { css } from 'lit';
import { themeStyles } from '../../theme/tokens.js';
import { pillButtonStyles } from '../shared/pill-button.styles.js';
import { skeletonStyles } from '../shared/skeleton.styles.js';
import { keptSizeStyles } from '../shared/kept-size.js';
import { statusStyles } from '../shared/status.styles.js';

const dashboardOwnStyles = css`
  :host {
    container-type: inline-size;
  }

  .dashboard {
    display: grid;
    gap: calc(var(--_gap) * 1.5);
  }

  .header {
    display: grid;
    gap: 0.35rem;
  }

  .title {
    margin: 0;
    font-size: 1.35rem;
    font-weight: 700;
    line-height: 1.25;
  }

  .description {
    margin: 0;
    max-inline-size: 70ch;
  }

  .more {
    display: none;
    justify-self: start;
  }

  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0;
    font-size: 0.875rem;
    color: var(--_muted);
  }

  .meta a {
    color: var(--_accent);
  }

  /* On the parts themselves: set on the host, they would reach the elements inside the dashboard. */
  .stale-note {
    --_stale-note-size: 0.875rem;
  }

  .group {
    display: block;
  }

  /* No row gap: a tile's four rows are grid rows too; the space between tiles is each tile's margin. */
  .kpis {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 15rem), 1fr));
    column-gap: var(--_gap);
  }

  /*
   * Each tile spans four of the grid's rows (label, figure, details, source) and lays its own parts on
   * them (subgrid): tiles side by side put their values on one line, however long their labels. The
   * rows size to their content, so a tile is no taller than its row needs.
   */
  .kpis > inclusion-kpi {
    /* A size container is laid out on its own and cannot share the grid's rows; the tile's value
       measures its own width instead. */
    container-type: normal;
    display: grid;
    grid-row: span 4;
    grid-template-rows: subgrid;
    row-gap: 0;
    margin-block-end: var(--_gap);
    --inclusion-kpi-rows: subgrid;
    --inclusion-kpi-min-height: 0;
  }

  .charts,
  .maps {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_gap);
  }

  @container (min-width: 900px) {
    .charts {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }

  /*
   * A phone: a smaller title, closer tiles, and a long description cut to two lines until the reader asks.
   * After the rules it overrides.
   */
  @container (max-width: 480px) {
    .dashboard {
      gap: var(--_gap);
    }

    .title {
      font-size: 1.15rem;
    }

    /* The tiles become the rows of one card: no frame and gap around each, a rule between them. */
    .kpis {
      container: inclusion-kpi-list / inline-size;
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      overflow: hidden;
    }

    .kpis > inclusion-kpi {
      margin-block-end: 0;
      border-block-end: 1px solid var(--_border);
      --_kpi-border: 0;
      --_kpi-radius: 0;
      --_kpi-padding-block: calc(var(--_card-padding) * 0.75);
    }

    .kpis > inclusion-kpi:last-child {
      border-block-end: 0;
    }

    .description.long:not(.open) {
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: 2;
      overflow: hidden;
    }

    .description.long + .more {
      display: inline-block;
    }
  }

  .skeleton {
    --_skeleton-radius: var(--_radius);
  }

  .skeleton-title {
    inline-size: min(30rem, 80%);
    block-size: 1.75rem;
  }

  .skeleton-tile {
    block-size: 9.5rem;
  }

  @media print {
    .charts, .maps { grid-template-columns: minmax(0, 1fr); }
  }
`;

export const dashboardStyles = [
  themeStyles,
  statusStyles,
  skeletonStyles,
  keptSizeStyles,
  pillButtonStyles,
  dashboardOwnStyles,
];
