import { css } from 'lit';
import { themeStyles } from '../../theme/tokens.js';
import { skeletonStyles } from '../shared/skeleton.styles.js';
import { sourceLineStyles } from '../shared/source-line.styles.js';
import { statusStyles } from '../shared/status.styles.js';
import { valueFitStyles } from './value-fit.js';

const kpiOwnStyles = css`
  :host {
    container-type: inline-size;
    --_kpi-value-size: var(--inclusion-kpi-value-size, clamp(1.25rem, 0.75rem + 3.5cqi, 2.25rem));
    /* Loading and ready states reserve the same room, so the page does not jump when data arrives. */
    --_kpi-min-block: var(--inclusion-kpi-min-height, 9.5rem);
    /* A dashboard sets this to subgrid; a tile on its own keeps its rows to itself. */
    --_kpi-rows: var(--inclusion-kpi-rows, auto auto auto 1fr);
    --_stale-note-size: 0.8rem;
  }

  /*
   * Four rows: label, figure, details (change, target, trend), source. Inside a dashboard the rows are
   * the dashboard grid's own (subgrid), so the values of tiles side by side sit on one line however many
   * lines their labels take.
   */
  .tile {
    box-sizing: border-box;
    display: grid;
    grid-row: 1 / -1;
    grid-template-rows: var(--_kpi-rows, auto auto auto 1fr);
    align-content: start;
    row-gap: 0;
    min-block-size: var(--_kpi-min-block);
    block-size: 100%;
    margin: 0;
    padding: var(--_card-padding);
    /* A dashboard on a phone sets these to list its tiles as rows of one card. */
    padding-block: var(--_kpi-padding-block, var(--_card-padding));
    background: var(--_surface);
    border: var(--_kpi-border, 1px solid var(--_border));
    border-radius: var(--_kpi-radius, var(--_radius));
    overflow-wrap: anywhere;
  }

  .label {
    font-size: 0.95rem;
    font-weight: 600;
    line-height: 1.3;
    color: var(--_text);
  }

  /* A phone: the tile takes the whole width, and its long label fewer lines. */
  @container (max-width: 480px) {
    .label { font-size: 0.8125rem; line-height: 1.25; }
    .figure { margin-block-start: 0.25rem; }
  }

  p {
    margin: 0;
  }

  /* The value's size follows the tile's width (a container here, not the host, so a dashboard may lay
     the tile's rows on its own grid). */
  .figure {
    container-type: inline-size;
    margin-block-start: calc(var(--_gap) / 2);
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: 0.5rem;
  }

  /*
   * The value is never cut inside a word, and number and unit stay together (no-break spaces join them).
   * Its size fits the tile: the whole phrase on one line when that leaves it large enough to read, and
   * always small enough for its longest stretch that may not break (its classes give the two lengths in
   * characters; a bold character is taken as 0.7em wide, so wide letters fit too).
   */
  .value {
    --_fit: calc(100cqi / 0.7);
    font-size: min(
      max(min(var(--_kpi-value-size), var(--_fit) / var(--_chars, 12)), 1.125rem),
      var(--_fit) / var(--_run, 12)
    );
    font-weight: 700;
    line-height: 1.15;
    font-variant-numeric: tabular-nums;
    overflow-wrap: normal;
  }

  .value.missing {
    font-weight: 600;
    color: var(--_muted);
  }

  .period {
    color: var(--_muted);
    font-size: 0.9rem;
  }

  .details {
    display: grid;
    align-content: start;
    gap: calc(var(--_gap) / 2);
  }

  .details:not(:empty) {
    margin-block-start: calc(var(--_gap) / 2);
  }

  /* A hyphenated word of the value stays whole: "онлайн-семинаров", "800-ден". */
  .nobr {
    white-space: nowrap;
  }

  .source {
    align-self: end;
    margin-block-start: calc(var(--_gap) / 2);
  }

  .source a:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
    border-radius: 2px;
  }

  .stale {
    border-style: dashed;
  }


  .skeleton-label { inline-size: 60%; block-size: 1.1rem; }
  .skeleton-value { inline-size: 45%; block-size: 2.4rem; }
  .skeleton-line { inline-size: 75%; block-size: 1rem; }
  .skeleton-source { inline-size: 50%; block-size: 0.9rem; margin-block-start: auto; }

  .error {
    color: var(--_text);
    font-size: 0.9rem;
  }

  @media (forced-colors: active) {
    .skeleton { fill: Highlight; background: GrayText; }
    .status { border-color: CanvasText; }
  }
`;

export const kpiStyles = [themeStyles, statusStyles, skeletonStyles, sourceLineStyles, kpiOwnStyles, valueFitStyles];
