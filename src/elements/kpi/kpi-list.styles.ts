/**
 * A tile's layout in a dashboard's list of tiles on a phone: the dashboard's own code brings it (a page of tiles
 * alone never downloads it), and every tile adds it to its styles (kpi-extras-registry.ts), whenever its class
 * was defined.
 */
import { css } from 'lit';
import { addKpiStyles } from './kpi-extras-registry.js';

export const kpiListStyles = css`
  /*
   * Tiles listed one under another on a phone (a dashboard names its tile list so): each tile is a row of
   * the list. The label runs the full width, and the value floats to the end of its last line when there is
   * room there, else to the end of the line below, so the figures read down one column and a short value
   * costs no line of its own. The details and the source are full lines under them. A tile on its own keeps
   * its card layout. Added after the tile's own sheet, as it overrides its rules.
   */
  @container inclusion-kpi-list (max-width: 480px) {
    /* The label's lines are the tile's lines now, so the tile takes the label's size and spacing. */
    .tile { display: flow-root; font-size: 0.8125rem; line-height: 1.25; }
    .label { display: inline; }
    .figure {
      /* Sized by its value here, so not a size container: the value's size is set, not measured. */
      container-type: normal;
      float: inline-end;
      justify-content: flex-end;
      /* Lifts the larger value's baseline towards the label's. */
      margin-block: -0.2rem 0;
      margin-inline-start: 0.75rem;
      text-align: end;
    }
    .value {
      /* The list is the container here: the value has its width less the tile's padding and its own margin. */
      --_fit: calc((100cqi - 2 * var(--_card-padding) - 0.75rem) / 0.7);
      font-size: min(var(--inclusion-kpi-value-size, 1.125rem), var(--_fit) / var(--_run, 12));
    }
    .details, .source { clear: both; }
  }
`;

addKpiStyles(kpiListStyles);
