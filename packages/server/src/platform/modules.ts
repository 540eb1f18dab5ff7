import { analyticsModule } from '../analytics/analytics.module.js';
import { campaignsModule } from '../campaigns/campaigns.module.js';
import { collaborationModule } from '../collaboration/collaboration.module.js';
import { contactsModule } from '../contacts/contacts.module.js';
import { identityModule } from '../identity/identity.module.js';
import { integrationModule } from '../integration/integration.module.js';
import { messagingModule } from '../messaging/messaging.module.js';
import type { FideleModule } from '../kernel/module.js';
import { privacyModule } from '../privacy/privacy.module.js';
import { salesModule } from '../sales/sales.module.js';

/**
 * The bounded contexts of the server, in the order of their dependencies (each may import those before it, never
 * those after: ARCHITECTURE.md). Importing this file builds the whole schema; the platform reads jobs and routes
 * from here.
 */
export const fideleModules: readonly FideleModule[] = [
  identityModule,
  privacyModule,
  analyticsModule,
  contactsModule,
  campaignsModule,
  salesModule,
  collaborationModule,
  integrationModule,
  messagingModule,
];
