/**
 * Child process of the startup bench: imports one module (or nothing, `-`), then the libraries named after it,
 * and prints one JSON line: the milliseconds (wall and CPU) each step took and which deferred libraries were already loaded
 * once the module was (a CommonJS library in Node's require cache).
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { checkedInRequireCache } from './libraries.js';

const [target = '-', ...extra] = process.argv.slice(2);
// CPU time (every thread of the process, tsx's loader thread included) is what a loaded machine distorts least.
const cpu0 = process.cpuUsage();
const t0 = performance.now();
if (target !== '-') await import(pathToFileURL(target).href);
const graphMs = performance.now() - t0;
const cpu1 = process.cpuUsage(cpu0);
const cached = Object.keys(createRequire(import.meta.url).cache);
const loaded = checkedInRequireCache.filter((lib) => cached.some((file) => file.includes(`/node_modules/${lib}/`)));
const cpu2 = process.cpuUsage();
for (const lib of extra) await import(lib);
const extraMs = performance.now() - t0 - graphMs;
const cpu3 = process.cpuUsage(cpu2);
const ms = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;
console.log(JSON.stringify({ graphMs, graphCpuMs: ms(cpu1), extraMs, extraCpuMs: ms(cpu3), loaded }));
