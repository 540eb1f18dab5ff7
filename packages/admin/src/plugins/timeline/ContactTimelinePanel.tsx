import {
  Alert,
  Box,
  Button,
  Chip,
  List,
  ListItem,
  ListItemText,
  Skeleton,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useDataProvider, useLocaleState, useRecordContext, useTranslate, type DataProvider } from 'react-admin';
import type { TimelineKind } from '@fidele/sdk';
import { enumLabelKey } from '../../i18n/enum-messages';
import { Section } from '../../slots/PluginSlot';
import { LogActivityDialog } from './LogActivityDialog';
import type { TimelineDataProvider } from './timeline-data-provider';
import { enumValues } from '../../api/enum-values';
import { timelineLine } from './timeline-line';

const kinds = enumValues<TimelineKind>()(
  'ACTIVITY',
  'TARGETING',
  'HELD_OUT',
  'RESPONSE',
  'CONVERSION',
  'SALE',
  'BECAME_CLIENT',
  'CASE',
  'SURVEY_RESPONSE',
);
const colors: Record<TimelineKind, 'default' | 'primary' | 'secondary' | 'success' | 'warning' | 'info'> = {
  ACTIVITY: 'primary',
  TARGETING: 'default',
  HELD_OUT: 'default',
  BECAME_CLIENT: 'success',
  RESPONSE: 'info',
  CONVERSION: 'success',
  SALE: 'success',
  CASE: 'warning',
  SURVEY_RESPONSE: 'secondary',
};

type TimelineEntry = NonNullable<
  Awaited<ReturnType<TimelineDataProvider['getContactHistory']>>
>['timeline']['edges'][number]['node'];

const useWhen = () => {
  const [locale] = useLocaleState();
  return (iso: string) => new Date(iso).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
};

/** One entry: when, its kind, its summary (and for an activity, its next step and promise). */
const TimelineItem = ({ item }: { item: TimelineEntry }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const when = useWhen();
  return (
    <ListItem divider data-kind={item.kind}>
      <Box sx={{ minWidth: 150, mr: 2 }}>
        <Typography variant="caption" color="text.secondary">
          {when(item.at)}
        </Typography>
      </Box>
      <Chip
        size="small"
        label={translate(enumLabelKey('TimelineKind', item.kind))}
        color={colors[item.kind]}
        sx={{ mr: 2, minWidth: 100 }}
      />
      <ListItemText
        primary={timelineLine(item, translate, locale)}
        secondary={
          item.node.__typename === 'Activity'
            ? [
                item.node.nextStep &&
                  `${translate('fidele.label_colon', { label: translate('fidele.timeline.next_step') })} ${item.node.nextStep}`,
                item.node.promised &&
                  `${translate('fidele.label_colon', { label: translate('fidele.timeline.promised') })} ${item.node.promised}`,
              ]
                .filter(Boolean)
                .join(' · ') || null
            : null
        }
      />
    </ListItem>
  );
};

/**
 * The contact's timeline (slot `contacts.show`): everything that happened with the contact, newest first, in one
 * list (activities, targetings, responses, conversions, sales, cases, survey answers) with a filter by kind and "load more"; above
 * it the next planned contact. What the user may not see is not sent by the server.
 */
export const ContactTimelinePanel = () => {
  const translate = useTranslate();
  const record = useRecordContext<{ id: string }>();
  const dp = useDataProvider<DataProvider & TimelineDataProvider>();
  const [only, setOnly] = useState<TimelineKind[]>([]);
  const queryClient = useQueryClient();
  const { data, error, isPending, fetchNextPage, hasNextPage, isFetchingNextPage } = useInfiniteQuery({
    queryKey: ['timeline', 'contact', record?.id, only],
    queryFn: ({ pageParam }) => dp.getContactHistory(record!.id, { after: pageParam, kinds: only }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => (last?.timeline.pageInfo.hasNextPage ? last.timeline.pageInfo.endCursor : undefined),
    enabled: !!record,
    retry: false,
  });
  const when = useWhen();
  const first = data?.pages[0];
  const next = first?.nextPlannedContact;
  const items = data?.pages.flatMap((p) => p?.timeline.edges ?? []) ?? [];
  return (
    <Section
      title="fidele.timeline.title"
      action={
        record ? (
          <LogActivityDialog
            contactId={record.id}
            onDone={() => void queryClient.invalidateQueries({ queryKey: ['timeline', 'contact', record.id] })}
          />
        ) : null
      }
    >
      {next ? (
        <Alert severity="info" sx={{ mb: 1 }} data-testid="next-planned-contact">
          {translate('fidele.timeline.next', {
            when: when(next.at),
            what: next.activity ? next.activity.subject : (next.task?.title ?? ''),
          })}
        </Alert>
      ) : first ? (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate('fidele.timeline.nothing_planned')}
        </Typography>
      ) : null}
      <ToggleButtonGroup
        size="small"
        value={only}
        onChange={(_e, v: TimelineKind[]) => setOnly(v)}
        aria-label={translate('fidele.timeline.filter')}
        sx={{ flexWrap: 'wrap', mb: 1 }}
      >
        {kinds.map((k) => (
          <ToggleButton key={k} value={k}>
            {translate(enumLabelKey('TimelineKind', k))}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
      {isPending ? <Skeleton height={80} /> : null}
      {error ? (
        <Alert severity="error">{translate((error as Error).message, { _: (error as Error).message })}</Alert>
      ) : null}
      {!isPending && !error && items.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('fidele.timeline.empty')}
        </Typography>
      ) : null}
      <List dense aria-label={translate('fidele.timeline.title')}>
        {items.map(({ cursor, node: item }) => (
          <TimelineItem key={cursor} item={item} />
        ))}
      </List>
      {hasNextPage ? (
        <Button size="small" onClick={() => void fetchNextPage()} disabled={isFetchingNextPage}>
          {translate('fidele.timeline.more')}
        </Button>
      ) : null}
    </Section>
  );
};
