#!/usr/bin/env node
/**
 * The two README commands run through here with nothing but Node and npm on the machine:
 *   npm start  -> install, generate, build the admin if needed, migrate, seed an empty database, serve
 *   npm test   -> install, generate, build the admin, type-check, lint and format check, run every test
 * pnpm is used when a pnpm 10 is on the PATH, otherwise fetched with npx (pinned below).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PNPM = 'pnpm@10.34.9';
const [command = 'start', ...extra] = process.argv.slice(2);

function run(bin, args, options = {}) {
  const r = spawnSync(bin, args, { cwd: root, stdio: 'inherit', ...options });
  if (r.error) throw r.error;
  if (r.status !== 0) process.exit(r.status ?? 1);
}

function findPnpm() {
  const r = spawnSync('pnpm', ['--version'], { encoding: 'utf8' });
  if (r.status === 0 && r.stdout.trim().startsWith('10.')) return ['pnpm', []];
  return ['npx', ['--yes', PNPM]];
}
const [pnpmBin, pnpmPrefix] = findPnpm();
const pnpm = (...args) => run(pnpmBin, [...pnpmPrefix, ...args]);

const step = (name) => console.error(`\n> ${name}`);

/** Newest modification time under a folder (sources of the admin), to rebuild only when needed. */
function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

function setup({ forceAdminBuild }) {
  step('install dependencies');
  pnpm('install', '--frozen-lockfile');
  step('generate the Prisma clients');
  pnpm('--filter', '@fidele/server', 'generate');
  const dist = path.join(root, 'packages/admin/dist/index.html');
  const src = path.join(root, 'packages/admin/src');
  if (forceAdminBuild || !existsSync(dist) || statSync(dist).mtimeMs < newest(src)) {
    step('build the admin');
    pnpm('--filter', '@fidele/admin', 'build');
  }
}

switch (command) {
  case 'setup':
    setup({ forceAdminBuild: false });
    break;
  case 'start':
    setup({ forceAdminBuild: false });
    step('start');
    pnpm('exec', 'tsx', 'packages/server/src/platform/cli.ts', 'start', ...extra);
    break;
  case 'test':
    setup({ forceAdminBuild: true });
    step('type-check');
    pnpm('-r', 'typecheck');
    step('lint (ESLint) and format check (Prettier)');
    pnpm('lint');
    step('test');
    pnpm('exec', 'vitest', 'run', ...extra);
    break;
  case 'bench':
    setup({ forceAdminBuild: false });
    pnpm('exec', 'tsx', 'packages/server/src/platform/bench/bench.ts', ...extra);
    break;
  default:
    console.error(`unknown command ${command}: use start, test, bench or setup`);
    process.exit(2);
}
