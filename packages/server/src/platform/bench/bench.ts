/**
 * `npm run bench`: every benchmark of the project, each printing figures and ratios as markdown tables.
 * `npm run bench -- seed` runs one of them. Nothing here asserts a time: the figures go to the closing notes.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const benches = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.replace(/\.bench\.ts$/, ''))
  .filter((name) => only.length === 0 || only.includes(name));

if (benches.length === 0) {
  console.error(
    `no benchmark named ${only.join(', ')}; available: ${readdirSync(here)
      .filter((f) => f.endsWith('.bench.ts'))
      .join(', ')}`,
  );
  process.exit(2);
}
for (const name of benches) {
  console.log(`\n# bench: ${name}`);
  const mod = (await import(pathToFileURL(path.join(here, `${name}.bench.ts`)).href)) as Record<string, unknown>;
  const run = Object.entries(mod).find(([k, v]) => k.startsWith('bench') && typeof v === 'function')?.[1] as
    (() => Promise<void>) | undefined;
  if (run) await run();
}
