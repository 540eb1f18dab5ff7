import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../packages/server/src/generated/sqlite/enums.js';
import { createApiHarness, gid, type ApiHarness, type GqlResult } from '../packages/server/src/testing/api.js';
import { describeEachDatabase } from '../packages/server/src/testing/databases.js';

/**
 * The oracle suite of the contacts module (issue 14): for every entry point that takes a personal value (each
 * filter on a personal field, the search, each sort on a personal field, update, stewardship proposal), plant a
 * contact withheld from the caller, ask with the right guess of its value, with a wrong guess, and with no such
 * contact at all: the complete answers (data, totalCount, pages, codes, messages; generated ids normalised) are
 * identical, for each role and purpose.
 *
 * Two plants: one in the caller's rows whose consent does not cover the purpose (no consent, no contract), one in
 * another brand (outside the caller's rows; for an admin, who sees every brand, only the first applies).
 *
 * For writes to a contact the caller can see but not read, "no such contact" is a different contact (NOT_FOUND):
 * the contact's existence is not hidden (lists show it, identity withheld); its values are. So a write compares
 * the right with the wrong guess, and the database stays unchanged; a write to a contact outside the rows also
 * equals a write to a missing one.
 */
const readers: [Role, string][] = [
  ['ADMIN', 'customer_service'],
  ['ADMIN', 'marketing'],
  ['MARKETING', 'marketing'],
  ['MARKETING', 'newsletter'],
  ['SALES', 'customer_service'],
  ['SALES', 'targeted_offers'],
  ['SUPPORT', 'customer_service'],
  ['ANALYST', 'profiling'],
];
const writers = readers.filter(([role]) => role !== 'ANALYST');
const settings = { numRuns: 15, seed: 20261206 };
/** Each property sends a few hundred requests; the shared CI machines are slow. */
const timeout = 600_000;

const page = `pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id lastName email postalCode } }`;
const update = `mutation($id: ID!, $version: Int!, $input: ContactPatch!) {
  updateContact(id: $id, version: $version, input: $input) { id version lastName email pendingProposals { field newValue } } }`;

/** Letters that sort before, between and after the visible names (Alpha, Mike, Zulu). */
const word = fc.tuple(fc.constantFrom('b', 'n', 'q'), fc.stringMatching(/^[a-z]{3,6}$/)).map(([p, s]) => `${p}${s}`);
/** A different value that neither contains nor is contained in the guess. */
const wrongOf = (guess: string) => `z${guess.slice(1)}k`;

describeEachDatabase('privacy oracle: contacts', (provider) => {
  let h: ApiHarness;

  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
    // Visible to every reader under its purpose: consented to marketing, profiling and customer_service.
    for (const [name, postalCode] of [
      ['Alpha', '10001'],
      ['Mike', '50005'],
      ['Zulu', '90009'],
    ] as const) {
      const c = await h.t.db.contact.create({
        data: {
          kind: 'CLIENT',
          lastName: name,
          companyName: `${name} SA`,
          city: `${name}ville`,
          email: `${name.toLowerCase()}@visible.test`,
          postalCode,
          brandId: h.brands.a,
          zoneId: h.zones.north,
        },
      });
      for (const p of ['marketing', 'profiling', 'customer_service']) await h.consent(c.id, p);
    }
    // Proposals: e-mail changes by anyone but an admin become proposals (the stewardship entry point).
    await h.t.db.stewardedField.create({ data: { field: 'email', stewardRole: 'ADMIN' } });
  });
  afterAll(() => h?.drop());

  type Plant = 'withheld' | 'otherBrand';
  const plantsFor = (role: Role): Plant[] => (role === 'ADMIN' ? ['withheld'] : ['withheld', 'otherBrand']);

  /** Creates the planted contact with `values`; consents to everything when it is hidden by its brand only. */
  async function plant(kind: Plant, values: Record<string, string>) {
    const c = await h.t.db.contact.create({
      data: {
        kind: 'CLIENT',
        lastName: 'Planted',
        ...values,
        brandId: kind === 'otherBrand' ? h.brands.b : h.brands.a,
        zoneId: h.zones.north,
      },
    });
    if (kind === 'otherBrand') for (const p of ['marketing', 'profiling', 'customer_service']) await h.consent(c.id, p);
    return c.id;
  }

  async function remove(id: number) {
    await h.t.db.changeProposal.deleteMany({ where: { contactId: id } });
    await h.t.db.consentEvent.deleteMany({ where: { contactId: id } });
    await h.t.db.consentState.deleteMany({ where: { contactId: id } });
    await h.t.db.contact.delete({ where: { id } });
  }

  /** The answer with the plant's generated id replaced, so that answers about different rows compare. */
  const normalise = (r: GqlResult, id: number | null) => {
    const text = JSON.stringify(r);
    return JSON.parse(
      id === null ? text : text.split(gid('Contact', id)).join('<plant>').split(`"${id}"`).join('"<plant>"'),
    );
  };

  /**
   * Asks `ask` in three worlds (the plant holds the guess; the plant holds another value; no plant) and expects
   * the same normalised answer.
   */
  async function threeWorlds(kind: Plant, field: string, guess: string, wrong: string, ask: () => Promise<GqlResult>) {
    const id = await plant(kind, { [field]: guess });
    const right = normalise(await ask(), id);
    await h.t.db.contact.update({ where: { id }, data: { [field]: wrong } });
    const other = normalise(await ask(), id);
    await remove(id);
    const none = normalise(await ask(), null);
    expect(right, `${kind} ${field}=${guess}: right vs wrong guess`).toEqual(other);
    expect(right, `${kind} ${field}=${guess}: right guess vs no contact`).toEqual(none);
    return right;
  }

  /**
   * Every read entry point in one request (aliases): the search by each personal column, the postal-code prefix,
   * and each sort on a personal field, ascending and descending, with counts and page windows.
   */
  const window = (args: string) => `contacts(${args}) { totalCount ${page} }`;
  const reads = `query($last: String, $email: String, $company: String, $city: String, $postal: String) {
    searchLastName: ${window('first: 2, filter: { search: $last }, orderBy: [{ field: ID }]')}
    searchLastNameTail: ${window('last: 2, filter: { search: $last }, orderBy: [{ field: ID }]')}
    searchEmail: ${window('first: 2, filter: { search: $email }, orderBy: [{ field: ID }]')}
    searchCompany: ${window('first: 2, filter: { search: $company }, orderBy: [{ field: ID }]')}
    searchCity: ${window('first: 2, filter: { search: $city }, orderBy: [{ field: ID }]')}
    postalPrefix: ${window('first: 2, filter: { postalCodePrefix: $postal }, orderBy: [{ field: ID }]')}
    sortLastName: ${window('first: 50, orderBy: [{ field: LAST_NAME }]')}
    sortLastNameDesc: ${window('first: 50, orderBy: [{ field: LAST_NAME, direction: DESC }]')}
    sortLastNameTail: ${window('last: 2, orderBy: [{ field: LAST_NAME }]')}
    sortCompany: ${window('first: 50, orderBy: [{ field: COMPANY_NAME }]')}
    sortCompanyDesc: ${window('first: 50, orderBy: [{ field: COMPANY_NAME, direction: DESC }]')}
    sortPostal: ${window('first: 50, orderBy: [{ field: POSTAL_CODE }]')}
    sortPostalDesc: ${window('first: 2, orderBy: [{ field: POSTAL_CODE, direction: DESC }]')}
  }`;

  const guesses = fc.record({
    lastName: word.map((w) => w[0]!.toUpperCase() + w.slice(1)),
    email: word.map((w) => `${w}@hidden.test`),
    companyName: word.map((w) => `${w} SA`),
    city: word,
    postalCode: fc.integer({ min: 11000, max: 89999 }).map(String),
  });
  /** Other values, which neither contain nor are contained in the guesses, and sort elsewhere among the visible ones. */
  const wrongValues = (g: Record<string, string>) => ({
    lastName: `Zz${g.lastName!.slice(1)}`,
    email: `z${g.email!.replace('@hidden', '@elsewhere')}`,
    companyName: `aa${g.companyName}`,
    city: wrongOf(g.city!),
    postalCode: g.postalCode === '99999' ? '00001' : '99999',
  });

  it(
    'filters, search and sorts on personal fields: a withheld value answers like no contact, for every role and purpose',
    async () => {
      await fc.assert(
        fc.asyncProperty(guesses, async (g) => {
          const vars = { last: g.lastName, email: g.email, company: g.companyName, city: g.city, postal: g.postalCode };
          for (const [role, purpose] of readers) {
            const ask = () => h.as(role, purpose)(reads, vars);
            const none = normalise(await ask(), null); // no plant yet: the answer without such a contact
            for (const kind of plantsFor(role)) {
              const id = await plant(kind, g);
              const right = normalise(await ask(), id);
              await h.t.db.contact.update({ where: { id }, data: wrongValues(g) });
              const wrong = normalise(await ask(), id);
              await remove(id);
              expect(right, `${role}/${purpose} ${kind}: right vs wrong guess`).toEqual(wrong);
              expect(right, `${role}/${purpose} ${kind}: right guess vs no contact`).toEqual(none);
              // The answer is a real one: the visible contacts are listed, in order, and nothing failed.
              expect(right.errors, `${role}/${purpose}`).toBeUndefined();
              expect(right.data.sortLastName.edges.map((e: any) => e.node.lastName)).toEqual(['Alpha', 'Mike', 'Zulu']);
              expect(right.data.searchLastName.totalCount).toBe(0);
            }
          }
        }),
        settings,
      );
    },
    timeout,
  );

  describe('writes', () => {
    it(
      'update: writing a guess to a withheld personal field answers the same for the right and a wrong guess, and writes nothing',
      async () => {
        await fc.assert(
          fc.asyncProperty(word, fc.constantFrom('lastName', 'city', 'companyName'), async (guess, field) => {
            for (const [role, purpose] of writers) {
              const id = await plant('withheld', { [field]: guess });
              const ask = async (value: string) => {
                const before = await h.t.db.contact.findUniqueOrThrow({ where: { id } });
                const r = normalise(
                  await h.as(role, purpose)(update, {
                    id: gid('Contact', id),
                    version: before.version,
                    input: { [field]: value },
                  }),
                  id,
                );
                expect(
                  await h.t.db.contact.findUniqueOrThrow({ where: { id } }),
                  `${role}/${purpose}: nothing written`,
                ).toEqual(before);
                return r;
              };
              const right = await ask(guess);
              const wrong = await ask(wrongOf(guess));
              expect(right, `${role}/${purpose}`).toEqual(wrong);
              expect(right.errors[0].extensions.code).toBe('CONSENT_REQUIRED');
              await remove(id);
            }
          }),
          settings,
        );
      },
      timeout,
    );

    it(
      'update: a contact of another brand answers like a missing one, right guess or wrong',
      async () => {
        await fc.assert(
          fc.asyncProperty(word, async (guess) => {
            for (const [role, purpose] of writers.filter(([r]) => r !== 'ADMIN')) {
              const write = (id: number, value: string) =>
                h.as(role, purpose)(update, { id: gid('Contact', id), version: 1, input: { lastName: value } });
              const r = await threeWorlds('otherBrand', 'lastName', guess, wrongOf(guess), async () => {
                const planted = await h.t.db.contact.findFirst({
                  where: { brandId: h.brands.b },
                  select: { id: true },
                });
                // With no plant, the id of a contact that does not exist (normalised like the plant's).
                const id = planted?.id ?? 1_000_000;
                return JSON.parse(
                  JSON.stringify(await write(id, guess))
                    .split(gid('Contact', id))
                    .join(planted ? gid('Contact', id) : '<plant>'),
                );
              });
              expect(r.errors?.[0]?.extensions.code, `${role}/${purpose}`).toBe('NOT_FOUND');
            }
          }),
          settings,
        );
      },
      timeout,
    );

    it(
      'stewardship: proposing a guess of a withheld stewarded value answers the same for the right and a wrong guess; no proposal',
      async () => {
        await fc.assert(
          fc.asyncProperty(
            word.map((w) => `${w}@hidden.test`),
            async (guess) => {
              for (const [role, purpose] of writers) {
                const id = await plant('withheld', { email: guess });
                const ask = async (value: string) => {
                  const r = normalise(
                    await h.as(role, purpose)(update, { id: gid('Contact', id), version: 1, input: { email: value } }),
                    id,
                  );
                  expect(
                    await h.t.db.changeProposal.count({ where: { contactId: id } }),
                    `${role}/${purpose}: no proposal`,
                  ).toBe(0);
                  expect((await h.t.db.contact.findUniqueOrThrow({ where: { id } })).email).toBe(guess);
                  return r;
                };
                const right = await ask(guess);
                const wrong = await ask(`z${guess}`);
                expect(right, `${role}/${purpose}`).toEqual(wrong);
                expect(right.errors[0].extensions.code).toBe('CONSENT_REQUIRED');
                await remove(id);
              }
            },
          ),
          settings,
        );
      },
      timeout,
    );
  });
});
