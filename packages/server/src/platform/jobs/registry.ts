import { sequencesJob } from '../../campaigns/sequences/sequence.job.js';
import { triggersJob } from '../../campaigns/triggers/trigger.job.js';
import { webhookDeliveryJob } from '../../integration/webhooks/webhook.delivery.js';
import { reminderJob } from '../../collaboration/notifications/reminder.job.js';
import type { Job } from '../../kernel/job.js';

/** Every scheduled job the server runs (`fidele start`) and `fidele jobs:run` can run once, one line per feature. */
export const jobs: Job[] = [
  reminderJob, // collaboration/notifications: task and planned-activity reminders
  triggersJob, // campaigns: behaviour triggers
  sequencesJob, // campaigns: follow-ups of linked actions
  webhookDeliveryJob, // integration/webhooks
];
