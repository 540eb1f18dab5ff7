/**
 * Hostile input on the routes of bounces, tracking and routing files, generated with fast-check (fixed seed): signed
 * bodies of random JSON and random MIME to /inbound/deliveries and /inbound/dsn, random tokens to the pixel and
 * the click redirect, random paths under /actions/. Whatever comes, the answer is a coded error or the normal
 * answer, never a 500, and the click route never redirects.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../platform/http/start-server.js';
import { sign } from '../../integration/webhooks/webhook.signature.js';
import { issueToken } from '../../identity/token.js';
import { describeEachDatabase } from '../../testing/databases.js';
import { deliveryWorld, type DeliveryWorld, fetchAgain } from './delivery-fixtures.js';

const SECRET = 'inbound-delivery-secret-of-the-tests-0123456789';
const codes = new Set(['VALIDATION', 'UNAUTHENTICATED', 'NOT_FOUND', 'FORBIDDEN', 'BAD_REQUEST']);

describeEachDatabase('bounces, tracking and routing files under hostile input', (provider) => {
  let w: DeliveryWorld;
  let server: RunningServer;
  let token: string;
  const saved = process.env.FIDELE_INBOUND_DELIVERY_SECRET;

  beforeAll(async () => {
    process.env.FIDELE_INBOUND_DELIVERY_SECRET = SECRET;
    w = await deliveryWorld(provider);
    server = await startServer({ db: w.h.t.db, provider, port: 0 });
    token = (await issueToken(w.h.users.MARKETING)).token;
  });
  afterAll(async () => {
    if (saved === undefined) delete process.env.FIDELE_INBOUND_DELIVERY_SECRET;
    else process.env.FIDELE_INBOUND_DELIVERY_SECRET = saved;
    await server?.close();
    await w?.h.drop();
  });

  const signedPost = async (path: string, raw: string) => {
    const ts = Math.floor(Date.now() / 1000);
    const res = await fetchAgain(`${server.url}${path}`, {
      method: 'POST',
      headers: { 'x-fidele-timestamp': String(ts), 'x-fidele-signature': sign(SECRET, ts, raw) },
      body: raw,
    });
    return { status: res.status, body: (await res.json()) as any };
  };

  const event = fc.record(
    {
      messageId: fc.oneof(fc.string(), fc.constant('<m@x>'), fc.integer()),
      type: fc.oneof(fc.constantFrom('delivered', 'bounced', 'complained'), fc.string()),
      bounce: fc.oneof(fc.constantFrom('hard', 'soft'), fc.anything()),
      at: fc.oneof(
        fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
        fc.string(),
      ),
      diagnostic: fc.oneof(fc.string(), fc.anything()),
    },
    { requiredKeys: [] },
  );

  it('signed random JSON batches: 200 or VALIDATION, never a 500', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.array(event, { maxLength: 5 }), fc.jsonValue()), async (body) => {
        const r = await signedPost('/inbound/deliveries', JSON.stringify(body) ?? 'null');
        expect(r.status === 200 || (r.status === 400 && r.body.error.code === 'VALIDATION')).toBe(true);
      }),
      { numRuns: 40, seed: 20 },
    );
  });

  it('signed random report e-mails: 200 or VALIDATION, never a 500', async () => {
    const mime = fc
      .tuple(
        fc.constantFrom('delivery-status', 'feedback-report', 'x'),
        fc.array(fc.constantFrom('message/delivery-status', 'text/rfc822-headers', 'message/rfc822', 'text/plain')),
        fc.array(fc.string({ unit: 'binary', maxLength: 200 }), { maxLength: 3 }),
      )
      .map(([type, parts, bodies]) =>
        [
          `Content-Type: multipart/report; report-type=${type}; boundary="b"`,
          '',
          ...parts.flatMap((p, i) => ['--b', `Content-Type: ${p}`, '', bodies[i] ?? 'Action: failed\r\nStatus: 5.1.1']),
          '--b--',
        ].join('\r\n'),
      );
    await fc.assert(
      fc.asyncProperty(fc.oneof(mime, fc.string({ unit: 'binary', maxLength: 500 })), async (raw) => {
        const r = await signedPost('/inbound/dsn', raw);
        expect(r.status === 200 || (r.status === 400 && r.body.error.code === 'VALIDATION')).toBe(true);
      }),
      { numRuns: 40, seed: 20 },
    );
  });

  it('random tokens: the pixel answers the GIF, the click 404, never a redirect; random /actions/ paths a code', async () => {
    const segment = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 300 }).map(encodeURIComponent),
      fc.base64String({ maxLength: 200 }).map((s) => `${s}.${s}`),
    );
    await fc.assert(
      fc.asyncProperty(segment, async (s) => {
        const pixel = await fetchAgain(`${server.url}/t/o/${s}`);
        expect([pixel.status, pixel.headers.get('content-type')]).toEqual([200, 'image/gif']);
        await pixel.arrayBuffer();
        const click = await fetchAgain(`${server.url}/t/c/${s}`, { redirect: 'manual' });
        expect(click.headers.get('location')).toBeNull();
        expect([404, 400]).toContain(click.status);
        await click.arrayBuffer();
        for (const path of [`/actions/${s}/routing-file.csv`, `/actions/${s}`]) {
          const res = await fetchAgain(`${server.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
          expect(res.status).toBeLessThan(500);
          expect(codes).toContain(((await res.json()) as any).error.code);
        }
      }),
      { numRuns: 40, seed: 20 },
    );
  });
});
