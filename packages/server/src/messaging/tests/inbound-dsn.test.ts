/**
 * POST /inbound/dsn over real HTTP: raw report e-mails, signed like the JSON events, parsed with mailparser. An RFC
 * 3464 delivery status notification (failed, 5.1.1) is a hard bounce found by its Original-Message-ID; one with a
 * 4.x.x status found by the returned headers' Message-ID is a soft bounce; an RFC 5965 abuse report is a
 * complaint; anything else is 400 VALIDATION; a bad signature 401.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../platform/http/start-server.js';
import { sign } from '../../integration/webhooks/webhook.signature.js';
import { describeEachDatabase } from '../../testing/databases.js';
import { fieldBlocks } from '../inbound/dsn.js';
import { deliveryWorld, type DeliveryWorld, fetchAgain } from './delivery-fixtures.js';

const SECRET = 'inbound-delivery-secret-of-the-tests-0123456789';

const report = (reportType: string, parts: { type: string; body: string }[]) =>
  [
    'From: MAILER-DAEMON@mx.example.net',
    'To: no-reply@fidele.localhost',
    'Date: Mon, 7 Dec 2026 04:00:00 +0000',
    'Subject: Undelivered Mail Returned to Sender',
    'MIME-Version: 1.0',
    `Content-Type: multipart/report; report-type=${reportType}; boundary="B0UND"`,
    '',
    '--B0UND',
    'Content-Type: text/plain; charset=us-ascii',
    '',
    'This is the mail system at host mx.example.net.',
    ...parts.flatMap((p) => ['', '--B0UND', `Content-Type: ${p.type}`, '', p.body]),
    '',
    '--B0UND--',
    '',
  ].join('\r\n');

const dsn = (fields: string, returned: string | null) =>
  report('delivery-status', [
    { type: 'message/delivery-status', body: fields },
    ...(returned ? [{ type: 'text/rfc822-headers', body: returned }] : []),
  ]);

describeEachDatabase('inbound deliveries: SMTP DSN and abuse reports', (provider) => {
  let w: DeliveryWorld;
  let server: RunningServer;
  const saved = process.env.FIDELE_INBOUND_DELIVERY_SECRET;

  async function post(raw: string, signature?: string) {
    const ts = Math.floor(Date.now() / 1000);
    const res = await fetchAgain(`${server.url}/inbound/dsn`, {
      method: 'POST',
      headers: {
        'content-type': 'message/rfc822',
        'x-fidele-timestamp': String(ts),
        'x-fidele-signature': signature ?? sign(SECRET, ts, raw),
      },
      body: raw,
    });
    return { status: res.status, body: (await res.json()) as any };
  }

  beforeAll(async () => {
    process.env.FIDELE_INBOUND_DELIVERY_SECRET = SECRET;
    w = await deliveryWorld(provider);
    server = await startServer({ db: w.h.t.db, provider, port: 0 });
  });
  afterAll(async () => {
    if (saved === undefined) delete process.env.FIDELE_INBOUND_DELIVERY_SECRET;
    else process.env.FIDELE_INBOUND_DELIVERY_SECRET = saved;
    await server?.close();
    await w?.h.drop();
  });

  it('reads RFC 3464 field blocks, folded lines included', () => {
    const blocks = fieldBlocks(
      'Reporting-MTA: dns; mx\r\n\r\nAction: failed\r\nDiagnostic-Code: smtp; 550\r\n  user unknown\r\n',
    );
    expect(blocks.map((b) => Object.fromEntries(b))).toEqual([
      { 'reporting-mta': 'dns; mx' },
      { action: 'failed', 'diagnostic-code': 'smtp; 550 user unknown' },
    ]);
  });

  it('a failed 5.1.1 DSN is a hard bounce; a 4.x.x one found by the returned Message-ID a soft bounce', async () => {
    const db = w.h.t.db;
    const hardContact = await w.contact();
    const softContact = await w.contact();
    const a = await w.action();
    await w.target(a.id, [hardContact, softContact]);
    const hard = await w.delivery(a.id, hardContact, '<dsn-hard@fidele.test>');
    const soft = await w.delivery(a.id, softContact, '<dsn-soft@fidele.test>');

    const r = await post(
      dsn(
        [
          'Reporting-MTA: dns; mx.example.net',
          'Original-Message-ID: <dsn-hard@fidele.test>',
          'Arrival-Date: Mon, 7 Dec 2026 03:59:00 +0000',
          '',
          'Final-Recipient: rfc822; nobody@example.net',
          'Action: failed',
          'Status: 5.1.1',
          'Diagnostic-Code: smtp; 550 5.1.1 <nobody@example.net>: Recipient address',
          ' rejected',
        ].join('\r\n'),
        null,
      ),
    );
    expect(r.status).toBe(200);
    expect(r.body.results).toEqual([{ messageId: '<dsn-hard@fidele.test>', type: 'bounced', outcome: 'APPLIED' }]);
    const h = await db.messageDelivery.findUniqueOrThrow({ where: { id: hard } });
    expect(h).toMatchObject({ status: 'BOUNCED', reason: 'HARD_BOUNCE' });
    expect(h.detail).toContain('Recipient address rejected');
    expect((await db.contact.findUniqueOrThrow({ where: { id: hardContact } })).emailInvalidAt).toBeInstanceOf(Date);

    const s = await post(
      dsn(
        ['Reporting-MTA: dns; mx.example.net', '', 'Action: delayed', 'Status: 4.2.2'].join('\r\n'),
        ['Message-ID: <dsn-soft@fidele.test>', 'Subject: Hello', 'From: Fidele <no-reply@fidele.localhost>'].join(
          '\r\n',
        ),
      ),
    );
    expect(s.body.results[0]).toMatchObject({ messageId: '<dsn-soft@fidele.test>', outcome: 'APPLIED' });
    const sd = await db.messageDelivery.findUniqueOrThrow({ where: { id: soft } });
    expect(sd.status).toBe('SENT');
    expect(sd.detail).toContain('soft bounce');
    expect((await db.contact.findUniqueOrThrow({ where: { id: softContact } })).emailInvalidAt).toBeNull();
  });

  it('an abuse report (ARF) is a complaint: COMPLAINED and the purpose withdrawn', async () => {
    const db = w.h.t.db;
    const c = await w.contact();
    const a = await w.action();
    await w.target(a.id, [c]);
    const d = await w.delivery(a.id, c, '<arf-1@fidele.test>');
    const arf = report('feedback-report', [
      {
        type: 'message/feedback-report',
        body: ['Feedback-Type: abuse', 'User-Agent: SomeISP/1.0', 'Version: 1'].join('\r\n'),
      },
      {
        type: 'message/rfc822',
        body: ['Message-ID: <arf-1@fidele.test>', 'From: no-reply@fidele.localhost', 'Subject: Offer', '', 'Hi'].join(
          '\r\n',
        ),
      },
    ]);
    const r = await post(arf);
    expect(r.status).toBe(200);
    expect(r.body.results[0]).toMatchObject({ type: 'complained', outcome: 'APPLIED' });
    expect((await db.messageDelivery.findUniqueOrThrow({ where: { id: d } })).status).toBe('COMPLAINED');
    const events = await db.consentEvent.findMany({ where: { contactId: c, source: 'COMPLAINT' } });
    expect(events).toMatchObject([{ status: 'WITHDRAWN', purposeId: w.h.purposes.newsletter }]);
    expect(events[0]!.proof).toContain('arf-1@fidele.test');
  });

  it('refuses what is not a report, a report without a message id, and a bad signature', async () => {
    const plain = 'From: a@b.test\r\nSubject: hi\r\n\r\nHello';
    const p = await post(plain);
    expect([p.status, p.body.error.code]).toEqual([400, 'VALIDATION']);
    const noId = await post(dsn('Reporting-MTA: dns; mx\r\n\r\nAction: failed\r\nStatus: 5.1.1', null));
    expect([noId.status, noId.body.error.code]).toEqual([400, 'VALIDATION']);
    expect(noId.body.error.message).toContain('Message-ID');
    const unsigned = await post(plain, 'sha256=00');
    expect([unsigned.status, unsigned.body.error.code]).toEqual([401, 'UNAUTHENTICATED']);
    for (const garbage of ['', '\u0000\u0001', '--B0UND--', 'Content-Type: multipart/report\r\n\r\n']) {
      const g = await post(garbage);
      expect(g.status).toBe(400);
      expect(g.body.error.code).toBe('VALIDATION');
    }
  });
});
