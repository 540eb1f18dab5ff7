import type { Db } from '../../kernel/db/client.js';
import { auditConcerning } from '../../kernel/audit-recorder.js';

type Tx = Pick<Db, 'auditLog' | 'partnerNotice'>;

/**
 * The partners that received a contact's data, from the disclosure log: audit entries of allowed reads by an API
 * key that name the contact (alone in `entityId` or among others in `entityIds`), with the latest such read per
 * key. Grouped in the database: one row per key, however many reads.
 */
export async function disclosuresOf(db: Pick<Db, 'auditLog'>, contactId: number) {
  const rows = await db.auditLog.groupBy({
    by: ['apiKeyId'],
    where: { ...auditConcerning('Contact', String(contactId)), apiKeyId: { not: null }, outcome: 'ALLOWED' },
    _max: { at: true },
  });
  return rows.flatMap((r) =>
    r.apiKeyId !== null && r._max.at ? [{ apiKeyId: r.apiKeyId, lastDisclosedAt: r._max.at }] : [],
  );
}

/**
 * One notice per partner key that received the contact's data (GDPR art. 19), written in the transaction that
 * closes the request. The schema links no webhook subscription to an API key and has no notice event type, so a
 * notice cannot be addressed to one partner through the outbox: each is left "to notify" (`sentAt` null) until an
 * admin records the notice given (`markPartnerNoticeSent`). See SUBJECT-REQUESTS.md.
 */
export async function createPartnerNotices(tx: Tx, requestId: number, contactId: number): Promise<number> {
  const disclosures = await disclosuresOf(tx, contactId);
  if (!disclosures.length) return 0;
  const { count } = await tx.partnerNotice.createMany({
    data: disclosures.map((d) => ({ requestId, apiKeyId: d.apiKeyId, lastDisclosedAt: d.lastDisclosedAt })),
  });
  return count;
}
