import type { FideleClient, JobQueuesQuery, JobRunFilter, JobRunState, JobRunsQuery } from '@fidele/sdk';
import { raErrors } from '../../api/ra-errors';

export type JobQueue = JobQueuesQuery['jobQueues'][number];
export type JobRun = JobRunsQuery['jobRuns']['edges'][number]['node'];

/** The Jobs page's filters: a queue or scheduled job, and a state (empty: all). */
export interface JobRunsFilter {
  name?: string;
  state?: JobRunState | '';
}

/** The page's filters → the API's `JobRunFilter`. */
export function jobRunFilter(filter: JobRunsFilter): JobRunFilter {
  return {
    ...(filter.name ? { name: [filter.name] } : {}),
    ...(filter.state ? { state: [filter.state] } : {}),
  };
}

/** The jobs plugin's custom methods (a type alias: it must fit `DataProvider`'s index signature). */
export type JobsDataProvider = {
  /** Every queue and scheduled job: waiting and running counts, the last run. */
  getJobQueues(): Promise<JobQueue[]>;
  /** The latest runs (newest first), filtered. */
  getJobRuns(filter: JobRunsFilter, first?: number): Promise<{ runs: JobRun[]; total: number }>;
};

/** Runs and queues of background jobs, on the SDK (admins only: others get FORBIDDEN). */
export function createJobsDataProvider(client: FideleClient): JobsDataProvider {
  return {
    getJobQueues: () => raErrors(() => client.jobQueues()),
    getJobRuns: (filter, first = 50) =>
      raErrors(async () => {
        const page = await client.jobRuns({ filter: jobRunFilter(filter), first });
        return { runs: page.edges.map((e) => e.node), total: page.totalCount };
      }),
  };
}
