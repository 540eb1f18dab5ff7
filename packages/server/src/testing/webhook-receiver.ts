import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { signatureMatches } from '../integration/webhooks/webhook.signature.js';

/** What the receiver does with the next request: answer with a status, or never answer ('hang', a timeout). */
export type Behaviour = number | 'hang';

export interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  /** The receiver's own check of x-fidele-signature with the secret it was given. */
  signatureValid: boolean;
}

export interface Receiver {
  url: string;
  received: Received[];
  /** Behaviours for the next requests, in order; when empty, `fallback`. */
  plan: Behaviour[];
  fallback: Behaviour;
  /** The secret the receiver verifies signatures with (set it after creating the subscription). */
  secret: string;
  close(): Promise<void>;
}

/** A real HTTP server on a free local port that records what it receives, as a subscriber's endpoint would. */
export async function startReceiver(): Promise<Receiver> {
  const hanging = new Set<import('node:http').ServerResponse>();
  const r: Receiver = {
    url: '',
    received: [],
    plan: [],
    fallback: 200,
    secret: '',
    close: async () => {
      for (const res of hanging) res.destroy();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const signatureValid = signatureMatches(
        r.secret,
        String(req.headers['x-fidele-timestamp']),
        body,
        req.headers['x-fidele-signature'] as string,
      );
      r.received.push({ headers: req.headers, body, signatureValid });
      const behaviour = r.plan.shift() ?? r.fallback;
      if (behaviour === 'hang') hanging.add(res);
      else res.writeHead(behaviour, { 'content-type': 'text/plain' }).end('ok');
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()));
  r.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
  return r;
}
