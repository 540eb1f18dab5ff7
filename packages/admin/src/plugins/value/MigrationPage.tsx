import type { RfmMigrationQuery, RfmSegment } from '@fidele/sdk';
import { Alert, Box, Card, CardContent, MenuItem, TextField, Typography, useTheme } from '@mui/material';
import { useEffect, useState } from 'react';
import { Title, useLocaleState, useTranslate } from 'react-admin';
import { enumLabelKey } from '../../i18n/enum-messages';
import { BrandPicker } from './BrandPicker';
import { useBrandChoice, useValue } from './useValue';

type Cell = RfmMigrationQuery['rfmMigration']['cells'][number];

const SEGMENTS: RfmSegment[] = [
  'CHAMPIONS',
  'LOYAL',
  'POTENTIAL_LOYALIST',
  'NEW_CUSTOMER',
  'PROMISING',
  'NEED_ATTENTION',
  'ABOUT_TO_SLEEP',
  'AT_RISK',
  'CANNOT_LOSE',
  'HIBERNATING',
  'LOST',
];

/** The matrix as a heat-map table: rows = segment before (then new), columns = segment after (then gone). */
export const MigrationMatrix = ({ cells }: { cells: readonly Cell[] }) => {
  const translate = useTranslate();
  const theme = useTheme();
  const [locale] = useLocaleState();
  const int = new Intl.NumberFormat(locale);
  const at = new Map(cells.map((c) => [`${c.from}>${c.to}`, c]));
  const max = Math.max(1, ...cells.map((c) => c.count ?? 0));
  const name = (s: RfmSegment | null, none: string) => (s ? translate(enumLabelKey('RfmSegment', s)) : translate(none));
  const rows = [...SEGMENTS, null];
  return (
    <Box component="table" className="fidele-migration" sx={{ borderCollapse: 'collapse', fontSize: 12 }}>
      <thead>
        <tr>
          <th>{translate('fidele.value.before_after')}</th>
          {rows.map((to) => (
            <th key={`h${to}`} style={{ padding: 4, writingMode: 'vertical-rl' }}>
              {name(to, 'fidele.value.gone')}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((from) => (
          <tr key={`r${from}`}>
            <th style={{ textAlign: 'right', padding: 4 }}>{name(from, 'fidele.value.new')}</th>
            {rows.map((to) => {
              const c = at.get(`${from}>${to}`);
              if (!c) return <td key={`c${to}`} />;
              return (
                <td
                  key={`c${to}`}
                  className={c.suppressed ? 'fidele-cell-suppressed' : 'fidele-cell'}
                  title={c.suppressed ? translate('fidele.value.suppressed') : undefined}
                  style={{
                    padding: 4,
                    minWidth: 36,
                    textAlign: 'center',
                    background: c.suppressed
                      ? theme.palette.action.disabledBackground
                      : `color-mix(in srgb, ${theme.palette.primary.main} ${Math.round((100 * (c.count ?? 0)) / max)}%, transparent)`,
                  }}
                >
                  {c.suppressed ? '•' : int.format(c.count ?? 0)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </Box>
  );
};

/** Two snapshots of a brand and the migration of buyers between their segments. */
export const MigrationPage = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const choice = useBrandChoice();
  const snapshots = useValue(['snapshots', choice.brand], (dp) => dp.listScoreSnapshots(choice.brand), choice.ready);
  const completed = (snapshots.data ?? []).filter((s) => s.status === 'COMPLETED');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  useEffect(() => {
    setTo(completed[0]?.id ?? '');
    setFrom(completed[1]?.id ?? '');
    // Reset the pair when the brand's snapshots change (not on every render of the filtered list).
  }, [snapshots.data]);
  const matrix = useValue(['migration', from, to], (dp) => dp.getRfmMigration(from, to), Boolean(from && to));
  const day = (asOf: string) => new Date(asOf).toLocaleDateString(locale);
  const picker = (label: string, value: string, set: (v: string) => void) => (
    <TextField select size="small" label={translate(label)} value={value} onChange={(e) => set(e.target.value)}>
      {completed.map((s) => (
        <MenuItem key={s.id} value={s.id}>
          {day(s.asOf)}
        </MenuItem>
      ))}
    </TextField>
  );
  return (
    <Box sx={{ py: 2 }}>
      <Title title={translate('fidele.value.migration')} />
      <Card>
        <CardContent>
          <Box sx={{ display: 'flex', gap: 2, mb: 2 }}>
            <BrandPicker choice={choice} />
            {picker('fidele.value.from', from, setFrom)}
            {picker('fidele.value.to', to, setTo)}
          </Box>
          {completed.length < 2 && !snapshots.isPending ? (
            <Alert severity="info">{translate('fidele.value.need_two')}</Alert>
          ) : null}
          {matrix.error ? <Alert severity="error">{(matrix.error as Error).message}</Alert> : null}
          {matrix.data ? (
            <>
              <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
                {translate('fidele.value.migration_help', { min: matrix.data.minGroupSize })}
              </Typography>
              <MigrationMatrix cells={matrix.data.cells} />
            </>
          ) : null}
        </CardContent>
      </Card>
    </Box>
  );
};
