import { useQuery } from '@tanstack/react-query';
import { useDataProvider, type DataProvider } from 'react-admin';
import type { ConsentsDataProvider } from './consents-data-provider';

export const useConsentsProvider = () => useDataProvider<DataProvider & ConsentsDataProvider>();

/** The active purposes (cached: they change rarely). */
export function usePurposes() {
  const dp = useConsentsProvider();
  return useQuery({ queryKey: ['consents', 'purposes'], queryFn: () => dp.getPurposes(), staleTime: 5 * 60_000 });
}
