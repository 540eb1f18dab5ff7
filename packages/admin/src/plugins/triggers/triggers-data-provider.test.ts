import { HttpError } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { fakeApi, fakeClient, fakeSession } from '../../test-support/fake-api';
import {
  createTriggersDataProvider,
  emptyTriggerForm,
  toParamsInput,
  toTriggerForm,
  type TriggerForm,
} from './triggers-data-provider';

const trigger = (extra: Record<string, unknown> = {}) => ({
  id: 'T1',
  version: 2,
  name: 'Lapsed',
  kind: 'NO_PURCHASE_FOR_DAYS',
  active: true,
  lastRunAt: null,
  params: { days: 90, sinceDays: null, categoryCode: null, from: null, to: null },
  action: { id: 'A1', code: 'WB', name: 'Win back' },
  brand: null,
  firings: { totalCount: 0 },
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  ...extra,
});

describe('triggers data provider', () => {
  it('sends only the params of the kind, blanks left out, a day count that is not whole as -1', () => {
    const form: TriggerForm = {
      ...emptyTriggerForm,
      params: { days: ' 30 ', sinceDays: '', categoryCode: 'GARDEN', from: 'LOYAL', to: '' },
    };
    expect(toParamsInput(form)).toEqual({ days: 30 });
    expect(toParamsInput({ ...form, kind: 'CATEGORY_PURCHASE' })).toEqual({ categoryCode: 'GARDEN' });
    expect(toParamsInput({ ...form, kind: 'SCORE_CHANGE' })).toEqual({ from: 'LOYAL' });
    expect(toParamsInput({ ...form, params: { ...form.params, days: '2.5' } })).toEqual({ days: -1 });
  });

  it('edits a stored trigger with the version read, and maps VALIDATION to the params fields', async () => {
    const api = fakeApi({
      UpdateTrigger: { data: { updateTrigger: trigger({ version: 3 }) } },
      CreateTrigger: {
        data: null,
        errors: [
          {
            message: 'Invalid input.',
            path: ['createTrigger'],
            extensions: {
              code: 'VALIDATION',
              fields: [{ path: ['input', 'params', 'days'], message: 'required for NO_PURCHASE_FOR_DAYS' }],
            },
          },
        ],
      },
    });
    const dp = createTriggersDataProvider(fakeClient(api, fakeSession()));
    const row = trigger() as never;
    const form = toTriggerForm(row);
    expect(form).toMatchObject({ name: 'Lapsed', action: 'A1', params: { days: '90', sinceDays: '' } });
    expect((await dp.saveTrigger({ ...form, name: ' Lapsed 90 ' }, { id: 'T1', version: 2 })).version).toBe(3);
    expect(api.calls[0]!.variables).toEqual({
      id: 'T1',
      version: 2,
      input: { name: 'Lapsed 90', kind: 'NO_PURCHASE_FOR_DAYS', action: 'A1', active: true, params: { days: 90 } },
    });
    const error = await dp.saveTrigger({ ...emptyTriggerForm, name: 'x', action: 'A1' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).body).toEqual({
      code: 'VALIDATION',
      errors: { 'params.days': 'required for NO_PURCHASE_FOR_DAYS' },
    });
  });
});
