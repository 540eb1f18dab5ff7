/**
 * A send batch reads what it renders for all its contacts at once and records all their outcomes at once: the SQL
 * statements of a batch depend on the shape of the action, not on the number of contacts (the send bench measured
 * four statements per message before, most of a send's database time). The same batch of 5 and of 50 deliveries,
 * each with a contact who withdrew consent since targeting (SKIPPED) among the sent, runs the same statements.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApiHarness, type ApiHarness } from '../../testing/api.js';
import { describeEachDatabase } from '../../testing/databases.js';
import type { ChannelAdapter } from '../channels/channel.js';
import { runSend } from '../sending/send.job.js';
import { fakeClock, world } from './sending-fixture.js';

process.env.FIDELE_PUBLIC_URL = 'https://fidele.example';

/** An adapter that accepts every message at once: the test counts the database's statements, not the network's. */
const accepting: ChannelAdapter = {
  media: ['EMAIL', 'NEWSLETTER'],
  send: async (m) => ({ providerMessageId: m.headers?.['Message-ID'] ?? m.to, detail: '250 accepted' }),
};

describeEachDatabase('statements of a send batch', (provider) => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
  });
  afterAll(async () => {
    await h?.drop();
  });

  /** Statements of a run that sends `n` contacts in one batch (one of them withdrew consent: SKIPPED). */
  async function statementsFor(n: number): Promise<number> {
    const names = Array.from({ length: n }, (_, i) => `p${i}`);
    const w = await world(h, `count${n}${provider}`, names);
    await h.consent(w.c.p0!, 'newsletter', { status: 'WITHDRAWN', from: new Date(Date.now() - 1000) });
    // The deliveries sendAction queues: one per target.
    const targets = await h.t.db.actionTarget.findMany({
      where: { actionId: w.actionId },
      select: { contactId: true },
    });
    await h.t.db.messageDelivery.createMany({
      data: targets.map((t) => ({ actionId: w.actionId, contactId: t.contactId, medium: 'EMAIL' as const })),
    });
    const sys = { db: h.t.db, provider: h.t.provider };
    const control = { shouldPause: () => false, continueLater: async () => {}, progress: () => {} };
    h.statements.length = 0;
    await runSend(sys, w.actionId, control, { clock: fakeClock(new Date()), adapter: accepting });
    const count = h.statements.length;
    const rows = await h.t.db.messageDelivery.groupBy({
      by: ['status'],
      where: { actionId: w.actionId },
      _count: { _all: true },
    });
    const by = Object.fromEntries(rows.map((r) => [r.status, r._count._all]));
    expect(by).toEqual({ SENT: n - 1, SKIPPED: 1 });
    return count;
  }

  it('runs as many statements for a batch of 50 contacts as for a batch of 5', async () => {
    const small = await statementsFor(5);
    const large = await statementsFor(50);
    console.log(`${provider}: ${small} statements for a batch of 5, ${large} for a batch of 50`);
    expect(large).toBe(small);
  });
});
