import UploadFileIcon from '@mui/icons-material/UploadFile';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  LinearProgress,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Title, useDataProvider, useNotify, useTranslate, type DataProvider } from 'react-admin';
import type { ImportEntity } from '@fidele/sdk';
import { parsePairs, type ImportProgress, type ImportReport, type ImportsDataProvider } from './imports-data-provider';
import { enumValues } from '../../api/enum-values';
import {
  ImportDuplicatesChoice,
  duplicateDecision,
  duplicatesReady,
  stopOnDuplicates,
  type DuplicatesChoice,
} from './ImportDuplicatesChoice';
import { useEnumLabel } from '../../i18n/use-enum-label';

const POLL_MS = 500;

const entities = enumValues<ImportEntity>()('CONTACT', 'PRODUCT', 'SALE', 'ACTION_RESPONSE');
/** Upsert keys per entity, the default first (the server's list). */
const keys: Record<ImportEntity, string[]> = {
  CONTACT: ['email', 'externalRef'],
  PRODUCT: ['code'],
  SALE: ['externalRef'],
  ACTION_RESPONSE: ['action+contact'],
};

/** Runs the import (or its check) with the form's values, keeping the job's progress and its final report. */
const useImportRun = ({
  entity,
  file,
  mapping,
  key,
  defaults,
  duplicates,
}: {
  entity: ImportEntity;
  file: File | null;
  mapping: string;
  key: string;
  defaults: string;
  duplicates: DuplicatesChoice;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const dp = useDataProvider<DataProvider & ImportsDataProvider>();
  const [report, setReport] = useState<ImportReport | null>(null);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  // Starts the import (the server answers at once), then polls the job every POLL_MS until it is over.
  const run = useMutation({
    mutationFn: async (dryRun: boolean) => {
      let job: ImportProgress | null = await dp.startImport({
        entity,
        file: { name: file!.name, bytes: new Uint8Array(await file!.arrayBuffer()) },
        mapping: parsePairs(mapping),
        key,
        defaults: parsePairs(defaults),
        dryRun,
        ...(entity === 'CONTACT' ? { duplicates: duplicateDecision(duplicates) } : {}),
      });
      setProgress(job);
      while (job?.status === 'RUNNING') {
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        job = await dp.importJob(job.id, 0);
        setProgress(job);
      }
      const final = job ? await dp.importJob(job.id, 1000) : null;
      if (!final) throw new Error(translate('fidele.imports.lost'));
      setProgress(final);
      return final;
    },
    onMutate: () => {
      setReport(null);
      setProgress(null);
    },
    onSuccess: setReport,
    onError: (e: Error) => notify(e.message, { type: 'error' }),
  });
  return { run, report, progress };
};

/** The key matching rows to existing records: the entity's first key by default, or another of its keys. */
const ImportKeySelect = ({
  entity,
  value,
  onChange,
}: {
  entity: ImportEntity;
  value: string;
  onChange: (key: string) => void;
}) => {
  const translate = useTranslate();
  const t = (k: string) => translate(`fidele.imports.${k}`);
  return (
    <TextField
      select
      label={t('key')}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
    >
      <MenuItem value="">{`${keys[entity][0]} (${t('key_default')})`}</MenuItem>
      {keys[entity].slice(1).map((k) => (
        <MenuItem key={k} value={k}>
          {k}
        </MenuItem>
      ))}
    </TextField>
  );
};

/** The file to import (CSV, TSV, text or XLSX), its name shown once chosen. */
const ImportFileButton = ({ file, onChange }: { file: File | null; onChange: (file: File | null) => void }) => {
  const translate = useTranslate();
  const t = (k: string) => translate(`fidele.imports.${k}`);
  return (
    <Box>
      <Button component="label" variant="outlined" startIcon={<UploadFileIcon />}>
        {file ? file.name : t('choose')}
        <input
          hidden
          type="file"
          aria-label={t('file')}
          accept=".csv,.txt,.tsv,.xlsx"
          onChange={(e) => onChange(e.target.files?.[0] ?? null)}
        />
      </Button>
    </Box>
  );
};

/**
 * The import form: file, mapping, key, defaults, what to do with suspected duplicate contacts; check (dry run), then
 * import; the counts and the rejected rows.
 */
export const ImportPage = () => {
  const translate = useTranslate();
  const [entity, setEntity] = useState<ImportEntity>('CONTACT');
  const [file, setFile] = useState<File | null>(null);
  const [mapping, setMapping] = useState('');
  const [key, setKey] = useState('');
  const [defaults, setDefaults] = useState('');
  const [duplicates, setDuplicates] = useState<DuplicatesChoice>(stopOnDuplicates);
  const { run, report, progress } = useImportRun({ entity, file, mapping, key, defaults, duplicates });
  const ready = !!file && !run.isPending && (entity !== 'CONTACT' || duplicatesReady(duplicates));
  const t = (k: string, o?: object) => translate(`fidele.imports.${k}`, o);
  const enumLabel = useEnumLabel();
  return (
    <Box sx={{ py: 2 }}>
      <Title title="fidele.imports.title" />
      <Card component="section" aria-labelledby="import-title">
        <CardContent>
          <Typography id="import-title" variant="h6" component="h2">
            {t('title')}
          </Typography>
          <Typography variant="body2" color="text.secondary" gutterBottom>
            {t('help')}
          </Typography>
          <Stack spacing={2} sx={{ maxWidth: 640, mt: 2 }}>
            <TextField
              select
              label={t('entity')}
              value={entity}
              onChange={(e) => {
                setEntity(e.target.value as ImportEntity);
                setKey('');
              }}
            >
              {entities.map((e) => (
                <MenuItem key={e} value={e}>
                  {e === 'SALE' ? t('entity_sale_rows') : enumLabel('ImportEntity', e)}
                </MenuItem>
              ))}
            </TextField>
            <ImportFileButton file={file} onChange={setFile} />
            <TextField
              label={t('mapping')}
              helperText={t('mapping_help')}
              value={mapping}
              onChange={(e) => setMapping(e.target.value)}
              multiline
            />
            <ImportKeySelect entity={entity} value={key} onChange={setKey} />
            <TextField
              label={t('defaults')}
              helperText={t('defaults_help')}
              value={defaults}
              onChange={(e) => setDefaults(e.target.value)}
            />
            {entity === 'CONTACT' ? <ImportDuplicatesChoice value={duplicates} onChange={setDuplicates} /> : null}
            <Stack direction="row" spacing={1}>
              <Button variant="outlined" disabled={!ready} onClick={() => run.mutate(true)}>
                {t('check')}
              </Button>
              <Button variant="contained" disabled={!ready} onClick={() => run.mutate(false)}>
                {t('import')}
              </Button>
            </Stack>
            {run.isPending && !progress?.totalRows ? (
              <Box role="status">
                <Typography variant="body2">{t('running')}</Typography>
                <LinearProgress />
              </Box>
            ) : null}
            {progress?.totalRows ? <ImportProgressBar job={progress} /> : null}
          </Stack>
          {report ? <ImportResult report={report} /> : null}
        </CardContent>
      </Card>
    </Box>
  );
};

/** processed / total rows as a determinate bar, with the counts so far (kept at 100% once the job is over). */
const ImportProgressBar = ({ job }: { job: ImportProgress }) => {
  const translate = useTranslate();
  const value = Math.round((100 * job.processedRows) / job.totalRows);
  const text = translate('fidele.imports.progress', {
    processed: job.processedRows,
    total: job.totalRows,
    created: job.createdCount,
    updated: job.updatedCount,
    rejected: job.rejectedCount,
  });
  return (
    <Box role="status">
      <Typography variant="body2" data-progress>
        {text}
      </Typography>
      <LinearProgress variant="determinate" value={value} aria-label={translate('fidele.imports.progress_label')} />
    </Box>
  );
};

const ImportResult = ({ report }: { report: ImportReport }) => {
  const translate = useTranslate();
  const t = (k: string) => translate(`fidele.imports.${k}`);
  const counts = [
    ['rows', report.totalRows],
    ['created', report.createdCount],
    ['updated', report.updatedCount],
    ['unchanged', report.unchangedCount],
    ['rejected', report.rejectedCount],
  ] as const;
  return (
    <Box sx={{ mt: 3 }} role="region" aria-label={t('errors')}>
      <Alert
        severity={report.status === 'FAILED' ? 'error' : report.rejectedCount ? 'warning' : 'success'}
        sx={{ mb: 2 }}
      >
        {report.status === 'FAILED' ? t('failed') : report.dryRun ? t('checked') : t('imported')}
      </Alert>
      <Stack direction="row" spacing={3} sx={{ mb: 2 }}>
        {counts.map(([k, n]) => (
          <Box key={k}>
            <Typography variant="caption" color="text.secondary">
              {t(k)}
            </Typography>
            <Typography variant="h6" data-count={k}>
              {n}
            </Typography>
          </Box>
        ))}
      </Stack>
      {report.errors.length ? (
        <Table size="small" aria-label={t('errors')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('line')}</TableCell>
              <TableCell>{t('field')}</TableCell>
              <TableCell>{t('code')}</TableCell>
              <TableCell>{t('message')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {report.errors.map((e, i) => (
              <TableRow key={i}>
                <TableCell>{e.line}</TableCell>
                <TableCell>{e.field ?? '—'}</TableCell>
                <TableCell>
                  <code>{e.code}</code>
                </TableCell>
                <TableCell title={e.message}>
                  {translate(`fidele.imports.error_code.${e.code}`, { _: e.message })}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : null}
    </Box>
  );
};
