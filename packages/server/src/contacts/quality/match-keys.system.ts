import type { Db } from '../../kernel/db/client.js';
import type { Provider } from '../../kernel/db/paths.js';
import { Prisma } from '../../generated/sqlite/client.js';
import { normalizeEmail, normalizePhone } from './normalize.js';
import { phonetic, simplify } from './text.js';

/**
 * SYSTEM WORK ONLY: the blocking keys of duplicate detection and the SQL that reads them. This is the one file of the
 * quality module that reads contacts and their keys without the access layer, on purpose:
 *
 * - the keys (ContactMatchKey) are derived data the system keeps for every contact, whoever will later ask; keeping
 *   them up to date (`refreshMatchKeys`) reads every changed contact's personal fields, which only the system may
 *   do (no request's purpose or row rule applies to the upkeep of an index);
 * - candidate pairs come from a self-join on the keys in SQL, where the row rule and the consent predicate cannot be
 *   expressed; these functions therefore answer *contact ids only*, never a value, and every per-request path
 *   (`duplicates.service.ts`) confines them to the contacts the caller may see and read (`contacts(ctx)` with the
 *   consent predicate) before it scores, counts or lists anything.
 *
 * Nothing here may be called with a request's data to answer that request directly.
 *
 * Blocking: comparing every pair of 1M contacts is 5·10¹¹ comparisons; instead each contact gets a few blocking keys
 * (ContactMatchKey rows) and only contacts sharing a key are compared. The keys:
 *
 * - `e:` normalised e-mail; `p:` E.164 phone or mobile (the same person written in another format);
 * - `n:` phonetic last name + postal code (accents, typos that keep the sound, a changed first name);
 * - `s:` the two phonetic names in alphabetical order + postal code (first and last name swapped);
 * - `a:` simplified first address line + postal code (same address: household, moved name);
 * - `c:` simplified company name + postal code (organisations).
 *
 * A key shared by more than `maxGroup` contacts (a switchboard number, "contact@…") does not discriminate and is
 * skipped.
 */

/** The contact columns the keys and the score read. */
export const matchSelect = {
  id: true,
  updatedAt: true,
  firstName: true,
  lastName: true,
  companyName: true,
  email: true,
  phone: true,
  mobile: true,
  addressLine1: true,
  postalCode: true,
  city: true,
  countryCode: true,
  deletedAt: true,
  mergedIntoId: true,
} as const;

export interface MatchSource {
  id: number;
  firstName: string | null;
  lastName: string | null;
  companyName: string | null;
  email: string | null;
  phone: string | null;
  mobile: string | null;
  addressLine1: string | null;
  postalCode: string | null;
  city: string | null;
  countryCode: string | null;
  deletedAt?: Date | null;
  mergedIntoId?: number | null;
}

/** The key stored for a contact with no other key (or deleted, or merged): marks its keys as computed. */
export const NO_KEY = '~';

/** A contact's phone numbers, normalised (E.164 when the country allows). */
export const phones = (c: MatchSource) => [
  ...new Set(
    [c.phone, c.mobile]
      .filter((p): p is string => !!p)
      .map((p) => normalizePhone(p, c.countryCode) ?? p.replace(/[^\d+]/g, '')),
  ),
];

/** The blocking keys of a contact (none for a deleted or merged one). */
export function matchKeys(c: MatchSource): string[] {
  if (c.deletedAt || c.mergedIntoId) return [];
  const keys = new Set<string>();
  const email = c.email ? (normalizeEmail(c.email) ?? c.email.trim().toLowerCase()) : null;
  if (email) keys.add(`e:${email}`);
  for (const p of phones(c)) if (p.length >= 6) keys.add(`p:${p}`);
  const postal = c.postalCode?.replace(/\s+/g, '') ?? '';
  const last = c.lastName ? phonetic(c.lastName) : '';
  const first = c.firstName ? phonetic(c.firstName) : '';
  if (last && postal) keys.add(`n:${last}:${postal}`);
  if (last && first && postal) keys.add(`s:${[first, last].sort().join(':')}:${postal}`);
  const street = c.addressLine1 ? simplify(c.addressLine1) : '';
  if (street && postal) keys.add(`a:${street}:${postal}`);
  const company = c.companyName ? simplify(c.companyName) : '';
  if (company && !last) keys.add(`c:${company}:${postal}`);
  return [...keys].map((k) => k.slice(0, 190));
}

export interface RefreshOptions {
  /** Contacts per batch (one transaction each). @default 2000 */
  batchSize?: number;
  /** The database, when known: the keys of a batch then go as one INSERT of a few array or JSON parameters. */
  provider?: Provider;
  onProgress?: (p: { phase: string; done: number; total: number }) => void;
}

/**
 * Brings the blocking keys up to date: recomputes those of every contact changed since its keys were computed
 * (`computedAt` < `updatedAt`, or no key yet), in id order and in batches, and drops the keys of contacts that no
 * longer exist. Incremental: a second run with nothing changed reads and writes nothing but the staleness scan.
 */
export async function refreshMatchKeys(db: Db, options: RefreshOptions = {}): Promise<{ refreshed: number }> {
  const batchSize = options.batchSize ?? 2000;
  await db.$executeRaw`DELETE FROM "ContactMatchKey" WHERE NOT EXISTS (SELECT 1 FROM "Contact" c WHERE c."id" = "ContactMatchKey"."contactId")`;
  const staleCount = options.onProgress ? await countStale(db) : 0;
  let lastId = 0;
  let refreshed = 0;
  for (;;) {
    // k."contactId" > lastId repeats the join's bound on the keys' side: without it PostgreSQL's merge anti-join
    // read the keys of every contact before the window again at each batch (quadratic: 201 s for 1M contacts).
    const stale = await db.$queryRaw<{ id: number }[]>`
      SELECT c."id" FROM "Contact" c
      WHERE c."id" > ${lastId}
        AND NOT EXISTS (SELECT 1 FROM "ContactMatchKey" k
                        WHERE k."contactId" = c."id" AND k."contactId" > ${lastId} AND k."computedAt" >= c."updatedAt")
      ORDER BY c."id" LIMIT ${batchSize}`;
    if (!stale.length) break;
    const ids = stale.map((r) => Number(r.id));
    lastId = ids[ids.length - 1]!;
    const contacts = await db.contact.findMany({ where: { id: { in: ids } }, select: matchSelect });
    const rows = contacts.flatMap((c) => {
      const keys = matchKeys(c);
      return (keys.length ? keys : [NO_KEY]).map((key) => ({ key, contactId: c.id, computedAt: c.updatedAt }));
    });
    const now = new Date();
    await db.$transaction(
      async (tx) => {
        await tx.contactMatchKey.deleteMany({ where: { contactId: { in: ids } } });
        if (options.provider) await tx.$executeRaw(insertKeysSql(options.provider, rows, now));
        else await insertKeyValues(tx, rows, now);
      },
      { timeout: 120_000 },
    );
    refreshed += ids.length;
    options.onProgress?.({ phase: 'blocking keys', done: refreshed, total: Math.max(staleCount, refreshed) });
  }
  return { refreshed };
}

interface KeyRow {
  key: string;
  contactId: number;
  computedAt: Date;
}

/** Multi-row INSERTs: Prisma's createMany goes row by row through the SQLite adapter, ten times slower. */
async function insertKeyValues(tx: Pick<Db, '$executeRaw'>, rows: KeyRow[], now: Date): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) {
    const values = rows
      .slice(i, i + 1000)
      .map((r) => Prisma.sql`(${r.key}, ${r.contactId}, ${r.computedAt}, ${now}, ${now})`);
    await tx.$executeRaw`INSERT INTO "ContactMatchKey" ("key", "contactId", "computedAt", "createdAt", "updatedAt") VALUES ${Prisma.join(values)}`;
  }
}

/**
 * The keys of a batch in one INSERT of three parameters (PostgreSQL arrays, a JSON array on SQLite): five bound
 * values per key made the client's parameter handling the largest cost of a refresh. `computedAt` is the
 * `updatedAt` the keys were computed from, written as the database writes instants.
 */
function insertKeysSql(provider: Provider, rows: KeyRow[], now: Date): Prisma.Sql {
  if (provider === 'postgresql')
    return Prisma.sql`INSERT INTO "ContactMatchKey" ("key", "contactId", "computedAt", "createdAt", "updatedAt")
      SELECT k, id, at, ${now}, ${now}
      FROM unnest(${rows.map((r) => r.key)}::text[], ${rows.map((r) => r.contactId)}::int[],
                  ${rows.map((r) => r.computedAt.toISOString())}::timestamp(3)[]) AS j(k, id, at)`;
  const json = JSON.stringify(rows.map((r) => [r.key, r.contactId, r.computedAt.toISOString().replace('Z', '+00:00')]));
  return Prisma.sql`INSERT INTO "ContactMatchKey" ("key", "contactId", "computedAt", "createdAt", "updatedAt")
    SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]'), ${now}, ${now}
    FROM json_each(${json})`;
}

async function countStale(db: Db): Promise<number> {
  const [r] = await db.$queryRaw<{ n: number | bigint }[]>`
    SELECT COUNT(*) AS n FROM "Contact" c
    WHERE NOT EXISTS (SELECT 1 FROM "ContactMatchKey" k WHERE k."contactId" = c."id" AND k."computedAt" >= c."updatedAt")`;
  return Number(r?.n ?? 0);
}

/**
 * Candidate pairs (lower id first) of contacts sharing a blocking key, keys shared by at most `maxGroup` contacts;
 * with `contactId`, only the pairs of that contact. One SQL statement: the self-join runs in the database.
 */
export async function candidatePairs(
  db: Db,
  options: { maxGroup?: number; contactId?: number } = {},
): Promise<[number, number][]> {
  const maxGroup = options.maxGroup ?? 50;
  if (options.contactId) {
    const id = options.contactId;
    const rows = await db.$queryRaw<{ b: number }[]>`
      SELECT DISTINCT k2."contactId" AS b
      FROM "ContactMatchKey" k1 JOIN "ContactMatchKey" k2 ON k2."key" = k1."key" AND k2."contactId" <> k1."contactId"
      WHERE k1."contactId" = ${id} AND k1."key" <> ${NO_KEY}
        AND (SELECT COUNT(*) FROM "ContactMatchKey" g WHERE g."key" = k1."key") <= ${maxGroup}`;
    return rows.map((r) => (Number(r.b) > id ? [id, Number(r.b)] : [Number(r.b), id]));
  }
  const rows = await db.$queryRaw<{ a: number; b: number }[]>`
    SELECT DISTINCT k1."contactId" AS a, k2."contactId" AS b
    FROM (SELECT "key" FROM "ContactMatchKey" WHERE "key" <> ${NO_KEY} GROUP BY "key" HAVING COUNT(*) BETWEEN 2 AND ${maxGroup}) g
    JOIN "ContactMatchKey" k1 ON k1."key" = g."key"
    JOIN "ContactMatchKey" k2 ON k2."key" = g."key" AND k2."contactId" > k1."contactId"`;
  return rows.map((r) => {
    const [a, b] = [Number(r.a), Number(r.b)];
    return a < b ? [a, b] : [b, a];
  });
}

/**
 * The pairs (lower id first, in (a, b) order) whose lower member is one of `ids` (a window of contacts), from one
 * self-join restricted to those contacts (index on the key). Ids only: the caller confines both members.
 */
export async function windowPairs(db: Db, ids: readonly number[], maxGroup = 50): Promise<[number, number][]> {
  if (!ids.length) return [];
  const rows = await db.$queryRaw<{ a: number; b: number }[]>`
    SELECT DISTINCT k1."contactId" AS a, k2."contactId" AS b
    FROM "ContactMatchKey" k1
    JOIN "ContactMatchKey" k2 ON k2."key" = k1."key" AND k2."contactId" > k1."contactId"
    WHERE k1."contactId" IN (${Prisma.join([...ids])}) AND k1."key" <> ${NO_KEY}
      AND (SELECT COUNT(*) FROM "ContactMatchKey" g WHERE g."key" = k1."key") <= ${maxGroup}
    ORDER BY a, b`;
  return rows.map((r) => [Number(r.a), Number(r.b)]);
}

/**
 * The contacts holding any of `keys` (the keys a contact about to be written would get), for the check at entry
 * (`entry-duplicates.service.ts`): ids only, at most `limit`, keys shared by more than `maxGroup` contacts skipped
 * except the e-mail key (an exact e-mail is the one match the entry check must never miss). The caller confines
 * them to the contacts it may compare before it scores or answers anything.
 */
export async function keyHolders(db: Db, keys: readonly string[], maxGroup = 50, limit = 500): Promise<number[]> {
  if (!keys.length) return [];
  const rows = await db.$queryRaw<{ id: number }[]>`
    SELECT DISTINCT k."contactId" AS id FROM "ContactMatchKey" k
    WHERE k."key" IN (${discriminating(keys, maxGroup)})
    ORDER BY id LIMIT ${limit}`;
  return rows.map((r) => Number(r.id));
}

/**
 * The holders of each of `keys` (contact ids only), for a batch of new contacts checked at once (an import's batch):
 * one statement per 2,000 keys instead of one per contact. Same rule as `keyHolders`: a non-e-mail key held by more
 * than `maxGroup` contacts does not discriminate; the answer is bounded by `maxGroup` holders per key asked.
 */
export async function keyHoldersByKey(db: Db, keys: readonly string[], maxGroup = 50): Promise<Map<string, number[]>> {
  const out = new Map<string, number[]>();
  const unique = [...new Set(keys)];
  for (let i = 0; i < unique.length; i += 2000) {
    const chunk = unique.slice(i, i + 2000);
    const rows = await db.$queryRaw<{ key: string; id: number }[]>`
      SELECT k."key" AS "key", k."contactId" AS id FROM "ContactMatchKey" k
      WHERE k."key" IN (${discriminating(chunk, maxGroup)})
      ORDER BY k."key", k."contactId" LIMIT ${chunk.length * maxGroup}`;
    for (const r of rows) {
      const held = out.get(r.key) ?? [];
      if (held.length < maxGroup) held.push(Number(r.id));
      out.set(r.key, held);
    }
  }
  return out;
}

/**
 * The SQL of the keys among `keys` that discriminate: held by at most `maxGroup` contacts, or an e-mail key. Each
 * key's holders are counted once (GROUP BY on the key's index): a per-row count would count a key shared by N
 * contacts N times, N² work that made a 20,000-row import of one surname and postal code crawl.
 */
const discriminating = (keys: readonly string[], maxGroup: number) => Prisma.sql`
  SELECT g."key" FROM "ContactMatchKey" g WHERE g."key" IN (${Prisma.join([...keys])})
  GROUP BY g."key" HAVING g."key" LIKE 'e:%' OR COUNT(*) <= ${maxGroup}`;
