import { useTheme } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useChartAnimation } from '../overview/format';

/** Response and conversion rates of each action (by code) as grouped bars. */
export const ComparisonChart = ({ chart }: { chart: { code: string; response: number; conversion: number }[] }) => {
  const translate = useTranslate();
  const theme = useTheme();
  const [locale] = useLocaleState();
  const animate = useChartAnimation();
  const pct = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={chart} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
        <CartesianGrid vertical={false} stroke={theme.palette.divider} />
        <XAxis
          dataKey="code"
          fontSize={11}
          stroke={theme.palette.text.secondary}
          interval={0}
          angle={-30}
          textAnchor="end"
          height={60}
        />
        <YAxis tickFormatter={(v: number) => pct.format(v)} fontSize={12} stroke={theme.palette.text.secondary} />
        <Tooltip formatter={(v) => pct.format(Number(v))} />
        <Legend />
        <Bar
          dataKey="response"
          name={translate('fidele.actions.response_rate')}
          fill="#4e79a7"
          isAnimationActive={animate}
        />
        <Bar
          dataKey="conversion"
          name={translate('fidele.actions.conversion_rate')}
          fill="#f28e2b"
          isAnimationActive={animate}
        />
      </BarChart>
    </ResponsiveContainer>
  );
};
