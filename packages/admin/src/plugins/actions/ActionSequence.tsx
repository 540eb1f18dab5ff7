import { Card, CardContent, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { Link, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import type { ActionDetail } from './actions-data-provider';
import { enumLabelKey } from '../../i18n/enum-messages';

/** A linked action: the one this action follows up, or one of its follow-ups. */
type Step = NonNullable<ActionDetail['previousAction']> | ActionDetail['followUps'][number];
type SequenceRule = Partial<Pick<ActionDetail, 'followUpCondition' | 'followUpDelayDays'>>;

/**
 * The action's place in a campaign: its priority and attribution window, the action it follows up (with the
 * condition and delay) and the actions that follow it up.
 */
export const ActionSequence = () => {
  const record = useRecordContext<ActionDetail>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  if (!record) return null;
  const link = (a: Step) => (
    <Link to={createPath({ resource: 'actions', id: a.id, type: 'show' })}>{`${a.code} · ${a.name}`}</Link>
  );
  const rule = (a: SequenceRule) =>
    translate('fidele.actions.follow_up_rule', {
      condition: a.followUpCondition ? translate(enumLabelKey('FollowUpCondition', a.followUpCondition)) : '—',
      smart_count: a.followUpDelayDays ?? 0,
    });
  return (
    <Card component="section" variant="outlined" aria-label={translate('fidele.actions.sequence')}>
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {translate('fidele.actions.sequence')}
        </Typography>
        <Stack spacing={1}>
          <Typography variant="body2">
            {translate('fidele.label_colon', { label: translate('resources.actions.fields.priority') })}{' '}
            {record.priority ?? '—'}
          </Typography>
          <Typography variant="body2">
            {translate('fidele.label_colon', { label: translate('resources.actions.fields.attributionWindowDays') })}{' '}
            {record.attributionWindowDays ?? '—'}
          </Typography>
          <Typography variant="body2">
            {translate('fidele.label_colon', { label: translate('resources.actions.fields.previousActionId') })}{' '}
            {record.previousAction ? (
              <>
                {link(record.previousAction)} ({rule(record)})
              </>
            ) : (
              translate('fidele.actions.no_previous')
            )}
          </Typography>
          <Typography variant="subtitle2" component="h3">
            {translate('fidele.actions.follow_ups')}
          </Typography>
          {record.followUps?.length ? (
            <List dense aria-label={translate('fidele.actions.follow_ups')}>
              {record.followUps.map((f) => (
                <ListItem key={f.id} disableGutters>
                  <ListItemText primary={link(f)} secondary={rule(f)} />
                </ListItem>
              ))}
            </List>
          ) : (
            <Typography variant="body2" color="text.secondary">
              {translate('fidele.actions.no_follow_ups')}
            </Typography>
          )}
        </Stack>
      </CardContent>
    </Card>
  );
};
