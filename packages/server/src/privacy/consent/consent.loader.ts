import DataLoader from 'dataloader';
import type { Db } from '../../kernel/db/client.js';
import { contactsWithContract } from '../access/contact-access.js';
import { consentAllows } from './consent.rules.js';
import type { RequestPurpose } from '../../kernel/purpose.js';

/**
 * Per request (never shared: a cache across requests would serve one caller's answers to another): whether each
 * contact's consent covers the request's purpose. A fixed number of queries per batch of contacts, whatever their
 * number: one for the consent states in the purpose's chain and, for a contract-based purpose only, one for the
 * contacts of the batch with a contract on record.
 * `at` is fixed per request so that every field of a response sees the same consent state.
 */
export function createConsentLoader(db: Db, purpose: RequestPurpose | null, at: Date) {
  return new DataLoader<number, boolean>(async (contactIds) => {
    if (!purpose) return contactIds.map(() => false);
    const records = await db.consentState.findMany({
      where: { contactId: { in: [...contactIds] }, purposeId: { in: purpose.chain.map((c) => c.id) } },
      select: { contactId: true, purposeId: true, status: true, effectiveFrom: true, effectiveTo: true },
    });
    const byContact = new Map<number, typeof records>();
    for (const r of records) byContact.set(r.contactId, [...(byContact.get(r.contactId) ?? []), r]);
    const contracts =
      purpose.legalBasis === 'CONTRACT' ? await contactsWithContract(db, contactIds) : new Set<number>();
    return contactIds.map((id) => consentAllows(byContact.get(id) ?? [], purpose, at, contracts.has(id)));
  });
}
