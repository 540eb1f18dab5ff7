import { afterAll, beforeAll, expect, it } from 'vitest';
import { issueToken } from '../../identity/token.js';
import { createApiHarness, roles, type ApiHarness } from '../../testing/api.js';
import { describeEachDatabase } from '../../testing/databases.js';

/**
 * The harness runs every test as the principal it claims to be, through the same path as production: the real
 * yoga server, the real token check, the real purpose check. These tests would fail if it took a shortcut.
 */
describeEachDatabase('the test harness does not bypass checks', (provider) => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
  });
  afterAll(() => h?.drop());

  const code = async (res: Response) => ((await res.json()) as any).errors?.[0]?.extensions.code;

  it('each client is the role it claims, no more', async () => {
    for (const role of roles) expect((await h.as(role)('{ me { role } }')).data.me.role).toBe(role);
    expect((await h.anonymous('{ me { role } }')).data.me).toBeNull();
    expect((await h.as('ANALYST')('{ auditLog(first: 1) { totalCount } }')).errors?.[0]?.extensions.code).toBe(
      'FORBIDDEN',
    );
  });

  it('a forged, an expired and a disabled user token are rejected through the same path the harness uses', async () => {
    expect(await code(await h.fetch({ authorization: 'Bearer forged.token.value' }, '{ me { role } }'))).toBe(
      'UNAUTHENTICATED',
    );
    const expired = await issueToken(h.users.ADMIN, new Date(Date.now() - 2 * 3_600_000));
    expect(await code(await h.fetch({ authorization: `Bearer ${expired.token}` }, '{ me { role } }'))).toBe(
      'UNAUTHENTICATED',
    );
    await h.t.db.staffUser.update({ where: { id: h.users.SALES }, data: { active: false } });
    try {
      expect((await h.as('SALES')('{ me { role } }')).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    } finally {
      await h.t.db.staffUser.update({ where: { id: h.users.SALES }, data: { active: true } });
    }
  });

  it('the declared purpose goes through the real purpose check', async () => {
    expect((await h.as('SUPPORT', 'marketing')('{ me { role } }')).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect((await h.as('ANALYST', 'no_such_purpose')('{ me { role } }')).errors?.[0]?.extensions.code).toBe(
      'VALIDATION',
    );
  });

  it('a bad API key is rejected through the same path as a good one', async () => {
    expect(
      (await h.partner('fid_000000000000_' + 'a'.repeat(43), 'partner_sharing')('{ me { role } }')).errors?.[0]
        ?.extensions.code,
    ).toBe('UNAUTHENTICATED');
  });
});
