import { Box, Stack, Typography, useTheme } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Pie, PieChart, ResponsiveContainer, Tooltip } from 'recharts';
import { DashboardCard } from '../../dashboard/DashboardCard';
import { enumLabelKey } from '../../i18n/enum-messages';
import { ChartEmpty } from './ChartEmpty';
import { useChartAnimation, useFormatters } from './format';
import { useOverview } from './useOverview';

/** Ten distinct hues that stay apart for the common colour-vision deficiencies (Tableau 10). */
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

/** A donut of the media that were used, with a legend listing each medium's count and share. */
export const ActionsByMediumChart = () => {
  const { data, error, isPending, refetch } = useOverview();
  const translate = useTranslate();
  const theme = useTheme();
  const f = useFormatters();
  const animate = useChartAnimation();
  const total = data?.actionsByMedium.reduce((sum, r) => sum + r.count, 0) ?? 0;
  const rows = (data?.actionsByMedium ?? [])
    .filter((r) => r.count > 0)
    .sort((a, b) => b.count - a.count)
    .map((r, i) => ({
      ...r,
      label: translate(enumLabelKey('ActionMedium', r.medium)),
      fill: palette[i % palette.length],
    }));
  return (
    <DashboardCard
      title="fidele.overview.actions_by_medium"
      subtitle="fidele.overview.actions_by_medium_help"
      loading={isPending}
      error={error}
      onRetry={() => void refetch()}
    >
      {total === 0 ? (
        <ChartEmpty message="fidele.overview.no_actions" />
      ) : (
        <Stack direction="row" spacing={2} sx={{ height: '100%', alignItems: 'center' }}>
          <Box sx={{ flex: '1 1 55%', height: '100%', minWidth: 0 }}>
            <ResponsiveContainer width="100%" height="100%">
              <PieChart>
                <Pie
                  data={rows}
                  dataKey="count"
                  nameKey="label"
                  innerRadius="58%"
                  outerRadius="90%"
                  paddingAngle={rows.length > 1 ? 1.5 : 0}
                  stroke={theme.palette.background.paper}
                  isAnimationActive={animate}
                />
                <Tooltip
                  formatter={(value, name) => [
                    `${f.integer(Number(value))} (${f.percent(Number(value) / total)})`,
                    name,
                  ]}
                  contentStyle={{
                    background: theme.palette.background.paper,
                    border: `1px solid ${theme.palette.divider}`,
                    borderRadius: 4,
                  }}
                />
              </PieChart>
            </ResponsiveContainer>
          </Box>
          <Box
            component="ul"
            sx={{ flex: '1 1 45%', listStyle: 'none', m: 0, p: 0, maxHeight: '100%', overflowY: 'auto' }}
          >
            {rows.map((r) => (
              <Stack component="li" key={r.medium} direction="row" spacing={1} sx={{ alignItems: 'center', py: 0.4 }}>
                <Box sx={{ width: 10, height: 10, borderRadius: '2px', bgcolor: r.fill, flexShrink: 0 }} />
                <Typography variant="body2" sx={{ flex: 1, minWidth: 0 }} noWrap>
                  {r.label}
                </Typography>
                <Typography variant="body2" color="text.secondary" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                  {f.integer(r.count)} · {f.percent(r.count / total)}
                </Typography>
              </Stack>
            ))}
          </Box>
        </Stack>
      )}
    </DashboardCard>
  );
};
