import { webhookDeliveryJob } from '../modules/webhooks/webhook.delivery.js';
import type { Job } from './scheduler.js';

/** Every scheduled job the server runs (`fidele start`) and `fidele jobs:run` can run once, one line per feature. */
export const jobs: Job[] = [
  webhookDeliveryJob, // modules/webhooks
];
