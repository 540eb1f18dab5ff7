import { builder } from '../../kernel/graphql/builder.js';
import { ActivityTypeEnum } from '../../kernel/graphql/enums.js';
import { ActivityOutcomeEnum, ActivityStatusEnum } from './activity.enums.js';

/** An activity on a contact (call, e-mail, meeting, visit report, note): the memory of the relation. */
export const ActivityInput = builder.inputType('ActivityInput', {
  fields: (t) => ({
    contact: t.globalID(),
    type: t.field({ type: ActivityTypeEnum }),
    occurredAt: t.field({
      type: 'DateTime',
      description: 'When it happened, or (PLANNED) when it is planned: then in the future.',
    }),
    subject: t.string(),
    body: t.string({ required: false }),
    action: t.globalID({ required: false, description: 'The marketing action this activity belongs to, if any.' }),
    status: t.field({
      type: ActivityStatusEnum,
      required: false,
      description: 'Defaults to DONE. PLANNED puts it in your calendar.',
    }),
    endsAt: t.field({ type: 'DateTime', required: false, description: 'End of a meeting or call; after occurredAt.' }),
    remindAt: t.field({
      type: 'DateTime',
      required: false,
      description: 'PLANNED only: when to remind you (a notification), at or before occurredAt.',
    }),
    outcome: t.field({ type: ActivityOutcomeEnum, required: false, description: 'DONE only.' }),
    nextStep: t.string({ required: false, description: 'The next step agreed (up to 500 characters).' }),
    promised: t.string({
      required: false,
      description: 'What was promised to the contact (shown to customer service; up to 1000 characters).',
    }),
  }),
});

export const ActivityPatch = builder.inputType('ActivityPatch', {
  fields: (t) => ({
    type: t.field({ type: ActivityTypeEnum, required: false }),
    occurredAt: t.field({ type: 'DateTime', required: false }),
    subject: t.string({ required: false }),
    body: t.string({ required: false }),
    action: t.globalID({ required: false }),
    status: t.field({
      type: ActivityStatusEnum,
      required: false,
      description: 'Only a PLANNED activity changes status (to DONE or CANCELLED).',
    }),
    endsAt: t.field({ type: 'DateTime', required: false }),
    remindAt: t.field({ type: 'DateTime', required: false, description: 'A new reminder time sends a new reminder.' }),
    outcome: t.field({ type: ActivityOutcomeEnum, required: false }),
    nextStep: t.string({ required: false }),
    promised: t.string({ required: false }),
  }),
});

/** What happened at a planned activity, when marking it done. */
export const ActivityCompletion = builder.inputType('ActivityCompletion', {
  fields: (t) => ({
    outcome: t.field({ type: ActivityOutcomeEnum, required: false }),
    occurredAt: t.field({
      type: 'DateTime',
      required: false,
      description: 'When it took place; defaults to the planned time.',
    }),
    body: t.string({ required: false, description: 'The report; replaces the body when given.' }),
    nextStep: t.string({ required: false }),
    promised: t.string({ required: false }),
  }),
});
