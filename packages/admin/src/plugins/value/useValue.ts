import type { BrandFieldsFragment } from '@fidele/sdk';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useDataProvider, useGetList, type DataProvider } from 'react-admin';
import { useSessionState } from '../../fidele-context';
import type { ValueDataProvider } from './value-data-provider';

/** One query of the value plugin through the admin's data provider (so the auth provider sees its errors). */
export function useValue<T>(key: readonly unknown[], fn: (dp: ValueDataProvider) => Promise<T>, enabled = true) {
  const dp = useDataProvider<DataProvider & ValueDataProvider>();
  return useQuery({ queryKey: ['value', ...key], queryFn: () => fn(dp), staleTime: 30_000, retry: false, enabled });
}

/** The brand picker's state: an administrator may choose all brands (null); others start on their first brand. */
export function useBrandChoice() {
  const session = useSessionState();
  const allBrands = session?.user.role === 'ADMIN';
  const brands = useGetList<BrandFieldsFragment>('brands', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'name', order: 'ASC' },
  });
  const [brand, setBrand] = useState<string | null>(null);
  useEffect(() => {
    if (!allBrands && brand === null && brands.data?.[0]) setBrand(brands.data[0].id);
  }, [allBrands, brand, brands.data]);
  return { brands: brands.data ?? [], allBrands, brand, setBrand, ready: allBrands || brand !== null };
}
