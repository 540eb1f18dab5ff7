import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../../../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');
const file = path.join(tmpdir(), `fidele_cli_${process.pid}.db`);

function cli(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(tsx, ['packages/server/src/platform/cli.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: `file:${file}`, ...env },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('fidele CLI', () => {
  afterAll(() => rmSync(file, { force: true }));

  it('answers a usage error with exit code 2 and one clear line', () => {
    const r = cli(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('fidele: unknown command "frobnicate"');
    expect(r.err).not.toMatch(/\n\s+at /); // no stack trace
  });

  it("refuses another command's flag (each command parses only its own) with exit code 2", () => {
    const r = cli(['seed', '--port', '3']);
    expect(r.code).toBe(2);
    expect(r.err).toContain("fidele: Unknown option '--port'");
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('rejects a bad flag value with exit code 2', () => {
    const r = cli(['seed', '--contacts', 'many']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--contacts must be an integer >= 1, got "many"');
  });

  it('rejects a bad date with exit code 2, before touching the database', () => {
    const r = cli(['seed', '--as-of', '2026-13-45']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--as-of must be a date YYYY-MM-DD, got "2026-13-45"');
  });

  it('reports pending migrations with exit code 1 on a database never migrated', () => {
    const r = cli(['migrate:status']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('pending: 20261122000000_init');
  });

  it('rejects an unsupported DATABASE_URL with exit code 2', () => {
    const r = cli(['migrate'], { DATABASE_URL: 'mysql://localhost/x' });
    expect(r.code).toBe(2);
    expect(r.err).toContain('DATABASE_URL must start with file:');
  });

  it('migrates an empty SQLite file, then finds nothing to do', () => {
    const first = cli(['migrate']);
    expect(first.code).toBe(0);
    expect(first.err).toContain('migrations applied: 20261122000000_init');
    const second = cli(['migrate']);
    expect(second.code).toBe(0);
    expect(second.err).toContain('database schema up to date');
    const status = cli(['migrate:status']);
    expect(status.code).toBe(0);
    expect(status.out).toContain('up to date');
  });

  it('seeds with progress, then refuses to seed a database that holds contacts', () => {
    const seeded = cli(['seed', '--contacts', '40']);
    expect(seeded.code).toBe(0);
    expect(seeded.err).toMatch(/contacts .*100%/);
    expect(seeded.err).toMatch(/seeded in [\d.]+s: 40 contacts/);
    const again = cli(['seed', '--contacts', '40']);
    expect(again.code).toBe(1);
    expect(again.err).toContain('fidele: the database already holds contacts');
  });
});
