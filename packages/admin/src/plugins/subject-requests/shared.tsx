import { Chip, Typography, type ChipProps } from '@mui/material';
import type { SubjectRequestStatus } from '@fidele/sdk';
import { useDataProvider, useLocaleState, useTranslate, type DataProvider } from 'react-admin';
import { enumLabelKey } from '../../i18n/enum-messages';
import type { SubjectRequestsDataProvider } from './subject-requests-data-provider';

export const useSubjectRequestsProvider = () => useDataProvider<DataProvider & SubjectRequestsDataProvider>();

/** The plugin's messages: `t('due')` is `fidele.subject_requests.due`. */
export const useT = () => {
  const translate = useTranslate();
  return (key: string, options?: Record<string, unknown>) => translate(`fidele.subject_requests.${key}`, options);
};

/**
 * A day in the admin's language, read in UTC: due dates are computed in UTC (the same day one month later), so a
 * reader west of Greenwich must not see the day before.
 */
export const useDay = () => {
  const [locale] = useLocaleState();
  return (iso: string | null | undefined) =>
    iso ? new Date(iso).toLocaleDateString(locale, { timeZone: 'UTC', dateStyle: 'medium' }) : '';
};

/** The admin's path of a request's page (a global id is base64: it may hold `/` or `=`). */
export const requestPath = (id: string) => `/subject-requests/${encodeURIComponent(id)}`;

const statusColor: Record<SubjectRequestStatus, ChipProps['color']> = {
  RECEIVED: 'info',
  IN_PROGRESS: 'warning',
  COMPLETED: 'success',
  REJECTED: 'default',
};

export const StatusChip = ({ status }: { status: SubjectRequestStatus }) => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      color={statusColor[status]}
      label={translate(enumLabelKey('SubjectRequestStatus', status))}
      data-status={status}
    />
  );
};

/** The due date, in red with an "Overdue" chip when the request is open past it. */
export const DueDate = ({ dueAt, overdue }: { dueAt: string; overdue: boolean }) => {
  const t = useT();
  const day = useDay();
  return (
    <span style={{ display: 'inline-flex', gap: 6, alignItems: 'center' }} data-overdue={overdue || undefined}>
      <Typography
        component="span"
        variant="body2"
        color={overdue ? 'error' : undefined}
        sx={overdue ? { fontWeight: 600 } : undefined}
      >
        {day(dueAt)}
      </Typography>
      {overdue ? <Chip size="small" color="error" label={t('overdue')} /> : null}
    </span>
  );
};
