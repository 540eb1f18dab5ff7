import type { FidelePlugin } from '../plugin';
import { actionsPlugin } from './actions/actions-plugin';
import { analyticsPlugin } from './analytics/analytics-plugin';
import { valuePlugin } from './value/value-plugin';
import { auditPlugin } from './audit/audit-plugin';
import { calendarPlugin } from './calendar/calendar-plugin';
import { casesPlugin } from './cases/cases-plugin';
import { consentsPlugin } from './consents/consents-plugin';
import { duplicatesPlugin } from './duplicates/duplicates-plugin';
import { importsPlugin } from './imports/imports-plugin';
import { jobsPlugin } from './jobs/jobs-plugin';
import { outboxPlugin } from './outbox/outbox-plugin';
import { contactsPlugin } from './contacts/contacts-plugin';
import { documentsPlugin } from './documents/documents-plugin';
import { overviewPlugin, type OverviewPluginOptions } from './overview/overview-plugin';
import { productsPlugin } from './products/products-plugin';
import { referencePlugin } from './reference/reference-plugin';
import { retentionPlugin } from './retention/retention-plugin';
import { salesPlugin } from './sales/sales-plugin';
import { scoresPlugin } from './scores/scores-plugin';
import { segmentsPlugin } from './segments/segments-plugin';
import { staffPlugin } from './staff/staff-plugin';
import { subjectRequestsPlugin } from './subject-requests/subject-requests-plugin';
import { stewardshipPlugin } from './stewardship/stewardship-plugin';
import { surveysPlugin } from './surveys/surveys-plugin';
import { targetingPlugin } from './targeting/targeting-plugin';
import { triggersPlugin } from './triggers/triggers-plugin';
import { tasksPlugin } from './tasks/tasks-plugin';
import { timelinePlugin } from './timeline/timeline-plugin';
import { webhooksPlugin } from './webhooks/webhooks-plugin';

export interface BuiltInPluginsOptions {
  /** Options of the overview plugin (the currency of amounts). */
  overview?: OverviewPluginOptions;
}

/**
 * Every built-in feature, in menu order: reference lists, the overview dashboard, contacts (with their consents,
 * scores, timeline, bulk targeting and export), products, marketing actions, segments and triggers, sales, tasks,
 * the calendar, customer-service cases, surveys, documents, stewardship proposals, the analytics dashboards,
 * duplicates, import, the audit log, retention of personal data, background jobs, the outbox of caught mail, staff users and API keys, webhooks. Spread it and add your own plugins after it.
 *
 * @example
 * const plugins = [...builtInPlugins(), myReportsPlugin()];
 */
export const builtInPlugins = (options: BuiltInPluginsOptions = {}): FidelePlugin[] => [
  referencePlugin(),
  overviewPlugin(options.overview),
  contactsPlugin(),
  consentsPlugin(),
  scoresPlugin(),
  timelinePlugin(),
  targetingPlugin(),
  productsPlugin(),
  actionsPlugin(),
  segmentsPlugin(),
  triggersPlugin(),
  salesPlugin(),
  tasksPlugin(),
  calendarPlugin(),
  casesPlugin(),
  surveysPlugin(),
  documentsPlugin(),
  stewardshipPlugin(),
  analyticsPlugin(),
  valuePlugin(),
  duplicatesPlugin(),
  importsPlugin(),
  auditPlugin(),
  subjectRequestsPlugin(),
  retentionPlugin(),
  jobsPlugin(),
  outboxPlugin(),
  staffPlugin(),
  webhooksPlugin(),
];
