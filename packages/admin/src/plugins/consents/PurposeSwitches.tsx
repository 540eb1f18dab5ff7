import { Switch } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useDataProvider, useNotify, useTranslate, type DataProvider } from 'react-admin';
import { useSessionState } from '../../fidele-context';
import type { PurposeSetting, PurposeSettingsDataProvider } from './purpose-settings';

const useSettingsProvider = () => useDataProvider<DataProvider & PurposeSettingsDataProvider>();

/** The switches of every purpose, by code (one query for the page). */
export function usePurposeSettings() {
  const dp = useSettingsProvider();
  return useQuery({ queryKey: ['consents', 'purpose-settings'], queryFn: () => dp.getPurposeSettings() });
}

/**
 * One switch of a purpose (shown in the preference centre, or double opt-in), labelled for screen readers with the
 * purpose's name. Only an admin may change it (the server refuses others); others see it read-only.
 */
export const PurposeSwitch = ({ code, name, setting }: { code: string; name: string; setting: PurposeSetting }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const dp = useSettingsProvider();
  const queries = useQueryClient();
  const admin = useSessionState()?.user.role === 'ADMIN';
  const { data } = usePurposeSettings();
  const checked = !!data?.find((p) => p.code === code)?.[setting];
  const change = useMutation({
    mutationFn: (value: boolean) => dp.setPurposeSetting(code, setting, value),
    onSuccess: () => queries.invalidateQueries({ queryKey: ['consents', 'purpose-settings'] }),
    onError: () => notify('fidele.consents.setting_error', { type: 'error' }),
  });
  return (
    <Switch
      size="small"
      checked={checked}
      disabled={!admin || !data || change.isPending}
      onChange={(e) => change.mutate(e.target.checked)}
      slotProps={{
        input: { 'aria-label': translate(`fidele.consents.${setting}_for`, { purpose: name }) },
      }}
    />
  );
};
