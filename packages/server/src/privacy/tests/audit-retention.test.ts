import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, describeEachDatabase, type TestDatabase } from '../../testing/databases.js';
import { auditRetentionDays, auditRetentionJob } from '../audit/audit-retention.job.js';
import { systemContext } from '../access/system.js';

describeEachDatabase('audit retention', (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
  });
  afterAll(() => t?.drop());

  it('deletes the entries older than the retention period and keeps the rest', async () => {
    const now = new Date('2026-12-01T00:00:00Z');
    const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);
    const entry = (at: Date, entityId: string) => ({
      at,
      actorType: 'SYSTEM' as const,
      operation: 'READ' as const,
      entity: 'Contact',
      entityId,
      outcome: 'ALLOWED' as const,
    });
    await t.db.auditLog.createMany({
      data: [entry(daysAgo(400), 'old'), entry(daysAgo(366), 'older-than-a-year'), entry(daysAgo(364), 'recent')],
    });
    await auditRetentionJob.run(t.db, provider, now, systemContext(t.db, provider, 'job:audit-retention', { now }));
    const left = await t.db.auditLog.findMany({ where: { entity: 'Contact' }, select: { entityId: true } });
    expect(left.map((r) => r.entityId)).toEqual(['recent']);
  });

  it('reads its period from the environment and refuses an absurd one', () => {
    expect(auditRetentionDays({})).toBe(365);
    expect(auditRetentionDays({ FIDELE_AUDIT_RETENTION_DAYS: '180' })).toBe(180);
    for (const bad of ['7', '-1', '1.5', 'forever', '99999'])
      expect(() => auditRetentionDays({ FIDELE_AUDIT_RETENTION_DAYS: bad }), bad).toThrow(/30 to 36500/);
  });
});
