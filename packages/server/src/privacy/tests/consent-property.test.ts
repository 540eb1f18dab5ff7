import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Role } from '../../generated/sqlite/enums.js';
import { createApiHarness, gid, type ApiHarness } from '../../testing/api.js';
import { describeEachDatabase } from '../../testing/databases.js';

/**
 * Property: over random consent histories (grants, denials, withdrawals, validity windows, parent and child
 * purposes), recorded through the API's own consent mutations, the API returns a contact's personal data for a
 * purpose if and only if the oracle below says so, through the field (node) and through a filter (search).
 *
 * The oracle is written from the specification, independently of consent.rules.ts:
 * - the current decision for a purpose is the last one recorded for it;
 * - it counts only inside its window [from, to);
 * - a refusal (denied, withdrawn) in force on the purpose or any ancestor refuses;
 * - else a grant in force on the purpose or any ancestor allows;
 * - else a contract-based purpose (customer_service) allows only a contact with a contract on record: a sale, or a
 *   service case that is not closed.
 */
const tree: Record<string, { parent?: string; consentBased: boolean; role: Role }> = {
  marketing: { consentBased: true, role: 'MARKETING' },
  newsletter: { parent: 'marketing', consentBased: true, role: 'MARKETING' },
  targeted_offers: { parent: 'marketing', consentBased: true, role: 'MARKETING' },
  profiling: { consentBased: true, role: 'ANALYST' },
  customer_service: { consentBased: false, role: 'SUPPORT' },
};
const codes = Object.keys(tree);
type Status = 'GRANTED' | 'DENIED' | 'WITHDRAWN';
interface Decision {
  purpose: string;
  status: Status;
  from: number;
  to: number | null;
} // hours from t0

type Contract = 'none' | 'sale' | 'openCase' | 'closedCase';

function oracle(history: Decision[], purpose: string, atHours: number, contract: Contract): boolean {
  const last = new Map<string, Decision>();
  for (const d of history) last.set(d.purpose, d);
  const ancestry: string[] = [];
  for (let p: string | undefined = purpose; p; p = tree[p]!.parent) ancestry.push(p);
  let granted = false;
  for (const p of ancestry) {
    const d = last.get(p);
    if (!d || d.from > atHours || (d.to !== null && d.to <= atHours)) continue;
    if (d.status !== 'GRANTED') return false;
    granted = true;
  }
  return granted || (!tree[purpose]!.consentBased && (contract === 'sale' || contract === 'openCase'));
}

const decision = fc
  .record({
    purpose: fc.constantFrom(...codes),
    status: fc.constantFrom<Status>('GRANTED', 'DENIED', 'WITHDRAWN'),
    from: fc.integer({ min: -72, max: 48 }).filter((h) => h !== 0),
    length: fc.option(fc.integer({ min: 1, max: 96 }), { nil: null }),
  })
  .map(({ purpose, status, from, length }): Decision => ({
    purpose,
    status,
    from,
    to: length === null ? null : from + length,
  }));

describeEachDatabase('consent property', (provider) => {
  let h: ApiHarness;
  let n = 0;
  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
  });
  afterAll(() => h?.drop());

  it('returns personal data iff the consent history allows it, by field and by filter', async () => {
    const seen = new Set<boolean>();
    await fc.assert(
      fc.asyncProperty(
        fc.array(decision, { minLength: 0, maxLength: 6 }),
        fc.constantFrom<Contract>('none', 'sale', 'openCase', 'closedCase'),
        async (history, contract) => {
          const name = `Prop${n++}x`;
          const contact = await h.t.db.contact.create({
            data: {
              kind: 'CLIENT',
              lastName: name,
              email: `${name.toLowerCase()}@example.fr`,
              brandId: h.brands.a,
              zoneId: h.zones.north,
            },
          });
          if (contract === 'sale') {
            await h.t.db.sale.create({
              data: { contactId: contact.id, brandId: h.brands.a, saleDate: new Date(), channel: 'WEB', total: '1' },
            });
          } else if (contract !== 'none') {
            const status = contract === 'openCase' ? 'WAITING' : 'CLOSED';
            await h.t.db.serviceCase.create({
              data: {
                contactId: contact.id,
                reference: `P-${contact.id}`,
                subject: 's',
                category: 'QUESTION',
                status,
                openedAt: new Date(),
              },
            });
          }
          // Every hour boundary is at least an hour from t0; the checks below run seconds after it.
          const t0 = Date.now();
          const at = (hours: number) => new Date(t0 + hours * 3_600_000).toISOString();
          for (const d of history) {
            const verb =
              d.status === 'GRANTED' ? 'grantConsent' : d.status === 'DENIED' ? 'denyConsent' : 'withdrawConsent';
            const r = await h.as('ADMIN')(`mutation($input: ConsentInput!) { ${verb}(input: $input) { status } }`, {
              input: {
                contact: gid('Contact', contact.id),
                purpose: d.purpose,
                source: 'WEB_FORM',
                proof: 'form-1',
                effectiveFrom: at(d.from),
                effectiveTo: d.to === null ? null : at(d.to),
              },
            });
            expect(r.errors).toBeUndefined();
          }
          for (const purpose of codes) {
            const expected = oracle(history, purpose, 0.001, contract);
            seen.add(expected);
            const r = await h.as(tree[purpose]!.role, purpose)(
              `query($id: ID!, $search: String!) { node(id: $id) { ... on Contact { lastName } } contacts(first: 5, filter: { search: $search }) { totalCount } }`,
              { id: gid('Contact', contact.id), search: `${name.toLowerCase()}@example.fr` },
            );
            const shown = r.data.node.lastName === name;
            const found = r.data.contacts.totalCount === 1;
            if (shown !== expected || found !== expected) {
              throw new Error(
                `${purpose}: expected ${expected}, field ${shown}, filter ${found}, contract ${contract}, history ${JSON.stringify(history)}`,
              );
            }
            if (!expected) expect(r.errors?.[0]?.extensions.code).toBe('CONSENT_REQUIRED');
          }
        },
      ),
      { numRuns: 30 },
    );
    expect([...seen].sort()).toEqual([false, true]); // both outcomes were exercised
  });
});
