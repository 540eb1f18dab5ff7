import { Alert, Box, Grid } from '@mui/material';
import { Title, useTranslate } from 'react-admin';
import { useFideleAdmin } from '../fidele-context';
import type { WidgetWidth } from '../plugin';
import { WidgetErrorBoundary } from './WidgetErrorBoundary';

/** Grid columns (of 12) per width: full width on phones, then the widget's share on larger screens. */
const sizes: Record<WidgetWidth, { xs: number; sm: number; md: number; lg: number }> = {
  quarter: { xs: 12, sm: 6, md: 6, lg: 3 },
  third: { xs: 12, sm: 6, md: 4, lg: 4 },
  half: { xs: 12, sm: 12, md: 6, lg: 6 },
  'two-thirds': { xs: 12, sm: 12, md: 8, lg: 8 },
  full: { xs: 12, sm: 12, md: 12, lg: 12 },
};

/** The home page: the plugins' widgets, in the order of the `plugins` prop, each isolated by an error boundary. */
export const Dashboard = () => {
  const { dashboardWidgets } = useFideleAdmin();
  const translate = useTranslate();
  return (
    <Box sx={{ py: { xs: 1, sm: 2 }, px: { xs: 0, sm: 1 } }}>
      <Title title="ra.page.dashboard" preferenceKey={false} />
      {dashboardWidgets.length === 0 ? (
        <Alert severity="info">{translate('fidele.dashboard.empty')}</Alert>
      ) : (
        <Grid container spacing={2}>
          {dashboardWidgets.map(({ id, component: Widget, width = 'half' }) => (
            <Grid key={id} size={sizes[width]} sx={{ display: 'flex' }} data-widget={id}>
              <WidgetErrorBoundary>
                <Widget />
              </WidgetErrorBoundary>
            </Grid>
          ))}
        </Grid>
      )}
    </Box>
  );
};
