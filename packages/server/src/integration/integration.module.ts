import type { FideleModule } from '../kernel/module.js';
import { registerQueue } from '../kernel/job-runner.js';
import { importQueue } from './imports/import.queue.js';
import { importCommand } from './imports/import.command.js';
import { exportCommand } from './exports/export.command.js';
import { webhookDeliveryJob } from './webhooks/webhook.delivery.js';
import { exportContactsRoute } from './exports/export.route.js';
import { inboundSalesRoute } from './webhooks/inbound-sales.route.js';
// The context's GraphQL types, queries and mutations (each file adds its own to the builder).
import './imports/import.schema.js';
import './exports/export.schema.js';
import './webhooks/webhook.schema.js';

// startImport's queue: the process's job runner (PostgreSQL: any instance) runs the imports it enqueues.
registerQueue(importQueue);

/** Integration: imports, exports, webhooks and inbound partner sales. */
export const integrationModule: FideleModule = {
  name: 'integration',
  commands: [importCommand, exportCommand], // fidele import, fidele export
  jobs: [
    webhookDeliveryJob, // webhook delivery from the outbox
  ],
  routes: [
    exportContactsRoute, // GET /export/contacts
    inboundSalesRoute, // POST /inbound/sales
  ],
};
