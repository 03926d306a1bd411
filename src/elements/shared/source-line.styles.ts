import { css } from 'lit';

/**
 * The line source-line.ts draws: where the figures come from, its link, and a status pill ("provisional").
 * The `--_*` token keeps an element's own size
 * (see docs/ARCHITECTURE.md, "Where a change goes").
 */
export const sourceLineStyles = css`
  .source {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    font-size: var(--_source-font-size, 0.8rem);
    color: var(--_muted);
  }

  .source a {
    color: var(--_accent);
  }

  .status {
    padding: 0 0.4rem;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-weight: 600;
  }
`;
