import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApiHarness, gid, type ApiHarness } from '../../testing/api.js';
import { describeEachDatabase } from '../../testing/databases.js';
import { usualResponseChannels } from '../actions/response-channels.js';

/**
 * An action created without response channels offers its medium's usual ones. Before, it offered none, so no
 * response could ever be recorded on it: a tracked click in an e-mail sent through Fidele, a coupon, the hosted form.
 * Channels given are kept as given; an update that empties them keeps them empty.
 */
describeEachDatabase('response channels by default', (provider) => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
  });
  afterAll(() => h?.drop());

  const create = `mutation($input: MarketingActionInput!) { createMarketingAction(input: $input) {
    id version responseChannels } }`;
  const input = (code: string, medium: string, extra: Record<string, unknown> = {}) => ({
    code,
    name: code,
    objective: 'LOYALTY',
    medium,
    startDate: '2026-12-01T00:00:00Z',
    endDate: '2026-12-24T00:00:00Z',
    requiredPurpose: 'newsletter',
    brand: gid('Brand', h.brands.a),
    ...extra,
  });

  it('an e-mail action created without channels takes clicks, replies and the hosted form', async () => {
    const r = await h.as('MARKETING')(create, { input: input('MAIL-1', 'EMAIL') });
    expect(r.errors).toBeUndefined();
    expect(r.data.createMarketingAction.responseChannels).toEqual(['EMAIL_CLICK', 'EMAIL_REPLY', 'WEB']);
    const empty = await h.as('MARKETING')(create, { input: input('PRESS-1', 'PRESS', { responseChannels: [] }) });
    expect(empty.data.createMarketingAction.responseChannels).toEqual(['MAIL_COUPON', 'PHONE', 'WEB']);
  });

  it('keeps the channels given, and an update may empty them', async () => {
    const r = await h.as('MARKETING')(create, { input: input('SMS-1', 'SMS', { responseChannels: ['PHONE'] }) });
    const created = r.data.createMarketingAction;
    expect(created.responseChannels).toEqual(['PHONE']);
    const update = `mutation($id: ID!, $v: Int!, $p: MarketingActionPatch!) {
      updateMarketingAction(id: $id, version: $v, input: $p) { responseChannels } }`;
    const u = await h.as('MARKETING')(update, { id: created.id, v: created.version, p: { responseChannels: [] } });
    expect(u.errors).toBeUndefined();
    expect(u.data.updateMarketingAction.responseChannels).toEqual([]);
  });

  it('tells the admin each medium usual channels', async () => {
    for (const medium of Object.keys(usualResponseChannels)) {
      const r = await h.as('MARKETING')(`query($m: ActionMedium!) { usualResponseChannels(medium: $m) }`, {
        m: medium,
      });
      expect(r.data.usualResponseChannels).toEqual(usualResponseChannels[medium as keyof typeof usualResponseChannels]);
      // Every medium takes the hosted response form (POST /respond/<code> records WEB).
      expect(r.data.usualResponseChannels).toContain('WEB');
    }
  });
});
