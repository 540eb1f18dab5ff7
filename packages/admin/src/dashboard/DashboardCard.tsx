import { Alert, Button, Card, CardContent, Skeleton, Stack, Typography } from '@mui/material';
import { useId, type ReactNode } from 'react';
import { useTranslate } from 'react-admin';

export interface DashboardCardProps {
  /** A translation key or text. @example 'fidele.overview.contacts_by_kind' */
  title: string;
  /** A translation key or text shown under the title. */
  subtitle?: string;
  /** Shown right of the title (a total, a menu...). */
  action?: ReactNode;
  /**
   * While true, a skeleton of `height` replaces the content.
   * @default false
   */
  loading?: boolean;
  /** When set, an error message with a retry button replaces the content. */
  error?: unknown;
  /** Called by the retry button. */
  onRetry?: () => void;
  /**
   * Height of the content area, so that cards of one row line up and the page does not jump when data arrives.
   * @default 300
   */
  height?: number;
  children?: ReactNode;
}

/**
 * The frame of a dashboard widget: a titled card, a region named after its title (so assistive technologies and
 * browser tests find it by name), with loading and error states.
 *
 * @example
 * <DashboardCard title="fidele.overview.sales_by_month" loading={isPending} error={error} onRetry={refetch}>
 *   <SalesChart data={data} />
 * </DashboardCard>
 */
export const DashboardCard = ({
  title,
  subtitle,
  action,
  loading = false,
  error,
  onRetry,
  height = 300,
  children,
}: DashboardCardProps) => {
  const translate = useTranslate();
  const titleId = useId();
  return (
    <Card
      component="section"
      aria-labelledby={titleId}
      sx={{ width: '100%', display: 'flex', flexDirection: 'column' }}
    >
      <CardContent sx={{ flex: 1, display: 'flex', flexDirection: 'column', gap: 1.5, '&:last-child': { pb: 2 } }}>
        <Stack direction="row" sx={{ alignItems: 'flex-start', justifyContent: 'space-between', gap: 2 }}>
          <div>
            <Typography id={titleId} variant="subtitle1" component="h2" sx={{ fontWeight: 600, lineHeight: 1.3 }}>
              {translate(title, { _: title })}
            </Typography>
            {subtitle ? (
              <Typography variant="body2" color="text.secondary">
                {translate(subtitle, { _: subtitle })}
              </Typography>
            ) : null}
          </div>
          {action}
        </Stack>
        {error ? (
          <Alert
            severity="error"
            action={
              onRetry ? (
                <Button color="inherit" size="small" onClick={onRetry}>
                  {translate('fidele.widget.retry')}
                </Button>
              ) : undefined
            }
          >
            {translate('fidele.widget.load_error')}
          </Alert>
        ) : loading ? (
          <Skeleton variant="rounded" height={height} />
        ) : (
          <div style={{ height, minWidth: 0 }}>{children}</div>
        )}
      </CardContent>
    </Card>
  );
};
