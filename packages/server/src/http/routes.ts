import type { HttpRoute } from './route-kit.js';

/** Every plain HTTP route of the server (beside /graphql and /admin), one line per feature. */
export const httpRoutes: HttpRoute[] = [];
