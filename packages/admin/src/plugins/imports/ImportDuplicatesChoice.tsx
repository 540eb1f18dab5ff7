import { FormControl, FormControlLabel, FormHelperText, FormLabel, Radio, RadioGroup, TextField } from '@mui/material';
import type { DuplicateDecisionInput } from '@fidele/sdk';
import { useId } from 'react';
import { useTranslate } from 'react-admin';

/** What to do with rows that would create a contact looking like one the user may see. */
export interface DuplicatesChoice {
  /** `stop`: rejected (DUPLICATE_SUSPECTED, DUPLICATE_EMAIL); `confirm`: create the first kind; `force`: both. */
  mode: 'stop' | 'confirm' | 'force';
  /** Why forced duplicate e-mails are right (audited); required by `force`. */
  reason: string;
}

export const stopOnDuplicates: DuplicatesChoice = { mode: 'stop', reason: '' };

/** The choice → the API's `duplicates` argument (none for `stop`: the server's default rejects the rows). */
export function duplicateDecision(choice: DuplicatesChoice): DuplicateDecisionInput | undefined {
  if (choice.mode === 'confirm') return { confirm: true };
  if (choice.mode === 'force') return { confirm: true, force: true, reason: choice.reason.trim() };
  return undefined;
}

/** Whether the choice can be sent: forcing needs a reason (the server refuses the whole import without one). */
export const duplicatesReady = (choice: DuplicatesChoice): boolean =>
  choice.mode !== 'force' || choice.reason.trim().length > 0;

/**
 * The import page's choice about suspected duplicates (contacts only): stop on them (the default: such rows are
 * rejected with the contacts they look like), create them (confirm), or also create exact e-mail duplicates (force,
 * with a reason kept in the audit log).
 */
export const ImportDuplicatesChoice = ({
  value,
  onChange,
}: {
  value: DuplicatesChoice;
  onChange: (choice: DuplicatesChoice) => void;
}) => {
  const translate = useTranslate();
  const t = (k: string) => translate(`fidele.import_duplicates.${k}`);
  const labelId = useId();
  return (
    <FormControl>
      <FormLabel id={labelId}>{t('label')}</FormLabel>
      <RadioGroup
        aria-labelledby={labelId}
        value={value.mode}
        onChange={(e) => onChange({ ...value, mode: e.target.value as DuplicatesChoice['mode'] })}
      >
        {(['stop', 'confirm', 'force'] as const).map((mode) => (
          <FormControlLabel key={mode} value={mode} control={<Radio size="small" />} label={t(mode)} />
        ))}
      </RadioGroup>
      {value.mode === 'force' ? (
        <TextField
          label={t('reason')}
          helperText={t('reason_help')}
          value={value.reason}
          required
          error={!duplicatesReady(value)}
          onChange={(e) => onChange({ ...value, reason: e.target.value })}
          slotProps={{ htmlInput: { maxLength: 500 } }}
          sx={{ mt: 1 }}
        />
      ) : null}
      <FormHelperText>{t('help')}</FormHelperText>
    </FormControl>
  );
};
