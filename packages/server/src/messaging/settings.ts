import { randomBytes } from 'node:crypto';
import { isProduction } from '../kernel/production-mode.js';

/**
 * The messaging context's settings, read once from the environment. Every reader throws a message naming the
 * variable when its value is refused, so `fidele start` stops on a bad value (exit 2) before it listens.
 */
export type MailMode = 'catch' | 'smtp' | 'off';

export interface MessagingSettings {
  /** catch: outgoing mail is stored in CaughtMail and shown in the admin (development); smtp: sent; off: refused. */
  mail: MailMode;
  /** smtp(s)://user:pass@host:port, when mail is smtp. */
  smtpUrl: string | null;
  /** The default sender of e-mails ("Name <address>"). */
  mailFrom: string;
  /** The public base URL of this API, as recipients reach it (links in messages): no trailing slash. */
  publicUrl: string;
  /** Default messages per minute of a send (an action's message may set its own). */
  sendRatePerMinute: number;
  /** The SMS provider's HTTP endpoint and bearer token; null: SMS cannot be sent. */
  smsUrl: string | null;
  smsToken: string | null;
  /** The shared secret providers sign bounce, complaint and DSN posts with; null: the inbound endpoints refuse. */
  inboundDeliverySecret: string | null;
}

const positiveInt = (name: string, raw: string | undefined, fallback: number, max: number): number => {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > max)
    throw new Error(`${name} must be a whole number from 1 to ${max}, got "${raw}"`);
  return n;
};

const url = (name: string, raw: string | undefined, protocols: string[]): string | null => {
  if (raw === undefined || raw === '') return null;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new Error(`${name} must be a URL, got "${raw}"`);
  }
  if (!protocols.includes(parsed.protocol)) throw new Error(`${name} must start with ${protocols.join(' or ')}`);
  return raw.replace(/\/+$/, '');
};

/** Reads and checks the settings (the module's `settings` reader; also what the services call). */
export function readMessagingSettings(env: NodeJS.ProcessEnv = process.env): MessagingSettings {
  const mail = (env.FIDELE_MAIL || (isProduction(env) ? 'off' : 'catch')) as MailMode;
  if (!['catch', 'smtp', 'off'].includes(mail))
    throw new Error(`FIDELE_MAIL must be catch, smtp or off, got "${env.FIDELE_MAIL}"`);
  const smtpUrl = url('FIDELE_SMTP_URL', env.FIDELE_SMTP_URL, ['smtp:', 'smtps:']);
  if (mail === 'smtp' && !smtpUrl)
    throw new Error('FIDELE_MAIL=smtp needs FIDELE_SMTP_URL (smtp://user:pass@host:port)');
  const publicUrl = url('FIDELE_PUBLIC_URL', env.FIDELE_PUBLIC_URL, ['http:', 'https:']) ?? 'http://localhost:4000';
  const smsUrl = url('FIDELE_SMS_URL', env.FIDELE_SMS_URL, ['http:', 'https:']);
  // Refused here, not at the first message. With mail off (production's default) no message carries a link, so
  // production needs FIDELE_LINK_SECRET only once mail is on.
  if (mail !== 'off' || env.FIDELE_LINK_SECRET) linkSecret(env);
  return {
    mail,
    smtpUrl,
    mailFrom: env.FIDELE_MAIL_FROM || 'Fidele <no-reply@fidele.localhost>',
    publicUrl,
    sendRatePerMinute: positiveInt('FIDELE_SEND_RATE_PER_MINUTE', env.FIDELE_SEND_RATE_PER_MINUTE, 600, 600_000),
    smsUrl,
    smsToken: env.FIDELE_SMS_TOKEN || null,
    inboundDeliverySecret: inboundSecret(env.FIDELE_INBOUND_DELIVERY_SECRET),
  };
}

/** FIDELE_INBOUND_DELIVERY_SECRET: unset turns the inbound delivery endpoints off; a short one is refused. */
function inboundSecret(raw: string | undefined): string | null {
  if (raw === undefined || raw === '') return null;
  if (raw.length < 32) throw new Error('FIDELE_INBOUND_DELIVERY_SECRET must be at least 32 characters');
  return raw;
}

let processKey: Buffer | undefined;

/**
 * The key of signed links (unsubscribe, preference centre, opt-in confirmation, tracking). FIDELE_LINK_SECRET, at
 * least 32 characters, is required in production: links in sent messages must stay valid across restarts and
 * instances. Without it (development) each process makes a random key, and its links end with the process.
 */
export function linkSecret(env: NodeJS.ProcessEnv = process.env): Buffer {
  const secret = env.FIDELE_LINK_SECRET;
  if (secret !== undefined && secret !== '') {
    if (secret.length < 32) throw new Error('FIDELE_LINK_SECRET must be at least 32 characters');
    return Buffer.from(secret, 'utf8');
  }
  if (isProduction(env))
    throw new Error('FIDELE_LINK_SECRET is required in production (links in sent messages must outlive the process)');
  processKey ??= randomBytes(32);
  return processKey;
}
