import type { FideleClient, OverviewQuery } from '@fidele/sdk';

export type Overview = OverviewQuery['overview'];

/** The custom method the overview plugin adds to the admin's data provider (a type alias: it must fit `DataProvider`'s index signature). */
export type OverviewDataProvider = {
  getOverview(): Promise<Overview>;
};

/** The overview on the SDK's `overview` operation (non-personal aggregates). */
export function createOverviewDataProvider(client: FideleClient): OverviewDataProvider {
  return {
    getOverview: () => client.overview(),
  };
}
