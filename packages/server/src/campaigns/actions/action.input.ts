import { builder } from '../../kernel/graphql/builder.js';
import {
  ActionMediumEnum,
  ActionObjectiveEnum,
  ActionStatusEnum,
  PromiseTypeEnum,
  ResponseChannelEnum,
} from '../../kernel/graphql/enums.js';
import { FollowUpConditionEnum } from '../sequences/sequence.enums.js';

/**
 * The writable fields of a marketing action. `MarketingActionInput` (create) requires what an action cannot do
 * without; `MarketingActionPatch` (update) makes everything optional: an absent field is left as it is, an
 * explicit null clears it. The two sets (response channels, products) replace the stored set when given.
 */
const optional = { required: false } as const;

type T = Parameters<Parameters<typeof builder.inputType>[1]['fields']>[0];

const shared = (t: T) => ({
  targetDescription: t.string(optional),
  plannedQuantity: t.int(optional),
  cost: t.field({ type: 'Decimal', ...optional, description: 'Defaults to 0.' }),
  promiseType: t.field({ type: PromiseTypeEnum, ...optional }),
  promiseSummary: t.string(optional),
  status: t.field({ type: ActionStatusEnum, ...optional }),
  controlGroupPercent: t.int({ ...optional, description: 'Share of targets held back, 0 to 100; null for none.' }),
  brand: t.globalID({ ...optional, description: 'Null: an action of no brand, visible to every user.' }),
  responseChannels: t.field({
    type: [ResponseChannelEnum],
    ...optional,
    description: 'Replaces the whole set when given.',
  }),
  products: t.globalIDList({ ...optional, description: 'Products promoted; replaces the whole set when given.' }),
  attributionWindowDays: t.int({
    ...optional,
    description: 'Days after targeting a purchase is attributed to the action (1 to 3650, default 30).',
  }),
  previousAction: t.globalID({
    ...optional,
    description: 'Channel coordination: this action follows up that one (same brand, no cycle); null unlinks.',
  }),
  followUpCondition: t.field({
    type: FollowUpConditionEnum,
    ...optional,
    description: 'Which targets of the previous action this one takes over (required with previousAction).',
  }),
  publicResponses: t.boolean({
    ...optional,
    description:
      'Accept responses from anyone on the public response form and endpoint (/respond/<code>): press coupons, web ' +
      'forms, events. Default false.',
  }),
  followUpDelayDays: t.int({
    ...optional,
    description:
      "Days after the previous action's targeting before following up (0 to 365, required with previousAction).",
  }),
});

export const MarketingActionInput = builder.inputType('MarketingActionInput', {
  fields: (t) => ({
    code: t.string(),
    name: t.string(),
    objective: t.field({ type: ActionObjectiveEnum }),
    medium: t.field({ type: ActionMediumEnum }),
    startDate: t.field({ type: 'DateTime' }),
    endDate: t.field({ type: 'DateTime' }),
    requiredPurpose: t.string({
      description: 'Code of the consent purpose a contact must have granted to be targeted.',
    }),
    ...shared(t),
  }),
});

export const MarketingActionPatch = builder.inputType('MarketingActionPatch', {
  fields: (t) => ({
    code: t.string(optional),
    name: t.string(optional),
    objective: t.field({ type: ActionObjectiveEnum, ...optional }),
    medium: t.field({ type: ActionMediumEnum, ...optional }),
    startDate: t.field({ type: 'DateTime', ...optional }),
    endDate: t.field({ type: 'DateTime', ...optional }),
    requiredPurpose: t.string(optional),
    ...shared(t),
  }),
});
