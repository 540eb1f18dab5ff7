import { useDataProvider, useTranslate, type DataProvider } from 'react-admin';
import type { WebhooksDataProvider } from './webhooks-data-provider';

export const useWebhooks = () => useDataProvider<DataProvider & WebhooksDataProvider>();
export const subscriptionsKey = ['webhooks', 'subscriptions'];

export const errorText = (translate: ReturnType<typeof useTranslate>, e: Error) =>
  translate(e.message, { _: e.message });
