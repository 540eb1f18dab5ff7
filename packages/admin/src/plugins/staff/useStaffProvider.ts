import { useDataProvider, type DataProvider } from 'react-admin';
import type { StaffDataProvider } from './staff-data-provider';

export const useStaffProvider = () => useDataProvider<DataProvider & StaffDataProvider>();
