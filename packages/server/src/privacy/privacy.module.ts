import type { FideleModule } from '../kernel/module.js';
import { auditRetentionDays, auditRetentionJob } from './audit/audit-retention.job.js';
// The context's GraphQL types, queries and mutations (each file adds its own to the builder).
import './audit/audit.schema.js';
import './consent/consent.schema.js';
import './subject-rights/subject-rights.schema.js';
import './access/permissions.schema.js';

/** Consent and privacy: the access layer, consent and purposes, subject rights, the audit log. */
export const privacyModule: FideleModule = {
  name: 'privacy',
  jobs: [auditRetentionJob],
  settings: [auditRetentionDays],
};
