import {
  Alert,
  Box,
  Card,
  CardContent,
  MenuItem,
  Skeleton,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Title, useLocaleState, useTranslate } from 'react-admin';
import { useMayRun } from '../../fidele-context';
import { DuplicatePairRow } from './DuplicatePairRow';
import { DuplicatesPager } from './DuplicatesPager';
import type { DuplicatePair } from './duplicates-data-provider';
import { MergeDialog } from './MergeDialog';
import { useDuplicates } from './useDuplicates';

/** The pairs at or above a score, a page at a time. */
const useDuplicatePages = () => {
  const dp = useDuplicates();
  const [minScore, setMinScore] = useState(0.5);
  // The cursors of the pages seen so far: the last is the current page's `after` (the server pages forward only).
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1] ?? null;
  const query = useQuery({
    queryKey: ['duplicates', minScore, after],
    queryFn: () => dp.getDuplicateCandidates({ minScore, first: 50, after }),
  });
  const changeMinScore = (score: number) => {
    setMinScore(score);
    setCursors([null]);
  };
  const pager = {
    hasPrevious: cursors.length >= 2,
    onPrevious: () => setCursors((c) => c.slice(0, -1)),
    onNext: () => setCursors((c) => [...c, query.data?.endCursor ?? null]),
  };
  return { query, minScore, changeMinScore, pager };
};

const PairsTable = ({ pairs, onMerge }: { pairs: DuplicatePair[]; onMerge?: (pair: DuplicatePair) => void }) => {
  const translate = useTranslate();
  return (
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
        {pairs.map((pair) => (
          <DuplicatePairRow key={pair.id} pair={pair} onMerge={onMerge ? () => onMerge(pair) : undefined} />
        ))}
      </TableBody>
    </Table>
  );
};

/** Pairs of likely duplicates with the explained score, and a merge dialog for roles the server lets merge. */
export const DuplicatesPage = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { query, minScore, changeMinScore, pager } = useDuplicatePages();
  const { data: page, isPending, error } = query;
  const data = page?.pairs ?? [];
  const mayMerge = useMayRun('mergeContacts');
  const [merging, setMerging] = useState<DuplicatePair | null>(null);
  const pct = new Intl.NumberFormat(locale, { style: 'percent' });
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
              onChange={(e) => changeMinScore(Number(e.target.value))}
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
            <PairsTable pairs={data} onMerge={mayMerge ? setMerging : undefined} />
          )}
          <DuplicatesPager scanned={page?.scannedContacts} hasNext={!!page?.hasNextPage} {...pager} />
        </CardContent>
      </Card>
      {merging ? <MergeDialog pair={merging} onClose={() => setMerging(null)} /> : null}
    </Box>
  );
};
