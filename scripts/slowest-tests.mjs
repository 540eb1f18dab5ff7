// Prints the slowest test files of a vitest JSON report (CI writes one per Node version): where the CI's minutes go,
// so a suite that grows is split or sped up before the run outgrows its budget.
import { existsSync, readFileSync } from 'node:fs';

const [file, count = '20'] = process.argv.slice(2);
if (!file || !existsSync(file)) {
  console.log(`no test report at ${file}`);
  process.exit(0);
}
const report = JSON.parse(readFileSync(file, 'utf8'));
const files = report.testResults
  .map((r) => ({
    name: r.name.replace(`${process.cwd()}/`, ''),
    ms: r.endTime - r.startTime,
    tests: r.assertionResults.length,
  }))
  .sort((a, b) => b.ms - a.ms);
const total = files.reduce((s, f) => s + f.ms, 0);
console.log(`::: slowest of ${files.length} test files (${Math.round(total / 1000)} s of worker time in all)`);
for (const f of files.slice(0, Number(count)))
  console.log(`${String(Math.round(f.ms / 1000)).padStart(5)} s  ${String(f.tests).padStart(4)} tests  ${f.name}`);
