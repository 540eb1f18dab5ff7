import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const dir = path.join(root, 'test/sdk-types');
const tsc = path.join(root, 'node_modules/.bin/tsc');

/** Runs `tsc --noEmit -p <project>`; returns its exit status and output. */
function typeCheck(project: string): { status: number; output: string } {
  try {
    return {
      status: 0,
      output: execFileSync(tsc, ['--noEmit', '--pretty', 'false', '-p', path.join(dir, project)], {
        cwd: root,
        encoding: 'utf8',
      }),
    };
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    return { status: err.status, output: `${err.stdout}${err.stderr}` };
  }
}

describe('SDK types', () => {
  it('compile when used the right way (test/sdk-types/must-compile.ts and the partner-app example)', () => {
    const { status, output } = typeCheck('tsconfig.json');
    expect(output).toBe('');
    expect(status).toBe(0);
  });

  it('reject a wrong variable or a wrong field: tsc reports an error on each marked line of must-not-compile.mts, and only there', () => {
    const file = 'must-not-compile.mts';
    const marked = readFileSync(path.join(dir, file), 'utf8')
      .split('\n')
      .flatMap((line, i) => (/^\s*[^/\s].*\/\/ error:/.test(line) ? [i + 1] : []));
    expect(marked.length).toBeGreaterThanOrEqual(10);
    const { status, output } = typeCheck('tsconfig.fail.json');
    expect(status).not.toBe(0);
    const reported = [...output.matchAll(/must-not-compile\.mts\((\d+),\d+\): error TS\d+/g)].map((m) => Number(m[1]));
    expect(output.split('\n').filter((l) => /error TS/.test(l) && !l.includes(file))).toEqual([]);
    expect([...new Set(reported)].sort((a, b) => a - b)).toEqual(marked);
  });
});
