import type { FideleModule } from '../kernel/module.js';
import { auditRetentionDays, auditRetentionJob } from './audit/audit-retention.job.js';
import { retentionPurgeJob, retentionPurgeOn } from './retention/retention.job.js';
import { retentionPurgeQueue } from './retention/retention.queue.js';
import { registerQueue } from '../kernel/job-runner.js';
// The context's GraphQL types, queries and mutations (each file adds its own to the builder).
import './audit/audit.schema.js';
import './consent/consent.schema.js';
import './consent/purpose-settings.schema.js';
import './consent/role-purpose.schema.js';
import './subject-rights/subject-rights.schema.js';
import './retention/retention.schema.js';
import './subject-rights/subject-request.schema.js';
import './access/permissions.schema.js';

// Purges started from the API run on the process's job runner (PostgreSQL: any instance).
registerQueue(retentionPurgeQueue);

/** Consent and privacy: the access layer, consent and purposes, subject rights, the audit log. */
export const privacyModule: FideleModule = {
  name: 'privacy',
  jobs: [auditRetentionJob, retentionPurgeJob],
  settings: [auditRetentionDays, retentionPurgeOn],
};
