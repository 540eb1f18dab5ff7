// Must NOT compile: every line marked `// error:` below is a type error, and no other line is.
// test/sdk-types.test.ts runs `tsc --noEmit` over this file and compares the lines tsc reports with the marked
// lines. (The .mts extension keeps it out of the test package's own type-check, which must pass.)
import { createFideleClient, ContactDocument } from '../../packages/sdk/src/index.js';

export async function misusesTheSdk() {
  const fidele = createFideleClient({ url: 'http://127.0.0.1:4000/graphql', token: 't' });

  await fidele.contacts({ first: '20' }); // error: wrong variable type (string for Int)
  await fidele.contacts({ filter: { kind: ['CUSTOMER'] } }); // error: not a ContactKind
  await fidele.contacts({ firstt: 20 }); // error: unknown variable
  await fidele.contact(); // error: missing required variable id
  await fidele.updateContact({ id: '1', input: { lastName: 'x' } }); // error: missing version

  const page = await fidele.contacts({ first: 20 });
  page.edges[0]?.node.incomeBand; // error: a field the operation did not select
  page.edges[0]?.node.lastNam; // error: a field that does not exist
  const n: string = page.totalCount; // error: totalCount is a number
  const name: string = page.edges[0]!.node.lastName; // error: lastName may be null (consent-bound)

  await fidele.execute(ContactDocument, { id: 1, version: 2 }); // error: unknown variable for this document
  await fidele.execute(ContactDocument); // error: missing required variables
  return n + name;
}
