import {
  Alert,
  Button,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  List,
  ListItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Link, useBasename, useGetMany, useLocaleState, useSaveContext, useTranslate } from 'react-admin';
import type { DuplicateCandidate, DuplicateFound } from './duplicate-entry';

const fieldKeys = ['name', 'company', 'email', 'phone', 'postalCode', 'address'];

/** One candidate: its name (a link to its page, opened in a new tab so the form is kept), score and evidence. */
const CandidateItem = ({ c, name }: { c: DuplicateCandidate; name?: string }) => {
  const translate = useTranslate();
  const basename = useBasename();
  const [locale] = useLocaleState();
  const pct = new Intl.NumberFormat(locale, { style: 'percent' });
  const num = new Intl.NumberFormat(locale, { maximumFractionDigits: 2, signDisplay: 'always' });
  const label = (f: string) => (fieldKeys.includes(f) ? translate(`fidele.duplicate_entry.field_${f}`) : f);
  return (
    <ListItem data-candidate={c.id} disableGutters sx={{ display: 'block' }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'baseline' }}>
        <Link to={`${basename}/contacts/${encodeURIComponent(c.id)}/show`} target="_blank">
          {name || translate('fidele.duplicate_entry.open')}
        </Link>
        <Typography variant="body2">
          {translate('fidele.duplicate_entry.score')} <data value={c.score}>{pct.format(c.score)}</data>
        </Typography>
        {c.exactEmail ? (
          <Chip size="small" color="error" label={translate('fidele.duplicate_entry.same_email')} />
        ) : null}
      </Stack>
      <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap', mt: 0.5 }}>
        {c.matches.map((m) => (
          <Chip
            key={m.field}
            size="small"
            variant="outlined"
            color={m.weight > 0 ? 'success' : m.weight < 0 ? 'error' : 'default'}
            label={`${label(m.field)} ${num.format(m.weight)}`}
            title={`${m.method} · ${pct.format(m.similarity)}`}
          />
        ))}
      </Stack>
    </ListItem>
  );
};

/**
 * The answer to a creation that looks like contacts the user may see (issue 21): the candidates with their explained
 * score and links, "Create anyway" (resends with `duplicates: { confirm: true }`) for a suspected duplicate, and for
 * an exact e-mail a reason field and "Force" (resends with `duplicates: { force: true, reason }`, audited). It resends
 * the values of the refused save through the form's own save.
 */
export const DuplicateEntryDialog = ({ found, onClose }: { found: DuplicateFound | null; onClose: () => void }) => {
  const translate = useTranslate();
  const { save } = useSaveContext();
  const [reason, setReason] = useState('');
  const ids = found?.candidates.map((c) => c.id) ?? [];
  const { data: records } = useGetMany('contacts', { ids }, { enabled: ids.length > 0 });
  const nameOf = (id: string) => {
    const r = records?.find((x) => x.id === id);
    return r ? [r.lastName, r.firstName].filter(Boolean).join(' ') || r.companyName || r.email : undefined;
  };
  const exact = found?.code === 'DUPLICATE_EMAIL';
  const resend = (duplicates: Record<string, unknown>) => {
    onClose();
    void save?.({ ...found?.data, duplicates });
  };
  return (
    <Dialog open={!!found} onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="duplicate-entry-title">
      <DialogTitle id="duplicate-entry-title">
        {translate(exact ? 'fidele.duplicate_entry.title_email' : 'fidele.duplicate_entry.title')}
      </DialogTitle>
      <DialogContent>
        <Alert severity={exact ? 'error' : 'warning'} sx={{ mb: 1 }}>
          {translate(exact ? 'fidele.duplicate_entry.help_email' : 'fidele.duplicate_entry.help', {
            threshold: Math.round((found?.threshold ?? 0) * 100),
          })}
        </Alert>
        <List dense>
          {found?.candidates.map((c) => (
            <CandidateItem key={c.id} c={c} name={nameOf(c.id)} />
          ))}
        </List>
        {exact ? (
          <TextField
            label={translate('fidele.duplicate_entry.reason')}
            helperText={translate('fidele.duplicate_entry.reason_help')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            fullWidth
            multiline
            slotProps={{ htmlInput: { maxLength: 500, 'data-testid': 'duplicate-reason' } }}
          />
        ) : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('fidele.duplicate_entry.cancel')}</Button>
        {exact ? (
          <Button
            color="error"
            disabled={!reason.trim()}
            onClick={() => resend({ force: true, reason: reason.trim() })}
          >
            {translate('fidele.duplicate_entry.force')}
          </Button>
        ) : (
          <Button variant="contained" onClick={() => resend({ confirm: true })}>
            {translate('fidele.duplicate_entry.create_anyway')}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
};
