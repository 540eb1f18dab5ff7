import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Grid,
  LinearProgress,
  MenuItem,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
  type ChipProps,
} from '@mui/material';
import {
  useDataProvider,
  useLocaleState,
  useNotify,
  useRecordContext,
  useTranslate,
  type DataProvider,
} from 'react-admin';
import type { DeliveryStatus } from '@fidele/sdk';
import { useMayRun } from '../../../fidele-context';
import type { DeliveryRow, DeliverySummary, SendingDataProvider } from './sending-data-provider';
import { enumLabelKey } from '../../../i18n/enum-messages';
import { useReasonLabel } from '../../../i18n/delivery-reasons';

/** How often the progress and the log are read again while a send runs (nothing refreshes once it is done). */
export const SENDING_REFRESH_MS = 2000;

const statuses: DeliveryStatus[] = ['QUEUED', 'SENT', 'DELIVERED', 'BOUNCED', 'COMPLAINED', 'FAILED', 'SKIPPED'];
const statusColor: Record<DeliveryStatus, ChipProps['color']> = {
  QUEUED: 'default',
  SENT: 'info',
  DELIVERED: 'success',
  BOUNCED: 'error',
  COMPLAINED: 'error',
  FAILED: 'error',
  SKIPPED: 'warning',
};
const figures = [
  'total',
  'sent',
  'delivered',
  'bounced',
  'complained',
  'failed',
  'skipped',
  'opened',
  'clicked',
] as const;

const useSending = () => useDataProvider<DataProvider & SendingDataProvider>();

/** A reason code in the reader's language: SMTP_550 → "the mail server refused the message (550)". */
/**
 * The action's Sending section: the Send button (with a confirmation; for the roles the server lets send), the
 * send's progress (a bar polling `deliverySummary` while deliveries are queued) and its figures, and the delivery
 * log with each skipped or failed delivery's reason in the reader's language.
 */
export const ActionSendingPanel = () => {
  const record = useRecordContext<{ id: string }>();
  const translate = useTranslate();
  const dp = useSending();
  // The log is for the roles that send (the server's rule on `deliveries`); readers of figures see the progress.
  const mayReadLog = useMayRun('sendAction');
  const summary = useQuery({
    queryKey: ['actions', 'deliverySummary', record?.id],
    queryFn: () => dp.getDeliverySummary(record!.id),
    enabled: !!record,
    retry: false,
    refetchInterval: (q) => (q.state.data && !q.state.data.done && q.state.data.total > 0 ? SENDING_REFRESH_MS : false),
  });
  if (!record) return null;
  const s = summary.data;
  return (
    <Card component="section" variant="outlined" aria-label={translate('fidele.sending.title')}>
      <CardContent>
        <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', mb: 1 }}>
          <Typography variant="h6" component="h2">
            {translate('fidele.sending.title')}
          </Typography>
          <SendButton actionId={record.id} sentBefore={!!s && s.total > 0} />
        </Box>
        {summary.error ? null : !s || s.total === 0 ? (
          <Typography variant="body2" color="text.secondary" data-sending-state="none">
            {translate('fidele.sending.not_sent')}
          </Typography>
        ) : (
          <>
            <SendProgress summary={s} />
            {mayReadLog && <DeliveryLog actionId={record.id} running={!s.done} />}
          </>
        )}
      </CardContent>
    </Card>
  );
};

const SendButton = ({ actionId, sentBefore }: { actionId: string; sentBefore: boolean }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const dp = useSending();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const send = useMutation({
    mutationFn: () => dp.sendAction(actionId),
    onSuccess: () => {
      notify('fidele.sending.queued', { type: 'info' });
      void queryClient.invalidateQueries({ queryKey: ['actions', 'deliverySummary', actionId] });
      void queryClient.invalidateQueries({ queryKey: ['actions', 'deliveries', actionId] });
    },
    onError: (e: Error) => notify(e.message, { type: 'error' }),
    onSettled: () => setOpen(false),
  });
  if (!useMayRun('sendAction')) return null;
  return (
    <>
      <Button variant="contained" onClick={() => setOpen(true)} disabled={send.isPending}>
        {translate(sentBefore ? 'fidele.sending.send_again' : 'fidele.sending.send')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby="send-confirm-title">
        <DialogTitle id="send-confirm-title">{translate('fidele.sending.confirm_title')}</DialogTitle>
        <DialogContent>
          <DialogContentText>{translate('fidele.sending.confirm_body')}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate('fidele.sending.cancel')}</Button>
          <Button variant="contained" onClick={() => send.mutate()} disabled={send.isPending}>
            {translate('fidele.sending.confirm')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
};

const SendProgress = ({ summary }: { summary: DeliverySummary }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const n = new Intl.NumberFormat(locale);
  const done = summary.total - summary.queued;
  const pct = summary.total > 0 ? Math.round((done / summary.total) * 100) : 0;
  return (
    <Box sx={{ mb: 2 }}>
      <LinearProgress variant="determinate" value={pct} aria-label={translate('fidele.sending.title')} />
      <Typography variant="caption" data-sending-progress={`${done}/${summary.total}`}>
        {summary.done
          ? translate('fidele.sending.done')
          : translate('fidele.sending.progress', { done: n.format(done), total: n.format(summary.total) })}
      </Typography>
      <Grid container spacing={1} sx={{ mt: 1 }}>
        {figures.map((f) => (
          <Grid key={f} size={{ xs: 4, md: 'auto' }}>
            <Typography variant="caption" color="text.secondary" component="p">
              {translate(`fidele.sending.figures.${f}`)}
            </Typography>
            <Typography variant="body1" component="p" data-figure={f}>
              {n.format(summary[f])}
            </Typography>
          </Grid>
        ))}
      </Grid>
    </Box>
  );
};

const DeliveryLog = ({ actionId, running }: { actionId: string; running: boolean }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const reason = useReasonLabel();
  const dp = useSending();
  const [status, setStatus] = useState<DeliveryStatus | ''>('');
  const log = useQuery({
    queryKey: ['actions', 'deliveries', actionId, status],
    queryFn: () => dp.getDeliveries(actionId, status || null),
    refetchInterval: running ? SENDING_REFRESH_MS : false,
    retry: false,
  });
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short' });
  if (log.error) return <Alert severity="info">{(log.error as Error).message}</Alert>;
  return (
    <Box>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 1 }}>
        <Typography variant="subtitle1" component="h3">
          {translate('fidele.sending.log')}
        </Typography>
        <TextField
          select
          size="small"
          label={translate('fidele.sending.status_filter')}
          value={status}
          onChange={(e) => setStatus(e.target.value as DeliveryStatus | '')}
          sx={{ minWidth: 180 }}
        >
          <MenuItem value="">{translate('fidele.sending.all')}</MenuItem>
          {statuses.map((s) => (
            <MenuItem key={s} value={s}>
              {translate(enumLabelKey('DeliveryStatus', s))}
            </MenuItem>
          ))}
        </TextField>
      </Box>
      <Table size="small" aria-label={translate('fidele.sending.log')}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('fidele.sending.contact')}</TableCell>
            <TableCell>{translate('fidele.sending.status')}</TableCell>
            <TableCell>{translate('fidele.sending.reason')}</TableCell>
            <TableCell align="right">{translate('fidele.sending.attempts')}</TableCell>
            <TableCell>{translate('fidele.sending.sent_at')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {(log.data?.rows ?? []).map((d: DeliveryRow) => (
            <TableRow key={d.id} data-delivery-status={d.status} data-delivery-reason={d.reason ?? ''}>
              <TableCell>{contactName(d)}</TableCell>
              <TableCell>
                <Chip
                  size="small"
                  color={statusColor[d.status]}
                  label={translate(enumLabelKey('DeliveryStatus', d.status))}
                />
              </TableCell>
              <TableCell title={d.detail ?? undefined}>{reason(d.reason)}</TableCell>
              <TableCell align="right">{d.attempts}</TableCell>
              <TableCell>{d.sentAt ? when.format(new Date(d.sentAt)) : '—'}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Typography variant="caption" color="text.secondary">
        {log.data && log.data.total === 0
          ? translate('fidele.sending.empty')
          : translate('fidele.sending.shown', { shown: log.data?.rows.length ?? 0, total: log.data?.total ?? 0 })}
      </Typography>
    </Box>
  );
};

/** The contact's name when the caller may read it, else its number (personal fields are withheld without consent). */
const contactName = (d: DeliveryRow) => {
  const c = d.contact;
  if (!c) return '—';
  const name = [c.lastName, c.firstName].filter(Boolean).join(' ') || c.email;
  if (name) return name;
  const decoded = typeof atob === 'function' ? atob(c.id) : '';
  return `#${decoded.split(':')[1] ?? c.id}`;
};
