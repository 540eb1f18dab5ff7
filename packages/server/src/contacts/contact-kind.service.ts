import type { Context } from '../kernel/context.js';
import type { Db } from '../kernel/db/client.js';
import { contacts } from '../privacy/access/contact-access.js';
import { actorOf } from '../privacy/audit/audit-actor.js';

/**
 * The name the audit log gives the change of kind a first sale makes (`AuditLog.operationName`): the timeline reads
 * these entries back as `BECAME_CLIENT` events (collaboration/activities/timeline.service.ts).
 */
export const PROSPECT_BECAME_CLIENT = 'prospectBecameClient';

type Tx = Pick<Db, 'contact' | 'auditLog'>;

/**
 * A prospect who buys is a client: called by every write that records a sale (`recordSale`, the sales import), in
 * its transaction, after the sale is written. A PROSPECT contact becomes CLIENT (a new version, so a form opened
 * before the sale cannot set it back unseen) and the change is audited as a write of `kind`, by the caller of the
 * sale (its staff user, API key or system reason). Any other kind is left as it is: a former client who buys again
 * stays one until someone decides otherwise, a journalist who buys is still a journalist. Returns whether it changed.
 */
export async function prospectBuys(ctx: Context, tx: Tx, contactId: number): Promise<boolean> {
  const changed = await contacts(ctx, tx).update(contactId, {
    where: { kind: 'PROSPECT' },
    data: { kind: 'CLIENT', version: { increment: 1 } },
  });
  if (!changed) return false;
  await tx.auditLog.create({
    data: {
      ...actorOf(ctx),
      operation: 'UPDATE',
      operationName: PROSPECT_BECAME_CLIENT,
      entity: 'Contact',
      entityId: String(contactId),
      fields: ['kind'],
      outcome: 'ALLOWED',
    },
  });
  return true;
}
