import { css, unsafeCSS, type CSSResult } from 'lit';
import { paletteStyles } from '../../theme/palette.js';
import { themeStyles } from '../../theme/tokens.js';
import { figureStyles } from '../shared/figure.styles.js';
import { skeletonStyles } from '../shared/skeleton.styles.js';
import { keptSizeStyles } from '../shared/kept-size.js';
import { statusStyles } from '../shared/status.styles.js';
import { PALETTE_SIZE } from './palette.js';

/** `.fill-s0 … .fill-s7` and `.stroke-s0 …`: the palette tokens as fills and strokes of marks. */
function paletteRules(): CSSResult {
  const rules: string[] = [];
  for (let i = 0; i < PALETTE_SIZE; i += 1) {
    rules.push(`.fill-s${i}, .fill-s${i} > * { fill: var(--_color-${i + 1}); }`);
    rules.push(`.stroke-s${i}, .stroke-s${i} > * { stroke: var(--_color-${i + 1}); color: var(--_color-${i + 1}); }`);
  }
  return unsafeCSS(rules.join('\n'));
}

/** Every series' fill or stroke class, and its children, as one selector list. */
function everySeries(kind: 'fill' | 'stroke'): CSSResult {
  return unsafeCSS(Array.from({ length: PALETTE_SIZE }, (_, i) => `.${kind}-s${i}, .${kind}-s${i} > *`).join(', '));
}

/**
 * Plot's own stylesheet (which it injects as a `<style>` a strict CSP blocks) restated here, plus the
 * chart's layout, marks, focus, tooltip, legend and table. No transitions or animations anywhere.
 */
const chartOwnStyles = css`
  :host {
    container-type: inline-size;
    /* The drawing's room waits still: no animation anywhere in a chart. */
    --_skeleton-pulse: none;
    --_stale-note-size: 0.8rem;
  }

  .figure {
    box-sizing: border-box;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_gap) * 0.75);
    margin: 0;
    padding: var(--_card-padding);
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }

  .caption {
    display: grid;
    gap: 0.25rem;
  }

  .title {
    font-size: 1rem;
    font-weight: 600;
  }

  .summary {
    margin: 0;
    font-size: 0.875rem;
    color: var(--_muted);
  }

  .more {
    display: none;
    margin-inline-end: auto;
  }

  /*
   * A narrow chart: the summary's first sentence stands as its heading (it names the chart as the title
   * does, which stays the figure's name for assistive technology); the rest is behind the button.
   */
  @container (max-width: 480px) {
    .title {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }

    .summary .lead {
      font-weight: 600;
      color: var(--_text);
    }

    .summary:not(.open) .rest {
      display: none;
    }

    .more {
      display: inline-block;
    }

    .toolbar {
      flex-wrap: nowrap;
      gap: 0.4rem;
    }

    .toolbar button {
      padding-inline: 0.6rem;
    }
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0.5rem;
  }

  .chart:focus-visible,
  .table-scroll:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .chart {
    position: relative;
    min-inline-size: 0;
    border-radius: 4px;
  }

  .canvas {
    inline-size: 100%;
    min-block-size: 12rem;
  }

  /* The drawing is put here by script: Lit renders nothing inside this element. */
  .canvas.drawn,
  .canvas.empty {
    min-block-size: 0;
  }

  .message {
    margin: 0;
    padding: 2rem 0;
    color: var(--_muted);
    text-align: center;
  }

  /* Observable Plot's default rules, restated (it would inject them as an inline <style>). */
  .chart-svg {
    display: block;
    inline-size: 100%;
    max-inline-size: 100%;
    block-size: auto;
    overflow: visible;
    color: var(--_muted);
    fill: currentColor;
    font-family: var(--_font);
    font-size: 12px;
    font-variant-numeric: tabular-nums;
  }

  /*
   * SVG text is painted with currentColor and coloured through \`color\`: contrast checkers read \`color\`,
   * not \`fill\`, so the two must agree. They also read CSS backgrounds, not SVG paint: the background
   * rectangle (and the "no data" boxes, the only shapes text sits on) mirror their fill as background-color.
   */
  .chart-svg text,
  .chart-svg tspan {
    white-space: pre;
    font-size: 12px;
    fill: currentColor;
  }

  .background {
    fill: var(--_surface);
    background-color: var(--_surface);
  }

  .grid {
    stroke: var(--_border);
    stroke-opacity: 1;
  }

  .axis {
    stroke: var(--_muted);
  }

  .axis text {
    color: var(--_muted);
    stroke: none;
  }

  /* Names written above narrow bars read as the axis does; the values among them as values. */
  .above-labels text {
    color: var(--_muted);
  }

  .above-labels text.value-label {
    color: var(--_text);
  }

  .baseline {
    stroke: var(--_text);
    stroke-width: 1.5;
  }

  .value-label,
  .series-label {
    color: var(--_text);
  }

  .series-label {
    font-weight: 600;
  }

  .total-value {
    color: var(--_text);
    font-size: 18px;
    font-weight: 700;
  }

  .chart-svg .total-value,
  .chart-svg .total-value tspan {
    font-size: 18px;
  }

  .total-caption {
    color: var(--_muted);
  }

  ${paletteRules()}

  .line {
    fill: none;
    stroke-width: 2.5;
    stroke-linejoin: round;
    stroke-linecap: round;
  }

  .dash-1 { stroke-dasharray: 9 4; }
  .dash-2 { stroke-dasharray: 2 4; }
  .dash-3 { stroke-dasharray: 12 4 2 4; }

  .area {
    fill-opacity: 0.18;
    stroke: none;
  }

  .dots > *,
  .lonely > *,
  .cursor {
    fill: var(--_surface);
    stroke-width: 2.5;
  }

  .cursor[aria-hidden='true'] {
    display: none;
  }

  .segments > *,
  .arc,
  .patterned > * {
    stroke: var(--_surface);
    stroke-width: 1.5;
  }

  .pattern-texture {
    fill: none;
    stroke: var(--_surface);
    stroke-width: 1.6;
    stroke-linecap: round;
  }

  .pattern-texture.texture-2 {
    stroke-width: 3;
  }

  .no-data-boxes > *,
  .mark.no-data {
    fill: var(--_surface);
    background-color: var(--_surface);
    stroke: var(--_muted);
    stroke-width: 1.5;
    stroke-dasharray: 4 3;
  }

  .no-data-rules > * {
    stroke: var(--_muted);
    stroke-width: 2;
    stroke-dasharray: 3 4;
  }

  .no-data-label {
    color: var(--_muted);
  }

  .mark {
    outline: none;
    cursor: pointer;
  }

  .focus-ring {
    fill: none;
    stroke: var(--_focus);
    stroke-width: 3;
    pointer-events: none;
  }

  .arc + .focus-ring,
  path.focus-ring {
    stroke-width: 4;
  }

  .tooltip {
    position: absolute;
    left: 0;
    top: 0;
    z-index: 2;
    box-sizing: border-box;
    max-inline-size: min(18rem, 100%);
    padding: 0.4rem 0.6rem;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_muted);
    border-radius: 6px;
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.2);
    font-size: 0.875rem;
    line-height: 1.35;
  }

  .tooltip[hidden] {
    display: none;
  }

  .tooltip-name {
    font-weight: 600;
  }

  .tooltip-series {
    color: var(--_muted);
  }

  .legend-value {
    color: var(--_muted);
  }

  /* What a donut's shares are of, when not of the whole: read with the legend, in its size and colour. */
  .legend-note {
    margin: 0.25rem 0 0;
    font-size: var(--_legend-font-size, 0.875rem);
    color: var(--_muted);
  }

  .swatch {
    flex: none;
    inline-size: 1.5rem;
    block-size: 1rem;
    overflow: visible;
  }

  .swatch-symbol {
    fill: var(--_surface);
    stroke-width: 2;
  }

  .swatch-fill {
    stroke: var(--_muted);
    stroke-width: 1;
  }

  .defs {
    position: absolute;
    inline-size: 0;
    block-size: 0;
    overflow: hidden;
  }

  .table-scroll {
    overflow-x: auto;
    border-radius: 4px;
  }

  /* Only a long table scrolls on its own; a short one never hides a row behind a scroll edge. */
  .table-scroll.long {
    max-block-size: 24rem;
    overflow-y: auto;
  }

  table {
    font-variant-numeric: tabular-nums;
  }

  caption {
    font-weight: 600;
  }

  thead th {
    position: sticky;
    top: 0;
    background: var(--_surface);
    border-block-end: 2px solid var(--_muted);
  }

  td {
    text-align: end;
  }

  .skeleton-title { inline-size: 50%; block-size: 1.2rem; }
  .skeleton-chart { inline-size: 100%; block-size: 14rem; }

  .error {
    min-block-size: 8rem;
    font-size: 0.9rem;
  }



  @media (prefers-reduced-motion: reduce) {
    .tooltip,
    .mark,
    .focus-ring {
      transition: none;
      animation: none;
    }
  }

  @media (forced-colors: active) {
    .background { fill: Canvas; background-color: Canvas; }
    .chart-svg, .axis text, .above-labels text, .value-label, .series-label, .no-data-label, .total-value,
    .total-caption { color: CanvasText; }
    .axis, .baseline, .grid { stroke: CanvasText; }
    .grid { stroke: GrayText; }
    ${everySeries('fill')} { fill: CanvasText; }
    ${everySeries('stroke')} { stroke: CanvasText; color: CanvasText; }
    .pattern-ground { fill: Canvas; }
    .pattern-texture { stroke: CanvasText; }
    .segments > *, .arc, .patterned > * { stroke: CanvasText; }
    .area { fill: none; }
    .dots > *, .cursor { fill: Canvas; }
    .no-data-boxes > *, .mark.no-data { fill: Canvas; stroke: CanvasText; }
    .no-data-rules > * { stroke: CanvasText; }
    .focus-ring { stroke: Highlight; }
  }
`;

export const chartStyles = [
  themeStyles,
  paletteStyles,
  statusStyles,
  skeletonStyles,
  keptSizeStyles,
  ...figureStyles,
  chartOwnStyles,
];

/**
 * Added by a server to a chart it rendered, for a browser that runs no script: the drawing and the
 * table toggle need script, so they give way to the data table, shown as it is when toggled.
 */
export const chartNoScriptStyles = `@media (scripting: none) {
  .toolbar, [part~='chart'] { display: none; }
  .visually-hidden:has(> [part~='table']) {
    position: static; inline-size: auto; block-size: auto; margin: 0;
    overflow: visible; clip-path: none; white-space: normal;
  }
}`;
