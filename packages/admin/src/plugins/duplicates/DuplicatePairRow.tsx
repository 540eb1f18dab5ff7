import { Button, Chip, Stack, TableCell, TableRow } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { ContactCell } from './ContactCell';
import type { DuplicatePair } from './duplicates-data-provider';

/** One pair: both contacts, the score, the evidence (field, weight; method and similarity as a tooltip), merge. */
export const DuplicatePairRow = ({
  pair,
  onMerge,
}: {
  pair: DuplicatePair;
  /** Absent for a role that may not merge. */
  onMerge?: () => void;
}) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const pct = new Intl.NumberFormat(locale, { style: 'percent' });
  const num = new Intl.NumberFormat(locale, { maximumFractionDigits: 2, signDisplay: 'always' });
  return (
    <TableRow data-pair={pair.id}>
      <TableCell>
        <ContactCell contact={pair.contact} />
      </TableCell>
      <TableCell>
        <ContactCell contact={pair.duplicate} />
      </TableCell>
      <TableCell align="right">
        <data value={pair.score}>{pct.format(pair.score)}</data>
      </TableCell>
      <TableCell>
        <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
          {pair.matches.map((m) => (
            <Chip
              key={m.field}
              size="small"
              variant="outlined"
              color={m.weight > 0 ? 'success' : m.weight < 0 ? 'error' : 'default'}
              label={`${m.field} ${num.format(m.weight)}`}
              title={`${m.method} · ${pct.format(m.similarity)}`}
            />
          ))}
        </Stack>
      </TableCell>
      <TableCell>
        {onMerge ? (
          <Button size="small" onClick={onMerge}>
            {translate('fidele.duplicates.merge')}
          </Button>
        ) : null}
      </TableCell>
    </TableRow>
  );
};
