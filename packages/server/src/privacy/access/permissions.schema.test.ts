import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiHarness, type ApiHarness } from '../../testing/api.js';
import { confidentialFields, consentBoundFields } from '../../kernel/field-rules.js';

/** `myPermissions` mirrors the enforced rules: confidential fields by role, purposes, root fields by declared scopes. */
describe('myPermissions', () => {
  let h: ApiHarness;
  const query = '{ myPermissions { role purposes purpose fields { field rule read write } queries mutations } }';

  beforeAll(async () => {
    h = await createApiHarness('sqlite', { purposes: true });
  });
  afterAll(() => h?.drop());

  it('asks an anonymous caller to log in (refused before execution: anonymous callers may only log in)', async () => {
    const r = await h.anonymous(query);
    expect(r.data).toBeUndefined();
    expect(r.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('lists every restricted field with what each role may read, as field-rules.ts says', async () => {
    for (const role of ['ADMIN', 'MARKETING', 'SALES', 'SUPPORT', 'ANALYST'] as const) {
      const r = await h.as(role)(query);
      expect(r.errors).toBeUndefined();
      const p = r.data.myPermissions;
      expect(p.role).toBe(role);
      const byField = new Map<string, { read: boolean; write: boolean; rule: string }>(
        p.fields.map((f: { field: string }) => [f.field, f]),
      );
      for (const [field, roles] of Object.entries(confidentialFields)) {
        const allowed = (roles as readonly string[]).includes(role);
        expect(byField.get(field), `${role} ${field}`).toEqual({
          field,
          rule: 'CONFIDENTIAL',
          read: allowed,
          write: allowed,
        });
      }
      for (const name of consentBoundFields)
        expect(byField.get(`Contact.${name}`)).toMatchObject({ rule: 'PERSONAL', read: true });
    }
  });

  it('gives the purposes and the root fields the role may use', async () => {
    const analyst = (await h.as('ANALYST')(query)).data.myPermissions;
    expect(analyst.purposes).toEqual(['profiling']);
    expect(analyst.purpose).toBe('profiling');
    expect(analyst.mutations).not.toContain('createContact');
    expect(analyst.queries).toContain('contacts');
    expect(analyst.queries).not.toContain('auditLog');
    const marketing = (await h.as('MARKETING')(query)).data.myPermissions;
    expect(marketing.mutations).toEqual(
      expect.arrayContaining(['createContact', 'updateContact', 'createProduct', 'targetContacts']),
    );
    expect(marketing.mutations).not.toContain('createApiKey');
    const admin = (await h.as('ADMIN')(query)).data.myPermissions;
    expect(admin.queries).toContain('auditLog');
    expect(admin.mutations).toContain('createApiKey');
  });
});
