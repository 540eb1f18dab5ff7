import { Alert, Card, CardContent, Skeleton, Typography } from '@mui/material';
import { useId, type ReactNode } from 'react';
import { useTranslate } from 'react-admin';

/** A titled card (a region named by its title) with loading and error states, for the dashboards' charts and tables. */
export const ChartCard = ({
  title,
  subtitle,
  loading,
  error,
  height = 320,
  children,
}: {
  title: string;
  subtitle?: string;
  loading?: boolean;
  error?: unknown;
  height?: number | 'auto';
  children?: ReactNode;
}) => {
  const translate = useTranslate();
  const id = useId();
  return (
    <Card component="section" aria-labelledby={id} sx={{ height: '100%' }}>
      <CardContent>
        <Typography id={id} variant="h6" component="h2">
          {translate(title)}
        </Typography>
        {subtitle ? (
          <Typography variant="body2" color="text.secondary" gutterBottom>
            {translate(subtitle)}
          </Typography>
        ) : null}
        {loading ? (
          <Skeleton variant="rectangular" height={height === 'auto' ? 200 : height} />
        ) : error ? (
          <Alert severity="error">
            {(error as Error).message
              ? translate((error as Error).message, { _: (error as Error).message })
              : translate('fidele.widget.load_error')}
          </Alert>
        ) : (
          <div style={{ height, width: '100%' }}>{children}</div>
        )}
      </CardContent>
    </Card>
  );
};
