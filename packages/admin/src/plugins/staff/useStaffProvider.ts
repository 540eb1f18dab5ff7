import { useDataProvider, type DataProvider } from 'react-admin';
import type { StaffAccountsProvider } from './staff-accounts-provider';
import type { StaffDataProvider } from './staff-data-provider';

export const useStaffProvider = () => useDataProvider<DataProvider & StaffDataProvider & StaffAccountsProvider>();
