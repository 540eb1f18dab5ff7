import type { Context } from '../../kernel/context.js';
import { contacts } from '../../privacy/access/contact-access.js';
import { entryCandidates, entrySource } from '../../contacts/quality/entry-duplicates.service.js';

/**
 * Who answered a response form: the live contact the duplicate rules of contacts/quality say is the same person,
 * or null. It reuses the check at entry (`entryCandidates`: the blocking keys and the explained score of duplicate
 * detection, candidates confined to the contacts `ctx` may compare) with a stricter bar, and, for an action of a
 * brand, only that brand's contacts.
 *
 * The bar is MATCH_SCORE, not the entry threshold: the entry check asks a person to decide, this one decides alone,
 * and a response recorded on someone else is worse than a duplicate the steward merges later. At 0.9 an e-mail or a
 * phone with a matching name, or a name with its postal code and address, is the person; a name and a postal code
 * alone (0.82) is not.
 */
export const MATCH_SCORE = 0.9;

export interface Responder {
  firstName: string | null;
  lastName: string;
  email: string | null;
  phone: string | null;
  postalCode: string | null;
  city: string | null;
  addressLine1: string | null;
}

export async function matchResponder(ctx: Context, r: Responder, brandId: number | null): Promise<number | null> {
  const source = entrySource({ ...r, phone: null, mobile: r.phone, countryCode: 'FR' });
  const found = (await entryCandidates(ctx, source, { threshold: MATCH_SCORE })).filter((c) => c.score >= MATCH_SCORE);
  if (!found.length) return null;
  const allowed =
    brandId === null ? null : new Set(await contacts(ctx).ids({ id: { in: found.map((c) => c.id) }, brandId }));
  // Best score first, then the oldest contact (the one a merge would keep).
  const best = found.filter((c) => !allowed || allowed.has(c.id)).sort((x, y) => y.score - x.score || x.id - y.id)[0];
  return best?.id ?? null;
}
