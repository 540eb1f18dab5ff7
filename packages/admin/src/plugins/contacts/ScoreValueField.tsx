import { useQuery } from '@tanstack/react-query';
import { createContext, useContext, type ReactNode } from 'react';
import {
  RecordContextProvider,
  useDataProvider,
  useListContext,
  useRecordContext,
  type DataProvider,
} from 'react-admin';
import { LocaleNumberField } from '../../fields/LocaleNumberField';
import { WithheldChip } from '../../fields/PersonalField';
import type { StoredValue } from './contact-scores';
import type { ContactsDataProvider } from './contacts-data-provider';

const formats = {
  probabilityAlive: { style: 'percent', maximumFractionDigits: 0 },
  predictedValue: { style: 'currency', currency: 'EUR' },
} as const;

const StoredValues = createContext<Map<string, StoredValue> | undefined>(undefined);

/**
 * The stored values of the list's page, read once the page is shown (one request for the page): the list itself
 * does not wait for them. For the roles that may read scores only.
 */
export const StoredValuesProvider = ({ children }: { children: ReactNode }) => {
  const { data, filterValues } = useListContext();
  const dp = useDataProvider<DataProvider & ContactsDataProvider>();
  const ids = (data ?? []).map((r) => String(r.id));
  const rfmBrand = (filterValues as { rfmBrandId?: unknown }).rfmBrandId;
  const { data: values } = useQuery({
    queryKey: ['contacts', 'storedValues', ids, rfmBrand],
    queryFn: () => dp.getStoredValues(ids, rfmBrand),
    enabled: ids.length > 0,
  });
  return <StoredValues.Provider value={values}>{children}</StoredValues.Provider>;
};

/**
 * A stored score of the contacts list (issue 19) in the admin's language: the probability still active as a
 * percentage, the predicted value (CLV) in euros; "Consent required" when the contact's consent does not cover
 * profiling, empty when the snapshot does not score it. Sortable: the data provider sorts through `scoreOrder`.
 */
export const ScoreValueField = ({
  source,
}: {
  source: keyof typeof formats;
  /** react-admin reads it for the column header. */
  label?: string;
  sortable?: boolean;
}) => {
  const record = useRecordContext();
  const value = useContext(StoredValues)?.get(String(record?.id));
  if (!record || !value) return null;
  if (value.withheld) return <WithheldChip code={value.withheld} />;
  return (
    <RecordContextProvider value={{ id: record.id, [source]: value[source] }}>
      <LocaleNumberField source={source} options={formats[source]} emptyText="" />
    </RecordContextProvider>
  );
};
