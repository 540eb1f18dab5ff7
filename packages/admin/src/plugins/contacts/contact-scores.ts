import {
  ContactStoredValueFragmentDoc,
  LatestScoreSnapshotsDocument,
  TypedDocumentString,
  isFideleError,
  type ContactOrder,
  type ContactScoreKey,
  type ContactScoreOrder,
  type ContactStoredValueFragment,
  type FideleClient,
  type FideleErrorEntry,
} from '@fidele/sdk';
import type { GetListParams } from 'react-admin';

/**
 * The contacts list's score columns (issue 19): the value stored with the latest completed snapshot, which the API
 * sorts by (`scoreOrder`) and filters on. Columns and sort read the same snapshot: the RFM brand filter's, else the
 * all-brands one (an administrator's), else the latest of the caller's brands (other analytics roles see no
 * all-brands snapshot).
 */

/** Sortable score columns → the API's score keys. */
export const contactScoreSortFields: Record<string, ContactScoreKey> = {
  probabilityAlive: 'PROBABILITY_ALIVE',
  predictedValue: 'PREDICTED_VALUE',
};

/** A snapshot the list reads: its id, and its brand (null: all brands). */
export interface ListSnapshot {
  id: string;
  brandId: string | null;
}

/** The stored value of one row, or why it is missing (`CONSENT_REQUIRED`: no consent to profiling). */
export interface StoredValue {
  probabilityAlive: number | null;
  predictedValue: number | null;
  withheld?: FideleErrorEntry['code'];
}

/** The latest completed snapshot the list's score columns and score sort read (null: none the caller may see). */
export async function listSnapshot(client: FideleClient, rfmBrand: unknown): Promise<ListSnapshot | null> {
  const latest = async (variables: { brand?: string; allBrands?: boolean }) => {
    const { scoreSnapshots } = await client.execute(LatestScoreSnapshotsDocument, variables);
    const found = scoreSnapshots.find((s) => s.status === 'COMPLETED');
    return found ? { id: found.id, brandId: found.brand?.id ?? null } : null;
  };
  if (typeof rfmBrand === 'string' && rfmBrand) return latest({ brand: rfmBrand });
  return (await latest({ allBrands: true })) ?? (await latest({}));
}

/** react-admin's sort on a score column → the API's `scoreOrder` on the snapshot's brand; undefined otherwise. */
export function toScoreOrder(
  sort: GetListParams['sort'] | undefined,
  snapshot: ListSnapshot | null,
): ContactScoreOrder | undefined {
  const key = sort?.field ? contactScoreSortFields[sort.field] : undefined;
  if (!key || !snapshot) return undefined;
  return {
    key,
    direction: sort?.order === 'DESC' ? 'DESC' : 'ASC',
    ...(snapshot.brandId ? { brand: snapshot.brandId } : {}),
  };
}

/** The list's snapshot by RFM brand filter, read at most once a minute (a refresh takes minutes anyway). */
export function snapshotCache(client: FideleClient, ttlMs = 60_000) {
  const known = new Map<string, { at: number; snapshot: Promise<ListSnapshot | null> }>();
  return (rfmBrand: unknown): Promise<ListSnapshot | null> => {
    const key = typeof rfmBrand === 'string' ? rfmBrand : '';
    const hit = known.get(key);
    if (hit && Date.now() - hit.at < ttlMs) return hit.snapshot;
    const snapshot = listSnapshot(client, key);
    snapshot.catch(() => known.delete(key));
    known.set(key, { at: Date.now(), snapshot });
    return snapshot;
  };
}

/**
 * The list's order: on a score column (for a role that may read scores), `scoreOrder` on the list's snapshot; else
 * `orderBy` (the provider's table). Only a score sort reads the snapshot: other lists cost no extra request.
 */
export async function listOrder(
  snapshots: (rfmBrand: unknown) => Promise<ListSnapshot | null>,
  mayScore: boolean,
  params: Pick<GetListParams, 'filter' | 'sort'>,
  orderBy: ContactOrder[] | undefined,
): Promise<{ scoreOrder?: ContactScoreOrder; orderBy?: ContactOrder[] }> {
  const byScore = mayScore && !!params.sort?.field && params.sort.field in contactScoreSortFields;
  const scoreOrder = byScore ? toScoreOrder(params.sort, await snapshots(params.filter?.rfmBrandId)) : undefined;
  return scoreOrder ? { scoreOrder } : orderBy ? { orderBy } : {};
}

const num = (v: number | string | null | undefined) => (v === null || v === undefined ? null : Number(v));

/**
 * The stored values of a page of contacts in the list's snapshot (`snapshotOf`), in one request: one aliased `contactScore` per row (the SDK's fragment),
 * since a contact has one score per snapshot and the list's connection carries none. A row whose consent does not
 * cover profiling answers CONSENT_REQUIRED on its alias: it is kept as withheld, the others are read as usual.
 */
export async function storedValues(
  client: FideleClient,
  snapshotOf: Promise<ListSnapshot | null>,
  ids: readonly string[],
): Promise<Map<string, StoredValue>> {
  const out = new Map<string, StoredValue>();
  const snapshot = ids.length ? (await snapshotOf)?.id : undefined;
  if (!snapshot) return out;
  const fields = ids.map(
    (_, i) => `  c${i}: contactScore(contact: $c${i}, snapshot: $snapshot) { ...ContactStoredValue }`,
  );
  const params = ids.map((_, i) => `, $c${i}: ID!`).join('');
  const text = `query ContactStoredValues($snapshot: ID${params}) {\n${fields.join('\n')}\n}\n${ContactStoredValueFragmentDoc.toString()}`;
  type Result = Record<string, ContactStoredValueFragment | null>;
  const document = new TypedDocumentString<Result, Record<string, string>>(text);
  const variables = Object.fromEntries([['snapshot', snapshot], ...ids.map((id, i) => [`c${i}`, id])]);
  let data: Result;
  let withheld: FideleErrorEntry[] = [];
  try {
    data = await client.execute(document, variables);
  } catch (e) {
    // Root-field CONSENT_REQUIRED entries fail the SDK's call; anything else is a real error.
    if (!isFideleError(e) || !e.data || e.errors.some((x) => x.code !== 'CONSENT_REQUIRED')) throw e;
    data = e.data as Result;
    withheld = e.errors;
  }
  ids.forEach((id, i) => {
    const score = data[`c${i}`];
    out.set(id, { probabilityAlive: num(score?.probabilityAlive), predictedValue: num(score?.scoredValue) });
  });
  for (const e of withheld) {
    const alias = String(e.path?.[0] ?? '');
    const id = ids[Number(alias.slice(1))];
    if (alias.startsWith('c') && id) out.set(id, { probabilityAlive: null, predictedValue: null, withheld: e.code });
  }
  return out;
}
