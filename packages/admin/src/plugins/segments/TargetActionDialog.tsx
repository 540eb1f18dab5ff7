import {
  Alert,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  MenuItem,
  Stack,
  TextField,
} from '@mui/material';
import type { MarketingActionFieldsFragment, TargetActionInput } from '@fidele/sdk';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useDataProvider, useRefresh, useTranslate, type DataProvider } from 'react-admin';
import { ExclusionReport } from './ExclusionReport';
import type { SegmentsDataProvider, TargetingReport } from './segments-data-provider';

/** The actions a segment may target: planned or running, newest first (loaded once the dialog opens). */
const useOpenActions = (open: boolean) => {
  const dp = useDataProvider<DataProvider & SegmentsDataProvider>();
  return useQuery({
    queryKey: ['segments', 'open-actions'],
    enabled: open,
    queryFn: async () =>
      (
        await dp.getList<MarketingActionFieldsFragment>('actions', {
          pagination: { page: 1, perPage: 100 },
          sort: { field: 'startDate', order: 'DESC' },
          filter: { status: ['PLANNED', 'RUNNING'] },
        })
      ).data,
  });
};

/** Running targetAction (or its dry run), keeping its report or its error. */
const useTargetAction = () => {
  const translate = useTranslate();
  const refresh = useRefresh();
  const dp = useDataProvider<DataProvider & SegmentsDataProvider>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [report, setReport] = useState<TargetingReport | null>(null);
  const run = async (input: TargetActionInput) => {
    setBusy(true);
    setError(null);
    try {
      setReport(await dp.targetAction(input));
      refresh();
    } catch (e) {
      const message = (e as Error).message;
      setError(translate(message, { _: message }));
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, setError, report, setReport, run };
};

/**
 * "Target an action" from a segment: the action (planned or running), the share held out as a control group and a
 * dry-run switch; shows the run's exclusion report when done.
 */
export const TargetActionDialog = ({
  segmentId,
  open,
  onClose,
}: {
  segmentId: string;
  open: boolean;
  onClose: () => void;
}) => {
  const translate = useTranslate();
  const [action, setAction] = useState('');
  const [percent, setPercent] = useState('10');
  const [dryRun, setDryRun] = useState(false);
  const { busy, error, setError, report, setReport, run } = useTargetAction();
  const actions = useOpenActions(open);
  const pct = Number(percent);
  const validPercent = percent.trim() !== '' && Number.isInteger(pct) && pct >= 0 && pct <= 100;
  const submit = () => run({ action, segment: segmentId, controlGroupPercent: pct, dryRun });
  const close = () => {
    setReport(null);
    setError(null);
    onClose();
  };
  return (
    <Dialog open={open} onClose={close} maxWidth="md" fullWidth aria-labelledby="target-action-title">
      <DialogTitle id="target-action-title">{translate('fidele.segments.target.title')}</DialogTitle>
      <DialogContent>
        {report ? (
          <ExclusionReport run={report} />
        ) : (
          <Stack spacing={2} sx={{ pt: 1 }}>
            <TextField
              select
              label={translate('fidele.segments.target.action')}
              value={action}
              onChange={(e) => setAction(e.target.value)}
              required
            >
              {(actions.data ?? []).map((a) => (
                <MenuItem key={a.id} value={a.id}>{`${a.code} · ${a.name}`}</MenuItem>
              ))}
            </TextField>
            <TextField
              label={translate('fidele.segments.target.control_percent')}
              value={percent}
              onChange={(e) => setPercent(e.target.value)}
              type="number"
              slotProps={{ htmlInput: { min: 0, max: 100 } }}
              error={!validPercent}
              helperText={translate('fidele.segments.target.control_help')}
            />
            <FormControlLabel
              control={<Checkbox checked={dryRun} onChange={(e) => setDryRun(e.target.checked)} />}
              label={translate('fidele.segments.target.dry_run')}
            />
            {error && <Alert severity="error">{error}</Alert>}
          </Stack>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={close}>{translate(report ? 'ra.action.close' : 'ra.action.cancel')}</Button>
        {!report && (
          <Button variant="contained" onClick={submit} disabled={!action || !validPercent || busy}>
            {translate('fidele.segments.target.submit')}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
};
