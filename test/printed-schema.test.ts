import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { printedSchema, schemaFile } from '../packages/server/src/platform/schema.js';

it('schema.graphql is the printed schema (run `pnpm --filter @fidele/server exec tsx src/platform/schema.ts` to update)', () => {
  expect(readFileSync(schemaFile, 'utf8')).toBe(printedSchema());
});
