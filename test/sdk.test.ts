import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFideleClient, FideleError } from '../packages/sdk/src/index.js';
import { startServer, type RunningServer } from '../packages/server/src/http/start-server.js';
import { createTestDatabase, describeEachDatabase, type TestDatabase } from './support/databases.js';

const root = path.resolve(import.meta.dirname, '..');

describeEachDatabase('SDK against a live server', (provider) => {
  let t: TestDatabase;
  let server: RunningServer;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    const brand = await t.db.brand.create({ data: { code: 'B', name: 'B' } });
    const zone = await t.db.zone.create({ data: { code: 'Z', name: 'Z' } });
    await t.db.contact.createMany({
      data: [1, 2, 3].map((i) => ({ kind: 'CLIENT' as const, lastName: `N${i}`, brandId: brand.id, zoneId: zone.id })),
    });
    server = await startServer({ db: t.db, provider, port: 0 });
  });
  afterAll(async () => {
    await server?.close();
    await t?.drop();
  });

  it('runs typed operations through real HTTP', async () => {
    const client = createFideleClient({ url: `${server.url}/graphql` });
    expect((await client.health()).database).toBe(provider === 'sqlite' ? 'SQLITE' : 'POSTGRESQL');
    const overview = await client.overview();
    expect(overview.contactCount).toBe(3);
    expect(overview.contactsByKind.find((k) => k.kind === 'CLIENT')?.count).toBe(3);
  });

  it('turns GraphQL errors into a typed FideleError with the stable code', async () => {
    const client = createFideleClient({ url: `${server.url}/graphql` });
    // A document the server rejects; the cast stands in for a generated document that went stale.
    const run = client.execute as (document: { toString(): string }) => Promise<unknown>;
    const error = await run({ toString: () => '{ overview { nope } }' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FideleError);
    expect((error as FideleError).code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((error as FideleError).status).toBe(400);
  });

  it('reports an unreachable server as a NETWORK error', async () => {
    const client = createFideleClient({ url: 'http://127.0.0.1:1/graphql' });
    const error = (await client.health().catch((e: unknown) => e)) as FideleError;
    expect(error.code).toBe('NETWORK');
  });
});

describe('generated SDK', () => {
  let out: string;
  beforeAll(() => {
    out = mkdtempSync(path.join(tmpdir(), 'fidele-sdk-'));
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('is what the generator makes from schema.graphql and the operations (run `pnpm --filter @fidele/sdk generate`)', () => {
    const sdk = path.join(root, 'packages/sdk');
    const generated = path.join(sdk, 'src/generated');
    execFileSync(path.join(root, 'node_modules/.bin/graphql-codegen'), ['--config', 'codegen.ts', '--silent'], {
      cwd: sdk,
      env: { ...process.env, FIDELE_SDK_OUT: `${out}/` },
    });
    const files = readdirSync(generated).sort();
    expect(readdirSync(out).sort()).toEqual(files);
    for (const f of files) expect(readFileSync(path.join(out, f), 'utf8'), f).toBe(readFileSync(path.join(generated, f), 'utf8'));
  });
});
