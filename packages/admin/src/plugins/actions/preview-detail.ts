import type { TranslateFunction } from 'react-admin';
import { readableParams } from '../../i18n/message-params';

/** What the server says of a message it would not send: the reason's detail as a code, its parameters, its English. */
export interface PreviewDetailSource {
  detail?: string | null;
  detailCode?: string | null;
  detailParams: { name: string; value: string }[];
}

/**
 * Why a preview is not sendable, in the admin's language, from the server's code and parameters
 * (kernel/message-codes.ts `renderDetailTemplates`): the purpose, the medium, the channel and the message's parts by
 * their labels. Without a code this admin knows, nothing: the reason's own sentence stands alone, never an English
 * detail in a French screen.
 */
export function previewDetail(p: PreviewDetailSource, translate: TranslateFunction): string | null {
  if (!p.detailCode) return null;
  const params = readableParams(p.detailParams, translate);
  if (params.channel !== undefined)
    params.channel = translate(`fidele.message.channel.${params.channel}`, { _: params.channel });
  if (params.parts !== undefined)
    params.parts = params.parts
      .split(', ')
      .map((part) => translate(`fidele.message.${part}`, { _: part }))
      .join(', ');
  const key = `fidele.message.detail.${p.detailCode}`;
  const text = translate(key, { _: key, ...params });
  return text === key ? null : text;
}
