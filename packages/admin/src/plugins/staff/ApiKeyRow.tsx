import { Button, Chip, TableCell, TableRow } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { keyStatus, type ApiKeyRow as ApiKey } from './staff-data-provider';

/** One key: its scope, rate, dates and status; a revoke button (labelled with its name) unless revoked. */
export const ApiKeyRow = ({
  apiKey: k,
  onRevoke,
}: {
  apiKey: ApiKey;
  /** Absent for a role that may not revoke. */
  onRevoke?: () => void;
}) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const date = (iso: string | null | undefined) => (iso ? new Date(iso).toLocaleDateString(locale) : '—');
  const status = keyStatus(k);
  return (
    <TableRow data-status={status}>
      <TableCell>{k.name}</TableCell>
      <TableCell>
        <code>{k.prefix}</code>
      </TableCell>
      <TableCell>{k.brandCodes.join(', ')}</TableCell>
      <TableCell>{k.purposeCodes.join(', ')}</TableCell>
      <TableCell align="right">{k.rateLimitPerMinute}</TableCell>
      <TableCell>{date(k.createdAt)}</TableCell>
      <TableCell>{k.lastUsedAt ? date(k.lastUsedAt) : translate('fidele.staff.never')}</TableCell>
      <TableCell>{date(k.expiresAt)}</TableCell>
      <TableCell>
        <Chip
          size="small"
          label={translate(`fidele.staff.${status}`)}
          color={status === 'ACTIVE' ? 'success' : 'default'}
          variant="outlined"
        />
      </TableCell>
      <TableCell>
        {onRevoke && status !== 'REVOKED' ? (
          <Button
            size="small"
            color="error"
            onClick={onRevoke}
            aria-label={`${translate('fidele.staff.revoke')} ${k.name}`}
          >
            {translate('fidele.staff.revoke')}
          </Button>
        ) : null}
      </TableCell>
    </TableRow>
  );
};
