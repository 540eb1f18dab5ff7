import type { ContactDimension, FideleClient } from '@fidele/sdk';
import { raErrors } from '../../api/ra-errors';

/** The analytics plugin's custom methods (a type alias: it must fit `DataProvider`'s index signature). */
export type AnalyticsDataProvider = {
  getActionComparison(): ReturnType<FideleClient['actionComparison']>;
  /** The latest snapshot of a brand, or of all brands together (null: admins only). */
  getScoreSnapshots(brand: string | null): ReturnType<FideleClient['scoreSnapshots']>;
  refreshScores(brand: string | null): ReturnType<FideleClient['refreshScores']>;
  getContactDistribution(by: ContactDimension): ReturnType<FideleClient['contactDistribution']>;
};

/** The analytics API (`actionComparison`, `scoreSnapshots`, `refreshScores`, `contactDistribution`), errors mapped for react-admin. */
export function createAnalyticsDataProvider(client: FideleClient): AnalyticsDataProvider {
  return {
    getActionComparison: () => raErrors(() => client.actionComparison()),
    getScoreSnapshots: (brand) =>
      raErrors(() => client.scoreSnapshots(brand ? { brand, first: 1 } : { allBrands: true, first: 1 })),
    refreshScores: (brand) => raErrors(() => client.refreshScores(brand ? { brand } : {})),
    getContactDistribution: (by) => raErrors(() => client.contactDistribution({ by })),
  };
}
