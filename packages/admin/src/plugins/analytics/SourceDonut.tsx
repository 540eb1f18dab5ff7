import { useTheme } from '@mui/material';
import { useLocaleState } from 'react-admin';
import { Legend, Pie, PieChart, ResponsiveContainer, Tooltip } from 'recharts';
import { useChartAnimation } from '../overview/format';

/** Contacts by source action, a donut (its slices already coloured). */
export const SourceDonut = ({
  sources,
}: {
  sources: { name: string; count: number | null; fill: string | undefined }[];
}) => {
  const theme = useTheme();
  const [locale] = useLocaleState();
  const animate = useChartAnimation();
  const int = new Intl.NumberFormat(locale);
  return (
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
  );
};
