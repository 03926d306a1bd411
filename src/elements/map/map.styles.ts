import { css, unsafeCSS } from 'lit';
import { themeStyles } from '../../theme/tokens.js';
import { figureStyles } from '../shared/figure.styles.js';
import { skeletonStyles } from '../shared/skeleton.styles.js';
import { keptSizeStyles } from '../shared/kept-size.js';
import { sourceLineStyles } from '../shared/source-line.styles.js';
import { statusStyles } from '../shared/status.styles.js';
import { GRID_COLUMNS, TILE_GRID } from '../../regions/tile-grid.js';

/**
 * Grid placement, one rule per region, built from our own layout table (never from feed data): tiles
 * are placed by class-free CSS so no `style` attribute is needed under a strict CSP.
 */
const placement = unsafeCSS(
  Object.entries(TILE_GRID)
    .map(([code, { row, col }]) => `.tile[data-key="${code}"] { grid-row: ${row + 1}; grid-column: ${col + 1}; }`)
    .join('\n'),
);

/** Lighter blues on dark surfaces (more is lighter there); shared by theme="dark" and "auto" at night. */
const darkClasses = css`
  --_map-1: var(--inclusion-map-1, #4d7cba);
  --_map-2: var(--inclusion-map-2, #6a98d4);
  --_map-3: var(--inclusion-map-3, #8cb3e3);
  --_map-4: var(--inclusion-map-4, #b3cff0);
  --_map-5: var(--inclusion-map-5, #deebfa);
  --_map-ink-1: #000000;
  --_map-ink: #000000;
`;

const mapOwnStyles = css`
  :host {
    container-type: inline-size;
    --_pill-min-size: 24px;
    --_pill-padding: 0.15rem 0.75rem;
    --_pill-border: var(--_border);
    --_pill-pressed: var(--_text);
    --_legend-font-size: 0.8rem;
    --_legend-item-gap: 0.35rem;
    --_cell-padding-block: 0.25rem;
    --_cell-align: middle;
    --_source-font-size: 0.875rem;
    /* Sequential blues: every class >= 3:1 against the surface, text on each >= 4.5:1 (test/map). */
    --_map-1: var(--inclusion-map-1, #5b8fd0);
    --_map-2: var(--inclusion-map-2, #3f75bb);
    --_map-3: var(--inclusion-map-3, #2a5c9f);
    --_map-4: var(--inclusion-map-4, #1b4480);
    --_map-5: var(--inclusion-map-5, #0d2b57);
    --_map-ink-1: #000000;
    --_map-ink: #ffffff;
  }

  :host([theme='dark']) {
    ${darkClasses}
  }

  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkClasses}
    }
  }

  .map {
    display: grid;
    gap: calc(var(--_gap) * 0.75);
    padding: var(--_card-padding);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.5rem;
  }

  .label {
    font-weight: 600;
  }

  .period,
  .summary,
  .source {
    color: var(--_muted);
  }

  .summary,
  .source {
    margin: 0;
  }

  .summary {
    font-size: 0.875rem;
  }

  .grid {
    position: relative;
    display: grid;
    grid-template-columns: repeat(${GRID_COLUMNS}, minmax(0, 1fr));
    gap: 4px;
    /* Beyond this the tiles stop helping: a wide container gets a map of readable size, not a poster. */
    max-inline-size: 44rem;
  }

  ${placement}

  .tile {
    position: static;
    display: flex;
    flex-direction: column;
    justify-content: space-between;
    min-block-size: 24px;
    aspect-ratio: 5 / 4;
    padding: 4px 6px;
    font: inherit;
    font-size: 0.75rem;
    line-height: 1.2;
    text-align: start;
    border: 1px solid var(--_border);
    border-radius: 4px;
    cursor: pointer;
    overflow: visible;
  }

  .tile.class-0 { background: var(--_map-1); color: var(--_map-ink-1); }
  .tile.class-1 { background: var(--_map-2); color: var(--_map-ink); }
  .tile.class-2 { background: var(--_map-3); color: var(--_map-ink); }
  .tile.class-3 { background: var(--_map-4); color: var(--_map-ink); }
  .tile.class-4 { background: var(--_map-5); color: var(--_map-ink); }

  /* "No data" is hatched and said in words, never a pale colour that reads as "low". */
  .tile.no-data,
  .swatch.no-data {
    color: var(--_text);
    background: repeating-linear-gradient(45deg, var(--_surface) 0 4px, var(--_border) 4px 5px);
  }

  /* Text on a hatched tile sits on a solid chip, so its contrast is certain. The chip's block padding covers
     the glyphs' whole height, which some engines (Firefox) draw taller than the 1.2 line: text poking out of
     its chip would stand half on the hatching, and axe could not tell its contrast. */
  .tile.no-data .tile-name,
  .tile.no-data .tile-value {
    align-self: flex-start;
    padding: 0.15em 2px;
    background: var(--_surface);
    border-radius: 2px;
  }

  .tile-name {
    font-weight: 600;
    overflow-wrap: anywhere;
  }

  .tile-value {
    font-size: 0.8rem;
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }

  .tile.highlight {
    outline: 3px solid var(--_text);
    outline-offset: 1px;
    z-index: 1;
  }

  .tile:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    z-index: 2;
  }

  /*
   * A tile's tooltip opens under the whole map, at its start edge: placed by its own tile it would cover
   * the names of the tiles around it. (Its containing block is the grid: the tiles are not positioned.)
   */
  .tip {
    display: none;
    position: absolute;
    inset-block-start: calc(100% + 6px);
    inset-inline-start: 0;
    z-index: 3;
    inline-size: max-content;
    max-inline-size: 14rem;
    padding: 0.35rem 0.5rem;
    color: var(--_surface);
    background: var(--_text);
    border-radius: 4px;
    font-size: 0.8rem;
    pointer-events: none;
  }

  .tile:hover .tip,
  .tile:focus-visible .tip {
    display: block;
  }

  .grid.tips-off .tip {
    display: none;
  }

  .swatch {
    inline-size: 1rem;
    block-size: 1rem;
    border: 1px solid var(--_border);
    border-radius: 2px;
  }

  .swatch.class-0 { background: var(--_map-1); }
  .swatch.class-1 { background: var(--_map-2); }
  .swatch.class-2 { background: var(--_map-3); }
  .swatch.class-3 { background: var(--_map-4); }
  .swatch.class-4 { background: var(--_map-5); }

  caption {
    font-weight: 600;
  }

  .skeleton {
    border: 0;
  }

  /* Narrow containers: short names only; values are in the names, tooltips and table. */
  @container (max-width: 520px) {
    .tile { padding: 2px; font-size: 0.7rem; }
    /* Hidden visually only: the value stays in the tile's accessible name. */
    .tile-value {
      position: absolute; inline-size: 1px; block-size: 1px;
      overflow: hidden; clip-path: inset(50%); white-space: nowrap;
    }
  }

  .name-abbr {
    display: none;
    text-decoration: none;
    white-space: nowrap;
    font-size: 0.65rem;
    letter-spacing: -0.02em;
  }

  @container (max-width: 420px) {
    .name-short { display: none; }
    .name-abbr { display: inline; }
  }

  @media (forced-colors: active) {
    .tile, .swatch { forced-color-adjust: none; border-color: CanvasText; }
    .tile:focus-visible { outline-color: Highlight; }
  }
`;

export const mapStyles = [
  themeStyles,
  statusStyles,
  skeletonStyles,
  keptSizeStyles,
  ...figureStyles,
  sourceLineStyles,
  mapOwnStyles,
];

/** Added by a server to a map it rendered, for a browser that runs no script: the table toggle needs script. */
export const mapNoScriptStyles = `@media (scripting: none) { [part~='toggle'] { display: none; } }`;
