/**
 * Design tokens in three tiers (Material Web's model):
 * - reference: raw values below (light and dark sets);
 * - system: the public `--inclusion-*` custom properties a site sets to theme every widget;
 * - component: private `--_*` properties each element reads, falling back system → reference.
 * Elements only ever read `--_*`, so a site's theme is one place and a token rename breaks a test. The series
 * palette (`--inclusion-color-*`) is in palette.ts, composed only by the elements that colour series.
 */
import { css } from 'lit';

/** Public system tokens and their light defaults. Tested so that renaming one is a deliberate act. */
export const SYSTEM_TOKENS = [
  '--inclusion-font',
  '--inclusion-text',
  '--inclusion-text-muted',
  '--inclusion-background',
  '--inclusion-surface',
  '--inclusion-border',
  '--inclusion-accent',
  '--inclusion-good',
  '--inclusion-bad',
  '--inclusion-focus',
  '--inclusion-radius',
  '--inclusion-gap',
  '--inclusion-card-padding',
  '--inclusion-color-1',
  '--inclusion-color-2',
  '--inclusion-color-3',
  '--inclusion-color-4',
  '--inclusion-color-5',
  '--inclusion-color-6',
  '--inclusion-color-7',
  '--inclusion-color-8',
] as const;

/** Reference tier for dark surfaces; shared by `theme="dark"` and `theme="auto"` under a dark OS setting. */
const darkReference = css`
    /* A dark widget brings its own dark canvas, so it stays legible on a light page too. */
    --_ref-background: #0d1118;
    --_ref-text: #e8ebf1;
    --_ref-muted: #b4bccb;
    --_ref-surface: #161b24;
    --_ref-border: #3a4352;
    --_ref-accent: #7fb6ff;
    --_ref-good: #5fd38d;
    --_ref-bad: #ff8a80;
    --_ref-focus: #9cc7ff;
    --_ref-skeleton: #2a3140;
    color-scheme: dark;
`;

export const themeStyles = css`
  :host {
    /* reference: light. Text >= 4.5:1 and marks >= 3:1 on the surface (checked in test/theme.test.ts). */
    --_ref-text: #1b2230;
    --_ref-muted: #4f5868;
    --_ref-background: transparent;
    --_ref-surface: #ffffff;
    --_ref-border: #c9ced8;
    --_ref-accent: #0b5cad;
    --_ref-good: #1a7340;
    --_ref-bad: #b3261e;
    --_ref-focus: #0b5cad;
    --_ref-skeleton: #e6e9ef;

    --_font: var(--inclusion-font, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif);
    --_text: var(--inclusion-text, var(--_ref-text));
    --_muted: var(--inclusion-text-muted, var(--_ref-muted));
    --_background: var(--inclusion-background, var(--_ref-background));
    --_surface: var(--inclusion-surface, var(--_ref-surface));
    --_border: var(--inclusion-border, var(--_ref-border));
    --_accent: var(--inclusion-accent, var(--_ref-accent));
    --_good: var(--inclusion-good, var(--_ref-good));
    --_bad: var(--inclusion-bad, var(--_ref-bad));
    --_focus: var(--inclusion-focus, var(--_ref-focus));
    --_radius: var(--inclusion-radius, 12px);
    --_gap: var(--inclusion-gap, 12px);
    /* Every card (tile, chart, map, table) is padded by this one token, so cards side by side line up. */
    --_card-padding: var(--inclusion-card-padding, var(--_gap));

    display: block;
    box-sizing: border-box;
    inline-size: 100%;
    min-inline-size: 0;
    color: var(--_text);
    background: var(--_background);
    font-family: var(--_font);
    font-size: 1rem;
    line-height: 1.45;
    /* No host page rule can leak in through inheritance we do not choose. */
    text-align: start;
    letter-spacing: normal;
  }

  :host([theme='dark']) {
    ${darkReference}
  }

  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkReference}
    }
  }

  @media (forced-colors: active) {
    :host {
      --_text: CanvasText;
      --_muted: CanvasText;
      --_surface: Canvas;
      --_background: Canvas;
      --_border: CanvasText;
      --_accent: LinkText;
      --_good: CanvasText;
      --_bad: CanvasText;
      --_focus: Highlight;
      --_ref-skeleton: GrayText;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    :host *,
    :host *::before,
    :host *::after {
      animation: none !important;
      transition: none !important;
    }
  }

  :host([hidden]) {
    display: none;
  }

  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  @media print {
    :host {
      --_surface: #fff;
      --_text: #000;
      --_muted: #222;
      break-inside: avoid;
    }
  }
`;
