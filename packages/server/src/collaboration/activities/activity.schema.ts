import { rereadFrom, versionedMutations } from '../../kernel/graphql/versioned-mutations.js';
import { filteredList } from '../../kernel/graphql/connections.js';
import { builder } from '../../kernel/graphql/builder.js';
import { ActivityTypeEnum } from '../../kernel/graphql/enums.js';
import type { Role } from '../../generated/sqlite/enums.js';
import { visibleAction } from '../../campaigns/actions/action.filter.js';
import { MarketingActionRef } from '../../campaigns/actions/action.schema.js';
import { activityList, activityScope } from './activity.filter.js';
import { ActivityOutcomeEnum, ActivityStatusEnum } from './activity.enums.js';
import { ActivityCompletion, ActivityInput, ActivityPatch } from './activity.input.js';
import { completeActivity, createActivity, deleteActivity, updateActivity } from './activity.service.js';

/** Something that happened with a contact: a call, an e-mail, a meeting, a visit report, a note. */
export const ActivityRef = builder.prismaNode('Activity', {
  id: { field: 'id' },
  authScopes: { authenticated: true },
  nullable: true,
  findUnique: (id, ctx) => ({ id: Number(id), ...activityScope(ctx) }),
  fields: (t) => ({
    contact: t.relation('contact'),
    type: t.expose('type', { type: ActivityTypeEnum }),
    occurredAt: t.expose('occurredAt', { type: 'DateTime' }),
    subject: t.exposeString('subject'),
    body: t.exposeString('body', { nullable: true }),
    author: t.relation('author', { nullable: true }),
    action: t.field({
      type: MarketingActionRef,
      nullable: true,
      description: 'The marketing action this activity belongs to (null when none, or outside your brands).',
      select: (_args, _ctx, nestedSelection) => ({ action: nestedSelection(true) }),
      resolve: (a, _args, ctx) => visibleAction(ctx, a.action),
    }),
    status: t.expose('status', { type: ActivityStatusEnum }),
    endsAt: t.expose('endsAt', { type: 'DateTime', nullable: true, description: 'End of a meeting or call.' }),
    remindAt: t.expose('remindAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the author is reminded (PLANNED).',
    }),
    reminderSentAt: t.expose('reminderSentAt', { type: 'DateTime', nullable: true }),
    outcome: t.expose('outcome', { type: ActivityOutcomeEnum, nullable: true }),
    nextStep: t.exposeString('nextStep', { nullable: true }),
    promised: t.exposeString('promised', {
      nullable: true,
      description: 'What was promised to the contact (customer service sees it on cases).',
    }),
    version: t.exposeInt('version', { description: 'Send it back with an update (optimistic concurrency).' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

builder.queryFields((t) => ({
  activities: t.prismaConnection({
    type: 'Activity',
    description: 'Activities on contacts you may see, filtered and sorted.',
    authScopes: { authenticated: true },
    ...filteredList(t.arg, {
      ...activityList,
      rows: (ctx) => ctx.db.activity,
    }),
  }),
}));

const writers = { roles: ['ADMIN', 'MARKETING', 'SALES', 'SUPPORT'] as Role[] };
versionedMutations({
  type: 'Activity',
  authScopes: writers,
  reread: rereadFrom((ctx) => ctx.db.activity),
  create: {
    description: 'Logs an activity on a contact; you are its author.',
    input: ActivityInput,
    run: createActivity,
  },
  update: { input: ActivityPatch, run: updateActivity },
  delete: { run: deleteActivity },
  writes: {
    completeActivity: {
      description:
        'Marks a PLANNED activity DONE with its outcome, report, next step and promises (VALIDATION otherwise).',
      input: ActivityCompletion,
      optional: true,
      run: completeActivity,
    },
  },
});
