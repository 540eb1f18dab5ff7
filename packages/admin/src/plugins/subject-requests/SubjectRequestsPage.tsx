import {
  Alert,
  Card,
  CardContent,
  Checkbox,
  FormControlLabel,
  LinearProgress,
  Link,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { Title, useTranslate } from 'react-admin';
import type { SubjectRequestStatus } from '@fidele/sdk';
import { enumLabelKey } from '../../i18n/enum-messages';
import { DueDate, StatusChip, requestPath, useDay, useSubjectRequestsProvider, useT } from './shared';
import type { SubjectRequestFilter, SubjectRequestRow } from './subject-requests-data-provider';

/** The status choices of the filter: all, the open ones, or one closed status. */
const statusChoices: Record<string, SubjectRequestStatus[] | undefined> = {
  all: undefined,
  open: ['RECEIVED', 'IN_PROGRESS'],
  COMPLETED: ['COMPLETED'],
  REJECTED: ['REJECTED'],
};

/** The requests, one row each: type, status, received, due (overdue in red), handler, a link to the request. */
const RequestTable = ({ rows }: { rows: SubjectRequestRow[] }) => {
  const t = useT();
  const translate = useTranslate();
  const day = useDay();
  return (
    <Table size="small" aria-label={t('title')}>
      <TableHead>
        <TableRow>
          <TableCell>{t('type')}</TableCell>
          <TableCell>{t('status')}</TableCell>
          <TableCell>{t('received')}</TableCell>
          <TableCell>{t('due')}</TableCell>
          <TableCell>{t('handler')}</TableCell>
          <TableCell />
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={r.id} data-request={r.id} selected={r.overdue}>
            <TableCell>{translate(enumLabelKey('SubjectRequestType', r.type))}</TableCell>
            <TableCell>
              <StatusChip status={r.status} />
            </TableCell>
            <TableCell>{day(r.receivedAt)}</TableCell>
            <TableCell>
              <DueDate dueAt={r.dueAt} overdue={r.overdue} />
            </TableCell>
            <TableCell>{r.handler ? `${r.handler.firstName} ${r.handler.lastName}` : t('unassigned')}</TableCell>
            <TableCell align="right">
              <Link component={RouterLink} to={requestPath(r.id)}>
                {t('open')}
              </Link>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

/**
 * The subject requests (`/subject-requests`), soonest due first: type, status, received and due dates (overdue in
 * red), handler. Filters live in the address (`?status=open&overdue=1`), so the dashboard card links to them.
 */
export const SubjectRequestsPage = () => {
  const t = useT();
  const translate = useTranslate();
  const dp = useSubjectRequestsProvider();
  const [params, setParams] = useSearchParams();
  const status = params.get('status') ?? 'all';
  const overdue = params.get('overdue') === '1';
  const filter: SubjectRequestFilter = { status: statusChoices[status], overdue };
  const { data, isPending, error } = useQuery({
    queryKey: ['subject-requests', 'list', filter],
    queryFn: () => dp.getSubjectRequests(filter),
    retry: false,
  });
  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value === null) next.delete(key);
    else next.set(key, value);
    setParams(next, { replace: true });
  };
  return (
    <Card sx={{ mt: 2 }}>
      <Title title={t('title')} />
      <CardContent>
        <Stack direction="row" spacing={2} sx={{ mb: 2, alignItems: 'center', flexWrap: 'wrap' }}>
          <TextField
            select
            size="small"
            label={t('status')}
            value={status}
            onChange={(e) => set('status', e.target.value === 'all' ? null : e.target.value)}
            sx={{ minWidth: 240 }}
          >
            <MenuItem value="all">{t('all_statuses')}</MenuItem>
            <MenuItem value="open">{t('open_statuses')}</MenuItem>
            <MenuItem value="COMPLETED">{translate(enumLabelKey('SubjectRequestStatus', 'COMPLETED'))}</MenuItem>
            <MenuItem value="REJECTED">{translate(enumLabelKey('SubjectRequestStatus', 'REJECTED'))}</MenuItem>
          </TextField>
          <FormControlLabel
            control={<Checkbox checked={overdue} onChange={(e) => set('overdue', e.target.checked ? '1' : null)} />}
            label={t('overdue_only')}
          />
          {data ? (
            <Typography variant="body2" color="text.secondary">
              {t('total', { count: data.total })}
            </Typography>
          ) : null}
        </Stack>
        {isPending ? <LinearProgress /> : null}
        {error ? <Alert severity="error">{translate((error as Error).message)}</Alert> : null}
        {data && data.rows.length === 0 ? <Alert severity="info">{t('none')}</Alert> : null}
        {data && data.rows.length > 0 ? <RequestTable rows={data.rows} /> : null}
      </CardContent>
    </Card>
  );
};
