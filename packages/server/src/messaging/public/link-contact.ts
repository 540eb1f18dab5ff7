import type { Db } from '../../kernel/db/client.js';
import type { Provider } from '../../kernel/db/paths.js';
import { contacts } from '../../privacy/access/contact-access.js';
import { systemContext } from '../../privacy/access/system.js';

export interface LinkContact {
  id: number;
  language: string;
}

/**
 * The live contact a signed link acts for. A contact merged since the message was sent is followed to the one it
 * was merged into (its consents went there); a deleted or erased contact answers null, like an unknown link.
 * Only ids and the language are read, through the access layer as the system on the contact's behalf: the public
 * pages show nothing personal.
 */
export async function linkContact(
  db: Db,
  provider: Provider,
  contactId: number | undefined,
): Promise<LinkContact | null> {
  const ctx = systemContext(db, provider, 'public:link');
  let id = contactId;
  for (let hops = 0; typeof id === 'number' && Number.isInteger(id) && hops < 5; hops++) {
    const c = await contacts(ctx).findFirst({
      where: { id },
      select: { id: true, language: true, deletedAt: true, erasedAt: true, mergedIntoId: true },
    });
    if (!c || c.deletedAt || c.erasedAt) return null;
    if (!c.mergedIntoId) return { id: c.id, language: c.language };
    id = c.mergedIntoId;
  }
  return null;
}
