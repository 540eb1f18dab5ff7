import type { FideleModule } from '../kernel/module.js';
import { reminderJob } from './notifications/reminder.job.js';
import { surveyQuestionsRoute, surveyAnswerRoute } from './surveys/survey.route.js';
import { documentUploadRoute, documentDownloadRoute } from './documents/document.route.js';
// The context's GraphQL types, queries and mutations (each file adds its own to the builder).
import './activities/activity.schema.js';
import './tasks/task.schema.js';
import './cases/case.schema.js';
import './activities/timeline.schema.js';
import './calendar/calendar.schema.js';
import './notifications/notification.schema.js';
import './surveys/survey.schema.js';
import './documents/document.schema.js';

/** Collaboration and service: activities and timeline, tasks, cases, calendar, reminders, surveys, documents. */
export const collaborationModule: FideleModule = {
  name: 'collaboration',
  jobs: [
    reminderJob, // task and planned-activity reminders
  ],
  routes: [
    surveyQuestionsRoute,
    surveyAnswerRoute, // GET and POST /surveys/answer/<token>
    documentUploadRoute,
    documentDownloadRoute, // POST /documents, GET /documents/<id>
  ],
};
