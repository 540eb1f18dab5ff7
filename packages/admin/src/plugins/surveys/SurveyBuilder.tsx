import DeleteIcon from '@mui/icons-material/Delete';
import {
  Alert,
  Button,
  Card,
  CardContent,
  Checkbox,
  FormControlLabel,
  IconButton,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { HttpError, useNotify, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router';
import type { SurveyFieldsFragment } from '@fidele/sdk';
import { fromSurvey, questionTypes, type QuestionDraft, type SurveyDraft } from './surveys-data-provider';
import { useSurveys } from './SurveyListPage';

const emptyQuestion = (): QuestionDraft => ({ type: 'RATING', label: '', options: '', scaleMax: '5', required: true });

/** The server's VALIDATION messages by field path (`questions.0.options`), to show under each input. */
const fieldErrors = (e: unknown): Record<string, string> =>
  e instanceof HttpError ? ((e.body as { errors?: Record<string, string> } | undefined)?.errors ?? {}) : {};

/**
 * Writes a survey: name, brand, questions of four types (rating with its scale, NPS, choice with one option per
 * line, free text), each required or not. Only a DRAFT survey is editable (the server says so too).
 */
export const SurveyBuilder = ({ survey }: { survey: SurveyFieldsFragment | null }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const dp = useSurveys();
  const [draft, setDraft] = useState<SurveyDraft>(() =>
    survey ? fromSurvey(survey) : { name: '', description: '', brand: '', questions: [emptyQuestion()] },
  );
  const choices = useQuery({ queryKey: ['surveys', 'choices'], queryFn: () => dp.getSurveyChoices() });
  const save = useMutation({
    mutationFn: () => dp.saveSurvey(survey?.id ?? null, survey?.version ?? 0, draft),
    onSuccess: (saved) => {
      notify('fidele.surveys.saved', { type: 'success' });
      void queryClient.invalidateQueries({ queryKey: ['surveys'] });
      navigate(`/surveys/${encodeURIComponent(saved.id)}`);
    },
  });
  const errors = fieldErrors(save.error);
  const setQuestion = (i: number, patch: Partial<QuestionDraft>) =>
    setDraft((d) => ({ ...d, questions: d.questions.map((q, j) => (j === i ? { ...q, ...patch } : q)) }));
  return (
    <Card component="section" aria-label={translate('fidele.surveys.builder')}>
      <CardContent>
        <Stack spacing={2}>
          <Typography variant="h6" component="h2">
            {translate('fidele.surveys.builder')}
          </Typography>
          {save.error && !Object.keys(errors).length && (
            <Alert severity="error">{translate(save.error.message, { _: save.error.message })}</Alert>
          )}
          {errors.questions && <Alert severity="error">{errors.questions}</Alert>}
          <TextField
            label={translate('fidele.surveys.name')}
            value={draft.name}
            onChange={(e) => setDraft({ ...draft, name: e.target.value })}
            error={!!errors.name}
            helperText={errors.name}
          />
          <TextField
            label={translate('fidele.surveys.description')}
            value={draft.description}
            multiline
            onChange={(e) => setDraft({ ...draft, description: e.target.value })}
          />
          <TextField
            select
            label={translate('fidele.surveys.brand')}
            value={draft.brand}
            onChange={(e) => setDraft({ ...draft, brand: e.target.value })}
            error={!!errors.brand}
            helperText={errors.brand}
            slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
          >
            <MenuItem value="">{translate('fidele.surveys.all_brands')}</MenuItem>
            {(choices.data?.brands ?? []).map((b) => (
              <MenuItem key={b.id} value={b.id}>
                {b.name}
              </MenuItem>
            ))}
          </TextField>
          {draft.questions.map((q, i) => {
            const err = (f: string) => errors[`questions.${i}.${f}`];
            return (
              <Stack
                key={i}
                component="fieldset"
                spacing={1}
                sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1.5 }}
                aria-label={translate('fidele.surveys.question_n', { n: i + 1 })}
              >
                <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                  <Typography variant="subtitle2" sx={{ flex: 1 }}>
                    {translate('fidele.surveys.question_n', { n: i + 1 })}
                  </Typography>
                  <IconButton
                    aria-label={translate('fidele.surveys.remove_question', { n: i + 1 })}
                    onClick={() => setDraft({ ...draft, questions: draft.questions.filter((_, j) => j !== i) })}
                  >
                    <DeleteIcon />
                  </IconButton>
                </Stack>
                <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1}>
                  <TextField
                    select
                    label={translate('fidele.surveys.type')}
                    value={q.type}
                    onChange={(e) => setQuestion(i, { type: e.target.value as QuestionDraft['type'] })}
                    sx={{ minWidth: 160 }}
                  >
                    {questionTypes.map((t) => (
                      <MenuItem key={t} value={t}>
                        {translate(`fidele.surveys.types.${t}`)}
                      </MenuItem>
                    ))}
                  </TextField>
                  <TextField
                    label={translate('fidele.surveys.label')}
                    value={q.label}
                    onChange={(e) => setQuestion(i, { label: e.target.value })}
                    error={!!err('label')}
                    helperText={err('label')}
                    sx={{ flex: 1 }}
                  />
                  {q.type === 'RATING' && (
                    <TextField
                      label={translate('fidele.surveys.scale_max')}
                      type="number"
                      value={q.scaleMax}
                      onChange={(e) => setQuestion(i, { scaleMax: e.target.value })}
                      error={!!err('scaleMax')}
                      helperText={err('scaleMax')}
                      sx={{ width: 120 }}
                    />
                  )}
                </Stack>
                {q.type === 'CHOICE' && (
                  <TextField
                    label={translate('fidele.surveys.options')}
                    multiline
                    minRows={2}
                    value={q.options}
                    onChange={(e) => setQuestion(i, { options: e.target.value })}
                    error={!!err('options')}
                    helperText={err('options') ?? translate('fidele.surveys.options_help')}
                  />
                )}
                <FormControlLabel
                  control={
                    <Checkbox checked={q.required} onChange={(e) => setQuestion(i, { required: e.target.checked })} />
                  }
                  label={translate('fidele.surveys.required')}
                />
              </Stack>
            );
          })}
          <Stack direction="row" spacing={1}>
            <Button onClick={() => setDraft({ ...draft, questions: [...draft.questions, emptyQuestion()] })}>
              {translate('fidele.surveys.add_question')}
            </Button>
            <Button variant="contained" disabled={save.isPending} onClick={() => save.mutate()}>
              {translate('fidele.surveys.save')}
            </Button>
          </Stack>
        </Stack>
      </CardContent>
    </Card>
  );
};
