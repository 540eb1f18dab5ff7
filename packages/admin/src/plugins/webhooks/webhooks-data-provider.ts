import {
  CreateWebhookSubscriptionDocument,
  PingWebhookDocument,
  RedeliverWebhookDocument,
  RotateWebhookSecretDocument,
  UpdateWebhookSubscriptionDocument,
  WebhookDeliveriesDocument,
  WebhookSubscriptionsDocument,
  type CreateWebhookSubscriptionMutation,
  type FideleClient,
  type PingWebhookMutation,
  type WebhookDeliveryFieldsFragment,
  type WebhookDeliveryStatus,
  type WebhookEventType,
  type WebhookSubscriptionFieldsFragment,
  type WebhookSubscriptionInput,
} from '@fidele/sdk';
import { enumValues } from '../../api/enum-values';
import { raErrors } from '../../api/ra-errors';

export type WebhookSubscriptionRow = WebhookSubscriptionFieldsFragment;
export type WebhookDeliveryRow = WebhookDeliveryFieldsFragment;
/** A subscription with its signing secret: the only answer that carries it (creation and rotation). */
export type SubscriptionWithSecret = CreateWebhookSubscriptionMutation['createWebhookSubscription'];
export type PingResult = PingWebhookMutation['pingWebhook'];

/** Every event a subscription can listen to, in the order the form offers them. */
export const webhookEvents = enumValues<WebhookEventType>()(
  'CONTACT_CREATED',
  'CONTACT_UPDATED',
  'CONSENT_CHANGED',
  'SALE_RECORDED',
  'RESPONSE_RECORDED',
);

/** Every status of a delivery, in the order the log's filter offers them. */
export const webhookDeliveryStatuses = enumValues<WebhookDeliveryStatus>()('PENDING', 'DELIVERED', 'FAILED');

/** The new-subscription form (brand '': every brand). */
export interface WebhookForm {
  name: string;
  url: string;
  brand: string;
  /** The API takes event names as strings (an unknown one is refused under `events.<i>`). */
  events: WebhookSubscriptionInput['events'];
}

export interface DeliveryQuery {
  /** A subscription id, or '' for all. */
  subscription: string;
  /** A status, or '' for all. */
  status: WebhookDeliveryStatus | '';
}

/** The webhooks plugin's custom methods (a type alias: it must fit `DataProvider`'s index signature). */
export type WebhooksDataProvider = {
  getWebhookSubscriptions(): Promise<WebhookSubscriptionRow[]>;
  createWebhookSubscription(form: WebhookForm): Promise<SubscriptionWithSecret>;
  rotateWebhookSecret(row: Pick<WebhookSubscriptionRow, 'id' | 'version'>): Promise<SubscriptionWithSecret>;
  setWebhookActive(
    row: Pick<WebhookSubscriptionRow, 'id' | 'version'>,
    active: boolean,
  ): Promise<WebhookSubscriptionRow>;
  pingWebhook(id: string): Promise<PingResult>;
  /** The newest 100 deliveries matching the query, with their attempts. */
  getWebhookDeliveries(query: DeliveryQuery): Promise<{ totalCount: number; rows: WebhookDeliveryRow[] }>;
  redeliverWebhook(id: string): Promise<WebhookDeliveryRow>;
};

/** The form → the API's input: trimmed name and URL, no brand when every brand is meant. */
export const toSubscriptionInput = (form: WebhookForm): WebhookSubscriptionInput => ({
  name: form.name.trim(),
  url: form.url.trim(),
  events: form.events,
  ...(form.brand ? { brand: form.brand } : {}),
});

/**
 * Webhook subscriptions and their delivery log (admins only: the server says FORBIDDEN to anyone else). The
 * signing secret comes back from creation and rotation only; errors as `toRaError` maps them (VALIDATION per
 * form field: name, url, events).
 */
export function createWebhooksDataProvider(client: FideleClient): WebhooksDataProvider {
  return {
    getWebhookSubscriptions: () =>
      raErrors(async () =>
        (
          await client.execute(WebhookSubscriptionsDocument, { first: 200, orderBy: [{ field: 'NAME' }] })
        ).webhookSubscriptions.edges.map((e) => e.node),
      ),
    createWebhookSubscription: (form) =>
      raErrors(
        async () =>
          (await client.execute(CreateWebhookSubscriptionDocument, { input: toSubscriptionInput(form) }))
            .createWebhookSubscription,
      ),
    rotateWebhookSecret: (row) =>
      raErrors(
        async () =>
          (await client.execute(RotateWebhookSecretDocument, { id: row.id, version: row.version })).rotateWebhookSecret,
      ),
    setWebhookActive: (row, active) =>
      raErrors(
        async () =>
          (
            await client.execute(UpdateWebhookSubscriptionDocument, {
              id: row.id,
              version: row.version,
              input: { active },
            })
          ).updateWebhookSubscription,
      ),
    pingWebhook: (id) => raErrors(async () => (await client.execute(PingWebhookDocument, { id })).pingWebhook),
    getWebhookDeliveries: (q) =>
      raErrors(async () => {
        const page = (
          await client.execute(WebhookDeliveriesDocument, {
            first: 100,
            ...(q.subscription ? { subscription: [q.subscription] } : {}),
            ...(q.status ? { status: [q.status] } : {}),
          })
        ).webhookDeliveries;
        return { totalCount: page.totalCount, rows: page.edges.map((e) => e.node) };
      }),
    redeliverWebhook: (id) =>
      raErrors(async () => (await client.execute(RedeliverWebhookDocument, { id })).redeliverWebhook),
  };
}
