import { Alert, Box, Button, Grid, MenuItem, TextField, Typography } from '@mui/material';
import { Title, useLocaleState, useTranslate } from 'react-admin';
import { enumLabelKey } from '../../i18n/enum-messages';
import { ChartCard } from './ChartCard';
import { RfmGrid } from './RfmGrid';
import { RfmSegmentChart } from './RfmSegmentChart';
import { useRfmSnapshot } from './useRfmSnapshot';

/** The brand picker, the snapshot's date and buyers, and the refresh button. */
const RfmToolbar = ({ rfm }: { rfm: ReturnType<typeof useRfmSnapshot> }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const int = new Intl.NumberFormat(locale);
  const { snapshot, refresh } = rfm;
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
      <TextField
        select
        size="small"
        label={translate('fidele.analytics.brand')}
        value={rfm.brand ?? ''}
        onChange={(e) => rfm.setBrand(e.target.value || null)}
        sx={{ flex: '0 0 240px' }}
      >
        {rfm.allBrands ? <MenuItem value="">{translate('fidele.analytics.all_brands')}</MenuItem> : null}
        {rfm.brands.map((b) => (
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
          : rfm.isPending
            ? ''
            : translate('fidele.analytics.no_snapshot')}
      </Typography>
      {rfm.mayRefresh ? (
        <Button variant="contained" onClick={() => refresh.mutate()} disabled={refresh.isPending || !rfm.ready}>
          {translate('fidele.analytics.refresh')}
        </Button>
      ) : null}
    </Box>
  );
};

/** RFM: segment sizes (bars) and the recency × frequency grid (a heat map drawn in SVG) of the latest snapshot. */
export const RfmPage = () => {
  const translate = useTranslate();
  const rfm = useRfmSnapshot();
  const { snapshot, isPending, error } = rfm;
  const segments = (snapshot?.segments ?? [])
    .map((s) => ({ ...s, label: translate(enumLabelKey('RfmSegment', s.segment)) }))
    .sort((a, b) => b.count - a.count);
  return (
    <Grid container spacing={2} sx={{ py: 2 }}>
      <Title title="fidele.analytics.rfm" />
      <Grid size={12}>
        <RfmToolbar rfm={rfm} />
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
              <RfmSegmentChart segments={segments} />
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
              <RfmGrid grid={snapshot?.grid ?? []} />
            </ChartCard>
          </Grid>
        </>
      )}
    </Grid>
  );
};
