/**
 * A dashboard hands its feed to the elements inside it through @lit/context, so a dashboard and all
 * its tiles, charts and maps make one request. The key is global (`Symbol.for`), so two copies of the
 * library on one page still understand each other.
 */
import { createContext } from '@lit/context';
import type { Feed } from './schema.js';

export const feedContext = createContext<Feed | undefined>(Symbol.for('inclusion-widgets/feed'));
