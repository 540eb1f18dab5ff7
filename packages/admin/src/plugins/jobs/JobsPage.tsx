import {
  Box,
  Card,
  CardContent,
  Chip,
  LinearProgress,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
  type ChipProps,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Title, useDataProvider, useLocaleState, useTranslate, type DataProvider } from 'react-admin';
import type { JobRunState } from '@fidele/sdk';
import { enumValues } from '../../api/enum-values';
import { formatDecimal } from '../../i18n/number-format';
import { useEnumLabel } from '../../i18n/use-enum-label';
import type { JobQueue, JobRun, JobRunsFilter, JobsDataProvider } from './jobs-data-provider';

/** How often the page reads the queues and runs again while a job runs (nothing refreshes when all are idle). */
export const REFRESH_MS = 3000;

const states = enumValues<JobRunState>()('RUNNING', 'SUCCEEDED', 'FAILED', 'RETRYING', 'PAUSED', 'INTERRUPTED');

const stateColor: Record<JobRunState, ChipProps['color']> = {
  RUNNING: 'info',
  SUCCEEDED: 'success',
  FAILED: 'error',
  RETRYING: 'warning',
  PAUSED: 'default',
  INTERRUPTED: 'warning',
};

const useT = () => {
  const translate = useTranslate();
  return (key: string, options?: Record<string, unknown>) => translate(`fidele.jobs.${key}`, options);
};

/** A run's state as a coloured chip, in the reader's language. */
export const JobStateChip = ({ state }: { state: JobRunState }) => {
  const enumLabel = useEnumLabel();
  return <Chip size="small" color={stateColor[state]} label={enumLabel('JobRunState', state)} data-state={state} />;
};

/** A run's progress: a bar and `done / total` when the job reports it (a running run's bar moves as it goes). */
const RunProgress = ({ run }: { run: JobRun }) => {
  const t = useT();
  if (run.progressTotal == null || run.progressDone == null) return null;
  const pct = run.progressTotal > 0 ? Math.min(100, Math.round((run.progressDone / run.progressTotal) * 100)) : 100;
  return (
    <Box sx={{ minWidth: 140 }}>
      <LinearProgress variant="determinate" value={pct} aria-label={t('progress_label')} />
      <Typography variant="caption" data-progress>
        {t('progress_value', { done: run.progressDone, total: run.progressTotal })}
      </Typography>
    </Box>
  );
};

const useWhen = () => {
  const [locale] = useLocaleState();
  return (at: string | null | undefined) => (at ? new Date(at).toLocaleString(locale) : '');
};

/** Every queue and scheduled job: jobs waiting, runs running, the last run. */
const QueuesTable = ({ queues }: { queues: JobQueue[] }) => {
  const t = useT();
  const enumLabel = useEnumLabel();
  const when = useWhen();
  return (
    <Table size="small" aria-label={t('queues')}>
      <TableHead>
        <TableRow>
          {['name', 'kind', 'period', 'waiting', 'running', 'last_run'].map((k) => (
            <TableCell key={k}>{t(k)}</TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {queues.map((q) => (
          <TableRow key={q.name} data-queue={q.name}>
            <TableCell>
              <code>{q.name}</code>
            </TableCell>
            <TableCell>{enumLabel('JobKind', q.kind)}</TableCell>
            <TableCell>{q.periodSeconds != null ? t('period_value', { seconds: q.periodSeconds }) : ''}</TableCell>
            <TableCell data-count="waiting">{q.waiting}</TableCell>
            <TableCell data-count="running">{q.running}</TableCell>
            <TableCell>
              {q.lastRun ? (
                <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                  <JobStateChip state={q.lastRun.state} />
                  <span>{when(q.lastRun.startedAt)}</span>
                </Stack>
              ) : (
                t('never')
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

/** The latest runs: state, progress, duration, error, instance, attempt. */
const RunsTable = ({ runs }: { runs: JobRun[] }) => {
  const t = useT();
  const when = useWhen();
  const [locale] = useLocaleState();
  const columns = ['name', 'key', 'state', 'progress', 'started', 'duration', 'error', 'instance', 'attempt'];
  return (
    <Table size="small" aria-label={t('runs')}>
      <TableHead>
        <TableRow>
          {columns.map((k) => (
            <TableCell key={k}>{t(k)}</TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {runs.map((r) => (
          <TableRow key={r.id} data-run={r.id}>
            <TableCell>
              <code>{r.name}</code>
            </TableCell>
            <TableCell>{r.key ?? ''}</TableCell>
            <TableCell>
              <JobStateChip state={r.state} />
            </TableCell>
            <TableCell>
              <RunProgress run={r} />
            </TableCell>
            <TableCell>{when(r.startedAt)}</TableCell>
            <TableCell>
              {r.durationMs != null ? t('duration_value', { seconds: formatDecimal(locale, r.durationMs / 1000) }) : ''}
            </TableCell>
            <TableCell>
              {r.errorCode ? (
                <>
                  <Typography variant="body2" component="span" sx={{ fontFamily: 'monospace' }} data-error-code>
                    {r.errorCode}
                  </Typography>
                  <Typography variant="caption" component="div" title={r.errorMessage ?? undefined}>
                    {t(`error_code.${r.errorCode}`, { _: r.errorMessage ?? '' })}
                  </Typography>
                </>
              ) : null}
            </TableCell>
            <TableCell>{r.instance}</TableCell>
            <TableCell>{`${r.attempt}${r.resumed ? ` (${t('resumed')})` : ''}`}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

/** The filters of the runs: a queue or scheduled job, a state. */
const RunsFilters = ({
  names,
  filter,
  onChange,
}: {
  names: string[];
  filter: JobRunsFilter;
  onChange: (filter: JobRunsFilter) => void;
}) => {
  const t = useT();
  const enumLabel = useEnumLabel();
  return (
    <Stack direction="row" spacing={2} sx={{ my: 1 }}>
      <TextField
        select
        size="small"
        label={t('name')}
        value={filter.name ?? ''}
        onChange={(e) => onChange({ ...filter, name: e.target.value })}
        sx={{ minWidth: 200 }}
        slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
      >
        <MenuItem value="">{t('all')}</MenuItem>
        {names.map((n) => (
          <MenuItem key={n} value={n}>
            {n}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        size="small"
        label={t('state')}
        value={filter.state ?? ''}
        onChange={(e) => onChange({ ...filter, state: e.target.value as JobRunState | '' })}
        sx={{ minWidth: 200 }}
        slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
      >
        <MenuItem value="">{t('all')}</MenuItem>
        {states.map((s) => (
          <MenuItem key={s} value={s}>
            {enumLabel('JobRunState', s)}
          </MenuItem>
        ))}
      </TextField>
    </Stack>
  );
};

/** The Jobs page: queues, then the latest runs with their filters; read again every few seconds while a job runs. */
export const JobsPage = () => {
  const t = useT();
  const dp = useDataProvider<DataProvider & JobsDataProvider>();
  const [filter, setFilter] = useState<JobRunsFilter>({});
  const queues = useQuery({
    queryKey: ['jobs', 'queues'],
    queryFn: () => dp.getJobQueues(),
    refetchInterval: (q) => (q.state.data?.some((x) => x.running > 0 || x.waiting > 0) ? REFRESH_MS : false),
  });
  const runs = useQuery({
    queryKey: ['jobs', 'runs', filter],
    queryFn: () => dp.getJobRuns(filter),
    refetchInterval: (q) =>
      q.state.data?.runs.some((r) => r.state === 'RUNNING') || queues.data?.some((x) => x.running > 0)
        ? REFRESH_MS
        : false,
  });
  return (
    <Card sx={{ mt: 2 }}>
      <Title title={t('title')} />
      <CardContent>
        <Typography variant="h5" component="h2">
          {t('queues')}
        </Typography>
        {queues.data ? <QueuesTable queues={queues.data} /> : <LinearProgress />}
        <Typography variant="h5" component="h2" sx={{ mt: 3 }}>
          {t('runs')}
        </Typography>
        <Typography variant="caption">{t('refreshing', { seconds: REFRESH_MS / 1000 })}</Typography>
        <RunsFilters names={(queues.data ?? []).map((q) => q.name)} filter={filter} onChange={setFilter} />
        {runs.data ? (
          runs.data.runs.length ? (
            <>
              <RunsTable runs={runs.data.runs} />
              <Typography variant="caption" data-total>
                {t('total', { shown: runs.data.runs.length, total: runs.data.total })}
              </Typography>
            </>
          ) : (
            <Typography>{t('no_runs')}</Typography>
          )
        ) : (
          <LinearProgress />
        )}
      </CardContent>
    </Card>
  );
};
