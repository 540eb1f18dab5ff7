import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, describeEachDatabase, type TestDatabase } from '../../testing/databases.js';
import { applyMigrations } from '../../kernel/db/migrate.js';
import { createDb, type Db } from '../../kernel/db/client.js';
import { cachedPurposes } from '../consent/purpose.service.js';

describeEachDatabase('purpose tree cache', (provider) => {
  let t: TestDatabase;
  let db: Db;
  let reads = 0;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await applyMigrations(t.target);
    db = createDb(t.target, { onStatement: (sql) => void (/^SELECT[\s\S]*Purpose/.test(sql) && reads++) });
    await db.purpose.create({ data: { code: 'marketing', name: 'Marketing', legalBasis: 'CONSENT' } });
  });
  afterAll(async () => {
    await db?.$disconnect();
    await t?.drop();
  });

  it('reads the tree once for concurrent and later requests within its period', async () => {
    reads = 0;
    const purposes = cachedPurposes(db, 60_000);
    const answers = await Promise.all([purposes(), purposes(), purposes()]);
    await purposes();
    expect(reads).toBe(1);
    expect(answers.map((rows) => rows.map((p) => p.code))).toEqual([['marketing'], ['marketing'], ['marketing']]);
  });

  it('reads it again once its period is over, and sees a purpose deactivated meanwhile', async () => {
    reads = 0;
    const purposes = cachedPurposes(db, 0);
    expect((await purposes()).map((p) => p.code)).toEqual(['marketing']);
    await db.purpose.update({ where: { code: 'marketing' }, data: { active: false } });
    expect(await purposes()).toEqual([]);
    expect(reads).toBe(2);
    await db.purpose.update({ where: { code: 'marketing' }, data: { active: true } });
  });

  it('does not keep a failed read', async () => {
    let calls = 0;
    const flaky = {
      purpose: {
        findMany: () => (++calls === 1 ? Promise.reject(new Error('connection reset')) : Promise.resolve([])),
      },
    } as unknown as Db;
    const purposes = cachedPurposes(flaky, 60_000);
    await expect(purposes()).rejects.toThrow('connection reset');
    await expect(purposes()).resolves.toEqual([]);
    expect(calls).toBe(2);
  });
});
