/**
 * What the sending tests share: a real SMTP server (smtp-server) started in the test, whose answers a test scripts
 * per recipient (451 a few times, 550), with every accepted message parsed (mailparser); the e-mail adapter of the
 * deployment pointed at it; a fake clock; and a world of contacts targeted by an e-mail action with a message.
 */
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { Context } from '../../kernel/context.js';
import type { Db } from '../../kernel/db/client.js';
import type { ApiHarness } from '../../testing/api.js';
import { systemContext } from '../../privacy/access/system.js';
import { runTargeting } from '../../campaigns/targeting/targeting.service.js';
import type { ChannelAdapter } from '../channels/channel.js';
import { emailAdapter } from '../channels/email.js';
import { readMessagingSettings } from '../settings.js';
import type { SendClock } from '../sending/send.throttle.js';

export interface Received {
  to: string;
  mail: ParsedMail;
}

export interface TestSmtp {
  url: string;
  received: Received[];
  /** Recipient → SMTP codes to answer its next RCPT TO with, in order (then accepted). */
  script: Map<string, number[]>;
  /** RCPT TO commands seen per recipient (attempts). */
  attempts: Map<string, number>;
  close(): Promise<void>;
}

export async function startSmtp(): Promise<TestSmtp> {
  const received: Received[] = [];
  const script = new Map<string, number[]>();
  const attempts = new Map<string, number>();
  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      const to = address.address.toLowerCase();
      attempts.set(to, (attempts.get(to) ?? 0) + 1);
      const code = script.get(to)?.shift();
      if (code === undefined) return callback();
      const err = Object.assign(new Error(code >= 500 ? 'No such user here' : 'Try again later'), {
        responseCode: code,
      });
      callback(err);
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          for (const r of session.envelope.rcptTo) received.push({ to: r.address.toLowerCase(), mail });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    script,
    attempts,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The deployment's e-mail adapter (channels/email.ts), sending over SMTP to the test server. */
export const smtpAdapter = (smtp: TestSmtp, db: Db): ChannelAdapter =>
  emailAdapter({ ...readMessagingSettings(), mail: 'smtp', smtpUrl: smtp.url }, db);

/** A clock whose sleeps move time forward at once, each recorded. */
export function fakeClock(start: Date): SendClock & { slept: number[]; at(): number } {
  let t = start.getTime();
  const slept: number[] = [];
  return {
    slept,
    at: () => t,
    now: () => new Date(t),
    sleep: async (ms) => {
      slept.push(ms);
      t += ms;
    },
  };
}

export interface World {
  actionId: number;
  /** Contact ids by name. */
  c: Record<string, number>;
  email: (name: string) => string;
}

/**
 * An e-mail action of brand A (purpose newsletter) with a message, and contacts: `names` consenting and targeted
 * (no control group), plus `held` in the control group and `untargeted` (a press-coupon response) when asked.
 */
export async function world(
  h: ApiHarness,
  tag: string,
  names: string[],
  options: { ratePerMinute?: number; control?: boolean; untargeted?: boolean; tracked?: string[] } = {},
): Promise<World> {
  const db = h.t.db;
  const email = (name: string) => `${name}.${tag}@mail.test`;
  const action = await db.marketingAction.create({
    data: {
      code: `SEND-${tag}`,
      name: `Send ${tag}`,
      objective: 'LOYALTY',
      medium: 'EMAIL',
      brandId: h.brands.a,
      status: 'RUNNING',
      requiredPurposeId: h.purposes.newsletter!,
      startDate: new Date('2026-01-01T00:00:00Z'),
      endDate: new Date('2027-12-31T00:00:00Z'),
      message: {
        create: {
          subject: 'Nos offres',
          bodyText: 'Bonjour,\nVoici nos offres.',
          bodyHtml:
            '<html><body><p>Bonjour, voici <a href="https://shop.example/offre?a=1&amp;b=2">nos offres</a>.</p></body></html>',
          ratePerMinute: options.ratePerMinute ?? 600_000,
        },
      },
    },
    select: { id: true },
  });
  const c: Record<string, number> = {};
  const all = [...names, ...(options.control ? ['held'] : []), ...(options.untargeted ? ['reader'] : [])];
  for (const name of all) {
    c[name] = (
      await db.contact.create({
        data: {
          kind: 'CLIENT',
          lastName: name,
          brandId: h.brands.a,
          zoneId: h.zones.north,
          email: email(name),
        },
        select: { id: true },
      })
    ).id;
    await h.consent(c[name]!, 'marketing');
  }
  for (const name of options.tracked ?? []) await h.consent(c[name]!, 'tracking');
  const sys: Context = systemContext(db, h.t.provider, 'job:sending-test');
  if (names.length)
    await runTargeting(sys, { actionId: action.id, contactIds: names.map((n) => c[n]!), controlGroupPercent: 0 });
  if (options.control)
    await runTargeting(sys, { actionId: action.id, contactIds: [c.held!], controlGroupPercent: 100 });
  if (options.untargeted)
    await db.actionTarget.create({
      data: { actionId: action.id, contactId: c.reader!, targetedAt: new Date(), untargeted: true },
    });
  return { actionId: action.id, c, email };
}
