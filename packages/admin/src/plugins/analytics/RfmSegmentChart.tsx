import { useTheme } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useChartAnimation } from '../overview/format';

/** Segment sizes as horizontal bars (the segments already labelled and sorted). */
export const RfmSegmentChart = ({ segments }: { segments: { label: string; count: number }[] }) => {
  const translate = useTranslate();
  const theme = useTheme();
  const [locale] = useLocaleState();
  const animate = useChartAnimation();
  const int = new Intl.NumberFormat(locale);
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={segments} layout="vertical" margin={{ top: 0, right: 24, bottom: 0, left: 0 }}>
        <CartesianGrid horizontal={false} stroke={theme.palette.divider} />
        <XAxis
          type="number"
          allowDecimals={false}
          fontSize={12}
          stroke={theme.palette.text.secondary}
          tickFormatter={(v: number) => int.format(v)}
        />
        <YAxis
          type="category"
          dataKey="label"
          width={150}
          fontSize={12}
          interval={0}
          stroke={theme.palette.text.secondary}
        />
        <Tooltip formatter={(v) => int.format(Number(v))} />
        <Bar
          dataKey="count"
          name={translate('fidele.analytics.contacts')}
          fill={theme.palette.primary.main}
          isAnimationActive={animate}
        />
      </BarChart>
    </ResponsiveContainer>
  );
};
