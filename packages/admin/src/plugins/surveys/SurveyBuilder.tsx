import { Alert, Button, Card, CardContent, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { HttpError, useNotify, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router';
import type { SurveyFieldsFragment } from '@fidele/sdk';
import { QuestionFields } from './QuestionFields';
import { fromSurvey, type QuestionDraft, type SurveyDraft } from './surveys-data-provider';
import { useSurveys } from './SurveyListPage';

const emptyQuestion = (): QuestionDraft => ({ type: 'RATING', label: '', options: '', scaleMax: '5', required: true });

/** The server's VALIDATION messages by field path (`questions.0.options`), to show under each input. */
const fieldErrors = (e: unknown): Record<string, string> =>
  e instanceof HttpError ? ((e.body as { errors?: Record<string, string> } | undefined)?.errors ?? {}) : {};

/** Saving the draft (creating or updating the survey), then opening the saved survey. */
const useSaveSurvey = (survey: SurveyFieldsFragment | null, draft: SurveyDraft) => {
  const notify = useNotify();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const dp = useSurveys();
  return useMutation({
    mutationFn: () => dp.saveSurvey(survey?.id ?? null, survey?.version ?? 0, draft),
    onSuccess: (saved) => {
      notify('fidele.surveys.saved', { type: 'success' });
      void queryClient.invalidateQueries({ queryKey: ['surveys'] });
      navigate(`/surveys/${encodeURIComponent(saved.id)}`);
    },
  });
};

/**
 * Writes a survey: name, brand, questions of four types (rating with its scale, NPS, choice with one option per
 * line, free text), each required or not. Only a DRAFT survey is editable (the server says so too).
 */
export const SurveyBuilder = ({ survey }: { survey: SurveyFieldsFragment | null }) => {
  const translate = useTranslate();
  const dp = useSurveys();
  const [draft, setDraft] = useState<SurveyDraft>(() =>
    survey ? fromSurvey(survey) : { name: '', description: '', brand: '', questions: [emptyQuestion()] },
  );
  const choices = useQuery({ queryKey: ['surveys', 'choices'], queryFn: () => dp.getSurveyChoices() });
  const save = useSaveSurvey(survey, draft);
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
          {draft.questions.map((q, i) => (
            <QuestionFields
              key={i}
              n={i + 1}
              question={q}
              err={(f) => errors[`questions.${i}.${f}`]}
              onChange={(patch) => setQuestion(i, patch)}
              onRemove={() => setDraft({ ...draft, questions: draft.questions.filter((_, j) => j !== i) })}
            />
          ))}
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
