import { useTheme } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useChartAnimation } from '../overview/format';

/** Contacts by place, as bars. */
export const LocationBars = ({ places }: { places: { name: string; count: number | null }[] }) => {
  const translate = useTranslate();
  const theme = useTheme();
  const [locale] = useLocaleState();
  const animate = useChartAnimation();
  const int = new Intl.NumberFormat(locale);
  return (
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
        <YAxis
          allowDecimals={false}
          fontSize={12}
          stroke={theme.palette.text.secondary}
          tickFormatter={(v: number) => int.format(v)}
        />
        <Tooltip formatter={(v) => int.format(Number(v))} />
        <Bar dataKey="count" name={translate('fidele.analytics.contacts')} fill="#59a14f" isAnimationActive={animate} />
      </BarChart>
    </ResponsiveContainer>
  );
};
