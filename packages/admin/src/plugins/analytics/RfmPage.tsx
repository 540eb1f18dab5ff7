import { Alert, Box, Button, Grid, MenuItem, TextField, Typography, useTheme } from '@mui/material';
import { useEffect, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Title, useGetList, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useSessionState } from '../../fidele-context';
import { enumLabelKey } from '../../i18n/enum-messages';
import { useChartAnimation } from '../overview/format';
import { ChartCard } from './ChartCard';
import { useAnalytics, useAnalyticsProvider } from './useAnalytics';

/** RFM: segment sizes (bars) and the recency × frequency grid (a heat map drawn in SVG) of the latest snapshot. */
export const RfmPage = () => {
  const translate = useTranslate();
  const theme = useTheme();
  const [locale] = useLocaleState();
  const animate = useChartAnimation();
  const notify = useNotify();
  const dp = useAnalyticsProvider();
  const queryClient = useQueryClient();
  const session = useSessionState();
  const mayRefresh = session?.permissions.mutations.includes('refreshScores');
  // Snapshots are per brand; the all-brands one mixes every brand's sales, so only an administrator has it.
  const allBrands = session?.user.role === 'ADMIN';
  const brands = useGetList<{ id: string; name: string }>('brands', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'name', order: 'ASC' },
  });
  const [brand, setBrand] = useState<string | null>(null);
  useEffect(() => {
    if (!allBrands && brand === null && brands.data?.[0]) setBrand(brands.data[0].id);
  }, [allBrands, brand, brands.data]);
  const ready = allBrands || brand !== null;
  const {
    data,
    isPending: loading,
    error,
  } = useAnalytics(['snapshots', brand], (p) => (ready ? p.getScoreSnapshots(brand) : Promise.resolve([])));
  const isPending = loading || !ready;
  const refresh = useMutation({
    mutationFn: () => dp.refreshScores(brand),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['analytics', 'snapshots'] }),
    onError: (e: Error) => notify(e.message, { type: 'error' }),
  });
  const snapshot = data?.[0];
  const int = new Intl.NumberFormat(locale);
  const segments = (snapshot?.segments ?? [])
    .map((s) => ({ ...s, label: translate(enumLabelKey('RfmSegment', s.segment)) }))
    .sort((a, b) => b.count - a.count);
  const max = Math.max(1, ...(snapshot?.grid ?? []).map((c) => c.count));
  return (
    <Grid container spacing={2} sx={{ py: 2 }}>
      <Title title="fidele.analytics.rfm" />
      <Grid size={12}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
          <TextField
            select
            size="small"
            label={translate('fidele.analytics.brand')}
            value={brand ?? ''}
            onChange={(e) => setBrand(e.target.value || null)}
            sx={{ flex: '0 0 240px' }}
          >
            {allBrands ? <MenuItem value="">{translate('fidele.analytics.all_brands')}</MenuItem> : null}
            {(brands.data ?? []).map((b) => (
              <MenuItem key={b.id} value={b.id}>
                {b.name}
              </MenuItem>
            ))}
          </TextField>
          <Typography variant="body2" color="text.secondary" sx={{ flex: 1 }}>
            {snapshot
              ? translate('fidele.analytics.snapshot', {
                  date: new Date(snapshot.asOf).toLocaleDateString(locale),
                  buyers: int.format(snapshot.buyerCount),
                })
              : isPending
                ? ''
                : translate('fidele.analytics.no_snapshot')}
          </Typography>
          {mayRefresh ? (
            <Button variant="contained" onClick={() => refresh.mutate()} disabled={refresh.isPending || !ready}>
              {translate('fidele.analytics.refresh')}
            </Button>
          ) : null}
        </Box>
      </Grid>
      {!isPending && !error && !snapshot ? (
        <Grid size={12}>
          <Alert severity="info">{translate('fidele.analytics.no_snapshot_help')}</Alert>
        </Grid>
      ) : (
        <>
          <Grid size={{ xs: 12, lg: 7 }}>
            <ChartCard
              title="fidele.analytics.segment_sizes"
              subtitle="fidele.analytics.segment_sizes_help"
              loading={isPending}
              error={error}
              height={380}
            >
              <ResponsiveContainer width="100%" height="100%">
                <BarChart data={segments} layout="vertical" margin={{ top: 0, right: 24, bottom: 0, left: 0 }}>
                  <CartesianGrid horizontal={false} stroke={theme.palette.divider} />
                  <XAxis type="number" allowDecimals={false} fontSize={12} stroke={theme.palette.text.secondary} />
                  <YAxis
                    type="category"
                    dataKey="label"
                    width={150}
                    fontSize={12}
                    interval={0}
                    stroke={theme.palette.text.secondary}
                  />
                  <Tooltip formatter={(v) => int.format(Number(v))} />
                  <Bar
                    dataKey="count"
                    name={translate('fidele.analytics.contacts')}
                    fill={theme.palette.primary.main}
                    isAnimationActive={animate}
                  />
                </BarChart>
              </ResponsiveContainer>
            </ChartCard>
          </Grid>
          <Grid size={{ xs: 12, lg: 5 }}>
            <ChartCard
              title="fidele.analytics.rfm_grid"
              subtitle="fidele.analytics.rfm_grid_help"
              loading={isPending}
              error={error}
              height={380}
            >
              <svg
                viewBox="0 0 330 330"
                width="100%"
                height="100%"
                role="img"
                aria-label={translate('fidele.analytics.rfm_grid')}
              >
                {[1, 2, 3, 4, 5].map((r) => (
                  <text
                    key={`r${r}`}
                    x={30 + (r - 1) * 60 + 30}
                    y={322}
                    textAnchor="middle"
                    fontSize={11}
                    fill={theme.palette.text.secondary}
                  >
                    R{r}
                  </text>
                ))}
                {[1, 2, 3, 4, 5].map((f) => (
                  <text
                    key={`f${f}`}
                    x={14}
                    y={(5 - f) * 60 + 34}
                    textAnchor="middle"
                    fontSize={11}
                    fill={theme.palette.text.secondary}
                  >
                    F{f}
                  </text>
                ))}
                {(snapshot?.grid ?? []).map((c) => (
                  <g key={`${c.recencyScore}-${c.frequencyScore}`} className="fidele-rfm-cell">
                    <rect
                      x={30 + (c.recencyScore - 1) * 60}
                      y={(5 - c.frequencyScore) * 60 + 4}
                      width={58}
                      height={58}
                      rx={4}
                      fill={theme.palette.primary.main}
                      fillOpacity={0.08 + 0.92 * (c.count / max)}
                    >
                      <title>{`R${c.recencyScore} F${c.frequencyScore}: ${int.format(c.count)}`}</title>
                    </rect>
                    <text
                      x={30 + (c.recencyScore - 1) * 60 + 29}
                      y={(5 - c.frequencyScore) * 60 + 38}
                      textAnchor="middle"
                      fontSize={12}
                      fill={c.count / max > 0.5 ? theme.palette.primary.contrastText : theme.palette.text.primary}
                    >
                      {int.format(c.count)}
                    </text>
                  </g>
                ))}
              </svg>
            </ChartCard>
          </Grid>
        </>
      )}
    </Grid>
  );
};
