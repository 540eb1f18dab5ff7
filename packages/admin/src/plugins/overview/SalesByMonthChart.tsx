import { useTheme } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Area, AreaChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { DashboardCard } from '../../dashboard/DashboardCard';
import { ChartEmpty } from './ChartEmpty';
import { useChartAnimation, useFormatters } from './format';
import type { Overview } from './overview-data-provider';
import { useOverview } from './useOverview';

/** Revenue per month as an area; the tooltip adds the number of sales. */
export const SalesByMonthChart = ({ currency }: { currency: string }) => {
  const { data, error, isPending, refetch } = useOverview();
  const translate = useTranslate();
  const theme = useTheme();
  const f = useFormatters(currency);
  const animate = useChartAnimation();
  const color = theme.palette.success.main;
  const rows = data?.salesByMonth ?? [];
  return (
    <DashboardCard
      title="fidele.overview.sales_by_month"
      subtitle="fidele.overview.sales_by_month_help"
      loading={isPending}
      error={error}
      onRetry={() => void refetch()}
    >
      {rows.length === 0 ? (
        <ChartEmpty message="fidele.overview.no_sales" />
      ) : (
        <ResponsiveContainer width="100%" height="100%">
          <AreaChart data={rows} margin={{ top: 8, right: 16, bottom: 0, left: 8 }}>
            <defs>
              <linearGradient id="fidele-revenue-fill" x1="0" y1="0" x2="0" y2="1">
                <stop offset="0%" stopColor={color} stopOpacity={0.35} />
                <stop offset="100%" stopColor={color} stopOpacity={0.02} />
              </linearGradient>
            </defs>
            <CartesianGrid vertical={false} stroke={theme.palette.divider} />
            <XAxis
              dataKey="month"
              tickFormatter={f.monthShort}
              stroke={theme.palette.text.secondary}
              fontSize={12}
              minTickGap={16}
            />
            <YAxis tickFormatter={f.compactMoney} stroke={theme.palette.text.secondary} fontSize={12} width={72} />
            <Tooltip
              labelFormatter={(month) => f.monthLong(String(month))}
              formatter={(value, _name, item) => [
                `${f.money(Number(value))} · ${f.integer((item.payload as Overview['salesByMonth'][number]).saleCount)} ${translate('fidele.overview.sale_count').toLowerCase()}`,
                translate('fidele.overview.revenue'),
              ]}
              contentStyle={{
                background: theme.palette.background.paper,
                border: `1px solid ${theme.palette.divider}`,
                borderRadius: 4,
              }}
            />
            <Area
              type="monotone"
              dataKey="revenue"
              name={translate('fidele.overview.revenue')}
              stroke={color}
              strokeWidth={2}
              fill="url(#fidele-revenue-fill)"
              isAnimationActive={animate}
            />
          </AreaChart>
        </ResponsiveContainer>
      )}
    </DashboardCard>
  );
};
