import { builder } from '../../builder.js';
import { ActivityTypeEnum } from '../../enums.js';

/** An activity on a contact (call, e-mail, meeting, visit report, note): the memory of the relation. */
export const ActivityInput = builder.inputType('ActivityInput', {
  fields: (t) => ({
    contact: t.globalID(),
    type: t.field({ type: ActivityTypeEnum }),
    occurredAt: t.field({ type: 'DateTime' }),
    subject: t.string(),
    body: t.string({ required: false }),
    action: t.globalID({ required: false, description: 'The marketing action this activity belongs to, if any.' }),
  }),
});

export const ActivityPatch = builder.inputType('ActivityPatch', {
  fields: (t) => ({
    type: t.field({ type: ActivityTypeEnum, required: false }),
    occurredAt: t.field({ type: 'DateTime', required: false }),
    subject: t.string({ required: false }),
    body: t.string({ required: false }),
    action: t.globalID({ required: false }),
  }),
});
