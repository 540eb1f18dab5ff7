import { Alert, Button, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router';
import { DashboardCard } from '../../dashboard/DashboardCard';
import { useMayRun } from '../../fidele-context';
import { useSubjectRequestsProvider, useT } from './shared';

const Count = () => {
  const t = useT();
  const dp = useSubjectRequestsProvider();
  const { data, isPending, error, refetch } = useQuery({
    queryKey: ['subject-requests', 'overdue'],
    queryFn: () => dp.getSubjectRequestsOverdue(),
    retry: false,
  });
  return (
    <DashboardCard
      title="fidele.subject_requests.overdue_card"
      loading={isPending}
      error={error}
      onRetry={() => void refetch()}
      height={110}
      action={
        data ? (
          <Button size="small" component={RouterLink} to="/subject-requests?overdue=1">
            {t('see_overdue')}
          </Button>
        ) : undefined
      }
    >
      {data === 0 ? (
        <Alert severity="success">{t('overdue_none')}</Alert>
      ) : (
        <div data-overdue-count={data}>
          <Typography color="error" variant="h4" component="p">
            {data}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {t('overdue_count', { smart_count: data ?? 0 })}
          </Typography>
        </div>
      )}
    </DashboardCard>
  );
};

/** Dashboard card (admins): how many subject requests are open past their due date, with a link to them. */
export const OverdueWidget = () => (useMayRun('subjectRequestsOverdue') ? <Count /> : null);
