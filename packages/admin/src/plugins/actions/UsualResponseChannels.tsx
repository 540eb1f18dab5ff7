import { useEffect } from 'react';
import { useDataProvider, type DataProvider } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import type { ActionsDataProvider } from './actions-data-provider';

/**
 * Proposes the medium's usual response channels (the API's `usualResponseChannels`) in a new action's form each time
 * the medium changes, until the user picks channels themselves. The server gives the same ones to an action created
 * without any: an action takes responses only on channels it offers, so none would record nothing.
 */
export const UsualResponseChannels = () => {
  const medium = useWatch({ name: 'medium' }) as string | undefined;
  const { setValue, getFieldState } = useFormContext();
  const dp = useDataProvider<DataProvider & ActionsDataProvider>();
  useEffect(() => {
    if (!medium || getFieldState('responseChannels').isDirty) return;
    let current = true;
    dp.getUsualResponseChannels(medium)
      .then((channels) => {
        if (current && !getFieldState('responseChannels').isDirty) setValue('responseChannels', channels);
      })
      // Only a proposal: without it the field stays as it is and the server applies the same defaults.
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [medium, dp, setValue, getFieldState]);
  return null;
};
