// Must compile: the typed SDK used the right way. test/sdk-types.test.ts runs `tsc --noEmit` over this file (and the
// partner-app example) and expects no error.
import {
  createFideleClient,
  ContactsDocument,
  FideleError,
  fieldAccess,
  isFideleError,
  type ContactsQuery,
  type Schema,
} from '../../packages/sdk/src/index.js';

export async function usesTheSdk(fetchImpl: typeof fetch) {
  const fidele = createFideleClient({
    url: 'http://127.0.0.1:4000/graphql',
    token: 't',
    purpose: 'customer_service',
    fetch: fetchImpl,
  });

  // Variables are optional when every variable is; results are typed down to enums and nullability.
  const page = await fidele.contacts({
    first: 20,
    filter: { kind: ['CLIENT', 'PROSPECT'] },
    orderBy: [{ field: 'LAST_NAME', direction: 'DESC' }],
  });
  const total: number = page.totalCount;
  const lastNames: (string | null)[] = page.edges.map((e) => e.node.lastName);
  const next: string | null = page.pageInfo.endCursor;
  await fidele.contacts();

  // Required variables, Decimal and DateTime inputs as strings (or Date / number, which JSON carries the same).
  const contact = await fidele.contact({ id: page.edges[0]!.node.id });
  if (contact) {
    await fidele.updateContact({
      id: contact.id,
      version: contact.version,
      input: { email: 'a@b.fr', discountRate: '5.00', firstContactAt: new Date() },
    });
  }

  // Any generated document through execute, and the { data, errors } variant.
  const data: ContactsQuery = await fidele.execute(ContactsDocument, { first: 5 });
  const { data: withheldData, errors } = await fidele.withErrors.contacts({ first: 5 });
  const codes: string[] = errors.map((e) => e.code);

  // Typed errors.
  try {
    await fidele.deleteContact({ id: 'x', version: 1 });
  } catch (e) {
    if (isFideleError(e, 'CONFLICT')) console.log(e.errors[0]?.extensions?.expectedVersion);
    if (e instanceof FideleError && e.code === 'VALIDATION')
      for (const f of e.fields) console.log(f.path.join('.'), f.message);
  }

  // Access rules, as types with documentation and as data.
  const rule: readonly string[] = fieldAccess['Contact.incomeBand'].roles;
  const c: Schema.Contact['incomeBand'] = 'OVER_80K';
  return { total, lastNames, next, data, withheldData, codes, rule, c };
}
