import {
  Alert,
  Chip,
  Link,
  Skeleton,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router';
import {
  useCreatePath,
  useDataProvider,
  useLocaleState,
  useRecordContext,
  useTranslate,
  type DataProvider,
} from 'react-admin';
import { useMayRun } from '../../fidele-context';
import { enumLabelKey } from '../../i18n/enum-messages';
import { Section } from '../../slots/PluginSlot';
import { useReasonLabel } from '../../i18n/delivery-reasons';
import type { ContactDeliveries, ContactPageMethods } from './contact-page-data';

type Delivery = ContactDeliveries['edges'][number]['node'];

/** An instant in the reader's language, '—' when there is none. */
function useInstant() {
  const [locale] = useLocaleState();
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short' });
  return (iso: string | null | undefined) => (iso ? format.format(new Date(iso)) : '—');
}

/** One message: its action, channel, status, reason in the reader's language, and when it was queued, sent, settled. */
const MessageRow = ({ delivery: d }: { delivery: Delivery }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const reason = useReasonLabel();
  const instant = useInstant();
  return (
    <TableRow data-delivery-status={d.status} data-delivery-reason={d.reason ?? ''}>
      <TableCell>
        <Link component={RouterLink} to={createPath({ resource: 'actions', id: d.action.id, type: 'show' })}>
          {d.action.code}
        </Link>{' '}
        {d.action.name}
      </TableCell>
      <TableCell>{translate(enumLabelKey('ActionMedium', d.medium))}</TableCell>
      <TableCell>
        <Chip size="small" variant="outlined" label={translate(enumLabelKey('DeliveryStatus', d.status))} />
      </TableCell>
      <TableCell title={d.detail ?? undefined}>{reason(d.reason) || '—'}</TableCell>
      <TableCell>{instant(d.queuedAt)}</TableCell>
      <TableCell>{instant(d.sentAt)}</TableCell>
      <TableCell>{instant(d.deliveredAt ?? d.bouncedAt ?? d.complainedAt)}</TableCell>
    </TableRow>
  );
};

const columns = ['action', 'channel', 'status', 'reason', 'queued_at', 'sent_at', 'outcome_at'] as const;

/** The list itself, once the section is known to be readable. */
const MessagesBody = ({ id }: { id: string | number }) => {
  const translate = useTranslate();
  const dp = useDataProvider<DataProvider & ContactPageMethods>();
  const { data, isPending, error } = useQuery({
    queryKey: ['contacts', 'deliveries', id],
    queryFn: () => dp.getContactDeliveries(id),
  });
  const t = (k: string, o?: object) => translate(`fidele.contacts.messages.${k}`, o);
  if (isPending) return <Skeleton variant="rectangular" height={80} />;
  if (error || !data) return <Alert severity="error">{translate('fidele.widget.load_error')}</Alert>;
  if (data.edges.length === 0)
    return (
      <Typography variant="body2" color="text.secondary">
        {t('empty')}
      </Typography>
    );
  return (
    <>
      <Table size="small" aria-label={t('title')}>
        <TableHead>
          <TableRow>
            {columns.map((c) => (
              <TableCell key={c}>{t(c)}</TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {data.edges.map(({ node }) => (
            <MessageRow key={node.id} delivery={node} />
          ))}
        </TableBody>
      </Table>
      <Typography variant="caption" color="text.secondary">
        {t('shown', { shown: data.edges.length, total: data.totalCount })}
      </Typography>
    </>
  );
};

/**
 * The messages sent to the contact (issue 21): one row per delivery, latest first, with its action, channel, status,
 * reason and dates. Only for the roles that may read delivery logs (the server's rule on `deliveries`, the same roles
 * that may send, as on the action's page); others do not see the section.
 */
export const ContactMessages = () => {
  const record = useRecordContext();
  const mayRead = useMayRun('sendAction');
  if (!record || !mayRead) return null;
  return (
    <Section title="fidele.contacts.messages.title">
      <MessagesBody id={record.id} />
    </Section>
  );
};
