/**
 * The SMS channel adapter over real HTTP, against the local fake provider (testing/fake-sms-provider.ts): French
 * mobiles normalised to E.164, the bearer token and JSON body sent, the provider's id kept; a 4xx refusal is final
 * (PermanentSendError), a 5xx, a 429 or an unreachable provider is retryable; a landline is refused before any call;
 * the adapter is registered for SMS only when FIDELE_SMS_URL is set.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PermanentSendError } from '../channels/channel.js';
import { channelAdapter, unregisterChannelAdapter } from '../channels/registry.js';
import { frenchMobile, registerSmsChannel, SMS_REFERENCE_HEADER, smsAdapter } from '../channels/sms.js';
import { startFakeSmsProvider, type FakeSmsProvider } from '../../testing/fake-sms-provider.js';

const rejection = async (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: unknown) => e as Error,
  );

describe('SMS adapter', () => {
  let provider: FakeSmsProvider;
  beforeAll(async () => {
    provider = await startFakeSmsProvider('sms-secret-token');
  });
  afterAll(() => provider?.close());

  it('normalises French mobiles to E.164 and refuses landlines and junk', () => {
    expect(frenchMobile('06 12 34 56 78')).toBe('+33612345678');
    expect(frenchMobile('07.81.23.45.67')).toBe('+33781234567');
    expect(frenchMobile('+33 6 12 34 56 78')).toBe('+33612345678');
    expect(frenchMobile('0033612345678')).toBe('+33612345678');
    expect(frenchMobile('+33612345678')).toBe('+33612345678');
    expect(frenchMobile('01 42 68 53 00')).toBeNull(); // a Paris landline
    expect(frenchMobile('12')).toBeNull();
    expect(frenchMobile('not a number')).toBeNull();
  });

  it('posts {to, text, reference} with the bearer token and keeps the provider id', async () => {
    const sms = smsAdapter({ smsUrl: provider.url, smsToken: 'sms-secret-token' });
    const sent = await sms.send({ to: '06 12 34 56 78', text: 'Offre -20 % ce week-end. STOP au 36111' });
    const one = await sms.send({ to: '+33781234567', text: 'Bis', headers: { [SMS_REFERENCE_HEADER]: 'delivery-42' } });
    expect(provider.received.map(({ to, text, token, status }) => ({ to, text, token, status }))).toEqual([
      { to: '+33612345678', text: 'Offre -20 % ce week-end. STOP au 36111', token: 'sms-secret-token', status: 200 },
      { to: '+33781234567', text: 'Bis', token: 'sms-secret-token', status: 200 },
    ]);
    expect(provider.received[0]!.reference).toMatch(/^[0-9a-f-]{36}$/);
    expect(provider.received[1]!.reference).toBe('delivery-42');
    expect(sent.providerMessageId).toBe(provider.received[0]!.id);
    expect(one.providerMessageId).toBe(provider.received[1]!.id);
  });

  it('a 4xx is final, a 5xx, a 429 or no provider at all is worth a retry', async () => {
    const sms = smsAdapter({ smsUrl: provider.url, smsToken: 'sms-secret-token' });
    provider.plan.push(400, 500, 503, 429);
    const refused = await rejection(sms.send({ to: '0612345678', text: 'x' }));
    expect(refused).toBeInstanceOf(PermanentSendError);
    expect((refused as PermanentSendError).code).toBe('SMS_400');
    for (const status of [500, 503, 429]) {
      const e = await rejection(sms.send({ to: '0612345678', text: 'x' }));
      expect(e).not.toBeInstanceOf(PermanentSendError);
      expect(e.message).toContain(String(status));
    }
    const badToken = await rejection(
      smsAdapter({ smsUrl: provider.url, smsToken: 'wrong' }).send({ to: '0612345678', text: 'x' }),
    );
    expect((badToken as PermanentSendError).code).toBe('SMS_401');

    const down = await startFakeSmsProvider();
    const url = down.url;
    await down.close();
    const unreachable = await rejection(
      smsAdapter({ smsUrl: url, smsToken: 't' }).send({ to: '0612345678', text: 'x' }),
    );
    expect(unreachable).not.toBeInstanceOf(PermanentSendError);
    expect(unreachable.message).toContain('unreachable');

    const before = provider.received.length;
    const landline = await rejection(sms.send({ to: '01 42 68 53 00', text: 'x' }));
    expect((landline as PermanentSendError).code).toBe('SMS_NOT_MOBILE');
    expect(provider.received.length).toBe(before);
  });

  it('is registered for SMS only when FIDELE_SMS_URL is set', async () => {
    expect(registerSmsChannel({ NODE_ENV: 'test' })).toBeNull();
    const adapter = registerSmsChannel({
      NODE_ENV: 'test',
      FIDELE_SMS_URL: provider.url,
      FIDELE_SMS_TOKEN: 'sms-secret-token',
    });
    try {
      expect(adapter).not.toBeNull();
      expect(channelAdapter('SMS', null as never)).toBe(adapter);
      const before = provider.received.length;
      await channelAdapter('SMS', null as never)!.send({ to: '0698765432', text: 'registered' });
      expect(provider.received.slice(before).map((m) => m.to)).toEqual(['+33698765432']);
    } finally {
      unregisterChannelAdapter(adapter!);
    }
    expect(channelAdapter('SMS', null as never)).toBeNull();
  });
});
