import DeleteIcon from '@mui/icons-material/Delete';
import { Checkbox, FormControlLabel, IconButton, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { questionTypes, type QuestionDraft } from './surveys-data-provider';
import { enumLabelKey } from '../../i18n/enum-messages';

/** "Question n" and its remove button. */
const QuestionHeader = ({ n, onRemove }: { n: number; onRemove: () => void }) => {
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <Typography variant="subtitle2" sx={{ flex: 1 }}>
        {translate('fidele.surveys.question_n', { n })}
      </Typography>
      <IconButton aria-label={translate('fidele.surveys.remove_question', { n })} onClick={onRemove}>
        <DeleteIcon />
      </IconButton>
    </Stack>
  );
};

/** One question of the builder: type, label, scale (rating), options (choice), required; a remove button. */
export const QuestionFields = ({
  n,
  question: q,
  err,
  onChange,
  onRemove,
}: {
  /** The question's number, from 1. */
  n: number;
  question: QuestionDraft;
  /** The server's message for one of the question's fields. */
  err: (field: string) => string | undefined;
  onChange: (patch: Partial<QuestionDraft>) => void;
  onRemove: () => void;
}) => {
  const translate = useTranslate();
  return (
    <Stack
      component="fieldset"
      spacing={1}
      sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1.5 }}
      aria-label={translate('fidele.surveys.question_n', { n })}
    >
      <QuestionHeader n={n} onRemove={onRemove} />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1}>
        <TextField
          select
          label={translate('fidele.surveys.type')}
          value={q.type}
          onChange={(e) => onChange({ type: e.target.value as QuestionDraft['type'] })}
          sx={{ minWidth: 160 }}
        >
          {questionTypes.map((t) => (
            <MenuItem key={t} value={t}>
              {translate(enumLabelKey('SurveyQuestionType', t))}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          label={translate('fidele.surveys.label')}
          value={q.label}
          onChange={(e) => onChange({ label: e.target.value })}
          error={!!err('label')}
          helperText={err('label')}
          sx={{ flex: 1 }}
        />
        {q.type === 'RATING' && (
          <TextField
            label={translate('fidele.surveys.scale_max')}
            type="number"
            value={q.scaleMax}
            onChange={(e) => onChange({ scaleMax: e.target.value })}
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
          onChange={(e) => onChange({ options: e.target.value })}
          error={!!err('options')}
          helperText={err('options') ?? translate('fidele.surveys.options_help')}
        />
      )}
      <FormControlLabel
        control={<Checkbox checked={q.required} onChange={(e) => onChange({ required: e.target.checked })} />}
        label={translate('fidele.surveys.required')}
      />
    </Stack>
  );
};
