/**
 * Send benchmark (issue 20): 10,000 e-mails of one action sent by the send job (messaging/sending/send.job.ts) to an
 * SMTP server started here (smtp-server, which reads and discards each message), over the deployment's e-mail
 * adapter (nodemailer, pooled). Everything a real send does is on: the targeting rules again at send time, the
 * render through the access layer, the links, headers and tracking, one conditional update per delivery. The rate
 * is the highest a deployment allows (600,000 a minute), so the figure is the pipeline's own throughput. Prints
 * messages per second, peak RSS and heap; asserts nothing. FIDELE_BENCH_SEND_MESSAGES and
 * FIDELE_BENCH_SEND_DATABASES (default sqlite,postgresql) change the run.
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { createDb, type Db } from '../../kernel/db/client.js';
import { applyMigrations } from '../../kernel/db/migrate.js';
import type { Provider } from '../../kernel/db/paths.js';
import { emailAdapter } from '../../messaging/channels/email.js';
import { readMessagingSettings } from '../../messaging/settings.js';
import { runSend } from '../../messaging/sending/send.job.js';
import { realClock } from '../../messaging/sending/send.throttle.js';
import { scratchDatabase } from './scratch-database.js';

const mb = (b: number) => (b / 1024 / 1024).toFixed(0);
const CHUNK = 1000;

/** n consenting contacts with an e-mail, an e-mail action with a message, and one QUEUED delivery per target. */
async function seed(db: Db, n: number): Promise<number> {
  const brand = await db.brand.create({ data: { code: 'B', name: 'B' } });
  const zone = await db.zone.create({ data: { code: 'Z', name: 'Z' } });
  const marketing = await db.purpose.create({ data: { code: 'marketing', name: 'm', legalBasis: 'CONSENT' } });
  const action = await db.marketingAction.create({
    data: {
      code: 'BENCH-SEND',
      name: 'Bench',
      objective: 'LOYALTY',
      medium: 'EMAIL',
      brandId: brand.id,
      status: 'RUNNING',
      requiredPurposeId: marketing.id,
      startDate: new Date('2026-01-01'),
      endDate: new Date('2027-12-31'),
      message: {
        create: {
          subject: 'Nos offres',
          bodyText: 'Bonjour,\nVoici nos offres de la saison.',
          bodyHtml: '<html><body><p>Voici <a href="https://shop.example/offres">nos offres</a>.</p></body></html>',
          ratePerMinute: 600_000,
        },
      },
    },
  });
  const from = new Date('2020-01-01');
  for (let i = 0; i < n; i += CHUNK) {
    const size = Math.min(CHUNK, n - i);
    await db.contact.createMany({
      data: Array.from({ length: size }, (_, k) => ({
        kind: 'CLIENT' as const,
        lastName: `Nom${i + k}`,
        email: `c${i + k}@bench.test`,
        brandId: brand.id,
        zoneId: zone.id,
      })),
    });
  }
  const ids = (await db.contact.findMany({ select: { id: true }, orderBy: { id: 'asc' } })).map((c) => c.id);
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    await db.consentEvent.createMany({
      data: chunk.map((contactId) => ({
        contactId,
        purposeId: marketing.id,
        status: 'GRANTED' as const,
        source: 'IMPORT' as const,
        capturedAt: from,
        effectiveFrom: from,
      })),
    });
    const events = await db.consentEvent.findMany({
      where: { contactId: { in: chunk } },
      select: { id: true, contactId: true },
    });
    await db.consentState.createMany({
      data: events.map((e) => ({
        contactId: e.contactId,
        purposeId: marketing.id,
        status: 'GRANTED' as const,
        effectiveFrom: from,
        lastEventId: e.id,
      })),
    });
    await db.actionTarget.createMany({
      data: chunk.map((contactId) => ({ actionId: action.id, contactId, targetedAt: from })),
    });
    await db.messageDelivery.createMany({
      data: chunk.map((contactId) => ({ actionId: action.id, contactId, medium: 'EMAIL' as const })),
    });
  }
  return action.id;
}

async function startSink(): Promise<{ url: string; received: () => number; close(): Promise<void> }> {
  let received = 0;
  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      stream.on('end', () => {
        received++;
        callback();
      });
      stream.resume();
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received: () => received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export async function benchSend(): Promise<void> {
  const n = Number(process.env.FIDELE_BENCH_SEND_MESSAGES ?? 10_000);
  const providers = (process.env.FIDELE_BENCH_SEND_DATABASES?.split(',') ?? ['sqlite', 'postgresql']) as Provider[];
  console.log(`\n## Send: ${n} e-mails of one action to a local SMTP server (pooled, 4 connections)`);
  console.log('| database | messages | sent | received | seconds | messages/s | peak RSS (MB) | peak heap (MB) |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const provider of providers) {
    const s = await scratchDatabase(provider, 'send');
    if (!s) {
      console.log(`| ${provider} | ${n} | - | - | - | - | - | - | PostgreSQL not reachable |`);
      continue;
    }
    const sink = await startSink();
    await applyMigrations(s.target);
    const db = createDb(s.target);
    const adapter = emailAdapter({ ...readMessagingSettings(), mail: 'smtp', smtpUrl: sink.url }, db);
    try {
      const actionId = await seed(db, n);
      global.gc?.();
      let rss = process.memoryUsage().rss;
      let heap = process.memoryUsage().heapUsed;
      const sample = setInterval(() => {
        const m = process.memoryUsage();
        rss = Math.max(rss, m.rss);
        heap = Math.max(heap, m.heapUsed);
      }, 50);
      const t0 = performance.now();
      const control = { shouldPause: () => false, continueLater: async () => {}, progress: () => {} };
      await runSend({ db, provider }, actionId, control, { clock: realClock, adapter });
      const secs = (performance.now() - t0) / 1000;
      clearInterval(sample);
      const sent = await db.messageDelivery.count({ where: { actionId, status: 'SENT' } });
      console.log(
        `| ${provider} | ${n} | ${sent} | ${sink.received()} | ${secs.toFixed(1)} | ${(sent / secs).toFixed(0)} | ${mb(rss)} | ${mb(heap)} |`,
      );
    } finally {
      await adapter.close?.();
      await db.$disconnect();
      await sink.close();
      await s.drop();
    }
  }
}
