/**
 * Progress for long commands on stderr: a line redrawn in place on a terminal, a line every 10% elsewhere (CI
 * logs stay short).
 */
export function progressReporter(stream: NodeJS.WriteStream = process.stderr) {
  const started = Date.now();
  let lastPhase = '';
  let lastDecile = -1;
  return {
    update({ phase, done, total }: { phase: string; done: number; total: number }): void {
      const pct = total > 0 ? Math.min(100, Math.floor((done / total) * 100)) : 100;
      const secs = ((Date.now() - started) / 1000).toFixed(1);
      const line = `${phase.padEnd(18)} ${bar(pct)} ${String(pct).padStart(3)}%  ${done}/${total}  ${secs}s`;
      if (stream.isTTY) {
        stream.write(`\r${line}`);
        if (done >= total) stream.write('\n');
      } else {
        const decile = Math.floor(pct / 10);
        if (phase !== lastPhase || decile !== lastDecile) stream.write(`${line}\n`);
        lastDecile = decile;
      }
      lastPhase = phase;
    },
  };
}

const bar = (pct: number) => `[${'#'.repeat(Math.round(pct / 5)).padEnd(20, '.')}]`;
