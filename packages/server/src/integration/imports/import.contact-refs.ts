import type { Context } from '../../kernel/context.js';
import { contacts as contactAccess } from '../../privacy/access/contact-access.js';
import type { RowError, Unit } from './import.rows.js';

/**
 * Contacts referenced by e-mail or external reference (sales, responses), live, through the access layer: an e-mail
 * is a personal value, so it matches only contacts the caller may see *and* whose consent covers its purpose (a
 * withheld contact answers like no contact: UNKNOWN_CONTACT, and is not counted in AMBIGUOUS_KEY); an external
 * reference is not personal and matches any contact the caller may see.
 */
export async function contactsByRef(ctx: Context, units: Unit[]) {
  const emails = new Set<string>();
  const refs = new Set<string>();
  for (const u of units)
    for (const r of u.rows) {
      if (r.fields.contactEmail) emails.add(r.fields.contactEmail.trim().toLowerCase());
      if (r.fields.contactRef) refs.add(r.fields.contactRef.trim());
    }
  const select = { id: true, email: true, externalRef: true, brandId: true } as const;
  const live = { deletedAt: null, mergedIntoId: null };
  const [byEmailRows, byRefRows] = await Promise.all([
    emails.size
      ? contactAccess(ctx).findMany({ where: { ...live, email: { in: [...emails] } }, select, orderBy: { id: 'asc' } })
      : [],
    refs.size
      ? contactAccess(ctx).findMany({
          where: { ...live, externalRef: { in: [...refs] } },
          select,
          orderBy: { id: 'asc' },
        })
      : [],
  ]);
  const byEmail = new Map<string, typeof byEmailRows>();
  for (const c of byEmailRows) if (c.email) byEmail.set(c.email, [...(byEmail.get(c.email) ?? []), c]);
  const byRef = new Map(byRefRows.filter((c) => c.externalRef).map((c) => [c.externalRef!, c]));
  return (fields: Record<string, string>, line: number, errors: RowError[]) => {
    if (fields.contactRef) {
      const c = byRef.get(fields.contactRef.trim());
      if (!c)
        errors.push({
          line,
          field: 'contactRef',
          code: 'UNKNOWN_CONTACT',
          message: `no contact you may see has the external reference "${fields.contactRef}"`,
        });
      return c ?? null;
    }
    if (fields.contactEmail) {
      const list = byEmail.get(fields.contactEmail.trim().toLowerCase()) ?? [];
      if (list.length > 1)
        errors.push({
          line,
          field: 'contactEmail',
          code: 'AMBIGUOUS_KEY',
          message: `${list.length} contacts have this e-mail: use contactRef`,
        });
      else if (!list.length)
        errors.push({
          line,
          field: 'contactEmail',
          code: 'UNKNOWN_CONTACT',
          message: `no contact you may see has the e-mail "${fields.contactEmail}"`,
        });
      return list.length === 1 ? list[0]! : null;
    }
    errors.push({
      line,
      field: 'contactEmail',
      code: 'MISSING_VALUE',
      message: 'contactEmail or contactRef is required',
    });
    return null;
  };
}
