import { encodeGlobalID } from '@pothos/plugin-relay';
import { builder } from '../../kernel/graphql/builder.js';
import { idFor } from '../../kernel/graphql/global-id.js';
import type { Role } from '../../generated/sqlite/enums.js';
import { type CallListResult, createCallList } from './call-list.service.js';

const CallListResultRef = builder.objectRef<CallListResult>('CallListResult').implement({
  description: 'What createCallList did: the tasks it created, and the targets it left out.',
  fields: (t) => ({
    created: t.exposeInt('created', { description: 'Tasks created by this call, one per target.' }),
    alreadyListed: t.exposeInt('alreadyListed', {
      description: 'Targets whose contact already had a task for this action (an earlier call list): not listed again.',
    }),
    excluded: t.exposeInt('excluded', {
      description:
        'Targets of the sending list left out: consent to the purpose withdrawn since targeting, a telemarketing ' +
        'opt-out, or a deleted contact.',
    }),
    taskIds: t.idList({
      description: 'Global ids of the tasks created, in the order they were handed out.',
      resolve: (r) => r.taskIds.map((id) => encodeGlobalID('Task', id)),
    }),
  }),
});

const callers = { roles: ['ADMIN', 'MARKETING', 'SALES'] as Role[] };

builder.mutationField('createCallList', (t) =>
  t.field({
    type: CallListResultRef,
    description:
      'Turns the targets of a TELEMARKETING action into call tasks, handed round-robin to `assignees` (each must be ' +
      'able to see the action). Only targets you may see, out of the control group, whose consent still covers the ' +
      "action's purpose; a contact that already has a task for the action is not listed again. All or nothing.",
    authScopes: callers,
    args: { action: t.arg.globalID({ required: true }), assignees: t.arg.globalIDList({ required: true }) },
    resolve: (_root, args, ctx) =>
      createCallList(
        ctx,
        idFor('MarketingAction', args.action, ['action']),
        args.assignees.map((g, i) => idFor('StaffUser', g, ['assignees', String(i)])),
      ),
  }),
);
