import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiHarness, gid, type ApiHarness } from '../../testing/api.js';
import { describeEachDatabase } from '../../testing/databases.js';

const list = `query($filter: ContactFilter) {
  contacts(first: 100, filter: $filter, orderBy: [{ field: ID }]) { totalCount edges { node { lastName } } } }`;

const names = (r: any) => r.data?.contacts.edges.map((e: any) => e.node.lastName);

describeEachDatabase('contacts list filters (ids, RFM segment, saved segment)', (provider) => {
  let h: ApiHarness;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
    const { a, b } = h.brands;
    const { north } = h.zones;
    for (const [lastName, brandId] of [
      ['Alpha', a],
      ['Bravo', a],
      ['Charlie', a],
      ['Delta', a],
      ['Other', b],
    ] as const) {
      ids[lastName] = (await h.t.db.contact.create({ data: { kind: 'CLIENT', lastName, brandId, zoneId: north } })).id;
      // Names are personal: every contact lets marketing and customer service read them (profiling consent is the
      // subject below; customer_service opens only contacts with a contract or a consent).
      await h.consent(ids[lastName]!, 'marketing');
      await h.consent(ids[lastName]!, 'customer_service');
    }
    // Scores. All-brands snapshots: an older one (Delta CHAMPIONS) and the latest completed one (Alpha and Bravo
    // CHAMPIONS, Charlie LOST); a newer RUNNING one that must be ignored. A brand-A snapshot where Charlie is CHAMPIONS.
    const db = h.t.db;
    const day = (d: string) => new Date(`${d}T00:00:00Z`);
    const snapshot = async (
      asOf: string,
      brandId: number | null,
      status: 'COMPLETED' | 'RUNNING',
      segments: Record<string, string>,
    ) => {
      const s = await db.scoreSnapshot.create({ data: { asOf: day(asOf), brandId, status } });
      for (const [name, segment] of Object.entries(segments)) {
        await db.contactScore.create({
          data: {
            snapshotId: s.id,
            contactId: ids[name]!,
            recencyDays: 1,
            frequency: 1,
            monetary: '30.00',
            grossMargin: '10.00',
            firstPurchaseAt: day('2025-01-01'),
            lastPurchaseAt: day('2026-01-01'),
            recencyScore: 3,
            frequencyScore: 3,
            monetaryScore: 3,
            segment: segment as never,
          },
        });
      }
    };
    await snapshot('2026-01-01', null, 'COMPLETED', { Delta: 'CHAMPIONS', Alpha: 'LOST' });
    await snapshot('2026-03-01', null, 'COMPLETED', { Alpha: 'CHAMPIONS', Bravo: 'CHAMPIONS', Charlie: 'LOST' });
    await snapshot('2026-04-01', null, 'RUNNING', { Charlie: 'CHAMPIONS', Delta: 'CHAMPIONS' });
    await snapshot('2026-03-01', a, 'COMPLETED', { Charlie: 'CHAMPIONS', Alpha: 'AT_RISK' });
    // Profiling consent: Alpha and Charlie; Bravo refused it; Delta never asked.
    await h.consent(ids.Alpha!, 'profiling');
    await h.consent(ids.Charlie!, 'profiling');
    await h.consent(ids.Bravo!, 'profiling', { status: 'DENIED' });

    // Saved segments: a static one (Bravo, Other), a dynamic one (brand A clients in RFM LOST of brand A: none, so
    // its criteria are "kind PROSPECT"), and one whose criteria name itself.
    const stat = await db.segment.create({
      data: { name: 'Static', kind: 'STATIC', criteria: { version: 1 }, frozenAt: new Date() },
    });
    for (const name of ['Bravo', 'Other'])
      await db.segmentMember.create({ data: { segmentId: stat.id, contactId: ids[name]! } });
    ids.static = stat.id;
    ids.dynamic = (
      await db.segment.create({ data: { name: 'Dyn', criteria: { version: 1, contact: { search: 'ha' } } } })
    ).id;
    const loop = await db.segment.create({ data: { name: 'Loop', criteria: { version: 1 } } });
    await db.segment.update({
      where: { id: loop.id },
      data: { criteria: { version: 1, contact: { segment: [{ typename: 'Segment', id: String(loop.id) }] } } },
    });
    ids.loop = loop.id;
    ids.brandB = (
      await db.segment.create({ data: { name: 'B only', brandId: b, kind: 'STATIC', criteria: { version: 1 } } })
    ).id;
  });
  afterAll(() => h?.drop());

  describe('ids', () => {
    it('lists only the given contacts, within the caller rights', async () => {
      const filter = { ids: [gid('Contact', ids.Bravo!), gid('Contact', ids.Delta!), gid('Contact', ids.Other!)] };
      expect(names(await h.as('ADMIN')(list, { filter }))).toEqual(['Bravo', 'Delta', 'Other']);
      // A brand-A user asking for a brand-B contact by id does not get it.
      const r = await h.as('MARKETING')(list, { filter });
      expect(r.errors).toBeUndefined();
      expect(names(r)).toEqual(['Bravo', 'Delta']);
      expect(r.data.contacts.totalCount).toBe(2);
    });

    it('combines with the other conditions and an empty list matches nothing', async () => {
      const both = await h.as('ADMIN')(list, {
        filter: { ids: [gid('Contact', ids.Alpha!), gid('Contact', ids.Other!)], brand: [gid('Brand', h.brands.b)] },
      });
      expect(names(both)).toEqual(['Other']);
      const none = await h.as('ADMIN')(list, { filter: { ids: [] } });
      expect(none.data.contacts.totalCount).toBe(0);
    });

    it('rejects an id of another type as VALIDATION on its path', async () => {
      const r = await h.as('ADMIN')(list, { filter: { ids: [gid('Contact', ids.Alpha!), gid('Brand', h.brands.a)] } });
      expect(r.errors?.[0]?.extensions).toMatchObject({
        code: 'VALIDATION',
        fields: [{ path: ['filter', 'ids', '1'] }],
      });
    });
  });

  describe('rfmSegment', () => {
    it('reads the latest completed all-brands snapshot and matches only contacts consenting to profiling', async () => {
      const r = await h.as('ADMIN')(list, { filter: { rfmSegment: ['CHAMPIONS'] } });
      expect(r.errors).toBeUndefined();
      // Bravo is CHAMPIONS too but refused profiling; Delta was CHAMPIONS in an older snapshot, and in a RUNNING one.
      expect(names(r)).toEqual(['Alpha']);
      expect(r.data.contacts.totalCount).toBe(1);
      expect(names(await h.as('ADMIN')(list, { filter: { rfmSegment: ['LOST', 'CHAMPIONS'] } }))).toEqual([
        'Alpha',
        'Charlie',
      ]);
    });

    it('matches the profiling consent whatever purpose the request declares', async () => {
      // MARKETING declares `marketing`: every contact consents to it, only Alpha and Charlie to profiling.
      const r = await h.as('MARKETING')(list, {
        filter: { rfmSegment: ['CHAMPIONS', 'AT_RISK'], rfmBrand: gid('Brand', h.brands.a) },
      });
      expect(r.errors).toBeUndefined();
      expect(names(r)).toEqual(['Alpha', 'Charlie']);
      // A profiling consent withdrawn later hides the contact from the filter too.
      await h.consent(ids.Charlie!, 'profiling', { status: 'WITHDRAWN', from: new Date('2021-01-01T00:00:00Z') });
      const after = await h.as('MARKETING')(list, {
        filter: { rfmSegment: ['CHAMPIONS'], rfmBrand: gid('Brand', h.brands.a) },
      });
      expect(names(after)).toEqual([]);
      await h.consent(ids.Charlie!, 'profiling');
    });

    it('uses only snapshots the caller may see: the all-brands one is the admin’s, else the caller’s brand', async () => {
      // MARKETING has brand A alone: without rfmBrand it reads brand A's snapshot (Charlie CHAMPIONS), never the
      // all-brands one (Alpha CHAMPIONS). Before, it looked for the all-brands one, found none it may read, and
      // silently matched nobody.
      const r = await h.as('MARKETING')(list, { filter: { rfmSegment: ['CHAMPIONS'] } });
      expect(r.errors).toBeUndefined();
      expect(names(r)).toEqual(['Charlie']);
      const brandB = await h.as('MARKETING')(list, {
        filter: { rfmSegment: ['CHAMPIONS'], rfmBrand: gid('Brand', h.brands.b) },
      });
      expect(brandB.data.contacts.totalCount).toBe(0);
    });

    it('is refused to roles without analytics (FORBIDDEN) and rejects a bad brand id (VALIDATION)', async () => {
      const sales = await h.as('SALES')(list, { filter: { rfmSegment: ['CHAMPIONS'] } });
      expect(sales.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      const bad = await h.as('ADMIN')(list, {
        filter: { rfmSegment: ['CHAMPIONS'], rfmBrand: gid('Zone', h.zones.north) },
      });
      expect(bad.errors?.[0]?.extensions).toMatchObject({
        code: 'VALIDATION',
        fields: [{ path: ['filter', 'rfmBrand', '0'] }],
      });
    });
  });

  describe('segment', () => {
    it('lists the members of a static segment within the caller rights, and of a dynamic one evaluated now', async () => {
      expect(names(await h.as('ADMIN')(list, { filter: { segment: [gid('Segment', ids.static!)] } }))).toEqual([
        'Bravo',
        'Other',
      ]);
      expect(names(await h.as('MARKETING')(list, { filter: { segment: [gid('Segment', ids.static!)] } }))).toEqual([
        'Bravo',
      ]);
      // "ha": Alpha and Charlie.
      const both = await h.as('ADMIN')(list, {
        filter: { segment: [gid('Segment', ids.static!), gid('Segment', ids.dynamic!)] },
      });
      expect(names(both)).toEqual(['Alpha', 'Bravo', 'Charlie', 'Other']);
      const and = await h.as('ADMIN')(list, {
        filter: { segment: [gid('Segment', ids.dynamic!)], ids: [gid('Contact', ids.Charlie!)] },
      });
      expect(names(and)).toEqual(['Charlie']);
    });

    it('answers NOT_FOUND for a segment of another brand, VALIDATION for a segment that contains itself', async () => {
      const other = await h.as('MARKETING')(list, { filter: { segment: [gid('Segment', ids.brandB!)] } });
      expect(other.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
      const loop = await h.as('ADMIN')(list, { filter: { segment: [gid('Segment', ids.loop!)] } });
      expect(loop.errors?.[0]?.extensions.code).toBe('VALIDATION');
    });
  });
});
