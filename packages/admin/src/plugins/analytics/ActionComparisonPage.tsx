import { Grid, Table, TableBody, TableCell, TableHead, TableRow, useTheme } from '@mui/material';
import { Title, useLocaleState, useTranslate } from 'react-admin';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useChartAnimation } from '../overview/format';
import { ChartCard } from './ChartCard';
import { useAnalytics } from './useAnalytics';

/** Every action side by side: response and conversion rates as grouped bars, then the figures in a table. */
export const ActionComparisonPage = () => {
  const translate = useTranslate();
  const theme = useTheme();
  const [locale] = useLocaleState();
  const animate = useChartAnimation();
  const { data, isPending, error } = useAnalytics(['comparison'], (dp) => dp.getActionComparison());
  const pct = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
  const rows = (data?.actions ?? []).filter((a) => a.targeted > 0);
  const chart = rows.map((a) => ({
    code: a.action.code,
    response: a.responseRate ?? 0,
    conversion: a.conversionRate ?? 0,
  }));
  return (
    <Grid container spacing={2} sx={{ py: 2 }}>
      <Title title="fidele.analytics.comparison" />
      <Grid size={12}>
        <ChartCard
          title="fidele.analytics.comparison_chart"
          subtitle="fidele.analytics.comparison_help"
          loading={isPending}
          error={error}
          height={340}
        >
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={chart} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
              <CartesianGrid vertical={false} stroke={theme.palette.divider} />
              <XAxis
                dataKey="code"
                fontSize={11}
                stroke={theme.palette.text.secondary}
                interval={0}
                angle={-30}
                textAnchor="end"
                height={60}
              />
              <YAxis tickFormatter={(v: number) => pct.format(v)} fontSize={12} stroke={theme.palette.text.secondary} />
              <Tooltip formatter={(v) => pct.format(Number(v))} />
              <Legend />
              <Bar
                dataKey="response"
                name={translate('fidele.actions.response_rate')}
                fill="#4e79a7"
                isAnimationActive={animate}
              />
              <Bar
                dataKey="conversion"
                name={translate('fidele.actions.conversion_rate')}
                fill="#f28e2b"
                isAnimationActive={animate}
              />
            </BarChart>
          </ResponsiveContainer>
        </ChartCard>
      </Grid>
      <Grid size={12}>
        <ChartCard title="fidele.analytics.comparison_table" loading={isPending} error={error} height="auto">
          <Table size="small">
            <TableHead>
              <TableRow>
                {[
                  'action',
                  'targeted',
                  'responses',
                  'response_rate',
                  'conversions',
                  'conversion_rate',
                  'cost_per_response',
                  'revenue',
                ].map((k) => (
                  <TableCell key={k} align={k === 'action' ? 'left' : 'right'}>
                    {translate(`fidele.actions.${k}`)}
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((a) => (
                <TableRow key={a.action.id}>
                  <TableCell>
                    {a.action.code} · {a.action.name}
                  </TableCell>
                  <TableCell align="right">{a.targeted}</TableCell>
                  <TableCell align="right">{a.responses}</TableCell>
                  <TableCell align="right">{a.responseRate == null ? '—' : pct.format(a.responseRate)}</TableCell>
                  <TableCell align="right">{a.conversions}</TableCell>
                  <TableCell align="right">{a.conversionRate == null ? '—' : pct.format(a.conversionRate)}</TableCell>
                  <TableCell align="right">
                    {a.costPerResponse == null ? '—' : money.format(a.costPerResponse)}
                  </TableCell>
                  <TableCell align="right">{money.format(a.attributedRevenue)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </ChartCard>
      </Grid>
    </Grid>
  );
};
