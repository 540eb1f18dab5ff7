/**
 * `node(id:)` for a row that does not exist answers null, for every type that implements Node, as a hidden row
 * does: never "Unexpected error." (a masked 500 the client could trigger at will). Was: AuditEntry, ApiKey, Brand,
 * Zone, ProductCategory and ImportJob answered INTERNAL_SERVER_ERROR.
 */
import { isObjectType } from 'graphql';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApiHarness, gid, type ApiHarness } from '../../testing/api.js';
import { describeEachDatabase } from '../../testing/databases.js';
import { schema } from '../schema.js';

const nodeTypes = Object.values(schema.getTypeMap())
  .filter(isObjectType)
  .filter((t) => t.getInterfaces().some((i) => i.name === 'Node'))
  .map((t) => t.name)
  .sort();

describeEachDatabase('node(id:) of a missing row', (provider) => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await createApiHarness(provider, { purposes: true });
  });
  afterAll(() => h?.drop());

  it('answers null without an error for every node type, as admin and as marketing', async () => {
    expect(nodeTypes.length).toBeGreaterThan(10);
    for (const role of ['ADMIN', 'MARKETING'] as const)
      for (const type of nodeTypes) {
        const r = await h.as(role)(`query($id: ID!) { node(id: $id) { id } }`, { id: gid(type, 987_654_321) });
        expect({ type, role, errors: r.errors ?? null, node: r.data?.node ?? null }).toEqual({
          type,
          role,
          errors: null,
          node: null,
        });
      }
  });
});
