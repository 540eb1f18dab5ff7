/**
 * The send job's schedule, on both databases, with a real SMTP server and a fake clock (time moves only when the
 * job waits, so throttling and backoff are asserted by the instants recorded, never by wall-clock timing):
 * batches at the action's rate; 451 answers retried with exponential backoff until accepted; 550 failed at once;
 * MAX_ATTEMPTS after the last retry; a run that stops hands over and the next goes on with what is left; the
 * in-process runner resumes unfinished sends at start; and the PostgreSQL runner (pg-boss) runs the queue.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InProcessRunner } from '../../kernel/job-runner.js';
import type { JobControl, QueueHandler } from '../../kernel/job.js';
import { createApiHarness, type ApiHarness } from '../../testing/api.js';
import { describeEachDatabase } from '../../testing/databases.js';
import { PgBossRunner } from '../../platform/jobs/pg-boss-runner.js';
import { jobSettings } from '../../platform/jobs/settings.js';
import type { ChannelAdapter } from '../channels/channel.js';
import { runSend, sendQueue, sendQueueName, sendJobKey } from '../sending/send.job.js';
import { batchPlan } from '../sending/send.throttle.js';
import { fakeClock, startSmtp, smtpAdapter, world, type TestSmtp } from './sending-fixture.js';

const send = { maxAttempts: 4, retryBaseMs: 60_000 };

/** A run's control that never pauses (or pauses after `pauseAfter` asks), recording progress and hand-overs. */
function control(pauseAfter = Infinity) {
  let asked = 0;
  const c = {
    progress: [] as [number, number][],
    handedOver: 0,
    shouldPause: () => ++asked > pauseAfter,
    continueLater: async () => {
      c.handedOver++;
    },
  };
  return c as typeof c & Pick<JobControl, 'shouldPause' | 'continueLater' | 'progress'>;
}
const withProgress = (c: ReturnType<typeof control>) => ({
  ...c,
  progress: (d: number, t: number) => c.progress.push([d, t]),
});

/** Creates the QUEUED deliveries of every target of the action, as sendAction does (without enqueueing). */
async function queueAll(h: ApiHarness, actionId: number) {
  const targets = await h.t.db.actionTarget.findMany({
    where: { actionId, inControlGroup: false, untargeted: false },
    orderBy: { id: 'asc' },
  });
  await h.t.db.messageDelivery.createMany({
    data: targets.map((t) => ({ actionId, contactId: t.contactId, targetId: t.id, medium: 'EMAIL' as const })),
  });
}

describe('batch plan', () => {
  it('sends about a second of messages per batch, never above the rate', () => {
    expect(batchPlan(120)).toEqual({ size: 2, windowMs: 1000 });
    expect(batchPlan(6)).toEqual({ size: 1, windowMs: 10_000 });
    expect(batchPlan(600)).toEqual({ size: 10, windowMs: 1000 });
    expect(batchPlan(600_000)).toEqual({ size: 100, windowMs: 10 });
  });
});

describeEachDatabase('send schedule', (provider) => {
  let h: ApiHarness;
  let smtp: TestSmtp;
  let adapter: ChannelAdapter;
  const env = () => ({ db: h.t.db, provider });
  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
    smtp = await startSmtp();
    adapter = smtpAdapter(smtp, h.t.db);
  });
  afterAll(async () => {
    await adapter?.close?.();
    await smtp?.close();
    await h?.drop();
  });

  it('sends in batches at the action rate: two a second at 120 a minute', async () => {
    const w = await world(h, `rate${provider}`, ['a1', 'a2', 'a3', 'a4', 'a5'], { ratePerMinute: 120 });
    await queueAll(h, w.actionId);
    const clock = fakeClock(new Date());
    const t0 = clock.at();
    const c = control();
    await runSend(env(), w.actionId, withProgress(c), { clock, adapter, send });
    const rows = await h.t.db.messageDelivery.findMany({ where: { actionId: w.actionId }, orderBy: { id: 'asc' } });
    expect(rows.map((r) => r.status)).toEqual(['SENT', 'SENT', 'SENT', 'SENT', 'SENT']);
    // Batches of two, one window (1 s) apart, in id order.
    expect(rows.map((r) => r.sentAt!.getTime() - t0)).toEqual([0, 0, 1000, 1000, 2000]);
    expect(c.progress.map(([done]) => done)).toEqual([2, 4, 5, 5]);
    expect(c.progress.every(([, total]) => total === 5)).toBe(true);
  });

  it('retries a 451 with exponential backoff until accepted, fails a 550 at once and gives up after the last attempt', async () => {
    const w = await world(h, `retry${provider}`, ['soft', 'hard', 'never', 'fine']);
    smtp.script.set(w.email('soft'), [451, 451]);
    smtp.script.set(w.email('hard'), [550]);
    smtp.script.set(w.email('never'), [451, 451, 451, 451, 451]);
    await queueAll(h, w.actionId);
    const clock = fakeClock(new Date());
    const t0 = clock.at();
    await runSend(env(), w.actionId, withProgress(control()), { clock, adapter, send });
    const rows = await h.t.db.messageDelivery.findMany({ where: { actionId: w.actionId } });
    const of = (name: string) => rows.find((r) => r.contactId === w.c[name])!;
    // 451, then 60 s later 451 again, then 120 s after that accepted: the third attempt.
    expect(of('soft')).toMatchObject({ status: 'SENT', attempts: 3, reason: null, nextAttemptAt: null });
    expect(of('soft').sentAt!.getTime() - t0).toBe(60_000 + 120_000);
    expect(of('hard')).toMatchObject({ status: 'FAILED', attempts: 1, reason: 'SMTP_550' });
    expect(of('hard').detail).not.toContain('@');
    // Four attempts (maxAttempts), 60 + 120 + 240 s apart, then FAILED.
    expect(of('never')).toMatchObject({ status: 'FAILED', attempts: 4, reason: 'MAX_ATTEMPTS', nextAttemptAt: null });
    expect(of('fine')).toMatchObject({ status: 'SENT', attempts: 1 });
    expect(smtp.attempts.get(w.email('soft'))).toBe(3);
    expect(smtp.attempts.get(w.email('hard'))).toBe(1);
    expect(smtp.attempts.get(w.email('never'))).toBe(4);
    expect(smtp.received.filter((r) => r.to === w.email('soft'))).toHaveLength(1);
    expect(clock.at() - t0).toBeGreaterThanOrEqual(60_000 + 120_000 + 240_000);
  });

  it('schedules the retry of a 451 at the backoff, and a run that pauses leaves the rest QUEUED for the next', async () => {
    const w = await world(h, `pause${provider}`, ['p1', 'p2', 'p3'], { ratePerMinute: 60 });
    smtp.script.set(w.email('p1'), [451]);
    await queueAll(h, w.actionId);
    const clock = fakeClock(new Date());
    const t0 = clock.at();
    // One batch (one message at 60 a minute), then the runner asks the run to stop.
    const first = control(1);
    await runSend(env(), w.actionId, withProgress(first), { clock, adapter, send });
    expect(first.handedOver).toBe(1);
    let rows = await h.t.db.messageDelivery.findMany({ where: { actionId: w.actionId }, orderBy: { id: 'asc' } });
    expect(rows.map((r) => [r.status, r.attempts])).toEqual([
      ['QUEUED', 1],
      ['QUEUED', 0],
      ['QUEUED', 0],
    ]);
    expect(rows[0]!.nextAttemptAt!.getTime() - t0).toBe(60_000);
    // The next run goes on with what is left, and comes back to p1 when its retry is due.
    await runSend(env(), w.actionId, withProgress(control()), { clock, adapter, send });
    rows = await h.t.db.messageDelivery.findMany({ where: { actionId: w.actionId }, orderBy: { id: 'asc' } });
    expect(rows.map((r) => [r.status, r.attempts])).toEqual([
      ['SENT', 2],
      ['SENT', 1],
      ['SENT', 1],
    ]);
    expect(rows[0]!.sentAt!.getTime() - t0).toBe(60_000);
    expect(smtp.received.filter((r) => r.to.endsWith(`pause${provider}@mail.test`))).toHaveLength(3);
  });

  it('the in-process runner resumes at start the sends a stopped process left unfinished', async () => {
    const w = await world(h, `resume${provider}`, ['r1', 'r2']);
    await queueAll(h, w.actionId);
    const handler: QueueHandler<{ actionId: number }> = {
      ...sendQueue,
      run: (p, c, e) => runSend(e, p.actionId, c, { clock: fakeClock(new Date()), adapter, send }),
    };
    expect(await sendQueue.unfinished!(env())).toContainEqual({
      payload: { actionId: w.actionId },
      singletonKey: sendJobKey(w.actionId),
    });
    const runner = new InProcessRunner(env(), async () => {}, { retryLimit: 1, retryDelayMs: 1, recover: true });
    runner.handle(handler as QueueHandler<never>);
    await runner.start();
    for (let i = 0; i < 300; i++) {
      if (!(await h.t.db.messageDelivery.count({ where: { actionId: w.actionId, status: 'QUEUED' } }))) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    await runner.stop();
    const rows = await h.t.db.messageDelivery.findMany({ where: { actionId: w.actionId } });
    expect(rows.map((r) => r.status)).toEqual(['SENT', 'SENT']);
  });
});

// PostgreSQL itself (pg-boss), whichever databases the describe-each suites run on: never skipped.
describe('send queue on the PostgreSQL runner (pg-boss) [postgresql]', () => {
  let h: ApiHarness;
  let smtp: TestSmtp;
  let adapter: ChannelAdapter;
  beforeAll(async () => {
    h = await createApiHarness('postgresql', { purposes: true });
    smtp = await startSmtp();
    adapter = smtpAdapter(smtp, h.t.db);
  });
  afterAll(async () => {
    await adapter?.close?.();
    await smtp?.close();
    await h?.drop();
  });

  it('runs an enqueued send to the end through pg-boss', async () => {
    const w = await world(h, 'boss', ['b1', 'b2', 'b3']);
    await queueAll(h, w.actionId);
    const env = { db: h.t.db, provider: 'postgresql' as const };
    const handler: QueueHandler<{ actionId: number }> = {
      ...sendQueue,
      run: (p, c, e) => runSend(e, p.actionId, c, { clock: fakeClock(new Date()), adapter, send }),
    };
    const runner = new PgBossRunner(env, h.t.target.url, { ...jobSettings(), pollSeconds: 1 }, async () => {});
    runner.handle(handler as QueueHandler<never>);
    await runner.start();
    try {
      await runner.enqueue(sendQueueName, { actionId: w.actionId }, { singletonKey: sendJobKey(w.actionId) });
      // Until the run has ended by itself: every delivery SENT is not enough, since a run stopped between its last
      // batch and its last look for more pauses (PAUSED, the rest enqueued), as a stop must.
      for (let i = 0; i < 600; i++) {
        if (await h.t.db.jobRun.count({ where: { name: sendQueueName, state: 'SUCCEEDED' } })) break;
        await new Promise((r) => setTimeout(r, 100));
      }
    } finally {
      await runner.stop();
    }
    const rows = await h.t.db.messageDelivery.findMany({ where: { actionId: w.actionId } });
    expect(rows.map((r) => r.status)).toEqual(['SENT', 'SENT', 'SENT']);
    const runs = await h.t.db.jobRun.findMany({ where: { name: sendQueueName } });
    expect(runs.map((r) => [r.state, r.key, r.progressDone, r.progressTotal])).toEqual([
      ['SUCCEEDED', sendJobKey(w.actionId), 3, 3],
    ]);
  });
});
