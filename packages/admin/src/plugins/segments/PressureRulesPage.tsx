import type { BrandFieldsFragment, PressureRuleInput } from '@fidele/sdk';
import { Alert, Box, Card, CardContent, Skeleton, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Title, useDataProvider, useTranslate, type DataProvider } from 'react-admin';
import { PressureRuleForm } from './PressureRuleForm';
import { PressureRulesTable } from './PressureRulesTable';
import type { SegmentsDataProvider } from './segments-data-provider';

/**
 * Commercial pressure: the rules capping how often a contact is solicited (per brand or every brand, per medium or
 * every medium), with a form to add one and a button to delete one. The server decides who may write which rule.
 */
export const PressureRulesPage = () => {
  const translate = useTranslate();
  const dp = useDataProvider<DataProvider & SegmentsDataProvider>();
  const queries = useQueryClient();
  const rules = useQuery({ queryKey: ['segments', 'pressure-rules'], queryFn: () => dp.getPressureRules() });
  const brands = useQuery({
    queryKey: ['segments', 'brands'],
    queryFn: async () =>
      (
        await dp.getList<BrandFieldsFragment>('brands', {
          pagination: { page: 1, perPage: 100 },
          sort: { field: 'name', order: 'ASC' },
          filter: {},
        })
      ).data,
  });
  const [error, setError] = useState<string | null>(null);
  const reload = () => queries.invalidateQueries({ queryKey: ['segments', 'pressure-rules'] });
  const fail = (e: unknown) => {
    const message = (e as Error).message;
    setError(translate(message, { _: message }));
  };
  const add = async (input: PressureRuleInput) => {
    setError(null);
    try {
      await dp.createPressureRule(input);
      await reload();
    } catch (e) {
      fail(e);
    }
  };
  const remove = async (id: string, version: number) => {
    setError(null);
    try {
      await dp.deletePressureRule(id, version);
      await reload();
    } catch (e) {
      fail(e);
    }
  };
  return (
    <Box sx={{ py: 2 }}>
      <Title title="fidele.segments.pressure.title" />
      <Card component="section" aria-labelledby="pressure-title">
        <CardContent>
          <Typography id="pressure-title" variant="h6" component="h2">
            {translate('fidele.segments.pressure.title')}
          </Typography>
          <Typography variant="body2" color="text.secondary" gutterBottom>
            {translate('fidele.segments.pressure.help')}
          </Typography>
          {rules.isPending ? (
            <Skeleton variant="rectangular" height={120} />
          ) : rules.error ? (
            <Alert severity="error">{translate('fidele.widget.load_error')}</Alert>
          ) : (
            <PressureRulesTable rules={rules.data} remove={remove} />
          )}
          <PressureRuleForm brands={brands.data} onAdd={add} />
          {error && (
            <Alert severity="error" sx={{ mt: 2 }}>
              {error}
            </Alert>
          )}
        </CardContent>
      </Card>
    </Box>
  );
};
