import type { WebhookDeliveryStatus } from '@fidele/sdk';
import { Button, Chip, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { Fragment } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import type { WebhookDeliveryRow } from './webhooks-data-provider';
import { enumLabelKey } from '../../i18n/enum-messages';

const statusColor = { PENDING: 'warning', DELIVERED: 'success', FAILED: 'error' } as const satisfies Record<
  WebhookDeliveryStatus,
  string
>;

const useWhen = () => {
  const [locale] = useLocaleState();
  return (iso: string | null | undefined) => (iso ? new Date(iso).toLocaleString(locale) : '—');
};

const answer = (d: Pick<WebhookDeliveryRow, 'lastStatusCode' | 'lastError'>) =>
  d.lastError ?? (d.lastStatusCode ? String(d.lastStatusCode) : '—');

/** One delivery, and under it (when opened) the log of its attempts. */
export const DeliveryRow = ({
  delivery: d,
  open,
  onToggle,
  redelivering,
  onRedeliver,
}: {
  delivery: WebhookDeliveryRow;
  open: boolean;
  onToggle: () => void;
  redelivering: boolean;
  onRedeliver: () => void;
}) => {
  const translate = useTranslate();
  const when = useWhen();
  const event = translate(enumLabelKey('WebhookEventType', d.event));
  return (
    <Fragment>
      <TableRow data-status={d.status} data-event-id={d.eventId}>
        <TableCell>{when(d.createdAt)}</TableCell>
        <TableCell>{d.subscription.name}</TableCell>
        <TableCell>{event}</TableCell>
        <TableCell>
          <Chip
            size="small"
            variant="outlined"
            color={statusColor[d.status]}
            label={translate(enumLabelKey('WebhookDeliveryStatus', d.status))}
          />
        </TableCell>
        <TableCell align="right">
          <Button
            size="small"
            aria-expanded={open}
            aria-label={translate('fidele.webhooks.attempts_of', { event: `${event} ${d.eventId}` })}
            onClick={onToggle}
          >
            {d.log.length}
          </Button>
        </TableCell>
        <TableCell>{answer(d)}</TableCell>
        <TableCell>{d.status === 'PENDING' ? when(d.nextAttemptAt) : '—'}</TableCell>
        <TableCell>
          <Button
            size="small"
            aria-label={`${translate('fidele.webhooks.redeliver')} ${d.eventId}`}
            loading={redelivering}
            onClick={onRedeliver}
          >
            {translate('fidele.webhooks.redeliver')}
          </Button>
        </TableCell>
      </TableRow>
      {open ? <AttemptsRow delivery={d} /> : null}
    </Fragment>
  );
};

const AttemptsRow = ({ delivery: d }: { delivery: WebhookDeliveryRow }) => {
  const translate = useTranslate();
  const when = useWhen();
  return (
    <TableRow>
      <TableCell colSpan={8} sx={{ bgcolor: 'action.hover' }}>
        <Table size="small" aria-label={translate('fidele.webhooks.attempts_of', { event: d.eventId })}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('fidele.webhooks.attempt')}</TableCell>
              <TableCell>{translate('fidele.webhooks.attempted_at')}</TableCell>
              <TableCell>{translate('fidele.webhooks.http_status')}</TableCell>
              <TableCell>{translate('fidele.webhooks.error')}</TableCell>
              <TableCell align="right">{translate('fidele.webhooks.duration')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {d.log.map((a) => (
              <TableRow key={a.attempt}>
                <TableCell>{a.attempt}</TableCell>
                <TableCell>{when(a.attemptedAt)}</TableCell>
                <TableCell>{a.statusCode ?? translate('fidele.webhooks.no_answer')}</TableCell>
                <TableCell>{a.error ?? '—'}</TableCell>
                <TableCell align="right">{a.durationMs}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableCell>
    </TableRow>
  );
};
