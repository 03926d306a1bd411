/**
 * The series palette, in the same three tiers as tokens.ts: reference hues (light and dark sets), the public
 * `--inclusion-color-1` … `-8` a site sets, and the `--_color-*` the chart reads. Only elements that colour
 * series compose it (the chart), so a page of tiles does not carry it.
 */
import { css } from 'lit';

/** Lighter hues for dark surfaces; shared by `theme="dark"` and `theme="auto"` under a dark OS setting. */
const darkPalette = css`
    --_ref-color-1: #56b4e9;
    --_ref-color-2: #ff9e4a;
    --_ref-color-3: #3fd0a4;
    --_ref-color-4: #e29ac6;
    --_ref-color-5: #f0e442;
    --_ref-color-6: #9cc3ec;
    --_ref-color-7: #ffc266;
    --_ref-color-8: #bdbdbd;
`;

export const paletteStyles = css`
  :host {
    /* Okabe–Ito hues, darkened where needed to keep 3:1 against white (checked in test/theme.test.ts). */
    --_ref-color-1: #0072b2;
    --_ref-color-2: #c25400;
    --_ref-color-3: #00795a;
    --_ref-color-4: #a8467f;
    --_ref-color-5: #7c6a00;
    --_ref-color-6: #3d6fa3;
    --_ref-color-7: #a35a00;
    --_ref-color-8: #555555;
    --_color-1: var(--inclusion-color-1, var(--_ref-color-1));
    --_color-2: var(--inclusion-color-2, var(--_ref-color-2));
    --_color-3: var(--inclusion-color-3, var(--_ref-color-3));
    --_color-4: var(--inclusion-color-4, var(--_ref-color-4));
    --_color-5: var(--inclusion-color-5, var(--_ref-color-5));
    --_color-6: var(--inclusion-color-6, var(--_ref-color-6));
    --_color-7: var(--inclusion-color-7, var(--_ref-color-7));
    --_color-8: var(--inclusion-color-8, var(--_ref-color-8));
  }

  :host([theme='dark']) {
    ${darkPalette}
  }

  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkPalette}
    }
  }
`;
