import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One message the fake provider accepted or refused, as it received it. */
export interface FakeSms {
  to: string;
  text: string;
  reference: string;
  /** The bearer token the request carried (null: none). */
  token: string | null;
  /** The status the provider answered. */
  status: number;
  /** The provider's id of an accepted message. */
  id: string | null;
}

export interface FakeSmsProvider {
  /** The endpoint to give as FIDELE_SMS_URL. */
  url: string;
  /** Every request, in order (accepted or not). */
  received: FakeSms[];
  /** Statuses for the next requests, in order; when empty, 200 (or 401 for a wrong token). */
  plan: number[];
  /** The token it accepts. */
  token: string;
  close(): Promise<void>;
}

/**
 * A local SMS provider for tests: a real HTTP server on a free port speaking the contract of channels/sms.ts
 * (POST JSON `{ to, text, reference }` with a bearer token, answering `{ id }`), which records what it receives and
 * answers the planned statuses, so the adapter is tested over the wire, retries and refusals included.
 */
export async function startFakeSmsProvider(token = 'sms-test-token'): Promise<FakeSmsProvider> {
  let next = 1;
  const provider: FakeSmsProvider = {
    url: '',
    received: [],
    plan: [],
    token,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      let body: Partial<FakeSms> = {};
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        body = {};
      }
      const auth = String(req.headers.authorization ?? '');
      const given = auth.startsWith('Bearer ') ? auth.slice('Bearer '.length) : null;
      const planned = provider.plan.shift();
      const status = given !== provider.token ? 401 : (planned ?? 200);
      const id = status < 300 ? `sms-${next++}` : null;
      provider.received.push({
        to: String(body.to ?? ''),
        text: String(body.text ?? ''),
        reference: String(body.reference ?? ''),
        token: given,
        status,
        id,
      });
      res
        .writeHead(status, { 'content-type': 'application/json' })
        .end(JSON.stringify(id ? { id } : { error: `status ${status}` }));
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()));
  provider.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sms`;
  return provider;
}
