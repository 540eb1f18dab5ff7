import { HttpError } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { fakeApi, fakeClient, fakeSession } from '../../test-support/fake-api';
import { createStaffDataProvider, keyStatus } from './staff-data-provider';

const key = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  version: 1,
  name: `Partner ${id}`,
  prefix: `p${id}`,
  brandCodes: ['MAISON'],
  purposeCodes: ['partner_sharing'],
  rateLimitPerMinute: 60,
  expiresAt: null,
  revokedAt: null,
  lastUsedAt: null,
  createdAt: '2026-01-01T00:00:00Z',
  ...extra,
});

describe('staff data provider', () => {
  it('lists staff users and API keys', async () => {
    const api = fakeApi({
      StaffUsers: {
        data: {
          staffUsers: [{ id: 'U1', email: 'a@fidele.demo', firstName: 'Camille', lastName: 'Admin', role: 'ADMIN' }],
        },
      },
      ApiKeys: { data: { apiKeys: [key('K1'), key('K2', { revokedAt: '2026-02-01T00:00:00Z' })] } },
    });
    const session = fakeSession();
    const dp = createStaffDataProvider(fakeClient(api, session));
    expect((await dp.getStaffUsers()).map((u) => u.role)).toEqual(['ADMIN']);
    const keys = await dp.getApiKeys();
    expect(keys.map((k) => keyStatus(k))).toEqual(['ACTIVE', 'REVOKED']);
    expect(keyStatus({ revokedAt: null, expiresAt: '2020-01-01T00:00:00Z' })).toBe('EXPIRED');
    expect(api.calls.map((c) => c.operation)).toEqual(['StaffUsers', 'ApiKeys']);
  });

  it('creates a key from the form: trimmed name, numeric rate, expiry at the end of the day, blanks left out; the key comes back once', async () => {
    const api = fakeApi({ CreateApiKey: { data: { createApiKey: { key: 'fid_abc_secret', apiKey: key('K3') } } } });
    const session = fakeSession();
    const dp = createStaffDataProvider(fakeClient(api, session));
    const created = await dp.createApiKey({
      name: ' Partner ',
      brands: ['B1'],
      purposes: ['partner_sharing'],
      rateLimitPerMinute: '120',
      expiresAt: '2027-01-31',
    });
    expect(created.key).toBe('fid_abc_secret');
    await dp.createApiKey({ name: 'Other', brands: ['B1', 'B2'], purposes: [], rateLimitPerMinute: '', expiresAt: '' });
    expect(api.calls.map((c) => c.variables.input)).toEqual([
      {
        name: 'Partner',
        brands: ['B1'],
        purposes: ['partner_sharing'],
        rateLimitPerMinute: 120,
        expiresAt: '2027-01-31T23:59:59.000Z',
      },
      { name: 'Other', brands: ['B1', 'B2'], purposes: [] },
    ]);
  });

  it('maps VALIDATION to the form fields and revokes by id', async () => {
    const api = fakeApi({
      CreateApiKey: {
        data: null,
        errors: [
          {
            message: 'Invalid input.',
            path: ['createApiKey'],
            extensions: { code: 'VALIDATION', fields: [{ path: ['input', 'name'], message: 'give a name' }] },
          },
        ],
      },
      RevokeApiKey: { data: { revokeApiKey: key('K1', { revokedAt: '2026-03-01T00:00:00Z', version: 2 }) } },
    });
    const session = fakeSession();
    const dp = createStaffDataProvider(fakeClient(api, session));
    const error = await dp.createApiKey({ name: '', brands: [], purposes: [] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).body).toEqual({ code: 'VALIDATION', errors: { name: 'give a name' } });
    const revoked = await dp.revokeApiKey('K1');
    expect(api.calls.at(-1)).toMatchObject({ operation: 'RevokeApiKey', variables: { id: 'K1' } });
    expect(keyStatus(revoked)).toBe('REVOKED');
  });

  it('a role other than ADMIN gets FORBIDDEN from the server, shown as such', async () => {
    const api = fakeApi({
      ApiKeys: {
        data: null,
        errors: [{ message: 'Not authorized', path: ['apiKeys'], extensions: { code: 'FORBIDDEN' } }],
      },
    });
    const session = fakeSession();
    const error = await createStaffDataProvider(fakeClient(api, session))
      .getApiKeys()
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 403, message: 'fidele.errors.forbidden' });
  });
});
