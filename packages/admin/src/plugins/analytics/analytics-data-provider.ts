import type { ContactDimension, FideleClient, ReportFormat } from '@fidele/sdk';
import { raErrors } from '../../api/ra-errors';

/** The analytics plugin's custom methods (a type alias: it must fit `DataProvider`'s index signature). */
export type AnalyticsDataProvider = {
  getActionComparison(): ReturnType<FideleClient['actionComparison']>;
  /** The comparison as a CSV or XLSX file (base64). */
  getActionComparisonFile(format: ReportFormat): ReturnType<FideleClient['actionComparisonFile']>;
  /** The latest snapshot of a brand, or of all brands together (null: admins only). */
  getScoreSnapshots(brand: string | null): ReturnType<FideleClient['scoreSnapshots']>;
  refreshScores(brand: string | null): ReturnType<FideleClient['refreshScores']>;
  getContactDistribution(by: ContactDimension): ReturnType<FideleClient['contactDistribution']>;
};

/** The analytics API (`actionComparison`, `actionComparisonFile`, `scoreSnapshots`, `refreshScores`, `contactDistribution`), errors mapped for react-admin. */
export function createAnalyticsDataProvider(client: FideleClient): AnalyticsDataProvider {
  return {
    getActionComparison: () => raErrors(() => client.actionComparison()),
    getActionComparisonFile: (format) => raErrors(() => client.actionComparisonFile({ format })),
    getScoreSnapshots: (brand) =>
      raErrors(() => client.scoreSnapshots(brand ? { brand, first: 1 } : { allBrands: true, first: 1 })),
    refreshScores: (brand) => raErrors(() => client.refreshScores(brand ? { brand } : {})),
    getContactDistribution: (by) => raErrors(() => client.contactDistribution({ by })),
  };
}
