import { css } from 'lit';

/**
 * The grey blocks that stand where figures will be while a feed loads. Each element sizes its own
 * (`.skeleton-title`, `.skeleton-tile`, …); the `--_*` tokens keep
 * an element's own values (see docs/ARCHITECTURE.md, "Where a change goes"). The
 * theme stops the pulse for readers who ask for reduced motion.
 */
export const skeletonStyles = css`
  .skeleton {
    display: block;
    border-radius: var(--_skeleton-radius, 4px);
    background: var(--_ref-skeleton);
    animation: var(--_skeleton-pulse, pulse 1.6s ease-in-out infinite);
  }

  @keyframes pulse {
    50% {
      opacity: 0.55;
    }
  }
`;
