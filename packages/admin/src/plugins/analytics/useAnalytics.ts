import { useQuery } from '@tanstack/react-query';
import { useDataProvider, type DataProvider } from 'react-admin';
import type { AnalyticsDataProvider } from './analytics-data-provider';

export const useAnalyticsProvider = () => useDataProvider<DataProvider & AnalyticsDataProvider>();

/** One analytics query through the admin's data provider (so the auth provider sees its errors). */
export function useAnalytics<T>(key: readonly unknown[], fn: (dp: AnalyticsDataProvider) => Promise<T>) {
  const dp = useAnalyticsProvider();
  return useQuery({ queryKey: ['analytics', ...key], queryFn: () => fn(dp), staleTime: 30_000, retry: false });
}
