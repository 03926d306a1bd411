/** The bundle's entry: defines every element (side effect) and exports the public API. */
import './elements/shared/hydrate-support.js';
// A tile's optional parts (change, target, trend), registered before the tile is defined: rendered at once.
import './elements/kpi/kpi-extras.js';
// A dashboard's list layout for its tiles, in the tile's own styles (the server renders them into its markup).
import './elements/kpi/kpi-list.styles.js';
import './elements/kpi/define.js';
import './elements/chart/define.js';
import './elements/map/define.js';
import './elements/table/define.js';
import './elements/dashboard/define.js';

export { InclusionKpi } from './elements/kpi/inclusion-kpi.js';
export { InclusionChart } from './elements/chart/inclusion-chart.js';
export { InclusionMap } from './elements/map/inclusion-map.js';
export { InclusionTable } from './elements/table/inclusion-table.js';
export { InclusionDashboard } from './elements/dashboard/inclusion-dashboard.js';
// The zod schema is not exported: the bundle loads zod only for a feed that is not valid (src/feed/check.ts).
// Feed authors' tools use dist/feed.schema.json; script uses validateFeed.
export type { Feed, Metric } from './feed/schema.js';
export { validateFeed } from './feed/check.js';
export { FeedError, type FeedErrorKind, type FeedIssue } from './feed/errors.js';
export { InclusionErrorEvent, InclusionLoadEvent, InclusionSelectEvent } from './events.js';
export type { Locale } from './i18n/locale.js';
