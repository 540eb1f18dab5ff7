import { enumLabelKey } from '../../i18n/enum-messages';
import { Alert, Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { TriggerRunRow } from './triggers-data-provider';

/** What each trigger did in the run just made. */
export const RunResult = ({
  dryRun,
  rows,
  nameOf,
}: {
  dryRun: boolean;
  rows: TriggerRunRow[];
  nameOf: (id: string) => string;
}) => {
  const translate = useTranslate();
  const title = translate(dryRun ? 'fidele.triggers.dry_run_result' : 'fidele.triggers.run_result');
  return (
    <Box component="section" aria-label={title} sx={{ mt: 2 }}>
      <Typography variant="subtitle1" component="h3">
        {title}
      </Typography>
      <Table size="small" aria-label={title}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('fidele.triggers.name')}</TableCell>
            <TableCell align="right">{translate('fidele.triggers.matched')}</TableCell>
            <TableCell align="right">{translate('fidele.triggers.fired')}</TableCell>
            <TableCell align="right">{translate('fidele.triggers.targeted')}</TableCell>
            <TableCell align="right">{translate('fidele.triggers.control')}</TableCell>
            <TableCell>{translate('fidele.triggers.excluded')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.trigger} data-trigger={nameOf(r.trigger)}>
              <TableCell>{nameOf(r.trigger)}</TableCell>
              <TableCell align="right">{r.matched}</TableCell>
              <TableCell align="right">{r.fired}</TableCell>
              <TableCell align="right">{r.targeted}</TableCell>
              <TableCell align="right">{r.control}</TableCell>
              <TableCell>
                {r.error ? (
                  <Alert severity="error">{r.error}</Alert>
                ) : (
                  r.excluded
                    .map(
                      (e) =>
                        `${translate('fidele.label_colon', { label: translate(enumLabelKey('ExclusionReason', e.reason)) })} ${e.count}`,
                    )
                    .join(', ') || '—'
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};
