import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  FormControlLabel,
  MenuItem,
  Radio,
  RadioGroup,
  Skeleton,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  Link,
  Title,
  useBasename,
  useDataProvider,
  useLocaleState,
  useNotify,
  useTranslate,
  type DataProvider,
} from 'react-admin';
import { useMayRun } from '../../fidele-context';
import { WithheldChip } from '../../fields/PersonalField';
import {
  mergeChoiceFields,
  type DuplicateContact,
  type DuplicatePair,
  type DuplicatesDataProvider,
  type MergeChoiceField,
  type MergeResult,
} from './duplicates-data-provider';

const useDuplicates = () => useDataProvider<DataProvider & DuplicatesDataProvider>();

/** One side's value of a field, or why it is withheld. */
const Value = ({ contact, field }: { contact: DuplicateContact; field: MergeChoiceField | 'name' }) => {
  const sources = field === 'name' ? ['lastName', 'firstName'] : field === 'address' ? ['postalCode', 'city'] : [field];
  const withheld = sources.map((s) => contact._withheld[s]).find(Boolean);
  const text = sources
    .map((s) => (contact as unknown as Record<string, unknown>)[s])
    .filter((v) => v !== null && v !== undefined && v !== '')
    .join(' ');
  if (!text && withheld) return <WithheldChip code={withheld} />;
  return <>{text || '—'}</>;
};

/** `Contact:123` (a global id) → `#123`, for a contact whose name is withheld. */
const shortId = (id: string) => {
  try {
    return `#${atob(id).split(':').pop()}`;
  } catch {
    return `#${id}`;
  }
};

/** A side of a pair: its name (a link to its page), e-mail and address; one chip when the purpose withholds them. */
const ContactCell = ({ contact }: { contact: DuplicateContact }) => {
  const basename = useBasename();
  const name = [contact.lastName, contact.firstName].filter(Boolean).join(' ') || contact.companyName;
  const withheld = Object.values(contact._withheld)[0];
  const details = [contact.email, [contact.postalCode, contact.city].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(' · ');
  return (
    <Stack spacing={0.25} sx={{ alignItems: 'flex-start' }}>
      <Link to={`${basename}/contacts/${encodeURIComponent(contact.id)}/show`}>{name || shortId(contact.id)}</Link>
      {details ? (
        <Typography variant="caption" color="text.secondary" component="div">
          {details}
        </Typography>
      ) : null}
      {withheld ? <WithheldChip code={withheld} /> : null}
    </Stack>
  );
};

/** Pairs of likely duplicates with the explained score, and a merge dialog for roles the server lets merge. */
export const DuplicatesPage = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dp = useDuplicates();
  const [minScore, setMinScore] = useState(0.5);
  // The cursors of the pages seen so far: the last is the current page's `after` (the server pages forward only).
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1] ?? null;
  const {
    data: page,
    isPending,
    error,
  } = useQuery({
    queryKey: ['duplicates', minScore, after],
    queryFn: () => dp.getDuplicateCandidates({ minScore, first: 50, after }),
  });
  const data = page?.pairs ?? [];
  const mayMerge = useMayRun('mergeContacts');
  const [merging, setMerging] = useState<DuplicatePair | null>(null);
  const pct = new Intl.NumberFormat(locale, { style: 'percent' });
  const num = new Intl.NumberFormat(locale, { maximumFractionDigits: 2, signDisplay: 'always' });
  return (
    <Box sx={{ py: 2 }}>
      <Title title="fidele.duplicates.title" />
      <Card component="section" aria-labelledby="duplicates-title">
        <CardContent>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 1 }}>
            <Typography id="duplicates-title" variant="h6" component="h2" sx={{ flex: 1 }}>
              {translate('fidele.duplicates.title')}
            </Typography>
            <TextField
              select
              size="small"
              label={translate('fidele.duplicates.min_score')}
              value={minScore}
              onChange={(e) => {
                setMinScore(Number(e.target.value));
                setCursors([null]);
              }}
              sx={{ width: 160 }}
            >
              {[0.5, 0.7, 0.9].map((s) => (
                <MenuItem key={s} value={s}>
                  {pct.format(s)}
                </MenuItem>
              ))}
            </TextField>
          </Box>
          <Typography variant="body2" color="text.secondary" gutterBottom>
            {translate('fidele.duplicates.help')}
          </Typography>
          {isPending ? (
            <Skeleton variant="rectangular" height={200} />
          ) : error ? (
            <Alert severity="error">{translate(error.message, { _: error.message })}</Alert>
          ) : data.length === 0 ? (
            <Typography color="text.secondary">
              {translate(page?.hasNextPage ? 'fidele.duplicates.none_here' : 'fidele.duplicates.none')}
            </Typography>
          ) : (
            <Table size="small">
              <TableHead>
                <TableRow>
                  <TableCell>{translate('fidele.duplicates.contact')}</TableCell>
                  <TableCell>{translate('fidele.duplicates.duplicate')}</TableCell>
                  <TableCell align="right">{translate('fidele.duplicates.score')}</TableCell>
                  <TableCell>{translate('fidele.duplicates.evidence')}</TableCell>
                  <TableCell />
                </TableRow>
              </TableHead>
              <TableBody>
                {data.map((pair) => (
                  <TableRow key={pair.id} data-pair={pair.id}>
                    <TableCell>
                      <ContactCell contact={pair.contact} />
                    </TableCell>
                    <TableCell>
                      <ContactCell contact={pair.duplicate} />
                    </TableCell>
                    <TableCell align="right">
                      <data value={pair.score}>{pct.format(pair.score)}</data>
                    </TableCell>
                    <TableCell>
                      <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
                        {pair.matches.map((m) => (
                          <Chip
                            key={m.field}
                            size="small"
                            variant="outlined"
                            color={m.weight > 0 ? 'success' : m.weight < 0 ? 'error' : 'default'}
                            label={`${m.field} ${num.format(m.weight)}`}
                            title={`${m.method} · ${pct.format(m.similarity)}`}
                          />
                        ))}
                      </Stack>
                    </TableCell>
                    <TableCell>
                      {mayMerge ? (
                        <Button size="small" onClick={() => setMerging(pair)}>
                          {translate('fidele.duplicates.merge')}
                        </Button>
                      ) : null}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
          <Box sx={{ display: 'flex', justifyContent: 'flex-end', alignItems: 'center', gap: 1, mt: 1 }}>
            {page ? (
              <Typography variant="caption" color="text.secondary">
                {translate('fidele.duplicates.scanned', { smart_count: page.scannedContacts })}
              </Typography>
            ) : null}
            <Button size="small" disabled={cursors.length < 2} onClick={() => setCursors((c) => c.slice(0, -1))}>
              {translate('fidele.duplicates.previous')}
            </Button>
            <Button
              size="small"
              disabled={!page?.hasNextPage}
              onClick={() => setCursors((c) => [...c, page?.endCursor ?? null])}
            >
              {translate('fidele.duplicates.next')}
            </Button>
          </Box>
        </CardContent>
      </Card>
      {merging ? <MergeDialog pair={merging} onClose={() => setMerging(null)} /> : null}
    </Box>
  );
};

/** Choose the contact that stays and the values to take from the other, preview (dry run), then merge. */
const MergeDialog = ({ pair, onClose }: { pair: DuplicatePair; onClose: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const dp = useDuplicates();
  const queryClient = useQueryClient();
  const [survivorSide, setSurvivorSide] = useState<'contact' | 'duplicate'>('contact');
  const [fromMerged, setFromMerged] = useState<MergeChoiceField[]>([]);
  const [preview, setPreview] = useState<MergeResult | null>(null);
  const survivor = pair[survivorSide];
  const merged = pair[survivorSide === 'contact' ? 'duplicate' : 'contact'];
  const request = (dryRun: boolean) => ({ survivorId: survivor.id, mergedId: merged.id, fromMerged, dryRun });
  const run = useMutation({
    mutationFn: (dryRun: boolean) => dp.mergeContacts(request(dryRun)),
    onSuccess: async (result) => {
      if (result.dryRun) return setPreview(result);
      notify('fidele.duplicates.merged', { type: 'success' });
      await queryClient.invalidateQueries({ queryKey: ['duplicates'] });
      onClose();
    },
    onError: (e: Error) => notify(e.message, { type: 'error' }),
  });
  const label = (c: DuplicateContact) =>
    [c.lastName, c.firstName].filter(Boolean).join(' ') || c.companyName || `#${c.id}`;
  const toggle = (field: MergeChoiceField, side: string) =>
    setFromMerged(
      side === 'MERGED' ? [...fromMerged.filter((f) => f !== field), field] : fromMerged.filter((f) => f !== field),
    );
  return (
    <Dialog open onClose={onClose} aria-labelledby="merge-title" maxWidth="md" fullWidth>
      <DialogTitle id="merge-title">
        {translate(preview ? 'fidele.duplicates.preview_title' : 'fidele.duplicates.merge_title')}
      </DialogTitle>
      <DialogContent>
        {!preview ? (
          <>
            <Typography variant="subtitle2">{translate('fidele.duplicates.survivor')}</Typography>
            <RadioGroup
              row
              value={survivorSide}
              onChange={(e) => {
                setSurvivorSide(e.target.value as 'contact' | 'duplicate');
                setFromMerged([]);
              }}
              aria-label={translate('fidele.duplicates.survivor')}
            >
              <FormControlLabel
                value="contact"
                control={<Radio />}
                label={`${label(pair.contact)} (#${pair.contact.id.slice(-6)})`}
              />
              <FormControlLabel
                value="duplicate"
                control={<Radio />}
                label={`${label(pair.duplicate)} (#${pair.duplicate.id.slice(-6)})`}
              />
            </RadioGroup>
            <DialogContentText variant="body2" gutterBottom>
              {translate('fidele.duplicates.survivor_help')}
            </DialogContentText>
            <Table size="small">
              <TableHead>
                <TableRow>
                  <TableCell>{translate('fidele.duplicates.field')}</TableCell>
                  <TableCell>{translate('fidele.duplicates.from_survivor')}</TableCell>
                  <TableCell>{translate('fidele.duplicates.from_merged')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {mergeChoiceFields.map((field) => {
                  const side = fromMerged.includes(field) ? 'MERGED' : 'SURVIVOR';
                  const name = translate(`fidele.duplicates.field_${field}`);
                  return (
                    <TableRow key={field}>
                      <TableCell>{name}</TableCell>
                      <TableCell>
                        <FormControlLabel
                          control={
                            <Radio
                              checked={side === 'SURVIVOR'}
                              onChange={() => toggle(field, 'SURVIVOR')}
                              slotProps={{
                                input: { 'aria-label': `${name}: ${translate('fidele.duplicates.from_survivor')}` },
                              }}
                            />
                          }
                          label={<Value contact={survivor} field={field} />}
                        />
                      </TableCell>
                      <TableCell>
                        <FormControlLabel
                          control={
                            <Radio
                              checked={side === 'MERGED'}
                              onChange={() => toggle(field, 'MERGED')}
                              slotProps={{
                                input: { 'aria-label': `${name}: ${translate('fidele.duplicates.from_merged')}` },
                              }}
                            />
                          }
                          label={<Value contact={merged} field={field} />}
                        />
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </>
        ) : (
          <Stack spacing={2}>
            <section aria-label={translate('fidele.duplicates.changes')}>
              <Typography variant="subtitle2">{translate('fidele.duplicates.changes')}</Typography>
              {preview.changes.length === 0 ? (
                <Typography variant="body2" color="text.secondary">
                  {translate('fidele.duplicates.no_changes')}
                </Typography>
              ) : (
                <Table size="small">
                  <TableHead>
                    <TableRow>
                      <TableCell>{translate('fidele.duplicates.field')}</TableCell>
                      <TableCell>{translate('fidele.duplicates.before')}</TableCell>
                      <TableCell>{translate('fidele.duplicates.after')}</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {preview.changes.map((c) => (
                      <TableRow key={c.field}>
                        <TableCell>{c.field}</TableCell>
                        <TableCell>
                          {c.withheld ? `(${translate('fidele.duplicates.withheld')})` : (c.before ?? '—')}
                        </TableCell>
                        <TableCell>
                          {c.withheld ? `(${translate('fidele.duplicates.withheld')})` : (c.after ?? '—')}
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              )}
            </section>
            <section aria-label={translate('fidele.duplicates.moved')}>
              <Typography variant="subtitle2">{translate('fidele.duplicates.moved')}</Typography>
              <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
                {preview.moved.length === 0 ? (
                  <Typography variant="body2" color="text.secondary">
                    —
                  </Typography>
                ) : null}
                {preview.moved.map((m) => (
                  <Chip key={m.kind} size="small" label={`${m.kind}: ${m.count}`} />
                ))}
              </Stack>
            </section>
            {preview.dropped.length ? (
              <section aria-label={translate('fidele.duplicates.dropped')}>
                <Typography variant="subtitle2">{translate('fidele.duplicates.dropped')}</Typography>
                {preview.dropped.map((d) => (
                  <Typography key={`${d.kind}${d.id}`} variant="body2">{`${d.kind} #${d.id}: ${d.reason}`}</Typography>
                ))}
              </section>
            ) : null}
          </Stack>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        {preview ? <Button onClick={() => setPreview(null)}>{translate('fidele.duplicates.back')}</Button> : null}
        {preview ? (
          <Button variant="contained" color="warning" loading={run.isPending} onClick={() => run.mutate(false)}>
            {translate('fidele.duplicates.confirm')}
          </Button>
        ) : (
          <Button variant="contained" loading={run.isPending} onClick={() => run.mutate(true)}>
            {translate('fidele.duplicates.preview')}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
};
