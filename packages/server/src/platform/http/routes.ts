import { exportContactsRoute } from '../../integration/exports/export.route.js';
import { surveyAnswerRoute, surveyQuestionsRoute } from '../../collaboration/surveys/survey.route.js';
import { documentDownloadRoute, documentUploadRoute } from '../../collaboration/documents/document.route.js';
import { inboundSalesRoute } from '../../integration/webhooks/inbound-sales.route.js';
import type { HttpRoute } from '../../kernel/route-kit.js';

/** Every plain HTTP route of the server (beside /graphql and /admin), one line per feature. */
export const httpRoutes: HttpRoute[] = [
  exportContactsRoute, // GET /export/contacts (contacts/quality)
  surveyQuestionsRoute, // GET /surveys/answer/<token> (collaboration/surveys)
  surveyAnswerRoute, // POST /surveys/answer/<token> (collaboration/surveys)
  documentUploadRoute, // POST /documents (collaboration/documents)
  documentDownloadRoute, // GET /documents/<id> (collaboration/documents)
  inboundSalesRoute, // POST /inbound/sales (integration/webhooks)
];
