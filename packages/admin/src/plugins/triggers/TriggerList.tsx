import {
  Alert,
  Button,
  Skeleton,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { useMayRun } from '../../fidele-context';
import { RunResult } from './RunResult';
import { TriggerDialog } from './TriggerDialog';
import { TriggerListRow } from './TriggerListRow';
import { TriggersPanel as Panel } from './TriggersPanel';
import type { TriggerRow, TriggerRunRow } from './triggers-data-provider';
import { errorText, listKey, useTriggers } from './useTriggers';

/** Running the triggers (for real or dry) and deleting one, each notifying its failure. */
const useTriggerActions = (onRun: (r: { dryRun: boolean; rows: TriggerRunRow[] }) => void) => {
  const translate = useTranslate();
  const notify = useNotify();
  const dp = useTriggers();
  const queryClient = useQueryClient();
  const onError = (e: Error) => notify(errorText(translate, e), { type: 'error' });
  const run = useMutation({
    mutationFn: (dryRun: boolean) => dp.runTriggers(dryRun).then((rows) => ({ dryRun, rows })),
    onSuccess: async (r) => {
      onRun(r);
      await queryClient.invalidateQueries({ queryKey: ['triggers'] });
    },
    onError,
  });
  const remove = useMutation({
    mutationFn: (t: TriggerRow) => dp.deleteTrigger(t),
    onSuccess: async () => {
      notify('fidele.triggers.deleted', { type: 'success' });
      await queryClient.invalidateQueries({ queryKey: listKey });
    },
    onError,
  });
  return { run, remove };
};

export const TriggerList = ({ onShowFirings }: { onShowFirings: (t: TriggerRow) => void }) => {
  const translate = useTranslate();
  const dp = useTriggers();
  const { data, isPending, error } = useQuery({ queryKey: listKey, queryFn: () => dp.getTriggers() });
  const [editing, setEditing] = useState<TriggerRow | 'new' | null>(null);
  const [result, setResult] = useState<{ dryRun: boolean; rows: TriggerRunRow[] } | null>(null);
  const mayWrite = useMayRun('createTrigger');
  const mayRun = useMayRun('runTriggers');
  const { run, remove } = useTriggerActions(setResult);
  const nameOf = (id: string) => data?.find((t) => t.id === id)?.name ?? id;
  return (
    <Panel
      title={translate('fidele.triggers.title')}
      action={
        <Stack direction="row" spacing={1}>
          {mayRun ? (
            <>
              <Button size="small" loading={run.isPending && run.variables === true} onClick={() => run.mutate(true)}>
                {translate('fidele.triggers.dry_run')}
              </Button>
              <Button
                size="small"
                variant="outlined"
                loading={run.isPending && run.variables === false}
                onClick={() => run.mutate(false)}
              >
                {translate('fidele.triggers.run')}
              </Button>
            </>
          ) : null}
          {mayWrite ? (
            <Button size="small" variant="contained" onClick={() => setEditing('new')}>
              {translate('fidele.triggers.create')}
            </Button>
          ) : null}
        </Stack>
      }
    >
      {isPending ? (
        <Skeleton variant="rectangular" height={100} />
      ) : error ? (
        <Alert severity="error">{errorText(translate, error)}</Alert>
      ) : data.length === 0 ? (
        <Typography color="text.secondary">{translate('fidele.triggers.none')}</Typography>
      ) : (
        <Table size="small" aria-label={translate('fidele.triggers.title')}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('fidele.triggers.name')}</TableCell>
              <TableCell>{translate('fidele.triggers.kind')}</TableCell>
              <TableCell>{translate('fidele.triggers.params')}</TableCell>
              <TableCell>{translate('fidele.triggers.action')}</TableCell>
              <TableCell>{translate('fidele.triggers.active')}</TableCell>
              <TableCell>{translate('fidele.triggers.last_run')}</TableCell>
              <TableCell align="right">{translate('fidele.triggers.firings')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {data.map((t) => (
              <TriggerListRow
                key={t.id}
                trigger={t}
                mayWrite={mayWrite}
                onShowFirings={() => onShowFirings(t)}
                onEdit={() => setEditing(t)}
                onDelete={() => remove.mutate(t)}
              />
            ))}
          </TableBody>
        </Table>
      )}
      {result ? <RunResult dryRun={result.dryRun} rows={result.rows} nameOf={nameOf} /> : null}
      {editing ? (
        <TriggerDialog existing={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      ) : null}
    </Panel>
  );
};
