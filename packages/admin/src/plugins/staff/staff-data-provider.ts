import {
  PurposesDocument,
  StaffUsersDocument,
  type ApiKeyFieldsFragment,
  type ApiKeyInput,
  type CreateApiKeyMutation,
  type FideleClient,
  type PurposesQuery,
  type StaffUsersQuery,
} from '@fidele/sdk';
import { raErrors } from '../../api/ra-errors';

export type StaffUserRow = StaffUsersQuery['staffUsers'][number];
export type ApiKeyRow = ApiKeyFieldsFragment;
export type CreatedApiKey = CreateApiKeyMutation['createApiKey'];

/** The new-key form (empty strings: not given). */
export interface ApiKeyForm {
  name: string;
  brands: string[];
  purposes: string[];
  rateLimitPerMinute?: string | number | null;
  /** `YYYY-MM-DD`, or empty. */
  expiresAt?: string | null;
}

/** The staff plugin's custom methods (a type alias: it must fit `DataProvider`'s index signature). */
export type StaffDataProvider = {
  getStaffUsers(): Promise<StaffUserRow[]>;
  getApiKeys(): Promise<ApiKeyRow[]>;
  /** The key itself is in the answer, and only there: the server keeps its hash. */
  createApiKey(form: ApiKeyForm): Promise<CreatedApiKey>;
  revokeApiKey(id: string): Promise<ApiKeyRow>;
  /** Purposes a key may be given (codes and names). */
  getApiKeyPurposes(): Promise<PurposesQuery['purposes']>;
};

/** The form → the API's `ApiKeyInput`: trimmed name, a number rate limit, the expiry at the end of its day (UTC); blanks left out. */
export function toApiKeyInput(form: ApiKeyForm): ApiKeyInput {
  const rate =
    form.rateLimitPerMinute === '' || form.rateLimitPerMinute == null ? undefined : Number(form.rateLimitPerMinute);
  return {
    name: form.name.trim(),
    brands: form.brands,
    purposes: form.purposes,
    ...(rate !== undefined ? { rateLimitPerMinute: rate } : {}),
    ...(form.expiresAt ? { expiresAt: `${form.expiresAt}T23:59:59.000Z` } : {}),
  };
}

/** Whether a key still opens the API at `now`. */
export const keyStatus = (
  key: Pick<ApiKeyRow, 'revokedAt' | 'expiresAt'>,
  now = Date.now(),
): 'ACTIVE' | 'REVOKED' | 'EXPIRED' =>
  key.revokedAt ? 'REVOKED' : key.expiresAt && Date.parse(key.expiresAt) <= now ? 'EXPIRED' : 'ACTIVE';

/**
 * Staff users (`staffUsers`) and partner API keys (`apiKeys`, `createApiKey`, `revokeApiKey`: admins only, the
 * server says FORBIDDEN to anyone else). Errors as `toRaError` maps them (VALIDATION per form field).
 */
export function createStaffDataProvider(client: FideleClient): StaffDataProvider {
  return {
    getStaffUsers: () => raErrors(async () => (await client.execute(StaffUsersDocument)).staffUsers),
    getApiKeys: () => raErrors(() => client.apiKeys()),
    createApiKey: (form) => raErrors(() => client.createApiKey({ input: toApiKeyInput(form) })),
    revokeApiKey: (id) => raErrors(() => client.revokeApiKey({ id })),
    getApiKeyPurposes: () => raErrors(async () => (await client.execute(PurposesDocument)).purposes),
  };
}
