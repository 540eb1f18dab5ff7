import type { TranslateFunction } from 'react-admin';
import { readableParams } from '../../i18n/message-params';

/** What the server sends of an exclusion: its reason code, its English detail and the detail's parameters. */
/** The server's name of a winning action the reader may not see (kernel/message-codes.ts `hiddenActionName`). */
export const hiddenActionName = 'an action of another brand';

export interface ExclusionDetailSource {
  reason: string;
  detail?: string | null;
  detailParams: { name: string; value: string }[];
}

/**
 * An exclusion's detail in the admin's language, composed from the reason's code and parameters (the server's
 * catalogue, kernel/message-codes.ts): "Règle 3 : 2 sur 2 en 90 jours", the medium and the purpose by their labels.
 * A reason this admin does not know, or a detail without parameters it expects, falls back to the server's text.
 */
export function exclusionDetail(e: ExclusionDetailSource, translate: TranslateFunction): string {
  const fallback = e.detail ?? '—';
  const params = readableParams(e.detailParams, translate);
  if (e.reason === 'OUT_OF_SCOPE' && e.detail) return translate('fidele.segments.report.detail_text.OUT_OF_SCOPE');
  if (!e.detailParams.length) return fallback;
  if (params.state !== undefined)
    params.state = translate(`fidele.segments.report.state.${params.state}`, { _: params.state });
  if (params.actions !== undefined)
    params.actions = params.actions
      .split(', ')
      .map((a) => (a === hiddenActionName ? translate('fidele.segments.report.hidden_action') : a))
      .join(', ');
  return translate(`fidele.segments.report.detail_text.${e.reason}`, { _: fallback, ...params });
}
