import type { FideleModule } from '../kernel/module.js';
import { analyticsRefreshCommand } from './analytics.command.js';
// The context's GraphQL types, queries and mutations (each file adds its own to the builder).
import './analytics.schema.js';
import './action-metrics.schema.js';
import './contact-figures.schema.js';
import './lifetime-value.schema.js';
import './analytics-value.schema.js';

/** Analytics: RFM and FRAT scores, action metrics, lifetime value. */
export const analyticsModule: FideleModule = {
  name: 'analytics',
  commands: [analyticsRefreshCommand], // fidele analytics:refresh
};
