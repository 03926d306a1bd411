/** Server rendering: `import { renderToString } from 'inclusion-widgets/server'` (Node 20+). */
export { renderToString, ELEMENTS, type ElementName, type RenderOptions } from './render-to-string.js';
export { datasetOf } from './dataset-ld.js';
export { styleHashes } from './style-hashes.js';
export { FeedError, type FeedErrorKind, type FeedIssue } from '../feed/errors.js';
export type { Feed } from '../feed/schema.js';
export type { Locale } from '../i18n/locale.js';
