import { Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import type { DuplicatePair, MergeChoiceField, MergeResult } from './duplicates-data-provider';
import { MergeChoices, type SurvivorSide } from './MergeChoices';
import { MergePreview } from './MergePreview';
import { useDuplicates } from './useDuplicates';

/** The merge's choices, its preview (a dry run) and the merge itself. */
const useMerge = (pair: DuplicatePair, onClose: () => void) => {
  const notify = useNotify();
  const dp = useDuplicates();
  const queryClient = useQueryClient();
  const [survivorSide, setSurvivorSide] = useState<SurvivorSide>('contact');
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
  const choose = (field: MergeChoiceField, side: string) =>
    setFromMerged(
      side === 'MERGED' ? [...fromMerged.filter((f) => f !== field), field] : fromMerged.filter((f) => f !== field),
    );
  const chooseSurvivor = (side: SurvivorSide) => {
    setSurvivorSide(side);
    setFromMerged([]);
  };
  return { survivorSide, chooseSurvivor, fromMerged, choose, preview, setPreview, run };
};

/** Choose the contact that stays and the values to take from the other, preview (dry run), then merge. */
export const MergeDialog = ({ pair, onClose }: { pair: DuplicatePair; onClose: () => void }) => {
  const translate = useTranslate();
  const { survivorSide, chooseSurvivor, fromMerged, choose, preview, setPreview, run } = useMerge(pair, onClose);
  return (
    <Dialog open onClose={onClose} aria-labelledby="merge-title" maxWidth="md" fullWidth>
      <DialogTitle id="merge-title">
        {translate(preview ? 'fidele.duplicates.preview_title' : 'fidele.duplicates.merge_title')}
      </DialogTitle>
      <DialogContent>
        {!preview ? (
          <MergeChoices
            pair={pair}
            survivorSide={survivorSide}
            onSurvivorSide={chooseSurvivor}
            fromMerged={fromMerged}
            onChoose={choose}
          />
        ) : (
          <MergePreview preview={preview} />
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
