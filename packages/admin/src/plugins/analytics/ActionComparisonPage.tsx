import { Alert, Grid, Stack } from '@mui/material';
import { Title, useTranslate } from 'react-admin';
import { ChartCard } from './ChartCard';
import { ComparisonChart } from './ComparisonChart';
import { ComparisonTable } from './ComparisonTable';
import { ExportComparisonButtons } from './ExportComparisonButtons';
import { useAnalytics } from './useAnalytics';

/**
 * Every action side by side: response and conversion rates as grouped bars, then every figure in a table with its
 * intervals and shares, the pooled and plain averages, a warning on actions whose groups are too small to read,
 * and the export of the whole comparison.
 */
export const ActionComparisonPage = () => {
  const translate = useTranslate();
  const { data, isPending, error } = useAnalytics(['comparison'], (dp) => dp.getActionComparison());
  // Actions with targets, and those measured by the responses they brought unasked (press, web, events).
  const rows = (data?.actions ?? []).filter((a) => a.targeted > 0 || a.untargetedResponses > 0);
  const small = rows.filter((a) => a.smallSample).length;
  // Rates exist for targeted actions only: the chart leaves the others to the table.
  const chart = rows
    .filter((a) => a.targeted > 0)
    .map((a) => ({
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
        <ChartCard
          title="fidele.analytics.comparison_table"
          subtitle="fidele.analytics.cmp.table_help"
          loading={isPending}
          error={error}
          height="auto"
        >
          {data ? (
            <Stack spacing={1}>
              <ExportComparisonButtons />
              {small ? (
                <Alert severity="warning" role="alert">
                  {translate('fidele.analytics.cmp.small_sample_warning', {
                    smart_count: small,
                    min: data.minInferenceGroup,
                  })}
                </Alert>
              ) : null}
              <ComparisonTable comparison={data} rows={rows} />
            </Stack>
          ) : null}
        </ChartCard>
      </Grid>
    </Grid>
  );
};
