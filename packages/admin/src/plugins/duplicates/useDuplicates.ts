import { useDataProvider, type DataProvider } from 'react-admin';
import type { DuplicatesDataProvider } from './duplicates-data-provider';

export const useDuplicates = () => useDataProvider<DataProvider & DuplicatesDataProvider>();
