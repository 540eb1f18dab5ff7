import {
  Alert,
  Button,
  Grid,
  List as MuiList,
  ListItem,
  ListItemText,
  Stack,
  TextField as MuiTextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import type { ServiceCaseQuery } from '@fidele/sdk';
import {
  Labeled,
  ReferenceField,
  SelectField,
  Show,
  TextField,
  useDataProvider,
  useLocaleState,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
  type DataProvider,
} from 'react-admin';
import { LocaleNumberField } from '../../fields/LocaleNumberField';
import { LocaleDateField } from '../../fields/LocaleDateField';
import { Section } from '../../slots/PluginSlot';
import { enumLabelKey } from '../../i18n/enum-messages';
import { caseCategories, caseOpenedComment, casePriorities, caseStatuses, choices } from './case-choices';
import type { CasesDataProvider } from './cases-data-provider';

type CaseRecord = NonNullable<ServiceCaseQuery['serviceCase']> & { contactId: string | null };

const Field = ({ source, children }: { source: string; children: React.ReactElement }) => (
  <Grid size={{ xs: 12, sm: 6, md: 3 }}>
    <Labeled label={`resources.cases.fields.${source}`}>{children}</Labeled>
  </Grid>
);

/** The workflow: one button per status the case may move to now, with an optional comment kept in the history. */
const Workflow = () => {
  const record = useRecordContext<CaseRecord>();
  const dp = useDataProvider<DataProvider & CasesDataProvider>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [comment, setComment] = useState('');
  if (!record) return null;
  const run = async (action: () => Promise<void>) => {
    try {
      await action();
      setComment('');
      notify('fidele.cases.saved', { type: 'success' });
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
    refresh();
  };
  return (
    <Section title="fidele.cases.workflow">
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: { sm: 'center' } }}>
        <MuiTextField
          size="small"
          label={translate('fidele.cases.comment')}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          sx={{ flex: 1 }}
        />
        {(record.nextStatuses ?? []).map((s) => (
          <Button
            key={s}
            variant="outlined"
            onClick={() => run(() => dp.changeCaseStatus(record.id, record.version, s, comment))}
          >
            {translate(`fidele.cases.move_to.${s}`)}
          </Button>
        ))}
        <Button disabled={!comment.trim()} onClick={() => run(() => dp.commentCase(record.id, comment))}>
          {translate('fidele.cases.add_comment')}
        </Button>
      </Stack>
      {(record.nextStatuses ?? []).length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('fidele.cases.closed')}
        </Typography>
      ) : null}
    </Section>
  );
};

/** The history, oldest first: who, when, what changed, why. */
const History = () => {
  const record = useRecordContext<CaseRecord>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record) return null;
  return (
    <Section title="fidele.cases.history">
      <MuiList dense aria-label={translate('fidele.cases.history')}>
        {(record.events ?? []).map((e) => (
          <ListItem key={e.id} divider>
            <ListItemText
              primary={[
                e.fromStatus || e.toStatus
                  ? `${e.fromStatus ? translate(enumLabelKey('CaseStatus', e.fromStatus)) : ''} → ${e.toStatus ? translate(enumLabelKey('CaseStatus', e.toStatus)) : ''}`
                  : null,
                !e.fromStatus && e.comment === caseOpenedComment ? translate('fidele.cases.opened_comment') : e.comment,
              ]
                .filter(Boolean)
                .join(' · ')}
              secondary={`${new Date(e.at).toLocaleString(locale)}${e.author ? ` · ${e.author.firstName} ${e.author.lastName}` : ''}`}
            />
          </ListItem>
        ))}
      </MuiList>
    </Section>
  );
};

/** What sales (activities) and marketing (actions) promised this contact: what service must honour. */
const Promises = () => {
  const record = useRecordContext<CaseRecord>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  // Right after creation the record is the create's answer (no promises yet) until the page reloads it.
  if (!record) return null;
  return (
    <Section title="fidele.cases.promises">
      {(record.promises ?? []).length === 0 ? (
        <Alert severity="info">{translate('fidele.cases.no_promises')}</Alert>
      ) : null}
      <MuiList dense aria-label={translate('fidele.cases.promises')}>
        {(record.promises ?? []).map((p, i) => (
          <ListItem key={i} divider>
            <ListItemText
              primary={p.text}
              secondary={`${new Date(p.at).toLocaleDateString(locale)} · ${p.source === 'ACTION' ? `${translate('fidele.cases.from_action')} ${p.action?.code ?? ''}` : `${translate('fidele.cases.from_activity')} ${p.activity?.subject ?? ''}${p.activity?.author ? ` (${p.activity.author.firstName} ${p.activity.author.lastName})` : ''}`}`}
            />
          </ListItem>
        ))}
      </MuiList>
    </Section>
  );
};

export const CaseShow = () => (
  <Show>
    <Stack spacing={2} sx={{ p: 2 }}>
      <Section title="fidele.cases.details">
        <Grid container spacing={1}>
          <Field source="reference">
            <TextField source="reference" />
          </Field>
          <Field source="status">
            <SelectField source="status" choices={choices('status', caseStatuses)} />
          </Field>
          <Field source="category">
            <SelectField source="category" choices={choices('category', caseCategories)} />
          </Field>
          <Field source="priority">
            <SelectField source="priority" choices={choices('priority', casePriorities)} />
          </Field>
          <Field source="contactId">
            <ReferenceField source="contactId" reference="contacts" link="show" />
          </Field>
          <Field source="assigneeId">
            <TextField source="assignee.lastName" emptyText="—" />
          </Field>
          <Field source="openedAt">
            <LocaleDateField source="openedAt" showTime />
          </Field>
          <Field source="resolutionHours">
            <LocaleNumberField source="resolutionHours" emptyText="—" />
          </Field>
          <Grid size={12}>
            <Labeled label="resources.cases.fields.subject">
              <TextField source="subject" />
            </Labeled>
          </Grid>
          <Grid size={12}>
            <Labeled label="resources.cases.fields.description">
              <TextField source="description" emptyText="—" />
            </Labeled>
          </Grid>
        </Grid>
      </Section>
      <Workflow />
      <Promises />
      <History />
    </Stack>
  </Show>
);
