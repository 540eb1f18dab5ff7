import { HttpError } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { connection, fakeApi, fakeClient, fakeSession } from '../../test-support/fake-api';
import { createContactsDataProvider } from './contacts-data-provider';

const brand = { id: 'QnJhbmQ6MQ==', code: 'ACME', name: 'Acme' };
const zone = { id: 'Wm9uZTox', code: 'N', name: 'North' };
const contact = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  version: 3,
  kind: 'CLIENT',
  civility: null,
  firstName: 'Ana',
  lastName: `L${id}`,
  companyName: null,
  email: 'a@x.fr',
  phone: null,
  mobile: null,
  postalCode: '75001',
  city: 'Paris',
  countryCode: 'FR',
  pipelineStage: null,
  brand,
  zone,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  deletedAt: null,
  ...extra,
});

describe('contacts data provider', () => {
  it('maps filters, sort and page to the connection arguments, with the token and purpose of the session', async () => {
    const api = fakeApi({ Contacts: { data: { contacts: connection([contact('1'), contact('2')], 40, true) } } });
    const session = fakeSession();
    const dp = createContactsDataProvider(fakeClient(api, session), session);
    const res = await dp.getList!('contacts', {
      filter: {
        q: ' dupont ',
        kind: 'CLIENT',
        brandId: [brand.id],
        zoneId: zone.id,
        sourceActionId: 'A1',
        pipelineStage: ['WON', 'LOST'],
        segmentId: 'S1',
        rfmSegment: ['CHAMPIONS'],
        rfmBrandId: brand.id,
      },
      sort: { field: 'lastName', order: 'DESC' },
      pagination: { page: 1, perPage: 2 },
    });
    expect(res.total).toBe(40);
    expect(res.data.map((r) => r.id)).toEqual(['1', '2']);
    expect(res.data[0]).toMatchObject({ brandId: brand.id, zoneId: zone.id, _withheld: {} });
    expect(api.calls[0]).toMatchObject({
      operation: 'Contacts',
      variables: {
        filter: {
          search: 'dupont',
          kind: ['CLIENT'],
          brand: [brand.id],
          zone: [zone.id],
          sourceAction: ['A1'],
          pipelineStage: ['WON', 'LOST'],
          segment: ['S1'],
          rfmSegment: ['CHAMPIONS'],
          rfmBrand: brand.id,
        },
        orderBy: [{ field: 'LAST_NAME', direction: 'DESC' }],
        first: 2,
      },
      headers: { authorization: 'Bearer tok', 'x-fidele-purpose': 'marketing' },
    });
    expect(api.calls[0]!.variables.after).toBeUndefined();
  });

  it('pages with cursors: the next page after the last row seen, a jump walks from the nearest known cursor', async () => {
    const rows = Array.from({ length: 10 }, (_, i) => contact(String(i + 1)));
    const api = fakeApi({
      Contacts: (v) => {
        const start = v.after ? rows.findIndex((r) => `c${r.id}` === v.after) + 1 : 0;
        return {
          data: {
            contacts: connection(rows.slice(start, start + v.first), rows.length, start + v.first < rows.length),
          },
        };
      },
    });
    const session = fakeSession();
    const dp = createContactsDataProvider(fakeClient(api, session), session);
    const params = { filter: {}, sort: { field: 'id', order: 'ASC' as const } };
    await dp.getList!('contacts', { ...params, pagination: { page: 1, perPage: 2 } });
    const page2 = await dp.getList!('contacts', { ...params, pagination: { page: 2, perPage: 2 } });
    expect(page2.data.map((r) => r.id)).toEqual(['3', '4']);
    expect(api.calls[1]!.variables).toMatchObject({ first: 2, after: 'c2' });
    api.calls.length = 0;
    const page5 = await dp.getList!('contacts', { ...params, pagination: { page: 5, perPage: 2 } });
    expect(page5.data.map((r) => r.id)).toEqual(['9', '10']);
    expect(api.calls.map((c) => [c.variables.first, c.variables.after])).toEqual([
      [4, 'c4'],
      [2, 'c8'],
    ]);
  });

  it('keeps the reason of each withheld field on its record', async () => {
    const api = fakeApi({
      Contacts: {
        data: { contacts: connection([contact('1'), contact('2', { email: null, lastName: null })]) },
        errors: [
          {
            message: 'consent',
            path: ['contacts', 'edges', 1, 'node', 'email'],
            extensions: { code: 'CONSENT_REQUIRED', purpose: 'marketing' },
          },
          {
            message: 'consent',
            path: ['contacts', 'edges', 1, 'node', 'lastName'],
            extensions: { code: 'CONSENT_REQUIRED', purpose: 'marketing' },
          },
        ],
      },
    });
    const session = fakeSession();
    const dp = createContactsDataProvider(fakeClient(api, session), session);
    const { data } = await dp.getList!('contacts', {
      filter: {},
      sort: { field: 'id', order: 'ASC' },
      pagination: { page: 1, perPage: 25 },
    });
    expect(data[0]!._withheld).toEqual({});
    expect(data[1]!._withheld).toEqual({ email: 'CONSENT_REQUIRED', lastName: 'CONSENT_REQUIRED' });
  });

  it('reads the confidential fields only when the role may read one, and only those', async () => {
    const api = fakeApi({
      Contact: { data: { contact: contact('7', { sourceAction: { id: 'A9', code: 'X', name: 'X' } }) } },
      ContactConfidential: {
        data: {
          contact: {
            id: '7',
            incomeBand: 'OVER_80K',
            maritalStatus: 'MARRIED',
            discountRate: null,
            grossMarginClass: null,
          },
        },
        errors: [
          { message: 'no', path: ['contact', 'discountRate'], extensions: { code: 'FORBIDDEN' } },
          { message: 'no', path: ['contact', 'grossMarginClass'], extensions: { code: 'FORBIDDEN' } },
        ],
      },
    });
    const analyst = fakeSession({}, ['Contact.incomeBand', 'Contact.maritalStatus']);
    const { data } = await createContactsDataProvider(fakeClient(api, analyst), analyst).getOne!('contacts', {
      id: '7',
    });
    expect(data).toMatchObject({ id: '7', sourceActionId: 'A9', incomeBand: 'OVER_80K', maritalStatus: 'MARRIED' });
    expect('discountRate' in data).toBe(false);

    const support = fakeSession();
    api.calls.length = 0;
    const other = await createContactsDataProvider(fakeClient(api, support), support).getOne!('contacts', { id: '7' });
    expect(api.calls.map((c) => c.operation)).toEqual(['Contact']);
    expect('incomeBand' in other.data).toBe(false);
  });

  it('creates with the related ids as input and maps a VALIDATION error to the form fields', async () => {
    const api = fakeApi({
      CreateContact: [
        {
          data: null,
          errors: [
            {
              message: 'Invalid input.',
              path: ['createContact'],
              extensions: {
                code: 'VALIDATION',
                fields: [
                  { path: ['input', 'email'], message: 'not an e-mail address' },
                  { path: ['input', 'brand'], message: 'unknown brand' },
                ],
              },
            },
          ],
        },
        { data: { createContact: contact('9') } },
      ],
    });
    const session = fakeSession();
    const dp = createContactsDataProvider(fakeClient(api, session), session);
    const data = {
      kind: 'CLIENT',
      brandId: brand.id,
      zoneId: zone.id,
      lastName: 'Durand',
      email: 'nope',
      incomeBand: 'OVER_80K',
      city: '',
    };
    const error = await dp.create!('contacts', { data }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).body).toEqual({
      code: 'VALIDATION',
      errors: { email: 'not an e-mail address', brandId: 'unknown brand' },
    });
    // A confidential field the role may not write is not sent; empty inputs are left to the API's defaults.
    expect(api.calls[0]!.variables.input).toEqual({
      kind: 'CLIENT',
      brand: brand.id,
      zone: zone.id,
      lastName: 'Durand',
      email: 'nope',
    });
    const created = await dp.create!('contacts', { data: { ...data, email: 'durand@example.fr' } });
    expect(created.data.id).toBe('9');
  });

  it('sends the consents given on the creation form with the contact, leaving out empty rows and proofs', async () => {
    const api = fakeApi({
      CreateContact: {
        data: { createContact: contact('9', { consents: [{ purpose: { code: 'newsletter' }, status: 'GRANTED' }] }) },
      },
    });
    const session = fakeSession();
    const dp = createContactsDataProvider(fakeClient(api, session), session);
    const consents = [
      { purpose: 'newsletter', status: 'GRANTED', source: 'WEB_FORM', proof: ' form-7 ' },
      { purpose: 'profiling', status: 'DENIED', source: 'PHONE', proof: '' },
      { purpose: '', status: 'GRANTED', source: 'PHONE' }, // a row left empty on the form
      null,
    ];
    await dp.create!('contacts', {
      data: { kind: 'PROSPECT', brandId: brand.id, zoneId: zone.id, lastName: 'Given', consents },
    });
    expect(api.calls[0]!.variables.input).toEqual({
      kind: 'PROSPECT',
      brand: brand.id,
      zone: zone.id,
      lastName: 'Given',
      consents: [
        { purpose: 'newsletter', status: 'GRANTED', source: 'WEB_FORM', proof: 'form-7' },
        { purpose: 'profiling', status: 'DENIED', source: 'PHONE' },
      ],
    });
    // No consent given: the input carries none (the contact is created without a basis).
    await dp.create!('contacts', {
      data: { kind: 'PROSPECT', brandId: brand.id, zoneId: zone.id, lastName: 'Bare', consents: [] },
    });
    expect(api.calls[1]!.variables.input).not.toHaveProperty('consents');
  });

  it('updates only the changed fields with the version read, and reports a CONFLICT clearly', async () => {
    const api = fakeApi({
      UpdateContact: [
        { data: { updateContact: contact('5', { version: 4, city: 'Lyon' }) } },
        {
          data: null,
          errors: [
            { message: 'changed', path: ['updateContact'], extensions: { code: 'CONFLICT', expectedVersion: 4 } },
          ],
        },
      ],
    });
    const session = fakeSession();
    const dp = createContactsDataProvider(fakeClient(api, session), session);
    const previousData = { ...contact('5'), brandId: brand.id, zoneId: zone.id, sourceActionId: null, _withheld: {} };
    const { data } = await dp.update!('contacts', { id: '5', data: { ...previousData, city: 'Lyon' }, previousData });
    expect(api.calls[0]!.variables).toEqual({ id: '5', version: 3, input: { city: 'Lyon' } });
    expect(data).toMatchObject({ version: 4, city: 'Lyon' });

    const conflict = await dp.update!('contacts', {
      id: '5',
      data: { ...previousData, city: 'Nice' },
      previousData,
    }).catch((e: unknown) => e);
    expect(conflict).toBeInstanceOf(HttpError);
    expect(conflict).toMatchObject({ status: 409, message: 'fidele.errors.conflict' });

    api.calls.length = 0;
    await dp.update!('contacts', { id: '5', data: previousData, previousData });
    expect(api.calls).toEqual([]); // nothing changed: no request
  });
});
