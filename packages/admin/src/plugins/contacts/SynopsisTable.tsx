import {
  Alert,
  Checkbox,
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
import { useId } from 'react';
import { Link as RouterLink } from 'react-router';
import {
  useCreatePath,
  useDataProvider,
  useLocaleState,
  useRecordContext,
  useTranslate,
  type DataProvider,
} from 'react-admin';
import { enumLabelKey } from '../../i18n/enum-messages';
import type { ContactsDataProvider } from './contacts-data-provider';

/**
 * The synoptic table: one row per marketing action the contact was targeted by, with check boxes for targeted,
 * responded and converted (read-only: responses are recorded on the action's targets). A member of the action's
 * control group is marked held out, and its "targeted" box stays empty: it was sent nothing. So is a response without
 * targeting (a press coupon, the web form of the contact's source action): marked "untargeted".
 */
export const SynopsisTable = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dataProvider = useDataProvider<DataProvider & ContactsDataProvider>();
  const titleId = useId();
  const { data, isPending, error } = useQuery({
    queryKey: ['contacts', 'synopsis', record?.id],
    queryFn: () => dataProvider.getContactSynopsis(record!.id),
    enabled: !!record,
  });
  const date = (iso: string | null) => (iso ? new Date(iso).toLocaleDateString(locale) : '');
  const rows = data?.synopsis ?? [];
  return (
    <section aria-labelledby={titleId}>
      <Typography id={titleId} variant="h6" component="h2" gutterBottom>
        {translate('fidele.contacts.synopsis')}
      </Typography>
      {isPending ? (
        <Skeleton variant="rectangular" height={120} />
      ) : error ? (
        <Alert severity="error">{translate('fidele.widget.load_error')}</Alert>
      ) : rows.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('fidele.contacts.no_synopsis')}
        </Typography>
      ) : (
        <Table size="small" aria-labelledby={titleId}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('fidele.contacts.action')}</TableCell>
              <TableCell>{translate('fidele.contacts.medium')}</TableCell>
              <TableCell>{translate('fidele.contacts.targeted_at')}</TableCell>
              <TableCell align="center">{translate('fidele.contacts.targeted')}</TableCell>
              <TableCell align="center">{translate('fidele.contacts.responded')}</TableCell>
              <TableCell align="center">{translate('fidele.contacts.converted')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => (
              <SynopsisRow key={row.action.id} row={row} date={date} />
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
};

type SynopsisRowData = NonNullable<Awaited<ReturnType<ContactsDataProvider['getContactSynopsis']>>>['synopsis'][number];

/** One action of the table; a control-group member is marked held out, an untargeted response untargeted. */
const SynopsisRow = ({ row, date }: { row: SynopsisRowData; date: (iso: string | null) => string }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  return (
    <TableRow>
      <TableCell>
        <Link component={RouterLink} to={createPath({ resource: 'actions', id: row.action.id, type: 'show' })}>
          {row.action.code}
        </Link>{' '}
        {row.action.name}
      </TableCell>
      <TableCell>{translate(enumLabelKey('ActionMedium', row.action.medium))}</TableCell>
      <TableCell>
        {date(row.targetedAt)}
        {row.heldOut ? (
          <Chip
            size="small"
            variant="outlined"
            sx={{ ml: 1 }}
            label={translate('fidele.contacts.held_out')}
            title={translate('fidele.contacts.held_out_help')}
            data-testid="held-out"
          />
        ) : null}
        {row.untargeted ? (
          <Chip
            size="small"
            variant="outlined"
            sx={{ ml: 1 }}
            label={translate('fidele.contacts.untargeted')}
            title={translate('fidele.contacts.untargeted_help')}
            data-testid="untargeted"
          />
        ) : null}
      </TableCell>
      {(['targeted', 'responded', 'converted'] as const).map((k) => (
        <TableCell key={k} align="center" padding="checkbox">
          <Checkbox
            checked={row[k]}
            readOnly
            disableRipple
            size="small"
            slotProps={{
              input: { 'aria-label': `${translate(`fidele.contacts.${k}`)}: ${row.action.code}` },
            }}
            title={k === 'responded' && row.respondedAt ? date(row.respondedAt) : undefined}
          />
        </TableCell>
      ))}
    </TableRow>
  );
};
