/**
 * The lint rules that hold the architecture (issue 16, ARCHITECTURE.md) fail on what they are meant to stop. Each
 * case plants files in a scratch folder inside the server's sources (the rules apply by path), lints them with the
 * repository's own eslint.config.mjs, and removes them.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const src = path.join(root, 'packages/server/src');
const planted: string[] = [];

/** Writes `files` (path relative to the server's src → source) in fresh scratch folders; returns absolute paths. */
function plant(files: Record<string, string>): string[] {
  return Object.entries(files).map(([rel, text]) => {
    const file = path.join(src, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    planted.push(path.dirname(file));
    return file;
  });
}

afterAll(() => {
  for (const dir of planted) rmSync(dir, { recursive: true, force: true });
});

const eslint = new ESLint({ cwd: root });
const rulesHit = async (files: string[]) =>
  (await eslint.lintFiles(files)).flatMap((r) => r.messages.map((m) => `${path.basename(r.filePath)} ${m.ruleId}`));

const scratch = `planted-${process.pid}`;

describe('the architecture lint rules', () => {
  it('import-x/no-cycle fails on a planted cycle of two files', async () => {
    const files = plant({
      [`kernel/${scratch}-cycle/a.ts`]: "import { b } from './b.js';\nexport const a = (): number => b() + 1;\n",
      [`kernel/${scratch}-cycle/b.ts`]:
        "import { a } from './a.js';\nexport const b = (): number => (a() > 0 ? 0 : 1);\n",
    });
    const hits = await rulesHit(files);
    expect(hits).toContain('a.ts import-x/no-cycle');
    expect(hits).toContain('b.ts import-x/no-cycle');
  });

  it('a cycle through three contexts is found as well', async () => {
    const files = plant({
      [`contacts/${scratch}-x/x.ts`]: `import { y } from '../../campaigns/${scratch}-y/y.js';\nexport const x = (): number => y();\n`,
      [`campaigns/${scratch}-y/y.ts`]: `import { z } from '../../sales/${scratch}-z/z.js';\nexport const y = (): number => z();\n`,
      [`sales/${scratch}-z/z.ts`]: `import { x } from '../../contacts/${scratch}-x/x.js';\nexport const z = (): number => x();\n`,
    });
    expect(await rulesHit(files)).toEqual(expect.arrayContaining(['x.ts import-x/no-cycle', 'z.ts import-x/no-cycle']));
  });

  it('a context may not import a context above it, even without a cycle', async () => {
    const [file] = plant({
      [`kernel/${scratch}-up/up.ts`]:
        "import { jobs } from '../../platform/jobs/registry.js';\nexport const n = jobs.length;\n",
    });
    expect(await rulesHit([file!])).toContain('up.ts import-x/no-restricted-paths');
  });

  it('a context may import the ones below it', async () => {
    const [file] = plant({
      [`campaigns/${scratch}-down/down.ts`]:
        "import { contactWhere } from '../../contacts/contact.filter.js';\nexport const f = contactWhere;\n",
    });
    expect(await rulesHit([file!])).toEqual([]);
  });

  it('functions over 80 lines and files over 400 lines fail', async () => {
    const body = Array.from({ length: 85 }, (_, i) => `  total += ${i};`).join('\n');
    const fn = `export function long(): number {\n  let total = 0;\n${body}\n  return total;\n}\n`;
    const lines = Array.from({ length: 405 }, (_, i) => `export const c${i} = ${i};`).join('\n');
    const files = plant({ [`kernel/${scratch}-size/fn.ts`]: fn, [`kernel/${scratch}-size/file.ts`]: `${lines}\n` });
    const hits = await rulesHit(files);
    expect(hits).toContain('fn.ts max-lines-per-function');
    expect(hits).toContain('file.ts max-lines');
  });
});
