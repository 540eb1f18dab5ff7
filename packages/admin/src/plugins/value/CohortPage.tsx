import type { CohortBy, CohortsQuery } from '@fidele/sdk';
import { Alert, Box, Card, CardContent, MenuItem, TextField, Typography, useTheme } from '@mui/material';
import { useState } from 'react';
import { Title, useLocaleState, useTranslate } from 'react-admin';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatPercent } from '../../i18n/number-format';
import { BrandPicker } from './BrandPicker';
import { useBrandChoice, useValue } from './useValue';

type Row = CohortsQuery['cohorts']['rows'][number];

const rowName = (r: Row, none: string) => r.label ?? r.key ?? none;

/** Retention as a heat-map table: a row per cohort, a column per month since the first purchase. */
export const CohortTable = ({ rows, months }: { rows: readonly Row[]; months: number }) => {
  const translate = useTranslate();
  const theme = useTheme();
  const [locale] = useLocaleState();
  const pct = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' });
  const none = translate('fidele.value.no_source');
  return (
    <Box component="table" className="fidele-cohorts" sx={{ borderCollapse: 'collapse', fontSize: 12 }}>
      <thead>
        <tr>
          <th>{translate('fidele.value.cohort')}</th>
          <th>{translate('fidele.value.size')}</th>
          {Array.from({ length: months }, (_, m) => (
            <th key={m} style={{ padding: 4 }}>
              {translate('fidele.value.month_n', { n: m })}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key ?? 'none'}>
            <th style={{ textAlign: 'left', padding: 4 }}>{rowName(r, none)}</th>
            <td style={{ padding: 4 }}>{r.suppressed ? '•' : r.size}</td>
            {r.cells.map((c) => (
              <td
                key={c.month}
                className={c.suppressed ? 'fidele-cell-suppressed' : 'fidele-cell'}
                title={
                  c.suppressed
                    ? translate('fidele.value.suppressed')
                    : translate('fidele.value.cell_title', {
                        buyers: c.activeBuyers,
                        revenue: money.format(c.revenue ?? 0),
                        perMember: money.format(c.revenuePerMember ?? 0),
                      })
                }
                style={{
                  padding: 4,
                  textAlign: 'center',
                  background: c.suppressed
                    ? theme.palette.action.disabledBackground
                    : `color-mix(in srgb, ${theme.palette.primary.main} ${Math.round(100 * (c.retention ?? 0))}%, transparent)`,
                }}
              >
                {c.suppressed ? '•' : pct.format(c.retention ?? 0)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </Box>
  );
};

const COLORS = ['#1976d2', '#9c27b0', '#2e7d32', '#ed6c02', '#d32f2f', '#0288d1', '#6d4c41', '#455a64'];

/** Retention by month since the first purchase, one line per cohort (the largest eight). */
export const CohortChart = ({ rows, months }: { rows: readonly Row[]; months: number }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const none = translate('fidele.value.no_source');
  const shown = [...rows]
    .filter((r) => !r.suppressed)
    .sort((a, b) => (b.size ?? 0) - (a.size ?? 0))
    .slice(0, 8);
  const data = Array.from({ length: months }, (_, m) => ({
    month: m,
    ...Object.fromEntries(shown.map((r) => [rowName(r, none), r.cells[m]?.retention ?? null])),
  }));
  return (
    <ResponsiveContainer width="100%" height={280}>
      <LineChart data={data} className="fidele-cohort-chart">
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="month" />
        <YAxis tickFormatter={(v: number) => formatPercent(locale, v, 0)} domain={[0, 1]} />
        <Tooltip formatter={(v) => (typeof v === 'number' ? formatPercent(locale, v, 0) : '—')} />
        <Legend />
        {shown.map((r, i) => (
          <Line
            key={r.key ?? 'none'}
            dataKey={rowName(r, none)}
            stroke={COLORS[i % COLORS.length]}
            dot={false}
            connectNulls={false}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
};

/** Cohorts by first-purchase month or source action: retention heat map and chart. */
export const CohortPage = () => {
  const translate = useTranslate();
  const choice = useBrandChoice();
  const [by, setBy] = useState<CohortBy>('FIRST_PURCHASE_MONTH');
  const [months, setMonths] = useState(12);
  const table = useValue(
    ['cohorts', by, choice.brand, months],
    (dp) => dp.getCohorts(by, choice.brand, months),
    choice.ready,
  );
  return (
    <Box sx={{ py: 2 }}>
      <Title title={translate('fidele.value.cohorts')} />
      <Card>
        <CardContent>
          <Box sx={{ display: 'flex', gap: 2, mb: 2 }}>
            <BrandPicker choice={choice} />
            <TextField
              select
              size="small"
              label={translate('fidele.value.by')}
              value={by}
              onChange={(e) => setBy(e.target.value as CohortBy)}
            >
              <MenuItem value="FIRST_PURCHASE_MONTH">{translate('fidele.value.by_month')}</MenuItem>
              <MenuItem value="SOURCE_ACTION">{translate('fidele.value.by_action')}</MenuItem>
            </TextField>
            <TextField
              select
              size="small"
              label={translate('fidele.value.months')}
              value={months}
              onChange={(e) => setMonths(Number(e.target.value))}
            >
              {[6, 12, 24, 36].map((n) => (
                <MenuItem key={n} value={n}>
                  {n}
                </MenuItem>
              ))}
            </TextField>
          </Box>
          {table.error ? <Alert severity="error">{(table.error as Error).message}</Alert> : null}
          {table.data ? (
            <>
              <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
                {translate('fidele.value.cohorts_help', { min: table.data.minGroupSize })}
              </Typography>
              {table.data.rows.length ? null : <Alert severity="info">{translate('fidele.value.no_cohort')}</Alert>}
              <CohortTable rows={table.data.rows} months={table.data.months} />
              <CohortChart rows={table.data.rows} months={table.data.months} />
            </>
          ) : null}
        </CardContent>
      </Card>
    </Box>
  );
};
