import {
  Alert,
  Button,
  Card,
  CardContent,
  Chip,
  Skeleton,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Title, useDataProvider, useLocaleState, useTranslate, type DataProvider } from 'react-admin';
import { Link } from 'react-router';
import { useMayRun } from '../../fidele-context';
import type { SurveysDataProvider } from './surveys-data-provider';
import { enumLabelKey } from '../../i18n/enum-messages';

export const useSurveys = () => useDataProvider<DataProvider & SurveysDataProvider>();

export const statusColor = (s: string) => (s === 'OPEN' ? 'success' : s === 'DRAFT' ? 'default' : 'warning');

/** Every survey the user may see, newest first, with a button to write a new one. */
export const SurveyListPage = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dp = useSurveys();
  const mayCreate = useMayRun('createSurvey');
  const { data, isPending, error } = useQuery({ queryKey: ['surveys'], queryFn: () => dp.getSurveys() });
  return (
    <Card component="section" aria-label={translate('fidele.surveys.title')} sx={{ mt: 2 }}>
      <Title title={translate('fidele.surveys.title')} />
      <CardContent>
        <Stack direction="row" sx={{ alignItems: 'center', mb: 1 }}>
          <Typography variant="h6" component="h2" sx={{ flex: 1 }}>
            {translate('fidele.surveys.title')}
          </Typography>
          {mayCreate && (
            <Button variant="contained" component={Link} to="/surveys/new">
              {translate('fidele.surveys.new')}
            </Button>
          )}
        </Stack>
        {isPending ? (
          <Skeleton height={60} />
        ) : error ? (
          <Alert severity="error">{translate('fidele.widget.load_error')}</Alert>
        ) : data.length === 0 ? (
          <Typography color="text.secondary">{translate('fidele.surveys.none')}</Typography>
        ) : (
          <Table size="small" aria-label={translate('fidele.surveys.title')}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('fidele.surveys.name')}</TableCell>
                <TableCell>{translate('fidele.surveys.status_label')}</TableCell>
                <TableCell>{translate('fidele.surveys.brand')}</TableCell>
                <TableCell>{translate('fidele.surveys.sent_at')}</TableCell>
                <TableCell align="right">{translate('fidele.surveys.invitations')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {data.map((s) => (
                <TableRow key={s.id} hover>
                  <TableCell>
                    <Link to={`/surveys/${encodeURIComponent(s.id)}`}>{s.name}</Link>
                  </TableCell>
                  <TableCell>
                    <Chip
                      size="small"
                      color={statusColor(s.status)}
                      label={translate(enumLabelKey('SurveyStatus', s.status))}
                    />
                  </TableCell>
                  <TableCell>{s.brand?.name ?? translate('fidele.surveys.all_brands')}</TableCell>
                  <TableCell>{s.sentAt ? new Date(s.sentAt).toLocaleDateString(locale) : '—'}</TableCell>
                  <TableCell align="right">{s.invitations?.totalCount ?? 0}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
};
