import type { Context } from '../../kernel/context.js';
import { comparisonConsent, contacts } from '../../privacy/access/contact-access.js';
import {
  candidatePairs,
  type MatchSource,
  matchSelect,
  phones,
  refreshMatchKeys,
  windowPairs,
} from './match-keys.system.js';
import { normalizeEmail } from './normalize.js';
import { fold, jaroWinkler, simplify } from './text.js';

/**
 * Duplicate detection for a request: candidate pairs from the blocking keys (`match-keys.system.ts`, system work),
 * each pair explained by a score. **Every comparison is a read**: a pair, a contact's candidates, their counts,
 * scores and cursors only ever involve contacts the caller may see (row rule) *and* whose personal fields it may
 * read under the request's purpose (consent), so a contact withheld from the caller is never listed, counted,
 * scored nor used to page: creating a contact with a guessed e-mail and asking for its duplicates answers the same
 * whether the guess is right, wrong, or names no contact at all.
 */

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

  const f = (s: string | null) =>
    s
      ? fold(s)
          .replace(/[^a-z]+/g, ' ')
          .trim()
      : '';
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
  const [ex, ey] = [
    x.email ? (normalizeEmail(x.email) ?? x.email.toLowerCase()) : null,
    y.email ? (normalizeEmail(y.email) ?? y.email.toLowerCase()) : null,
  ];
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
  /** @default 50 */
  maxGroup?: number;
  /** Candidate pairs scored per batch (contacts read with one query each). @default 5000 */
  batchSize?: number;
}

/**
 * The contacts among `ids` whose pairs this context may see: live (not deleted, not merged), within its row rule,
 * and whose personal fields it may read under its purpose (the consent predicate of a comparison: a score compares
 * names, e-mails, phones and addresses). Read through the access layer, with the columns the score needs.
 */
export async function comparableContacts(ctx: Context, ids: readonly number[]): Promise<Map<number, MatchSource>> {
  const out = new Map<number, MatchSource>();
  for (let j = 0; j < ids.length; j += 10_000) {
    const rows = await contacts(ctx).findMany({
      where: {
        AND: [{ id: { in: ids.slice(j, j + 10_000) }, deletedAt: null, mergedIntoId: null }, comparisonConsent(ctx)],
      },
      select: matchSelect,
    });
    for (const r of rows) out.set(r.id, r);
  }
  return out;
}

/** The scored pairs among `pairs` whose two contacts are comparable for `ctx`, at `minScore` or above. */
async function scoreComparable(
  ctx: Context,
  pairs: readonly (readonly [number, number])[],
  minScore: number,
): Promise<ScoredPair[]> {
  const comparable = await comparableContacts(ctx, [...new Set(pairs.flat())]);
  const scored: ScoredPair[] = [];
  for (const [a, b] of pairs) {
    const [x, y] = [comparable.get(a), comparable.get(b)];
    if (!x || !y) continue;
    const s = scorePair(x, y);
    if (s.score >= minScore) scored.push(s);
  }
  return scored;
}

/**
 * Likely duplicates among the contacts `ctx` may compare (`comparableContacts`), best score first: keys refreshed
 * (system upkeep), candidate pairs from the database, each pair scored. With `contactId`, that contact's candidates;
 * nothing when the caller may not compare that contact itself (the same answer as for a missing one).
 */
export async function findDuplicates(ctx: Context, options: FindDuplicatesOptions = {}): Promise<ScoredPair[]> {
  await refreshMatchKeys(ctx.db, { provider: ctx.provider });
  if (options.contactId !== undefined && !(await comparableContacts(ctx, [options.contactId])).size) return [];
  const pairs = await candidatePairs(ctx.db, options);
  const minScore = options.minScore ?? 0.5;
  const batchSize = options.batchSize ?? 5000;
  const scored: ScoredPair[] = [];
  for (let i = 0; i < pairs.length; i += batchSize)
    scored.push(...(await scoreComparable(ctx, pairs.slice(i, i + batchSize), minScore)));
  return scored.sort((p, q) => q.score - p.score || p.a - q.a || p.b - q.b);
}

/** Where a page of the global duplicates list stops: the last pair returned (pairs are in (a, b) order). */
export interface PairCursor {
  a: number;
  b: number;
}

export interface DuplicatePageOptions {
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
  /** Contacts examined for this page (contacts the caller may compare only). */
  scannedContacts: number;
}

/** The next window of contacts `ctx` may compare, in id order from `from`: a page walks only those. */
async function comparableWindow(ctx: Context, from: number, take: number): Promise<number[]> {
  const rows = await contacts(ctx).findMany({
    where: { AND: [{ id: { gte: from }, deletedAt: null, mergedIntoId: null }, comparisonConsent(ctx)] },
    select: { id: true },
    orderBy: { id: 'asc' },
    take,
  });
  return rows.map((r) => r.id);
}

/**
 * One page of the global duplicates list, with bounded work whatever the number of contacts: pairs in the order of
 * their lower contact id (then the higher), walked a window of contacts at a time from the cursor. The windows hold
 * only contacts the caller may compare, so the cursor, `scannedContacts` and `hasNextPage` are the same whether or
 * not contacts withheld from it exist; each window's pairs come from one SQL self-join (ids only), their other
 * members confined the same way, scored in order, until `first` pairs reach `minScore` or `maxScan` contacts were
 * examined. The first page brings the keys up to date (system upkeep, incremental).
 */
export async function findDuplicatePage(ctx: Context, options: DuplicatePageOptions): Promise<DuplicatePage> {
  // The first page brings the keys up to date (a staleness scan, then only changed contacts); the next pages of the
  // walk read the keys as they were then, so that a page costs only its window.
  if (!options.after) await refreshMatchKeys(ctx.db, { provider: ctx.provider });
  const minScore = options.minScore ?? 0.5;
  const maxScan = options.maxScan ?? 20_000;
  const window = options.window ?? 2000;
  const maxGroup = options.maxGroup ?? 50;
  const found: ScoredPair[] = [];
  let cursor: PairCursor | null = options.after ?? null;
  let scanned = 0;
  for (;;) {
    // The next window of comparable contacts: from the cursor's contact (its remaining pairs) onwards.
    const from = !cursor ? 0 : cursor.b === Number.MAX_SAFE_INTEGER ? cursor.a + 1 : cursor.a;
    const take = Math.min(window, maxScan - scanned);
    const ids = await comparableWindow(ctx, from, take);
    if (!ids.length) return { pairs: found, hasNextPage: false, endCursor: cursor, scannedContacts: scanned };
    const hi = ids[ids.length - 1]!;
    const after = cursor;
    const pairs = (await windowPairs(ctx.db, ids, maxGroup)).filter(
      ([a, b]) => !after || a > after.a || (a === after.a && b > after.b),
    );
    for (const s of await scoreComparable(ctx, pairs, minScore)) {
      found.push(s);
      if (found.length >= options.first)
        return {
          pairs: found,
          hasNextPage: true,
          endCursor: { a: s.a, b: s.b },
          scannedContacts: scanned + ids.length,
        };
    }
    scanned += ids.length;
    // Every pair of the window's contacts is done: resume after the window's last contact.
    cursor = { a: hi, b: Number.MAX_SAFE_INTEGER };
    if (scanned >= maxScan) return { pairs: found, hasNextPage: true, endCursor: cursor, scannedContacts: scanned };
    if (ids.length < take) return { pairs: found, hasNextPage: false, endCursor: cursor, scannedContacts: scanned };
  }
}
