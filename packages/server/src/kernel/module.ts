import type { Command } from './command.js';
import type { Job } from './job.js';
import type { HttpRoute } from './route-kit.js';

/**
 * The entry of a bounded context (`<context>/<context>.module.ts`): importing it adds the context's GraphQL types,
 * queries and mutations to the builder, and its object lists what else the context brings to the process. The
 * platform assembles the modules (platform/modules.ts); nothing else imports an entry file.
 */
export interface FideleModule {
  /** The context's folder name, the word the docs use (contacts, campaigns, ...). */
  name: string;
  /** Scheduled jobs the server runs on a timer and `fidele jobs:run NAME` runs once. */
  jobs?: Job[];
  /** Commands of the `fidele` command line (kernel/command.ts). */
  commands?: Command[];
  /** Plain HTTP routes beside /graphql (downloads, uploads, signed inbound calls). */
  routes?: HttpRoute[];
  /**
   * The context's settings read from the environment, each a reader that throws a message naming the variable when
   * its value is refused. `fidele start` reads them all before it migrates or listens, so a bad value stops the
   * start (exit 2) instead of failing the first run of a job that reads it, maybe days later.
   */
  settings?: Array<(env: NodeJS.ProcessEnv) => unknown>;
}
