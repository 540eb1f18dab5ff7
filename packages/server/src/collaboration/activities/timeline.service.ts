import type { Context } from '../../kernel/context.js';
import { validationError, fieldProblem } from '../../kernel/errors.js';
import { fieldMessage } from '../../kernel/field-messages.js';
import { actionScope } from '../../campaigns/actions/action.filter.js';
import { caseScope } from '../cases/case.rules.js';
import { surveyScope } from '../surveys/survey.scope.js';
import { PROSPECT_BECAME_CLIENT } from '../../contacts/contact-kind.service.js';

/** The kinds of event of a contact's timeline, in the order that breaks a tie on the instant (highest first). */
export const timelineKinds = [
  'CASE',
  'BECAME_CLIENT',
  'SALE',
  'CONVERSION',
  'SURVEY_RESPONSE',
  'RESPONSE',
  'TARGETING',
  'HELD_OUT',
  'ACTIVITY',
] as const;
export type TimelineKind = (typeof timelineKinds)[number];
const rank = (k: TimelineKind) => timelineKinds.length - timelineKinds.indexOf(k);

export interface TimelineItem {
  at: Date;
  kind: TimelineKind;
  summary: string;
  /**
   * The row behind the event (Activity, ActionTarget, Sale, ServiceCase, SurveyInvitation) and its GraphQL type; for
   * a change of kind, the change itself (from its audit entry, which is not exposed).
   */
  node: { id: number };
  typename: 'Activity' | 'ActionTarget' | 'Sale' | 'ServiceCase' | 'SurveyInvitation' | 'ContactKindChange';
}

/** A change of the contact's kind, as the timeline shows it (read from the audit entry the change wrote). */
export interface ContactKindChange {
  id: number;
  from: 'PROSPECT';
  to: 'CLIENT';
  reason: 'FIRST_SALE';
}

interface Cursor {
  at: Date;
  rank: number;
  id: number;
}

export const encodeTimelineCursor = (i: TimelineItem) =>
  Buffer.from(`${i.at.toISOString()}|${rank(i.kind)}|${i.node.id}`).toString('base64url');

function decodeCursor(after: string): Cursor {
  const [at, r, id] = Buffer.from(after, 'base64url').toString().split('|');
  const cursor = { at: new Date(at ?? ''), rank: Number(r), id: Number(id) };
  if (Number.isNaN(cursor.at.getTime()) || !Number.isInteger(cursor.rank) || !Number.isInteger(cursor.id)) {
    throw validationError([fieldProblem(['after'], fieldMessage('NOT_A_CURSOR'))]);
  }
  return cursor;
}

/**
 * The condition "comes after the cursor" in the order (instant desc, kind rank desc, id desc), for a source of
 * one kind: its rank is a constant, so the tie on the instant is decided by the rank, or by the id within a kind.
 */
function after(kind: TimelineKind, c: Cursor | null, at: (cond: object) => object) {
  if (!c) return {};
  const r = rank(kind);
  if (r < c.rank) return at({ lte: c.at });
  if (r > c.rank) return at({ lt: c.at });
  return { OR: [at({ lt: c.at }), { AND: [at({ equals: c.at }), { id: { lt: c.id } }] }] };
}

const money = (d: { toString(): string }) => Number(d.toString()).toFixed(2);
const label = (s: string) => s.toLowerCase().replace(/_/g, ' ');

/** What every source reads: the contact, the cursor, and how many rows (one more than the page, to see a next one). */
interface Page {
  ctx: Context;
  contactId: number;
  c: Cursor | null;
  take: number;
}

const desc = 'desc' as const;
const targetsOf = ({ ctx, contactId }: Page) => ({ contactId, action: actionScope(ctx) });
const include = { action: { select: { code: true, name: true } } };

const activities = ({ ctx, contactId, c, take }: Page): Promise<TimelineItem[]> =>
  ctx.db.activity
    .findMany({
      where: { contactId, ...after('ACTIVITY', c, (occurredAt) => ({ occurredAt })) },
      orderBy: [{ occurredAt: desc }, { id: desc }],
      take,
    })
    .then((rows) =>
      rows.map((a) => ({
        at: a.occurredAt,
        kind: 'ACTIVITY',
        node: a,
        typename: 'Activity',
        summary: `${a.status === 'DONE' ? '' : `${label(a.status)} `}${label(a.type)}: ${a.subject}`,
      })),
    );

/** Targetings (`TARGETING`) or control-group holds (`HELD_OUT`): the same rows, split on `inControlGroup`. */
const targetingsOf =
  (kind: 'TARGETING' | 'HELD_OUT') =>
  (q: Page): Promise<TimelineItem[]> =>
    q.ctx.db.actionTarget
      .findMany({
        where: {
          ...targetsOf(q),
          inControlGroup: kind === 'HELD_OUT',
          ...after(kind, q.c, (targetedAt) => ({ targetedAt })),
        },
        orderBy: [{ targetedAt: desc }, { id: desc }],
        include,
        take: q.take,
      })
      .then((rows) =>
        rows.map((t) => ({
          at: t.targetedAt,
          kind,
          node: t,
          typename: 'ActionTarget',
          summary:
            kind === 'HELD_OUT'
              ? `Held out of ${t.action.code} (${t.action.name}): control group, sent nothing`
              : `Targeted by ${t.action.code} (${t.action.name})`,
        })),
      );

const responses = (q: Page): Promise<TimelineItem[]> =>
  q.ctx.db.actionTarget
    .findMany({
      where: {
        ...targetsOf(q),
        respondedAt: { not: null },
        ...after('RESPONSE', q.c, (respondedAt) => ({ respondedAt })),
      },
      orderBy: [{ respondedAt: desc }, { id: desc }],
      include,
      take: q.take,
    })
    .then((rows) =>
      rows.map((t) => ({
        at: t.respondedAt!,
        kind: 'RESPONSE',
        node: t,
        typename: 'ActionTarget',
        summary: `Responded to ${t.action.code}${t.responseChannel ? ` (${label(t.responseChannel)})` : ''}`,
      })),
    );

const conversions = (q: Page): Promise<TimelineItem[]> =>
  q.ctx.db.actionTarget
    .findMany({
      where: {
        ...targetsOf(q),
        conversionSaleId: { not: null },
        ...after('CONVERSION', q.c, (saleDate) => ({ conversionSale: { saleDate } })),
      },
      orderBy: [{ conversionSale: { saleDate: desc } }, { id: desc }],
      include: { ...include, conversionSale: { select: { saleDate: true, total: true } } },
      take: q.take,
    })
    .then((rows) =>
      rows.map((t) => ({
        at: t.conversionSale!.saleDate,
        kind: 'CONVERSION',
        node: t,
        typename: 'ActionTarget',
        summary: `Converted on ${t.action.code}: sale of ${money(t.conversionSale!.total)}`,
      })),
    );

const sales = ({ ctx, contactId, c, take }: Page): Promise<TimelineItem[]> =>
  ctx.db.sale
    .findMany({
      where: { contactId, ...after('SALE', c, (saleDate) => ({ saleDate })) },
      orderBy: [{ saleDate: desc }, { id: desc }],
      take,
    })
    .then((rows) =>
      rows.map((s) => ({
        at: s.saleDate,
        kind: 'SALE',
        node: s,
        typename: 'Sale',
        summary: `Sale of ${money(s.total)} (${label(s.channel)})`,
      })),
    );

const cases = ({ ctx, contactId, c, take }: Page): Promise<TimelineItem[]> =>
  ctx.db.serviceCase
    .findMany({
      where: { AND: [{ contactId }, caseScope(ctx), after('CASE', c, (openedAt) => ({ openedAt }))] },
      orderBy: [{ openedAt: desc }, { id: desc }],
      take,
    })
    .then((rows) =>
      rows.map((k) => ({
        at: k.openedAt,
        kind: 'CASE',
        node: k,
        typename: 'ServiceCase',
        summary: `${k.reference} ${k.subject} (${label(k.status)})`,
      })),
    );

const surveyResponses = ({ ctx, contactId, c, take }: Page): Promise<TimelineItem[]> =>
  ctx.db.surveyInvitation
    .findMany({
      where: {
        AND: [
          { contactId, respondedAt: { not: null }, survey: surveyScope(ctx) },
          after('SURVEY_RESPONSE', c, (respondedAt) => ({ respondedAt })),
        ],
      },
      orderBy: [{ respondedAt: desc }, { id: desc }],
      include: { survey: { select: { name: true } } },
      take,
    })
    .then((rows) =>
      rows.map((i) => ({
        at: i.respondedAt!,
        kind: 'SURVEY_RESPONSE',
        node: i,
        typename: 'SurveyInvitation',
        summary: `Answered the survey ${i.survey.name}`,
      })),
    );

/**
 * A prospect became a client by its first sale (contacts/contact-kind.service.ts): the audit entries of that change,
 * at the instant it was recorded. Only the fact is read (no actor, no request), so the event shows to whoever sees
 * the contact, like its sales.
 */
const becameClient = ({ ctx, contactId, c, take }: Page): Promise<TimelineItem[]> =>
  ctx.db.auditLog
    .findMany({
      where: {
        entity: 'Contact',
        entityId: String(contactId),
        operationName: PROSPECT_BECAME_CLIENT,
        outcome: 'ALLOWED',
        ...after('BECAME_CLIENT', c, (at) => ({ at })),
      },
      orderBy: [{ at: desc }, { id: desc }],
      select: { id: true, at: true },
      take,
    })
    .then((rows) =>
      rows.map((a) => ({
        at: a.at,
        kind: 'BECAME_CLIENT',
        node: { id: a.id, from: 'PROSPECT', to: 'CLIENT', reason: 'FIRST_SALE' } satisfies ContactKindChange,
        typename: 'ContactKindChange',
        summary: 'Became a client (first sale): prospect → client',
      })),
    );

/** Each kind's source, in the order the statements are issued. */
const sources: [TimelineKind, (q: Page) => Promise<TimelineItem[]>][] = [
  ['ACTIVITY', activities],
  ['TARGETING', targetingsOf('TARGETING')],
  ['HELD_OUT', targetingsOf('HELD_OUT')],
  ['RESPONSE', responses],
  ['CONVERSION', conversions],
  ['SALE', sales],
  ['BECAME_CLIENT', becameClient],
  ['CASE', cases],
  ['SURVEY_RESPONSE', surveyResponses],
];

/**
 * One page of a contact's timeline, newest first: one statement per kind asked for (at most nine), each reading
 * `first + 1` rows after the cursor under its own row rule (actions' brands for targetings, responses and
 * conversions; the cases' rule for cases; the surveys' brand rule for survey answers), merged in memory. The contact itself has passed the contacts' rule.
 */
export async function contactTimeline(
  ctx: Context,
  contactId: number,
  first: number,
  afterCursor: string | null | undefined,
  kinds: readonly TimelineKind[] | null | undefined,
) {
  const page: Page = { ctx, contactId, c: afterCursor ? decodeCursor(afterCursor) : null, take: first + 1 };
  const want = new Set(kinds ?? timelineKinds);
  const read = sources.filter(([kind]) => want.has(kind)).map(([, source]) => source(page));
  const merged = (await Promise.all(read))
    .flat()
    .sort((x, y) => y.at.getTime() - x.at.getTime() || rank(y.kind) - rank(x.kind) || y.node.id - x.node.id);
  return { items: merged.slice(0, first), hasNextPage: merged.length > first };
}
