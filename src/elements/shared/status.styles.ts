import { css } from 'lit';

/**
 * Styles for the markup `renderError` draws, kept beside it so every element shows an error the same
 * way. Each element still sizes its own `.error` box (a tile and a chart reserve different heights).
 */
export const statusStyles = css`
  .error-title {
    margin: 0;
    font-weight: 600;
    color: var(--_bad);
  }

  .error-issues {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.1rem;
    color: var(--_muted);
  }
`;
