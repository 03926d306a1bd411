import { css } from 'lit';

/**
 * The grey blocks that stand where figures will be while a feed loads. Each element sizes its own
 * (`.skeleton-title`, `.skeleton-tile`, …); the tokens are what an element may set on its `:host`. The
 * theme stops the pulse for readers who ask for reduced motion.
 */
export const skeletonStyles = css`
  :host {
    --_skeleton-radius: 4px;
    --_skeleton-pulse: pulse 1.6s ease-in-out infinite;
  }

  .skeleton {
    display: block;
    border-radius: var(--_skeleton-radius);
    background: var(--_ref-skeleton);
    animation: var(--_skeleton-pulse);
  }

  @keyframes pulse {
    50% {
      opacity: 0.55;
    }
  }
`;
