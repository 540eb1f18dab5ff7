import { useTheme } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { DashboardCard } from '../../dashboard/DashboardCard';
import { enumLabelKey } from '../../i18n/enum-messages';
import { ChartEmpty } from './ChartEmpty';
import { useChartAnimation, useFormatters } from './format';
import { useOverview } from './useOverview';

/** Horizontal bars, one per kind in the API's order: long labels stay readable in a half-width card. */
export const ContactsByKindChart = () => {
  const { data, error, isPending, refetch } = useOverview();
  const translate = useTranslate();
  const theme = useTheme();
  const f = useFormatters();
  const animate = useChartAnimation();
  const rows = (data?.contactsByKind ?? []).map((r) => ({
    ...r,
    label: translate(enumLabelKey('ContactKind', r.kind)),
  }));
  return (
    <DashboardCard
      title="fidele.overview.contacts_by_kind"
      subtitle="fidele.overview.contacts_by_kind_help"
      loading={isPending}
      error={error}
      onRetry={() => void refetch()}
    >
      {data && data.contactCount === 0 ? (
        <ChartEmpty message="fidele.overview.no_contacts" />
      ) : (
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            data={rows}
            layout="vertical"
            margin={{ top: 0, right: 48, bottom: 0, left: 0 }}
            barCategoryGap="22%"
          >
            <CartesianGrid horizontal={false} stroke={theme.palette.divider} />
            <XAxis
              type="number"
              allowDecimals={false}
              tickFormatter={f.integer}
              stroke={theme.palette.text.secondary}
              fontSize={12}
            />
            <YAxis
              type="category"
              dataKey="label"
              width={112}
              tickLine={false}
              stroke={theme.palette.text.secondary}
              fontSize={12}
              interval={0}
            />
            <Tooltip
              cursor={{ fill: theme.palette.action.hover }}
              formatter={(value) => [f.integer(Number(value)), translate('fidele.overview.contacts')]}
              contentStyle={{
                background: theme.palette.background.paper,
                border: `1px solid ${theme.palette.divider}`,
                borderRadius: 4,
              }}
            />
            <Bar dataKey="count" fill={theme.palette.primary.main} radius={[0, 4, 4, 0]} isAnimationActive={animate}>
              <LabelList
                dataKey="count"
                position="right"
                formatter={(v: unknown) => f.integer(Number(v))}
                fontSize={12}
                fill={theme.palette.text.secondary}
              />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      )}
    </DashboardCard>
  );
};
