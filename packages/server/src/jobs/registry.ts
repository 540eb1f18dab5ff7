import { sequencesJob } from '../modules/campaigns/sequence.job.js';
import { triggersJob } from '../modules/campaigns/trigger.job.js';
import { webhookDeliveryJob } from '../modules/webhooks/webhook.delivery.js';
import { reminderJob } from '../modules/notifications/reminder.job.js';
import type { Job } from './scheduler.js';

/** Every scheduled job the server runs (`fidele start`) and `fidele jobs:run` can run once, one line per feature. */
export const jobs: Job[] = [
  reminderJob, // modules/notifications: task and planned-activity reminders
  triggersJob, // modules/campaigns: behaviour triggers
  sequencesJob, // modules/campaigns: follow-ups of linked actions
  webhookDeliveryJob, // modules/webhooks
];
