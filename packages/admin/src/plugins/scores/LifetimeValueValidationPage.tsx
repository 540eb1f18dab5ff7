import type { BrandFieldsFragment } from '@fidele/sdk';
import {
  Alert,
  Box,
  Chip,
  Grid,
  MenuItem,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Title, useDataProvider, useGetList, useLocaleState, useTranslate, type DataProvider } from 'react-admin';
import { ChartCard } from '../analytics/ChartCard';
import type { LifetimeValueValidation, ScoresDataProvider } from './scores-data-provider';
import { FrequencyChart, TrackingChart } from './ValidationCharts';
import { enumLabelKey } from '../../i18n/enum-messages';

/** Each model's parameters with standard errors, its holdout error and warnings; the recommended one marked. */
const ModelTable = ({ v }: { v: LifetimeValueValidation }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const num = new Intl.NumberFormat(locale, { maximumSignificantDigits: 4 });
  const pct = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'always' });
  return (
    <Table size="small" aria-label={translate('fidele.clv.models')}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('fidele.scores.model')}</TableCell>
          <TableCell>{translate('fidele.clv.parameters')}</TableCell>
          <TableCell align="right">{translate('fidele.clv.log_likelihood')}</TableCell>
          <TableCell align="right">{translate('fidele.clv.total')}</TableCell>
          <TableCell align="right">{translate('fidele.clv.rmse')}</TableCell>
          <TableCell>{translate('fidele.clv.warnings')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {v.models.map((m) => (
          <TableRow key={m.model} data-model={m.model} selected={m.model === v.recommended}>
            <TableCell>
              {translate(enumLabelKey('PurchaseModel', m.model))}{' '}
              {m.model === v.recommended ? (
                <Chip size="small" color="success" label={translate('fidele.clv.recommended')} />
              ) : null}
            </TableCell>
            <TableCell>
              {m.parameters
                .map(
                  (p) =>
                    `${p.name} ${num.format(p.value)} (± ${p.standardError === null ? '?' : num.format(p.standardError)})`,
                )
                .join(', ')}
            </TableCell>
            <TableCell align="right">{num.format(m.logLikelihood)}</TableCell>
            <TableCell align="right">
              {num.format(m.totalPredicted)} / {num.format(m.totalActual)}
              {m.totalError !== null ? ` (${pct.format(m.totalError)})` : ''}
            </TableCell>
            <TableCell align="right">{num.format(m.rmse)}</TableCell>
            <TableCell>
              {m.warnings.length === 0
                ? '—'
                : m.warnings.map((w) => (
                    <Chip
                      key={w}
                      size="small"
                      color="error"
                      variant="outlined"
                      label={translate(enumLabelKey('FitWarning', w))}
                    />
                  ))}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

/** The brand picker and the period of the validation. */
const ValidationToolbar = ({
  brand,
  setBrand,
  brands,
  data,
}: {
  brand: string | null;
  setBrand: (b: string) => void;
  brands: BrandFieldsFragment[];
  data: LifetimeValueValidation | null | undefined;
}) => {
  const translate = useTranslate();
  return (
    <Grid size={12}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
        <TextField
          select
          size="small"
          label={translate('fidele.clv.brand')}
          value={brand ?? ''}
          onChange={(e) => setBrand(e.target.value)}
          sx={{ flex: '0 0 240px' }}
        >
          {brands.map((b) => (
            <MenuItem key={b.id} value={String(b.id)}>
              {b.name}
            </MenuItem>
          ))}
        </TextField>
        {data ? (
          <Typography variant="body2" color="text.secondary" data-testid="clv-period">
            {translate('fidele.clv.period', {
              start: data.firstSaleDay,
              end: data.calibrationEnd,
              holdout: data.holdoutEnd,
              buyers: data.customers,
            })}
            {data.sampleStep > 1 ? ` ${translate('fidele.clv.sampled', { step: data.sampleStep })}` : ''}
          </Typography>
        ) : null}
      </Box>
    </Grid>
  );
};

/**
 * Holdout validation of the lifetime-value models on a brand: the models fitted on the calibration period (with
 * standard errors and warnings, the recommended one marked), calibration by frequency and the tracking curve.
 */
export const LifetimeValueValidationPage = () => {
  const translate = useTranslate();
  const dp = useDataProvider<DataProvider & ScoresDataProvider>();
  const brands = useGetList<BrandFieldsFragment>('brands', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'name', order: 'ASC' },
  });
  const [brand, setBrand] = useState<string | null>(null);
  useEffect(() => {
    if (brand === null && brands.data?.[0]) setBrand(String(brands.data[0].id));
  }, [brand, brands.data]);
  const { data, isPending, error } = useQuery({
    queryKey: ['scores', 'clv-validation', brand],
    queryFn: () => dp.getLifetimeValueValidation(brand!),
    enabled: brand !== null,
    retry: false,
  });
  const loading = brand === null || isPending;
  return (
    <Grid container spacing={2} sx={{ py: 2 }}>
      <Title title={translate('fidele.clv.title')} />
      <ValidationToolbar brand={brand} setBrand={setBrand} brands={brands.data ?? []} data={data} />
      {data === null ? (
        <Grid size={12}>
          <Alert severity="info">{translate('fidele.clv.no_sales')}</Alert>
        </Grid>
      ) : data?.insufficientData ? (
        <Grid size={12}>
          <Alert severity="info">{translate('fidele.clv.insufficient')}</Alert>
        </Grid>
      ) : (
        <>
          <Grid size={12}>
            <ChartCard
              title="fidele.clv.models"
              subtitle="fidele.clv.models_help"
              loading={loading}
              error={error}
              height="auto"
            >
              {data && data.recommended === null && data.models.length > 0 ? (
                <Alert severity="warning" sx={{ mb: 1 }}>
                  {translate('fidele.clv.no_reliable_fit')}
                </Alert>
              ) : null}
              {data ? <ModelTable v={data} /> : null}
            </ChartCard>
          </Grid>
          <Grid size={{ xs: 12, lg: 6 }}>
            <ChartCard
              title="fidele.clv.by_frequency"
              subtitle="fidele.clv.by_frequency_help"
              loading={loading}
              error={error}
            >
              {data ? <FrequencyChart models={data.models} /> : null}
            </ChartCard>
          </Grid>
          <Grid size={{ xs: 12, lg: 6 }}>
            <ChartCard title="fidele.clv.tracking" subtitle="fidele.clv.tracking_help" loading={loading} error={error}>
              {data ? <TrackingChart models={data.models} /> : null}
            </ChartCard>
          </Grid>
        </>
      )}
    </Grid>
  );
};
