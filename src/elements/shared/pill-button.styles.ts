import { css } from 'lit';

/**
 * The rounded buttons beside a figure: a chart's and a map's table toggle (`aria-pressed`), the "more"
 * button of a chart's summary and of a dashboard's description, a chart's retry. The `--_pill-*` tokens
 * keep an element's own size, padding and colours (see docs/ARCHITECTURE.md, "Where a change goes").
 */
export const pillButtonStyles = css`
  .pill {
    min-block-size: var(--_pill-min-size, 2rem);
    min-inline-size: var(--_pill-min-size, 2rem);
    padding: var(--_pill-padding, 0.25rem 0.8rem);
    font: inherit;
    font-size: 0.875rem;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_pill-border, var(--_muted));
    border-radius: 999px;
    cursor: pointer;
  }

  .pill[aria-pressed='true'] {
    color: var(--_surface);
    background: var(--_pill-pressed, var(--_accent));
    border-color: var(--_pill-pressed, var(--_accent));
  }

  .pill:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  @media (forced-colors: active) {
    .pill[aria-pressed='true'] {
      border-width: 3px;
    }
  }
`;
