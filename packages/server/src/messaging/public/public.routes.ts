import type { HttpRoute } from '../../kernel/route-kit.js';
import { confirmPageRoute, confirmRoute } from './confirm.route.js';
import { preferencesPageRoute, preferencesSaveRoute } from './preferences.route.js';
import { subscribePageRoute, subscribeRoute } from './subscribe.route.js';
import { unsubscribePageRoute, unsubscribeRoute } from './unsubscribe.route.js';

/** What a contact does without an account (MESSAGING.md, "Unsubscribe, preference centre and double opt-in"). */
export const publicRoutes: HttpRoute[] = [
  unsubscribePageRoute,
  unsubscribeRoute,
  preferencesPageRoute,
  preferencesSaveRoute,
  subscribePageRoute,
  subscribeRoute,
  confirmPageRoute,
  confirmRoute,
];
