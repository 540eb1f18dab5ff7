/**
 * `fidele sales:reattribute`: the command applies the attribution rule to a period of an SQLite database, prints
 * what changed as JSON, changes nothing the second time, and refuses bad flags with exit code 2.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../testing/databases.js';

const root = path.resolve(import.meta.dirname, '../../../../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');

describe('fidele sales:reattribute', () => {
  let t: TestDatabase;
  let saleId: number;
  let actionId: number;
  const cli = (args: string[]) => {
    const r = spawnSync(tsx, ['packages/server/src/platform/cli.ts', 'sales:reattribute', ...args], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: t.target.url },
    });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };

  beforeAll(async () => {
    t = await createTestDatabase('sqlite');
    const db = t.db;
    const brand = await db.brand.create({ data: { code: 'A', name: 'A' } });
    const purpose = await db.purpose.create({ data: { code: 'marketing', name: 'marketing', legalBasis: 'CONSENT' } });
    const zone = await db.zone.create({ data: { code: 'N', name: 'N' } });
    const contact = await db.contact.create({
      data: { kind: 'CLIENT', lastName: 'Cli', brandId: brand.id, zoneId: zone.id },
    });
    actionId = (
      await db.marketingAction.create({
        data: {
          code: 'X',
          name: 'X',
          objective: 'LOYALTY',
          medium: 'EMAIL',
          startDate: new Date('2026-01-01'),
          endDate: new Date('2026-12-31'),
          requiredPurposeId: purpose.id,
          brandId: brand.id,
          attributionWindowDays: 10,
        },
      })
    ).id;
    await db.actionTarget.create({
      data: { actionId, contactId: contact.id, targetedAt: new Date('2026-03-01T09:00:00Z') },
    });
    // Inside the 10 days; written without attribution, as a sale recorded before the targeting was known.
    saleId = (
      await db.sale.create({
        data: {
          contactId: contact.id,
          brandId: brand.id,
          saleDate: new Date('2026-03-05T10:00:00Z'),
          channel: 'WEB',
          total: '20.00',
        },
      })
    ).id;
    await db.sale.create({
      data: {
        contactId: contact.id,
        brandId: brand.id,
        saleDate: new Date('2026-03-20T10:00:00Z'),
        channel: 'WEB',
        total: '20.00',
      },
    });
  });
  afterAll(() => t?.drop());

  it('re-attributes the period and is idempotent', async () => {
    const first = cli(['--from', '2026-03-01', '--to', '2026-04-01']);
    expect(first.code).toBe(0);
    // Two sales; the one of 03-05 falls in X's 10 days, the one of 03-20 does not.
    expect(JSON.parse(first.out)).toEqual({ sales: 2, attributed: 1, changed: 1 });
    expect((await t.db.sale.findUniqueOrThrow({ where: { id: saleId } })).attributedActionId).toBe(actionId);
    expect(JSON.parse(cli(['--from', '2026-03-01', '--to', '2026-04-01', '--brand', 'A']).out)).toEqual({
      sales: 2,
      attributed: 1,
      changed: 0,
    });
  });

  it('refuses missing or bad flags with exit code 2', () => {
    expect(cli(['--from', '2026-03-01'])).toMatchObject({ code: 2 });
    const bad = cli(['--from', '2026-03-01', '--to', '2026-02-30x']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--to must be a date YYYY-MM-DD');
    expect(cli(['--from', '2026-04-01', '--to', '2026-03-01']).err).toContain('--to must come after --from');
    expect(cli(['--from', '2026-03-01', '--to', '2026-04-01', '--brand', 'NOPE']).err).toContain(
      'unknown brand "NOPE"',
    );
  });
});
