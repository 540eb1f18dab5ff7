import { HttpError } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import { createSessionClient } from '../../api/session-client';
import { connection, fakeApi, fakeClient, fakeSession } from '../../test-support/fake-api';
import { createTargetingDataProvider } from './targeting-data-provider';

const target = (id: string) => ({ id });

describe('targeting data provider', () => {
  it('lists the planned and running actions, latest first', async () => {
    const api = fakeApi({
      MarketingActions: {
        data: { marketingActions: connection([{ id: 'A1', code: 'SPRING', name: 'Spring', status: 'RUNNING' }]) },
      },
    });
    const session = fakeSession();
    const actions = await createTargetingDataProvider(fakeClient(api, session)).getTargetableActions();
    expect(actions.map((a) => a.code)).toEqual(['SPRING']);
    expect(api.calls[0]!.variables).toMatchObject({
      filter: { status: ['PLANNED', 'RUNNING'] },
      orderBy: [{ field: 'START_DATE', direction: 'DESC' }],
      first: 100,
    });
  });

  it('reports the targets created, those already targeted and those the rules left out', async () => {
    const api = fakeApi({
      TargetContacts: {
        data: {
          targetContacts: {
            created: [target('T1'), target('T2')],
            alreadyTargeted: [target('T0')],
            excluded: [{ reason: 'CHANNEL_OPT_OUT', detail: 'EMAIL', contact: { id: 'C4' } }],
          },
        },
      },
    });
    const session = fakeSession();
    const dp = createTargetingDataProvider(fakeClient(api, session));
    const report = await dp.targetContacts('A1', ['C1', 'C2', 'C3', 'C4']);
    expect(report).toEqual({
      created: 2,
      alreadyTargeted: 1,
      excluded: [{ contactId: 'C4', reason: 'CHANNEL_OPT_OUT' }],
      refused: [],
    });
    expect(api.calls[0]!.variables).toEqual({ actionId: 'A1', contactIds: ['C1', 'C2', 'C3', 'C4'] });
  });

  it('reports each refused contact with the server’s reason (nothing is written: all or nothing)', async () => {
    const api = fakeApi({
      TargetContacts: [
        {
          data: null,
          errors: [
            {
              message: 'Some contacts have not consented to marketing.',
              path: ['targetContacts'],
              extensions: {
                code: 'CONSENT_REQUIRED',
                fields: [{ path: ['contactIds', '1'], message: 'no consent for marketing', code: 'NO_CONSENT' }],
              },
            },
          ],
        },
        {
          data: null,
          errors: [
            {
              message: 'Invalid input.',
              path: ['targetContacts'],
              extensions: {
                code: 'VALIDATION',
                fields: [
                  { path: ['actionId'], message: 'the action is completed: it takes no more targets' },
                  { path: ['contactIds', '0'], message: 'the contact is deleted or merged' },
                ],
              },
            },
          ],
        },
        {
          data: null,
          errors: [{ message: 'Not authorized', path: ['targetContacts'], extensions: { code: 'FORBIDDEN' } }],
        },
      ],
    });
    const session = fakeSession();
    const dp = createTargetingDataProvider(fakeClient(api, session));
    expect(await dp.targetContacts('A1', ['C1', 'C2'])).toEqual({
      created: 0,
      alreadyTargeted: 0,
      excluded: [],
      refused: [
        { contactId: 'C2', code: 'CONSENT_REQUIRED', reason: 'no consent for marketing', reasonCode: 'NO_CONSENT' },
      ],
    });
    expect(await dp.targetContacts('A1', ['C1', 'C2'])).toEqual({
      created: 0,
      alreadyTargeted: 0,
      excluded: [],
      refused: [{ contactId: 'C1', code: 'VALIDATION', reason: 'the contact is deleted or merged' }],
      problem: 'the action is completed: it takes no more targets',
    });
    const forbidden = await dp.targetContacts('A1', ['C1']).catch((e: unknown) => e);
    expect(forbidden).toBeInstanceOf(HttpError);
    expect(forbidden).toMatchObject({ status: 403 });
  });

  it('downloads the list filter, or a selection, from GET /export/contacts with the session token and purpose', async () => {
    const csv = 'id;lastName\n1;Durand\n';
    const requests: { url: string; headers: Record<string, string> }[] = [];
    const fetch = vi.fn<typeof globalThis.fetch>(async (url, init) => {
      requests.push({ url: String(url), headers: { ...(init?.headers as Record<string, string>) } });
      return new Response(csv, {
        status: 200,
        headers: {
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': 'attachment; filename="contacts-2024-05-01.csv"',
          'x-fidele-row-count': '1',
          'x-fidele-excluded-without-consent': '4',
          'x-fidele-withheld-columns': 'incomeBand',
          'x-fidele-columns': 'id,lastName',
        },
      });
    });
    const dp = createTargetingDataProvider(
      createSessionClient({ url: 'http://api.test/graphql', session: fakeSession(), fetch }),
    );
    const report = await dp.exportContacts({ q: 'durand', kind: 'CLIENT' }, 'CSV');
    const first = new URL(requests[0]!.url);
    expect(first.origin + first.pathname).toBe('http://api.test/export/contacts');
    expect(first.searchParams.get('format')).toBe('csv');
    expect(JSON.parse(first.searchParams.get('filter')!)).toEqual({ search: 'durand', kind: ['CLIENT'] });
    expect(requests[0]!.headers).toMatchObject({ authorization: 'Bearer tok', 'x-fidele-purpose': 'marketing' });
    expect(await report.content.text()).toBe(csv);
    expect(report).toMatchObject({
      fileName: 'contacts-2024-05-01.csv',
      rowCount: 1,
      excludedWithoutConsent: 4,
      withheldColumns: ['incomeBand'],
    });
    await dp.exportContacts({ q: 'durand' }, 'XLSX', ['C1', 'C2']);
    const second = new URL(requests[1]!.url);
    expect(second.searchParams.get('format')).toBe('xlsx');
    expect(JSON.parse(second.searchParams.get('filter')!)).toEqual({ ids: ['C1', 'C2'] });
  });

  it('turns a refusal of the download into a react-admin error with the status', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>(
      async () =>
        new Response(
          JSON.stringify({ error: { code: 'FORBIDDEN', message: 'Your role may not export incomeBand.' } }),
          { status: 403, headers: { 'content-type': 'application/json' } },
        ),
    );
    const dp = createTargetingDataProvider(createSessionClient({ url: '/graphql', session: fakeSession(), fetch }));
    const e = await dp.exportContacts({}, 'CSV').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(HttpError);
    expect(e).toMatchObject({
      status: 403,
      body: { code: 'FORBIDDEN', message: expect.stringContaining('incomeBand') },
    });
    expect(String(fetch.mock.calls[0]![0])).toBe('/export/contacts?format=csv&filter=%7B%7D');
  });
});
