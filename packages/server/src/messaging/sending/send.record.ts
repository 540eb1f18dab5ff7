import type { Context } from '../../kernel/context.js';
import { Prisma } from '../../generated/sqlite/client.js';

/** A delivery's outcome, as the delivery log keeps it. */
export type Outcome =
  | { status: 'SENT'; providerMessageId: string; detail: string | null }
  | { status: 'SKIPPED' | 'FAILED'; reason: string; detail: string | null; tried: boolean }
  | { status: 'QUEUED'; nextAttemptAt: Date; detail: string | null };

/** One row of the batch's update: the delivery as the run read it, and what to write. */
interface Row {
  id: number;
  /** Attempts when read: the update applies only if no other run tried it since. */
  att: number;
  status: Outcome['status'];
  /** The stable code (SKIPPED, FAILED); null for SENT, unchanged for QUEUED. */
  reason: string | null;
  detail: string | null;
  pid: string | null;
  next: string | null;
  /** 1 when the message was handed to the channel (an attempt), else 0. */
  inc: number;
}

/** Instants in the JSON as the database stores them (as match-keys.system.ts does on SQLite). */
const instant = (d: Date, provider: Context['provider']) =>
  provider === 'sqlite' ? d.toISOString().replace('Z', '+00:00') : d.toISOString();

function rowOf(d: { id: number; attempts: number }, o: Outcome, provider: Context['provider']): Row {
  const tried = o.status !== 'SKIPPED' && (o.status !== 'FAILED' || o.tried);
  return {
    id: d.id,
    att: d.attempts,
    status: o.status,
    reason: o.status === 'SKIPPED' || o.status === 'FAILED' ? o.reason : null,
    detail: o.detail,
    pid: o.status === 'SENT' ? o.providerMessageId : null,
    next: o.status === 'QUEUED' ? instant(o.nextAttemptAt, provider) : null,
    inc: tried ? 1 : 0,
  };
}

/**
 * Writes the outcomes of a batch in one statement (an UPDATE joined to the rows given as one JSON parameter, so no
 * bind limit), each only if its delivery is still QUEUED with the attempts this run read: a delivery another run
 * moved first is left to it, and a retried batch cannot record twice. SENT sets `sentAt` (the batch's instant) and
 * the provider's id and clears the reason; QUEUED (a retry) keeps its status and reason and sets the next attempt;
 * SKIPPED and FAILED set their reason. Returns the ids it moved.
 */
export async function recordOutcomes(
  ctx: Pick<Context, 'db' | 'provider' | 'now'>,
  outcomes: readonly (readonly [{ id: number; attempts: number }, Outcome])[],
): Promise<Set<number>> {
  if (!outcomes.length) return new Set();
  const json = JSON.stringify(outcomes.map(([d, o]) => rowOf(d, o, ctx.provider)));
  const sql = ctx.provider === 'postgresql' ? postgresSql(json, ctx.now) : sqliteSql(json, ctx.now);
  const moved = await ctx.db.$queryRaw<{ id: number }[]>(sql);
  return new Set(moved.map((r) => Number(r.id)));
}

const set = (now: Date, status: Prisma.Sql) => Prisma.sql`
  "status" = ${status},
  "sentAt" = CASE WHEN v.status = 'SENT' THEN ${now} ELSE d."sentAt" END,
  "providerMessageId" = CASE WHEN v.status = 'SENT' THEN v.pid ELSE d."providerMessageId" END,
  "reason" = CASE WHEN v.status = 'QUEUED' THEN d."reason" ELSE v.reason END,
  "detail" = v.detail,
  "nextAttemptAt" = v.next,
  "attempts" = d."attempts" + v.inc,
  "version" = d."version" + 1,
  "updatedAt" = ${new Date()}`;

function postgresSql(json: string, now: Date): Prisma.Sql {
  return Prisma.sql`UPDATE "MessageDelivery" AS d SET ${set(now, Prisma.sql`v.status::"DeliveryStatus"`)}
    FROM json_to_recordset(${json}::json)
      AS v(id int, att int, status text, reason text, detail text, pid text, next timestamp(3), inc int)
    WHERE d."id" = v.id AND d."status" = 'QUEUED' AND d."attempts" = v.att
    RETURNING d."id"`;
}

function sqliteSql(json: string, now: Date): Prisma.Sql {
  return Prisma.sql`UPDATE "MessageDelivery" AS d SET ${set(now, Prisma.sql`v.status`)}
    FROM (SELECT json_extract(value, '$.id') AS id, json_extract(value, '$.att') AS att,
                 json_extract(value, '$.status') AS status, json_extract(value, '$.reason') AS reason,
                 json_extract(value, '$.detail') AS detail, json_extract(value, '$.pid') AS pid,
                 json_extract(value, '$.next') AS next, json_extract(value, '$.inc') AS inc
          FROM json_each(${json})) AS v
    WHERE d."id" = v.id AND d."status" = 'QUEUED' AND d."attempts" = v.att
      -- Without it SQLite scans every delivery of the table for each batch (a send of n messages cost n²).
      AND d."id" IN (SELECT json_extract(value, '$.id') FROM json_each(${json}))
    RETURNING "id"`; // SQLite's RETURNING names the updated table's columns, never its alias
}
