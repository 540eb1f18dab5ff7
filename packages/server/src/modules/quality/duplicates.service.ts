import type { Db } from '../../db/client.js';
import { Prisma } from '../../generated/sqlite/client.js';
import { normalizeEmail, normalizePhone } from './normalize.js';
import { fold, jaroWinkler, phonetic, simplify } from './text.js';

/**
 * Duplicate detection with blocking. Comparing every pair of 1M contacts is 5·10¹¹ comparisons; instead each contact
 * gets a few blocking keys (ContactMatchKey rows) and only contacts sharing a key are compared. The keys:
 *
 * - `e:` normalised e-mail; `p:` E.164 phone or mobile (the same person written in another format);
 * - `n:` phonetic last name + postal code (accents, typos that keep the sound, a changed first name);
 * - `s:` the two phonetic names in alphabetical order + postal code (first and last name swapped);
 * - `a:` simplified first address line + postal code (same address: household, moved name);
 * - `c:` simplified company name + postal code (organisations).
 *
 * A key shared by more than `maxGroup` contacts (a switchboard number, "contact@…") does not discriminate and is
 * skipped. Candidate pairs come from one SQL self-join on the key, then each pair gets an explained score.
 */

/** The contact columns the keys and the score read. */
export const matchSelect = {
  id: true, updatedAt: true, firstName: true, lastName: true, companyName: true, email: true, phone: true, mobile: true,
  addressLine1: true, postalCode: true, city: true, countryCode: true, deletedAt: true, mergedIntoId: true,
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
const NO_KEY = '~';

const phones = (c: MatchSource) =>
  [...new Set([c.phone, c.mobile].filter((p): p is string => !!p).map((p) => normalizePhone(p, c.countryCode) ?? p.replace(/[^\d+]/g, '')))];

/** The blocking keys of a contact (none for a deleted or merged one). */
export function matchKeys(c: MatchSource): string[] {
  if (c.deletedAt || c.mergedIntoId) return [];
  const keys = new Set<string>();
  const email = c.email ? normalizeEmail(c.email) ?? c.email.trim().toLowerCase() : null;
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
    const stale = await db.$queryRaw<{ id: number }[]>`
      SELECT c."id" FROM "Contact" c
      WHERE c."id" > ${lastId}
        AND NOT EXISTS (SELECT 1 FROM "ContactMatchKey" k WHERE k."contactId" = c."id" AND k."computedAt" >= c."updatedAt")
      ORDER BY c."id" LIMIT ${batchSize}`;
    if (!stale.length) break;
    const ids = stale.map((r) => Number(r.id));
    lastId = ids[ids.length - 1]!;
    const contacts = await db.contact.findMany({ where: { id: { in: ids } }, select: matchSelect });
    const rows = contacts.flatMap((c) => {
      const keys = matchKeys(c);
      return (keys.length ? keys : [NO_KEY]).map((key) => ({ key, contactId: c.id, computedAt: c.updatedAt }));
    });
    // Multi-row INSERTs: Prisma's createMany goes row by row through the SQLite adapter, ten times slower.
    const now = new Date();
    await db.$transaction(async (tx) => {
      await tx.contactMatchKey.deleteMany({ where: { contactId: { in: ids } } });
      for (let i = 0; i < rows.length; i += 1000) {
        const values = rows.slice(i, i + 1000).map((r) => Prisma.sql`(${r.key}, ${r.contactId}, ${r.computedAt}, ${now}, ${now})`);
        await tx.$executeRaw`INSERT INTO "ContactMatchKey" ("key", "contactId", "computedAt", "createdAt", "updatedAt") VALUES ${Prisma.join(values)}`;
      }
    }, { timeout: 120_000 });
    refreshed += ids.length;
    options.onProgress?.({ phase: 'blocking keys', done: refreshed, total: Math.max(staleCount, refreshed) });
  }
  return { refreshed };
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
export async function candidatePairs(db: Db, options: { maxGroup?: number; contactId?: number } = {}): Promise<[number, number][]> {
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

/** How one field compared in a pair. */
export interface FieldMatch {
  /** name, email, phone, postalCode, city, address, company. */
  field: string;
  /** exact, jaro-winkler, jaro-winkler (swapped), different. */
  method: string;
  /** 0 (different) to 1 (equal). */
  similarity: number;
  /** What it added to the log-odds of "same person" (negative: evidence against). */
  weight: number;
}

export interface ScoredPair {
  a: number;
  b: number;
  /** Probability-like score, 0 to 1: the logistic of the summed weights. */
  score: number;
  matches: FieldMatch[];
}

/** Log-odds of a random candidate pair being the same person before any field is compared. */
const PRIOR = -4;

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * The explained score of a pair, in the Fellegi-Sunter way: each field compared when both sides have it adds a
 * weight (positive when it agrees, negative when it disagrees), the score is the logistic of the prior plus the
 * weights. Names use Jaro-Winkler on folded text (accents and case ignored), directly and swapped; e-mail and phones
 * compare exactly after normalisation. Weights are in QUALITY.md.
 */
export function scorePair(x: MatchSource, y: MatchSource): ScoredPair {
  const matches: FieldMatch[] = [];
  const add = (field: string, method: string, similarity: number, weight: number) =>
    matches.push({ field, method, similarity: round(similarity), weight: round(weight) });

  const f = (s: string | null) => (s ? fold(s).replace(/[^a-z]+/g, ' ').trim() : '');
  const [lx, ly, fx, fy] = [f(x.lastName), f(y.lastName), f(x.firstName), f(y.firstName)];
  if (lx && ly) {
    const direct = fx && fy ? 0.6 * jaroWinkler(lx, ly) + 0.4 * jaroWinkler(fx, fy) : jaroWinkler(lx, ly);
    const swapped = fx && fy ? 0.6 * jaroWinkler(lx, fy) + 0.4 * jaroWinkler(fx, ly) : 0;
    const sim = Math.max(direct, swapped);
    const weight = sim >= 0.97 ? 4 : sim >= 0.92 ? 3 : sim >= 0.85 ? 1.5 : sim >= 0.75 ? -1 : -4;
    add('name', swapped > direct ? 'jaro-winkler (swapped)' : 'jaro-winkler', sim, weight);
  }
  const [cx, cy] = [f(x.companyName), f(y.companyName)];
  if (cx && cy) {
    const sim = jaroWinkler(cx, cy);
    add('company', 'jaro-winkler', sim, sim >= 0.95 ? 3 : sim >= 0.88 ? 1 : -2);
  }
  const [ex, ey] = [x.email ? normalizeEmail(x.email) ?? x.email.toLowerCase() : null, y.email ? normalizeEmail(y.email) ?? y.email.toLowerCase() : null];
  if (ex && ey) add('email', ex === ey ? 'exact' : 'different', ex === ey ? 1 : 0, ex === ey ? 5 : -1);
  const [px, py] = [phones(x), phones(y)];
  if (px.length && py.length) {
    const same = px.some((p) => py.includes(p));
    add('phone', same ? 'exact' : 'different', same ? 1 : 0, same ? 4.5 : -1);
  }
  const [zx, zy] = [x.postalCode?.replace(/\s+/g, ''), y.postalCode?.replace(/\s+/g, '')];
  if (zx && zy) add('postalCode', zx === zy ? 'exact' : 'different', zx === zy ? 1 : 0, zx === zy ? 1.5 : -2);
  const [ax, ay] = [x.addressLine1 ? simplify(x.addressLine1) : '', y.addressLine1 ? simplify(y.addressLine1) : ''];
  if (ax && ay) {
    const sim = jaroWinkler(ax, ay);
    add('address', ax === ay ? 'exact' : 'jaro-winkler', sim, sim >= 0.95 ? 2 : sim >= 0.85 ? 1 : -0.5);
  }
  const total = PRIOR + matches.reduce((s, m) => s + m.weight, 0);
  return { a: x.id, b: y.id, score: round(1 / (1 + Math.exp(-total))), matches };
}

export interface FindDuplicatesOptions {
  /** Only pairs of this contact. */
  contactId?: number;
  /** Pairs scoring below are dropped. @default 0.5 */
  minScore?: number;
  /** Contacts a pair's two members must both belong to (the caller's row rule), as a Prisma where. */
  where?: object;
  /** @default 50 */
  maxGroup?: number;
  /** Candidate pairs scored per batch (contacts read with one query each). @default 5000 */
  batchSize?: number;
}

/**
 * Likely duplicates, best score first: keys refreshed, candidate pairs from the database, both contacts within
 * `where` (live, not merged), each pair scored. Memory holds the pairs and one batch of contacts at a time.
 */
export async function findDuplicates(db: Db, options: FindDuplicatesOptions = {}): Promise<ScoredPair[]> {
  await refreshMatchKeys(db);
  const pairs = await candidatePairs(db, options);
  const minScore = options.minScore ?? 0.5;
  const batchSize = options.batchSize ?? 5000;
  const scored: ScoredPair[] = [];
  for (let i = 0; i < pairs.length; i += batchSize) {
    const batch = pairs.slice(i, i + batchSize);
    const ids = [...new Set(batch.flat())];
    const contacts = new Map<number, MatchSource>();
    for (let j = 0; j < ids.length; j += 10_000) {
      const rows = await db.contact.findMany({
        where: { AND: [{ id: { in: ids.slice(j, j + 10_000) }, deletedAt: null, mergedIntoId: null }, options.where ?? {}] },
        select: matchSelect,
      });
      for (const r of rows) contacts.set(r.id, r);
    }
    for (const [a, b] of batch) {
      const [x, y] = [contacts.get(a), contacts.get(b)];
      if (!x || !y) continue;
      const s = scorePair(x, y);
      if (s.score >= minScore) scored.push(s);
    }
  }
  return scored.sort((p, q) => q.score - p.score || p.a - q.a || p.b - q.b);
}

/** Where a page of the global duplicates list stops: the last pair returned (pairs are in (a, b) order). */
export interface PairCursor {
  a: number;
  b: number;
}

export interface DuplicatePageOptions {
  /** Contacts both members of a pair must belong to (the caller's row rule), as a Prisma where. */
  where?: object;
  /** @default 0.5 */
  minScore?: number;
  /** Pairs per page. */
  first: number;
  /** Resume after this pair. */
  after?: PairCursor | null;
  /** Contacts (lower id of a pair) examined per call at most: the bound on the work of one page. @default 20000 */
  maxScan?: number;
  /** Contacts examined per SQL step. @default 2000 */
  window?: number;
  /** @default 50 */
  maxGroup?: number;
}

export interface DuplicatePage {
  pairs: ScoredPair[];
  /** False only when the scan reached the last contact. */
  hasNextPage: boolean;
  /** Where the next page starts (also when this page found nothing within its scan bound). */
  endCursor: PairCursor | null;
  /** Contacts examined for this page. */
  scannedContacts: number;
}

/**
 * One page of the global duplicates list, with bounded work whatever the number of contacts: pairs in the order of
 * their lower contact id (then the higher), walked a window of contacts at a time from the cursor; each window is one
 * SQL self-join restricted to the window's contacts (index on the key), its pairs scored in order, until `first`
 * pairs reach `minScore` or `maxScan` contacts were examined. Then the cursor says where to resume. The first page
 * brings the keys up to date, like `findDuplicates` (incremental: only contacts changed since are recomputed).
 */
export async function findDuplicatePage(db: Db, options: DuplicatePageOptions): Promise<DuplicatePage> {
  // The first page brings the keys up to date (a staleness scan, then only changed contacts); the next pages of the
  // walk read the keys as they were then, so that a page costs only its window.
  if (!options.after) await refreshMatchKeys(db);
  const minScore = options.minScore ?? 0.5;
  const maxScan = options.maxScan ?? 20_000;
  const window = options.window ?? 2000;
  const maxGroup = options.maxGroup ?? 50;
  const found: ScoredPair[] = [];
  let cursor: PairCursor | null = options.after ?? null;
  let scanned = 0;
  for (;;) {
    // The next window of contacts with keys: from the cursor's contact (its remaining pairs) onwards.
    const from = !cursor ? 0 : cursor.b === Number.MAX_SAFE_INTEGER ? cursor.a + 1 : cursor.a;
    const ids = await db.$queryRaw<{ id: number }[]>`
      SELECT DISTINCT "contactId" AS id FROM "ContactMatchKey"
      WHERE "contactId" >= ${from} AND "key" <> ${NO_KEY}
      ORDER BY "contactId" LIMIT ${Math.min(window, maxScan - scanned)}`;
    if (!ids.length) return { pairs: found, hasNextPage: false, endCursor: cursor, scannedContacts: scanned };
    const [lo, hi] = [Number(ids[0]!.id), Number(ids[ids.length - 1]!.id)];
    const rows = await db.$queryRaw<{ a: number; b: number }[]>`
      SELECT DISTINCT k1."contactId" AS a, k2."contactId" AS b
      FROM "ContactMatchKey" k1
      JOIN "ContactMatchKey" k2 ON k2."key" = k1."key" AND k2."contactId" > k1."contactId"
      WHERE k1."contactId" BETWEEN ${lo} AND ${hi} AND k1."key" <> ${NO_KEY}
        AND (SELECT COUNT(*) FROM "ContactMatchKey" g WHERE g."key" = k1."key") <= ${maxGroup}
      ORDER BY a, b`;
    const after = cursor;
    const pairs = rows.map((r) => [Number(r.a), Number(r.b)] as const).filter(([a, b]) => !after || a > after.a || (a === after.a && b > after.b));
    const contacts = new Map<number, MatchSource>();
    const wanted = [...new Set(pairs.flat())];
    for (let j = 0; j < wanted.length; j += 10_000) {
      const list = await db.contact.findMany({
        where: { AND: [{ id: { in: wanted.slice(j, j + 10_000) }, deletedAt: null, mergedIntoId: null }, options.where ?? {}] },
        select: matchSelect,
      });
      for (const c of list) contacts.set(c.id, c);
    }
    for (const [a, b] of pairs) {
      const [x, y] = [contacts.get(a), contacts.get(b)];
      if (!x || !y) continue;
      const s = scorePair(x, y);
      if (s.score < minScore) continue;
      found.push(s);
      if (found.length >= options.first) return { pairs: found, hasNextPage: true, endCursor: { a, b }, scannedContacts: scanned + ids.length };
    }
    scanned += ids.length;
    // Every pair of the window's contacts is done: resume after the window's last contact.
    cursor = { a: hi, b: Number.MAX_SAFE_INTEGER };
    if (scanned >= maxScan) return { pairs: found, hasNextPage: true, endCursor: cursor, scannedContacts: scanned };
    if (ids.length < Math.min(window, maxScan - scanned + ids.length)) return { pairs: found, hasNextPage: false, endCursor: cursor, scannedContacts: scanned };
  }
}
