import DownloadIcon from '@mui/icons-material/Download';
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  MenuItem,
  Stack,
  TextField,
} from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useDataProvider, useListContext, useNotify, useTranslate, type DataProvider } from 'react-admin';
import type { ExportFormat } from '@fidele/sdk';
import { useSessionState } from '../../fidele-context';
import { usePurposeLabel } from '../../i18n/purpose-labels';
import type { ExportReport, TargetingDataProvider } from './targeting-data-provider';

/** Saves the downloaded file through a temporary link. */
function download(report: ExportReport) {
  const url = URL.createObjectURL(report.content);
  const link = document.createElement('a');
  link.href = url;
  link.download = report.fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * List action of the contacts list (slot `contacts.listActions`): the server's export of the list's filter, as CSV
 * or XLSX, for the purpose declared in the app bar (only contacts whose consent covers it; only the columns the role
 * may read), streamed from GET /export/contacts. The dialog says what was left out.
 */
export const ExportContactsButton = () => {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="small" startIcon={<DownloadIcon />} onClick={() => setOpen(true)}>
        {translate('fidele.targeting.export')}
      </Button>
      {open ? <ExportDialog selection={false} onClose={() => setOpen(false)} /> : null}
    </>
  );
};

/** Bulk action (slot `contacts.bulkActions`): the same export for the selected contacts only (the filter's `ids`). */
export const ExportSelectionButton = () => {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="small" startIcon={<DownloadIcon />} onClick={() => setOpen(true)}>
        {translate('fidele.targeting.export_selection')}
      </Button>
      {open ? <ExportDialog selection onClose={() => setOpen(false)} /> : null}
    </>
  );
};

const ExportDialog = ({ selection, onClose }: { selection: boolean; onClose: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const dp = useDataProvider<DataProvider & TargetingDataProvider>();
  const { filterValues, selectedIds } = useListContext();
  const session = useSessionState();
  const purposeLabel = usePurposeLabel();
  const purpose = session?.purpose ? purposeLabel(session.purpose) : translate('fidele.purpose.none');
  const [format, setFormat] = useState<ExportFormat>('CSV');
  const [report, setReport] = useState<ExportReport | null>(null);
  const run = useMutation({
    mutationFn: () => dp.exportContacts(filterValues ?? {}, format, selection ? selectedIds : undefined),
    onSuccess: (r) => {
      download(r);
      setReport(r);
    },
    onError: (e: Error) => notify(e.message, { type: 'error' }),
  });
  return (
    <Dialog open onClose={onClose} aria-labelledby="export-title" maxWidth="sm" fullWidth>
      <DialogTitle id="export-title">
        {selection
          ? translate('fidele.targeting.export_selection_title', { smart_count: selectedIds.length })
          : translate('fidele.targeting.export_title')}
      </DialogTitle>
      <DialogContent>
        <DialogContentText variant="body2" gutterBottom>
          {translate(selection ? 'fidele.targeting.export_selection_help' : 'fidele.targeting.export_help', {
            purpose,
          })}
        </DialogContentText>
        <TextField
          select
          label={translate('fidele.targeting.format')}
          value={format}
          onChange={(e) => setFormat(e.target.value as ExportFormat)}
          margin="dense"
          sx={{ minWidth: 160 }}
        >
          <MenuItem value="CSV">CSV</MenuItem>
          <MenuItem value="XLSX">XLSX</MenuItem>
        </TextField>
        {report ? (
          <Stack spacing={1} sx={{ mt: 1 }} role="status" aria-live="polite">
            <Alert severity="success">
              {translate('fidele.targeting.exported', { smart_count: report.rowCount, file: report.fileName })}
            </Alert>
            {report.excludedWithoutConsent ? (
              <Alert severity="warning">
                {translate('fidele.targeting.excluded', { smart_count: report.excludedWithoutConsent })}
              </Alert>
            ) : null}
            {report.withheldColumns.length ? (
              <Alert severity="info">
                {translate('fidele.targeting.withheld_columns', { columns: report.withheldColumns.join(', ') })}
              </Alert>
            ) : null}
          </Stack>
        ) : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate(report ? 'fidele.targeting.close' : 'ra.action.cancel')}</Button>
        <Button variant="contained" startIcon={<DownloadIcon />} loading={run.isPending} onClick={() => run.mutate()}>
          {translate('fidele.targeting.download')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
