/**
 * What the message tests share: the API harness with the demo purposes, contacts made with chosen consents, and an
 * e-mail action of brand A whose required purpose is `marketing` (the purpose the MARKETING role declares).
 */
import type { Provider } from '../../kernel/db/paths.js';
import { createApiHarness, type ApiHarness } from '../../testing/api.js';

export interface MessageWorld {
  h: ApiHarness;
  contact(data?: Record<string, unknown>, consents?: string[]): Promise<number>;
  action(extra?: Record<string, unknown>): Promise<number>;
}

export async function messageWorld(provider: Provider): Promise<MessageWorld> {
  const h = await createApiHarness(provider, { purposes: true });
  const db = h.t.db;
  let seq = 0;
  return {
    h,
    async contact(data = {}, consents = ['marketing']) {
      const n = seq++;
      const c = await db.contact.create({
        data: {
          kind: 'CLIENT',
          firstName: `First${n}`,
          lastName: `Contact${n}`,
          brandId: h.brands.a,
          zoneId: h.zones.north,
          email: `c${n}@example.test`,
          ...data,
        },
        select: { id: true },
      });
      for (const p of consents) await h.consent(c.id, p);
      return c.id;
    },
    action: async (extra = {}) =>
      (
        await db.marketingAction.create({
          data: {
            code: `MSG${seq++}`,
            name: 'Spring offer',
            objective: 'LOYALTY',
            medium: 'EMAIL',
            brandId: h.brands.a,
            status: 'RUNNING',
            requiredPurposeId: h.purposes.marketing!,
            startDate: new Date('2020-01-01T00:00:00Z'),
            endDate: new Date('2030-01-01T00:00:00Z'),
            ...extra,
          },
          select: { id: true },
        })
      ).id,
  };
}

export const SET_MESSAGE = `mutation($input: ActionMessageInput!) {
  setActionMessage(input: $input) { id subject bodyText bodyHtml sender ratePerMinute version }
}`;

export const PREVIEW = `query($a: ID!, $c: ID!) {
  actionMessagePreview(action: $a, contact: $c) {
    to subject text html sendable reason detail detailCode detailParams { name value }
  }
}`;
