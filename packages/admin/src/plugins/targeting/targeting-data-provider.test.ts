import { HttpError } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { connection, fakeApi, fakeClient, fakeSession } from '../../test-support/fake-api';
import { createTargetingDataProvider } from './targeting-data-provider';

const target = (id: string) => ({ id });

describe('targeting data provider', () => {
  it('lists the planned and running actions, latest first', async () => {
    const api = fakeApi({ MarketingActions: { data: { marketingActions: connection([{ id: 'A1', code: 'SPRING', name: 'Spring', status: 'RUNNING' }]) } } });
    const session = fakeSession();
    const actions = await createTargetingDataProvider(fakeClient(api, session)).getTargetableActions();
    expect(actions.map((a) => a.code)).toEqual(['SPRING']);
    expect(api.calls[0]!.variables).toMatchObject({ filter: { status: ['PLANNED', 'RUNNING'] }, orderBy: [{ field: 'START_DATE', direction: 'DESC' }], first: 100 });
  });

  it('reports the targets created and those already targeted', async () => {
    const api = fakeApi({ TargetContacts: { data: { targetContacts: { created: [target('T1'), target('T2')], alreadyTargeted: [target('T0')] } } } });
    const session = fakeSession();
    const report = await createTargetingDataProvider(fakeClient(api, session)).targetContacts('A1', ['C1', 'C2', 'C3']);
    expect(report).toEqual({ created: 2, alreadyTargeted: 1, refused: [] });
    expect(api.calls[0]!.variables).toEqual({ actionId: 'A1', contactIds: ['C1', 'C2', 'C3'] });
  });

  it('reports each refused contact with the server’s reason (nothing is written: all or nothing)', async () => {
    const api = fakeApi({
      TargetContacts: [
        {
          data: null,
          errors: [{
            message: 'Some contacts have not consented to marketing.', path: ['targetContacts'],
            extensions: { code: 'CONSENT_REQUIRED', fields: [{ path: ['contactIds', '1'], message: 'no consent for marketing' }] },
          }],
        },
        {
          data: null,
          errors: [{
            message: 'Invalid input.', path: ['targetContacts'],
            extensions: { code: 'VALIDATION', fields: [{ path: ['actionId'], message: 'the action is completed: it takes no more targets' }, { path: ['contactIds', '0'], message: 'the contact is deleted or merged' }] },
          }],
        },
        { data: null, errors: [{ message: 'Not authorized', path: ['targetContacts'], extensions: { code: 'FORBIDDEN' } }] },
      ],
    });
    const session = fakeSession();
    const dp = createTargetingDataProvider(fakeClient(api, session));
    expect(await dp.targetContacts('A1', ['C1', 'C2'])).toEqual({
      created: 0, alreadyTargeted: 0, refused: [{ contactId: 'C2', code: 'CONSENT_REQUIRED', reason: 'no consent for marketing' }],
    });
    expect(await dp.targetContacts('A1', ['C1', 'C2'])).toEqual({
      created: 0, alreadyTargeted: 0, refused: [{ contactId: 'C1', code: 'VALIDATION', reason: 'the contact is deleted or merged' }],
      problem: 'the action is completed: it takes no more targets',
    });
    const forbidden = await dp.targetContacts('A1', ['C1']).catch((e: unknown) => e);
    expect(forbidden).toBeInstanceOf(HttpError);
    expect(forbidden).toMatchObject({ status: 403 });
  });

  it('exports the list filter as a file, with what the purpose and the role left out', async () => {
    const csv = 'id;lastName\n1;Durand\n';
    const api = fakeApi({
      ExportContacts: {
        data: {
          exportContacts: {
            fileName: 'contacts.csv', mimeType: 'text/csv', contentBase64: Buffer.from(csv).toString('base64'), rowCount: 1, columns: ['id', 'lastName'],
            withheldColumns: ['incomeBand'], excludedWithoutConsent: 4,
          },
        },
      },
    });
    const session = fakeSession();
    const report = await createTargetingDataProvider(fakeClient(api, session)).exportContacts({ q: 'durand', kind: 'CLIENT' }, 'CSV');
    expect(api.calls[0]).toMatchObject({
      operation: 'ExportContacts',
      variables: { format: 'CSV', filter: { search: 'durand', kind: ['CLIENT'] } },
      headers: { 'x-fidele-purpose': 'marketing' },
    });
    expect(new TextDecoder().decode(report.content)).toBe(csv);
    expect(report).toMatchObject({ fileName: 'contacts.csv', rowCount: 1, excludedWithoutConsent: 4, withheldColumns: ['incomeBand'] });
  });
});
