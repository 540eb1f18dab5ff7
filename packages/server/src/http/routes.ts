import { exportContactsRoute } from '../modules/quality/export.route.js';
import { surveyAnswerRoute, surveyQuestionsRoute } from '../modules/surveys/survey.route.js';
import { documentDownloadRoute, documentUploadRoute } from '../modules/documents/document.route.js';
import { inboundSalesRoute } from '../modules/webhooks/inbound-sales.route.js';
import type { HttpRoute } from './route-kit.js';

/** Every plain HTTP route of the server (beside /graphql and /admin), one line per feature. */
export const httpRoutes: HttpRoute[] = [
  exportContactsRoute, // GET /export/contacts (modules/quality)
  surveyQuestionsRoute, // GET /surveys/answer/<token> (modules/surveys)
  surveyAnswerRoute, // POST /surveys/answer/<token> (modules/surveys)
  documentUploadRoute, // POST /documents (modules/documents)
  documentDownloadRoute, // GET /documents/<id> (modules/documents)
  inboundSalesRoute, // POST /inbound/sales (modules/webhooks)
];
