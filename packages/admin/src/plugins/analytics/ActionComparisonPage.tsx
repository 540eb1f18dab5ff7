import { Grid } from '@mui/material';
import { Title } from 'react-admin';
import { ChartCard } from './ChartCard';
import { ComparisonChart } from './ComparisonChart';
import { ComparisonTable } from './ComparisonTable';
import { useAnalytics } from './useAnalytics';

/** Every action side by side: response and conversion rates as grouped bars, then the figures in a table. */
export const ActionComparisonPage = () => {
  const { data, isPending, error } = useAnalytics(['comparison'], (dp) => dp.getActionComparison());
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
          <ComparisonChart chart={chart} />
        </ChartCard>
      </Grid>
      <Grid size={12}>
        <ChartCard title="fidele.analytics.comparison_table" loading={isPending} error={error} height="auto">
          <ComparisonTable rows={rows} />
        </ChartCard>
      </Grid>
    </Grid>
  );
};
