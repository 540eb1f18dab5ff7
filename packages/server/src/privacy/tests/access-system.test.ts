/**
 * The system principal (issue 14, ACCESS.md "how to run as the system"): every registered job and every data
 * command of the `fidele` CLI runs under `systemContext(db, provider, '<kind>:<name>')` and leaves one audit row
 * per run, actorType SYSTEM with its reason, whatever the outcome. Both databases.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { type OperationDefinitionNode, parse } from 'graphql';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ApiError } from '../../kernel/errors.js';
import { jobs } from '../../platform/jobs/registry.js';
import type { Job } from '../../kernel/job.js';
import { runJob } from '../../platform/jobs/scheduler.js';
import { auditActor, systemContext } from '../access/system.js';
import { AuditRecorder } from '../../kernel/audit-recorder.js';
import { auditRows } from '../audit/use-audit-log.js';
import { createTestDatabase, describeEachDatabase, type TestDatabase } from '../../testing/databases.js';

const root = path.resolve(import.meta.dirname, '../../../../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');
const NOW = new Date('2026-06-15T12:00:00Z');

describeEachDatabase('access: the system principal in jobs and commands', (provider) => {
  let t: TestDatabase;
  const cli = (args: string[]) => {
    const r = spawnSync(tsx, ['packages/server/src/platform/cli.ts', ...args], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: t.target.url },
    });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };
  const runs = (reason: string) =>
    t.db.auditLog.findMany({
      where: { systemReason: reason },
      orderBy: { id: 'asc' },
      select: {
        actorType: true,
        actorUserId: true,
        apiKeyId: true,
        systemReason: true,
        operation: true,
        operationName: true,
        entity: true,
        entityId: true,
        outcome: true,
        errorCode: true,
      },
    });

  beforeAll(async () => {
    t = await createTestDatabase(provider);
  });
  afterAll(() => t?.drop());

  it('runs each registered job under job:<name> and audits the run as the system', async () => {
    // Every job of the registry, whatever is added to it later; these at least.
    expect(jobs.map((j) => j.name)).toEqual(expect.arrayContaining(['reminders', 'sequences', 'triggers']));
    for (const job of jobs) await runJob(job, t.db, provider, NOW);
    for (const job of jobs) {
      expect(await runs(`job:${job.name}`), job.name).toEqual([
        {
          actorType: 'SYSTEM',
          actorUserId: null,
          apiKeyId: null,
          systemReason: `job:${job.name}`,
          operation: 'UPDATE',
          operationName: `job:${job.name}`,
          entity: 'Job',
          entityId: job.name,
          outcome: 'ALLOWED',
          errorCode: null,
        },
      ]);
    }
  });

  it('hands each job its own system context, at the run instant', async () => {
    const seen: { kind: string | undefined; reason: string | undefined; now: Date }[] = [];
    const probe: Job = {
      name: 'probe',
      everyMs: 1000,
      run: async (_db, _provider, _now, ctx) => {
        seen.push({
          kind: ctx.principal?.kind,
          reason: ctx.principal?.kind === 'system' ? ctx.principal.reason : undefined,
          now: ctx.now,
        });
      },
    };
    await runJob(probe, t.db, provider, NOW);
    expect(seen).toEqual([{ kind: 'system', reason: 'job:probe', now: NOW }]);
  });

  it('audits a failed run as FAILED with the error code, and still throws', async () => {
    const failing: Job = {
      name: 'failing',
      everyMs: 1000,
      run: async () => {
        throw new ApiError('CONFLICT', 'someone else holds the lock');
      },
    };
    await expect(runJob(failing, t.db, provider, NOW)).rejects.toThrow('someone else holds the lock');
    expect(await runs('job:failing')).toEqual([
      expect.objectContaining({ actorType: 'SYSTEM', outcome: 'FAILED', errorCode: 'CONFLICT' }),
    ]);
  });

  it('runs a CLI command under cli:<command>, and `jobs:run` each job under job:<name>', async () => {
    const reattribute = cli(['sales:reattribute', '--from', '2026-03-01', '--to', '2026-04-01']);
    expect(reattribute.code, reattribute.err).toBe(0);
    expect(await runs('cli:sales:reattribute')).toEqual([
      {
        actorType: 'SYSTEM',
        actorUserId: null,
        apiKeyId: null,
        systemReason: 'cli:sales:reattribute',
        operation: 'UPDATE',
        operationName: 'cli:sales:reattribute',
        entity: 'Command',
        entityId: 'sales:reattribute',
        outcome: 'ALLOWED',
        errorCode: null,
      },
    ]);
    const before = (await runs('job:reminders')).length;
    const run = cli(['jobs:run', 'reminders']);
    expect(run.code, run.err).toBe(0);
    expect(await runs('job:reminders')).toHaveLength(before + 1);
  });

  it('audits the seed command, the refused second seed as FAILED', async () => {
    const seeded = cli(['seed', '--contacts', '5']);
    expect(seeded.code, seeded.err).toBe(0);
    const refused = cli(['seed', '--contacts', '5']);
    expect(refused.code).toBe(1);
    expect((await runs('cli:seed')).map((r) => [r.actorType, r.entity, r.entityId, r.outcome])).toEqual([
      ['SYSTEM', 'Command', 'seed', 'ALLOWED'],
      ['SYSTEM', 'Command', 'seed', 'FAILED'],
    ]);
  });

  it('names the system and the staff user it acts for in the audit columns', () => {
    expect(auditActor(systemContext(t.db, provider, 'mutation:runTriggers', { onBehalfOf: 7 }))).toEqual({
      actorType: 'SYSTEM',
      actorUserId: 7,
      apiKeyId: null,
      systemReason: 'mutation:runTriggers',
    });
  });

  it("writes the audit plugin's rows of system work as SYSTEM with the reason", () => {
    const ctx = systemContext(t.db, provider, 'integration:inbound-sales', { now: NOW });
    const recorder = new AuditRecorder();
    recorder.read('Contact', 3, 'email', true);
    const operation = parse('mutation { recordSale(input: { contact: "Q29udGFjdDoz" }) { id } }')
      .definitions[0] as OperationDefinitionNode;
    const rows = auditRows(
      ctx,
      recorder,
      operation,
      {},
      { data: { recordSale: { id: 'U2FsZTox' } } },
      () => 'Sale',
      () => 'CREATE',
    );
    expect(rows.map((r) => [r.operation, r.actorType, r.actorUserId, r.apiKeyId, r.systemReason])).toEqual([
      ['READ', 'SYSTEM', null, null, 'integration:inbound-sales'],
      ['CREATE', 'SYSTEM', null, null, 'integration:inbound-sales'],
    ]);
  });
});
