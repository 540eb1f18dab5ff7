import { Alert, Skeleton, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { Panel } from '../../components/Panel';
import { DeliveryFilters } from './DeliveryFilters';
import { DeliveryRow } from './DeliveryRow';
import { errorText, useWebhooks } from './useWebhooks';
import type { DeliveryQuery } from './webhooks-data-provider';

/** Redelivering one delivery, then reloading the log. */
const useRedeliver = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const dp = useWebhooks();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => dp.redeliverWebhook(id),
    onSuccess: async () => {
      notify('fidele.webhooks.redelivered', { type: 'success' });
      await queryClient.invalidateQueries({ queryKey: ['webhooks', 'deliveries'] });
    },
    onError: (e: Error) => notify(errorText(translate, e), { type: 'error' }),
  });
};

export const DeliveryLog = ({ query, onQuery }: { query: DeliveryQuery; onQuery: (q: DeliveryQuery) => void }) => {
  const translate = useTranslate();
  const dp = useWebhooks();
  const { data, isPending, error } = useQuery({
    queryKey: ['webhooks', 'deliveries', query],
    queryFn: () => dp.getWebhookDeliveries(query),
  });
  const [open, setOpen] = useState<string | null>(null);
  // Another filter shows other rows: the attempts opened before are closed.
  const change = (q: DeliveryQuery) => (setOpen(null), onQuery(q));
  const redeliver = useRedeliver();
  return (
    <Panel title="fidele.webhooks.log" action={<DeliveryFilters query={query} onChange={change} />}>
      {isPending ? (
        <Skeleton variant="rectangular" height={100} />
      ) : error ? (
        <Alert severity="error">{errorText(translate, error)}</Alert>
      ) : data.rows.length === 0 ? (
        <Typography color="text.secondary">{translate('fidele.webhooks.no_deliveries')}</Typography>
      ) : (
        <Table size="small" aria-label={translate('fidele.webhooks.log')}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('fidele.webhooks.created')}</TableCell>
              <TableCell>{translate('fidele.webhooks.subscription')}</TableCell>
              <TableCell>{translate('fidele.webhooks.event')}</TableCell>
              <TableCell>{translate('fidele.webhooks.status')}</TableCell>
              <TableCell align="right">{translate('fidele.webhooks.attempts')}</TableCell>
              <TableCell>{translate('fidele.webhooks.last_answer')}</TableCell>
              <TableCell>{translate('fidele.webhooks.next_attempt')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {data.rows.map((d) => (
              <DeliveryRow
                key={d.id}
                delivery={d}
                open={open === d.id}
                onToggle={() => setOpen(open === d.id ? null : d.id)}
                redelivering={redeliver.isPending && redeliver.variables === d.id}
                onRedeliver={() => redeliver.mutate(d.id)}
              />
            ))}
          </TableBody>
        </Table>
      )}
    </Panel>
  );
};
