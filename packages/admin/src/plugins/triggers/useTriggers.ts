import type { RfmSegment } from '@fidele/sdk';
import { useDataProvider, useTranslate, type DataProvider } from 'react-admin';
import { enumValues } from '../../api/enum-values';
import type { TriggersDataProvider } from './triggers-data-provider';

export const useTriggers = () => useDataProvider<DataProvider & TriggersDataProvider>();
export const listKey = ['triggers', 'list'];
export const segments = enumValues<RfmSegment>()(
  'CHAMPIONS',
  'LOYAL',
  'POTENTIAL_LOYALIST',
  'NEW_CUSTOMER',
  'PROMISING',
  'NEED_ATTENTION',
  'ABOUT_TO_SLEEP',
  'AT_RISK',
  'CANNOT_LOSE',
  'HIBERNATING',
  'LOST',
);

export type Translate = ReturnType<typeof useTranslate>;
export const errorText = (translate: Translate, e: Error) => translate(e.message, { _: e.message });
