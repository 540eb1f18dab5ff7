import { useQuery } from '@tanstack/react-query';
import { useDataProvider, type DataProvider } from 'react-admin';
import type { OverviewDataProvider } from './overview-data-provider';

/**
 * The database overview, fetched once for all the overview widgets (they share the query key) through the
 * admin's data provider, so that a future auth provider sees its errors.
 */
export function useOverview() {
  const dataProvider = useDataProvider<DataProvider & OverviewDataProvider>();
  return useQuery({
    queryKey: ['fidele', 'overview'],
    queryFn: () => dataProvider.getOverview(),
    staleTime: 30_000,
  });
}
