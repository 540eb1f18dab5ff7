/**
 * The boundary policy on the API (issue 15): every input range-checked before a service sees it. Dates are real
 * calendar dates within 1900-2100, quantities and counts bounded, texts bounded per field and free of control
 * characters and lone surrogates. Each refusal is VALIDATION with the path of each bad value, and writes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiHarness, gid, type ApiHarness, type GqlResult } from '../../testing/api.js';
import { describeEachDatabase } from '../../testing/databases.js';

const codes = (r: GqlResult) => r.errors?.map((e) => e.extensions.code);
const paths = (r: GqlResult) =>
  r.errors?.[0]?.extensions.fields?.map((f: { path: string[] }) => f.path.join('.')).sort();

const recordSale = `mutation($input: SaleInput!) { recordSale(input: $input) { id saleDate } }`;
const createContact = `mutation($input: ContactInput!) { createContact(input: $input) { id } }`;
const createActivity = `mutation($input: ActivityInput!) { createActivity(input: $input) { id body } }`;

describeEachDatabase('input boundary', (provider) => {
  let h: ApiHarness;
  let buyer: number;

  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
    const category = await h.t.db.productCategory.create({ data: { code: 'C', name: 'Category' } });
    await h.t.db.product.create({ data: { code: 'P', name: 'Product', categoryId: category.id, listPrice: '10.00' } });
    buyer = (
      await h.t.db.contact.create({
        data: { kind: 'CLIENT', lastName: 'Buyer', brandId: h.brands.a, zoneId: h.zones.north },
      })
    ).id;
  });
  afterAll(() => h?.drop());

  const sale = (saleDate: string, line: Record<string, unknown> = {}) => ({
    contact: gid('Contact', buyer),
    saleDate,
    channel: 'STORE',
    lines: [{ productCode: 'P', quantity: 1, ...line }],
  });
  const contact = (fields: Record<string, unknown>) => ({
    kind: 'CLIENT',
    lastName: 'Durand',
    brand: gid('Brand', h.brands.a),
    zone: gid('Zone', h.zones.north),
    ...fields,
  });
  /** Runs `request` and checks it changed no sale, sale line, contact or activity. */
  const writesNothing = async (request: () => Promise<GqlResult>) => {
    const counts = () =>
      Promise.all([h.t.db.sale.count(), h.t.db.saleLine.count(), h.t.db.contact.count(), h.t.db.activity.count()]);
    const before = await counts();
    const r = await request();
    expect(await counts()).toEqual(before);
    return r;
  };

  describe('dates', () => {
    it('refuses a date that is not on the calendar instead of rolling it over (2026-02-30 is not 2 March)', async () => {
      for (const saleDate of [
        '2026-02-30T10:00:00Z',
        '2026-02-29',
        '2026-04-31T00:00:00.000Z',
        '2026-13-01T00:00:00Z',
        '2026-01-01T24:00:00Z',
      ]) {
        const r = await writesNothing(() => h.as('ADMIN')(recordSale, { input: sale(saleDate) }));
        expect(codes(r), saleDate).toEqual(['VALIDATION']);
        expect(paths(r), saleDate).toEqual(['input.saleDate']);
      }
    });

    it('refuses years outside 1900-2100: 0001, 1899, 2101, 9999, 275760', async () => {
      for (const saleDate of [
        '0001-01-01T00:00:00.000Z',
        '1899-12-31T23:59:59.999Z',
        '2101-01-01T00:00:00Z',
        '9999-12-31T00:00:00Z',
        '+275760-09-13T00:00:00.000Z',
      ]) {
        const r = await writesNothing(() => h.as('ADMIN')(recordSale, { input: sale(saleDate) }));
        expect(codes(r), saleDate).toEqual(['VALIDATION']);
        expect(paths(r), saleDate).toEqual(['input.saleDate']);
      }
    });

    it('refuses the same values written inline in the query, at the same path', async () => {
      const r = await writesNothing(() =>
        h.as('ADMIN')(
          `mutation($c: ID!) { recordSale(input: { contact: $c, saleDate: "2026-02-30T10:00:00Z", channel: STORE, lines: [{ productCode: "P", quantity: 1 }] }) { id } }`,
          { c: gid('Contact', buyer) },
        ),
      );
      expect(codes(r)).toEqual(['VALIDATION']);
      expect(paths(r)).toEqual(['input.saleDate']);
    });

    it('accepts real dates at both ends of the window, with or without an offset', async () => {
      for (const [saleDate, stored] of [
        ['2024-02-29', '2024-02-29T00:00:00.000Z'],
        ['1900-01-01T00:00:00Z', '1900-01-01T00:00:00.000Z'],
        ['2100-12-31T23:59:59.999Z', '2100-12-31T23:59:59.999Z'],
        ['2026-03-01T10:00:00+01:00', '2026-03-01T09:00:00.000Z'],
      ]) {
        const r = await h.as('ADMIN')(recordSale, { input: sale(saleDate!) });
        expect(r.errors, saleDate).toBeUndefined();
        expect(r.data.recordSale.saleDate).toBe(stored);
      }
    });
  });

  describe('quantities and amounts', () => {
    it('bounds a line quantity to 100,000 and an amount to Decimal(12, 2)', async () => {
      const huge = await writesNothing(() =>
        h.as('ADMIN')(recordSale, { input: sale('2026-03-01T10:00:00Z', { quantity: 2_147_483_647 }) }),
      );
      expect(codes(huge)).toEqual(['VALIDATION']);
      expect(paths(huge)).toEqual(['input.lines.0.quantity']);
      const price = await writesNothing(() =>
        h.as('ADMIN')(recordSale, { input: sale('2026-03-01T10:00:00Z', { unitPrice: '99999999999.00' }) }),
      );
      expect(paths(price)).toEqual(['input.lines.0.unitPrice']);
      const potential = await writesNothing(() =>
        h.as('ADMIN')(createContact, { input: contact({ estimatedPotential: '123456789012.00' }) }),
      );
      expect(codes(potential)).toEqual(['VALIDATION']);
      expect(paths(potential)).toEqual(['input.estimatedPotential']);
      const ok = await h.as('ADMIN')(recordSale, { input: sale('2026-03-01T10:00:00Z', { quantity: 100_000 }) });
      expect(ok.errors).toBeUndefined();
    });

    it('refuses a malformed or absurdly long decimal at its path, in inputs and filters alike', async () => {
      const letters = await writesNothing(() =>
        h.as('ADMIN')(recordSale, { input: sale('2026-03-01T10:00:00Z', { unitPrice: '12,50' }) }),
      );
      expect(codes(letters)).toEqual(['VALIDATION']);
      expect(paths(letters)).toEqual(['input.lines.0.unitPrice']);
      const q = `query($f: SaleFilter) { sales(first: 5, filter: $f) { totalCount } }`;
      const long = await h.as('ADMIN')(q, { f: { total: { min: '9'.repeat(200_000) } } });
      expect(codes(long)).toEqual(['VALIDATION']);
      expect(paths(long)).toEqual(['filter.total.min']);
      const inline = await h.as('ADMIN')(`{ sales(first: 5, filter: { total: { max: "1e9" } }) { totalCount } }`);
      expect(codes(inline)).toEqual(['VALIDATION']);
      expect(paths(inline)).toEqual(['filter.total.max']);
    });

    it('refuses a sale whose derived total would not fit Decimal(12, 2), though each value does', async () => {
      const r = await writesNothing(() =>
        h.as('ADMIN')(recordSale, {
          input: sale('2026-03-01T10:00:00Z', { quantity: 100_000, unitPrice: '9999999999.99' }),
        }),
      );
      expect(codes(r)).toEqual(['VALIDATION']);
      expect(paths(r)).toEqual(['input.lines']);
      const ok = (
        await h.as('ADMIN')(`mutation($input: SaleInput!) { recordSale(input: $input) { id version } }`, {
          input: sale('2026-03-01T10:00:00Z'),
        })
      ).data.recordSale;
      const patch = await h.as('ADMIN')(
        `mutation($id: ID!, $v: Int!, $input: SalePatch!) { updateSale(id: $id, version: $v, input: $input) { version } }`,
        {
          id: ok.id,
          v: ok.version,
          input: { lines: [{ productCode: 'P', quantity: 2, unitPrice: '9999999999.99' }] },
        },
      );
      expect(codes(patch)).toEqual(['VALIDATION']);
      expect(paths(patch)).toEqual(['input.lines']);
    });
  });

  describe('text', () => {
    it('bounds each field to its own length: a 200 KB job title is refused, 150 characters are not', async () => {
      const long = await writesNothing(() =>
        h.as('ADMIN')(createContact, { input: contact({ jobTitle: 'x'.repeat(200_000) }) }),
      );
      expect(codes(long)).toEqual(['VALIDATION']);
      expect(paths(long)).toEqual(['input.jobTitle']);
      expect(long.errors?.[0]?.extensions.fields?.[0]?.message).toBe('at most 150 characters');
      const email = await writesNothing(() =>
        h.as('ADMIN')(createContact, { input: contact({ email: `${'a'.repeat(250)}@x.fr` }) }),
      );
      expect(paths(email)).toEqual(['input.email']);
      const fits = await h.as('ADMIN')(createContact, { input: contact({ jobTitle: 'y'.repeat(150) }) });
      expect(fits.errors).toBeUndefined();
      expect(await h.t.db.contact.count({ where: { jobTitle: 'y'.repeat(150) } })).toBe(1);
    });

    it('refuses NUL and other control characters, line breaks in one-line fields, and lone surrogates, all at once', async () => {
      const r = await writesNothing(() =>
        h.as('ADMIN')(createContact, {
          input: contact({
            lastName: 'Dur\u0000and',
            firstName: 'Jean\nPierre',
            city: 'Paris\u001b[31m',
            companyName: 'Acme \uD800 SA',
            jobTitle: 'Chef \u0085',
          }),
        }),
      );
      expect(codes(r)).toEqual(['VALIDATION']);
      expect(paths(r)).toEqual([
        'input.city',
        'input.companyName',
        'input.firstName',
        'input.jobTitle',
        'input.lastName',
      ]);
      // A well-formed pair of surrogates is one character (an emoji), not invalid Unicode.
      const emoji = await h.as('ADMIN')(createContact, { input: contact({ companyName: 'Acme \uD83D\uDE00 SA' }) });
      expect(emoji.errors).toBeUndefined();
      expect(await h.t.db.contact.count({ where: { companyName: 'Acme \uD83D\uDE00 SA' } })).toBe(1);
    });

    it('lets multi-line free text keep its tabs and line breaks, but not other control characters', async () => {
      const base = {
        contact: gid('Contact', buyer),
        type: 'NOTE',
        occurredAt: '2026-03-01T10:00:00Z',
        subject: 'Visit',
      };
      const ok = await h.as('ADMIN')(createActivity, { input: { ...base, body: 'Line one\n\tLine two\r\nEnd' } });
      expect(ok.errors).toBeUndefined();
      expect(ok.data.createActivity.body).toBe('Line one\n\tLine two\r\nEnd');
      const bad = await writesNothing(() =>
        h.as('ADMIN')(createActivity, { input: { ...base, body: 'Line\u0000one', subject: 'Two\nlines' } }),
      );
      expect(codes(bad)).toEqual(['VALIDATION']);
      expect(paths(bad)).toEqual(['input.body', 'input.subject']);
    });

    it('applies to every String argument, filters included', async () => {
      const q = `query($filter: ContactFilter) { contacts(first: 5, filter: $filter) { totalCount } }`;
      const nul = await h.as('ADMIN')(q, { filter: { search: 'a\u0000b' } });
      expect(codes(nul)).toEqual(['VALIDATION']);
      expect(paths(nul)).toEqual(['filter.search']);
      const long = await h.as('ADMIN')(q, { filter: { search: 'x'.repeat(50_001) } });
      expect(codes(long)).toEqual(['VALIDATION']);
      expect(paths(long)).toEqual(['filter.search']);
    });

    it('answers the access error, not VALIDATION, to a caller who may not use the field at all', async () => {
      const anonymous = await h.anonymous(createContact, { input: contact({ lastName: 'a\u0000b' }) });
      expect(codes(anonymous)).toEqual(['UNAUTHENTICATED']);
      const analyst = await h.as('ANALYST')(createContact, { input: contact({ lastName: 'a\u0000b' }) });
      expect(codes(analyst)).toEqual(['FORBIDDEN']);
    });
  });
});
