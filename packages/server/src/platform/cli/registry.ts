import { analyticsRefreshCommand } from '../../analytics/analytics.command.js';
import { reattributeCommand } from '../../campaigns/attribution/attribution.command.js';
import { duplicatesCommand } from '../../contacts/quality/duplicates.command.js';
import { exportCommand } from '../../integration/exports/export.command.js';
import { importCommand } from '../../integration/imports/import.command.js';
import type { Command } from '../../kernel/command.js';
import { jobsRunCommand } from './jobs.command.js';
import { migrateCommand, migrateCreateCommand, migrateStatusCommand } from './migrate.command.js';
import { seedCommand } from './seed.command.js';
import { startCommand } from './start.command.js';

/**
 * The commands of `fidele`, like the job registry: the platform's own (this folder) and each context's, as its entry
 * file lists them (`commands` of FideleModule). They are imported here from their own files, not through the entry
 * files: importing an entry file builds its GraphQL types, seconds a command would wait for nothing (a usage error
 * answers at once). Each command loads its services only when it runs. A test checks both lists agree.
 */

/** `fidele help` (also `fidele` alone, and `--help` after any command: the dispatcher answers those first). */
export const helpCommand: Command = {
  name: 'help',
  help: '',
  run: async () => console.log(usage()),
};

/** The platform's commands: listed first in the help (jobs:run and help last). */
const platformCommands: Command[] = [
  startCommand,
  migrateCommand,
  migrateStatusCommand,
  migrateCreateCommand,
  seedCommand,
];
const lastCommands: Command[] = [jobsRunCommand, helpCommand];

/** The contexts' commands, in the order of the contexts (platform/modules.ts). */
export const contextCommands: Command[] = [
  analyticsRefreshCommand, // analytics
  duplicatesCommand, // contacts
  reattributeCommand, // campaigns
  importCommand, // integration
  exportCommand, // integration
];

/** Every command, in the order of `fidele help`. */
export const commands: readonly Command[] = [...platformCommands, ...contextCommands, ...lastCommands];

export const findCommand = (name: string): Command | undefined => commands.find((c) => c.name === name);

/** The text of `fidele help`, from the registry. */
export function usage(): string {
  const lines = commands.map((c) => c.help).filter(Boolean);
  return `Usage: fidele <command> [options]

Commands:
${lines.join('\n')}

Environment:
  DATABASE_URL          file:<path> for SQLite (default file:./data/fidele.db) or postgresql://...
`;
}
