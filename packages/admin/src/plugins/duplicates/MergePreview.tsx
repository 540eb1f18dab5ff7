import { Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { MergeResult } from './duplicates-data-provider';

/** What the merge would do (a dry run): the survivor's changed fields, the records moved, those dropped. */
export const MergePreview = ({ preview }: { preview: MergeResult }) => {
  const translate = useTranslate();
  const shown = (withheld: boolean, v: string | null | undefined) =>
    withheld ? `(${translate('fidele.duplicates.withheld')})` : (v ?? '—');
  return (
    <Stack spacing={2}>
      <section aria-label={translate('fidele.duplicates.changes')}>
        <Typography variant="subtitle2">{translate('fidele.duplicates.changes')}</Typography>
        {preview.changes.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {translate('fidele.duplicates.no_changes')}
          </Typography>
        ) : (
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{translate('fidele.duplicates.field')}</TableCell>
                <TableCell>{translate('fidele.duplicates.before')}</TableCell>
                <TableCell>{translate('fidele.duplicates.after')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {preview.changes.map((c) => (
                <TableRow key={c.field}>
                  <TableCell>{c.field}</TableCell>
                  <TableCell>{shown(c.withheld, c.before)}</TableCell>
                  <TableCell>{shown(c.withheld, c.after)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </section>
      <section aria-label={translate('fidele.duplicates.moved')}>
        <Typography variant="subtitle2">{translate('fidele.duplicates.moved')}</Typography>
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
          {preview.moved.length === 0 ? (
            <Typography variant="body2" color="text.secondary">
              —
            </Typography>
          ) : null}
          {preview.moved.map((m) => (
            <Chip key={m.kind} size="small" label={`${m.kind}: ${m.count}`} />
          ))}
        </Stack>
      </section>
      {preview.dropped.length ? (
        <section aria-label={translate('fidele.duplicates.dropped')}>
          <Typography variant="subtitle2">{translate('fidele.duplicates.dropped')}</Typography>
          {preview.dropped.map((d) => (
            <Typography key={`${d.kind}${d.id}`} variant="body2">{`${d.kind} #${d.id}: ${d.reason}`}</Typography>
          ))}
        </section>
      ) : null}
    </Stack>
  );
};
