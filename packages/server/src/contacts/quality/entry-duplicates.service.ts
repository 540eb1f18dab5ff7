import { encodeGlobalID } from '@pothos/plugin-relay';
import type { Context } from '../../kernel/context.js';
import { ApiError, fieldProblem, validationError } from '../../kernel/errors.js';
import { fieldMessage } from '../../kernel/field-messages.js';
import { contacts } from '../../privacy/access/contact-access.js';
import { comparableContacts, type FieldMatch, scorePair } from './duplicates.service.js';
import { keyHoldersByKey, type MatchSource, matchKeys, refreshMatchKeys } from './match-keys.system.js';
import { normalizeEmail } from './normalize.js';

/**
 * Duplicates at entry (issue 21): a contact about to be created (API or import) is compared with the contacts the
 * caller may compare, with the same blocking keys and the same explained score as the duplicates list
 * (`duplicates.service.ts`). Above the threshold the write stops with `DUPLICATE_SUSPECTED` unless confirmed; an
 * exact e-mail (normalised as `normalize.ts` does) stops it with `DUPLICATE_EMAIL` unless forced with a reason.
 *
 * **Privacy**: candidates are confined by `comparableContacts` (the row rule and the consent predicate of a
 * comparison), so a contact withheld from the caller is never a candidate: the write answers exactly as if it did
 * not exist (no error, no count, no other code). CONTACTS.md, "Duplicates at entry", says why.
 */

/** What the caller decided about duplicates (the `duplicates` member of ContactInput / ContactPatch / importFile). */
export interface DuplicateDecision {
  /** Create even though candidates score above the threshold. */
  confirm?: boolean | null;
  /** Create even with an exact e-mail match (implies `confirm`); needs `reason`, which is audited. */
  force?: boolean | null;
  reason?: string | null;
}

/** One contact the new one may duplicate, as the caller may see it. */
export interface EntryCandidate {
  id: number;
  score: number;
  /** Same e-mail after normalisation. */
  exactEmail: boolean;
  matches: FieldMatch[];
}

/** Candidates answered at most (best first): enough to decide, bounded whatever the data. */
export const MAX_ENTRY_CANDIDATES = 10;
/** A reason longer than this is refused (VALIDATION): it is a justification, not a document. */
export const MAX_REASON_LENGTH = 500;

/**
 * The score from which a new contact is a suspected duplicate: FIDELE_DUPLICATE_THRESHOLD, default 0.6. At 0.6 a
 * one-letter typo in the last name with the same first name and postal code (0.62), the same name and postal code
 * (0.82, or 0.73 at another address) and the same phone with a close name are suspected; the same name alone, with
 * no postal code to compare (0.5), or in another postal code (0.12), is not. A false alarm costs one confirmation,
 * a miss costs a duplicate to merge later. Outside (0, 1] the start is refused.
 */
export function duplicateThreshold(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.FIDELE_DUPLICATE_THRESHOLD;
  if (raw === undefined || raw === '') return 0.6;
  const t = Number(raw);
  if (!Number.isFinite(t) || t <= 0 || t > 1)
    throw new Error(`FIDELE_DUPLICATE_THRESHOLD must be a number above 0 and at most 1, got "${raw}"`);
  return t;
}

const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);

/** The match source of values about to be written (normalised columns of Contact). */
export function entrySource(values: Record<string, unknown>): MatchSource {
  return {
    id: 0,
    firstName: str(values.firstName),
    lastName: str(values.lastName),
    companyName: str(values.companyName),
    email: str(values.email),
    phone: str(values.phone),
    mobile: str(values.mobile),
    addressLine1: str(values.addressLine1),
    postalCode: str(values.postalCode),
    city: str(values.city),
    countryCode: str(values.countryCode) ?? 'FR',
  };
}

/**
 * The contacts `ctx` may compare that `source` may duplicate: exact e-mail matches whatever their score, and those
 * at `threshold` or above; exact e-mails first, then best score. The keys are brought up to date first (system
 * upkeep, incremental); a concurrent refresh that collides is not this write's failure, so the keys are then used
 * as they are, and the exact e-mail is also looked up directly through the layer.
 */
export async function entryCandidates(
  ctx: Context,
  source: MatchSource,
  options: { threshold: number; excludeId?: number; refresh?: boolean },
): Promise<EntryCandidate[]> {
  return (await entryCandidatesMany(ctx, [source], options))[0]!;
}

/**
 * `entryCandidates` for several new contacts at once (an import's batch): the same candidates for each, in a number
 * of statements that does not grow with the batch (one look-up of the keys, one of the e-mails, one read of the
 * comparable contacts). New contacts of the same batch are not compared with each other here (the import compares
 * their e-mails itself).
 */
export async function entryCandidatesMany(
  ctx: Context,
  sources: readonly MatchSource[],
  options: { threshold: number; excludeId?: number; refresh?: boolean },
): Promise<EntryCandidate[][]> {
  const keysOf = sources.map(matchKeys);
  if (!keysOf.some((k) => k.length)) return sources.map(() => []);
  if (options.refresh !== false) await refreshMatchKeys(ctx.db, { provider: ctx.provider }).catch(() => undefined);
  const emails = sources.map((s, i) => (keysOf[i]!.length && s.email ? normalizeEmail(s.email) : null));
  const [held, sameEmail] = await Promise.all([
    keyHoldersByKey(ctx.db, keysOf.flat()),
    holdersOfEmails(ctx, [...new Set(emails.filter((e): e is string => !!e))]),
  ]);
  const idsOf = keysOf.map((keys, i) =>
    [...new Set([...keys.flatMap((k) => held.get(k) ?? []), ...(sameEmail.get(emails[i]!) ?? [])])].filter(
      (id) => id !== options.excludeId,
    ),
  );
  const comparable = await comparableContacts(ctx, [...new Set(idsOf.flat())]);
  return sources.map((source, i) => {
    const email = emails[i];
    const found: EntryCandidate[] = [];
    for (const id of idsOf[i]!) {
      const c = comparable.get(id);
      if (!c) continue;
      const { score, matches } = scorePair(source, c);
      const exactEmail = !!email && !!c.email && (normalizeEmail(c.email) ?? c.email.trim().toLowerCase()) === email;
      if (exactEmail || score >= options.threshold) found.push({ id: c.id, score, exactEmail, matches });
    }
    found.sort((x, y) => Number(y.exactEmail) - Number(x.exactEmail) || y.score - x.score || x.id - y.id);
    return found.slice(0, MAX_ENTRY_CANDIDATES);
  });
}

/** normalised e-mail → the live contacts the caller may see with it (at most 50 each), through the access layer. */
async function holdersOfEmails(ctx: Context, emails: readonly string[]): Promise<Map<string, number[]>> {
  const out = new Map<string, number[]>();
  for (let i = 0; i < emails.length; i += 2000) {
    const chunk = emails.slice(i, i + 2000);
    const rows = await contacts(ctx).findMany({
      where: { email: { in: chunk }, deletedAt: null, mergedIntoId: null },
      select: { id: true, email: true },
      orderBy: { id: 'asc' },
      take: chunk.length * 50,
    });
    for (const r of rows) {
      const held = out.get(r.email!) ?? [];
      if (held.length < 50) held.push(r.id);
      out.set(r.email!, held);
    }
  }
  return out;
}

/** The candidates as an error's extensions carry them: global ids, score, and which fields matched how. */
export const candidatesExtension = (found: EntryCandidate[]) =>
  found.map((c) => ({
    id: encodeGlobalID('Contact', c.id),
    score: c.score,
    exactEmail: c.exactEmail,
    matches: c.matches,
  }));

/** A forced write needs a reason (checked before any comparison, so the answer does not depend on the data). */
export function checkDecision(decision: DuplicateDecision | null | undefined, path: string[]): void {
  if (!decision?.force) return;
  const reason = decision.reason?.trim() ?? '';
  if (!reason) throw validationError([fieldProblem([...path, 'reason'], fieldMessage('DUPLICATE_REASON_REQUIRED'))]);
  if (reason.length > MAX_REASON_LENGTH)
    throw validationError([fieldProblem([...path, 'reason'], fieldMessage('TOO_LONG', { max: MAX_REASON_LENGTH }))]);
}

/** What a write that went ahead despite candidates must audit (null: nothing to audit). */
export interface DuplicateOverride {
  forced: boolean;
  candidates: number[];
  reason: string | null;
}

/**
 * The entry check of one write: throws `DUPLICATE_EMAIL` (an exact e-mail, not forced) or `DUPLICATE_SUSPECTED`
 * (candidates above the threshold, not confirmed; only when `fuzzy`: an update checks the e-mail only) with the
 * candidates in `extensions.candidates`; otherwise answers what the write must audit.
 */
export async function checkEntry(
  ctx: Context,
  values: Record<string, unknown>,
  decision: DuplicateDecision | null | undefined,
  /** `refresh: false`: the caller keeps the keys up to date itself. */
  options: { fuzzy: boolean; excludeId?: number; threshold?: number; refresh?: boolean },
): Promise<DuplicateOverride | null> {
  const threshold = options.threshold ?? duplicateThreshold();
  const found = await entryCandidates(ctx, entrySource(values), { ...options, threshold });
  return entryVerdict(found, decision, { fuzzy: options.fuzzy, threshold });
}

/**
 * The decision on one new contact's candidates: throws `DUPLICATE_EMAIL` or `DUPLICATE_SUSPECTED` (see
 * `checkEntry`), or answers what the write must audit. Shared by `checkEntry` and an import's batch check.
 */
export function entryVerdict(
  candidates: readonly EntryCandidate[],
  decision: DuplicateDecision | null | undefined,
  options: { fuzzy: boolean; threshold: number },
): DuplicateOverride | null {
  const { threshold } = options;
  const found = candidates.filter((c) => options.fuzzy || c.exactEmail);
  if (!found.length) return null;
  const extensions = { threshold, candidates: candidatesExtension(found) };
  const exact = found.some((c) => c.exactEmail);
  if (exact && !decision?.force)
    throw new ApiError(
      'DUPLICATE_EMAIL',
      'A contact you may see has this e-mail: force the write with a reason, or open the existing contact.',
      extensions,
    );
  if (!exact && !decision?.confirm && !decision?.force)
    throw new ApiError(
      'DUPLICATE_SUSPECTED',
      `${found.length} contact(s) you may see look like this one (score ${threshold} or above): confirm to create it anyway.`,
      extensions,
    );
  return { forced: exact, candidates: found.map((c) => c.id), reason: decision?.reason?.trim() || null };
}

/** The audit entry's `fields` for an override: the fields concerned, the candidates and the reason, as strings. */
export const overrideFields = (o: DuplicateOverride) => [
  'email',
  `duplicateOf:${o.candidates.join(',')}`,
  ...(o.reason ? [`reason:${o.reason}`] : []),
];
