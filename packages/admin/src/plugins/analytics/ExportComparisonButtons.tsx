import DownloadIcon from '@mui/icons-material/Download';
import { Button, Stack } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useNotify, useTranslate } from 'react-admin';
import type { ReportFormat } from '@fidele/sdk';
import { useAnalyticsProvider } from './useAnalytics';

/** Saves a base64 file through a temporary link (the same way as the contacts export). */
function save(file: { fileName: string; mimeType: string; contentBase64: string }) {
  const bytes = Uint8Array.from(atob(file.contentBase64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Downloads the comparison (every figure, the averages and the totals) as CSV or XLSX, built by the server
 * (`actionComparisonFile`), so the file holds the API's figures, not the table's formatted text.
 */
export const ExportComparisonButtons = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const dp = useAnalyticsProvider();
  const run = useMutation({
    mutationFn: (format: ReportFormat) => dp.getActionComparisonFile(format),
    onSuccess: save,
    onError: (e: Error) => notify(e.message, { type: 'error' }),
  });
  return (
    <Stack direction="row" spacing={1}>
      {(['CSV', 'XLSX'] as const).map((format) => (
        <Button
          key={format}
          size="small"
          variant="outlined"
          startIcon={<DownloadIcon />}
          disabled={run.isPending}
          onClick={() => run.mutate(format)}
        >
          {translate('fidele.analytics.cmp.export', { format })}
        </Button>
      ))}
    </Stack>
  );
};
