import {
  PurposeSettingsDocument,
  UpdatePurposeDocument,
  type FideleClient,
  type PurposeSettingsQuery,
} from '@fidele/sdk';
import { raErrors } from '../../api/ra-errors';

export type PurposeSettingsRow = PurposeSettingsQuery['purposes'][number];
export type PurposeSetting = 'inPreferenceCentre' | 'doubleOptIn';

/** The preference-centre and double opt-in switches of the purposes (changed by admins only). */
export type PurposeSettingsDataProvider = {
  getPurposeSettings(): Promise<PurposeSettingsRow[]>;
  setPurposeSetting(code: string, setting: PurposeSetting, value: boolean): Promise<PurposeSettingsRow>;
};

/** `purposes { inPreferenceCentre doubleOptIn }` and `updatePurpose` on the SDK. */
export function createPurposeSettingsDataProvider(client: FideleClient): PurposeSettingsDataProvider {
  return {
    getPurposeSettings: () => raErrors(async () => (await client.execute(PurposeSettingsDocument)).purposes),
    setPurposeSetting: (code, setting, value) =>
      raErrors(
        async () => (await client.execute(UpdatePurposeDocument, { code, input: { [setting]: value } })).updatePurpose,
      ),
  };
}
