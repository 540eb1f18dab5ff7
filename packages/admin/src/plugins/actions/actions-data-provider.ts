import { UpdateActionTargetingDocument } from '@fidele/sdk';
import type {
  ActionMedium,
  ActionTargetFilter,
  ActionTargetOrderField,
  FideleClient,
  MarketingActionFilter,
  MarketingActionInput,
  MarketingActionOrderField,
  MarketingActionPatch,
  MarketingActionQuery,
} from '@fidele/sdk';
import type { DataProvider, Identifier } from 'react-admin';
import { asList, changedFields } from '../../api/connection';
import { connectionResource } from '../../api/connection-resource';
import { raErrors } from '../../api/ra-errors';
import { recordProvider } from '../../api/record-methods';

export const actionSortFields: Record<string, MarketingActionOrderField> = {
  id: 'ID',
  code: 'CODE',
  name: 'NAME',
  medium: 'MEDIUM',
  status: 'STATUS',
  startDate: 'START_DATE',
  endDate: 'END_DATE',
  cost: 'COST',
  createdAt: 'CREATED_AT',
};

export function actionFilter(filter: Record<string, unknown>): MarketingActionFilter {
  const out: MarketingActionFilter = {};
  const q = typeof filter.q === 'string' ? filter.q.trim() : '';
  if (q) out.search = q;
  const medium = asList(filter.medium as string);
  if (medium) out.medium = medium as MarketingActionFilter['medium'];
  const status = asList(filter.status as string);
  if (status) out.status = status as MarketingActionFilter['status'];
  const brand = asList(filter.brandId as string);
  if (brand) out.brand = brand;
  const promotes = asList(filter.productId as string);
  if (promotes) out.promotes = promotes;
  return out;
}

/** Sources an action's edit form may change. */
export const actionWritableSources = [
  'name',
  'status',
  'startDate',
  'endDate',
  'cost',
  'targetDescription',
  'promiseSummary',
  'priority',
  'attributionWindowDays',
  'previousActionId',
  'followUpCondition',
  'followUpDelayDays',
] as const;

/** An action as the show page reads it: the `marketingAction` query's result (products and follow-ups included). */
export type ActionDetail = NonNullable<MarketingActionQuery['marketingAction']>;

/** Form sources whose API name differs (the server's VALIDATION fields are renamed back to them). */
const renamed = { brand: 'brandId', products: 'productIds', previousAction: 'previousActionId' };

/**
 * The sequence part of an edit: the previous action under its API name; unlinking clears the condition and the
 * delay on the server, so the (hidden) inputs' stale values are not sent with it.
 */
function sequencePatch(changes: Record<string, unknown>): Record<string, unknown> {
  if (!('previousActionId' in changes)) return changes;
  const { previousActionId, ...rest } = changes;
  const previous = previousActionId === '' || previousActionId === undefined ? null : previousActionId;
  if (previous === null) {
    delete rest.followUpCondition;
    delete rest.followUpDelayDays;
  }
  return { ...rest, previousAction: previous };
}

/** The priority input's value: an integer, or nothing to change (an emptied input keeps the current priority). */
const priorityOf = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/** An action node → a record: related records by id, as the reference inputs and fields expect. */
const actionRecord = <T extends { brand?: { id: string } | null; previousAction?: { id: string } | null }>(
  node: T,
) => ({
  ...node,
  brandId: node.brand?.id ?? null,
  previousActionId: node.previousAction?.id ?? null,
});

/** A date input gives a calendar day; the API takes an instant (midnight UTC of that day). */
const instant = (v: unknown) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? `${v}T00:00:00.000Z` : v);

/**
 * The create form → `MarketingActionInput`: related records under their API names (`brand`, `products`), days as
 * instants, the cost as a decimal string; empty inputs are left out (the API's defaults apply).
 */
export function actionInput(data: Record<string, unknown>): MarketingActionInput {
  const given = (v: unknown) => v !== undefined && v !== null && v !== '';
  const input: Record<string, unknown> = {};
  const copy = [
    'code',
    'name',
    'objective',
    'medium',
    'status',
    'requiredPurpose',
    'controlGroupPercent',
    'targetDescription',
    'responseChannels',
    'attributionWindowDays',
  ];
  for (const k of copy) if (given(data[k])) input[k] = data[k];
  if (given(data.startDate)) input.startDate = instant(data.startDate);
  if (given(data.endDate)) input.endDate = instant(data.endDate);
  if (given(data.cost)) input.cost = String(data.cost);
  if (given(data.brandId)) input.brand = data.brandId;
  if (Array.isArray(data.productIds) && data.productIds.length) input.products = data.productIds;
  // The condition and delay go only with a previous action (their inputs are hidden without one).
  if (given(data.previousActionId)) {
    input.previousAction = data.previousActionId;
    if (given(data.followUpCondition)) input.followUpCondition = data.followUpCondition;
    if (given(data.followUpDelayDays)) input.followUpDelayDays = data.followUpDelayDays;
  }
  return input as unknown as MarketingActionInput;
}

export type ActionsDataProvider = Partial<DataProvider> & {
  getActionPerformance(id: Identifier): ReturnType<FideleClient['actionPerformance']>;
  /** The response channels a new action of this medium gets when it names none (the create form proposes them). */
  getUsualResponseChannels(medium: string): Promise<string[]>;
};

/** `targets` on `actionTargets` (filter by action or contact). */
const targetsResource = (client: FideleClient) =>
  connectionResource({
    resource: 'targets',
    list: (v) => client.withErrors.actionTargets(v),
    // Targets are listed (by action or contact), never opened on their own.
    one: async () => ({ data: null, errors: [] }),
    filter: (f: Record<string, unknown>): ActionTargetFilter => ({
      ...(asList(f.action as string) ? { action: asList(f.action as string) } : {}),
      ...(asList(f.contact as string) ? { contact: asList(f.contact as string) } : {}),
      ...(typeof f.responded === 'boolean' ? { responded: f.responded } : {}),
      ...(typeof f.converted === 'boolean' ? { converted: f.converted } : {}),
    }),
    sortFields: { targetedAt: 'TARGETED_AT', respondedAt: 'RESPONDED_AT', id: 'ID' } as Record<
      string,
      ActionTargetOrderField
    >,
    toRecord: (node, withheld) => ({
      ...node,
      actionId: node.action.id,
      contactId: node.contact.id,
      _withheld: withheld,
    }),
  });

/**
 * `actions` on `marketingActions` / `marketingAction` (with the products it promotes and its follow-ups), `createMarketingAction` and
 * `updateMarketingAction`;
 * `targets` on `actionTargets` (filter by action or contact); the analytics API for the performance panel.
 */
export function createActionsDataProvider(client: FideleClient): ActionsDataProvider {
  const actions = connectionResource({
    resource: 'actions',
    list: (v) => client.withErrors.marketingActions(v),
    one: (id) => client.withErrors.marketingAction({ id }),
    filter: actionFilter,
    sortFields: actionSortFields,
    toRecord: (node, withheld) => ({ ...actionRecord(node), _withheld: withheld }),
  });
  const targets = targetsResource(client);
  const route = (resource: string) => (resource === 'targets' ? targets : actions);
  return recordProvider<ActionsDataProvider>({
    getList: (r, p) => route(r).getList!(r, p),
    getOne: (r, p) => route(r).getOne!(r, p),
    getMany: (r, p) => route(r).getMany!(r, p),
    getManyReference: (r, p) => route(r).getManyReference!(r, p),
    create: (_r, { data }) =>
      raErrors(async () => {
        const form = data as Record<string, unknown>;
        let created = await client.createMarketingAction({ input: actionInput(form) });
        actions.clear();
        // The priority is not part of MarketingActionInput: it is set by updateActionTargeting (CAMPAIGNS.md).
        const priority = priorityOf(form.priority);
        if (priority !== undefined && priority !== created.priority) {
          const set = await client.execute(UpdateActionTargetingDocument, {
            id: created.id,
            version: created.version,
            input: { priority },
          });
          created = { ...created, ...set.updateActionTargeting };
        }
        return { data: { ...actionRecord(created), _withheld: {} } };
      }, renamed),
    update: (_r, { id, data, previousData }) =>
      raErrors(async () => {
        const changes = changedFields(
          data as Record<string, unknown>,
          previousData as Record<string, unknown>,
          actionWritableSources,
        );
        if (Object.keys(changes).length === 0) return { data: previousData };
        for (const [k, v] of Object.entries(changes)) changes[k] = instant(v);
        const { priority: newPriority, ...rest } = changes;
        let version = (previousData as { version: number }).version;
        let record: Record<string, unknown> = { ...previousData };
        if (Object.keys(rest).length) {
          const updated = await client.updateMarketingAction({
            id: String(id),
            version,
            input: sequencePatch(rest) as MarketingActionPatch,
          });
          record = { ...record, ...actionRecord(updated) };
          version = updated.version;
        }
        // The priority goes through updateActionTargeting, with the version the first write left.
        const priority = priorityOf(newPriority);
        if (priority !== undefined) {
          const set = await client.execute(UpdateActionTargetingDocument, {
            id: String(id),
            version,
            input: { priority },
          });
          record = {
            ...record,
            priority: set.updateActionTargeting.priority,
            version: set.updateActionTargeting.version,
          };
        }
        actions.clear();
        return { data: { ...record, _withheld: {} } };
      }, renamed),
    getActionPerformance: (id) => raErrors(() => client.actionPerformance({ action: String(id) })),
    getUsualResponseChannels: (medium) =>
      raErrors(async () => client.usualResponseChannels({ medium: medium as ActionMedium })),
  });
}
