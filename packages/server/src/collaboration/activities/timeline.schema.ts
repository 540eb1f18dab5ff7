import { queryFromInfo } from '@pothos/plugin-prisma';
import type { GraphQLResolveInfo } from 'graphql';
import { builder } from '../../kernel/graphql/builder.js';
import type { Context } from '../../kernel/context.js';
import { validationError, fieldProblem } from '../../kernel/errors.js';
import { fieldMessage } from '../../kernel/field-messages.js';
import { listSize } from '../../kernel/graphql/page-size.js';
import { ActionTargetRef } from '../../campaigns/targets/target.schema.js';
import { SaleRef } from '../../sales/sale.schema.js';
import { ServiceCaseRef } from '../cases/case.schema.js';
import { SurveyInvitationRef } from '../surveys/survey.schema.js';
import { ActivityRef } from './activity.schema.js';
import { ContactKindEnum } from '../../kernel/graphql/enums.js';
import {
  contactTimeline,
  type ContactKindChange,
  encodeTimelineCursor,
  type TimelineItem,
  timelineKinds,
} from './timeline.service.js';

export const TimelineKindEnum = builder.enumType('TimelineKind', {
  description:
    'What happened: an activity, a targeting by an action (HELD_OUT: held out in its control group, sent nothing), a ' +
    'response, a conversion, a sale, a prospect becoming a client (BECAME_CLIENT), a case opened, a survey answered.',
  values: timelineKinds,
});

const KindChangeReasonEnum = builder.enumType('ContactKindChangeReason', {
  description: 'Why the kind of a contact changed by itself.',
  values: { FIRST_SALE: { description: 'A prospect bought: its first sale made it a client.' } } as const,
});

/** A change of a contact's kind made by a rule (a prospect's first sale), as its timeline shows it. */
const ContactKindChangeRef = builder.objectRef<ContactKindChange>('ContactKindChange').implement({
  description: "A change of the contact's kind made by a rule: a prospect who buys becomes a client (audited).",
  fields: (t) => ({
    from: t.field({ type: ContactKindEnum, resolve: (x) => x.from }),
    to: t.field({ type: ContactKindEnum, resolve: (x) => x.to }),
    reason: t.field({ type: KindChangeReasonEnum, resolve: (x) => x.reason }),
  }),
});

/** The row behind a timeline item; its type says what it is. */
export const TimelineNodeRef = builder.unionType('TimelineNode', {
  types: [ActivityRef, ActionTargetRef, SaleRef, ServiceCaseRef, SurveyInvitationRef, ContactKindChangeRef],
  resolveType: (node) => nodeType.get(node as object) ?? null,
});

/** Which GraphQL type each row of a timeline page is (rows are plain Prisma objects). */
const nodeType = new WeakMap<object, TimelineItem['typename']>();

export const TimelineItemRef = builder.objectRef<TimelineItem>('TimelineItem').implement({
  description: "One event of a contact's timeline.",
  fields: (t) => ({
    at: t.expose('at', { type: 'DateTime' }),
    kind: t.expose('kind', { type: TimelineKindEnum }),
    summary: t.exposeString('summary', { description: 'One line, in English, without personal data of the contact.' }),
    node: t.field({
      type: TimelineNodeRef,
      description:
        'The activity, target (targeting, response, conversion), sale, case or survey invitation (answered) behind the event.',
      resolve: (i) => {
        nodeType.set(i.node, i.typename);
        // The item's row is a whole row of its type (withSelections reloads it with the client's selection).
        return i.node as typeof TimelineNodeRef.$inferType;
      },
    }),
  }),
});

const maxTimelinePage = 100;

/**
 * Reloads the rows of a page with exactly what the client selected under `node` (relations included), one
 * statement per type present (plus Prisma's one per relation), so that the nested fields of a page cost the same
 * for 5 items and for 100. The row rules were applied when the page was chosen; ids come from those rows only.
 */
async function withSelections(ctx: Context, info: GraphQLResolveInfo, items: TimelineItem[]) {
  const delegates = {
    Activity: ctx.db.activity,
    ActionTarget: ctx.db.actionTarget,
    Sale: ctx.db.sale,
    ServiceCase: ctx.db.serviceCase,
    SurveyInvitation: ctx.db.surveyInvitation,
  } as const;
  const loaded = new Map<string, object>();
  await Promise.all(
    (Object.keys(delegates) as (keyof typeof delegates)[]).map(async (typename) => {
      const ids = [...new Set(items.filter((i) => i.typename === typename).map((i) => i.node.id))];
      if (!ids.length) return;
      const query = queryFromInfo({ context: ctx, info, typeName: typename, path: ['edges', 'node', 'node'] });
      const delegate = delegates[typename] as unknown as { findMany(args: object): Promise<{ id: number }[]> };
      for (const row of await delegate.findMany({ ...query, where: { id: { in: ids } } }))
        loaded.set(`${typename}:${row.id}`, row);
    }),
  );
  return items.map((i) => ({
    ...i,
    node: (loaded.get(`${i.typename}:${i.node.id}`) as { id: number } | undefined) ?? i.node,
  }));
}

builder.prismaObjectFields('Contact', (t) => ({
  timeline: t.connection({
    type: TimelineItemRef,
    authScopes: { authenticated: true },
    description:
      'Everything that happened with this contact, newest first: activities, targetings, responses, conversions, ' +
      'sales, customer-service cases and survey answers, each under its own access rule. Forward pagination (first, after).',
    args: { kinds: t.arg({ type: [TimelineKindEnum], required: false, description: 'Only these kinds.' }) },
    select: { id: true },
    resolve: async (contact, args, ctx, info) => {
      if (args.last != null || args.before != null) {
        throw validationError([fieldProblem([args.last != null ? 'last' : 'before'], fieldMessage('FORWARD_ONLY'))]);
      }
      // Refused, not clamped, beyond the timeline's own page (it merges eight sources per page).
      const first = listSize(args.first, 20, maxTimelinePage, ['first']);
      const { items, hasNextPage } = await contactTimeline(ctx, contact.id, first, args.after, args.kinds);
      const edges = (await withSelections(ctx, info, items)).map((node) => ({
        cursor: encodeTimelineCursor(node),
        node,
      }));
      return {
        edges,
        pageInfo: {
          hasNextPage,
          hasPreviousPage: !!args.after,
          startCursor: edges[0]?.cursor ?? null,
          endCursor: edges.at(-1)?.cursor ?? null,
        },
      };
    },
  }),
}));
