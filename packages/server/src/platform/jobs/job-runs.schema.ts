import { builder } from '../../kernel/graphql/builder.js';
import { filteredList } from '../../kernel/graphql/connections.js';
import { orderInput } from '../../kernel/graphql/order.js';
import { oneOf } from '../../kernel/graphql/filters.js';
import type { Context } from '../../kernel/context.js';
import { jobRunner, registeredQueues } from '../../kernel/job-runner.js';
import * as E from '../../generated/sqlite/enums.js';
import { jobs } from './registry.js';
import { jobSettings } from './settings.js';

const admins = { roles: ['ADMIN' as const] };

export const JobKindEnum = builder.enumType(E.JobKind, {
  name: 'JobKind',
  description: 'SCHEDULED: a job of a module, run once per period. QUEUED: a job enqueued by a request (an import).',
});
export const JobRunStateEnum = builder.enumType(E.JobRunState, {
  name: 'JobRunState',
  description:
    'RUNNING; SUCCEEDED; FAILED (threw, no retry follows); RETRYING (threw, retried); PAUSED (ended its share of ' +
    'time and enqueued the rest); INTERRUPTED (its process died: another run took the job over).',
});

/**
 * One run of a background job (platform/jobs/JOBS.md). No personal value: names, codes, counts and times. Not a
 * Node: a run is reached through `jobRuns` and `jobQueues` only, so `node(id)` cannot tell a non-admin whether a run
 * exists (a hidden run answers exactly like a missing one).
 */
builder.prismaObject('JobRun', {
  name: 'JobRun',
  authScopes: admins,
  description: 'One run of a background job, scheduled or queued: its state, progress and error. Admins only.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name', { description: 'The queue or scheduled job (import, reminders...).' }),
    kind: t.expose('kind', { type: JobKindEnum }),
    key: t.exposeString('key', { nullable: true, description: "The job's key, e.g. import:12 (the ImportJob)." }),
    state: t.expose('state', { type: JobRunStateEnum }),
    attempt: t.exposeInt('attempt', { description: '1 for the first run of a job, 2 for its first retry...' }),
    resumed: t.exposeBoolean('resumed', { description: 'The run took over a run that stopped without finishing.' }),
    progressDone: t.exposeInt('progressDone', { nullable: true, description: 'Work done, when the job knows it.' }),
    progressTotal: t.exposeInt('progressTotal', { nullable: true, description: 'Work to do, when the job knows it.' }),
    errorCode: t.exposeString('errorCode', { nullable: true }),
    errorMessage: t.exposeString('errorMessage', {
      nullable: true,
      description: "The failure's first line, without personal values.",
    }),
    instance: t.exposeString('instance', { description: 'The instance (host:pid) that ran it.' }),
    startedAt: t.expose('startedAt', { type: 'DateTime' }),
    finishedAt: t.expose('finishedAt', { type: 'DateTime', nullable: true }),
    durationMs: t.exposeInt('durationMs', { nullable: true }),
  }),
});

const JobRunFilter = builder.inputType('JobRunFilter', {
  fields: (t) => ({
    name: t.stringList({ required: false, description: 'Any of these queues or scheduled jobs.' }),
    state: t.field({ type: [JobRunStateEnum], required: false }),
    since: t.field({ type: 'DateTime', required: false, description: 'Runs started at or after this instant.' }),
  }),
});

const JobRunOrder = orderInput('JobRun', { STARTED_AT: 'startedAt', NAME: 'name', DURATION: 'durationMs' });

builder.queryField('jobRuns', (t) =>
  t.prismaConnection({
    type: 'JobRun',
    authScopes: admins,
    description: 'Runs of background jobs, newest first unless sorted. Admins only.',
    ...filteredList(t.arg, {
      filter: JobRunFilter,
      order: {
        Input: JobRunOrder.Input,
        toOrderBy: (orders) =>
          orders?.length ? JobRunOrder.toOrderBy(orders) : [{ startedAt: 'desc' as const }, { id: 'desc' as const }],
      },
      where: (_ctx, f) => ({
        name: oneOf(f?.name),
        state: oneOf(f?.state),
        ...(f?.since ? { startedAt: { gte: f.since } } : {}),
      }),
      rows: (ctx) => ctx.db.jobRun,
    }),
  }),
);

interface JobQueue {
  name: string;
  kind: E.JobKind;
  periodSeconds: number | null;
  waiting: number;
  running: number;
  lastRunId: number | null;
}

const JobQueueRef = builder.objectRef<JobQueue>('JobQueue').implement({
  description: 'A queue or a scheduled job: what waits, what runs, and its last run.',
  fields: (t) => ({
    name: t.exposeString('name'),
    kind: t.expose('kind', { type: JobKindEnum }),
    periodSeconds: t.exposeInt('periodSeconds', { nullable: true, description: 'A scheduled job: its period.' }),
    waiting: t.exposeInt('waiting', { description: 'Jobs waiting to run, or waiting for a retry (every instance).' }),
    running: t.exposeInt('running', { description: 'Runs recorded RUNNING (every instance).' }),
    lastRun: t.prismaField({
      type: 'JobRun',
      nullable: true,
      description: 'The latest run started.',
      resolve: (query, q, _args, ctx) =>
        q.lastRunId === null ? null : ctx.db.jobRun.findUnique({ ...query, where: { id: q.lastRunId } }),
    }),
  }),
});

builder.queryField('jobQueues', (t) =>
  t.field({
    type: [JobQueueRef],
    authScopes: admins,
    description:
      'Every queue and scheduled job of the server: jobs waiting (the queue itself: pg-boss on PostgreSQL, the ' +
      "process's memory on SQLite), runs running and the last run. Admins only.",
    resolve: (_root, _args, ctx) => jobQueues(ctx),
  }),
);

/** The queues the modules registered and their scheduled jobs, with the runner's counts and the recorded runs. */
async function jobQueues(ctx: Context): Promise<JobQueue[]> {
  const every = jobSettings().every;
  const listed = [
    ...registeredQueues().map((h) => ({ name: h.name, kind: 'QUEUED' as const, periodSeconds: null })),
    ...jobs.map((j) => ({
      name: j.name,
      kind: 'SCHEDULED' as const,
      periodSeconds: every[j.name] ?? Math.round(j.everyMs / 1000),
    })),
  ];
  const names = listed.map((q) => q.name);
  const [waiting, running, latest] = await Promise.all([
    jobRunner(ctx).waiting(),
    ctx.db.jobRun.groupBy({ by: ['name'], where: { name: { in: names }, state: 'RUNNING' }, _count: { _all: true } }),
    ctx.db.jobRun.groupBy({ by: ['name'], where: { name: { in: names } }, _max: { id: true } }),
  ]);
  const runningBy = new Map(running.map((r) => [r.name, r._count._all]));
  const latestBy = new Map(latest.map((r) => [r.name, r._max.id]));
  return listed.map((q) => ({
    ...q,
    waiting: waiting.get(q.name) ?? 0,
    running: runningBy.get(q.name) ?? 0,
    lastRunId: latestBy.get(q.name) ?? null,
  }));
}
