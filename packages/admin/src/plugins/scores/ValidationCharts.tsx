import { useTheme } from '@mui/material';
import type { PurchaseModel } from '@fidele/sdk';
import { useLocaleState, useTranslate } from 'react-admin';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useChartAnimation } from '../overview/format';
import type { LifetimeValueValidation } from './scores-data-provider';
import { enumLabelKey } from '../../i18n/enum-messages';

type Models = LifetimeValueValidation['models'];

/** One colour per model; actual figures in the text colour. */
function useModelColours(): Record<PurchaseModel, string> {
  const theme = useTheme();
  return { BG_NBD: theme.palette.primary.main, MBG_NBD: theme.palette.secondary.main, PARETO_NBD: '#2e7d32' };
}

/**
 * Calibration by frequency: mean holdout purchases per buyer, actual against each model's prediction, for buyers
 * grouped by their repeat purchases in calibration (0 to 7+). Suppressed rows (too few buyers) are left empty.
 */
export const FrequencyChart = ({ models }: { models: Models }) => {
  const translate = useTranslate();
  const theme = useTheme();
  const animate = useChartAnimation();
  const colours = useModelColours();
  const [locale] = useLocaleState();
  const num = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const first = models[0];
  if (!first) return null;
  const data = first.byFrequency.map((b, i) => ({
    label: b.frequency === 7 ? '7+' : String(b.frequency),
    actual: b.actual,
    ...Object.fromEntries(models.map((m) => [m.model, m.byFrequency[i]?.predicted ?? null])),
  }));
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} margin={{ top: 8, right: 16, bottom: 16, left: 0 }}>
        <CartesianGrid vertical={false} stroke={theme.palette.divider} />
        <XAxis
          dataKey="label"
          fontSize={12}
          stroke={theme.palette.text.secondary}
          label={{ value: translate('fidele.clv.calibration_purchases'), position: 'insideBottom', offset: -8 }}
        />
        <YAxis fontSize={12} stroke={theme.palette.text.secondary} tickFormatter={(v: number) => num.format(v)} />
        <Tooltip formatter={(v) => num.format(Number(v))} />
        <Legend verticalAlign="top" />
        <Bar
          dataKey="actual"
          name={translate('fidele.clv.actual')}
          fill={theme.palette.text.primary}
          isAnimationActive={animate}
        />
        {models.map((m) => (
          <Bar
            key={m.model}
            dataKey={m.model}
            name={translate(enumLabelKey('PurchaseModel', m.model))}
            fill={colours[m.model]}
            isAnimationActive={animate}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
};

/** Tracking: cumulative repeat purchases of the cohort over the holdout weeks, actual against each model. */
export const TrackingChart = ({ models }: { models: Models }) => {
  const translate = useTranslate();
  const theme = useTheme();
  const animate = useChartAnimation();
  const colours = useModelColours();
  const [locale] = useLocaleState();
  const int = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const first = models[0];
  if (!first) return null;
  const data = first.tracking.map((p, i) => ({
    week: p.week,
    actual: p.actual,
    ...Object.fromEntries(models.map((m) => [m.model, m.tracking[i]?.predicted ?? null])),
  }));
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={data} margin={{ top: 8, right: 16, bottom: 16, left: 0 }}>
        <CartesianGrid stroke={theme.palette.divider} />
        <XAxis
          dataKey="week"
          fontSize={12}
          stroke={theme.palette.text.secondary}
          label={{ value: translate('fidele.clv.holdout_week'), position: 'insideBottom', offset: -8 }}
        />
        <YAxis fontSize={12} stroke={theme.palette.text.secondary} tickFormatter={(v: number) => int.format(v)} />
        <Tooltip formatter={(v) => int.format(Number(v))} />
        <Legend verticalAlign="top" />
        <Line
          dataKey="actual"
          name={translate('fidele.clv.actual')}
          stroke={theme.palette.text.primary}
          strokeWidth={2}
          dot={false}
          isAnimationActive={animate}
        />
        {models.map((m) => (
          <Line
            key={m.model}
            dataKey={m.model}
            name={translate(enumLabelKey('PurchaseModel', m.model))}
            stroke={colours[m.model]}
            strokeDasharray="5 3"
            dot={false}
            isAnimationActive={animate}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
};
