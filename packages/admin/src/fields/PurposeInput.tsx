import type { PurposesQuery } from '@fidele/sdk';
import { useQuery } from '@tanstack/react-query';
import { required, SelectInput, TextInput, useDataProvider, type DataProvider } from 'react-admin';
import { usePurposeLabel } from '../i18n/purpose-labels';

/** The consents plugin's `getPurposes`, when it is installed. */
type PurposeSource = { getPurposes?: () => Promise<PurposesQuery['purposes']> };

/**
 * A consent purpose (required): a choice among the active purposes when the consents plugin serves them, a code
 * otherwise (the server checks it either way). Used by the contact's given consents and the action's required
 * purpose.
 */
export const PurposeInput = ({ source, fullWidth }: { source: string; fullWidth?: boolean }) => {
  const dp = useDataProvider<DataProvider & PurposeSource>();
  const purposeLabel = usePurposeLabel();
  const purposes = useQuery({
    queryKey: ['consents', 'purposes'],
    queryFn: () => dp.getPurposes!(),
    enabled: typeof dp.getPurposes === 'function',
    staleTime: 5 * 60_000,
  });
  if (!purposes.data) return <TextInput source={source} validate={required()} fullWidth={fullWidth} />;
  return (
    <SelectInput
      source={source}
      choices={purposes.data.map((p) => ({ id: p.code, name: `${purposeLabel(p)} (${p.code})` }))}
      validate={required()}
      fullWidth={fullWidth}
    />
  );
};
