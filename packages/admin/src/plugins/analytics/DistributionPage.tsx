import type { ContactDimension } from '@fidele/sdk';
import { Grid, MenuItem, TextField } from '@mui/material';
import { useState } from 'react';
import { Title, useTranslate } from 'react-admin';
import { enumLabelKey } from '../../i18n/enum-messages';
import { ChartCard } from './ChartCard';
import { LocationBars } from './LocationBars';
import { SourceDonut } from './SourceDonut';
import { useAnalytics } from './useAnalytics';

const palette = [
  '#4e79a7',
  '#f28e2b',
  '#59a14f',
  '#e15759',
  '#76b7b2',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ac',
];
const locations: ContactDimension[] = ['REGION', 'DEPARTMENT', 'ZONE', 'COUNTRY'];

/** Contacts by source action (the actions that brought them, a donut) and by location (bars, by region, department, zone or country). */
export const DistributionPage = () => {
  const translate = useTranslate();
  const [location, setLocation] = useState<ContactDimension>('REGION');
  const bySource = useAnalytics(['distribution', 'SOURCE_ACTION'], (dp) => dp.getContactDistribution('SOURCE_ACTION'));
  const byLocation = useAnalytics(['distribution', location], (dp) => dp.getContactDistribution(location));
  const label = (b: { key: string | null; label: string | null }) =>
    b.label ?? b.key ?? translate('fidele.analytics.unknown');
  const sources = (bySource.data?.buckets ?? [])
    .slice(0, 10)
    .map((b, i) => ({ name: label(b), count: b.count, fill: palette[i % palette.length] }));
  const places = (byLocation.data?.buckets ?? []).slice(0, 15).map((b) => ({ name: label(b), count: b.count }));
  return (
    <Grid container spacing={2} sx={{ py: 2 }}>
      <Title title="fidele.analytics.distribution" />
      <Grid size={{ xs: 12, lg: 5 }}>
        <ChartCard
          title="fidele.analytics.by_source"
          subtitle="fidele.analytics.by_source_help"
          loading={bySource.isPending}
          error={bySource.error}
          height={380}
        >
          <SourceDonut sources={sources} />
        </ChartCard>
      </Grid>
      <Grid size={{ xs: 12, lg: 7 }}>
        <ChartCard
          title="fidele.analytics.by_location"
          loading={byLocation.isPending}
          error={byLocation.error}
          height={380}
        >
          <TextField
            select
            size="small"
            label={translate('fidele.analytics.location')}
            value={location}
            onChange={(e) => setLocation(e.target.value as ContactDimension)}
            sx={{ mb: 1, minWidth: 200 }}
          >
            {locations.map((l) => (
              <MenuItem key={l} value={l}>
                {translate(enumLabelKey('ContactDimension', l))}
              </MenuItem>
            ))}
          </TextField>
          <LocationBars places={places} />
        </ChartCard>
      </Grid>
    </Grid>
  );
};
