/**
 * A second process targeting actions on the same SQLite file (campaigns-targeting.test.ts). argv: database file,
 * instant, action ids; env FIDELE_WORKER_CONTACTS: the contact ids as JSON. Prints "ready" once connected, starts
 * on the first line read from stdin (so both processes run at once), then prints the targeted counts as JSON.
 */
import { once } from 'node:events';
import { createDb } from '../../kernel/db/client.js';
import { systemContext } from '../../privacy/access/system.js';
import { runTargeting } from '../targeting/targeting.service.js';

const [file, at, ...actions] = process.argv.slice(2);
const contactIds = JSON.parse(process.env.FIDELE_WORKER_CONTACTS ?? '[]') as number[];
const db = createDb({ provider: 'sqlite', url: `file:${file}`, file: file! });
const ctx = systemContext(db, 'sqlite', 'job:targeting-worker', { now: new Date(at!) });
await db.contact.count();
process.stdout.write('ready\n');
await once(process.stdin, 'data');
const results = await Promise.all(
  actions.map((a) => runTargeting(ctx, { actionId: Number(a), contactIds, controlGroupPercent: 0 })),
);
process.stdout.write(`${JSON.stringify(results.map((r) => r.targeted))}\n`);
await db.$disconnect();
process.exit(0);
