import type { CohortBy, FideleClient } from '@fidele/sdk';
import { raErrors } from '../../api/ra-errors';

/** The value plugin's custom methods (a type alias: it must fit `DataProvider`'s index signature). */
export type ValueDataProvider = {
  /** Completed and running snapshots of a brand (null: all brands, admins only), latest first. */
  listScoreSnapshots(brand: string | null): ReturnType<FideleClient['scoreSnapshots']>;
  getRfmMigration(from: string, to: string): ReturnType<FideleClient['rfmMigration']>;
  getCohorts(by: CohortBy, brand: string | null, months: number): ReturnType<FideleClient['cohorts']>;
};

/** The API of `rfmMigration`, `cohorts` and `scoreSnapshots`, errors mapped for react-admin. */
export function createValueDataProvider(client: FideleClient): ValueDataProvider {
  return {
    listScoreSnapshots: (brand) =>
      raErrors(() => client.scoreSnapshots(brand ? { brand, first: 50 } : { allBrands: true, first: 50 })),
    getRfmMigration: (from, to) => raErrors(() => client.rfmMigration({ from, to })),
    getCohorts: (by, brand, months) => raErrors(() => client.cohorts({ by, months, ...(brand ? { brand } : {}) })),
  };
}
