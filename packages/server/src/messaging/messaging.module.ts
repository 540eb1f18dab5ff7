import type { FideleModule } from '../kernel/module.js';
// Messages per action, merge fields, preview, test send and the outgoing-mail catcher (messages/).
import './messages/message.schema.js';
import './messages/caught-mail.schema.js';
import { readMessagingSettings } from './settings.js';
import { inboundRoutes } from './inbound/inbound.route.js';
import { trackingRoutes } from './tracking/tracking.route.js';
import { registerSmsChannel } from './channels/sms.js';
import { routingFileRoute } from './channels/postal.route.js';
// Telemarketing call lists (createCallList): tasks for staff, one per target.
import './channels/call-list.schema.js';
import { publicRatePerMinute } from './public/http.js';
import { publicRoutes } from './public/public.routes.js';
import { responseRoutes } from './responses/response.route.js';
// recordCouponResponse: a coupon keyed in by staff (responses/).
import './responses/response.schema.js';
import { registerQueue } from '../kernel/job-runner.js';
import { sendQueue } from './sending/send.job.js';
import { readSendSettings } from './sending/send.settings.js';
// The send pipeline's types, queries and mutations (sendAction, deliverySummary, deliveries).
import './sending/delivery.schema.js';
// A contact's deliveries (Contact.deliveries), for the contact page.
import './sending/contact-deliveries.schema.js';

// sendAction's queue: the process's job runner (PostgreSQL: any instance) runs the sends it enqueues.
registerQueue(sendQueue);
// SMS goes through the deployment's HTTP provider when FIDELE_SMS_URL is set (channels/sms.ts).
registerSmsChannel();

/**
 * Messaging: what leaves Fidele and what comes back from contacts. Channel adapters (e-mail, SMS, postal routing
 * files, call lists), messages and their deliveries, bounces and complaints, tracking bound to consent, the
 * unsubscribe links, the public preference centre, double opt-in and the public response forms of actions.
 * See MESSAGING.md.
 */
export const messagingModule: FideleModule = {
  name: 'messaging',
  settings: [readMessagingSettings, publicRatePerMinute, readSendSettings],
  routes: [...publicRoutes, ...inboundRoutes, ...trackingRoutes, ...responseRoutes, routingFileRoute],
};
