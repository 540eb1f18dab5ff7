import { randomUUID } from 'node:crypto';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { normalizePhone } from '../../contacts/quality/normalize.js';
import { readMessagingSettings, type MessagingSettings } from '../settings.js';
import { PermanentSendError, type ChannelAdapter, type OutgoingMessage, type SentMessage } from './channel.js';
import { registerChannelAdapter } from './registry.js';

/**
 * SMS through an HTTP provider (MESSAGING.md, "SMS, postal and call lists"): one `POST FIDELE_SMS_URL` per message
 * with `Authorization: Bearer FIDELE_SMS_TOKEN` and a JSON body `{ "to": "+33612345678", "text": "...",
 * "reference": "<uuid>" }`; the provider answers 2xx with `{ "id": "..." }` (its message id, kept to match receipts;
 * without one, the reference). A 4xx other than 408 and 429 is final (a refused number, a bad token): the delivery
 * fails without retry (PermanentSendError); 408, 429, 5xx, a timeout or a network error are worth a retry.
 *
 * The interface is the common denominator of SMS gateways (one JSON call with a bearer token); a provider with
 * another shape gets a small relay or an adapter of its own, registered the same way.
 */
export interface SmsAdapterOptions {
  /** @default 10000 */
  timeoutMs?: number;
  /** The HTTP client (tests); @default globalThis.fetch */
  fetch?: typeof fetch;
}

/** The header by which the send job may pass its own reference (a delivery id); otherwise a random UUID. */
export const SMS_REFERENCE_HEADER = 'X-Fidele-Reference';

/**
 * A French mobile number in E.164 (+336..., +337...), from any usual writing ("06 12 34 56 78", "+33 6 12...",
 * "0033612345678"), or null when it is not a mobile number: an SMS to a landline is lost.
 */
export function frenchMobile(raw: string, countryCode: string | null = 'FR'): string | null {
  const e164 = normalizePhone(raw.replace(/^00/, '+'), countryCode ?? 'FR');
  if (!e164) return null;
  const type = parsePhoneNumberFromString(e164)?.getType();
  return type === 'MOBILE' || type === 'FIXED_LINE_OR_MOBILE' ? e164 : null;
}

export function smsAdapter(settings: Pick<MessagingSettings, 'smsUrl' | 'smsToken'>, options: SmsAdapterOptions = {}) {
  const url = settings.smsUrl;
  if (!url) throw new Error('FIDELE_SMS_URL is not set: SMS cannot be sent');
  const send = options.fetch ?? globalThis.fetch;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const adapter: ChannelAdapter = {
    media: ['SMS'],
    async send(message: OutgoingMessage): Promise<SentMessage> {
      const to = frenchMobile(message.to);
      if (!to) throw new PermanentSendError(`Not a mobile number: ${message.to}`, 'SMS_NOT_MOBILE');
      const reference = message.headers?.[SMS_REFERENCE_HEADER] ?? randomUUID();
      let res: Response;
      try {
        res = await send(url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(settings.smsToken ? { authorization: `Bearer ${settings.smsToken}` } : {}),
          },
          body: JSON.stringify({ to, text: message.text, reference }),
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (error) {
        throw new Error(`SMS provider unreachable: ${(error as Error).message}`);
      }
      const text = (await res.text().catch(() => '')).slice(0, 500);
      if (res.status >= 400 && res.status < 500 && res.status !== 408 && res.status !== 429)
        throw new PermanentSendError(`SMS provider refused the message (${res.status}): ${text}`, `SMS_${res.status}`);
      if (!res.ok) throw new Error(`SMS provider failed (${res.status}): ${text}`);
      let id: unknown;
      try {
        id = (JSON.parse(text) as { id?: unknown }).id;
      } catch {
        id = undefined;
      }
      return { providerMessageId: typeof id === 'string' && id ? id : reference, detail: `${res.status} ${text}` };
    },
  };
  return adapter;
}

/**
 * Registers the SMS adapter when the deployment configures a provider (FIDELE_SMS_URL); without one, SMS actions
 * cannot be sent (the send job refuses the medium). A bad setting is reported by `fidele start` (the module's
 * settings reader), not here: this runs when the module loads.
 */
export function registerSmsChannel(env: NodeJS.ProcessEnv = process.env): ChannelAdapter | null {
  let settings: MessagingSettings;
  try {
    settings = readMessagingSettings(env);
  } catch {
    return null;
  }
  if (!settings.smsUrl) return null;
  const adapter = smsAdapter(settings);
  registerChannelAdapter(adapter);
  return adapter;
}
