import { describe, expect, it } from 'vitest';
import type { Context } from '../../kernel/context.js';
import type { Principal } from '../../kernel/principal.js';
import type { RequestPurpose } from '../../kernel/purpose.js';
import { comparedFields, contactWhere } from './contact-access.js';
import { contactScope } from './row-rules.js';

const marketing: RequestPurpose = {
  id: 1,
  code: 'marketing',
  legalBasis: 'CONSENT',
  chain: [{ id: 1, code: 'marketing' }],
};
const staff = (role: 'ADMIN' | 'MARKETING' | 'SUPPORT'): Principal => ({
  kind: 'staff',
  userId: 7,
  role,
  brandIds: [1],
  zoneIds: [2],
});
const ctxOf = (principal: Principal | null, purpose: RequestPurpose | null = marketing) =>
  ({ principal, purpose, now: new Date('2026-01-01T00:00:00Z') }) as unknown as Context;

/** Whether a where tree holds the consent predicate (a `consentStates` condition). */
const hasConsent = (where: unknown): boolean => JSON.stringify(where).includes('consentStates');

describe('the contact access layer decides from the query what it reads', () => {
  it('finds personal and confidential fields through AND / OR / NOT and in orderBy', () => {
    const found = comparedFields({ OR: [{ email: { equals: 'a@b.fr' } }, { NOT: { kind: 'CLIENT' } }] }, [
      { lastName: 'asc' },
      { incomeBand: 'desc' },
    ]);
    expect(found.personal.sort()).toEqual(['email', 'lastName']);
    expect(found.confidential).toEqual(['Contact.incomeBand']);
    // A relation's own fields are not the contact's: a sale's total is not a personal field of the contact.
    expect(comparedFields({ sales: { some: { email: 'x' } } }).personal).toEqual([]);
  });

  it('always applies the row rule, and consent only when a personal value is compared', () => {
    const ctx = ctxOf(staff('MARKETING'));
    const plain = contactWhere(ctx, { kind: 'CLIENT' });
    expect(plain).toEqual({ AND: [contactScope(ctx), { kind: 'CLIENT' }] });
    expect(hasConsent(plain)).toBe(false);
    expect(hasConsent(contactWhere(ctx, { email: 'a@b.fr' }))).toBe(true);
    expect(hasConsent(contactWhere(ctx, {}, { lastName: 'asc' }))).toBe(true);
  });

  it('matches nothing personal without a declared purpose', () => {
    const where = contactWhere(ctxOf(staff('ADMIN'), null), { email: 'a@b.fr' });
    expect(JSON.stringify(where)).toContain('{"id":-1}');
  });

  it('refuses to compare a confidential field the role may not read', () => {
    expect(() => contactWhere(ctxOf(staff('SUPPORT')), { incomeBand: 'OVER_80K' })).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) }),
    );
    expect(() => contactWhere(ctxOf(staff('MARKETING')), { incomeBand: 'OVER_80K' })).not.toThrow();
  });

  it('does not wrap its own where twice, but still checks what a new order compares', () => {
    const ctx = ctxOf(staff('SUPPORT'));
    const built = contactWhere(ctx, { kind: 'CLIENT' });
    expect(contactWhere(ctx, built)).toBe(built);
    expect(hasConsent(contactWhere(ctx, built, { lastName: 'asc' }))).toBe(true);
    expect(() => contactWhere(ctx, built, { incomeBand: 'asc' })).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) }),
    );
    // Another request's context gets its own rules, not the reused where.
    expect(contactWhere(ctxOf(staff('SUPPORT')), built)).not.toBe(built);
  });

  it('gives nothing to an anonymous caller', () => {
    expect(JSON.stringify(contactWhere(ctxOf(null), {}))).toContain('{"id":-1}');
  });

  it('lets the system see every row, and applies consent to it only when it acts for a purpose', () => {
    const system: Principal = { kind: 'system', reason: 'job:test' };
    expect(contactWhere(ctxOf(system, null), { email: 'a@b.fr' })).toEqual({ AND: [{}, { email: 'a@b.fr' }, {}] });
    expect(hasConsent(contactWhere(ctxOf(system, marketing), { email: 'a@b.fr' }))).toBe(true);
  });
});
