import DeleteIcon from '@mui/icons-material/Delete';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  IconButton,
  MenuItem,
  Skeleton,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Title, useDataProvider, useTranslate, type DataProvider } from 'react-admin';
import { enumChoices } from '../../fields/choices';
import { enumLabelKey } from '../../i18n/enum-messages';
import type { SegmentsDataProvider } from './segments-data-provider';
import type { ActionMedium } from '@fidele/sdk';

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
        await dp.getList('brands', {
          pagination: { page: 1, perPage: 100 },
          sort: { field: 'name', order: 'ASC' },
          filter: {},
        })
      ).data as { id: string; name: string }[],
  });
  const [brand, setBrand] = useState('');
  const [medium, setMedium] = useState('');
  const [max, setMax] = useState('3');
  const [days, setDays] = useState('30');
  const [error, setError] = useState<string | null>(null);
  const reload = () => queries.invalidateQueries({ queryKey: ['segments', 'pressure-rules'] });
  const fail = (e: unknown) => {
    const message = (e as Error).message;
    setError(translate(message, { _: message }));
  };
  const add = async () => {
    setError(null);
    try {
      await dp.createPressureRule({
        brand: brand || null,
        medium: (medium || null) as ActionMedium | null,
        maxSolicitations: Number(max),
        periodDays: Number(days),
      });
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
            <Table size="small" aria-label={translate('fidele.segments.pressure.title')}>
              <TableHead>
                <TableRow>
                  <TableCell>{translate('fidele.segments.pressure.brand')}</TableCell>
                  <TableCell>{translate('fidele.segments.pressure.medium')}</TableCell>
                  <TableCell align="right">{translate('fidele.segments.pressure.max')}</TableCell>
                  <TableCell align="right">{translate('fidele.segments.pressure.days')}</TableCell>
                  <TableCell />
                </TableRow>
              </TableHead>
              <TableBody>
                {(rules.data ?? []).map((r) => (
                  <TableRow key={r.id}>
                    <TableCell>{r.brand?.name ?? translate('fidele.segments.all_brands')}</TableCell>
                    <TableCell>
                      {r.medium
                        ? translate(enumLabelKey('ActionMedium', r.medium))
                        : translate('fidele.segments.pressure.all_media')}
                    </TableCell>
                    <TableCell align="right">{r.maxSolicitations}</TableCell>
                    <TableCell align="right">{r.periodDays}</TableCell>
                    <TableCell align="right">
                      <IconButton aria-label={translate('ra.action.delete')} onClick={() => remove(r.id, r.version)}>
                        <DeleteIcon />
                      </IconButton>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
          <Stack
            direction="row"
            spacing={2}
            useFlexGap
            sx={{ flexWrap: 'wrap', mt: 2 }}
            component="form"
            aria-label={translate('fidele.segments.pressure.add')}
          >
            <TextField
              select
              label={translate('fidele.segments.pressure.brand')}
              value={brand}
              onChange={(e) => setBrand(e.target.value)}
              sx={{ minWidth: 180 }}
            >
              <MenuItem value="">{translate('fidele.segments.all_brands')}</MenuItem>
              {(brands.data ?? []).map((b) => (
                <MenuItem key={b.id} value={b.id}>
                  {b.name}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              select
              label={translate('fidele.segments.pressure.medium')}
              value={medium}
              onChange={(e) => setMedium(e.target.value)}
              sx={{ minWidth: 180 }}
            >
              <MenuItem value="">{translate('fidele.segments.pressure.all_media')}</MenuItem>
              {enumChoices('ActionMedium').map((m) => (
                <MenuItem key={m.id} value={m.id}>
                  {translate(m.name)}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              label={translate('fidele.segments.pressure.max')}
              type="number"
              value={max}
              onChange={(e) => setMax(e.target.value)}
              sx={{ width: 140 }}
            />
            <TextField
              label={translate('fidele.segments.pressure.days')}
              type="number"
              value={days}
              onChange={(e) => setDays(e.target.value)}
              sx={{ width: 140 }}
            />
            <Button variant="contained" onClick={add}>
              {translate('fidele.segments.pressure.add')}
            </Button>
          </Stack>
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
