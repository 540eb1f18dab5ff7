import { Alert, CircularProgress } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useDataProvider, useTranslate, type DataProvider } from 'react-admin';
import { toCriteria, type CriteriaForm } from './criteria-form';
import type { SegmentsDataProvider } from './segments-data-provider';

/** Waits until the value has not changed for `ms` before passing it on (one preview per pause in typing). */
function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setV(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return v;
}

/** The live count of the builder: how many contacts you may see the criteria select now (nothing is saved). */
export const SegmentCountPreview = ({ criteria }: { criteria?: CriteriaForm }) => {
  const translate = useTranslate();
  const dp = useDataProvider<DataProvider & SegmentsDataProvider>();
  const key = JSON.stringify(toCriteria(criteria ?? {}));
  const debounced = useDebounced(key, 400);
  const { data, error, isFetching } = useQuery({
    queryKey: ['segments', 'preview', debounced],
    queryFn: () => dp.previewSegment(JSON.parse(debounced)),
    retry: false,
  });
  if (error) {
    return (
      <Alert severity="warning" role="status">
        {translate('fidele.segments.preview_error', { message: (error as Error).message })}
      </Alert>
    );
  }
  return (
    <Alert
      severity="info"
      role="status"
      aria-live="polite"
      data-testid="segment-count"
      icon={isFetching || debounced !== key ? <CircularProgress size={18} /> : undefined}
    >
      {data
        ? translate('fidele.segments.preview_count', { smart_count: data.count })
        : translate('fidele.segments.preview_counting')}
    </Alert>
  );
};
