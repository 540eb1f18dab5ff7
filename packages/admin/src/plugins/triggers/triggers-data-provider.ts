import {
  CreateTriggerDocument,
  DeleteTriggerDocument,
  MarketingActionsDocument,
  ReferenceDataDocument,
  RunTriggersDocument,
  TriggerFiringsDocument,
  TriggersDocument,
  UpdateTriggerDocument,
  type FideleClient,
  type RfmSegment,
  type RunTriggersMutation,
  type TriggerFieldsFragment,
  type TriggerFiringsQuery,
  type TriggerKind,
  type TriggerParamsInput,
} from '@fidele/sdk';
import { raErrors } from '../../api/ra-errors';

export type TriggerRow = TriggerFieldsFragment;
export type TriggerRunRow = RunTriggersMutation['runTriggers'][number];
type FiringsPage = Extract<NonNullable<TriggerFiringsQuery['node']>, { firings: unknown }>['firings'];
export type TriggerFiringRow = FiringsPage['edges'][number]['node'];

/** The kinds, in the order the form offers them, with the params each one takes (as the server checks them). */
export const triggerKinds: Record<TriggerKind, (keyof TriggerForm['params'])[]> = {
  NO_PURCHASE_FOR_DAYS: ['days', 'sinceDays'],
  FIRST_PURCHASE: ['sinceDays'],
  CATEGORY_PURCHASE: ['categoryCode', 'sinceDays'],
  SCORE_CHANGE: ['from', 'to'],
  FIRST_PURCHASE_ANNIVERSARY: ['sinceDays'],
};

/** The trigger form: params as typed text ('' for none), the action by id. */
export interface TriggerForm {
  name: string;
  kind: TriggerKind;
  action: string;
  active: boolean;
  params: { days: string; sinceDays: string; categoryCode: string; from: RfmSegment | ''; to: RfmSegment | '' };
}

export const emptyTriggerForm: TriggerForm = {
  name: '',
  kind: 'NO_PURCHASE_FOR_DAYS',
  action: '',
  active: true,
  params: { days: '', sinceDays: '', categoryCode: '', from: '', to: '' },
};

/** A stored trigger as the form edits it. */
export const toTriggerForm = (t: TriggerRow): TriggerForm => ({
  name: t.name,
  kind: t.kind,
  action: t.action?.id ?? '',
  active: t.active,
  params: {
    days: t.params.days?.toString() ?? '',
    sinceDays: t.params.sinceDays?.toString() ?? '',
    categoryCode: t.params.categoryCode ?? '',
    from: t.params.from ?? '',
    to: t.params.to ?? '',
  },
});

/**
 * The form → the API's params: only the fields of the kind, blanks left out (the server says which are required).
 * A day count that is not a whole number is sent as -1, so the server's message ("an integer from 1 to 3650")
 * shows under the field.
 */
export function toParamsInput(form: TriggerForm): TriggerParamsInput {
  const out: TriggerParamsInput = {};
  for (const key of triggerKinds[form.kind]) {
    const value = form.params[key].trim();
    if (value === '') continue;
    if (key === 'days' || key === 'sinceDays') out[key] = Number.isInteger(Number(value)) ? Number(value) : -1;
    else if (key === 'from' || key === 'to') out[key] = value as RfmSegment;
    else out[key] = value;
  }
  return out;
}

/** The triggers plugin's custom methods (a type alias: it must fit `DataProvider`'s index signature). */
export type TriggersDataProvider = {
  getTriggers(): Promise<TriggerRow[]>;
  getTriggerChoices(): Promise<{
    actions: { id: string; code: string; name: string }[];
    categories: { code: string; name: string }[];
  }>;
  saveTrigger(form: TriggerForm, existing?: Pick<TriggerRow, 'id' | 'version'>): Promise<TriggerRow>;
  deleteTrigger(row: Pick<TriggerRow, 'id' | 'version'>): Promise<void>;
  runTriggers(dryRun: boolean): Promise<TriggerRunRow[]>;
  /** The newest 100 firings of a trigger. */
  getTriggerFirings(id: string): Promise<{ totalCount: number; rows: TriggerFiringRow[] }>;
};

/** Triggers through the SDK; errors as `toRaError` maps them (VALIDATION per form field: name, kind, action, params.days, ...). */
export function createTriggersDataProvider(client: FideleClient): TriggersDataProvider {
  return {
    getTriggers: () =>
      raErrors(async () =>
        (await client.execute(TriggersDocument, { first: 200, orderBy: [{ field: 'NAME' }] })).triggers.edges.map(
          (e) => e.node,
        ),
      ),
    getTriggerChoices: () =>
      raErrors(async () => {
        const [actions, reference] = await Promise.all([
          client.execute(MarketingActionsDocument, {
            first: 200,
            filter: { status: ['PLANNED', 'RUNNING', 'DRAFT'] },
            orderBy: [{ field: 'START_DATE', direction: 'DESC' }],
          }),
          client.execute(ReferenceDataDocument, {}),
        ]);
        return {
          actions: actions.marketingActions.edges.map((e) => ({ id: e.node.id, code: e.node.code, name: e.node.name })),
          categories: reference.productCategories.map((c) => ({ code: c.code, name: c.name })),
        };
      }),
    saveTrigger: (form, existing) =>
      raErrors(async () => {
        const input = {
          name: form.name.trim(),
          kind: form.kind,
          action: form.action,
          active: form.active,
          params: toParamsInput(form),
        };
        return existing
          ? (await client.execute(UpdateTriggerDocument, { id: existing.id, version: existing.version, input }))
              .updateTrigger
          : (await client.execute(CreateTriggerDocument, { input })).createTrigger;
      }),
    deleteTrigger: (row) =>
      raErrors(async () => void (await client.execute(DeleteTriggerDocument, { id: row.id, version: row.version }))),
    runTriggers: (dryRun) => raErrors(async () => (await client.execute(RunTriggersDocument, { dryRun })).runTriggers),
    getTriggerFirings: (id) =>
      raErrors(async () => {
        const node = (await client.execute(TriggerFiringsDocument, { id, first: 100 })).node;
        const page = node && 'firings' in node ? node.firings : null;
        return { totalCount: page?.totalCount ?? 0, rows: page?.edges.map((e) => e.node) ?? [] };
      }),
  };
}
