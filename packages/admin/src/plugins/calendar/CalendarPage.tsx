import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  IconButton,
  Paper,
  Stack,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { Title, useCreatePath, useDataProvider, useLocaleState, useTranslate, type DataProvider } from 'react-admin';
import type { CalendarDataProvider, CalendarEntry } from './calendar-data-provider';
import { calendarActivityType } from './notification-line';
import { dayKey, sameDay, shift, startOfDay, viewRange, type CalendarView } from './calendar-range';

const contactName = (
  c: { lastName?: string | null; firstName?: string | null; companyName?: string | null } | null | undefined,
) => (c ? [c.lastName, c.firstName].filter(Boolean).join(' ') || c.companyName || '' : '');

/** One entry: time, kind (meeting, call, task...), title, contact; a link to the contact when there is one. */
const Entry = ({ entry, compact }: { entry: CalendarEntry; compact?: boolean }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const createPath = useCreatePath();
  const contact = entry.activity?.contact ?? entry.task?.contact ?? null;
  const kind =
    entry.kind === 'TASK'
      ? translate('fidele.calendar.task')
      : calendarActivityType(translate, entry.activityType ?? '');
  const time = new Date(entry.start).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });
  const done = entry.activityStatus === 'DONE' || entry.task?.status === 'DONE';
  const dp = useDataProvider<DataProvider & CalendarDataProvider>();
  const queryClient = useQueryClient();
  const complete = async () => {
    await dp.completeActivity(entry.activity!.id, entry.activity!.version);
    await queryClient.invalidateQueries({ queryKey: ['calendar'] });
  };
  return (
    <Paper
      variant="outlined"
      sx={{
        p: compact ? 0.5 : 1,
        mb: 0.5,
        opacity: done ? 0.6 : 1,
        borderLeft: 4,
        borderLeftColor: entry.kind === 'TASK' ? 'warning.main' : 'primary.main',
      }}
      data-testid="calendar-entry"
    >
      <Typography variant="caption" component="div" color="text.secondary">
        {time} · {kind}
        {done ? ` · ${translate('fidele.calendar.done')}` : ''}
      </Typography>
      <Typography
        variant="body2"
        component="div"
        sx={{ fontWeight: 500, overflow: 'hidden', textOverflow: 'ellipsis' }}
      >
        {entry.title}
      </Typography>
      {contact && !compact ? (
        <Typography
          variant="caption"
          component={Link}
          to={createPath({ resource: 'contacts', type: 'show', id: contact.id })}
        >
          {contactName(contact) || translate('fidele.calendar.contact')}
        </Typography>
      ) : null}
      {entry.activityStatus === 'PLANNED' && !compact ? (
        <Button size="small" sx={{ display: 'block', p: 0, minWidth: 0 }} onClick={() => void complete()}>
          {translate('fidele.calendar.mark_done')}
        </Button>
      ) : null}
    </Paper>
  );
};

const byDay = (entries: CalendarEntry[], day: Date) => entries.filter((e) => sameDay(new Date(e.start), day));

/** Previous / today / next, the period's heading, and the day / week / month switch. */
const CalendarToolbar = ({
  view,
  setView,
  anchor,
  setAnchor,
  heading,
}: {
  view: CalendarView;
  setView: (view: CalendarView) => void;
  anchor: Date;
  setAnchor: (anchor: Date) => void;
  heading: string;
}) => {
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 2 }}>
      <IconButton aria-label={translate('fidele.calendar.previous')} onClick={() => setAnchor(shift(view, anchor, -1))}>
        <ChevronLeftIcon />
      </IconButton>
      <Button onClick={() => setAnchor(startOfDay(new Date()))}>{translate('fidele.calendar.today')}</Button>
      <IconButton aria-label={translate('fidele.calendar.next')} onClick={() => setAnchor(shift(view, anchor, 1))}>
        <ChevronRightIcon />
      </IconButton>
      <Typography
        variant="h6"
        component="h2"
        sx={{ flex: 1, textTransform: 'capitalize' }}
        data-testid="calendar-heading"
      >
        {heading}
      </Typography>
      <ToggleButtonGroup
        exclusive
        size="small"
        value={view}
        onChange={(_e, v: CalendarView | null) => v && setView(v)}
        aria-label={translate('fidele.calendar.view')}
      >
        <ToggleButton value="day">{translate('fidele.calendar.day')}</ToggleButton>
        <ToggleButton value="week">{translate('fidele.calendar.week')}</ToggleButton>
        <ToggleButton value="month">{translate('fidele.calendar.month')}</ToggleButton>
      </ToggleButtonGroup>
    </Stack>
  );
};

/**
 * Your calendar: meetings, calls and due tasks, in a day, week or month view, with previous / today / next.
 * Written with MUI only (no calendar library): the API gives each view's range in one request.
 */
export const CalendarPage = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dp = useDataProvider<DataProvider & CalendarDataProvider>();
  const [view, setView] = useState<CalendarView>('week');
  const [anchor, setAnchor] = useState(() => startOfDay(new Date()));
  const { days, from, to } = viewRange(view, anchor);
  const { data, error, isPending } = useQuery({
    queryKey: ['calendar', view, from.toISOString()],
    queryFn: () => dp.getCalendar(from, to),
    retry: false,
  });
  const entries = data ?? [];
  const weekday = (d: Date) => d.toLocaleDateString(locale, { weekday: 'short', day: 'numeric' });
  const heading =
    view === 'day'
      ? anchor.toLocaleDateString(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })
      : view === 'week'
        ? `${days[0]!.toLocaleDateString(locale, { day: 'numeric', month: 'short' })} – ${days[6]!.toLocaleDateString(locale, { day: 'numeric', month: 'short', year: 'numeric' })}`
        : anchor.toLocaleDateString(locale, { month: 'long', year: 'numeric' });
  return (
    <Card sx={{ mt: 1 }}>
      <Title title="fidele.calendar.title" />
      <CardContent>
        <CalendarToolbar view={view} setView={setView} anchor={anchor} setAnchor={setAnchor} heading={heading} />
        {error ? (
          <Alert severity="error">{translate((error as Error).message, { _: (error as Error).message })}</Alert>
        ) : null}
        {!isPending && !error && entries.length === 0 ? (
          <Alert severity="info">{translate('fidele.calendar.empty')}</Alert>
        ) : null}
        {view === 'day' ? (
          <Box role="list" aria-label={heading} data-view="day">
            {entries.map((e, i) => (
              <div role="listitem" key={i}>
                <Entry entry={e} />
              </div>
            ))}
          </Box>
        ) : (
          <Box data-view={view} sx={{ display: 'grid', gridTemplateColumns: 'repeat(7, minmax(0, 1fr))', gap: 0.5 }}>
            {days.map((d) => (
              <Box
                key={dayKey(d)}
                data-day={dayKey(d)}
                aria-label={d.toLocaleDateString(locale, { weekday: 'long', day: 'numeric', month: 'long' })}
                role="group"
                sx={{
                  border: 1,
                  borderColor: sameDay(d, new Date()) ? 'primary.main' : 'divider',
                  borderRadius: 1,
                  p: 0.5,
                  minHeight: view === 'week' ? 240 : 96,
                  opacity: view === 'month' && d.getMonth() !== anchor.getMonth() ? 0.5 : 1,
                }}
              >
                <Typography variant="caption" component="div" sx={{ fontWeight: 600 }}>
                  {view === 'week' ? weekday(d) : d.getDate()}
                </Typography>
                {byDay(entries, d).map((e, i) => (
                  <Entry key={i} entry={e} compact={view === 'month'} />
                ))}
              </Box>
            ))}
          </Box>
        )}
        <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
          <Chip size="small" label={translate('fidele.calendar.count', { smart_count: entries.length })} />
        </Stack>
      </CardContent>
    </Card>
  );
};
