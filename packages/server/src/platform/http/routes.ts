import type { HttpRoute } from '../../kernel/route-kit.js';
import { fideleModules } from '../modules.js';

/** Every plain HTTP route of the server (beside /graphql and /admin): each context lists its own. */
export const httpRoutes: HttpRoute[] = fideleModules.flatMap((m) => m.routes ?? []);
