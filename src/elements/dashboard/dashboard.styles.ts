import { css } from 'lit';
import { themeStyles } from '../../theme/tokens.js';
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

  .stale-note {
    margin: 0;
    color: var(--_bad);
    font-size: 0.875rem;
  }

  .group {
    display: block;
  }

  .kpis {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 15rem), 1fr));
    gap: var(--_gap);
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

  .skeleton {
    border-radius: var(--_radius);
    background: var(--_ref-skeleton);
    animation: pulse 1.6s ease-in-out infinite;
  }

  .skeleton-title {
    inline-size: min(30rem, 80%);
    block-size: 1.75rem;
  }

  .skeleton-tile {
    block-size: 9.5rem;
  }

  @keyframes pulse {
    50% { opacity: 0.55; }
  }

  @media print {
    .charts, .maps { grid-template-columns: minmax(0, 1fr); }
  }
`;

export const dashboardStyles = [themeStyles, statusStyles, dashboardOwnStyles];
