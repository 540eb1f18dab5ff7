import {
  Alert,
  Box,
  Button,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  LinearProgress,
  Skeleton,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
  type ChipProps,
} from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { Panel } from '../../components/Panel';
import { LocaleDateField } from '../../fields/LocaleDateField';
import { useRetentionProvider, type RetentionPurge } from './retention-data-provider';

/** How often the runs are read again while a purge runs (its counters move after each batch). */
export const PURGE_REFRESH_MS = 1000;

const stateColor: Record<string, ChipProps['color']> = { RUNNING: 'info', SUCCEEDED: 'success', FAILED: 'error' };

const useT = () => {
  const translate = useTranslate();
  return (key: string, options?: Record<string, unknown>) => translate(`fidele.retention.${key}`, options);
};

/** A run's progress: contacts erased and consents lapsed over those due, as a bar and in words. */
const RunProgress = ({ run }: { run: RetentionPurge }) => {
  const t = useT();
  const due = run.contactsDue + run.consentsDue;
  const done = run.contactsErased + run.consentsExpired;
  const pct = due > 0 ? Math.min(100, Math.round((done / due) * 100)) : 100;
  return (
    <Box sx={{ minWidth: 160 }}>
      {run.dryRun ? null : <LinearProgress variant="determinate" value={pct} aria-label={t('progress_label')} />}
      <Typography variant="caption" component="div" data-progress>
        {run.dryRun
          ? t('dry_counts', { contacts: run.contactsDue, consents: run.consentsDue })
          : t('progress_value', {
              erased: run.contactsErased,
              contacts: run.contactsDue,
              lapsed: run.consentsExpired,
              consents: run.consentsDue,
            })}
      </Typography>
    </Box>
  );
};

/** The runs, latest first: kind, state, progress, when, by whom. */
const RunsTable = ({ runs }: { runs: RetentionPurge[] }) => {
  const t = useT();
  return (
    <Table size="small" aria-label={t('runs')}>
      <TableHead>
        <TableRow>
          {['run', 'state', 'progress', 'started', 'by'].map((k) => (
            <TableCell key={k}>{t(`column_${k}`)}</TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {runs.map((r) => (
          <TableRow key={r.id} data-run={r.id} data-dry-run={r.dryRun}>
            <TableCell>{t(r.dryRun ? 'run_dry' : 'run_real')}</TableCell>
            <TableCell>
              <Chip size="small" color={stateColor[r.state]} label={t(`state_${r.state}`)} data-state={r.state} />
            </TableCell>
            <TableCell>
              <RunProgress run={r} />
            </TableCell>
            <TableCell>
              <LocaleDateField record={r} source="startedAt" showTime />
            </TableCell>
            <TableCell>
              {r.requestedBy ? `${r.requestedBy.firstName} ${r.requestedBy.lastName}` : t('by_job')}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

/** Asks before a real purge: it cannot be undone. */
const ConfirmDialog = ({ open, onClose, onConfirm }: { open: boolean; onClose: () => void; onConfirm: () => void }) => {
  const t = useT();
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby="retention-confirm-title">
      <DialogTitle id="retention-confirm-title">{t('confirm_title')}</DialogTitle>
      <DialogContent>
        <DialogContentText>{t('confirm_text')}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('cancel')}</Button>
        <Button color="error" variant="contained" onClick={onConfirm}>
          {t('confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};

/** Running the purge by hand (dry or real, a real one confirmed first), with its progress and the past runs. */
export const PurgePanel = () => {
  const t = useT();
  const translate = useTranslate();
  const dp = useRetentionProvider();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const start = useMutation({
    mutationFn: (dryRun: boolean) => dp.startRetentionPurge(dryRun),
    onSuccess: async (run) => {
      notify(run.dryRun ? 'fidele.retention.dry_done' : 'fidele.retention.purge_done', {
        type: 'success',
        messageArgs: { erased: run.contactsErased, lapsed: run.consentsExpired },
      });
      await queryClient.invalidateQueries({ queryKey: ['retention'] });
    },
    onError: async (e: Error) => {
      notify(e.message, { type: 'error' });
      await queryClient.invalidateQueries({ queryKey: ['retention'] });
    },
  });
  const runs = useQuery({
    queryKey: ['retention', 'runs'],
    queryFn: () => dp.getRetentionPurges(),
    refetchInterval: (q) =>
      start.isPending || q.state.data?.some((r) => r.state === 'RUNNING') ? PURGE_REFRESH_MS : false,
  });
  const actions = (
    <Stack direction="row" spacing={1}>
      <Button variant="outlined" disabled={start.isPending} onClick={() => start.mutate(true)}>
        {t('start_dry')}
      </Button>
      <Button variant="contained" color="error" loading={start.isPending} onClick={() => setConfirming(true)}>
        {t('start_real')}
      </Button>
    </Stack>
  );
  return (
    <Panel title="fidele.retention.runs" action={actions}>
      <Typography variant="body2">{t('runs_help')}</Typography>
      {start.isPending ? (
        <Alert severity="info" role="status" sx={{ my: 1 }}>
          {t('running')}
        </Alert>
      ) : null}
      <ConfirmDialog
        open={confirming}
        onClose={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          start.mutate(false);
        }}
      />
      {runs.isPending ? (
        <Skeleton variant="rectangular" height={120} />
      ) : runs.error ? (
        <Alert severity="error">{translate(runs.error.message, { _: runs.error.message })}</Alert>
      ) : runs.data.length ? (
        <RunsTable runs={runs.data} />
      ) : (
        <Typography>{t('no_runs')}</Typography>
      )}
    </Panel>
  );
};
