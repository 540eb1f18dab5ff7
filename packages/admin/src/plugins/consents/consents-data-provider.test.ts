import { HttpError } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { fakeApi, fakeClient, fakeSession } from '../../test-support/fake-api';
import { createConsentsDataProvider, purposeTree } from './consents-data-provider';

const marketing = { code: 'marketing', name: 'Marketing' };
const event = (status: string, capturedAt: string) => ({
  purpose: marketing,
  status,
  source: 'PHONE',
  proof: null,
  capturedAt,
  capturedBy: null,
  effectiveFrom: capturedAt,
  effectiveTo: null,
});

describe('consents data provider', () => {
  it('reads the current consents and the history, newest first', async () => {
    const api = fakeApi({
      ContactConsentDetails: {
        data: {
          contact: {
            id: 'C1',
            consents: [
              {
                purpose: { ...marketing, legalBasis: 'CONSENT' },
                status: 'WITHDRAWN',
                effectiveFrom: '2026-02-01T00:00:00Z',
                effectiveTo: null,
              },
            ],
            consentHistory: [event('GRANTED', '2026-01-01T00:00:00Z'), event('WITHDRAWN', '2026-02-01T00:00:00Z')],
          },
        },
      },
    });
    const session = fakeSession();
    const dp = createConsentsDataProvider(fakeClient(api, session));
    const { consents, history } = await dp.getConsentDetails('C1');
    expect(api.calls[0]).toMatchObject({
      operation: 'ContactConsentDetails',
      variables: { id: 'C1' },
      headers: { 'x-fidele-purpose': 'marketing' },
    });
    expect(consents.map((c) => c.status)).toEqual(['WITHDRAWN']);
    expect(history.map((e) => e.status)).toEqual(['WITHDRAWN', 'GRANTED']);
  });

  it('a contact outside the rights is NOT_FOUND', async () => {
    const api = fakeApi({ ContactConsentDetails: { data: { contact: null } } });
    const session = fakeSession();
    const error = await createConsentsDataProvider(fakeClient(api, session))
      .getConsentDetails('C9')
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 404 });
  });

  it('records each decision with its own mutation: source, trimmed proof, dates as instants, blanks left out', async () => {
    const api = fakeApi({
      GrantConsent: { data: { grantConsent: event('GRANTED', '2026-03-01T00:00:00Z') } },
      DenyConsent: { data: { denyConsent: event('DENIED', '2026-03-01T00:00:00Z') } },
      WithdrawConsent: { data: { withdrawConsent: event('WITHDRAWN', '2026-03-01T00:00:00Z') } },
    });
    const session = fakeSession();
    const dp = createConsentsDataProvider(fakeClient(api, session));
    const granted = await dp.recordConsentDecision('grant', 'C1', {
      purpose: 'newsletter',
      source: 'PAPER_FORM',
      proof: '  form 42 ',
      effectiveFrom: '2026-03-01',
    });
    expect(granted.status).toBe('GRANTED');
    await dp.recordConsentDecision('deny', 'C1', {
      purpose: 'profiling',
      source: 'PHONE',
      proof: '',
      effectiveFrom: '',
    });
    await dp.recordConsentDecision('withdraw', 'C1', { purpose: 'marketing', source: 'EMAIL' });
    expect(api.calls.map((c) => [c.operation, c.variables.input])).toEqual([
      [
        'GrantConsent',
        {
          contact: 'C1',
          purpose: 'newsletter',
          source: 'PAPER_FORM',
          proof: 'form 42',
          effectiveFrom: '2026-03-01T00:00:00.000Z',
        },
      ],
      ['DenyConsent', { contact: 'C1', purpose: 'profiling', source: 'PHONE' }],
      ['WithdrawConsent', { contact: 'C1', purpose: 'marketing', source: 'EMAIL' }],
    ]);
  });

  it('maps a VALIDATION error to the form fields and FORBIDDEN to a clear message', async () => {
    const api = fakeApi({
      GrantConsent: [
        {
          data: null,
          errors: [
            {
              message: 'Invalid input.',
              path: ['grantConsent'],
              extensions: { code: 'VALIDATION', fields: [{ path: ['input', 'purpose'], message: 'unknown purpose' }] },
            },
          ],
        },
        { data: null, errors: [{ message: 'no', path: ['grantConsent'], extensions: { code: 'FORBIDDEN' } }] },
      ],
    });
    const session = fakeSession();
    const dp = createConsentsDataProvider(fakeClient(api, session));
    const invalid = await dp
      .recordConsentDecision('grant', 'C1', { purpose: 'nope', source: 'PHONE' })
      .catch((e: unknown) => e);
    expect(invalid).toBeInstanceOf(HttpError);
    expect((invalid as HttpError).body).toEqual({ code: 'VALIDATION', errors: { purpose: 'unknown purpose' } });
    const forbidden = await dp
      .recordConsentDecision('grant', 'C1', { purpose: 'marketing', source: 'PHONE' })
      .catch((e: unknown) => e);
    expect(forbidden).toMatchObject({ status: 403, message: 'fidele.errors.forbidden' });
  });

  it('lists the purposes as a tree, parents first', async () => {
    const purposes = [
      { code: 'marketing', name: 'Marketing', description: null, legalBasis: 'CONSENT', parent: null },
      { code: 'customer_service', name: 'Customer service', description: null, legalBasis: 'CONTRACT', parent: null },
      {
        code: 'newsletter',
        name: 'Newsletter',
        description: null,
        legalBasis: 'CONSENT',
        parent: { code: 'marketing' },
      },
    ];
    const api = fakeApi({ Purposes: { data: { purposes } } });
    const session = fakeSession();
    const rows = await createConsentsDataProvider(fakeClient(api, session)).getPurposes();
    expect(purposeTree(rows as never).map((r) => `${r.depth}:${r.purpose.code}`)).toEqual([
      '0:customer_service',
      '0:marketing',
      '1:newsletter',
    ]);
  });
});
