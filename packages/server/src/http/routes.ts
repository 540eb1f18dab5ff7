import { exportContactsRoute } from '../modules/quality/export.route.js';
import type { HttpRoute } from './route-kit.js';

/** Every plain HTTP route of the server (beside /graphql and /admin), one line per feature. */
export const httpRoutes: HttpRoute[] = [
  exportContactsRoute, // GET /export/contacts (modules/quality)
];
