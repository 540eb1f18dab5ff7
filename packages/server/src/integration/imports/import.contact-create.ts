import type { Context } from '../../kernel/context.js';
import type { Db } from '../../kernel/db/client.js';
import { anySubscriber, emitEvent } from '../../kernel/outbox.js';
import { createContacts as createMany } from '../../privacy/access/contact-access.js';
import type { ConsentDecisionRow } from './import.consents.js';
import type { Prepared } from './import.rows.js';

/** What `createContacts` reads of a prepared contact row (import.contacts.ts). */
interface NewContact {
  values: Record<string, unknown>;
  consents?: ConsentDecisionRow[];
}

/** A new contact with no consent to record: one of a run that `createContacts` writes in one statement. */
export const bulkCreate = (p: Prepared<NewContact>) => p.outcome === 'created' && !p.data.consents?.length;

/**
 * New contacts of a batch (`bulkCreate`), in file order, created by one INSERT: a row-by-row create cost a round
 * trip per contact, and another to look for webhook subscribers, which are looked for once here. Their events
 * follow in the same order, in the same transaction, as the row-by-row path emits them.
 */
export async function createContacts(tx: Db, ps: Prepared<NewContact>[], ctx: Context): Promise<void> {
  const created = await createMany(
    ctx,
    tx,
    // Cast: the values are the import's checked columns of Contact, typed as a record by the generic row reader.
    ps.map((p) => p.data.values as never),
  );
  if (!(await anySubscriber(tx, 'CONTACT_CREATED'))) return;
  for (const c of created)
    await emitEvent(tx, 'CONTACT_CREATED', { contactId: c.id, brandId: c.brandId, data: { kind: c.kind } });
}
