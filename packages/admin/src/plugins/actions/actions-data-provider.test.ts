import { HttpError } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { connection, fakeApi, fakeClient, fakeSession } from '../../test-support/fake-api';
import { createActionsDataProvider } from './actions-data-provider';

const action = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  version: 2,
  code: `EMA-${id}`,
  name: 'Soldes',
  medium: 'EMAIL',
  status: 'RUNNING',
  brand: { id: 'B1', code: 'M', name: 'Maison' },
  ...extra,
});

describe('actions data provider', () => {
  it('maps the list filters and sort, and serves an action’s targets by reference', async () => {
    const api = fakeApi({
      MarketingActions: { data: { marketingActions: connection([action('1')], 1) } },
      ActionTargets: {
        data: {
          actionTargets: connection([{ id: 'T1', action: { id: '1' }, contact: { id: 'C9' }, responded: true }], 1),
        },
      },
    });
    const session = fakeSession();
    const dp = createActionsDataProvider(fakeClient(api, session));
    const list = await dp.getList!('actions', {
      filter: { q: 'soldes', medium: ['EMAIL', 'SMS'], status: 'RUNNING', brandId: 'B1' },
      sort: { field: 'startDate', order: 'DESC' },
      pagination: { page: 1, perPage: 25 },
    });
    expect(list.data[0]).toMatchObject({ id: '1', brandId: 'B1' });
    expect(api.calls[0]!.variables).toMatchObject({
      filter: { search: 'soldes', medium: ['EMAIL', 'SMS'], status: ['RUNNING'], brand: ['B1'] },
      orderBy: [{ field: 'START_DATE', direction: 'DESC' }],
      first: 25,
    });
    const targets = await dp.getManyReference!('targets', {
      target: 'action',
      id: '1',
      filter: {},
      sort: { field: 'targetedAt', order: 'DESC' },
      pagination: { page: 1, perPage: 10 },
    });
    expect(targets.data[0]).toMatchObject({ id: 'T1', actionId: '1', contactId: 'C9' });
    expect(api.calls[1]).toMatchObject({
      operation: 'ActionTargets',
      variables: { filter: { action: ['1'] }, orderBy: [{ field: 'TARGETED_AT', direction: 'DESC' }], first: 10 },
    });
  });

  it('updates the changed fields with the version read (a calendar day becomes an instant); a stale version is a conflict', async () => {
    const api = fakeApi({
      UpdateMarketingAction: [
        { data: { updateMarketingAction: action('1', { version: 3, name: 'Soldes d’été' }) } },
        {
          data: null,
          errors: [{ message: 'stale', path: ['updateMarketingAction'], extensions: { code: 'CONFLICT' } }],
        },
      ],
    });
    const session = fakeSession();
    const dp = createActionsDataProvider(fakeClient(api, session));
    const previousData = { ...action('1'), brandId: 'B1', endDate: null };
    const { data } = await dp.update!('actions', {
      id: '1',
      previousData,
      data: { ...previousData, name: 'Soldes d’été', endDate: '2026-08-31' },
    });
    expect(api.calls[0]!.variables).toEqual({
      id: '1',
      version: 2,
      input: { name: 'Soldes d’été', endDate: '2026-08-31T00:00:00.000Z' },
    });
    expect(data).toMatchObject({ version: 3, name: 'Soldes d’été' });
    const error = await dp.update!('actions', { id: '1', previousData, data: { ...previousData, name: 'X' } }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ status: 409, message: 'fidele.errors.conflict' });
  });

  it('creates with brand and products under their API names, days as instants; VALIDATION under each input', async () => {
    const invalid = {
      message: 'Invalid input.',
      path: ['createMarketingAction'],
      extensions: {
        code: 'VALIDATION',
        fields: [
          { path: ['input', 'controlGroupPercent'], message: 'between 0 and 100' },
          { path: ['input', 'brand'], message: 'unknown brand, or outside your brands' },
        ],
      },
    };
    const api = fakeApi({
      CreateMarketingAction: [{ data: null, errors: [invalid] }, { data: { createMarketingAction: action('7') } }],
    });
    const session = fakeSession();
    const dp = createActionsDataProvider(fakeClient(api, session));
    const data = {
      code: 'EMA-7',
      name: 'Soldes',
      objective: 'LOYALTY',
      medium: 'EMAIL',
      status: 'PLANNED',
      startDate: '2026-06-01',
      endDate: '2026-06-30',
      cost: 1200.5,
      requiredPurpose: 'marketing',
      brandId: 'B1',
      controlGroupPercent: 150,
      responseChannels: ['EMAIL'],
      productIds: ['P1', 'P2'],
      targetDescription: '',
    };
    const error = await dp.create!('actions', { data }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).body).toEqual({
      code: 'VALIDATION',
      errors: { controlGroupPercent: 'between 0 and 100', brandId: 'unknown brand, or outside your brands' },
    });
    expect(api.calls[0]!.variables.input).toEqual({
      code: 'EMA-7',
      name: 'Soldes',
      objective: 'LOYALTY',
      medium: 'EMAIL',
      status: 'PLANNED',
      startDate: '2026-06-01T00:00:00.000Z',
      endDate: '2026-06-30T00:00:00.000Z',
      cost: '1200.5',
      requiredPurpose: 'marketing',
      brand: 'B1',
      controlGroupPercent: 150,
      responseChannels: ['EMAIL'],
      products: ['P1', 'P2'],
    });
    const created = await dp.create!('actions', { data: { ...data, controlGroupPercent: 10 } });
    expect(created.data).toMatchObject({ id: '7', brandId: 'B1' });
  });

  it('sends the sequence fields: the previous action by id with its condition and delay; unlinking leaves them to the server', async () => {
    const invalid = {
      message: 'Invalid input.',
      path: ['createMarketingAction'],
      extensions: {
        code: 'VALIDATION',
        fields: [{ path: ['input', 'previousAction'], message: 'a follow-up cannot start before the previous action' }],
      },
    };
    const followUp = action('8', {
      previousAction: { id: '1', code: 'EMA-1', name: 'Soldes' },
      followUpCondition: 'NO_RESPONSE',
      followUpDelayDays: 7,
    });
    const api = fakeApi({
      CreateMarketingAction: [{ data: null, errors: [invalid] }, { data: { createMarketingAction: followUp } }],
      UpdateMarketingAction: [{ data: { updateMarketingAction: action('8', { version: 3, previousAction: null }) } }],
      UpdateActionTargeting: [
        { data: { updateActionTargeting: { id: '8', version: 3, priority: 2, segment: null } } },
        { data: { updateActionTargeting: { id: '8', version: 4, priority: 5, segment: null } } },
      ],
    });
    const dp = createActionsDataProvider(fakeClient(api, fakeSession()));
    const base = {
      code: 'SMS-8',
      name: 'Relance',
      objective: 'LOYALTY',
      medium: 'SMS',
      startDate: '2026-06-01',
      endDate: '2026-06-30',
      requiredPurpose: 'marketing',
      brandId: 'B1',
    };
    const error = await dp.create!('actions', {
      data: { ...base, previousActionId: '1', followUpCondition: 'NO_RESPONSE', followUpDelayDays: 7, priority: 2 },
    }).catch((e: unknown) => e);
    expect((error as HttpError).body).toEqual({
      code: 'VALIDATION',
      errors: { previousActionId: 'a follow-up cannot start before the previous action' },
    });
    expect(api.calls[0]!.variables.input).toMatchObject({
      previousAction: '1',
      followUpCondition: 'NO_RESPONSE',
      followUpDelayDays: 7,
    });
    // The priority is not part of the create input: a refused create sets nothing else.
    expect(api.calls[0]!.variables.input).not.toHaveProperty('priority');
    expect(api.calls).toHaveLength(1);
    const created = await dp.create!('actions', {
      data: { ...base, previousActionId: '1', followUpCondition: 'NO_RESPONSE', followUpDelayDays: 0, priority: 2 },
    });
    expect(api.calls[1]!.variables.input).toMatchObject({ previousAction: '1', followUpDelayDays: 0 });
    expect(api.calls[2]).toMatchObject({
      operation: 'UpdateActionTargeting',
      variables: { id: '8', version: 2, input: { priority: 2 } },
    });
    expect(created.data).toMatchObject({
      id: '8',
      previousActionId: '1',
      followUpDelayDays: 7,
      priority: 2,
      version: 3,
    });
    // Without a previous action, the hidden condition and delay are not sent.
    await dp.create!('actions', { data: { ...base, followUpCondition: 'ALL', followUpDelayDays: 3 } }).catch(
      () => undefined,
    );
    expect(api.calls[3]!.variables.input).not.toHaveProperty('followUpCondition');
    expect(api.calls[3]!.variables.input).not.toHaveProperty('previousAction');

    const previousData = { ...followUp, brandId: 'B1', previousActionId: '1', priority: 2 };
    const updated = await dp.update!('actions', {
      id: '8',
      previousData,
      data: { ...previousData, previousActionId: null, attributionWindowDays: 14, priority: 5 },
    });
    expect(api.calls[4]!.variables).toEqual({
      id: '8',
      version: 2,
      input: { previousAction: null, attributionWindowDays: 14 },
    });
    expect(api.calls[5]).toMatchObject({
      operation: 'UpdateActionTargeting',
      variables: { id: '8', version: 3, input: { priority: 5 } },
    });
    expect(updated.data).toMatchObject({ version: 4, priority: 5, previousActionId: null });
  });
});
