import type { FideleModule } from '../kernel/module.js';
// The context's GraphQL types, queries and mutations (each file adds its own to the builder).
import './auth.schema.js';
import './api-key.schema.js';
import './staff-admin.schema.js';

/** Identity: staff logins, tokens, API keys and their throttles. */
export const identityModule: FideleModule = {
  name: 'identity',
};
