import { Alert, Box, Card, CardContent, Grid, Skeleton, Typography, useTheme } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useDataProvider, useLocaleState, useRecordContext, useTranslate, type DataProvider } from 'react-admin';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useChartAnimation } from '../overview/format';
import type { ActionsDataProvider } from './actions-data-provider';

/** An action's results (analytics API): rates, costs and uplift over the control group, and a funnel chart. */
export const ActionPerformancePanel = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const theme = useTheme();
  const [locale] = useLocaleState();
  const animate = useChartAnimation();
  const titleId = useId();
  const dataProvider = useDataProvider<DataProvider & ActionsDataProvider>();
  const { data, isPending, error } = useQuery({
    queryKey: ['actions', 'performance', record?.id],
    queryFn: () => dataProvider.getActionPerformance(record!.id),
    enabled: !!record,
    retry: false,
  });
  const pct = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
  const figure = (label: string, value: string) => (
    <Grid size={{ xs: 6, md: 3 }}>
      <Typography variant="caption" color="text.secondary">
        {translate(label)}
      </Typography>
      <Typography variant="h6" component="p">
        {value}
      </Typography>
    </Grid>
  );
  return (
    <Card component="section" aria-labelledby={titleId} variant="outlined">
      <CardContent>
        <Typography id={titleId} variant="h6" component="h2" gutterBottom>
          {translate('fidele.actions.performance')}
        </Typography>
        {isPending ? (
          <Skeleton variant="rectangular" height={160} />
        ) : error ? (
          <Alert severity="info">{translate('fidele.actions.performance_unavailable')}</Alert>
        ) : !data ? null : (
          <Grid container spacing={2}>
            <Grid size={{ xs: 12, md: 6 }} container spacing={1}>
              {figure('fidele.actions.targeted', String(data.targeted))}
              {figure('fidele.actions.response_rate', data.responseRate == null ? '—' : pct.format(data.responseRate))}
              {figure(
                'fidele.actions.conversion_rate',
                data.conversionRate == null ? '—' : pct.format(data.conversionRate),
              )}
              {figure('fidele.actions.revenue', money.format(data.attributedRevenue))}
              {figure(
                'fidele.actions.cost_per_response',
                data.costPerResponse == null ? '—' : money.format(data.costPerResponse),
              )}
              {figure('fidele.actions.uplift', data.responseUplift == null ? '—' : pct.format(data.responseUplift))}
            </Grid>
            <Grid size={{ xs: 12, md: 6 }}>
              <Box sx={{ height: 180 }}>
                <ResponsiveContainer width="100%" height="100%">
                  <BarChart
                    data={[
                      { step: translate('fidele.actions.targeted'), count: data.targeted },
                      { step: translate('fidele.actions.responses'), count: data.responses },
                      { step: translate('fidele.actions.conversions'), count: data.conversions },
                      { step: translate('fidele.actions.buyers'), count: data.buyers },
                    ]}
                  >
                    <CartesianGrid vertical={false} stroke={theme.palette.divider} />
                    <XAxis dataKey="step" fontSize={12} stroke={theme.palette.text.secondary} />
                    <YAxis allowDecimals={false} fontSize={12} stroke={theme.palette.text.secondary} />
                    <Tooltip />
                    <Bar dataKey="count" fill={theme.palette.primary.main} isAnimationActive={animate} />
                  </BarChart>
                </ResponsiveContainer>
              </Box>
            </Grid>
          </Grid>
        )}
      </CardContent>
    </Card>
  );
};
