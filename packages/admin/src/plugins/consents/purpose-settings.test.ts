import { HttpError } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { fakeApi, fakeClient, fakeSession } from '../../test-support/fake-api';
import { createPurposeSettingsDataProvider } from './purpose-settings';

describe('purpose settings data provider', () => {
  it('reads the switches and changes one at a time with updatePurpose', async () => {
    const api = fakeApi({
      PurposeSettings: { data: { purposes: [{ code: 'newsletter', inPreferenceCentre: false, doubleOptIn: true }] } },
      UpdatePurpose: (v: any) => ({
        data: { updatePurpose: { code: v.code, inPreferenceCentre: v.input.inPreferenceCentre, doubleOptIn: true } },
      }),
    });
    const dp = createPurposeSettingsDataProvider(fakeClient(api, fakeSession()));
    expect(await dp.getPurposeSettings()).toEqual([
      { code: 'newsletter', inPreferenceCentre: false, doubleOptIn: true },
    ]);
    expect(await dp.setPurposeSetting('newsletter', 'inPreferenceCentre', true)).toEqual({
      code: 'newsletter',
      inPreferenceCentre: true,
      doubleOptIn: true,
    });
    expect(api.calls.map((c) => [c.operation, c.variables])).toEqual([
      ['PurposeSettings', {}],
      ['UpdatePurpose', { code: 'newsletter', input: { inPreferenceCentre: true } }],
    ]);
  });

  it('a refusal (not an admin) comes back as an HTTP error', async () => {
    const api = fakeApi({
      UpdatePurpose: { errors: [{ message: 'Not authorized', extensions: { code: 'FORBIDDEN' } }], data: null },
    });
    const dp = createPurposeSettingsDataProvider(fakeClient(api, fakeSession()));
    await expect(dp.setPurposeSetting('newsletter', 'doubleOptIn', false)).rejects.toBeInstanceOf(HttpError);
  });
});
