import NotificationsActiveIcon from '@mui/icons-material/NotificationsActive';
import {
  Alert,
  Button,
  Card,
  CardContent,
  List,
  ListItem,
  ListItemIcon,
  ListItemText,
  Skeleton,
  Typography,
} from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useDataProvider, useLocaleState, useTranslate, type DataProvider } from 'react-admin';
import type { CalendarDataProvider } from './calendar-data-provider';
import { notificationLine } from './notification-line';

/**
 * Dashboard card: your unread reminders (the server's `reminders` job writes one when a task's or a planned
 * activity's reminder time passes), each with a button to mark it read.
 */
export const RemindersWidget = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dp = useDataProvider<DataProvider & CalendarDataProvider>();
  const queryClient = useQueryClient();
  const { data, isPending, error } = useQuery({
    queryKey: ['calendar', 'reminders'],
    queryFn: () => dp.getMyReminders(),
    retry: false,
  });
  return (
    <Card component="section" aria-label={translate('fidele.calendar.reminders')} sx={{ height: '100%' }}>
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {translate('fidele.calendar.reminders')}
        </Typography>
        {isPending ? <Skeleton height={60} /> : null}
        {error ? (
          <Alert severity="error">{translate((error as Error).message, { _: (error as Error).message })}</Alert>
        ) : null}
        {data && data.items.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {translate('fidele.calendar.no_reminders')}
          </Typography>
        ) : null}
        <List dense>
          {data?.items.map((n) => (
            <ListItem
              key={n.id}
              divider
              secondaryAction={
                <Button
                  size="small"
                  onClick={async () => {
                    await dp.markReminderRead(n.id);
                    await queryClient.invalidateQueries({ queryKey: ['calendar', 'reminders'] });
                  }}
                >
                  {translate('fidele.calendar.mark_read')}
                </Button>
              }
            >
              <ListItemIcon>
                <NotificationsActiveIcon color="warning" />
              </ListItemIcon>
              <ListItemText
                primary={notificationLine(n, translate, locale)}
                secondary={new Date(n.createdAt).toLocaleString(locale)}
                // Room for the button, whose French label ("Marquer comme lu") is the longer one.
                sx={{ pr: 18 }}
              />
            </ListItem>
          ))}
        </List>
      </CardContent>
    </Card>
  );
};
