import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Autocomplete, Box, Button, Card, CardContent, Chip, Stack, TextField, Typography } from '@mui/material';
import {
  useDataProvider,
  useGetList,
  useNotify,
  useRecordContext,
  useTranslate,
  type DataProvider,
  type RaRecord,
} from 'react-admin';
import type { MessageDataProvider, MessageDraft, MessagePreview } from './message-data-provider';
import { fieldErrorTexts } from '../../api/ra-errors';
import { previewDetail } from './preview-detail';

const useMessages = () => useDataProvider<DataProvider & MessageDataProvider>();
const empty: MessageDraft = { sender: '', subject: '', bodyText: '', bodyHtml: '' };
type Field = keyof MessageDraft;

const contactLabel = (c: RaRecord) =>
  [c.lastName, c.firstName].filter(Boolean).join(' ') || (c.companyName as string) || `#${c.id}`;

/**
 * The action's message (section "Message" of the action's page): the template editor (sender, subject, text and
 * HTML), the merge fields to insert (personal ones marked: they merge only with consent to the action's purpose),
 * a preview for a chosen contact (HTML in a sandboxed frame: no scripts, no same origin) and a test send to an
 * address. The server validates and renders; this panel shows its answers.
 */
export const ActionMessagePanel = () => {
  const record = useRecordContext<{ id: string }>();
  const translate = useTranslate();
  const dp = useMessages();
  const loaded = useQuery({
    queryKey: ['actionMessage', record?.id],
    queryFn: () => dp.getActionMessage(record!.id),
    enabled: !!record,
  });
  const fields = useQuery({ queryKey: ['mergeFields'], queryFn: () => dp.getMergeFields() });
  if (!record || !loaded.data) return null;
  return (
    <Card component="section" variant="outlined" aria-label={translate('fidele.message.title')}>
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {translate('fidele.message.title')}
        </Typography>
        <Editor
          key={`${loaded.data.message?.version ?? 0}`}
          actionId={record.id}
          medium={loaded.data.medium}
          initial={loaded.data.message}
          fieldNames={fields.data ?? []}
        />
      </CardContent>
    </Card>
  );
};

interface EditorProps {
  actionId: string;
  medium: string;
  initial: (MessageDraft & { version: number; sender?: string | null }) | Record<string, unknown> | null;
  fieldNames: { name: string; personal: boolean }[];
}

function Editor({ actionId, medium, initial, fieldNames }: EditorProps) {
  const translate = useTranslate();
  const notify = useNotify();
  const dp = useMessages();
  const queryClient = useQueryClient();
  const stored = initial as (Partial<Record<Field, string | null>> & { version: number }) | null;
  const [draft, setDraft] = useState<MessageDraft>(() =>
    stored
      ? {
          sender: stored.sender ?? '',
          subject: stored.subject ?? '',
          bodyText: stored.bodyText ?? '',
          bodyHtml: stored.bodyHtml ?? '',
        }
      : empty,
  );
  const [focus, setFocus] = useState<Field>('bodyText');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const sms = medium === 'SMS';
  const save = useMutation({
    mutationFn: () => dp.saveActionMessage(actionId, draft, stored?.version ?? null),
    onSuccess: () => {
      setErrors({});
      notify('fidele.message.saved', { type: 'success' });
      void queryClient.invalidateQueries({ queryKey: ['actionMessage', actionId] });
    },
    onError: (e: { body?: { errors?: Record<string, string> }; message: string }) => {
      setErrors(fieldErrorTexts(translate, e.body?.errors ?? {}));
      notify(e.message, { type: 'error' });
    },
  });
  const set = (f: Field) => (e: { target: { value: string } }) => setDraft({ ...draft, [f]: e.target.value });
  const input = (f: Field, multiline = false) => (
    <TextField
      label={translate(`fidele.message.${f}`)}
      value={draft[f]}
      onChange={set(f)}
      onFocus={() => setFocus(f)}
      error={!!errors[f]}
      helperText={errors[f] ?? ' '}
      multiline={multiline}
      minRows={multiline ? 4 : undefined}
      fullWidth
      slotProps={{ htmlInput: { 'aria-label': translate(`fidele.message.${f}`) } }}
    />
  );
  return (
    <Stack spacing={1}>
      {!sms && input('sender')}
      {!sms && input('subject')}
      {input('bodyText', true)}
      {!sms && input('bodyHtml', true)}
      <Box>
        <Typography variant="subtitle2">{translate('fidele.message.merge_fields')}</Typography>
        <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
          {fieldNames.map((f) => (
            <Chip
              key={f.name}
              size="small"
              label={`{{${f.name}}}`}
              color={f.personal ? 'warning' : 'default'}
              title={translate(f.personal ? 'fidele.message.personal' : 'fidele.message.not_personal')}
              onClick={() => setDraft({ ...draft, [focus]: `${draft[focus]}{{${f.name}}}` })}
            />
          ))}
        </Stack>
        <Typography variant="caption" color="text.secondary">
          {translate('fidele.message.personal_hint')}
        </Typography>
      </Box>
      <Box>
        <Button variant="contained" onClick={() => save.mutate()} disabled={save.isPending}>
          {translate('fidele.message.save')}
        </Button>
      </Box>
      {stored && <PreviewAndTest actionId={actionId} />}
    </Stack>
  );
}

function PreviewAndTest({ actionId }: { actionId: string }) {
  const translate = useTranslate();
  const notify = useNotify();
  const dp = useMessages();
  const [search, setSearch] = useState('');
  const [contact, setContact] = useState<RaRecord | null>(null);
  const [to, setTo] = useState('');
  const [preview, setPreview] = useState<MessagePreview | null>(null);
  const contacts = useGetList('contacts', {
    pagination: { page: 1, perPage: 20 },
    filter: search ? { q: search } : {},
  });
  const show = useMutation({
    mutationFn: () => dp.previewActionMessage(actionId, String(contact!.id)),
    onSuccess: setPreview,
    onError: (e: Error) => notify(e.message, { type: 'error' }),
  });
  const test = useMutation({
    mutationFn: () => dp.sendTestMessage(actionId, String(contact!.id), to),
    onSuccess: (r) => notify('fidele.message.test_sent', { type: 'success', messageArgs: { to: r.to } }),
    // A refused render names its reason as a field problem with no input to show it under: say it in the notice.
    onError: (e: Error & { body?: { errors?: Record<string, string> } }) =>
      notify(e.body?.errors ? Object.values(fieldErrorTexts(translate, e.body.errors)).join(' ; ') : e.message, {
        type: 'error',
      }),
  });
  return (
    <Stack spacing={1} component="section" aria-label={translate('fidele.message.preview')}>
      <Typography variant="subtitle1" component="h3">
        {translate('fidele.message.preview')}
      </Typography>
      <Autocomplete
        options={contacts.data ?? []}
        getOptionLabel={contactLabel}
        isOptionEqualToValue={(a, b) => a.id === b.id}
        value={contact}
        onChange={(_e, v) => setContact(v)}
        onInputChange={(_e, v) => setSearch(v)}
        filterOptions={(x) => x}
        renderInput={(params) => <TextField {...params} label={translate('fidele.message.contact')} />}
      />
      <Stack direction="row" spacing={1}>
        <Button variant="outlined" disabled={!contact || show.isPending} onClick={() => show.mutate()}>
          {translate('fidele.message.show_preview')}
        </Button>
      </Stack>
      {preview && <PreviewView preview={preview} />}
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <TextField
          size="small"
          type="email"
          label={translate('fidele.message.test_to')}
          value={to}
          onChange={(e) => setTo(e.target.value)}
        />
        <Button variant="outlined" disabled={!contact || !to || test.isPending} onClick={() => test.mutate()}>
          {translate('fidele.message.send_test')}
        </Button>
      </Stack>
    </Stack>
  );
}

function PreviewView({ preview }: { preview: MessagePreview }) {
  const translate = useTranslate();
  const detail = previewDetail(preview, translate);
  if (!preview.sendable)
    return (
      <Alert severity="warning" role="status">
        {translate(`fidele.message.reason.${preview.reason}`, { _: preview.reason ?? '' })}
        {detail ? ` (${detail})` : ''}
      </Alert>
    );
  return (
    <Box aria-label={translate('fidele.message.rendered')} component="section">
      <Typography variant="body2">
        {translate('fidele.label_colon', { label: translate('fidele.message.to') })} {preview.to}
      </Typography>
      {preview.subject != null && (
        <Typography variant="body2" data-testid="preview-subject">
          {translate('fidele.label_colon', { label: translate('fidele.message.subject') })} {preview.subject}
        </Typography>
      )}
      <Box component="pre" sx={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit' }} data-testid="preview-text">
        {preview.text}
      </Box>
      {preview.html != null && (
        // sandbox="" : no scripts, no forms, no same origin: the merged HTML cannot act on the admin.
        <iframe
          title={translate('fidele.message.html_preview')}
          sandbox=""
          srcDoc={preview.html}
          style={{ width: '100%', height: 320, border: '1px solid #ddd' }}
        />
      )}
    </Box>
  );
}
