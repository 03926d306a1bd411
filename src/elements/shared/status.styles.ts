import { css } from 'lit';

/**
 * Styles for the markup status-views.ts draws (`renderError`, `renderStaleNote`), kept beside it so every
 * element shows an error and out-of-date figures the same way. Each element still sizes its own `.error` box
 * (a tile and a chart reserve different heights), and may set `--_stale-note-size`.
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

  /* After a failed refresh: said in the colour of a change for the worse, a little smaller than the figures. */
  .stale-note {
    margin: 0;
    font-size: var(--_stale-note-size, 0.85rem);
    color: var(--_bad);
  }
`;
