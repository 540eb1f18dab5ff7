import {
  ActionDeliveriesDocument,
  DeliverySummaryDocument,
  SendActionDocument,
  type ActionDeliveriesQuery,
  type DeliveryStatus,
  type DeliverySummaryQuery,
  type FideleClient,
} from '@fidele/sdk';
import { raErrors } from '../../../api/ra-errors';

type ActionNode<Q extends { node?: unknown }> = Extract<NonNullable<Q['node']>, { id: string }>;
export type DeliverySummary = NonNullable<ActionNode<DeliverySummaryQuery>['deliverySummary']>;
export type DeliveryRow = NonNullable<ActionNode<ActionDeliveriesQuery>['deliveries']>['edges'][number]['node'];

/** The sending methods of the actions plugin (a type alias: it must fit `DataProvider`). */
export type SendingDataProvider = {
  /** The send's progress and results (counts only). */
  getDeliverySummary(actionId: string): Promise<DeliverySummary | null>;
  /** The first deliveries of the log (by id), filtered by status, with the total. */
  getDeliveries(
    actionId: string,
    status: DeliveryStatus | null,
    first?: number,
  ): Promise<{ rows: DeliveryRow[]; total: number }>;
  /** Queues the action's send (idempotent: targets already queued are not queued again). */
  sendAction(actionId: string): Promise<void>;
};

/** Sending an action, its progress and its delivery log, through the SDK. */
export function createSendingDataProvider(client: FideleClient): SendingDataProvider {
  return {
    getDeliverySummary: (actionId) =>
      raErrors(async () => {
        const node = (await client.execute(DeliverySummaryDocument, { id: actionId }))
          .node as ActionNode<DeliverySummaryQuery> | null;
        return node?.deliverySummary ?? null;
      }),
    getDeliveries: (actionId, status, first = 50) =>
      raErrors(async () => {
        const node = (
          await client.execute(ActionDeliveriesDocument, { id: actionId, first, status: status ? [status] : null })
        ).node as ActionNode<ActionDeliveriesQuery> | null;
        const page = node?.deliveries;
        return { rows: page?.edges.map((e) => e.node) ?? [], total: page?.totalCount ?? 0 };
      }),
    sendAction: (actionId) =>
      raErrors(async () => {
        await client.execute(SendActionDocument, { action: actionId });
      }),
  };
}
