/**
 * The one place zod is imported from. `zod/mini` keeps the KPI-only bundle small, and jitless mode stops
 * zod probing the Function constructor (eval), which a strict CSP reports as a violation on the host page.
 */
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };
