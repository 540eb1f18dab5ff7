import { queryFromInfo } from '@pothos/plugin-prisma';
import { builder } from '../../kernel/graphql/builder.js';
import type { Context } from '../../kernel/context.js';
import { actionScope } from '../../campaigns/actions/action.filter.js';
import { MarketingActionRef } from '../../campaigns/actions/action.schema.js';
import { ActivityRef } from '../activities/activity.schema.js';
import { activityScope } from '../activities/activity.filter.js';
import { perRequestLoaderOnFirstUse } from '../../kernel/request-cache.js';

/** Where a promise to a contact was recorded. */
export const PromiseSourceEnum = builder.enumType('PromiseSource', {
  values: {
    ACTIVITY: { description: 'A staff user wrote it on an activity (`Activity.promised`).' },
    ACTION: {
      description: 'The promise of a marketing action the contact was targeted by (`MarketingAction.promiseSummary`).',
    },
  } as const,
});

interface ContactPromiseRow {
  at: Date;
  source: 'ACTIVITY' | 'ACTION';
  text: string;
  activity: { id: number } | null;
  action: { id: number; brandId: number | null } | null;
}

/** What the company promised a contact: what sales wrote on activities and the promises of the actions it received. */
export const ContactPromiseRef = builder.objectRef<ContactPromiseRow>('ContactPromise').implement({
  description: 'Something promised to a contact, so that customer service sees what sales and marketing promised.',
  fields: (t) => ({
    at: t.expose('at', { type: 'DateTime', description: 'When it was promised (the activity, or the targeting).' }),
    source: t.expose('source', { type: PromiseSourceEnum }),
    text: t.exposeString('text'),
    // The rows hold only the fields the client selected (promiseQueries): the Prisma plugin reads the rest from that
    // selection, but TypeScript knows the rows only as { id }, not as the full model shape the refs declare.
    activity: t.field({ type: ActivityRef, nullable: true, resolve: (r) => r.activity as never }),
    action: t.field({ type: MarketingActionRef, nullable: true, resolve: (r) => r.action as never }),
  }),
});

/** What the client selected under `activity` and `action` (Pothos' queryFromInfo), so relations load in batches. */
export interface PromiseQueries {
  activity?: object;
  action?: object;
}

/** The selections of a `promises` field, for `promisesOf`. */
export const promiseQueries = (ctx: Context, info: import('graphql').GraphQLResolveInfo): PromiseQueries => ({
  activity: queryFromInfo({ context: ctx, info, typeName: 'Activity', path: ['activity'] }),
  action: queryFromInfo({ context: ctx, info, typeName: 'MarketingAction', path: ['action'] }),
});

/**
 * The promises of each contact, newest first, two statements per request whatever the number of contacts: the
 * activities' rule and the actions' brand rule apply (a promise of an action the caller may not see is not shown).
 */
const contactPromises = perRequestLoaderOnFirstUse<number, ContactPromiseRow[]>();

/** The client's selection of an action, plus the columns a promise is made of (actions load only what is asked). */
function withPromise(query: { select?: object }) {
  return query.select ? { ...query, select: { ...query.select, promiseSummary: true, brandId: true } } : query;
}

export function promisesOf(ctx: Context, contactId: number, queries: PromiseQueries = {}) {
  return contactPromises(ctx, async (ids) => {
    const action = queries.action && Object.keys(queries.action).length ? withPromise(queries.action) : true;
    const [activities, targets] = await Promise.all([
      ctx.db.activity.findMany({
        ...queries.activity,
        where: { contactId: { in: [...ids] }, promised: { not: null }, ...activityScope(ctx) },
      }),
      ctx.db.actionTarget.findMany({
        where: { contactId: { in: [...ids] }, action: { AND: [actionScope(ctx), { promiseSummary: { not: null } }] } },
        select: { contactId: true, targetedAt: true, action },
      }) as unknown as Promise<
        {
          contactId: number;
          targetedAt: Date;
          action: { id: number; brandId: number | null; promiseSummary: string | null };
        }[]
      >,
    ]);
    const byContact = new Map<number, ContactPromiseRow[]>(ids.map((id) => [id, []]));
    for (const a of activities as unknown as { id: number; contactId: number; occurredAt: Date; promised: string }[])
      byContact
        .get(a.contactId)!
        .push({ at: a.occurredAt, source: 'ACTIVITY', text: a.promised!, activity: a, action: null });
    for (const t of targets)
      byContact
        .get(t.contactId)!
        .push({ at: t.targetedAt, source: 'ACTION', text: t.action.promiseSummary!, activity: null, action: t.action });
    return ids.map((id) => byContact.get(id)!.sort((x, y) => y.at.getTime() - x.at.getTime()));
  }).load(contactId);
}

builder.prismaObjectFields('Contact', (t) => ({
  promises: t.field({
    authScopes: { authenticated: true },
    type: [ContactPromiseRef],
    description:
      'What was promised to this contact (activities with `promised`, and the promises of the actions it was targeted by), newest first.',
    select: { id: true },
    resolve: (c, _args, ctx, info) => promisesOf(ctx, c.id, promiseQueries(ctx, info)),
  }),
}));
