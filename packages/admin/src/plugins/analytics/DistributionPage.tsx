import { Grid, MenuItem, TextField, useTheme } from '@mui/material';
import type { ContactDimension } from '@fidele/sdk';
import { useState } from 'react';
import { Title, useLocaleState, useTranslate } from 'react-admin';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Pie,
  PieChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useChartAnimation } from '../overview/format';
import { ChartCard } from './ChartCard';
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
  const theme = useTheme();
  const [locale] = useLocaleState();
  const animate = useChartAnimation();
  const [location, setLocation] = useState<ContactDimension>('REGION');
  const bySource = useAnalytics(['distribution', 'SOURCE_ACTION'], (dp) => dp.getContactDistribution('SOURCE_ACTION'));
  const byLocation = useAnalytics(['distribution', location], (dp) => dp.getContactDistribution(location));
  const int = new Intl.NumberFormat(locale);
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
          <ResponsiveContainer width="100%" height="100%">
            <PieChart>
              <Pie
                data={sources}
                dataKey="count"
                nameKey="name"
                innerRadius="50%"
                outerRadius="85%"
                isAnimationActive={animate}
                stroke={theme.palette.background.paper}
              />
              <Tooltip formatter={(v) => int.format(Number(v))} />
              <Legend
                layout="vertical"
                align="right"
                verticalAlign="middle"
                wrapperStyle={{ fontSize: 12, maxWidth: '45%' }}
              />
            </PieChart>
          </ResponsiveContainer>
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
                {translate(`fidele.analytics.dimension.${l}`)}
              </MenuItem>
            ))}
          </TextField>
          <ResponsiveContainer width="100%" height={320}>
            <BarChart data={places} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
              <CartesianGrid vertical={false} stroke={theme.palette.divider} />
              <XAxis
                dataKey="name"
                fontSize={11}
                interval={0}
                angle={-30}
                textAnchor="end"
                height={70}
                stroke={theme.palette.text.secondary}
              />
              <YAxis allowDecimals={false} fontSize={12} stroke={theme.palette.text.secondary} />
              <Tooltip formatter={(v) => int.format(Number(v))} />
              <Bar
                dataKey="count"
                name={translate('fidele.analytics.contacts')}
                fill="#59a14f"
                isAnimationActive={animate}
              />
            </BarChart>
          </ResponsiveContainer>
        </ChartCard>
      </Grid>
    </Grid>
  );
};
