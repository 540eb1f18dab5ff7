import type { BrandFieldsFragment } from '@fidele/sdk';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useGetList, useNotify } from 'react-admin';
import { useSessionState } from '../../fidele-context';
import { useAnalytics, useAnalyticsProvider } from './useAnalytics';

/** The chosen brand (or all brands, for an administrator), its latest snapshots, and refreshing them. */
export const useRfmSnapshot = () => {
  const notify = useNotify();
  const dp = useAnalyticsProvider();
  const queryClient = useQueryClient();
  const session = useSessionState();
  const mayRefresh = session?.permissions.mutations.includes('refreshScores');
  // Snapshots are per brand; the all-brands one mixes every brand's sales, so only an administrator has it.
  const allBrands = session?.user.role === 'ADMIN';
  const brands = useGetList<BrandFieldsFragment>('brands', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'name', order: 'ASC' },
  });
  const [brand, setBrand] = useState<string | null>(null);
  useEffect(() => {
    if (!allBrands && brand === null && brands.data?.[0]) setBrand(brands.data[0].id);
  }, [allBrands, brand, brands.data]);
  const ready = allBrands || brand !== null;
  const {
    data,
    isPending: loading,
    error,
  } = useAnalytics(['snapshots', brand], (p) => (ready ? p.getScoreSnapshots(brand) : Promise.resolve([])));
  const refresh = useMutation({
    mutationFn: () => dp.refreshScores(brand),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['analytics', 'snapshots'] }),
    onError: (e: Error) => notify(e.message, { type: 'error' }),
  });
  return {
    brands: brands.data ?? [],
    allBrands,
    brand,
    setBrand,
    ready,
    snapshot: data?.[0],
    isPending: loading || !ready,
    error,
    mayRefresh,
    refresh,
  };
};
